import { NotFoundError, ValidationError } from '../domain/errors';
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

/** The practitioner corrects a decision: the route changes, the person gets the email for the new route. */
export async function rerouteIntake(
  deps: AdminDeps,
  id: string,
  route: string,
  who: { by: string; reason: string },
): Promise<{ record: IntakeRecord; delivery: DeliveryOutcome }> {
  if (!ROUTES.includes(route as Route)) throw new ValidationError({ route: 'must be coaching, therapy or crisis' });
  if (!who.reason.trim()) throw new ValidationError({ reason: 'say why the route changes (it is kept in the audit trail)' });
  const record = await load(deps, id);
  if (record.route === route) throw new ValidationError({ route: `the intake is already routed to ${route}` });
  const newRoute = route as Route;
  await deps.admin.setRoute(id, newRoute, entry(deps, who.by, 'reroute', `${record.route} → ${newRoute}: ${who.reason.trim()}`));
  const n = Object.keys(record.emails).filter((k) => k.startsWith('client-reroute-')).length + 1;
  await deps.store.addEmail(id, `client-reroute-${n}`, { kind: 'client', route: newRoute, status: 'pending', attempts: 0, dueAt: deps.now() });
  if (newRoute !== 'coaching' && record.emails['follow-up']?.status === 'pending') {
    await deps.admin.cancelEmail(id, 'follow-up', entry(deps, who.by, 'follow-up cancelled', `route is now ${newRoute}`));
  }
  const delivery = await deliverIntake(deps, id);
  return { record: await load(deps, id), delivery };
}

/** Sends again what failed, bounced or was complained about (after fixing the cause). */
export async function redeliverIntake(deps: AdminDeps, id: string, by: string): Promise<{ requeued: string[]; delivery: DeliveryOutcome }> {
  const record = await load(deps, id);
  const requeued = Object.entries(record.emails)
    .filter(([, e]) => e.status === 'failed' || e.status === 'bounced' || e.status === 'complained')
    .map(([key]) => key);
  for (const key of requeued) await deps.admin.requeue(id, key, deps.now(), entry(deps, by, 'redeliver', key));
  const delivery = requeued.length > 0 ? await deliverIntake(deps, id) : { sent: 0, retrying: 0, failed: 0 };
  return { requeued, delivery };
}

/** The person booked: no reminder will be sent. */
export async function markBooked(deps: AdminDeps, id: string, by: string): Promise<{ cancelledFollowUp: boolean }> {
  const record = await load(deps, id);
  await deps.admin.setBooked(id, entry(deps, by, 'booked'));
  const followUp = record.emails['follow-up'];
  if (followUp?.status === 'pending' && followUp.leaseId === undefined) {
    await deps.admin.cancelEmail(id, 'follow-up', entry(deps, by, 'follow-up cancelled', 'booked'));
    return { cancelledFollowUp: true };
  }
  return { cancelledFollowUp: false };
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
