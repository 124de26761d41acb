import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../adapters/log';
import { runtimeAdmin } from '../adapters/admin-runtime';
import { runtime } from '../adapters/runtime';
import { webhookSecret } from '../adapters/webhook-secrets';
import { type BookingTool, readBookingEvent, verifyCalCom, verifyCalendly } from '../domain/booking-webhooks';
import { recordBooking } from '../use-cases/record-booking';
import { errorResult, header, json, type Result } from './http';

const TOOLS: Record<string, BookingTool> = { '/webhooks/cal-com': 'cal-com', '/webhooks/calendly': 'calendly' };

/**
 * POST /webhooks/cal-com and /webhooks/calendly: a booking tool says someone
 * booked or cancelled. A bad or missing signature is refused (401) and
 * changes nothing; an event that matches no intake is answered 200, so the
 * tool does not retry it forever.
 */
export async function handler(event: APIGatewayProxyEventV2): Promise<Result> {
  const tool = TOOLS[event.rawPath?.replace(/\/$/, '') ?? ''];
  if (!tool) return json(404, { error: 'not_found' });
  try {
    const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    const secret = await webhookSecret(tool);
    const signed =
      secret !== undefined &&
      (tool === 'cal-com'
        ? verifyCalCom(raw, header(event, 'x-cal-signature-256'), secret)
        : verifyCalendly(raw, header(event, 'calendly-webhook-signature'), secret, Date.now()));
    if (!signed) {
      logger.warn('webhook refused', { tool, configured: secret !== undefined });
      return json(401, { error: 'signature', message: 'The signature is missing, wrong or too old.' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return json(400, { error: 'malformed' });
    }
    const deps = runtime();
    const outcome = await recordBooking({ ...deps, admin: runtimeAdmin(), suppression: { remove: async () => 'unavailable' } }, readBookingEvent(tool, body));
    logger.info('webhook handled', { tool, outcome });
    return json(200, { outcome });
  } catch (error) {
    logger.error('webhook failed', { tool, code: error instanceof Error ? error.name : 'Unknown' });
    return errorResult(error);
  }
}
