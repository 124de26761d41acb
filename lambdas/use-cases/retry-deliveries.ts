import { deliverIntake, type DeliveryOutcome } from './deliver-intake';
import type { DeliveryDeps } from './ports';

export interface RetryOutcome extends DeliveryOutcome {
  intakes: number;
}

/**
 * The retry job: finds intakes with an email still pending and due (the
 * sparse index) and delivers again. Safe to run twice at once: the lease on
 * each email decides who sends it.
 */
export async function retryDeliveries(deps: DeliveryDeps, limit = 100): Promise<RetryOutcome> {
  const ids = await deps.store.listDue(deps.now(), limit);
  const total: RetryOutcome = { intakes: ids.length, sent: 0, retrying: 0, failed: 0 };
  // A few at a time: enough to catch up after an outage without a thundering herd.
  const queue = [...ids];
  const workers = Array.from({ length: Math.min(5, queue.length) }, async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const outcome = await deliverIntake(deps, id);
        total.sent += outcome.sent;
        total.retrying += outcome.retrying;
        total.failed += outcome.failed;
      } catch (error) {
        deps.log.error('retry of intake failed', { intakeId: id, code: error instanceof Error ? error.name : 'Unknown' });
      }
    }
  });
  await Promise.all(workers);
  if (ids.length > 0) deps.log.info('retry run', { ...total });
  return total;
}
