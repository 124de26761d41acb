import type { SNSEvent } from 'aws-lambda';
import { logger } from '../adapters/log';
import { publishMetrics } from '../adapters/metrics';
import { runtimeDelivery } from '../adapters/delivery-runtime';
import '../adapters/tracing';
import { recordDeliveryEvent } from '../use-cases/record-delivery-event';

/** What we read of an SES event notification (configuration set → SNS). */
interface SesNotification {
  eventType?: string;
  notificationType?: string;
  mail?: { tags?: Record<string, string[]> };
  bounce?: { bounceType?: string };
}

const ID = /^[0-9a-f-]{36}$/;
const KEY = /^[a-z0-9-]{1,64}$/;

/**
 * SES bounces and complaints, through the configuration set's SNS event
 * destination. The intake is found by the message tags set at send time;
 * transient bounces are left to SES's own retries.
 */
export async function handler(event: SNSEvent): Promise<{ recorded: number; ignored: number }> {
  const deps = runtimeDelivery();
  let recorded = 0;
  let ignored = 0;
  for (const record of event.Records ?? []) {
    let note: SesNotification;
    try {
      note = JSON.parse(record.Sns.Message) as SesNotification;
    } catch {
      ignored++;
      continue;
    }
    const type = note.eventType ?? note.notificationType;
    const problem = type === 'Complaint' ? 'complained' : type === 'Bounce' && note.bounce?.bounceType === 'Permanent' ? 'bounced' : undefined;
    const intakeId = note.mail?.tags?.intakeId?.[0];
    const emailKey = note.mail?.tags?.email?.[0];
    if (!problem || !intakeId || !emailKey || !ID.test(intakeId) || !KEY.test(emailKey)) {
      ignored++;
      continue;
    }
    const outcome = await recordDeliveryEvent(deps, { intakeId, emailKey, problem });
    if (outcome === 'recorded') recorded++;
    else ignored++;
  }
  logger.info('ses events handled', { count: recorded, ignored });
  publishMetrics();
  return { recorded, ignored };
}
