import { randomUUID } from 'node:crypto';
import { ScanCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { freePort } from '../local/emulators';
import { startLocalStack } from '../local/start';

/**
 * `npm run load [-- --count 200]`: fires concurrent intakes at a local stack
 * it starts on free ports (or at a running one: --url, --ses, --dynamodb,
 * --table) and prints accepted, stored, emailed, duplicates and time. Only
 * loopback addresses; the loop is bounded by --count.
 */
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const count = Math.min(Number(arg('count') ?? 200), 2000);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

async function main() {
  let url = arg('url');
  let ses = arg('ses');
  let dynamo = arg('dynamodb');
  const table = arg('table') ?? 'signpost-local-intakes';
  let stop = async () => {};
  if (!url) {
    const [app, d, s] = [await freePort(), await freePort(), await freePort()];
    process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
    const stack = await startLocalStack(
      { ...process.env, PORT: String(app), DYNAMODB_PORT: String(d), SES_PORT: String(s), RETRY_INTERVAL_SECONDS: '5' },
      () => undefined,
    );
    url = stack.url;
    ses = stack.sesEndpoint;
    dynamo = stack.dynamoEndpoint;
    stop = stack.stop;
  }
  const routes = [
    'I want to grow into a leadership role at work.',
    'I have been feeling depressed and anxious for months.',
    'I keep thinking about ending my life.',
  ];
  const emailsBefore = ses ? ((await (await fetch(`${ses}/store`)).json()) as { emails: unknown[] }).emails.length : 0;
  console.error(`firing ${count} concurrent intakes at ${url}/intake …`);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const t = performance.now();
      try {
        const res = await fetch(`${url}/intake`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: `Load ${i}`,
            email: `load.${i}.${randomUUID().slice(0, 6)}@example.com`,
            message: routes[i % 3],
            safety: 'no',
            consent: true,
            submissionId: randomUUID(),
          }),
        });
        const body = (await res.json()) as { id?: string };
        return { status: res.status, id: body.id, ms: performance.now() - t };
      } catch {
        return { status: 0, id: undefined, ms: performance.now() - t };
      }
    }),
  );
  const elapsed = performance.now() - started;
  const accepted = results.filter((r) => r.status === 202);
  const ids = new Set(accepted.map((r) => r.id));
  let stored: number | string = 'unknown';
  if (dynamo) {
    const client = new DynamoDBClient({ region: 'us-east-1', endpoint: dynamo, credentials: { accessKeyId: 'load', secretAccessKey: 'load' } });
    let n = 0;
    let key: Record<string, never> | undefined;
    do {
      const out = await client.send(new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: key }));
      n += out.Count ?? 0;
      key = out.LastEvaluatedKey as typeof key;
    } while (key);
    stored = n;
    client.destroy();
  }
  // Give any retried email a moment, then count what went out.
  await new Promise((r) => setTimeout(r, 1000));
  const emails = ses
    ? ((await (await fetch(`${ses}/store`)).json()) as { emails: Array<{ destination: { to: string[] }; replyTo: string[]; subject: string }> }).emails.slice(
        emailsBefore,
      )
    : [];
  const seen = new Map<string, number>();
  for (const e of emails) {
    const k = `${e.destination.to.join()}|${e.replyTo.join()}|${e.subject}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const duplicates = [...seen.values()].filter((v) => v > 1).reduce((a, v) => a + v - 1, 0);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]?.toFixed(0);
  console.log(
    [
      `intakes fired      ${count}`,
      `accepted (202)     ${accepted.length}`,
      `other answers      ${count - accepted.length}${count - accepted.length ? ` (${[...new Set(results.filter((r) => r.status !== 202).map((r) => r.status))].join(', ')})` : ''}`,
      `distinct ids       ${ids.size}`,
      `stored             ${stored}`,
      `emails sent        ${emails.length} (expected ${accepted.length * 2})`,
      `duplicate emails   ${duplicates}`,
      `time               ${(elapsed / 1000).toFixed(2)} s (${((count / elapsed) * 1000).toFixed(0)} intakes/s; latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms)`,
    ].join('\n'),
  );
  await stop();
  const ok = accepted.length === count && ids.size === count && duplicates === 0 && emails.length === count * 2;
  process.exit(ok ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(`load failed: ${error.message}`);
  process.exit(1);
});
