import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { triage, TRIAGE_VERSION, type Route } from '../lambdas/domain/triage';

/**
 * `npm run eval`: measures the triage engine on real public text in
 * eval/data (provenance and licences in eval/data/README.md; it is never
 * bundled into the functions) and on the project's own fixtures, and prints
 * a table per source. `--json` prints the same figures as JSON. DATA_DIR
 * overrides the folder.
 */

const DATA = resolve(process.env.DATA_DIR ?? join(import.meta.dirname, '..', 'eval', 'data'));
const asJson = process.argv.includes('--json');
type Row = Record<string, string>;

const read = (file: string): Row[] => {
  const path = join(DATA, file);
  if (!existsSync(path)) {
    console.error(`npm run eval: ${path} is missing (the evaluation data lives in eval/data; DATA_DIR points elsewhere)`);
    process.exit(2);
  }
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as Row[];
};
const routeOf = (message: string): Route => triage({ message, safety: 'no', preference: 'unsure' }).route;
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

interface Line {
  measure: string;
  hits: number;
  total: number;
  share: string;
  aim: string;
}
const tables: Record<string, Line[]> = {};
const line = (source: string, measure: string, hits: number, total: number, aim: string) => {
  tables[source] ??= [];
  tables[source].push({ measure, hits, total, share: pct(hits, total), aim });
};

function progress(label: string, done: number, total: number) {
  if (!asJson && process.stderr.isTTY) process.stderr.write(`\r${label}: ${done}/${total}   ${done === total ? '\n' : ''}`);
}

// Reddit C-SSRS: users labelled Ideation, Behavior or Attempt by clinicians are crisis.
const reddit = read('reddit-cssrs-users.csv');
if (reddit) {
  const byLabel: Record<string, { crisis: number; total: number; coaching: number }> = {};
  reddit.forEach((row, i) => {
    const label = row.Label ?? '?';
    const r = routeOf(row.Post ?? '');
    const s = byLabel[label] ?? { crisis: 0, total: 0, coaching: 0 };
    byLabel[label] = s;
    s.total++;
    if (r === 'crisis') s.crisis++;
    if (r === 'coaching') s.coaching++;
    progress('reddit', i + 1, reddit.length);
  });
  const risk = ['Ideation', 'Behavior', 'Attempt'];
  const at = risk.reduce((a, l) => ({ crisis: a.crisis + (byLabel[l]?.crisis ?? 0), total: a.total + (byLabel[l]?.total ?? 0) }), { crisis: 0, total: 0 });
  line('reddit-cssrs-users', 'crisis recall, Ideation + Behavior + Attempt users', at.crisis, at.total, 'every one');
  for (const l of risk) line('reddit-cssrs-users', `  crisis recall, ${l}`, byLabel[l]?.crisis ?? 0, byLabel[l]?.total ?? 0, 'every one');
  for (const l of ['Supportive', 'Indicator'])
    line('reddit-cssrs-users', `  routed to crisis, ${l} (informative)`, byLabel[l]?.crisis ?? 0, byLabel[l]?.total ?? 0, '–');
  const all = Object.values(byLabel).reduce((a, s) => a + s.coaching, 0);
  line('reddit-cssrs-users', 'sent to coaching, all users', all, reddit.length, 'near 0');
}

// Suicide Risk Lexicon: each prototypical phrase as a plain intake message, per construct.
const lexicon = read('suicide-risk-lexicon.csv');
if (lexicon) {
  const CRISIS_CONSTRUCTS = [
    'Passive suicidal ideation',
    'Active suicidal ideation & suicidal planning',
    'Lethal means for suicide',
    'Direct self-injury',
    'Other suicidal language',
    'Burdensomeness',
    'Suicide exposure',
  ];
  const per: Record<string, { crisis: number; total: number; coaching: number }> = {};
  for (const row of lexicon) {
    if (row.prototypical !== 'True') continue;
    const r = routeOf(row.token ?? '');
    const s = per[row.construct ?? '?'] ?? { crisis: 0, total: 0, coaching: 0 };
    per[row.construct ?? '?'] = s;
    s.total++;
    if (r === 'crisis') s.crisis++;
    if (r === 'coaching') s.coaching++;
  }
  const sum = CRISIS_CONSTRUCTS.reduce((a, c) => ({ crisis: a.crisis + (per[c]?.crisis ?? 0), total: a.total + (per[c]?.total ?? 0) }), {
    crisis: 0,
    total: 0,
  });
  line('suicide-risk-lexicon (prototypical)', 'crisis recall, suicide and self-injury constructs', sum.crisis, sum.total, 'high');
  for (const c of CRISIS_CONSTRUCTS) line('suicide-risk-lexicon (prototypical)', `  ${c}`, per[c]?.crisis ?? 0, per[c]?.total ?? 0, 'high');
  const others = Object.entries(per).filter(([c]) => !CRISIS_CONSTRUCTS.includes(c));
  const o = others.reduce((a, [, s]) => ({ notCoaching: a.notCoaching + s.total - s.coaching, total: a.total + s.total }), { notCoaching: 0, total: 0 });
  line('suicide-risk-lexicon (prototypical)', 'other constructs: a single phrase routed beyond coaching (informative)', o.notCoaching, o.total, '–');
}

