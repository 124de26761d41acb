import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { SignpostStack } from './signpost-stack';

/**
 * Every cdk-nag finding this stack acknowledges, on the construct it is about,
 * with the rule and the reason. Synth fails on any finding not listed here.
 */

const ack = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });

export function acknowledgeNagFindings(stack: SignpostStack): void {
  const routes = stack.api.api.node.findAll().filter((c) => c.node.id === 'Resource' && /^(?:GET|POST)--/.test(c.node.scope?.node.id ?? ''));
  for (const route of routes) {
    ack(
      route,
      'AwsSolutions-APIG4',
      'This is the public intake form of a practice website: anyone must be able to send it without an account. Controls instead: stage throttling and reserved concurrency, a 32 KB body limit, strict zod validation, a honeypot, CORS limited to the practice’s origins; GET /intake/{id} answers only to the holder of an unguessable 128-bit id; the hosted form (GET /, /privacy, its script and styles) is the same public page any website serves; the booking webhooks (POST /webhooks/…) are called by Cal.com and Calendly, which cannot hold AWS credentials, and every call is refused unless its HMAC signature verifies; the practitioner’s pages (/actions/…, /inbox…) are reached from their email: an action link acts only with its HMAC-signed, expiring token and only on a POST, and the inbox answers only with a session from a one-time emailed sign-in link (HttpOnly, Secure, SameSite=Strict cookie, CSRF token on every POST).',
    );
  }
  ack(
    stack.table.table,
    'HIPAA.Security-DynamoDBInBackupPlan',
    'Point-in-time recovery keeps 35 days of continuous backups. A long-term AWS Backup plan would keep people’s intakes beyond the retention the practice promises (retentionDays, enforced by TTL), so none is added.',
  );
  const rotation =
    'The signing secret keys intake ids, which must stay the same for a day so a resubmitted form finds its intake, and signs the practitioner’s action links, which live for 14 days: rotating it on a schedule would break both. It is generated at deploy, encrypted with the practice key, readable only by the functions that need it, and can be rotated by hand (README, runbook) when there is reason to.';
  ack(stack.signingSecret, 'AwsSolutions-SMG4', rotation);
  ack(stack.signingSecret, 'HIPAA.Security-SecretsManagerRotationEnabled', rotation);
  for (const [name, fn] of Object.entries(stack.functions)) {
    const policy = fn.role.node.tryFindChild('DefaultPolicy');
    if (policy) {
      ack(
        policy,
        'AwsSolutions-IAM5[Resource::*]',
        'Only X-Ray’s xray:PutTraceSegments and xray:PutTelemetryRecords, which do not support resource-level permissions; every other statement names its resource.',
      );
      ack(
        policy,
        'HIPAA.Security-IAMNoInlinePolicy',
        `The ${name} role’s single policy is generated from least-privilege grants (its own log group, named table actions, sending as one address) and belongs to that role alone; inline keeps it deleted with the role and never shared.`,
      );
    }
    ack(
      fn.function,
      'HIPAA.Security-LambdaInsideVPC',
      'The function reaches only DynamoDB, SES and CloudWatch, over TLS with IAM authorisation; there is nothing in a VPC to reach, and a VPC would add NAT gateways (cost and a slower cold start) without narrowing access to personal data.',
    );
    if (name === 'submit' || name === 'nextSteps' || name === 'web' || name === 'webhooks' || name === 'practitioner') {
      ack(
        fn.function,
        'HIPAA.Security-LambdaDLQ',
        'Invoked synchronously by API Gateway: the caller receives any error, so no event is left to dead-letter. An accepted intake is never lost: its outbox lives in DynamoDB and the retry job delivers it.',
      );
    }
  }
}
