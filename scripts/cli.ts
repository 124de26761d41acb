import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoIntakeAdmin } from '../lambdas/adapters/intake-admin-store';
import { DEFAULT_CONFIG_PATH, deployedConfigPath, readPracticeConfigFile } from '../lambdas/adapters/practice-config-source';
import { assembleDeps } from '../lambdas/adapters/runtime';
import { SesSuppressionList } from '../lambdas/adapters/suppression-list';
import { ConfigError, DependencyUnavailableError, NotFoundError, ValidationError } from '../lambdas/domain/errors';
import type { IntakeRecord } from '../lambdas/use-cases/ports';
import { csvHeader, csvRow, deliveryStatus } from '../lambdas/use-cases/export-csv';
import { erasePerson, markBooked, markContacted, redeliverIntake, resolveIntakeId, rerouteIntake, type AdminDeps } from '../lambdas/use-cases/manage-intakes';

/**
 * `npm run intake -- <command>`: the practitioner's and ops' tool, against the
 * deployed table (usual AWS configuration; table from --table, TABLE_NAME or
 * the stack's TableName output) or the local stack (--local).
 */

const COMMANDS: Record<string, { usage: string; about: string }> = {
  list: {
    usage: 'list [--since 2026-11-01] [--route coaching|therapy|crisis] [--status pending|sent|failed|bounced] [--limit N] [--json]',
    about: 'intakes, newest first',
  },
  show: { usage: 'show <id> [--json]', about: 'the answers, route, reasons, each email’s delivery status and the history' },
  export: { usage: 'export --csv [--out file.csv] [--since DATE]', about: 'every intake as CSV (RFC 4180, safe to open in a spreadsheet)' },
  reroute: {
    usage: 'reroute <id> <coaching|therapy|crisis> --reason "…" [--confirm] [--by NAME]',
    about: 'correct a decision; the person is sent the email for the new route (leaving crisis needs --confirm)',
  },
  redeliver: {
    usage: 'redeliver <id> [--by NAME]',
    about: 'send the person’s email again (also when it was delivered: it went to spam), and whatever failed or bounced',
  },
  booked: { usage: 'booked <id> [--by NAME]', about: 'mark a coaching intake booked: no reminder will be sent' },
  contacted: { usage: 'contacted <id> [--by NAME]', about: 'record that you reached the person: the URGENT crisis reminders stop' },
  erase: { usage: 'erase --email <address>', about: 'delete everything about one person, and their address from SES’s suppression list' },
};

const GLOBAL_HELP = `Usage: npm run intake -- [--local] [--table NAME] [--stack NAME] [--config FILE] <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.about}\n             ${c.usage}`)
  .join('\n')}

Where the intakes are:
  --local          the local stack of \`npm start\` (DYNAMODB_PORT, SES_PORT; table signpost-local-intakes)
  --table NAME     a deployed table (credentials and region from the usual AWS configuration)
  --stack NAME     read the table name from this CloudFormation stack's outputs (default: Signpost)
  --config FILE    the practice config used for emails (default: PRACTICE_CONFIG, else config/practice.json when it exists, else ${DEFAULT_CONFIG_PATH}; --local: the example)

Run \`npm run intake -- <command> --help\` for one command.`;

class UsageError extends Error {}

// This tool runs on the Node.js of the person's machine; the SDK's notice about future versions is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values: opts, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        local: { type: 'boolean' },
        table: { type: 'string' },
        stack: { type: 'string' },
        region: { type: 'string' },
        config: { type: 'string' },
        since: { type: 'string' },
        route: { type: 'string' },
        status: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        confirm: { type: 'boolean' },
        csv: { type: 'boolean' },
        out: { type: 'string' },
        reason: { type: 'string' },
        by: { type: 'string' },
        email: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${GLOBAL_HELP}`);
    process.exit(2);
  }
})();

async function tableName(region: string | undefined): Promise<string> {
  if (opts.table) return opts.table;
  if (opts.local) return process.env.TABLE_NAME || 'signpost-local-intakes';
  if (process.env.TABLE_NAME) return process.env.TABLE_NAME;
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const stackName = opts.stack ?? 'Signpost';
  const out = await new CloudFormationClient({ region }).send(new DescribeStacksCommand({ StackName: stackName }));
  const name = out.Stacks?.[0]?.Outputs?.find((o) => o.OutputKey === 'TableName')?.OutputValue;
  if (!name) throw new UsageError(`stack ${stackName} has no TableName output: pass --table`);
  return name;
}

async function connect(): Promise<{ deps: AdminDeps; store: DynamoIntakeAdmin }> {
  const configPath = opts.config ?? process.env.PRACTICE_CONFIG ?? (opts.local ? DEFAULT_CONFIG_PATH : deployedConfigPath());
  const config = readPracticeConfigFile(configPath);
  const local = opts.local
    ? {
        region: 'us-east-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : { region: opts.region ?? process.env.AWS_REGION };
  const dynamoEndpoint = opts.local ? process.env.DYNAMODB_ENDPOINT || `http://127.0.0.1:${process.env.DYNAMODB_PORT || 8000}` : undefined;
  const sesEndpoint = opts.local ? process.env.SES_ENDPOINT || `http://127.0.0.1:${process.env.SES_PORT || 8005}` : undefined;
  // The SDK resolves region and credentials as every AWS tool does (profiles, SSO, environment).
  const dynamodb = new DynamoDBClient({ ...local, endpoint: dynamoEndpoint, maxAttempts: 3 });
  storeWhere = dynamoEndpoint ? `DynamoDB at ${dynamoEndpoint}` : `DynamoDB in ${(await dynamodb.config.region()) || 'your default region'}`;
  const table = await tableName(local.region);
  const store = new DynamoIntakeAdmin(dynamodb, table);
  const { deps: base } = assembleDeps({
    env: process.env,
    config,
    tableName: table,
    clients: { dynamodb, ses: new SESClient({ ...local, endpoint: sesEndpoint, maxAttempts: 3 }) },
    log: { info() {}, warn() {}, error() {} },
    store,
  });
  const deps: AdminDeps = {
    ...base,
    admin: store,
    suppression: new SesSuppressionList(new SESv2Client({ ...local, endpoint: sesEndpoint, maxAttempts: 1 })),
    humanCheck: undefined,
  };
  return { deps, store };
}

