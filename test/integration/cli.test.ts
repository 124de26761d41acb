import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/emulators';
import { startLocalStack, type LocalStack } from '../../local/start';
import { csvCell } from '../../lambdas/use-cases/export-csv';

/** `npm run intake -- --local …` against a running local stack, as a practitioner uses it. */
const exec = promisify(execFile);
let stack: LocalStack;
let env: NodeJS.ProcessEnv;
const people: Array<{ email: string; route: string; id?: string }> = [
  { email: 'cli.coaching@example.com', route: 'coaching' },
  { email: 'cli.therapy@example.com', route: 'therapy' },
  { email: 'cli.crisis@example.com', route: 'crisis' },
];
const messages: Record<string, string> = {
  coaching: 'I want to lead my team better. =HYPERLINK("http://evil.example")',
  therapy: 'I have been depressed for months.',
  crisis: 'I want to end my life.',
};

const intake = (...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', '--local', ...args], { env, timeout: 60_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

beforeAll(async () => {
  const [app, dynamo, ses] = [await freePort(), await freePort(), await freePort()];
  stack = await startLocalStack(
    { ...process.env, PORT: String(app), DYNAMODB_PORT: String(dynamo), SES_PORT: String(ses), RETRY_INTERVAL_SECONDS: '60' },
    () => undefined,
  );
  env = { ...process.env, DYNAMODB_PORT: String(dynamo), SES_PORT: String(ses), TABLE_NAME: '' };
  for (const person of people) {
    const res = await fetch(`http://127.0.0.1:${app}/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Person ${person.route}`, email: person.email, message: messages[person.route], safety: 'no', consent: true, region: 'NY' }),
    });
    person.id = ((await res.json()) as { id: string }).id;
  }
}, 120_000);
afterAll(() => stack?.stop());

const emailsTo = async (address: string) =>
  ((await (await fetch(`${stack.sesEndpoint}/store`)).json()) as { emails: Array<{ destination: { to: string[] }; body: { text?: string } }> }).emails.filter(
    (e) => e.destination.to.includes(address),
  );

describe('npm run intake', () => {
  it('lists every intake with its route as JSON', async () => {
    const { code, stdout } = await intake('list', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ id: string; route: string }>;
    for (const p of people) expect(rows).toContainEqual(expect.objectContaining({ id: p.id, route: p.route }));
  });

  it('filters the list by route', async () => {
    const rows = JSON.parse((await intake('list', '--json', '--route', 'crisis')).stdout) as Array<{ route: string }>;
    expect(rows.map((r) => r.route)).toEqual(['crisis']);
  });

  it('shows the answers, the route and the reasons of one intake', async () => {
    const { code, stdout } = await intake('show', people[1]?.id ?? '');
    expect(code).toBe(0);
    expect(stdout).toContain('Route: therapy');
    expect(stdout).toContain('I have been depressed for months.');
    expect(stdout).toContain('Describes low mood or depression');
    expect(stdout).toMatch(/client\s+sent/);
  });

  it('exports a header and one row per intake, safe against formula injection', async () => {
    const { code, stdout } = await intake('export', '--csv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,created_at,route,/);
    expect(lines).toHaveLength(people.length + 1);
    expect(stdout).not.toMatch(/,=HYPERLINK/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
  });

  it('reroutes an intake, keeps who and why, and sends the person a therapy email naming a referral', async () => {
    const coaching = people[0];
    const { code, stdout } = await intake('reroute', coaching?.id ?? '', 'therapy', '--reason', 'Mentioned panic attacks on our call', '--by', 'Jordan');
    expect(code).toBe(0);
    expect(stdout).toContain('now routed to therapy');
    const shown = (await intake('show', coaching?.id ?? '')).stdout;
    expect(shown).toContain('Route: therapy (triage said coaching)');
    expect(shown).toMatch(/Jordan: reroute \(coaching → therapy: Mentioned panic attacks on our call\)/);
    const emails = await emailsTo(coaching?.email ?? '');
    expect(emails).toHaveLength(2);
    expect(emails[1]?.body.text).toMatch(/Dr\. Maya Chen|Luis Ortega/);
  });

  it('needs --confirm to take a crisis intake off crisis, and changes nothing without it', async () => {
    const crisis = people[2];
    const refused = await intake('reroute', crisis?.id ?? '', 'coaching', '--reason', 'Seemed fine on the phone');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--confirm');
    expect((await intake('show', crisis?.id ?? '')).stdout).toContain('Route: crisis (URGENT)');
  });

  it('finds an intake by the 8-character id from the subject, or by the person’s email, and shows local times', async () => {
    const therapy = people[1];
    const byShortId = await intake('show', therapy?.id?.slice(0, 8) ?? '');
    expect(byShortId.code).toBe(0);
    expect(byShortId.stdout).toContain(`Intake ${therapy?.id}`);
    expect(byShortId.stdout).toMatch(/received \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    const byEmail = await intake('show', therapy?.email ?? '');
    expect(byEmail.stdout).toContain(`Intake ${therapy?.id}`);
  });

  it('books only coaching intakes', async () => {
    const therapy = people[1];
    const refused = await intake('booked', therapy?.id ?? '');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('only a coaching intake can be booked');
  });

  it('erases everything about one person from list and show', async () => {
    const crisis = people[2];
    const { code, stdout } = await intake('erase', '--email', crisis?.email ?? '');
    expect(code).toBe(0);
    expect(stdout).toContain('Erased 1 intake');
    expect((await intake('list', '--json')).stdout).not.toContain(crisis?.email ?? '');
    const show = await intake('show', crisis?.id ?? '');
    expect(show.code).not.toBe(0);
  });

  it('names every command in --help', async () => {
    const { code, stdout } = await intake('--help');
    expect(code).toBe(0);
    for (const command of ['list', 'show', 'export', 'erase', 'reroute', 'redeliver', 'booked']) expect(stdout).toContain(command);
  });

  it('gives a clear error and a non-zero exit for an unknown id or a bad argument', async () => {
    const unknown = await intake('show', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('No intake with id');
    const bad = await intake('reroute', people[1]?.id ?? '', 'astrology', '--reason', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('route');
  });
});
