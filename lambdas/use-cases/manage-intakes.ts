import { NotFoundError, ValidationError } from '../domain/errors';
import { intakeSchema } from '../domain/intake';
import type { Route } from '../domain/triage';
import { deliverIntake, type DeliveryOutcome } from './deliver-intake';
import { emailHashOf } from './submit-intake';
import type { Deps, HistoryEntry, IntakeAdmin, IntakeRecord, SuppressionList } from './ports';

/**
 * The practitioner's corrections and ops' repairs, each leaving an entry in
 * the intake's history: who, when, what and why.
 */
export interface AdminDeps extends Deps {
  admin: IntakeAdmin;
  suppression: SuppressionList;
}

const ROUTES: Route[] = ['coaching', 'therapy', 'crisis'];

async function load(deps: Deps, id: string): Promise<IntakeRecord> {
  const record = await deps.store.get(id);
  if (!record) throw new NotFoundError();
  return record;
}

const entry = (deps: Deps, by: string, action: string, detail?: string): HistoryEntry => ({ at: new Date(deps.now()).toISOString(), by, action, detail });

/**
 * The practitioner corrects a decision: the route changes, and the person gets
 * the email for the new route (with the practitioner's note, when given)
 * unless the practitioner chose to send none.
 */
export async function rerouteIntake(
  deps: AdminDeps,
  id: string,
  route: string,
  who: { by: string; reason: string; confirmLeavingCrisis?: boolean; noteToPerson?: string | undefined; sendEmail?: boolean },
): Promise<{ record: IntakeRecord; delivery: DeliveryOutcome; emailed: boolean }> {
  if (!ROUTES.includes(route as Route)) throw new ValidationError({ route: 'must be coaching, therapy or crisis' });
  if (!who.reason.trim()) throw new ValidationError({ reason: 'say why the route changes (it is kept in the audit trail)' });
  const record = await load(deps, id);
  if (record.route === route) throw new ValidationError({ route: `the intake is already routed to ${route}` });
  // Taking someone off crisis support is never a slip of the keyboard.
  if (record.route === 'crisis' && !who.confirmLeavingCrisis) {
    throw new ValidationError({ route: 'this intake is routed to crisis: confirm that the person is safe and should leave crisis support (--confirm)' });
  }
  const newRoute = route as Route;
  const emailed = who.sendEmail !== false;
  const note = who.noteToPerson ? plainNote(who.noteToPerson) : undefined;
  await deps.admin.setRoute(
    id,
    newRoute,
    entry(deps, who.by, 'reroute', `${record.route} → ${newRoute}: ${who.reason.trim()}${emailed ? '' : ' (no email to the person)'}`),
  );
  if (emailed) {
    const n = Object.keys(record.emails).filter((k) => k.startsWith('client-reroute-')).length + 1;
    await deps.store.addEmail(id, `client-reroute-${n}`, { kind: 'client', route: newRoute, status: 'pending', attempts: 0, dueAt: deps.now(), note });
  }
  if (newRoute !== 'crisis') await cancelCrisisReminders(deps, record, who.by, `route is now ${newRoute}`);
  if (newRoute !== 'coaching' && record.emails['follow-up']?.status === 'pending') {
    await deps.admin.cancelEmail(id, 'follow-up', entry(deps, who.by, 'follow-up cancelled', `route is now ${newRoute}`));
  }
  const delivery = emailed ? await deliverIntake(deps, id) : { sent: 0, retrying: 0, failed: 0 };
  return { record: await load(deps, id), delivery, emailed };
}

/** A practitioner's words kept as plain text: no control characters, at most 2,000 characters. */
function plainNote(text: string): string | undefined {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .trim()
    .slice(0, 2000);
  return clean || undefined;
}

/** The practitioner writes a note into the intake's history. */
export async function addNote(deps: AdminDeps, id: string, by: string, text: string): Promise<void> {
  const note = plainNote(text);
  if (!note) throw new ValidationError({ note: 'write the note first' });
  await load(deps, id);
  await deps.admin.addHistory(id, entry(deps, by, 'note', note));
}

