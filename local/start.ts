import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readPracticeConfigFile, DEFAULT_CONFIG_PATH } from '../lambdas/adapters/practice-config-source';
import { createTableInput, ensureTable } from '../lambdas/adapters/table-schema';
import { dynalite, sesLocal, type Emulator } from './emulators';

/**
 * `npm start`: the whole stack on one machine. Starts dynalite and
 * aws-ses-v2-local (unless DYNAMODB_ENDPOINT / SES_ENDPOINT name running
 * ones), creates the table, serves the form and the API, runs the retry job
 * every RETRY_INTERVAL_SECONDS, and stops everything it started on Ctrl-C.
 */

export interface LocalStack {
  url: string;
  dynamoEndpoint: string;
  sesEndpoint: string;
  stop(): Promise<void>;
}

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not "${value}"`);
  return n;
};

export async function startLocalStack(env: NodeJS.ProcessEnv = process.env, log = console.log): Promise<LocalStack> {
  const port = int(env.PORT, 3000, 'PORT');
  const dynamoPort = int(env.DYNAMODB_PORT, 8000, 'DYNAMODB_PORT');
  const sesPort = int(env.SES_PORT, 8005, 'SES_PORT');
  const retrySeconds = int(env.RETRY_INTERVAL_SECONDS, 60, 'RETRY_INTERVAL_SECONDS');
  // CRISIS_REMINDER_SECONDS shortens the crisis reminder for trying it out: the job then runs that often too.
  const reminderSeconds = env.CRISIS_REMINDER_SECONDS ? int(env.CRISIS_REMINDER_SECONDS, 60, 'CRISIS_REMINDER_SECONDS') : undefined;
  const jobSeconds = Math.min(retrySeconds, reminderSeconds ?? retrySeconds);
  const configPath = env.PRACTICE_CONFIG || DEFAULT_CONFIG_PATH;
  // Read before the environment below is filled in (locally `env` is process.env itself).
  const secretGiven = Boolean(env.SIGNING_SECRET);
  const config = readPracticeConfigFile(configPath);

  const started: Emulator[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((e) => e.stop()));
  };
  try {
    let dynamoEndpoint = env.DYNAMODB_ENDPOINT;
    if (!dynamoEndpoint) {
      const db = dynalite(dynamoPort);
      await db.start();
      started.push(db);
      dynamoEndpoint = db.endpoint;
    }
    let sesEndpoint = env.SES_ENDPOINT;
    if (!sesEndpoint) {
      const ses = sesLocal(sesPort);
      await ses.start();
      started.push(ses);
      sesEndpoint = ses.endpoint;
    }

    // The handlers read these once, on their first request, exactly as in Lambda.
    Object.assign(process.env, {
      TABLE_NAME: env.TABLE_NAME || 'signpost-local-intakes',
      PRACTICE_CONFIG: configPath,
      AWS_REGION: env.AWS_REGION || 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
      AWS_ENDPOINT_URL_SES: sesEndpoint,
      // Node 20 runs here; Lambda runs the newest runtime, so the SDK's notice is noise locally.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Metrics and traces are for CloudWatch and X-Ray; locally the logs say enough.
      POWERTOOLS_METRICS_DISABLED: env.POWERTOOLS_METRICS_DISABLED ?? 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      RETRY_BASE_SECONDS: String(Math.min(retrySeconds, 60)),
      RETRY_MAX_DELAY_SECONDS: String(retrySeconds),
      LEASE_SECONDS: String(Math.max(5, Math.min(retrySeconds, 60))),
      ...(reminderSeconds ? { CRISIS_REMINDER_SECONDS: String(reminderSeconds) } : {}),
      // The practitioner's action and sign-in links point here.
      PUBLIC_URL: env.PUBLIC_URL || `http://localhost:${port}`,
      // Keys intake ids and signs links; a fresh one each run unless given (links from an earlier run then stop working).
      SIGNING_SECRET: env.SIGNING_SECRET || randomBytes(32).toString('base64url'),
    });

    const tableName = process.env.TABLE_NAME as string;
    const dynamo = new DynamoDBClient({
      region: process.env.AWS_REGION,
      endpoint: dynamoEndpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(dynamo, createTableInput(tableName));
    dynamo.destroy();

    const { createDevServer } = await import('./server');
    const { handler: retry } = await import('../lambdas/handlers/retry');
    const server: Server = createDevServer({ allowedOrigins: config.web.allowedOrigins });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        await retry();
      } catch (error) {
        log(`retry job: ${error instanceof Error ? error.name : 'error'} (will try again)`);
      } finally {
        running = false;
      }
    }, jobSeconds * 1000);

    const url = `http://localhost:${port}`;
    log(
      [
        `Signpost is running for ${config.practice.name} (${configPath})`,
        `  Form:            ${url}/`,
        `  API:             POST ${url}/intake`,
        `  DynamoDB:        ${dynamoEndpoint} (table ${tableName})${env.DYNAMODB_ENDPOINT ? '' : ', dynalite in memory'}`,
        `  SES:             ${sesEndpoint}${env.SES_ENDPOINT ? '' : ' (aws-ses-v2-local)'}`,
        `  Emails:          ${sesEndpoint}/ (viewer), ${sesEndpoint}/store (JSON)`,
        `  Retry job:       every ${jobSeconds} s`,
        `  Inbox:           ${url}/inbox (sign in as ${config.email.notify[0]}; the link arrives in the emails above)`,
        `  Signing secret:  ${secretGiven ? 'from SIGNING_SECRET' : 'new for this run (set SIGNING_SECRET to keep links working across restarts)'}`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
    return {
      url,
      dynamoEndpoint,
      sesEndpoint,
      async stop() {
        clearInterval(timer);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startLocalStack()
    .then((stack) => {
      let stopping = false;
      const shutdown = async () => {
        if (stopping) return;
        stopping = true;
        console.log('\nStopping Signpost…');
        await stack.stop();
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    })
    .catch((error: Error) => {
      console.error(`Signpost could not start: ${error.message}`);
      process.exit(1);
    });
}
