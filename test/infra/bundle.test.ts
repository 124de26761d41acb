import { laterEn } from '../../lambdas/domain/locales/later-en';
import { laterEs } from '../../lambdas/domain/locales/later-es';
import { stepsEn } from '../../lambdas/domain/locales/steps-en';
import { stepsEs } from '../../lambdas/domain/locales/steps-es';
import { webEn } from '../../lambdas/domain/locales/web-en';
import { webEs } from '../../lambdas/domain/locales/web-es';
import { es } from '../../lambdas/domain/locales/es';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { CreateTableCommand, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../bin/signpost';
import { DEFAULT_CONFIG_PATH } from '../../lambdas/adapters/practice-config-source';
import { dynalite, freePort, sesLocal, type Emulator } from '../../local/emulators';
import { apiEvent, intake } from '../support/emulated-stack';
import { BUNDLE_TO_SAMPLE_TARGET, bundleSubject } from '../../scripts/bench/subjects';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * The synthesized bundle of the intake function, run as Lambda would run it
 * (a fresh Node process importing index.mjs), against the emulators through
 * the standard AWS_ENDPOINT_URL_* variables, with the table created from the
 * template's own key schema and indexes: a bundling mistake fails here, not
 * in a deploy.
 */
const run = promisify(execFile);
let bundle: string;
let allBundles: Record<string, string>;
let assemblyDir: string;
let tableInput: CreateTableCommandInput;
let dynamo: Emulator;
let ses: Emulator;

beforeAll(async () => {
  const { app, stack } = buildApp({ config: DEFAULT_CONFIG_PATH });
  const assembly = app.synth();
  assemblyDir = assembly.directory;
  const template = Template.fromStack(stack);
  const submit = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) => fn.Properties.Description === 'Signpost: POST /intake');
  if (!submit) throw new Error('no intake function in the template');
  const bundleOf = (fn: Record<string, any>) => join(assembly.directory, `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`, 'index.mjs');
  bundle = bundleOf(submit);
  allBundles = Object.fromEntries(
    Object.values(template.findResources('AWS::Lambda::Function')).map((fn) => [String(fn.Properties.Description), bundleOf(fn)]),
  );
  const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0];
  if (!table) throw new Error('no table in the template');
  const p = table.Properties;
  tableInput = {
    TableName: 'bundle-test-intakes',
    KeySchema: p.KeySchema,
    AttributeDefinitions: p.AttributeDefinitions,
    GlobalSecondaryIndexes: p.GlobalSecondaryIndexes.map((g: Record<string, unknown>) => ({
      IndexName: g.IndexName,
      KeySchema: g.KeySchema,
      Projection: g.Projection,
    })),
    BillingMode: p.BillingMode,
  };
  dynamo = dynalite(await freePort());
  ses = sesLocal(await freePort());
  await Promise.all([dynamo.start(), ses.start()]);
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint: dynamo.endpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await client.send(new CreateTableCommand(tableInput));
  client.destroy();
}, 120_000);
afterAll(async () => {
  await Promise.all([dynamo?.stop(), ses?.stop()]);
  rmSync(assemblyDir, { recursive: true, force: true });
});

const invoke = async (event: unknown, file = bundle) => {
  const script =
    'const m = await import(process.argv[1]); const r = await m.handler(JSON.parse(process.argv[2])); process.stdout.write("\\nRESULT " + JSON.stringify(r));';
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, file, JSON.stringify(event)], {
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: 'bundle-test-intakes',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SES: ses.endpoint,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    },
  });
  const last = stdout.split('\n').find((l) => l.startsWith('RESULT ')) ?? '';
  return JSON.parse(last.slice('RESULT '.length)) as { statusCode: number; body: string };
};

