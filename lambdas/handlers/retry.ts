import { logger } from '../adapters/log';
import { publishMetrics } from '../adapters/metrics';
import { runtimeDelivery } from '../adapters/delivery-runtime';
import { tracer } from '../adapters/tracing';
import { retryDeliveries, type RetryOutcome } from '../use-cases/retry-deliveries';

/** The scheduled retry job (EventBridge, or the local timer): delivers what is still pending. */
export async function handler(): Promise<RetryOutcome> {
  try {
    const outcome = await retryDeliveries(runtimeDelivery());
    tracer.putAnnotation('intakes', outcome.intakes);
    if (outcome.intakes > 0) logger.info('retry finished', { ...outcome });
    return outcome;
  } finally {
    publishMetrics();
  }
}
