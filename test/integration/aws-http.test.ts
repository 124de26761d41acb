import { execFile } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsError, AwsService, credentialsFromEnv, endpointFromEnv } from '../../lambdas/adapters/aws-http';
import { dynamoDb, isConditionFailed } from '../../lambdas/adapters/dynamodb';
import { SesMailer } from '../../lambdas/adapters/mailer';
import { MailError } from '../../lambdas/use-cases/ports';

/**
 * The light AWS transport against a real HTTP server on a free port. The
 * signature is checked by an independent SigV4 verifier written here from
 * the specification, which is itself checked against requests signed by the
 * AWS SDK's own clients: if both pass, the functions sign as AWS expects.
 */

const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session-token-example' };

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** SigV4 verification from the spec: rebuild the canonical request from what arrived and recompute the signature. */
function verifySigV4(req: Seen, secret: string): { ok: boolean; service: string; region: string; signedHeaders: string[] } {
  const auth = String(req.headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { ok: false, service: '', region: '', signedHeaders: [] };
  const [, , date, region, service, signed, signature] = m as unknown as string[];
  const signedHeaders = String(signed).split(';');
  const amzDate = String(req.headers['x-amz-date']);
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${String(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonical = ['POST', req.path, '', canonicalHeaders, signed, sha256(req.body)].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, String(date)), String(region)), String(service)), 'aws4_request');
  return { ok: hmac(key, toSign).toString('hex') === signature, service: String(service), region: String(region), signedHeaders };
}

let server: Server;
let endpoint: string;
let seen: Seen[] = [];
let connections: number[] = [];
let answers: Array<(res: ServerResponse) => void> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? ((r: ServerResponse) => r.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
      answer(res);
    });
  });
  server.on('connection', () => connections.push(performance.now()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  answers = [];
  connections = [];
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => (res: ServerResponse) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

describe('the SigV4 verifier used here', () => {
  it('accepts requests signed by the AWS SDK itself (DynamoDB and SES v2) and refuses a wrong secret', async () => {
    const db = new DynamoDBClient({ region: 'eu-west-1', endpoint, credentials: creds, maxAttempts: 1 });
    await db.send(new PutItemCommand({ TableName: 't', Item: { id: { S: 'x' } } }));
    answers.push(json(200, { MessageId: 'm-1' }));
    const ses = new SESv2Client({ region: 'eu-west-1', endpoint, credentials: creds, maxAttempts: 1 });
    await ses.send(new SendEmailCommand({ FromEmailAddress: 'a@example.com', Destination: { ToAddresses: ['b@example.com'] }, Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } } }));
    db.destroy();
    ses.destroy();
    const [put, send] = seen;
    expect(verifySigV4(put as Seen, creds.secretAccessKey)).toMatchObject({ ok: true, service: 'dynamodb', region: 'eu-west-1' });
    expect(verifySigV4(send as Seen, creds.secretAccessKey)).toMatchObject({ ok: true, service: 'ses', region: 'eu-west-1' });
    expect(send?.path).toBe('/v2/email/outbound-emails');
    expect(verifySigV4(put as Seen, 'another-secret').ok).toBe(false);
  });
});

