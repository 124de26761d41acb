import type { PractitionerAction } from '../domain/action-links';
import type { Route } from '../domain/triage';
import { currentClientKey, markBooked, markContacted, redeliverIntake, rerouteIntake, type AdminDeps } from './manage-intakes';
import type { IntakeRecord } from './ports';

/**
 * What an action link does, checked before it is offered and again when it
 * is pressed: each action happens once, and an action that no longer fits
 * the intake (booked after a re-route to therapy) changes nothing.
 */

export type ActionCheck =
  | { state: 'ready'; confirmLeavingCrisis: boolean }
  | { state: 'already'; since?: string | undefined }
  | { state: 'not-now'; route: Route };

export const targetRoute = (action: PractitionerAction): Route | undefined =>
  action === 'route-therapy' ? 'therapy' : action === 'route-coaching' ? 'coaching' : undefined;

export function checkAction(record: IntakeRecord, action: PractitionerAction): ActionCheck {
  switch (action) {
    case 'booked':
      if (record.booked) return { state: 'already', since: record.bookedAt };
      return record.route === 'coaching' ? { state: 'ready', confirmLeavingCrisis: false } : { state: 'not-now', route: record.route };
    case 'contacted':
      return record.contactedAt ? { state: 'already', since: record.contactedAt } : { state: 'ready', confirmLeavingCrisis: false };
    case 'route-therapy':
    case 'route-coaching':
      if (record.route === targetRoute(action)) return { state: 'already' };
      return { state: 'ready', confirmLeavingCrisis: record.route === 'crisis' };
    case 'resend':
      return record.emails[currentClientKey(record)]?.status === 'pending' ? { state: 'already' } : { state: 'ready', confirmLeavingCrisis: false };
  }
}

export type ActionResult =
  | { state: 'done'; action: PractitionerAction; route: Route; sent: boolean; stoppedReminders: boolean }
  | { state: 'already'; since?: string | undefined }
  | { state: 'not-now'; route: Route }
  | { state: 'needs-confirmation' };

/** Does what the link names, once. */
export async function performAction(
  deps: AdminDeps,
  record: IntakeRecord,
  action: PractitionerAction,
  input: { by: string; reason?: string | undefined; confirmLeavingCrisis?: boolean },
): Promise<ActionResult> {
  const check = checkAction(record, action);
  if (check.state !== 'ready') return check;
  if (check.confirmLeavingCrisis && !input.confirmLeavingCrisis) return { state: 'needs-confirmation' };
  const done = (sent: boolean, stoppedReminders = false, route: Route = record.route): ActionResult => ({
    state: 'done',
    action,
    route,
    sent,
    stoppedReminders,
  });
  switch (action) {
    case 'booked': {
      const outcome = await markBooked(deps, record.id, input.by);
      return outcome.alreadyBooked ? { state: 'already' } : done(false);
    }
    case 'contacted': {
      const outcome = await markContacted(deps, record.id, input.by);
      return outcome.alreadyContacted ? { state: 'already' } : done(false, record.route === 'crisis');
    }
    case 'route-therapy':
    case 'route-coaching': {
      const route = targetRoute(action) as Route;
      const { delivery } = await rerouteIntake(deps, record.id, route, {
        by: input.by,
        reason: input.reason?.trim() || 'from the notification email',
        confirmLeavingCrisis: input.confirmLeavingCrisis === true,
      });
      return done(delivery.sent > 0, record.route === 'crisis', route);
    }
    case 'resend': {
      const { delivery } = await redeliverIntake(deps, record.id, input.by);
      return done(delivery.sent > 0);
    }
  }
}
