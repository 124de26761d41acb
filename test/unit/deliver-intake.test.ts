import { describe, expect, it } from 'vitest';
import { backoffDelay, deliverClaimed, deliverIntake } from '../../lambdas/use-cases/deliver-intake';
import { MailError, type Deps, type EmailRecord, type IntakeRecord, type OutgoingEmail } from '../../lambdas/use-cases/ports';
import { MemoryStore } from '../support/memory-store';
import { triage } from '../../lambdas/domain/triage';
import { answers, exampleConfig } from '../support/fixtures';

function setup(send: (email: OutgoingEmail) => Promise<string>) {
  let clock = 1_000_000;
  let n = 0;
  const store = new MemoryStore();
  const sent: OutgoingEmail[] = [];
  const deps: Deps = {
    config: exampleConfig,
    store,
    mailer: {
      send: async (email) => {
        const id = await send(email);
        sent.push(email);
        return id;
      },
    },
    log: { info() {}, warn() {}, error() {} },
    retry: { baseDelayMs: 1000, maxDelayMs: 8000, maxAttempts: 3, leaseMs: 60_000 },
    now: () => clock,
    newId: () => `id-${++n}`,
  };
  const a = answers();
  const t = triage(a);
  const pending = (kind: EmailRecord['kind']): EmailRecord => ({ kind, route: t.route, status: 'pending', attempts: 0, dueAt: clock });
  const record: IntakeRecord = {
    id: 'intake-1',
    createdAt: new Date(clock).toISOString(),
    expiresAt: 0,
    answers: a,
    triage: t,
    route: t.route,
    contentHash: 'h',
    emailHash: 'e',
    emails: { client: pending('client'), practitioner: pending('practitioner') },
    history: [],
  };
  store.records.set(record.id, record);
  return { deps, store, sent, advance: (ms: number) => (clock += ms) };
}

