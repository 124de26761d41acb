import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runtimeAdmin } from '../../lambdas/adapters/admin-runtime';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

/** A crisis intake nobody marks contacted brings the practitioner URGENT reminders; being contacted stops them. */
let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let retry: typeof import('../../lambdas/handlers/retry').handler;
let rt: typeof import('../../lambdas/adapters/runtime');
let manage: typeof import('../../lambdas/use-cases/manage-intakes');

beforeAll(async () => {
  stack = await startEmulatedStack({ CRISIS_REMINDER_SECONDS: '1' });
  submit = (await import('../../lambdas/handlers/submit')).handler;
  retry = (await import('../../lambdas/handlers/retry')).handler;
  rt = await import('../../lambdas/adapters/runtime');
  manage = await import('../../lambdas/use-cases/manage-intakes');
});
afterAll(() => stack?.stop());

const post = async (form: Record<string, unknown>) => JSON.parse((await submit(apiEvent(JSON.stringify(form)))).body ?? '{}') as { id: string; route: string };
const adminDeps = () => ({ ...rt.runtime(), admin: runtimeAdmin(), suppression: { remove: async () => 'not-listed' as const } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const remindersAbout = async (id: string) =>
  (await stack.emails()).filter((e) => e.subject.startsWith('URGENT: not yet contacted') && e.subject.includes(id.slice(0, 8)));

describe('crisis follow-up', () => {
  it('reminds the practitioner, URGENT, when a crisis intake is not marked contacted, up to three times', async () => {
    const { id, route } = await post(intake({ message: 'I want to end my life.' }));
    expect(route).toBe('crisis');
    expect(await remindersAbout(id)).toHaveLength(0);
    for (let i = 1; i <= 4; i++) {
      await sleep(1100);
      await retry();
    }
    const reminders = await remindersAbout(id);
    expect(reminders.map((e) => e.subject)).toEqual([
      expect.stringContaining('reminder 1 of 3'),
      expect.stringContaining('reminder 2 of 3'),
      expect.stringContaining('reminder 3 of 3'),
    ]);
    expect(reminders[0]?.destination.to).toContain('jordan@northstar-coaching.example');
  });

  it('sends none once the person is marked contacted, and marking it again changes nothing', async () => {
    const { id } = await post(intake({ message: 'I have been thinking about killing myself.' }));
    const first = await manage.markContacted(adminDeps(), id, 'Jordan');
    expect(first).toEqual({ alreadyContacted: false, cancelledReminders: 1 });
    expect(await manage.markContacted(adminDeps(), id, 'Jordan')).toEqual({ alreadyContacted: true, cancelledReminders: 0 });
    await sleep(1100);
    await retry();
    expect(await remindersAbout(id)).toHaveLength(0);
    const record = await runtimeAdmin().get(id);
    expect(record?.contactedAt).toBeDefined();
    expect(record?.history.map((h) => h.action)).toContain('contacted');
  });

  it('never reminds about an intake that is not crisis', async () => {
    const { id } = await post(intake({ message: 'I have felt low for months.' }));
    await sleep(1100);
    await retry();
    expect(await remindersAbout(id)).toHaveLength(0);
  });
});
