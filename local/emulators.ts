import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * Starting the emulators the local stack and the tests share: dynalite for
 * DynamoDB and aws-ses-v2-local for SES, each in its own process so a test
 * can stop and restart one, and Ctrl-C can end them all.
 */

const require = createRequire(import.meta.url);

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls a URL until it answers (any HTTP status), or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`, { cause: lastError });
}

export interface Emulator {
  readonly name: string;
  readonly port: number;
  readonly endpoint: string;
  /** Ends the process and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  readonly running: boolean;
}

function packageBin(pkg: string, bin: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), bin);
}

function emulator(name: string, script: string, args: (port: number) => string[], port: number, readyPath: string): Emulator {
  let child: ChildProcess | undefined;
  const endpoint = `http://127.0.0.1:${port}`;
  const self: Emulator = {
    name,
    port,
    endpoint,
    get running() {
      return child !== undefined && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      if (self.running) return;
      child = spawn(process.execPath, [script, ...args(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-2000)));
      const exited = new Promise<never>((_, reject) => child?.once('exit', (code) => reject(new Error(`${name} exited (${code}) while starting: ${stderr}`))));
      exited.catch(() => undefined);
      await Promise.race([waitForHttp(`${endpoint}${readyPath}`), exited]);
    },
    async stop() {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.kill('SIGTERM');
        setTimeout(() => current.kill('SIGKILL'), 3000).unref();
      });
    },
  };
  return self;
}

/** dynalite, in memory, tables active at once. */
export function dynalite(port: number): Emulator {
  return emulator(
    'dynalite',
    packageBin('dynalite', 'cli.js'),
    (p) => ['--port', String(p), '--host', '127.0.0.1', '--createTableMs', '0', '--deleteTableMs', '0', '--updateTableMs', '0'],
    port,
    '/',
  );
}

/** aws-ses-v2-local: the SES API, a web viewer at / and every email as JSON at /store. */
export function sesLocal(port: number): Emulator {
  return emulator(
    'aws-ses-v2-local',
    packageBin('aws-ses-v2-local', 'dist/cli.js'),
    (p) => ['--port', String(p), '--host', '127.0.0.1'],
    port,
    '/health-check',
  );
}