/** The booking was cancelled: booked is undone, and the reminder to book comes back while it is still ahead. Again changes nothing. */
export async function unmarkBooked(deps: AdminDeps, id: string, by: string, detail?: string): Promise<{ wasBooked: boolean; restoredFollowUp: boolean }> {
  const record = await load(deps, id);
  if (!record.booked) return { wasBooked: false, restoredFollowUp: false };
  await deps.admin.setUnbooked(id, entry(deps, by, 'booking cancelled', detail));
  const followUp = record.emails['follow-up'];
  if (followUp?.status === 'cancelled' && followUp.dueAt > deps.now()) {
    await deps.admin.restoreEmail(id, 'follow-up', followUp.dueAt, entry(deps, by, 'follow-up restored'));
    return { wasBooked: true, restoredFollowUp: true };
  }
  return { wasBooked: true, restoredFollowUp: false };
}

/** The person mistyped their address: it is corrected (the history keeps that it changed, not the addresses) and their email sent again. */
export async function correctEmailAddress(
  deps: AdminDeps,
  id: string,
  by: string,
  address: string,
): Promise<{ requeued: string[]; delivery: DeliveryOutcome }> {
  const parsed = intakeSchema.shape.email.safeParse(address);
  if (!parsed.success) throw new ValidationError({ email: 'must be an email address, like name@example.com' });
  const record = await load(deps, id);
  if (parsed.data.toLowerCase() === record.answers.email.toLowerCase()) throw new ValidationError({ email: 'that is the address the intake already has' });
  await deps.admin.setEmailAddress(id, { ...record.answers, email: parsed.data }, emailHashOf(parsed.data), entry(deps, by, 'email address corrected'));
  return redeliverIntake(deps, id, by);
}

/** The key of the email to the person that is in force: the newest re-routed one, else the first. */
export function currentClientKey(record: IntakeRecord): string {
  const reroutes = Object.keys(record.emails)
    .filter((k) => k.startsWith('client-reroute-'))
    .sort((a, b) => Number(a.split('-').pop()) - Number(b.split('-').pop()));
  return reroutes.at(-1) ?? 'client';
}

/**
 * Sends again what failed, bounced or was complained about (after fixing the
 * cause), and the person's email in force even when it was delivered ("it
 * went to spam"). A notice still waiting to say one of them did not arrive is
 * dropped: it would be stale once the email goes out again.
 */
export async function redeliverIntake(deps: AdminDeps, id: string, by: string): Promise<{ requeued: string[]; delivery: DeliveryOutcome }> {
  const record = await load(deps, id);
  let current = currentClientKey(record);
  if (record.emails[current]?.route !== record.route) {
    // Re-routed without an email: what goes again is the email for the route in force, not the old one.
    const n = Object.keys(record.emails).filter((k) => k.startsWith('client-reroute-')).length + 1;
    current = `client-reroute-${n}`;
    await deps.store.addEmail(
      id,
      current,
      { kind: 'client', route: record.route, status: 'pending', attempts: 0, dueAt: deps.now() },
      entry(deps, by, 'redeliver', current),
    );
    const delivery = await deliverIntake(deps, id);
    return { requeued: [current], delivery };
  }
  const requeued = Object.entries(record.emails)
    .filter(([key, e]) => e.status === 'failed' || e.status === 'bounced' || e.status === 'complained' || (key === current && e.status === 'sent'))
    .map(([key]) => key);
  for (const key of requeued) {
    await deps.admin.requeue(id, key, deps.now(), entry(deps, by, 'redeliver', key));
    for (const [noticeKey, notice] of Object.entries(record.emails)) {
      if (notice.kind === 'notice' && notice.about === key && notice.status === 'pending' && notice.leaseId === undefined) {
        await deps.admin.cancelEmail(id, noticeKey, entry(deps, by, 'notice cancelled', `${key} sent again`));
      }
    }
  }
  const delivery = requeued.length > 0 ? await deliverIntake(deps, id) : { sent: 0, retrying: 0, failed: 0 };
  return { requeued, delivery };
}

