import { addNotice, deliverIntake } from './deliver-intake';
import type { DeliveryDeps } from './ports';

export interface DeliveryEvent {
  intakeId: string;
  /** The outbox key the email was sent under (a message tag). */
  emailKey: string;
  problem: 'bounced' | 'complained';
}

/**
 * An SES bounce or complaint: mark the email, and tell the practitioner the
 * person did not get it so they can reach them another way. Unknown intakes
 * (erased, expired) are ignored.
 */
export async function recordDeliveryEvent(deps: DeliveryDeps, event: DeliveryEvent): Promise<'recorded' | 'unknown'> {
  const record = await deps.store.get(event.intakeId);
  const email = record?.emails[event.emailKey];
  if (!record || !email) return 'unknown';
  await deps.store.markEmailProblem(event.intakeId, event.emailKey, event.problem, {
    at: new Date(deps.now()).toISOString(),
    by: 'ses',
    action: event.problem,
    detail: `${email.kind} email`,
  });
  deps.metrics?.count('EmailsBounced');
  deps.log.warn('email not delivered', { intakeId: event.intakeId, email: event.emailKey, kind: email.kind, problem: event.problem });
  if (email.kind === 'client' || email.kind === 'follow-up') {
    await addNotice(deps, record, event.emailKey, event.problem);
    await deliverIntake(deps, event.intakeId);
  }
  return 'recorded';
}