describe('AwsService', () => {
  it('signs a DynamoDB call as the SDK does: same service, region, target and body, session token signed', async () => {
    const db = dynamoDb({ region: 'eu-west-1', endpoint, credentials: async () => creds });
    await db.call('PutItem', { TableName: 't', Item: { id: { S: 'x' } } });
    const req = seen[0] as Seen;
    const check = verifySigV4(req, creds.secretAccessKey);
    expect(check).toMatchObject({ ok: true, service: 'dynamodb', region: 'eu-west-1' });
    expect(check.signedHeaders).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'x-amz-security-token', 'x-amz-target', 'content-type']));
    expect(req.headers['x-amz-security-token']).toBe(creds.sessionToken);
    expect(req.headers['x-amz-target']).toBe('DynamoDB_20120810.PutItem');
    expect(req.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(JSON.parse(req.body)).toEqual({ TableName: 't', Item: { id: { S: 'x' } } });
  });

  it('names the service error from __type, does not retry it, and keeps the answer body out of the message', async () => {
    answers.push(json(400, { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'Item {name: Jane Doe} exists' }));
    const db = dynamoDb({ region: 'us-east-1', endpoint, credentials: async () => creds });
    const error = await db.call('PutItem', { TableName: 't', Item: { id: { S: 'x' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    expect(isConditionFailed(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ConditionalCheckFailedException', status: 400, retryable: false });
    expect(String((error as Error).message)).not.toContain('Jane');
    expect(seen).toHaveLength(1);
  });

  it('retries throttling and 5xx answers, then succeeds', async () => {
    answers.push(json(400, { __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException' }), json(503, {}), json(200, { Item: { id: { S: 'x' } } }));
    const db = dynamoDb({ region: 'us-east-1', endpoint, credentials: async () => creds, maxAttempts: 3, backoffMs: 1 });
    const out = await db.call('GetItem', { TableName: 't', Key: { id: { S: 'x' } } });
    expect(out.Item).toEqual({ id: { S: 'x' } });
    expect(seen).toHaveLength(3);
  });

  it('gives up after maxAttempts with a retryable error the store reports as unavailable', async () => {
    answers.push(json(500, {}), json(500, {}));
    const db = dynamoDb({ region: 'us-east-1', endpoint, credentials: async () => creds, maxAttempts: 2, backoffMs: 1 });
    await expect(db.call('GetItem', { TableName: 't', Key: { id: { S: 'x' } } })).rejects.toMatchObject({ code: 'Http500', status: 500, retryable: true });
    expect(seen).toHaveLength(2);
  });

  it('times out an answer that never comes, as a retryable TimeoutError', async () => {
    answers.push(() => undefined, () => undefined);
    const db = dynamoDb({ region: 'us-east-1', endpoint, credentials: async () => creds, timeoutMs: 100, maxAttempts: 2, backoffMs: 1 });
    const started = Date.now();
    await expect(db.call('GetItem', { TableName: 't', Key: { id: { S: 'x' } } })).rejects.toMatchObject({ code: 'TimeoutError', retryable: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen).toHaveLength(2);
  });

  it('reports a refused connection as a retryable NetworkError', async () => {
    const closed = new AwsService({ service: 'dynamodb', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', credentials: async () => creds, maxAttempts: 1 });
    await expect(closed.request({ path: '/', headers: {}, body: '{}', label: 'dynamodb GetItem' })).rejects.toMatchObject({ code: 'NetworkError', retryable: true });
  });

  it('opens connections ahead of the calls when asked, and the calls made at once use them', async () => {
    const svc = new AwsService({ service: 'ses', region: 'us-east-1', endpoint, credentials: async () => creds });
    svc.preconnect(2);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the caller waits on something else meanwhile
    expect(connections).toHaveLength(2);
    const requested = performance.now();
    const send = () => svc.request({ path: '/v2/email/outbound-emails', headers: { 'content-type': 'application/json' }, body: '{}', label: 'ses SendEmail' });
    await Promise.all([send(), send()]);
    expect(connections).toHaveLength(2);
    expect(Math.max(...connections)).toBeLessThan(requested);
    expect(seen).toHaveLength(2);
    await send(); // later calls ride on the kept-alive connections as usual
    expect(connections).toHaveLength(2);
  });

  it('shrugs off a connection opened ahead that fails: the call reports its own error', async () => {
    const closed = new AwsService({ service: 'ses', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', credentials: async () => creds, maxAttempts: 1 });
    closed.preconnect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(closed.request({ path: '/', headers: {}, body: '{}', label: 'ses SendEmail' })).rejects.toMatchObject({ code: 'NetworkError' });
  });

  it('reads credentials and endpoints from the environment as the SDK does', async () => {
    await expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_SESSION_TOKEN: 'c' })()).resolves.toEqual({ accessKeyId: 'a', secretAccessKey: 'b', sessionToken: 'c' });
    await expect(credentialsFromEnv({})()).rejects.toMatchObject({ code: 'CredentialsMissing' });
    expect(endpointFromEnv({ AWS_ENDPOINT_URL_SES: 'http://s', AWS_ENDPOINT_URL: 'http://all' }, 'SESV2', 'SES')).toBe('http://s');
    expect(endpointFromEnv({ AWS_ENDPOINT_URL: 'http://all' }, 'DYNAMODB')).toBe('http://all');
    expect(endpointFromEnv({}, 'DYNAMODB')).toBeUndefined();
  });
});

describe('SesMailer over the light transport', () => {
  const ses = (maxAttempts = 1) => new AwsService({ service: 'ses', hostPrefix: 'email', region: 'eu-west-1', endpoint, credentials: async () => creds, maxAttempts, backoffMs: 1 });
  const email = { to: ['person@example.com'], replyTo: ['coach@example.com'], subject: 'Your next step', text: 'Hello', html: '<p>Hello</p>', tags: { intake: 'abc', kind: 'client' } };

  it('sends SES v2 SendEmail, signed for ses, with both parts, the configuration set and the tags', async () => {
    answers.push(json(200, { MessageId: 'm-42' }));
    const mailer = new SesMailer(ses(), { fromName: 'Harbor Coaching', fromAddress: 'hello@example.com', configurationSet: 'signpost' });
    await expect(mailer.send(email)).resolves.toBe('m-42');
    const req = seen[0] as Seen;
    expect(req.path).toBe('/v2/email/outbound-emails');
    expect(verifySigV4(req, creds.secretAccessKey)).toMatchObject({ ok: true, service: 'ses' });
    expect(JSON.parse(req.body)).toEqual({
      FromEmailAddress: '"Harbor Coaching" <hello@example.com>',
      Destination: { ToAddresses: ['person@example.com'] },
      ReplyToAddresses: ['coach@example.com'],
      Content: { Simple: { Subject: { Data: 'Your next step', Charset: 'UTF-8' }, Body: { Text: { Data: 'Hello', Charset: 'UTF-8' }, Html: { Data: '<p>Hello</p>', Charset: 'UTF-8' } } } },
      ConfigurationSetName: 'signpost',
      EmailTags: [
        { Name: 'intake', Value: 'abc' },
        { Name: 'kind', Value: 'client' },
      ],
    });
  });

  it('marks a rejected message terminal and a throttled one worth retrying, by the x-amzn-ErrorType header', async () => {
    const mailer = new SesMailer(ses(), { fromName: 'P', fromAddress: 'hello@example.com' });
    answers.push(json(400, { message: 'Email address is not verified.' }, { 'x-amzn-ErrorType': 'MessageRejected:http://internal.amazon.com/coral/com.amazon.coral.service/' }));
    await expect(mailer.send(email)).rejects.toMatchObject({ code: 'MessageRejected', terminal: true });
    answers.push(json(429, { message: 'Maximum sending rate exceeded.' }, { 'x-amzn-ErrorType': 'TooManyRequestsException' }));
    const throttled = await mailer.send(email).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(MailError);
    expect(throttled).toMatchObject({ code: 'TooManyRequestsException', terminal: false });
    answers.push(json(400, {}, { 'x-amzn-ErrorType': 'LimitExceededException' }));
    await expect(mailer.send(email)).rejects.toMatchObject({ code: 'LimitExceededException', terminal: false }); // the daily quota: later
    answers.push(json(400, {}, { 'x-amzn-ErrorType': 'SomethingNewException' }));
    await expect(mailer.send(email)).rejects.toMatchObject({ code: 'SomethingNewException', terminal: true }); // our request's fault
  });
});

describe('over TLS, as deployed', () => {
  // A self-signed certificate for localhost (test/fixtures/tls, test-only). The client runs in a
  // child process so that NODE_EXTRA_CA_CERTS, read at start-up, can trust it.
  const tls = { key: readFileSync('test/fixtures/tls/key.pem'), cert: readFileSync('test/fixtures/tls/cert.pem') };
  const script = `import { AwsService, awsJsonCall } from './lambdas/adapters/aws-http.ts';
    const svc = new AwsService({ service: 'dynamodb', region: 'us-east-1', endpoint: process.argv[1], credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }), maxAttempts: 1 });
    if (process.argv[2] === 'preconnect') { svc.preconnect(); await new Promise((r) => setTimeout(r, 100)); }
    const call = awsJsonCall(svc, 'dynamodb', 'DynamoDB_20120810', '1.0');
    try { process.stdout.write(JSON.stringify(await call('GetItem', { TableName: 't', Key: { id: { S: 'x' } } }))); }
    catch (e) { process.stdout.write(JSON.stringify({ error: e.code })); }`;

  it('speaks HTTPS with the certificate checked: a trusted server answers, an untrusted one is refused', async () => {
    const hosts: string[] = [];
    let handshakes = 0;
    let handshakeAt = 0;
    let requestAt = 0;
    const server = createTlsServer(tls, (req, res) => {
      hosts.push(String(req.headers.host));
      requestAt = performance.now();
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Item: { id: { S: 'x' } } })));
    });
    server.on('secureConnection', () => {
      handshakes++;
      handshakeAt = performance.now();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://localhost:${(server.address() as AddressInfo).port}`;
    const call = (extraCa?: string, mode = 'plain') =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, url, mode], {
        env: { PATH: process.env.PATH, ...(extraCa ? { NODE_EXTRA_CA_CERTS: extraCa } : {}) },
      });
    try {
      const trusted = await call('test/fixtures/tls/cert.pem');
      expect(JSON.parse(trusted.stdout)).toEqual({ Item: { id: { S: 'x' } } });
      expect(hosts).toEqual([url.replace('https://', '')]);
      const untrusted = await call();
      expect(JSON.parse(untrusted.stdout)).toEqual({ error: 'NetworkError' });
      expect(hosts).toHaveLength(1);
      // Opened ahead: one TLS handshake, before the call, and the call rides on it.
      handshakes = 0;
      const warmed = await call('test/fixtures/tls/cert.pem', 'preconnect');
      expect(JSON.parse(warmed.stdout)).toEqual({ Item: { id: { S: 'x' } } });
      expect(handshakes).toBe(1);
      expect(requestAt - handshakeAt).toBeGreaterThan(50); // the script waits 100 ms between the two
      expect(hosts).toHaveLength(2);
    } finally {
      server.close();
    }
  }, 30_000);
});
