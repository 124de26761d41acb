import type { BookingEvent } from '../domain/booking-webhooks';
import type { IntakeRecord } from './ports';
import { type AdminDeps, markBooked, unmarkBooked } from './manage-intakes';
import { emailHashOf } from './submit-intake';

export type BookingOutcome = 'booked' | 'unbooked' | 'unchanged' | 'no-match' | 'ignored';

const TOOL_NAMES = { 'cal-com': 'Cal.com', calendly: 'Calendly' } as const;

/**
 * A booking tool says someone booked or cancelled: the matching coaching
 * intake is marked booked (its reminder cancelled) or no longer booked (its
 * reminder restored while still ahead). Found by the reference the booking
 * link carried, else by the invitee's email (their newest coaching intake).
 * A replayed event changes nothing twice; an event that matches no intake,
 * or an intake re-routed away from coaching since, changes nothing.
 */
export async function recordBooking(deps: AdminDeps, event: BookingEvent): Promise<BookingOutcome> {
  if (event.kind === 'ignored') return 'ignored';
  const record = await findIntake(deps, event);
  if (!record) return 'no-match';
  // Booked is for coaching only (manage-intakes.ts): a person re-routed since is left as the practitioner set them.
  if (record.route !== 'coaching') return 'ignored';
  const by = TOOL_NAMES[event.tool];
  if (event.kind === 'booked') return (await markBooked(deps, record.id, by, event.bookingId)).alreadyBooked ? 'unchanged' : 'booked';
  return (await unmarkBooked(deps, record.id, by, event.bookingId)).wasBooked ? 'unbooked' : 'unchanged';
}

async function findIntake(deps: AdminDeps, event: BookingEvent): Promise<IntakeRecord | undefined> {
  const byRef = event.ref ? await deps.admin.idByBookingRef(event.ref) : undefined;
  if (byRef) return deps.store.get(byRef);
  if (!event.email) return undefined;
  const ids = await deps.admin.idsByEmailHash(emailHashOf(event.email));
  const records = (await Promise.all(ids.map((id) => deps.store.get(id)))).filter((r): r is IntakeRecord => r?.route === 'coaching');
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