/** Stops the URGENT reminders that are still waiting. */
async function cancelCrisisReminders(deps: AdminDeps, record: IntakeRecord, by: string, why: string): Promise<number> {
  let cancelled = 0;
  for (const [key, email] of Object.entries(record.emails)) {
    if (email.kind !== 'crisis-reminder' || email.status !== 'pending' || email.leaseId !== undefined) continue;
    await deps.admin.cancelEmail(record.id, key, entry(deps, by, 'crisis reminder cancelled', why));
    cancelled++;
  }
  return cancelled;
}

/** The practitioner reached the person: recorded, and the crisis reminders stop. Marking it again changes nothing. */
export async function markContacted(deps: AdminDeps, id: string, by: string): Promise<{ alreadyContacted: boolean; cancelledReminders: number }> {
  const record = await load(deps, id);
  if (record.contactedAt) return { alreadyContacted: true, cancelledReminders: 0 };
  await deps.admin.setContacted(id, entry(deps, by, 'contacted'));
  return { alreadyContacted: false, cancelledReminders: await cancelCrisisReminders(deps, record, by, 'contacted') };
}

/** The person booked a coaching session: no reminder will be sent. Marking it again changes nothing. */
export async function markBooked(deps: AdminDeps, id: string, by: string, detail?: string): Promise<{ cancelledFollowUp: boolean; alreadyBooked: boolean }> {
  const record = await load(deps, id);
  if (record.route !== 'coaching') throw new ValidationError({ route: `only a coaching intake can be booked; this one is routed to ${record.route}` });
  if (record.booked) return { cancelledFollowUp: false, alreadyBooked: true };
  await deps.admin.setBooked(id, entry(deps, by, 'booked', detail));
  const followUp = record.emails['follow-up'];
  if (followUp?.status === 'pending' && followUp.leaseId === undefined) {
    await deps.admin.cancelEmail(id, 'follow-up', entry(deps, by, 'follow-up cancelled', 'booked'));
    return { cancelledFollowUp: true, alreadyBooked: false };
  }
  return { cancelledFollowUp: false, alreadyBooked: false };
}

/**
 * Finds the intake someone means: its full id, the 8-character id from the
 * notification's subject, or the person's email address (their newest
 * intake). Ambiguity is an error that lists the candidates' ids.
 */
export async function resolveIntakeId(deps: AdminDeps, given: string): Promise<string> {
  const wanted = given.trim().toLowerCase();
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(wanted)) return wanted;
  let candidates: IntakeRecord[];
  if (wanted.includes('@')) {
    const ids = await deps.admin.idsByEmailHash(emailHashOf(wanted));
    candidates = (await Promise.all(ids.map((id) => deps.store.get(id)))).filter((r): r is IntakeRecord => r !== undefined);
    candidates.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    if (candidates[0]) return candidates[0].id;
  } else if (/^[0-9a-f]{8}$/.test(wanted)) {
    candidates = (await deps.admin.list()).filter((r) => r.id.startsWith(wanted));
    if (candidates.length === 1 && candidates[0]) return candidates[0].id;
    if (candidates.length > 1) throw new ValidationError({ id: `${wanted} matches ${candidates.length} intakes: ${candidates.map((r) => r.id).join(', ')}` });
  } else {
    throw new ValidationError({ id: 'give the intake id (all of it, or its first 8 characters) or the person’s email address' });
  }
  throw new NotFoundError();
}

/**
 * Erases one person: every intake with their address, and their address on
 * SES's suppression list. Returns counts only.
 */
export async function erasePerson(deps: AdminDeps, email: string): Promise<{ intakes: number; suppression: 'removed' | 'not-listed' | 'unavailable' }> {
  const address = email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new ValidationError({ email: 'must be an email address' });
  const ids = await deps.admin.idsByEmailHash(emailHashOf(address));
  for (const id of ids) await deps.admin.delete(id);
  const suppression = await deps.suppression.remove(address);
  deps.log.info('person erased', { count: ids.length, status: suppression });
  return { intakes: ids.length, suppression };
}
