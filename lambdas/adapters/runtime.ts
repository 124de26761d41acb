import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { PracticeConfig } from '../domain/practice';
import type { Deps, EventLog } from '../use-cases/ports';
import { DynamoIntakeStore } from './intake-store';
import { eventLog } from './log';
import { metricSink } from './metrics';
import { SesMailer } from './mailer';
import { loadPracticeConfig } from './practice-config-source';
import { ssmSecret, turnstileCheck } from './turnstile';

/**
 * The composition root: SDK clients and adapters, built once per process
 * from the environment. Endpoints follow the SDK's standard variables
 * (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_SES), which is how the local
 * stack and the tests point the same code at the emulators.
 */

const seconds = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n * 1000 : fallback * 1000;
};

/** Turnstile is on when the practice configures a site key; the secret comes from SSM (deployed) or the environment (local). */
function humanCheckFrom(env: NodeJS.ProcessEnv, enabled: boolean): Deps['humanCheck'] {
  if (!enabled) return undefined;
  if (env.TURNSTILE_SECRET) {
    const secret = env.TURNSTILE_SECRET;
    return turnstileCheck(async () => secret);
  }
  if (env.TURNSTILE_SECRET_PARAMETER) return turnstileCheck(ssmSecret(env.TURNSTILE_SECRET_PARAMETER));
  // Configured but no secret: fail closed rather than let everything through.
  return async () => 'unavailable';
}

let deps: Deps | undefined;
let store: DynamoIntakeStore | undefined;

/** Lets a handler wrap the SDK clients (the retry and SES-event functions trace them with Powertools Tracer). */
export type ClientHook = <T extends DynamoDBClient | SESClient>(client: T) => T;

/**
 * The dependencies around two SDK clients: the store, the mailer, the retry
 * policy from the environment. Shared by the functions and the command line.
 */
export function assembleDeps(parts: {
  env: NodeJS.ProcessEnv;
  config: PracticeConfig;
  tableName: string;
  dynamo: DynamoDBClient;
  ses: SESClient;
  log?: EventLog;
}): { deps: Deps; store: DynamoIntakeStore } {
  const { env, config } = parts;
  const store = new DynamoIntakeStore(parts.dynamo, parts.tableName);
  const deps: Deps = {
    config,
    store,
    mailer: new SesMailer(parts.ses, {
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
    humanCheck: humanCheckFrom(env, Boolean(config.web.turnstile)),
  };
  return { deps, store };
}

function build(env: NodeJS.ProcessEnv, instrument: ClientHook): { deps: Deps; store: DynamoIntakeStore } {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const region = env.AWS_REGION ?? 'us-east-1';
  return assembleDeps({
    env,
    config: loadPracticeConfig(env),
    tableName,
    dynamo: instrument(new DynamoDBClient({ region, maxAttempts: 2, requestHandler: { connectionTimeout: 1000, requestTimeout: 3000 } })),
    ses: instrument(new SESClient({ region, maxAttempts: 2, requestHandler: { connectionTimeout: 1000, requestTimeout: 5000 } })),
  });
}

/** The dependencies every handler shares, built on first use. */
export function runtime(env: NodeJS.ProcessEnv = process.env, instrument: ClientHook = (c) => c): Deps {
  if (!deps) ({ deps, store } = build(env, instrument));
  return deps;
}

/** The DynamoDB store itself (its admin operations), for tests that drive the use cases around the handlers. */
export function runtimeStore(env: NodeJS.ProcessEnv = process.env): DynamoIntakeStore {
  runtime(env);
  return store as DynamoIntakeStore;
}
