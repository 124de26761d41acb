import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../bin/signpost';
import { DEFAULT_CONFIG_PATH } from '../lambdas/adapters/practice-config-source';
import { createTableInput, ensureTable } from '../lambdas/adapters/table-schema';
import { triage } from '../lambdas/domain/triage';
import { dynalite, freePort, sesLocal } from '../local/emulators';
import { BUNDLE_TO_SAMPLE_TARGET, bundleSubject } from './bench/subjects';

/**
 * `npm run bench`: speed and size, side by side in one run, because this
 * machine is shared and noisy (ratios matter more than milliseconds).
 *
 * - cold request: a fresh Node process loads a bundle and handles one intake
 *   against dynalite and aws-ses-v2-local; the synthesized intake bundle (from
 *   the CDK app) beside an empty handler and a typical sample handler (zod and
 *   both SDK clients at module scope, bundled, CommonJS, minified);
 * - bundle sizes; warm latency p50/p99 beside a bare PutItem + SendEmail;
 * - triage throughput; peak memory.
 *
 * `--json` prints the same figures as JSON; `--runs N` sets the cold runs (default 11).
 */

// Node 20 runs here; Lambda runs the newest runtime, so the SDK's notice is noise in the bench.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 11;
const warmRuns = 200;
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.artifacts', 'bench');
const run = promisify(execFile);
const say = (line: string) => {
  if (!asJson) process.stderr.write(`${line}\n`);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

async function main() {
  mkdirSync(OUT, { recursive: true });
  say('synthesizing the CDK app (bundles the functions)…');
  const { app, stack } = buildApp({ config: DEFAULT_CONFIG_PATH });
  const assembly = app.synth();
  const template = Template.fromStack(stack);
  const bundles: Record<string, string> = {};
  for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
    const name = String(fn.Properties.Description).replace(/^Signpost: /, '');
    bundles[name] = join(assembly.directory, `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`, 'index.mjs');
  }
  const intakeBundle = bundles['POST /intake'];
  if (!intakeBundle) throw new Error('no POST /intake function in the template');

  say('bundling the empty and the typical sample handlers…');
  await bundleSubject('sample-handler.ts', join(OUT, 'sample.cjs'));
  await bundleSubject('empty-handler.ts', join(OUT, 'empty.cjs'));
  await bundleSubject('triage-cold.ts', join(OUT, 'triage-cold.mjs'), 'esm');
  const subjects = { empty: join(OUT, 'empty.cjs'), sample: join(OUT, 'sample.cjs'), intake: intakeBundle };

  say('starting dynalite and aws-ses-v2-local…');
  const db = dynalite(await freePort());
  const mail = sesLocal(await freePort());
  await Promise.all([db.start(), mail.start()]);
  const tableName = `bench-${randomUUID().slice(0, 8)}`;
  const credentials = { accessKeyId: 'bench', secretAccessKey: 'bench' };
  const dynamo = new DynamoDBClient({ region: 'us-east-1', endpoint: db.endpoint, credentials });
  const ses = new SESClient({ region: 'us-east-1', endpoint: mail.endpoint, credentials });
  await ensureTable(dynamo, createTableInput(tableName));
  const env = {
    PATH: process.env.PATH ?? '',
    TABLE_NAME: tableName,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
    AWS_ENDPOINT_URL_SES: mail.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    NODE_PATH: join(ROOT, 'node_modules'),
  };
  const event = () =>
    JSON.stringify({
      version: '2.0',
      routeKey: 'POST /intake',
      rawPath: '/intake',
      headers: { 'content-type': 'application/json' },
      requestContext: { requestId: randomUUID(), http: { method: 'POST', path: '/intake' } },
      isBase64Encoded: false,
      body: JSON.stringify({
        name: 'Bench Person',
        email: `bench.${randomUUID().slice(0, 8)}@example.com`,
        message: 'I want to grow into a leadership role and build better habits.',
        safety: 'no',
        consent: true,
        submissionId: randomUUID(),
      }),
    });

  try {
    say(`cold requests: ${runs} runs of each, interleaved…`);
    const cold: Record<string, number[]> = { empty: [], sample: [], intake: [] };
    const rss: Record<string, number[]> = { empty: [], sample: [], intake: [] };
    // Where a cold request's time goes: Node.js start-up, loading the bundle, the handler.
    const phases: Record<string, { startup: number[]; load: number[]; handler: number[] }> = {};
    for (let i = 0; i < runs + 1; i++) {
      for (const [name, file] of Object.entries(subjects)) {
        const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/bench/cold-runner.mjs'), file, event()], { env, cwd: OUT });
        const [, ms, status, maxRss, importStart, imported] = stdout.trim().split('\n').pop()?.split(' ') ?? [];
        if (name !== 'empty' && status !== '202') throw new Error(`${name} answered ${status}`);
        if (i === 0) continue; // the first round warms the disk cache, not the process
        cold[name]?.push(Number(ms));
        rss[name]?.push(Number(maxRss) / 1024);
        const p = phases[name] ?? { startup: [], load: [], handler: [] };
        phases[name] = p;
        p.startup.push(Number(importStart));
        p.load.push(Number(imported) - Number(importStart));
        p.handler.push(Number(ms) - Number(imported));
      }
    }

    say(`warm requests: ${warmRuns} of the intake handler and of a bare PutItem + SendEmail…`);
    // In-process, the metrics' EMF lines would land in this report: the cold runs above keep them on.
    Object.assign(process.env, env, { POWERTOOLS_METRICS_DISABLED: 'true' });
    const mod = (await import(intakeBundle)) as { handler: (e: unknown) => Promise<{ statusCode: number }> };
    const warm: number[] = [];
    for (let i = 0; i < warmRuns + 10; i++) {
      const e = JSON.parse(event());
      const t = performance.now();
      const r = await mod.handler(e);
      if (r.statusCode !== 202) throw new Error(`warm intake answered ${r.statusCode}`);
      if (i >= 10) warm.push(performance.now() - t);
    }
    const bare: number[] = [];
    for (let i = 0; i < warmRuns + 10; i++) {
      const t = performance.now();
      await dynamo.send(new PutItemCommand({ TableName: tableName, Item: { id: { S: randomUUID() }, note: { S: 'bare' } } }));
      await ses.send(
        new SendEmailCommand({
          Source: 'a@example.com',
          Destination: { ToAddresses: ['b@example.com'] },
          Message: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } },
        }),
      );
      if (i >= 10) bare.push(performance.now() - t);
    }
    // The intake's own flow through the SDK, for what our code adds over the calls it makes:
    // conditional PutItem, the two emails in parallel, one UpdateItem marking them sent.
    const sameFlow: number[] = [];
    const mail = (to: string) =>
      ses.send(
        new SendEmailCommand({
          Source: 'a@example.com',
          Destination: { ToAddresses: [to] },
          Message: { Subject: { Data: 's' }, Body: { Text: { Data: 't' }, Html: { Data: '<p>t</p>' } } },
        }),
      );
    for (let i = 0; i < warmRuns + 10; i++) {
      const id = randomUUID();
      const t = performance.now();
      await dynamo.send(
        new PutItemCommand({ TableName: tableName, Item: { id: { S: id }, note: { S: 'bare' } }, ConditionExpression: 'attribute_not_exists(id)' }),
      );
      await Promise.all([mail('b@example.com'), mail('c@example.com')]);
      await dynamo.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET sent = :t',
          ExpressionAttributeValues: { ':t': { BOOL: true } },
        }),
      );
      if (i >= 10) sameFlow.push(performance.now() - t);
    }

    say('triage throughput…');
    const messages = readFileSync(join(ROOT, 'test/fixtures/triage-fixtures.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { message: string }).message);
    const n = 20_000;
    const perIntake: number[] = [];
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      triage({ message: messages[i % messages.length] ?? '', safety: 'no', preference: 'unsure' });
      perIntake.push(performance.now() - t);
    }
    const triageMs = performance.now() - t0;
    // The longest intake there can be: two fields of 5,000 characters.
    const longest = messages.join(' ').slice(0, 5000);
    const long: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      triage({ message: longest, goals: longest, safety: 'no', preference: 'unsure' });
      long.push(performance.now() - t);
    }
    // A first call parses the phrase lines that can start at the message's words, so its cost
    // grows with the message: each fresh process decides a different fixture, spread over them all.
    const coldRuns = Math.max(runs, 31);
    say(`triage cold: import and first call in ${coldRuns} fresh processes, each with another fixture…`);
    const coldImport: number[] = [];
    const coldFirst: number[] = [];
    const coldTotal: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const message = messages[Math.floor((i * messages.length) / coldRuns)] ?? '';
      const { stdout } = await run(process.execPath, [join(OUT, 'triage-cold.mjs'), message]);
      const [imported = 0, first = 0] = stdout.trim().split(' ').map(Number);
      coldImport.push(imported);
      coldFirst.push(first);
      coldTotal.push(imported + first);
    }

    const size = (f: string) => statSync(f).size;
    const c = { empty: median(cold.empty ?? []), sample: median(cold.sample ?? []), intake: median(cold.intake ?? []) };
    const figures = {
      runs,
      coldRequestMs: { empty: round(c.empty), sample: round(c.sample), intake: round(c.intake) },
      coldPhasesMs: Object.fromEntries(
        Object.entries(phases).map(([name, p]) => [
          name,
          { startup: round(median(p.startup)), load: round(median(p.load)), handler: round(median(p.handler)) },
        ]),
      ),
      coldRatios: { intakeToSample: round(c.intake / c.sample, 2), intakeToEmpty: round(c.intake / c.empty, 2), targets: { intakeToSample: 0.75 } },
      bundleBytes: {
        intake: size(intakeBundle),
        sample: size(subjects.sample),
        intakeToSample: round(size(intakeBundle) / size(subjects.sample), 2),
        target: BUNDLE_TO_SAMPLE_TARGET,
        functions: Object.fromEntries(Object.entries(bundles).map(([k, f]) => [k, size(f)])),
      },
      warmMs: {
        intakeP50: round(percentile(warm, 50), 2),
        intakeP99: round(percentile(warm, 99), 2),
        bareP50: round(percentile(bare, 50), 2),
        bareP99: round(percentile(bare, 99), 2),
        sameFlowSdkP50: round(percentile(sameFlow, 50), 2),
        sameFlowSdkP99: round(percentile(sameFlow, 99), 2),
      },
      warmRatio: {
        intakeToBareP50: round(percentile(warm, 50) / percentile(bare, 50), 2),
        intakeToSameFlowSdkP50: round(percentile(warm, 50) / percentile(sameFlow, 50), 2),
        note: 'bare is one PutItem and one SendEmail; the intake makes three round trips (conditional put, both emails in parallel, one update marking them sent); sameFlowSdk is those calls through the SDK',
      },
      triage: {
        intakesPerSecond: Math.round((n / triageMs) * 1000),
        warmP50Ms: round(percentile(perIntake, 50), 3),
        warmP99Ms: round(percentile(perIntake, 99), 3),
        longestIntakeP99Ms: round(percentile(long, 99), 3),
        coldImportMs: round(median(coldImport), 1),
        coldFirstCallMs: round(median(coldFirst), 1),
        coldTotalMs: round(median(coldTotal), 1),
        coldTotalP90Ms: round(percentile(coldTotal, 90), 1),
        modelBytes: statSync(join(ROOT, 'lambdas/domain/triage-model.json')).size,
        targets: { warmP99Ms: 1, coldTotalMs: 20, modelKb: 150 },
      },
      peakMemoryMb: {
        coldIntake: round(median(rss.intake ?? [])),
        coldSample: round(median(rss.sample ?? [])),
        coldEmpty: round(median(rss.empty ?? [])),
        benchProcess: round(process.resourceUsage().maxRSS / 1024),
      },
    };
    if (asJson) {
      console.log(JSON.stringify(figures, null, 2));
    } else {
      const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
      const rows: Array<[string, string]> = [
        ['cold request, empty handler (median)', `${figures.coldRequestMs.empty} ms`],
        ['cold request, typical sample (median)', `${figures.coldRequestMs.sample} ms`],
        ['cold request, intake bundle (median)', `${figures.coldRequestMs.intake} ms`],
        ...Object.entries(figures.coldPhasesMs).map(
          ([name, p]) => [`  ${name}: Node start-up / load bundle / handler`, `${p.startup} / ${p.load} / ${p.handler} ms`] as [string, string],
        ),
        ['  intake ÷ sample (target ≤ 0.75)', `${figures.coldRatios.intakeToSample}`],
        ['  intake ÷ empty', `${figures.coldRatios.intakeToEmpty}`],
        ['bundle, intake', kb(figures.bundleBytes.intake)],
        ['bundle, sample (SDK bundled)', kb(figures.bundleBytes.sample)],
        [`  intake ÷ sample (target ≤ ${BUNDLE_TO_SAMPLE_TARGET})`, `${figures.bundleBytes.intakeToSample}`],
        ...Object.entries(figures.bundleBytes.functions).map(([k, v]) => [`  bundle, ${k}`, kb(v)] as [string, string]),
        ['warm intake p50 / p99', `${figures.warmMs.intakeP50} / ${figures.warmMs.intakeP99} ms`],
        ['warm bare PutItem + SendEmail p50 / p99', `${figures.warmMs.bareP50} / ${figures.warmMs.bareP99} ms`],
        ['  intake ÷ bare, p50', `${figures.warmRatio.intakeToBareP50}`],
        ['warm same flow through the SDK p50 / p99', `${figures.warmMs.sameFlowSdkP50} / ${figures.warmMs.sameFlowSdkP99} ms`],
        ['  intake ÷ same flow through the SDK, p50', `${figures.warmRatio.intakeToSameFlowSdkP50}`],
        ['triage throughput', `${figures.triage.intakesPerSecond.toLocaleString('en-US')} intakes/s`],
        ['triage warm p50 / p99 (target p99 ≤ 1 ms)', `${figures.triage.warmP50Ms} / ${figures.triage.warmP99Ms} ms`],
        ['triage of the longest intake (10,000 characters), p99', `${figures.triage.longestIntakeP99Ms} ms`],
        [
          'triage cold: import / first call / both (median; target ≤ 20 ms)',
          `${figures.triage.coldImportMs} / ${figures.triage.coldFirstCallMs} / ${figures.triage.coldTotalMs} ms`,
        ],
        ['  both, 90th percentile of the messages', `${figures.triage.coldTotalP90Ms} ms`],
        ['triage model file (target ≤ 150 KB)', kb(figures.triage.modelBytes)],
        [
          'peak memory, cold intake / sample / empty',
          `${figures.peakMemoryMb.coldIntake} / ${figures.peakMemoryMb.coldSample} / ${figures.peakMemoryMb.coldEmpty} MB`,
        ],
      ];
      const w = Math.max(...rows.map(([k]) => k.length));
      console.log(`\nSignpost bench (${runs} cold runs each, ${warmRuns} warm)\n`);
      for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
    }
  } finally {
    dynamo.destroy();
    ses.destroy();
    await Promise.all([db.stop(), mail.stop()]);
    rmSync(assembly.directory, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
