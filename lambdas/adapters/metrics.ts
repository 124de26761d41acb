import { MetricUnit, Metrics } from '@aws-lambda-powertools/metrics';
import type { MetricName, MetricSink } from '../use-cases/ports';

/**
 * CloudWatch metrics through Powertools Metrics (embedded metric format, so
 * no API calls): intakes by route, emails sent, retried and failed. The only
 * dimensions are the service and the route: never anything about a person.
 * POWERTOOLS_METRICS_DISABLED turns the output off locally and in tests.
 */
export const metrics = new Metrics({ namespace: 'Signpost', serviceName: 'signpost' });

export const metricSink: MetricSink = {
  count(name: MetricName, value = 1, route?: string) {
    if (route) {
      const single = metrics.singleMetric();
      single.addDimension('route', route);
      single.addMetric(name, MetricUnit.Count, value);
    } else {
      metrics.addMetric(name, MetricUnit.Count, value);
    }
  },
};

/** Writes what the invocation counted; call at the end of every handler. */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