const who = () => opts.by ?? process.env.USER ?? 'practitioner';
const need = (value: string | undefined, what: string, command: string): string => {
  if (!value) throw new UsageError(`${command}: ${what} is required\nUsage: npm run intake -- ${COMMANDS[command]?.usage}`);
  return value;
};

let practiceTimeZone: string | undefined;
let storeWhere = 'DynamoDB';
/** A stored time in the practice's own time zone, as a person reads it. */
function localTime(iso: string): string {
  const date = new Date(iso);
  try {
    const formatted = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: practiceTimeZone }).format(date);
    return practiceTimeZone ? `${formatted} (${practiceTimeZone})` : formatted;
  } catch {
    return iso;
  }
}

function summary(r: IntakeRecord) {
  return {
    id: r.id,
    createdAt: opts.json ? r.createdAt : localTime(r.createdAt),
    route: r.route,
    urgent: r.route === 'crisis',
    status: deliveryStatus(r.emails),
    name: r.answers.name,
    email: r.answers.email,
    booked: r.booked ?? false,
    ...(opts.json ? { bookedAt: r.bookedAt ?? null, contactedAt: r.contactedAt ?? null } : {}),
  };
}

function printTable(rows: Array<Record<string, unknown>>): void {
  if (rows.length === 0) return void console.log('No intakes.');
  const keys = Object.keys(rows[0] ?? {});
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(width[i] ?? 0)).join('  ');
  console.log(line(keys));
  for (const r of rows) console.log(line(keys.map((k) => String(r[k]))));
}

