import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import { SSMClient } from '@aws-sdk/client-ssm';
import type { BookingTool } from '../domain/booking-webhooks';

/**
 * The secrets the booking tools sign their webhooks with. Locally (and in
 * tests) from CALCOM_WEBHOOK_SECRET and CALENDLY_WEBHOOK_SIGNING_KEY;
 * deployed, from the SSM SecureStrings the practice config names (their names
 * arrive as CALCOM_WEBHOOK_SECRET_PARAMETER and
 * CALENDLY_WEBHOOK_SIGNING_KEY_PARAMETER), through Powertools Parameters,
 * cached for five minutes so a rotated secret is picked up without a deploy.
 */
const VARIABLES: Record<BookingTool, string> = { 'cal-com': 'CALCOM_WEBHOOK_SECRET', calendly: 'CALENDLY_WEBHOOK_SIGNING_KEY' };

let parameters: SSMProvider | undefined;

/** The tool's secret, or undefined when none is configured (its webhooks are then refused). */
export async function webhookSecret(tool: BookingTool, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const name = VARIABLES[tool];
  const direct = env[name];
  if (direct) return direct;
  const parameter = env[`${name}_PARAMETER`];
  if (!parameter) return undefined;
  parameters ??= new SSMProvider({ awsSdkV3Client: new SSMClient({ maxAttempts: 2 }) });
  return (await parameters.get(parameter, { decrypt: true, maxAge: 300 })) || undefined;
}
