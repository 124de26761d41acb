import { ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEvent, intake, startEmulatedStack, type EmulatedStack } from '../support/emulated-stack';

/** The HTTP boundary under hostile and random input, against the real emulators, with logs captured. */
let stack: EmulatedStack;
let submit: typeof import('../../lambdas/handlers/submit').handler;
let retry: typeof import('../../lambdas/handlers/retry').handler;
const logs: string[] = [];

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  stack = await startEmulatedStack();
  // Everything the process writes, on both streams (Powertools writes warnings and errors to stderr).
  for (const stream of [process.stdout, process.stderr]) {
    stream.write = ((chunk: string | Uint8Array) => {
      logs.push(String(chunk));
      return true;
    }) as typeof stream.write;
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[method] = (...args: unknown[]) => void logs.push(args.map(String).join(' '));
  }
  submit = (await import('../../lambdas/handlers/submit')).handler;
  retry = (await import('../../lambdas/handlers/retry')).handler;
});
afterAll(() => stack?.stop());

const stored = async () => (await stack.dynamoClient.send(new ScanCommand({ TableName: stack.tableName, Select: 'COUNT' }))).Count ?? 0;
const sent = async () => (await stack.emails()).length;
const post = (body: string | undefined, contentType = 'application/json') => submit(apiEvent(body, { 'content-type': contentType }));

describe('hostile bodies', () => {
  const nested = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
  const cases: Array<[string, string | undefined, string, number[]]> = [
    ['broken JSON', '{"name": "x",', 'application/json', [400]],
    ['an empty body', undefined, 'application/json', [400]],
    ['an array', '[1,2,3]', 'application/json', [400]],
    ['null', 'null', 'application/json', [400]],
    ['200 KB', JSON.stringify({ ...intake(), message: 'a'.repeat(200 * 1024) }), 'application/json', [413]],
    ['deep nesting', nested, 'application/json', [400]],
    ['wrong types', JSON.stringify({ name: 42, email: ['x'], message: {}, safety: 7, consent: 'maybe' }), 'application/json', [400]],
    ['prototype keys', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"name":"A"}', 'application/json', [400]],
    ['text/plain', JSON.stringify(intake()), 'text/plain', [415]],
    ['CRLF in the name', JSON.stringify(intake({ name: 'Alex\r\nBcc: victim@evil.example' })), 'application/json', [400]],
    ['CRLF in the email', JSON.stringify(intake({ email: 'alex@example.com\r\nBcc: victim@evil.example' })), 'application/json', [400]],
    ['control characters', JSON.stringify(intake({ name: 'Al\u0000ex\u001b[31m' })), 'application/json', [400]],
    ['no consent', JSON.stringify(intake({ consent: false })), 'application/json', [400]],
    ['an unknown preference', JSON.stringify(intake({ preference: 'astrology' })), 'application/json', [400]],
    ['PHQ-4 out of range', JSON.stringify(intake({ phq4Down: 9 })), 'application/json', [400]],
    [
      'a urlencoded body with CRLF in the email',
      'name=A&email=a%40example.com%0d%0aBcc%3a%20victim%40evil.example&message=hi&safety=no&consent=on',
      'application/x-www-form-urlencoded',
      [400],
    ],
  ];

  it.each(cases)('answers %s with a 4xx, never a 5xx, and stores and sends nothing', async (_label, body, type, expected) => {
    const [s, e] = [await stored(), await sent()];
    const result = await post(body, type);
    expect(expected).toContain(result.statusCode);
    expect(await stored()).toBe(s);
    expect(await sent()).toBe(e);
  });

  it('never emails an injected address', async () => {
    const all = await stack.emails();
    expect(JSON.stringify(all)).not.toContain('evil.example');
  });

  it('makes a filled honeypot look accepted, and stores and sends nothing', async () => {
    const [s, e] = [await stored(), await sent()];
    const result = await post(JSON.stringify(intake({ website: 'http://spam.example' })));
    expect(result.statusCode).toBe(202);
    expect(await stored()).toBe(s);
    expect(await sent()).toBe(e);
  });
});

describe('any body at all', () => {
  const field = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 2 }));
  const formLike = fc.record(
    {
      name: field,
      email: fc.oneof(field, fc.emailAddress()),
      message: field,
      safety: fc.oneof(field, fc.constantFrom('yes', 'no')),
      consent: fc.oneof(field, fc.constant(true)),
      phq4Down: field,
      preference: field,
      submissionId: fc.oneof(fc.uuid(), field),
    },
    { requiredKeys: [] },
  );
  const bodies = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.json({ maxDepth: 4 }),
    formLike.map((f) => JSON.stringify(f)),
    fc.jsonValue({ maxDepth: 12 }).map((v) => JSON.stringify(v)),
  );
  const types = fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', 'application/json; charset=utf-8', '');

  it('never gets a 5xx, and a 4xx stores and sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, types, async (body, type) => {
        const [s, e] = [await stored(), await sent()];
        const result = await post(body, type);
        expect(result.statusCode).toBeLessThan(500);
        if (result.statusCode >= 400) {
          expect(await stored()).toBe(s);
          expect(await sent()).toBe(e);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('the logs', () => {
  it('never hold what the person typed, in any field, through submit, delivery and retry', async () => {
    const canary = (field: string) => `canary${field}${Math.random().toString(36).slice(2, 10)}`;
    const values = {
      name: canary('Name'),
      email: `${canary('mail')}@example.com`,
      phone: '+1 555 0100 4242',
      message: `${canary('Message')} I want to end my life`,
      goals: canary('Goals'),
      region: 'NY',
      insurance: canary('Insurer'),
    };
    logs.length = 0;
    await stack.ses.stop(); // delivery fails, is retried, and logs about it
    const result = await post(JSON.stringify(intake(values)));
    expect(result.statusCode).toBe(202);
    await stack.ses.start();
    await new Promise((r) => setTimeout(r, 1100));
    await retry();
    const bad = await post(JSON.stringify(intake({ ...values, email: `${canary('bad')}@@example` })));
    expect(bad.statusCode).toBe(400);
    const captured = logs.join('\n');
    expect(captured).toContain('intake stored');
    expect(captured).toContain('email will be retried');
    for (const value of [...Object.values(values), 'end my life']) expect(captured).not.toContain(value);
    expect(captured).not.toMatch(/canary/);
  });
});