async function run(): Promise<number> {
  const [command, ...args] = positionals;
  if (!command || command === 'help') {
    const topic = args[0] && COMMANDS[args[0]];
    console.log(topic ? `Usage: npm run intake -- ${topic.usage}\n\n${topic.about}` : GLOBAL_HELP);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`unknown command "${command}"\n\n${GLOBAL_HELP}`);
  if (opts.help) {
    console.log(`Usage: npm run intake -- ${spec.usage}\n\n${spec.about}`);
    return 0;
  }
  const { deps, store } = await connect();
  practiceTimeZone = deps.config.practice.timezone;

  switch (command) {
    case 'list': {
      if (opts.route && !['coaching', 'therapy', 'crisis'].includes(opts.route)) throw new UsageError('--route must be coaching, therapy or crisis');
      const since = opts.since ? new Date(opts.since) : undefined;
      if (since && Number.isNaN(since.getTime())) throw new UsageError('--since must be a date, like 2026-11-01');
      const limit = opts.limit ? Number(opts.limit) : undefined;
      const rows = (await store.list({ since: since?.toISOString() }))
        .filter((r) => !opts.route || r.route === opts.route)
        .filter((r) => !opts.status || deliveryStatus(r.emails) === opts.status)
        .slice(0, limit)
        .map(summary);
      if (opts.json) console.log(JSON.stringify(rows, null, 2));
      else printTable(rows);
      return 0;
    }
    case 'show': {
      const record = await store.get(await resolveIntakeId(deps, need(args[0], 'an intake id', 'show')));
      if (!record) throw new NotFoundError();
      if (opts.json) {
        console.log(JSON.stringify(record, null, 2));
        return 0;
      }
      const a = record.answers;
      const s = record.triage.screening;
      console.log(`Intake ${record.id}, received ${localTime(record.createdAt)}`);
      console.log(
        `Route: ${record.route}${record.route === 'crisis' ? ' (URGENT)' : ''}${record.route !== record.triage.route ? ` (triage said ${record.triage.route})` : ''}${record.booked ? ', booked' : ''}`,
      );
      console.log('\nWhy:');
      for (const reason of record.triage.reasons) console.log(`  - ${reason}`);
      console.log(`  (rules ${record.triage.version}; concerns: ${record.triage.concerns.join(', ') || 'none'})`);
      console.log(`\nPHQ-4: ${s.total === null ? 'not answered' : `${s.total}/12 (${s.severity}); PHQ-2 ${s.phq2 ?? '–'}/6, GAD-2 ${s.gad2 ?? '–'}/6`}`);
      console.log('\nAnswers:');
      for (const [k, v] of Object.entries(a)) if (v !== undefined) console.log(`  ${k}: ${String(v).replace(/\n/g, '\n    ')}`);
      console.log('\nEmails:');
      for (const [key, e] of Object.entries(record.emails)) {
        console.log(
          `  ${key.padEnd(22)} ${e.status.padEnd(10)} ${e.route.padEnd(8)} attempts ${e.attempts}${e.sentAt ? `, sent ${e.sentAt}` : ''}${e.lastError ? `, last error ${e.lastError}` : ''}${e.status === 'pending' ? `, due ${new Date(e.dueAt).toISOString()}` : ''}`,
        );
      }
      console.log('\nHistory:');
      for (const h of record.history) console.log(`  ${localTime(h.at)}  ${h.by}: ${h.action}${h.detail ? ` (${h.detail})` : ''}`);
      return 0;
    }
    case 'export': {
      if (!opts.csv) throw new UsageError(`export needs --csv\nUsage: npm run intake -- ${spec.usage}`);
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      const records = await store.list({ since: opts.since ? new Date(opts.since).toISOString() : undefined });
      out.write(csvHeader());
      records.forEach((r, i) => {
        out.write(csvRow(r));
        if ((i + 1) % 100 === 0 || i + 1 === records.length) process.stderr.write(`\rexported ${i + 1} of ${records.length} intakes`);
      });
      if (records.length > 0) process.stderr.write('\n');
      if (opts.out) await new Promise<void>((resolve) => out.end(() => resolve()));
      return 0;
    }
    case 'reroute': {
      const id = await resolveIntakeId(deps, need(args[0], 'an intake id', 'reroute'));
      const route = need(args[1], 'the new route', 'reroute');
      const { record, delivery } = await rerouteIntake(deps, id, route, {
        by: who(),
        reason: need(opts.reason, '--reason', 'reroute'),
        confirmLeavingCrisis: opts.confirm === true,
      });
      console.log(
        `Intake ${id} is now routed to ${record.route}. ${delivery.sent > 0 ? `The person was sent the ${record.route} email.` : 'The email will go out with the next retry run.'}`,
      );
      return 0;
    }
    case 'redeliver': {
      const id = await resolveIntakeId(deps, need(args[0], 'an intake id', 'redeliver'));
      const { requeued, delivery } = await redeliverIntake(deps, id, who());
      console.log(
        requeued.length === 0
          ? `Nothing to redeliver for ${id}: the person's email is still on its way.`
          : `Redelivered ${requeued.join(', ')}: ${delivery.sent} sent, ${delivery.retrying} to retry, ${delivery.failed} failed.`,
      );
      return 0;
    }
    case 'booked': {
      const id = await resolveIntakeId(deps, need(args[0], 'an intake id', 'booked'));
      const { cancelledFollowUp, alreadyBooked } = await markBooked(deps, id, who());
      console.log(
        alreadyBooked
          ? `Intake ${id} was already marked booked; nothing changed.`
          : `Intake ${id} marked booked.${cancelledFollowUp ? ' The reminder will not be sent.' : ''}`,
      );
      return 0;
    }
    case 'contacted': {
      const id = await resolveIntakeId(deps, need(args[0], 'an intake id', 'contacted'));
      const { alreadyContacted, cancelledReminders } = await markContacted(deps, id, who());
      console.log(
        alreadyContacted
          ? `Intake ${id} was already marked contacted; nothing changed.`
          : `Intake ${id} marked contacted.${cancelledReminders > 0 ? ' The crisis reminders will not be sent.' : ''}`,
      );
      return 0;
    }
    case 'erase': {
      const email = need(opts.email, '--email', 'erase');
      const { intakes, suppression } = await erasePerson(deps, email);
      console.log(
        `Erased ${intakes} intake${intakes === 1 ? '' : 's'}. SES suppression list: ${suppression === 'removed' ? 'address removed' : suppression === 'not-listed' ? 'address was not on it' : 'not reachable (remove it in the SES console if it is listed)'}.`,
      );
      return 0;
    }
  }
  return 0;
}

run()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof UsageError) console.error(error.message);
    else if (error instanceof NotFoundError) console.error(`No intake with id "${positionals[1] ?? ''}".`);
    else if (error instanceof ValidationError)
      console.error(
        Object.entries(error.fields)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n'),
      );
    else if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof DependencyUnavailableError)
      console.error(
        `Could not reach the intake store (${storeWhere}). ${opts.local ? 'Is `npm start` running?' : 'Check your AWS credentials, region and --table or --stack.'}`,
      );
    else console.error(`Failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exit(error instanceof UsageError || error instanceof ValidationError ? 2 : 1);
  });
