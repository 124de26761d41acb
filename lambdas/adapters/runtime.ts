import { randomUUID } from 'node:crypto';
import type { PracticeConfig } from '../domain/practice';
import type { Deps, EventLog } from '../use-cases/ports';
import { AwsService, awsJsonCall, credentialsFromEnv, endpointFromEnv, type CredentialSource } from './aws-http';
import { dynamoDb } from './dynamodb';
import { DynamoIntakeStore } from './intake-store';
import { eventLog } from './log';
import { metricSink } from './metrics';
import { SesMailer } from './mailer';
import { loadPracticeConfig } from './practice-config-source';
import { ssmSecret, turnstileCheck } from './turnstile';

/**
 * The composition root: AWS connections and adapters, built once per process
 * from the environment. Endpoints follow the SDK's standard variables
 * (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_SESV2 or _SES, _SSM), which is
 * how the local stack and the tests point the same code at the emulators.
 */

const seconds = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n * 1000 : fallback * 1000;
};

/** Turnstile is on when the practice configures a site key; the secret comes from SSM (deployed) or the environment (local). */
function humanCheckFrom(env: NodeJS.ProcessEnv, enabled: boolean, aws: AwsAccess): Deps['humanCheck'] {
  if (!enabled) return undefined;
  if (env.TURNSTILE_SECRET) {
    const secret = env.TURNSTILE_SECRET;
    return turnstileCheck(async () => secret);
  }
  if (env.TURNSTILE_SECRET_PARAMETER) {
    const ssm = new AwsService({ service: 'ssm', region: aws.region, credentials: aws.credentials, endpoint: aws.endpoints?.ssm, timeoutMs: 2000 });
    return turnstileCheck(ssmSecret(env.TURNSTILE_SECRET_PARAMETER, awsJsonCall(ssm, 'ssm', 'AmazonSSM', '1.1')));
  }
  // Configured but no secret: fail closed rather than let everything through.
  return async () => 'unavailable';
}

let deps: Deps | undefined;
let store: DynamoIntakeStore | undefined;

/** How to reach AWS: region, credentials, and endpoints where they are not the regional ones (emulators). */
export interface AwsAccess {
  region: string;
  credentials: CredentialSource;
  endpoints?: { dynamodb?: string | undefined; ses?: string | undefined; ssm?: string | undefined };
  /** Attempts per call (functions: 2, then the outbox retries; the command line may wait longer). */
  maxAttempts?: number;
}

/**
 * The dependencies around the DynamoDB and SES connections: the store, the
 * mailer, the retry policy from the environment. Shared by the functions and
 * the command line.
 */
export function assembleDeps(parts: { env: NodeJS.ProcessEnv; config: PracticeConfig; tableName: string; aws: AwsAccess; log?: EventLog }): {
  deps: Deps;
  store: DynamoIntakeStore;
} {
  const { env, config, aws } = parts;
  const common = { region: aws.region, credentials: aws.credentials, maxAttempts: aws.maxAttempts ?? 2 };
  const store = new DynamoIntakeStore(dynamoDb({ ...common, endpoint: aws.endpoints?.dynamodb, timeoutMs: 3000 }), parts.tableName);
  const ses = new AwsService({ ...common, service: 'ses', hostPrefix: 'email', endpoint: aws.endpoints?.ses, timeoutMs: 5000 });
  const deps: Deps = {
    config,
    store,
    mailer: new SesMailer(ses, {
      fromName: config.practice.name,
      fromAddress: config.email.from,
      configurationSet: env.SES_CONFIGURATION_SET || undefined,
    }),
    log: parts.log ?? eventLog,
    metrics: metricSink,
    retry: {
      baseDelayMs: seconds(env.RETRY_BASE_SECONDS, 60),
      maxDelayMs: seconds(env.RETRY_MAX_DELAY_SECONDS, 3600),
      maxAttempts: Number(env.RETRY_MAX_ATTEMPTS) > 0 ? Number(env.RETRY_MAX_ATTEMPTS) : 8,
      leaseMs: seconds(env.LEASE_SECONDS, 60),
    },
    now: Date.now,
    newId: randomUUID,
    humanCheck: humanCheckFrom(env, Boolean(config.web.turnstile), aws),
  };
  return { deps, store };
}

function build(env: NodeJS.ProcessEnv): { deps: Deps; store: DynamoIntakeStore } {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  return assembleDeps({
    env,
    config: loadPracticeConfig(env),
    tableName,
    aws: {
      region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
      credentials: credentialsFromEnv(env),
      endpoints: { dynamodb: endpointFromEnv(env, 'DYNAMODB'), ses: endpointFromEnv(env, 'SESV2', 'SES'), ssm: endpointFromEnv(env, 'SSM') },
    },
  });
}

/** The dependencies every handler shares, built on first use. */
export function runtime(env: NodeJS.ProcessEnv = process.env): Deps {
  if (!deps) ({ deps, store } = build(env));
  return deps;
}

/** The DynamoDB store itself (its admin operations), for tests that drive the use cases around the handlers. */
export function runtimeStore(env: NodeJS.ProcessEnv = process.env): DynamoIntakeStore {
  runtime(env);
  return store as DynamoIntakeStore;
}