// CounselChat: questions sent to licensed therapists: never coaching; self-harm/suicide rows crisis.
const counsel = read('counselchat-questions.csv');
if (counsel) {
  let coaching = 0;
  let crisis = 0;
  let selfHarm = 0;
  let selfHarmCrisis = 0;
  let boundary = 0;
  let boundaryCoaching = 0;
  for (const row of counsel) {
    const text = `${row.title ?? ''}\n${row.text ?? ''}`;
    const r = routeOf(text);
    const topics = `${row.topics_multi ?? ''},${row.topic_2020 ?? ''}`.toLowerCase();
    const isBoundary = /career counseling|workplace relationships|behavioral change/.test(topics);
    if (r === 'coaching') coaching++;
    if (r === 'crisis') crisis++;
    if (/self-harm|suicid/.test(topics) || /suicid|self.?harm|kill myself/i.test(text)) {
      selfHarm++;
      if (r === 'crisis') selfHarmCrisis++;
    }
    if (isBoundary) {
      boundary++;
      if (r === 'coaching') boundaryCoaching++;
    }
  }
  line('counselchat-questions', 'sent to coaching (should be near zero)', coaching, counsel.length, 'near 0');
  line('counselchat-questions', 'crisis recall, self-harm and suicide questions', selfHarmCrisis, selfHarm, 'every one');
  line('counselchat-questions', 'routed to crisis, all questions (informative)', crisis, counsel.length, '–');
  line('counselchat-questions', 'coaching-boundary topics sent to coaching (informative)', boundaryCoaching, boundary, '–');
}

// Mental health vs not: real text only (likely_constructed dropped).
const mh = read('mental-health-vs-not.csv');
if (mh) {
  const real = mh.filter((r) => r.likely_constructed !== 'True');
  const not = real.filter((r) => r.is_mental_health === '0');
  const yes = real.filter((r) => r.is_mental_health === '1');
  line(
    'mental-health-vs-not (real text)',
    'false crisis alarms on non-mental-health posts',
    not.filter((r) => routeOf(r.doc ?? '') === 'crisis').length,
    not.length,
    'near 0',
  );
  line(
    'mental-health-vs-not (real text)',
    'mental-health posts sent to coaching',
    yes.filter((r) => routeOf(r.doc ?? '') === 'coaching').length,
    yes.length,
    'near 0',
  );
}

// The project's own fixtures, in our own words.
const fixtures = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'triage-fixtures.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { expected: Route; message: string });
for (const expected of ['coaching', 'therapy', 'crisis'] as const) {
  const set = fixtures.filter((f) => f.expected === expected);
  line(
    'own fixtures',
    `${expected} fixtures routed to ${expected}`,
    set.filter((f) => routeOf(f.message) === expected).length,
    set.length,
    expected === 'coaching' ? '≥ 90%' : expected === 'crisis' ? 'every one' : '≥ 90%',
  );
}
const therapyFx = fixtures.filter((f) => f.expected === 'therapy');
line('own fixtures', 'therapy fixtures never sent to coaching', therapyFx.filter((f) => routeOf(f.message) !== 'coaching').length, therapyFx.length, '≥ 97%');

if (asJson) {
  console.log(JSON.stringify({ version: TRIAGE_VERSION, dataDir: DATA, tables }, null, 2));
} else {
  console.log(`Triage rules ${TRIAGE_VERSION}; data from ${DATA}\n`);
  for (const [source, lines] of Object.entries(tables)) {
    console.log(source);
    const width = Math.max(...lines.map((l) => l.measure.length));
    for (const l of lines) console.log(`  ${l.measure.padEnd(width)}  ${`${l.hits}/${l.total}`.padStart(9)}  ${l.share.padStart(6)}   aim: ${l.aim}`);
    console.log('');
  }
}
