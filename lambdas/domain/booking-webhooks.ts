import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Booking tools tell us when someone books or cancels: Cal.com and Calendly
 * sign their webhooks with a secret the practice shares with Signpost. This
 * module checks the signatures (in constant time) and reads the few facts we
 * use: booked or cancelled, the reference our booking link carried, and the
 * invitee's email as the fallback.
 */

export type BookingTool = 'cal-com' | 'calendly';

export interface BookingEvent {
  tool: BookingTool;
  /** booked: an appointment was made; cancelled: it was called off; other events change nothing. */
  kind: 'booked' | 'cancelled' | 'ignored';
  /** The reference our booking link carried (Cal.com metadata, Calendly utm_content). */
  ref?: string | undefined;
  email?: string | undefined;
  /** The tool's own id of the booking, for the history (never personal data). */
  bookingId?: string | undefined;
}

/** How old a signed Calendly event may be. */
export const CALENDLY_TOLERANCE_MS = 3 * 60 * 1000;

function sameHex(expected: string, given: string): boolean {
  if (!/^[0-9a-f]+$/i.test(given)) return false;
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(given.toLowerCase(), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

const hmacHex = (secret: string, data: string) => createHmac('sha256', secret).update(data, 'utf8').digest('hex');

/** Cal.com: `X-Cal-Signature-256` is the hex HMAC-SHA-256 of the raw body with the webhook secret. */
export function verifyCalCom(rawBody: string, signature: string | undefined, secret: string): boolean {
  return Boolean(signature) && sameHex(hmacHex(secret, rawBody), signature?.trim() ?? '');
}

/**
 * Calendly: `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex>` where v1
 * is the HMAC-SHA-256 of `<t>.<raw body>` with the signing key. Refused when
 * older than three minutes (or from the future), so a captured event cannot be
 * replayed later.
 */
export function verifyCalendly(rawBody: string, header: string | undefined, signingKey: string, now: number): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const [k = '', ...v] = part.trim().split('=');
      return [k, v.join('=')];
    }),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  if (Math.abs(now - t * 1000) > CALENDLY_TOLERANCE_MS) return false;
  return sameHex(hmacHex(signingKey, `${t}.${rawBody}`), parts.v1);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 && v.length <= 320 ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** What a verified event says, in our terms. Unknown shapes are ignored, never an error. */
export function readBookingEvent(tool: BookingTool, body: unknown): BookingEvent {
  const root = obj(body);
  if (tool === 'cal-com') {
    const payload = obj(root.payload);
    const kind = root.triggerEvent === 'BOOKING_CREATED' ? 'booked' : root.triggerEvent === 'BOOKING_CANCELLED' ? 'cancelled' : 'ignored';
    const attendees = Array.isArray(payload.attendees) ? payload.attendees : [];
    return { tool, kind, ref: str(obj(payload.metadata).signpost), email: str(obj(attendees[0]).email), bookingId: str(payload.uid) };
  }
  const payload = obj(root.payload);
  const kind = root.event === 'invitee.created' ? 'booked' : root.event === 'invitee.canceled' ? 'cancelled' : 'ignored';
  return { tool, kind, ref: str(obj(payload.tracking).utm_content), email: str(payload.email), bookingId: str(payload.uri) };
}
