import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBookingEvent, verifyCalCom, verifyCalendly } from '../../lambdas/domain/booking-webhooks';

const hmac = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex');
const body = JSON.stringify({
  triggerEvent: 'BOOKING_CREATED',
  payload: { uid: 'b-1', metadata: { signpost: 'ref123' }, attendees: [{ email: 'ana@example.com' }] },
});

describe('Cal.com signatures', () => {
  it('accept the hex HMAC-SHA-256 of the raw body, and nothing else', () => {
    expect(verifyCalCom(body, hmac('s3cret', body), 's3cret')).toBe(true);
    expect(verifyCalCom(body, hmac('other', body), 's3cret')).toBe(false);
    expect(verifyCalCom(`${body} `, hmac('s3cret', body), 's3cret')).toBe(false);
    expect(verifyCalCom(body, undefined, 's3cret')).toBe(false);
    expect(verifyCalCom(body, 'not-hex', 's3cret')).toBe(false);
  });
});

describe('Calendly signatures', () => {
  const now = Date.UTC(2026, 10, 27, 12, 0, 0);
  const signed = (t: number, key = 'k3y') => `t=${t},v1=${hmac(key, `${t}.${body}`)}`;
  it('accept t and v1 over "<t>.<body>" made within three minutes', () => {
    expect(verifyCalendly(body, signed(now / 1000 - 60), 'k3y', now)).toBe(true);
  });
  it('refuse a wrong key, a changed body, a missing header, and an event signed ten minutes ago', () => {
    expect(verifyCalendly(body, signed(now / 1000, 'other'), 'k3y', now)).toBe(false);
    expect(verifyCalendly(`${body}x`, signed(now / 1000), 'k3y', now)).toBe(false);
    expect(verifyCalendly(body, undefined, 'k3y', now)).toBe(false);
    expect(verifyCalendly(body, signed(now / 1000 - 600), 'k3y', now)).toBe(false);
  });
});

describe('reading booking events', () => {
  it('reads what Cal.com and Calendly say: booked or cancelled, our reference, the invitee’s email', () => {
    expect(readBookingEvent('cal-com', JSON.parse(body))).toMatchObject({ kind: 'booked', ref: 'ref123', email: 'ana@example.com' });
    expect(readBookingEvent('cal-com', { triggerEvent: 'BOOKING_CANCELLED', payload: {} }).kind).toBe('cancelled');
    expect(readBookingEvent('calendly', { event: 'invitee.created', payload: { email: 'b@example.com', tracking: { utm_content: 'r9' } } })).toMatchObject({
      kind: 'booked',
      ref: 'r9',
      email: 'b@example.com',
    });
    expect(readBookingEvent('calendly', { event: 'invitee.canceled', payload: {} }).kind).toBe('cancelled');
    expect(readBookingEvent('calendly', { event: 'routing_form_submission.created' }).kind).toBe('ignored');
    expect(readBookingEvent('cal-com', 'nonsense').kind).toBe('ignored');
  });
});
