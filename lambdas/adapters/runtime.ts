import { randomUUID } from 'node:crypto';
import type { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import type { PracticeConfig } from '../domain/practice';
import type { Deps, EventLog } from '../use-cases/ports';
import { DynamoIntakeStore } from './intake-store';
import { deploymentSecret } from './deployment-secret';
import { eventLog } from './log';
import { SesMailer } from './mailer';
import { metricSink } from './metrics';
import { loadPracticeConfig } from './practice-config-source';
import { ssmSecret, turnstileCheck } from './turnstile';

/**
 * The composition root: the AWS SDK clients and the adapters around them,
 * built once per process. The clients find region, credentials and endpoints
 * as the SDK always does (a deployed function's bundle keeps only the
 * environment's credentials: lambda-credentials.ts); `AWS_ENDPOINT_URL_DYNAMODB`,
 * `AWS_ENDPOINT_URL_SES` and `AWS_ENDPOINT_URL_SSM` are how the local stack and
 * the tests point the same code at the emulators.
 */

const seconds = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n * 1000 : fallback * 1000;
};

/**
 * One try and one retry inside a call (the SDK's standard mode), with short
 * timeouts: a person is waiting, and the outbox retries whatever is left.
 */
const FUNCTION_CLIENT = { maxAttempts: 2, requestHandler: { connectionTimeout: 1000, requestTimeout: 3000 } } as const;

/**
 * Whether the functions may read the Turnstile secret from SSM. The CDK app
 * defines it at synth from the practice config: false for a practice without
 * Turnstile, so the SSM client and Powertools Parameters are not bundled into
 * its functions at all. Undefined (true) locally and in the tests.
 */
declare const __SIGNPOST_TURNSTILE_SSM__: boolean | undefined;

/** Turnstile is on when the practice configures a site key; the secret comes from SSM (deployed) or the environment (local). */
function humanCheckFrom(env: NodeJS.ProcessEnv, enabled: boolean): Deps['humanCheck'] {
  if (!enabled) return undefined;
  if (env.TURNSTILE_SECRET) {
    const secret = env.TURNSTILE_SECRET;
    return turnstileCheck(async () => secret);
  }
  if ((typeof __SIGNPOST_TURNSTILE_SSM__ === 'undefined' || __SIGNPOST_TURNSTILE_SSM__) && env.TURNSTILE_SECRET_PARAMETER) {
    const name = env.TURNSTILE_SECRET_PARAMETER;
    let parameters: Promise<SSMProvider> | undefined;
    return turnstileCheck(async () => {
      parameters ??= Promise.all([import('@aws-lambda-powertools/parameters/ssm'), import('@aws-sdk/client-ssm')]).then(
        ([{ SSMProvider }, { SSMClient }]) => new SSMProvider({ awsSdkV3Client: new SSMClient(FUNCTION_CLIENT) }),
      );
      return ssmSecret(name, await parameters)();
    });
  }
  // Configured but no secret: fail closed rather than let everything through.
  return async () => 'unavailable';
}

/** The SDK clients the adapters take. */
export interface AwsClients {
  dynamodb: DynamoDBClient;
  ses: SESClient;
}

/**
 * The dependencies around the DynamoDB and SES clients: the store, the
 * mailer, the retry policy from the environment. Shared by the functions and
 * the command line (which builds its own clients from the user's profile).
 */
export function assembleDeps<S extends DynamoIntakeStore = DynamoIntakeStore>(parts: {
  env: NodeJS.ProcessEnv;
  config: PracticeConfig;
  tableName: string;
  clients: AwsClients;
  log?: EventLog;
  /** The command line passes the admin store (lists, corrections); the functions take the plain one. */
  store?: S;
}): {
  deps: Deps;
  store: S | DynamoIntakeStore;
} {
  const { env, config, clients } = parts;
  const store = parts.store ?? new DynamoIntakeStore(clients.dynamodb, parts.tableName);
  const deps: Deps = {
    config,
    store,
    mailer: new SesMailer(clients.ses, {
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
    // Locally and in tests the crisis reminder can come in seconds instead of the practice's minutes.
    crisisReminderMs: env.CRISIS_REMINDER_SECONDS ? seconds(env.CRISIS_REMINDER_SECONDS, 60) : undefined,
    now: Date.now,
    newId: randomUUID,
    humanCheck: humanCheckFrom(env, Boolean(config.web.turnstile)),
    signingSecret: () => deploymentSecret(env),
    publicUrl: env.PUBLIC_URL || undefined,
  };
  return { deps, store };
}

let built: { deps: Deps; dynamodb: DynamoDBClient; tableName: string } | undefined;

function build(env: NodeJS.ProcessEnv): { deps: Deps; dynamodb: DynamoDBClient; tableName: string } {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const clients = { dynamodb: new DynamoDBClient(FUNCTION_CLIENT), ses: new SESClient(FUNCTION_CLIENT) };
  const { deps } = assembleDeps({ env, config: loadPracticeConfig(env), tableName, clients });
  return { deps, dynamodb: clients.dynamodb, tableName };
}

/** The dependencies every handler shares, built on first use (the environment is complete by then, in Lambda and locally). */
export function runtime(env: NodeJS.ProcessEnv = process.env): Deps {
  built ??= build(env);
  return built.deps;
}

/** The table and the one DynamoDB client of this process, for the admin store (admin-runtime.ts). */
export function runtimeTable(env: NodeJS.ProcessEnv = process.env): { dynamodb: DynamoDBClient; tableName: string } {
  runtime(env);
  const { dynamodb, tableName } = built as { dynamodb: DynamoDBClient; tableName: string };
  return { dynamodb, tableName };
}
