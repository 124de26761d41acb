import { createHash, createHmac } from 'node:crypto';
import type { Agent, AgentOptions, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * The functions' way to AWS: one signed HTTPS request per call, JSON in and
 * out. The AWS SDK v3 clients cost the intake function ~240 KB of bundle and
 * ~90 ms of every cold request (middleware stacks, endpoint rule sets,
 * schemas, each compiled on first use; `npm run bench`: 239 → 149 ms), and a
 * cold start is what each person filling in the form waits for. The
 * functions make a handful of calls to three JSON APIs (DynamoDB, SES v2,
 * SSM), so they use the SDK's own signer (@smithy/signature-v4) over
 * node:https with keep-alive, and do the rest here: endpoints, timeouts,
 * retries with jittered backoff, error names, and a connection opened ahead
 * of the first call. Tooling (command line, local stack, tests) keeps the
 * full SDK.
 *
 * Errors carry the service's error name and HTTP status, never the response
 * body: a service message can quote what was sent, and what was sent is
 * personal data.
 */

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}
export type CredentialSource = () => Promise<AwsCredentials>;

export class AwsError extends Error {
  constructor(
    /** The service's error name (`ConditionalCheckFailedException`), or `NetworkError` / `TimeoutError`. */
    readonly code: string,
    /** HTTP status, when the service answered. */
    readonly status: number | undefined,
    /** Network trouble, throttling or a 5xx: the same call may succeed later. */
    readonly retryable: boolean,
    context: string,
    options?: ErrorOptions,
  ) {
    super(`${context}: ${code}${status ? ` (HTTP ${status})` : ''}`, options);
    this.name = code;
  }
}

const THROTTLED = /Throttl|TooManyRequests|ProvisionedThroughputExceeded|RequestLimitExceeded|TransactionConflict|SlowDown/;

export function isRetryable(code: string, status: number | undefined): boolean {
  return status === undefined || status >= 500 || status === 429 || THROTTLED.test(code);
}

/** Lambda hands a function its role's credentials in the environment. */
export const credentialsFromEnv =
  (env: NodeJS.ProcessEnv = process.env): CredentialSource =>
  async () => {
    const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
    if (!accessKeyId || !secretAccessKey) throw new AwsError('CredentialsMissing', undefined, false, 'AWS credentials are not in the environment');
    return { accessKeyId, secretAccessKey, sessionToken: sessionToken || undefined };
  };

