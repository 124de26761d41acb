import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Powertools Tracer for the background functions (retry job, SES events).
 * It captures outgoing HTTPS requests, so each DynamoDB and SES call becomes
 * an X-Ray subsegment. The intake function does without it: the X-Ray SDK it
 * brings adds ~125 KB to a bundle whose cold start people feel, and Lambda's
 * active tracing already records that invocation. Off outside Lambda
 * (POWERTOOLS_TRACE_ENABLED=false locally).
 */
export const tracer = new Tracer({ serviceName: 'signpost' });
