import { createHmac } from 'node:crypto';
import { runtimeAdmin } from '../../lambdas/adapters/admin-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

/** Cal.com and Calendly webhooks through the exported handler, against the emulators. */
let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let webhooks: typeof import('../../lambdas/handlers/webhooks').handler;

const CAL = 'cal-secret-for-tests';
const CALENDLY = 'calendly-key-for-tests';
beforeAll(async () => {
  stack = await startEmulatedStack({ CALCOM_WEBHOOK_SECRET: CAL, CALENDLY_WEBHOOK_SIGNING_KEY: CALENDLY });
  submit = (await import('../../lambdas/handlers/submit')).handler;
  webhooks = (await import('../../lambdas/handlers/webhooks')).handler;
});
afterAll(() => stack?.stop());

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');
const coaching = async (email: string) => {
  const body = JSON.parse((await submit(apiEvent(JSON.stringify(intake({ email, message: 'I want to grow my consulting business.' }))))).body ?? '{}');
  return { id: body.id as string, bookingUrl: body.nextSteps.bookingUrl as string };
};
const calCom = (payload: unknown, secret = CAL) => {
  const body = JSON.stringify(payload);
  return webhooks(apiEvent(body, { 'content-type': 'application/json', 'x-cal-signature-256': hmac(secret, body) }, { path: '/webhooks/cal-com' }));
};
const calendly = (payload: unknown, opts: { secret?: string; at?: number } = {}) => {
  const body = JSON.stringify(payload);
  const t = Math.floor((opts.at ?? Date.now()) / 1000);
  const signature = `t=${t},v1=${hmac(opts.secret ?? CALENDLY, `${t}.${body}`)}`;
  return webhooks(apiEvent(body, { 'content-type': 'application/json', 'calendly-webhook-signature': signature }, { path: '/webhooks/calendly' }));
};
const booked = async (id: string) => (await runtimeAdmin().get(id))?.bookedAt;

describe('booking webhooks', () => {
  it('marks the intake booked from a signed Cal.com BOOKING_CREATED that carries the link’s reference, once', async () => {
    const { id, bookingUrl } = await coaching('cal.booker@example.com');
    const ref = new URL(bookingUrl).searchParams.get('metadata[signpost]');
    expect(ref).toBeTruthy();
    expect(ref).not.toBe(id);
    const event = {
      triggerEvent: 'BOOKING_CREATED',
      payload: { uid: 'bk-1', metadata: { signpost: ref }, attendees: [{ email: 'someone.else@example.com' }] },
    };
    const first = await calCom(event);
    expect(first.statusCode).toBe(200);
    expect(JSON.parse(first.body ?? '{}').outcome).toBe('booked');
    expect(await booked(id)).toBeDefined();
    expect(JSON.parse((await calCom(event)).body ?? '{}').outcome).toBe('unchanged');
    const history = (await runtimeAdmin().get(id))?.history ?? [];
    expect(history.filter((h) => h.action === 'booked' && h.by === 'Cal.com')).toHaveLength(1);
  });

  it('marks the intake booked from a signed Calendly invitee.created naming its email, and clears it on invitee.canceled', async () => {
    const { id } = await coaching('calendly.booker@example.com');
    const created = await calendly({ event: 'invitee.created', payload: { email: 'calendly.booker@example.com', uri: 'https://api.calendly.com/x' } });
    expect(JSON.parse(created.body ?? '{}').outcome).toBe('booked');
    expect(await booked(id)).toBeDefined();
    const cancelled = await calendly({ event: 'invitee.canceled', payload: { email: 'calendly.booker@example.com' } });
    expect(JSON.parse(cancelled.body ?? '{}').outcome).toBe('unbooked');
    expect(await booked(id)).toBeUndefined();
  });

  it('leaves an intake re-routed away from coaching as it is: booked is for coaching only', async () => {
    const { id, bookingUrl } = await coaching('rerouted.booker@example.com');
    const { rerouteIntake } = await import('../../lambdas/use-cases/manage-intakes');
    const { runtime } = await import('../../lambdas/adapters/runtime');
    await rerouteIntake({ ...runtime(), admin: runtimeAdmin(), suppression: { remove: async () => 'not-listed' as const } }, id, 'therapy', {
      by: 'test',
      reason: 'said more on the phone',
    });
    const ref = new URL(bookingUrl).searchParams.get('metadata[signpost]');
    const outcome = await calCom({ triggerEvent: 'BOOKING_CREATED', payload: { uid: 'bk-2', metadata: { signpost: ref } } });
    expect(JSON.parse(outcome.body ?? '{}').outcome).toBe('ignored');
    expect(await booked(id)).toBeUndefined();
  });

  it('refuses a wrong signature of either kind, and a Calendly event signed ten minutes ago, with 401, booking nothing', async () => {
    const { id } = await coaching('refused.booker@example.com');
    const event = { triggerEvent: 'BOOKING_CREATED', payload: { attendees: [{ email: 'refused.booker@example.com' }] } };
    expect((await calCom(event, 'wrong-secret')).statusCode).toBe(401);
    const invitee = { event: 'invitee.created', payload: { email: 'refused.booker@example.com' } };
    expect((await calendly(invitee, { secret: 'wrong-key' })).statusCode).toBe(401);
    expect((await calendly(invitee, { at: Date.now() - 10 * 60 * 1000 })).statusCode).toBe(401);
    const unsigned = await webhooks(apiEvent(JSON.stringify(event), { 'content-type': 'application/json' }, { path: '/webhooks/cal-com' }));
    expect(unsigned.statusCode).toBe(401);
    expect(await booked(id)).toBeUndefined();
  });

  it('answers 200 and changes nothing for an event that matches no intake', async () => {
    const result = await calCom({ triggerEvent: 'BOOKING_CREATED', payload: { attendees: [{ email: 'nobody.here@example.com' }] } });
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '{}').outcome).toBe('no-match');
  });
});
