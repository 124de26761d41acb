import './v8-flags';
import { logger } from '../adapters/log';
import { runtime } from '../adapters/runtime';
import { retryDeliveries, type RetryOutcome } from '../use-cases/retry-deliveries';

/** The scheduled retry job (EventBridge, or the local timer): delivers what is still pending. */
export async function handler(): Promise<RetryOutcome> {
  const outcome = await retryDeliveries(runtime());
  if (outcome.intakes > 0) logger.info('retry finished', { ...outcome });
  return outcome;
}
