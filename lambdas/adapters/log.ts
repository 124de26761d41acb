import { LogFormatter, LogItem, Logger } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import type { EventLog } from '../use-cases/ports';

/**
 * Structured logs through Powertools Logger, with a formatter that makes "no
 * personal data in logs" a property of the logger rather than of each call
 * site: only allow-listed keys with string, number or boolean values are
 * written, the message must be one of ours (short, no user text), and errors
 * are reduced to their class name (SDK error messages can echo values).
 */

const ALLOWED_KEYS = new Set([
  'intakeId',
  'route',
  'urgent',
  'reasons',
  'email',
  'kind',
  'attempts',
  'code',
  'terminal',
  'ms',
  'inMs',
  'status',
  'intakes',
  'sent',
  'retrying',
  'failed',
  'count',
  'requestId',
  'problem',
  'dependency',
  'ignored',
  'correlation_id',
  'tool',
  'outcome',
  'configured',
  'page',
  'method',
  'action',
  'reason',
  'ok',
]);
/** An email key or error code is short and plain; anything else is dropped. */
const SAFE_VALUE = /^[A-Za-z0-9 ._:/-]{0,80}$/;

type Scalar = string | number | boolean;

export function safeAttributes(attributes: LogAttributes): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!ALLOWED_KEYS.has(key)) continue;
    if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'string' && SAFE_VALUE.test(value)) out[key] = value;
  }
  return out;
}

export class SafeLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        // Messages are constants written in this codebase; cap them anyway.
        message: String(attributes.message).slice(0, 120),
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: attributes.lambdaContext?.coldStart,
        function_request_id: attributes.lambdaContext?.awsRequestId,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(safeAttributes(additional));
  }

  override formatError(error: Error): LogAttributes {
    return { name: error.name };
  }
}

// The level comes from POWERTOOLS_LOG_LEVEL (or Lambda's own log level setting); INFO by default.
export const logger = new Logger({ serviceName: 'signpost', logFormatter: new SafeLogFormatter() });

const fields = (f?: Record<string, Scalar>) => (f ? safeAttributes(f) : {});

export const eventLog: EventLog = {
  info: (message, f) => logger.info(message, fields(f)),
  warn: (message, f) => logger.warn(message, fields(f)),
  error: (message, f) => logger.error(message, fields(f)),
};
