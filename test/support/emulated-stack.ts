import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createTableInput, ensureTable } from '../../lambdas/adapters/table-schema';
import { dynalite, freePort, sesLocal, type Emulator } from '../../local/emulators';

/**
 * Real emulators on free ports for one test file, with the environment the
 * handlers read (the standard AWS_ENDPOINT_URL_* variables).
 */
export interface EmulatedStack {
  dynamo: Emulator;
  ses: Emulator;
  tableName: string;
  dynamoClient: DynamoDBClient;
  emails(): Promise<StoredEmail[]>;
  clearEmails(): Promise<void>;
  stop(): Promise<void>;
}

export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
}

export async function startEmulatedStack(env: Record<string, string> = {}): Promise<EmulatedStack> {
  const dynamo = dynalite(await freePort());
  const ses = sesLocal(await freePort());
  await Promise.all([dynamo.start(), ses.start()]);
  const tableName = `intakes-${randomUUID().slice(0, 8)}`;
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    PRACTICE_CONFIG: 'config/practice.example.json',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SES: ses.endpoint,
    RETRY_BASE_SECONDS: '1',
    RETRY_MAX_DELAY_SECONDS: '1',
    LEASE_SECONDS: '5',
    ...env,
  });
  const dynamoClient = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: dynamo.endpoint,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  await ensureTable(dynamoClient, createTableInput(tableName));
  return {
    dynamo,
    ses,
    tableName,
    dynamoClient,
    async emails() {
      const res = await fetch(`${ses.endpoint}/store`);
      return ((await res.json()) as { emails: StoredEmail[] }).emails;
    },
    async clearEmails() {
      await fetch(`${ses.endpoint}/clear-store`, { method: 'POST' });
    },
    async stop() {
      dynamoClient.destroy();
      await Promise.all([dynamo.stop(), ses.stop()]);
    },
  };
}

/** An HTTP API (payload v2) event, as API Gateway would send it. */
export function apiEvent(
  body: string | undefined,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  route: { method?: string; path?: string; pathParameters?: Record<string, string> } = {},
): APIGatewayProxyEventV2 {
  const method = route.method ?? 'POST';
  const path = route.path ?? '/intake';
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers,
    pathParameters: route.pathParameters,
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

/** A valid intake with the given overrides. */
export function intake(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Alex Rivera',
    email: `alex.${randomUUID().slice(0, 8)}@example.com`,
    message: 'I want to grow into a leadership role at work and build better habits.',
    safety: 'no',
    consent: true,
    submissionId: randomUUID(),
    ...overrides,
  };
}
