import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let retry: typeof import('../../lambdas/handlers/retry').handler;

beforeAll(async () => {
  stack = await startEmulatedStack({ RETRY_BASE_SECONDS: '1', RETRY_MAX_DELAY_SECONDS: '1' });
  submit = (await import('../../lambdas/handlers/submit')).handler;
  retry = (await import('../../lambdas/handlers/retry')).handler;
});
afterAll(() => stack?.stop());

const post = (body: unknown) => submit(apiEvent(JSON.stringify(body)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults, with the real emulators stopped and restarted', () => {
  it('stores intakes while SES is down and sends each email exactly once when it is back', async () => {
    await stack.ses.stop();
    const forms = Array.from({ length: 5 }, () => intake());
    const results = await Promise.all(forms.map(post));
    expect(results.map((r) => r.statusCode)).toEqual([202, 202, 202, 202, 202]);

    await stack.ses.start();
    await sleep(1100); // the first retry is due one second after the failure
    // Two retry runs at once: the lease decides who sends each email.
    const runs = await Promise.all([retry(), retry()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(10);
    await retry();

    const emails = await stack.emails();
    for (const form of forms) {
      expect(emails.filter((e) => e.destination.to.includes(form.email as string))).toHaveLength(1);
      expect(emails.filter((e) => e.replyTo.includes(form.email as string))).toHaveLength(1);
    }
    expect(emails).toHaveLength(10);
  });

  it('answers 503 with Retry-After while DynamoDB is down, revealing nothing and sending nothing', async () => {
    await stack.clearEmails();
    await stack.dynamo.stop();
    try {
      const result = await post(intake());
      expect(result.statusCode).toBe(503);
      expect(result.headers['retry-after']).toBeDefined();
      expect(result.body).not.toMatch(/dynamo|ECONNREFUSED|127\.0\.0\.1|stack|Error:/i);
      // Without JavaScript: a page that says what happened and how to try again, with the crisis lines
      // first for someone who answered yes to the safety question.
      const form = new URLSearchParams({ ...(intake({ safety: 'yes' }) as Record<string, string>), consent: 'yes' }).toString();
      const page = await submit(apiEvent(form, { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }));
      expect(page.statusCode).toBe(503);
      const body = page.body ?? '';
      expect(body).toContain('Back button');
      expect(body).toContain('href="tel:988"');
      expect(body.indexOf('tel:988')).toBeLessThan(body.indexOf('<h1>We could not send your form'));
      expect(await stack.emails()).toHaveLength(0);
    } finally {
      await stack.dynamo.start();
    }
  });

  it('stores nothing for a honeypot hit', async () => {
    const { createTableInput, ensureTable } = await import('../../lambdas/adapters/table-schema');
    await ensureTable(stack.dynamoClient, createTableInput(stack.tableName)); // dynalite restarted empty
    const result = await post(intake({ website: 'filled by a bot' }));
    expect(result.statusCode).toBe(202);
    const scan = await stack.dynamoClient.send(new ScanCommand({ TableName: stack.tableName }));
    expect(scan.Count).toBe(0);
  });
});