const bytes = (data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer asks for. */
class Sha256 {
  private hash;
  constructor(private readonly secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = this.start();
  }
  private start() {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(this.secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.start();
  }
}

export interface AwsServiceOptions {
  /** The signing name: `dynamodb`, `ses`, `ssm`. */
  service: string;
  region: string;
  credentials: CredentialSource;
  /** e.g. http://127.0.0.1:8000 for an emulator; defaults to the service's regional endpoint. */
  endpoint?: string | undefined;
  /** The regional host's first label when it differs from the signing name (SES v2 answers at `email.`). */
  hostPrefix?: string;
  /** Each attempt's limit, connection and answer together. @default 3000 */
  timeoutMs?: number;
  /** @default 2 */
  maxAttempts?: number;
  /** Base of the jittered exponential backoff between attempts. @default 50 */
  backoffMs?: number;
}

export interface AwsRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Names the call in errors: `dynamodb PutItem`. */
  label: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type HttpModule = typeof import('node:http');

/**
 * An http(s).Agent that can open connections ahead of the requests (TCP, and
 * for https the TLS handshake) and hands them to the next requests that need
 * a new connection. Everything else is the agent's own: keep-alive pooling,
 * limits, TLS session reuse.
 */
function preconnectingAgent(module: HttpModule, url: URL, options: AgentOptions) {
  return new (class extends module.Agent {
    private spares: Duplex[] = [];

    /** Opens connections until `count` are waiting for a request. */
    preconnect(count: number): void {
      this.spares = this.spares.filter((s) => !s.destroyed);
      const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
      const create = super.createConnection.bind(this) as (options: object) => Duplex;
      while (this.spares.length < count) {
        const socket = create({ host: url.hostname, port, servername: url.hostname });
        socket.on('error', () => undefined); // a spare that fails is dropped; the request opens its own
        (socket as Duplex & { unref?: () => void }).unref?.(); // an unused spare keeps no process alive
        this.spares.push(socket);
      }
    }

    override createConnection(...args: Parameters<Agent['createConnection']>): ReturnType<Agent['createConnection']> {
      let spare = this.spares.shift();
      while (spare?.destroyed) spare = this.spares.shift();
      if (spare) {
        (spare as Duplex & { ref?: () => void }).ref?.();
        return spare as ReturnType<Agent['createConnection']>;
      }
      return super.createConnection(...args);
    }
  })(options);
}

/** One AWS service endpoint: signs, sends, retries, and reads the JSON answer. */
export class AwsService {
  private readonly url: URL;
  private readonly signer: SignatureV4;
  private transport: Promise<{ module: HttpModule; agent: ReturnType<typeof preconnectingAgent> }> | undefined;

  constructor(private readonly options: AwsServiceOptions) {
    this.url = new URL(options.endpoint || `https://${options.hostPrefix ?? options.service}.${options.region}.amazonaws.com`);
    this.signer = new SignatureV4({ service: options.service, region: options.region, credentials: options.credentials, sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  }

  /** Sends a request, retrying what may succeed later; resolves with the parsed JSON answer. */
  async request(req: AwsRequest): Promise<unknown> {
    const maxAttempts = this.options.maxAttempts ?? 2;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(req);
      } catch (error) {
        if (!(error instanceof AwsError) || !error.retryable || attempt >= maxAttempts) throw error;
        const base = this.options.backoffMs ?? 50;
        await sleep(Math.random() * base * 2 ** (attempt - 1));
      }
    }
  }

  /**
   * Opens the first connections now (one per call about to be made at once),
   * so that their handshakes overlap other waiting (the intake opens SES's
   * while the DynamoDB write is in flight).
   * Best effort: if it fails, the first call connects as usual.
   */
  preconnect(connections = 1): void {
    this.connect()
      .then(({ agent }) => agent.preconnect(Math.min(connections, 10)))
      .catch(() => undefined);
  }

  /**
   * node:https (with TLS) or node:http (emulators), loaded on first use. Calls go through the
   * module object at call time: Powertools Tracer wraps http(s).request to record each call.
   */
  private connect() {
    this.transport ??= (this.url.protocol === 'https:' ? import('node:https') : import('node:http')).then(({ default: module }) => ({
      module: module as HttpModule,
      agent: preconnectingAgent(module as HttpModule, this.url, { keepAlive: true, maxSockets: 50 }),
    }));
    return this.transport;
  }

  private async once(req: AwsRequest): Promise<unknown> {
    const transport = this.connect();
    const basePath = this.url.pathname.replace(/\/$/, '');
    const path = `${basePath}${req.path}`;
    const signed = await this.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      port: this.url.port ? Number(this.url.port) : undefined,
      path,
      query: {},
      headers: { ...req.headers, host: this.url.host, 'content-length': String(Buffer.byteLength(req.body)) },
      body: req.body,
    });
    const timeoutMs = this.options.timeoutMs ?? 3000;
    const { module, agent } = await transport;
    const { status, code, text } = await new Promise<{ status: number; code: string | undefined; text: string }>((resolve, reject) => {
      const call = module.request(
        { protocol: this.url.protocol, hostname: this.url.hostname, port: this.url.port || undefined, path, method: 'POST', headers: signed.headers, agent },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (error) => reject(new AwsError('NetworkError', undefined, true, req.label, { cause: error })));
          res.on('end', () => {
            const header = res.headers['x-amzn-errortype'];
            resolve({ status: res.statusCode ?? 0, code: typeof header === 'string' ? header.split(':')[0] : undefined, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      call.setTimeout(timeoutMs, () => call.destroy(new AwsError('TimeoutError', undefined, true, req.label)));
      call.on('error', (error) => reject(error instanceof AwsError ? error : new AwsError('NetworkError', undefined, true, req.label, { cause: error })));
      call.end(req.body);
    });
    let answer: unknown = {};
    try {
      if (text) answer = JSON.parse(text);
    } catch {
      if (status < 300) throw new AwsError('UnreadableAnswer', status, true, req.label);
    }
    if (status >= 200 && status < 300) return answer;
    const fields = (answer ?? {}) as { __type?: unknown; code?: unknown; Code?: unknown };
    const name = code || String(fields.__type ?? fields.code ?? fields.Code ?? `Http${status}`).split('#').pop() || `Http${status}`;
    throw new AwsError(name, status, isRetryable(name, status), req.label);
  }
}

/** The AWS JSON protocol (DynamoDB is 1.0, SSM is 1.1): POST / with the operation in X-Amz-Target. */
export function awsJsonCall(service: AwsService, signingName: string, targetPrefix: string, version: '1.0' | '1.1') {
  return (operation: string, input: object): Promise<unknown> =>
    service.request({
      path: '/',
      headers: { 'content-type': `application/x-amz-json-${version}`, 'x-amz-target': `${targetPrefix}.${operation}` },
      body: JSON.stringify(input),
      label: `${signingName} ${operation}`,
    });
}

/**
 * Where a service answers: AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL
 * (the SDK's own variables, so tools and emulators configure both alike),
 * else the regional endpoint.
 */
export function endpointFromEnv(env: NodeJS.ProcessEnv, ...serviceIds: string[]): string | undefined {
  for (const id of serviceIds) {
    const value = env[`AWS_ENDPOINT_URL_${id}`];
    if (value) return value;
  }
  return env.AWS_ENDPOINT_URL || undefined;
}
