import { describe, expect, it } from 'vitest';
import { HumanCheckFailedError, DependencyUnavailableError, ConflictError } from '../../lambdas/domain/errors';
import type { Deps, HumanCheck, OutgoingEmail } from '../../lambdas/use-cases/ports';
import { idempotencyKeyOf, intakeIdFor, submitIntake } from '../../lambdas/use-cases/submit-intake';
import { exampleConfig } from '../support/fixtures';
import { MemoryStore } from '../support/memory-store';

function deps(humanCheck?: HumanCheck) {
  const store = new MemoryStore();
  const sent: OutgoingEmail[] = [];
  let n = 0;
  const d: Deps = {
    config: exampleConfig,
    store,
    mailer: {
      send: async (e) => {
        sent.push(e);
        return `m-${sent.length}`;
      },
    },
    log: { info() {}, warn() {}, error() {} },
    retry: { baseDelayMs: 1000, maxDelayMs: 8000, maxAttempts: 3, leaseMs: 60_000 },
    now: () => 1_800_000_000_000,
    newId: () => `id-${++n}`,
    humanCheck,
  };
  return { d, store, sent };
}
const form = { name: 'Alex', email: 'alex@example.com', message: 'I want a promotion.', safety: 'no', consent: true, turnstileToken: 'tok' };

describe('submitting an intake', () => {
  it('stores once, sends the person’s email and the practitioner’s notification, and answers 202', async () => {
    const { d, store, sent } = deps();
    const result = await submitIntake(d, form);
    expect(result.status).toBe(202);
    expect(store.records.size).toBe(1);
    expect(sent.map((e) => e.to)).toEqual([['alex@example.com'], exampleConfig.email.notify]);
  });

  it('refuses a submission the bot check fails, storing and sending nothing', async () => {
    const { d, store, sent } = deps(async () => 'fail');
    await expect(submitIntake(d, form)).rejects.toBeInstanceOf(HumanCheckFailedError);
    expect(store.records.size).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('fails closed when the bot check is unavailable', async () => {
    const { d, store } = deps(async () => 'unavailable');
    await expect(submitIntake(d, form)).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(store.records.size).toBe(0);
  });

  it('passes the token and the client IP to the bot check', async () => {
    const seen: unknown[] = [];
    const { d } = deps(async (token, ip) => {
      seen.push(token, ip);
      return 'pass';
    });
    await submitIntake(d, form, { sourceIp: '198.51.100.4' });
    expect(seen).toEqual(['tok', '198.51.100.4']);
  });

  it('derives the same id for the same submissionId, and a different one for another', () => {
    const a = intakeIdFor(idempotencyKeyOf({ email: 'a@example.com', message: 'x' } as never, '6f1c2a4e-1b2c-4d3e-8f00-123456789abc', 0));
    const b = intakeIdFor(idempotencyKeyOf({ email: 'b@example.com', message: 'y' } as never, '6f1c2a4e-1b2c-4d3e-8f00-123456789abc', 0));
    const c = intakeIdFor(idempotencyKeyOf({ email: 'a@example.com', message: 'x' } as never, '7f1c2a4e-1b2c-4d3e-8f00-123456789abc', 0));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keys intake ids with the deployment secret, so nobody can compute one from an email and a message', () => {
    const key = 'dedupe:abc';
    expect(intakeIdFor(key, 'secret-one')).toBe(intakeIdFor(key, 'secret-one'));
    expect(intakeIdFor(key, 'secret-one')).not.toBe(intakeIdFor(key, 'secret-two'));
    expect(intakeIdFor(key, 'secret-one')).not.toBe(intakeIdFor(key));
    expect(intakeIdFor(key, 'secret-one')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a reused submissionId with other answers', async () => {
    const { d } = deps();
    const id = '6f1c2a4e-1b2c-4d3e-8f00-123456789abc';
    await submitIntake(d, { ...form, submissionId: id });
    await expect(submitIntake(d, { ...form, submissionId: id, message: 'Something else.' })).rejects.toBeInstanceOf(ConflictError);
  });

  it('sends nothing and passes the error on when the write fails, even while the emails were being rendered', async () => {
    const { d, sent } = deps();
    const failure = new DependencyUnavailableError('store');
    d.store = { ...d.store, create: () => Promise.reject(failure) } as Deps['store'];
    await expect(submitIntake(d, form)).rejects.toBe(failure);
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would surface here
    expect(sent).toHaveLength(0);
  });

  it('sends nothing before the write is confirmed', async () => {
    const { d, store, sent } = deps();
    let release: () => void = () => undefined;
    const create = store.create.bind(store);
    d.store = Object.assign(Object.create(store) as typeof store, {
      create: async (record: Parameters<typeof create>[0]) => {
        await new Promise<void>((resolve) => (release = resolve));
        return create(record);
      },
    });
    const pending = submitIntake(d, form);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(0);
    release();
    await expect(pending).resolves.toMatchObject({ status: 202 });
    expect(sent).toHaveLength(2);
  });
});
