/**
 * Whether an AWS SDK error may go away by trying again later. The SDK has
 * already retried within the call (its standard retry mode); this decides
 * what the outbox and the HTTP answer do next.
 */

/** Throttling error names the SDK services use that do not always come with a 429. */
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TransactionInProgressException',
]);

/** The HTTP status AWS answered with, when it answered at all. */
export const httpStatusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;

/** Network trouble (no answer), a timeout, throttling or a 5xx: the same call may succeed later. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = httpStatusOf(error);
  return status === undefined || status >= 500 || status === 429 || THROTTLING.has(error.name);
}

/** The name to log or store for an error: its class name only, never its message (it can quote what was sent). */
export const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'Unknown');
