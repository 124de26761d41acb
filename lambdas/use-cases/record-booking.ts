import type { BookingEvent } from '../domain/booking-webhooks';
import type { HistoryEntry, IntakeRecord } from './ports';
import type { AdminDeps } from './manage-intakes';
import { emailHashOf } from './submit-intake';

export type BookingOutcome = 'booked' | 'unbooked' | 'unchanged' | 'no-match' | 'ignored';

const TOOL_NAMES = { 'cal-com': 'Cal.com', calendly: 'Calendly' } as const;

/**
 * A booking tool says someone booked or cancelled: the matching coaching
 * intake is marked booked (its reminder cancelled) or no longer booked (its
 * reminder restored while still ahead). Found by the reference the booking
 * link carried, else by the invitee's email (their newest coaching intake).
 * A replayed event changes nothing twice; an event that matches no intake
 * changes nothing.
 */
export async function recordBooking(deps: AdminDeps, event: BookingEvent): Promise<BookingOutcome> {
  if (event.kind === 'ignored') return 'ignored';
  const record = await findIntake(deps, event);
  if (!record) return 'no-match';
  const by = TOOL_NAMES[event.tool];
  const entry = (action: string, detail?: string): HistoryEntry => ({ at: new Date(deps.now()).toISOString(), by, action, detail });
  const followUp = record.emails['follow-up'];
  if (event.kind === 'booked') {
    if (record.booked) return 'unchanged';
    await deps.admin.setBooked(record.id, entry('booked', event.bookingId));
    if (followUp?.status === 'pending' && followUp.leaseId === undefined)
      await deps.admin.cancelEmail(record.id, 'follow-up', entry('follow-up cancelled', 'booked'));
    return 'booked';
  }
  if (!record.booked) return 'unchanged';
  await deps.admin.setUnbooked(record.id, entry('booking cancelled', event.bookingId));
  if (followUp?.status === 'cancelled' && followUp.dueAt > deps.now())
    await deps.admin.restoreEmail(record.id, 'follow-up', followUp.dueAt, entry('follow-up restored'));
  return 'unbooked';
}

async function findIntake(deps: AdminDeps, event: BookingEvent): Promise<IntakeRecord | undefined> {
  const byRef = event.ref ? await deps.admin.idByBookingRef(event.ref) : undefined;
  if (byRef) return deps.store.get(byRef);
  if (!event.email) return undefined;
  const ids = await deps.admin.idsByEmailHash(emailHashOf(event.email));
  const records = (await Promise.all(ids.map((id) => deps.store.get(id)))).filter((r): r is IntakeRecord => r?.route === 'coaching');
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
