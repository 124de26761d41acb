import { Logger } from '@aws-lambda-powertools/logger';
import type { EventLog } from '../use-cases/ports';

/**
 * Structured logs through Powertools Logger. Call sites pass only ids,
 * routes, counts, codes and timings (the EventLog port allows nothing else:
 * flat strings, numbers and booleans), and the logger never logs the event.
 */
// The level comes from POWERTOOLS_LOG_LEVEL (or Lambda's own log level setting); INFO by default.
export const logger = new Logger({ serviceName: 'signpost' });

const ALLOWED_KEYS = /^(?:intakeId|route|urgent|reasons|email|kind|attempts|code|terminal|ms|inMs|status|intakes|sent|retrying|failed|count|requestId|path|method|problem|dependency)$/;

/** Drops any field that is not on the allow-list, as a second guard against personal data. */
function allowed(fields: Record<string, string | number | boolean> | undefined) {
  if (!fields) return {};
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(fields)) if (ALLOWED_KEYS.test(key)) out[key] = value;
  return out;
}

export const eventLog: EventLog = {
  info: (message, fields) => logger.info(message, allowed(fields)),
  warn: (message, fields) => logger.warn(message, allowed(fields)),
  error: (message, fields) => logger.error(message, allowed(fields)),
};
