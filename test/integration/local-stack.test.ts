import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/emulators';
import { CONTRACT_FORM_FIELDS } from '../support/fixtures';

/**
 * `npm start` as a new user runs it: a child process on free ports, stopped
 * with Ctrl-C (SIGINT), serving another practice than the example.
 */
let child: ChildProcess;
let output = '';
let ports: { app: number; dynamo: number; ses: number };

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

beforeAll(async () => {
  ports = { app: await freePort(), dynamo: await freePort(), ses: await freePort() };
  child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    env: {
      ...process.env,
      PORT: String(ports.app),
      DYNAMODB_PORT: String(ports.dynamo),
      SES_PORT: String(ports.ses),
      RETRY_INTERVAL_SECONDS: '1',
      POWERTOOLS_LOG_LEVEL: 'INFO',
      PRACTICE_CONFIG: 'test/fixtures/other-practice.json',
      SIGNING_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c) => (output += String(c)));
  child.stderr?.on('data', (c) => (output += String(c)));
  const deadline = Date.now() + 100_000;
  while (!output.includes('Press Ctrl-C')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('prints where the form, the API and the emulators are', () => {
    expect(output).toContain(`http://localhost:${ports.app}/`);
    expect(output).toContain(`127.0.0.1:${ports.dynamo}`);
    expect(output).toContain(`127.0.0.1:${ports.ses}/store`);
    expect(output).toContain(`http://localhost:${ports.app}/inbox`);
    // No SIGNING_SECRET was given: the banner says the links last only this run.
    expect(output).toContain('Signing secret:  new for this run');
  });

  it('serves the form page with every contract field', async () => {
    const res = await fetch(`http://127.0.0.1:${ports.app}/`);
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const field of [...CONTRACT_FORM_FIELDS, 'submissionId']) {
      expect(page).toContain(`name="${field}"`);
    }
  });

  it("serves that practice's own form and privacy notice, with nothing of the example practice", async () => {
    const form = await fetch(`http://127.0.0.1:${ports.app}/`);
    const formPage = await form.text();
    expect(form.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const privacyPage = await (await fetch(`http://127.0.0.1:${ports.app}/privacy`)).text();
    for (const page of [formPage, privacyPage]) {
      expect(page).toContain('Harbor Light Coaching');
      expect(page).not.toMatch(/Northstar/i);
    }
    expect(formPage).toContain('delete them after 90 days');
    expect(formPage).toContain('href="tel:999"');
    expect(privacyPage).toContain('Sam Okafor');
    expect(privacyPage).toContain('mailto:privacy@harborlight.example');
    const script = await fetch(`http://127.0.0.1:${ports.app}/form.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('takes an intake over HTTP and the emulator receives both emails', async () => {
    const res = await fetch(`http://127.0.0.1:${ports.app}/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Lee Chan', email: 'lee.local@example.com', message: 'I want to run a marathon next year.', safety: 'no', consent: 'yes' }),
    });
    expect(res.status).toBe(202);
    const store = (await (await fetch(`http://127.0.0.1:${ports.ses}/store`)).json()) as {
      emails: Array<{ destination: { to: string[] }; replyTo: string[] }>;
    };
    expect(store.emails.filter((e) => e.destination.to.includes('lee.local@example.com'))).toHaveLength(1);
    expect(store.emails.filter((e) => e.replyTo.includes('lee.local@example.com'))).toHaveLength(1);
  });

  it('logs no personal data', () => {
    expect(output).toContain('intake stored');
    expect(output).not.toContain('lee.local@example.com');
    expect(output).not.toContain('Lee Chan');
    expect(output).not.toContain('marathon');
  });

  it('stops every process it started on Ctrl-C', async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    expect(await portOpen(ports.app)).toBe(false);
    expect(await portOpen(ports.dynamo)).toBe(false);
    expect(await portOpen(ports.ses)).toBe(false);
  });
});