describe('delivering an intake (the outbox)', () => {
  it('sends each pending email once and marks it sent', async () => {
    const { deps, store, sent } = setup(async () => 'm');
    expect(await deliverIntake(deps, 'intake-1')).toMatchObject({ sent: 2 });
    expect(await deliverIntake(deps, 'intake-1')).toMatchObject({ sent: 0 });
    expect(sent).toHaveLength(2);
    expect(Object.values((await store.get('intake-1'))!.emails).map((e) => e.status)).toEqual(['sent', 'sent']);
  });

  it('never sends an email twice when two workers deliver at once', async () => {
    const { deps, sent } = setup(() => new Promise((r) => setTimeout(() => r('m'), 5)));
    await Promise.all([deliverIntake(deps, 'intake-1'), deliverIntake(deps, 'intake-1'), deliverIntake(deps, 'intake-1')]);
    expect(sent).toHaveLength(2);
  });

  it('keeps a failed email pending with exponential backoff', async () => {
    const { deps, store, advance } = setup(async () => {
      throw new MailError('Throttling', false);
    });
    expect(await deliverIntake(deps, 'intake-1')).toMatchObject({ retrying: 2 });
    const first = (await store.get('intake-1'))!.emails.client!;
    expect(first.status).toBe('pending');
    expect(first.lastError).toBe('Throttling');
    advance(1000);
    await deliverIntake(deps, 'intake-1');
    expect((await store.get('intake-1'))!.emails.client!.dueAt - deps.now()).toBe(2000);
  });

  it('does not send before the backoff has passed', async () => {
    let fail = true;
    const { deps, sent, advance } = setup(async () => {
      if (fail) throw new MailError('Throttling', false);
      return 'm';
    });
    await deliverIntake(deps, 'intake-1');
    fail = false;
    await deliverIntake(deps, 'intake-1');
    expect(sent).toHaveLength(0);
    advance(1000);
    await deliverIntake(deps, 'intake-1');
    expect(sent).toHaveLength(2);
  });

  it('marks a terminal error failed at once and tells the practitioner to reach the person another way', async () => {
    const { deps, store, sent } = setup(async (email) => {
      if (email.to.includes('alex@example.com')) throw new MailError('MessageRejected', true);
      return 'm';
    });
    await deliverIntake(deps, 'intake-1');
    const record = (await store.get('intake-1'))!;
    expect(record.emails.client!.status).toBe('failed');
    expect(record.emails['notice-client-failed']!.status).toBe('sent');
    const notice = sent.find((e) => e.subject.includes('Email not delivered'));
    expect(notice?.to).toEqual(exampleConfig.email.notify);
    expect(notice?.text).toContain('reach them another way');
  });

  it('gives up after the last attempt, and tells the practitioner', async () => {
    const { deps, store, advance } = setup(async (email) => {
      if (email.to.includes('alex@example.com')) throw new MailError('ServiceUnavailable', false);
      return 'm';
    });
    for (let i = 0; i < 3; i++) {
      await deliverIntake(deps, 'intake-1');
      advance(10_000);
    }
    const record = (await store.get('intake-1'))!;
    expect(record.emails.client!.status).toBe('failed');
    expect(record.emails.client!.attempts).toBe(3);
    expect(record.emails['notice-client-failed']).toBeDefined();
  });

  it('doubles the delay each time up to the cap', () => {
    const policy = { baseDelayMs: 1000, maxDelayMs: 8000, maxAttempts: 10, leaseMs: 1 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('sends a freshly stored intake’s pre-claimed emails without claiming again, and marks them sent together', async () => {
    const { deps, store, sent } = setup(async () => 'm');
    const record = (await store.get('intake-1'))!;
    for (const e of Object.values(store.records.get('intake-1')!.emails))
      Object.assign(e, { leaseId: 'lease-1', leaseUntil: deps.now() + 60_000, attempts: 1 });
    const claims: string[] = [];
    const claim = store.claim.bind(store);
    store.claim = async (...args) => {
      claims.push(args[1]);
      return claim(...args);
    };
    for (const e of Object.values(record.emails)) Object.assign(e, { leaseId: 'lease-1' });
    expect(await deliverClaimed(deps, record, 'lease-1')).toMatchObject({ sent: 2 });
    expect(claims).toEqual([]);
    expect(sent).toHaveLength(2);
    expect(Object.values((await store.get('intake-1'))!.emails).map((e) => e.status)).toEqual(['sent', 'sent']);
  });

  it('on the submit path, retries only the email that failed', async () => {
    const { deps, store } = setup(async (email) => {
      if (email.to.includes('alex@example.com')) throw new MailError('Throttling', false);
      return 'm';
    });
    const record = (await store.get('intake-1'))!;
    for (const e of [...Object.values(store.records.get('intake-1')!.emails), ...Object.values(record.emails)])
      Object.assign(e, { leaseId: 'lease-1', leaseUntil: deps.now() + 60_000, attempts: 1 });
    expect(await deliverClaimed(deps, record, 'lease-1')).toMatchObject({ sent: 1, retrying: 1 });
    const after = (await store.get('intake-1'))!.emails;
    expect(after.practitioner!.status).toBe('sent');
    expect(after.client!.status).toBe('pending');
    expect(after.client!.leaseId).toBeUndefined();
  });

  it('on the submit path, sends the notice of a failure at once and leaves the later emails to the retry job', async () => {
    const { deps, store, sent } = setup(async (email) => {
      if (email.tags.email === 'client') throw new MailError('MessageRejected', true);
      return 'm';
    });
    const stored = store.records.get('intake-1')!;
    stored.emails['follow-up'] = { kind: 'follow-up', route: 'coaching', status: 'pending', attempts: 0, dueAt: deps.now() };
    for (const key of ['client', 'practitioner']) Object.assign(stored.emails[key]!, { leaseId: 'lease-1', leaseUntil: deps.now() + 60_000, attempts: 1 });
    const record = structuredClone(stored);
    expect(await deliverClaimed(deps, record, 'lease-1')).toMatchObject({ sent: 2, failed: 1 });
    const after = (await store.get('intake-1'))!.emails;
    expect(after['notice-client-failed']?.status).toBe('sent');
    expect(after['follow-up']?.status).toBe('pending');
    expect(sent.map((e) => e.tags.email)).toEqual(['practitioner', 'notice-client-failed']);
    expect(await deliverIntake(deps, 'intake-1')).toMatchObject({ sent: 1 });
    expect((await store.get('intake-1'))!.emails['follow-up']?.status).toBe('sent');
  });
});