describe('the synthesized intake bundle', () => {
  it('handles a real submission against dynalite and aws-ses-v2-local, with the practice config bundled in', async () => {
    const form = intake({ message: 'I feel depressed and I cry every day.', region: 'NY' });
    const result = await invoke(apiEvent(JSON.stringify(form)));
    expect(result.statusCode).toBe(202);
    const body = JSON.parse(result.body);
    expect(body.route).toBe('therapy');
    expect(body.nextSteps.referrals[0].name).toBeTruthy();
    const store = (await (await fetch(`${ses.endpoint}/store`)).json()) as { emails: Array<{ destination: { to: string[] }; from: string }> };
    const sent = store.emails.filter((e) => e.destination.to.includes(form.email as string));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.from).toContain('Northstar Coaching');
  });

  it('carries the AWS SDK clients for DynamoDB and SES (v1) inside it, not left to the runtime', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('DynamoDB_20120810'); // the DynamoDB client's service target prefix
    expect(code).toContain('SimpleEmailService'); // the SES v1 client's service name
    expect(code).not.toMatch(/from\s*"@aws-sdk\//);
  });

  it(`stays within ${BUNDLE_TO_SAMPLE_TARGET} of the size of a typical sample handler (zod and both SDK clients, bundled as NodejsFunction does by default)`, async () => {
    // The triage's phrases and model grow with every round of rules: this is where they meet their budget.
    const sample = join(assemblyDir, 'bench-sample.cjs');
    await bundleSubject('sample-handler.ts', sample);
    expect(statSync(bundle).size).toBeLessThanOrEqual(BUNDLE_TO_SAMPLE_TARGET * statSync(sample).size);
  });

  it('keeps Spanish sentences as written (UTF-8), not as escapes that take twice the bytes', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(es['steps.crisisMessage']).toMatch(/[áéíóúñ]/);
    expect(code).toContain(es['steps.crisisMessage']);
  });

  it('takes credentials from the environment only, without the rest of the SDK default chain', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('AWS_SECRET_ACCESS_KEY'); // fromEnv, which the real submission above used
    expect(code).not.toContain('AWS_WEB_IDENTITY_TOKEN_FILE'); // web identity, one of the chain's later links
    expect(code).not.toContain('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI'); // the container endpoint, another
  });

  it('carries no event-stream support, which no call of its uses, only the module that says so', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toContain(':event-type'); // a header every event-stream message carries
    expect(code).toContain('event streams are not bundled');
  });

  // The real submission above wrote through the DynamoDB client with the empty cache in place.
  it('carries no cache of discovered endpoints, which nothing turns on, only the module that says so', () => {
    expect(readFileSync(bundle, 'utf8')).toContain('endpoint discovery is not bundled');
    for (const file of Object.values(allBundles)) {
      expect(readFileSync(file, 'utf8')).not.toContain('mnemonist/lru-cache'); // the LRU cache the SDK's endpoint cache is built on
    }
  });

  // What only another function uses stays out of the intake bundle, and is in that function's.
  it.each([
    [
      'the form page’s and privacy notice’s sentences',
      'Signpost: the hosted form (GET /, GET /privacy)',
      [webEn['form.skip'], webEn['form.emailHint'], webEs['form.skip']],
    ],
    [
      'the sentences of the emails sent later (coaching follow-up, crisis reminders)',
      'Signpost: delivery retry job',
      [laterEn['email.followUpCheckIn'], laterEn['notify.reminderHeading'], laterEs['email.followUpNoPressure']],
    ],
    [
      'the next-steps page’s sentences (a plain form post is redirected there)',
      'Signpost: GET /intake/{id}',
      [stepsEn['script.regionCheck'], stepsEn['page.alsoInEmail'], stepsEs['script.directories']],
    ],
    ['listing the due outbox and marking bounces', 'Signpost: delivery retry job', ['pendingPk = :pending AND dueAt <= :now', 'SET emails.#k.#status = :s']],
  ])('leaves %s to “%s”', (_, owner, texts) => {
    const code = readFileSync(bundle, 'utf8');
    const theirs = readFileSync(allBundles[owner] as string, 'utf8');
    for (const text of texts) {
      expect(code).not.toContain(text);
      expect(theirs).toContain(text);
    }
  });

  it('carries the practice config already validated, not its schema or the code that reads it from disk', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('Northstar Coaching');
    expect(code).not.toContain('must be ISO 639-1 codes');
    expect(code).not.toContain('cannot read practice config');
  });

  it('answers 400 for an invalid body without touching the emulators', async () => {
    const result = await invoke(apiEvent(JSON.stringify({ name: 'x' })));
    expect(result.statusCode).toBe(400);
  });
});

describe('the Turnstile secret', () => {
  it('brings the SSM client into the intake bundle only for a practice that turns Turnstile on', () => {
    expect(readFileSync(bundle, 'utf8')).not.toContain('AmazonSSM');
    const config = JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8'));
    config.web.turnstile = { siteKey: '0x4AAAAAAAB_test-key' };
    config.deploy.turnstileSecretParameter = '/signpost/turnstile-secret';
    mkdirSync('.artifacts', { recursive: true });
    const path = join('.artifacts', 'turnstile-practice.json');
    writeFileSync(path, JSON.stringify(config));
    const { app, stack } = buildApp({ config: path });
    const assembly = app.synth();
    try {
      const submit = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function')).find(
        (fn) => fn.Properties.Description === 'Signpost: POST /intake',
      );
      const file = join(assembly.directory, `asset.${String(submit?.Properties.Code.S3Key).replace(/\.zip$/, '')}`, 'index.mjs');
      expect(readFileSync(file, 'utf8')).toContain('AmazonSSM');
    } finally {
      rmSync(assembly.directory, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the synthesized web bundle', () => {
  it('serves the practice form, its privacy notice and its script with nothing read from disk', async () => {
    const web = allBundles['Signpost: the hosted form (GET /, GET /privacy)'] as string;
    const get = (path: string) => invoke(apiEvent(undefined, {}, { method: 'GET', path }), web);
    const form = await get('/');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Northstar Coaching');
    expect(form.body).toMatch(/name="submissionId" value="[0-9a-f-]{36}"/);
    expect((await get('/privacy')).body).toContain('Privacy notice');
    expect((await get('/form.js')).body).toContain('intake-form');
  });
});

describe('every function bundle', () => {
  it('loads in a fresh Node.js process; only bundles whose dependencies call require carry the createRequire banner', async () => {
    expect(Object.keys(allBundles)).toHaveLength(7);
    for (const [name, file] of Object.entries(allBundles)) {
      const code = readFileSync(file, 'utf8');
      const callsRequire = code.includes('Dynamic require of');
      expect(code.startsWith("import{createRequire as __cr}from'node:module'"), name).toBe(callsRequire);
      const { stdout } = await run(
        process.execPath,
        ['--input-type=module', '-e', 'const m = await import(process.argv[1]); process.stdout.write(typeof m.handler);', file],
        {
          env: { PATH: process.env.PATH, TABLE_NAME: 't', AWS_REGION: 'us-east-1', POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_TRACE_ENABLED: 'false' },
        },
      );
      expect(stdout, name).toBe('function');
    }
    // The intake function's cold start is what people wait for: no CommonJS shim in it.
    expect(readFileSync(bundle, 'utf8')).not.toContain('Dynamic require of');
  });
});
