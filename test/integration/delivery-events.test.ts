import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { runtimeAdmin } from '../../lambdas/adapters/admin-runtime';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

/** Bounces, complaints and the coaching follow-up, against the emulators. */
let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let sesEvents: typeof import('../../lambdas/handlers/ses-events').handler;
let rt: typeof import('../../lambdas/adapters/runtime');
let manage: typeof import('../../lambdas/use-cases/manage-intakes');
let deliver: typeof import('../../lambdas/use-cases/deliver-intake');

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-'));
  const config = JSON.parse(readFileSync('config/practice.example.json', 'utf8'));
  config.coaching.followUpDays = 3;
  writeFileSync(join(dir, 'practice.json'), JSON.stringify(config));
  stack = await startEmulatedStack({ PRACTICE_CONFIG: join(dir, 'practice.json') });
  submit = (await import('../../lambdas/handlers/submit')).handler;
  sesEvents = (await import('../../lambdas/handlers/ses-events')).handler;
  rt = await import('../../lambdas/adapters/runtime');
  manage = await import('../../lambdas/use-cases/manage-intakes');
  deliver = await import('../../lambdas/use-cases/deliver-intake');
});
afterAll(() => stack?.stop());

const post = async (form: Record<string, unknown>) => JSON.parse((await submit(apiEvent(JSON.stringify(form)))).body ?? '{}') as { id: string; route: string };
const snsEvent = (message: unknown): SNSEvent => ({
  Records: [{ EventSource: 'aws:sns', EventVersion: '1.0', EventSubscriptionArn: 'arn', Sns: { Message: JSON.stringify(message) } as never }],
});
const sesNote = (type: 'Bounce' | 'Complaint', id: string, key: string, bounceType = 'Permanent') => ({
  eventType: type,
  mail: { messageId: 'm-1', tags: { intakeId: [id], email: [key] } },
  ...(type === 'Bounce' ? { bounce: { bounceType } } : { complaint: {} }),
});
const adminDeps = () => ({ ...rt.runtime(), admin: runtimeAdmin(), suppression: { remove: async () => 'not-listed' as const } });

describe('SES bounces and complaints', () => {
  it('marks a bounced email and tells the practitioner to reach the person another way', async () => {
    const form = intake({ message: 'I have been thinking about ending my life.' });
    const { id } = await post(form);
    await stack.clearEmails();
    const result = await sesEvents(snsEvent(sesNote('Bounce', id, 'client')));
    expect(result.recorded).toBe(1);
    const record = await rt.runtime().store.get(id);
    expect(record?.emails.client?.status).toBe('bounced');
    expect(record?.history.map((h) => h.action)).toContain('bounced');
    const [notice] = await stack.emails();
    expect(notice?.subject).toMatch(/^URGENT: Email not delivered/);
    expect(notice?.body.text).toContain('reach them another way');
    expect(notice?.body.text).toContain(form.email as string);
  });

  it('records a complaint the same way', async () => {
    const { id } = await post(intake());
    const result = await sesEvents(snsEvent(sesNote('Complaint', id, 'client')));
    expect(result.recorded).toBe(1);
    expect((await rt.runtime().store.get(id))?.emails.client?.status).toBe('complained');
  });

  it('leaves transient bounces, unknown intakes and malformed messages alone', async () => {
    const { id } = await post(intake());
    const result = await sesEvents({
      Records: [
        ...snsEvent(sesNote('Bounce', id, 'client', 'Transient')).Records,
        ...snsEvent(sesNote('Bounce', '00000000-0000-4000-8000-000000000000', 'client')).Records,
        ...snsEvent('not json at all').Records,
      ],
    });
    expect(result).toEqual({ recorded: 0, ignored: 3 });
    expect((await rt.runtime().store.get(id))?.emails.client?.status).toBe('sent');
  });
});

describe('the coaching follow-up (followUpDays set)', () => {
  it('is queued for coaching only, and sent once when due', async () => {
    const coaching = await post(intake());
    const therapy = await post(intake({ message: 'I feel depressed every day.' }));
    const deps = rt.runtime();
    expect((await deps.store.get(coaching.id))?.emails['follow-up']?.status).toBe('pending');
    expect((await deps.store.get(therapy.id))?.emails['follow-up']).toBeUndefined();
    const later = { ...deps, now: () => Date.now() + 3 * 86_400_000 + 1000 };
    await stack.clearEmails();
    expect((await deliver.deliverIntake(later, coaching.id)).sent).toBe(1);
    expect((await deliver.deliverIntake(later, coaching.id)).sent).toBe(0);
    const [reminder] = await stack.emails();
    expect(reminder?.subject).toMatch(/Still thinking it over/);
    expect(reminder?.body.text).toContain('cal.example/northstar/first-session');
  });

  it('is cancelled when the practitioner marks the intake booked', async () => {
    const { id } = await post(intake());
    const outcome = await manage.markBooked(adminDeps(), id, 'Jordan');
    expect(outcome.cancelledFollowUp).toBe(true);
    const record = await rt.runtime().store.get(id);
    expect(record?.emails['follow-up']?.status).toBe('cancelled');
    expect(record?.booked).toBe(true);
    const later = { ...rt.runtime(), now: () => Date.now() + 4 * 86_400_000 };
    expect((await deliver.deliverIntake(later, id)).sent).toBe(0);
  });
});
