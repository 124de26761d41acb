import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_VERSION, type Route, TRIAGE_VERSION, triage, triageByRules } from '../lambdas/domain/triage';
import { CRISIS_CONSTRUCTS, counselText, DATA_DIR, half, isBoundaryQuestion, isSelfHarmQuestion, ROOT, type Row } from './eval/data';

/**
 * `npm run eval`: measures the triage engine on the TEST halves of the real
 * public text in eval/data (the train halves are for tuning and training
 * only; eval/splits.json says which is which) and on our own fixtures. Each
 * measure is shown for the rules alone and for the rules with the learned
 * safety net, with a 95% interval (Wilson). `--json` prints the same figures
 * as JSON. The fixtures are also in the model's training data, so for them
 * only the rules' figures are a fair measure (`npm run triage:train` prints
 * the model's out-of-fold figures on them); the probes in eval/probes are in
 * no one's training or tuning, so both columns are fair there.
 */

const asJson = process.argv.includes('--json');

interface Count {
  hits: number;
  total: number;
  low: number;
  high: number;
}
interface Line {
  measure: string;
  rules: Count;
  withModel: Count;
  aim: string;
}

/** Wilson score interval for a proportion, 95%. */
export function wilson(hits: number, total: number): { low: number; high: number } {
  if (total === 0) return { low: 0, high: 1 };
  const z = 1.96;
  const p = hits / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}

const count = (hits: number, total: number): Count => ({ hits, total, ...wilson(hits, total) });
const tables: Record<string, Line[]> = {};

type Decide = (text: string) => Route;
const byRules: Decide = (message) => triageByRules({ message, safety: 'no', preference: 'unsure' }).route;
const withModel: Decide = (message) => triage({ message, safety: 'no', preference: 'unsure' }).route;

/** One measure: how many of `rows` satisfy `ok` under each engine. */
function measure(source: string, name: string, rows: Row[], text: (r: Row) => string, ok: (route: Route) => boolean, aim: string): void {
  let rules = 0;
  let model = 0;
  for (const row of rows) {
    const t = text(row);
    if (ok(byRules(t))) rules++;
    if (ok(withModel(t))) model++;
  }
  tables[source] ??= [];
  tables[source].push({ measure: name, rules: count(rules, rows.length), withModel: count(model, rows.length), aim });
}

function progress(label: string): void {
  if (!asJson && process.stderr.isTTY) process.stderr.write(`measuring ${label}…\n`);
}

const isCrisis = (r: Route) => r === 'crisis';
const isCoaching = (r: Route) => r === 'coaching';
const notCoaching = (r: Route) => r !== 'coaching';

progress('Reddit C-SSRS users');
const reddit = half('reddit-cssrs-users', 'test');
const atRisk = reddit.filter((r) => ['Ideation', 'Behavior', 'Attempt'].includes(r.Label ?? ''));
const post = (r: Row) => r.Post ?? '';
measure('reddit-cssrs-users (test half)', 'crisis recall, Ideation + Behavior + Attempt users', atRisk, post, isCrisis, '≥ 93%');
for (const label of ['Ideation', 'Behavior', 'Attempt']) {
  measure(
    'reddit-cssrs-users (test half)',
    `  ${label}`,
    atRisk.filter((r) => r.Label === label),
    post,
    isCrisis,
    '–',
  );
}
for (const label of ['Supportive', 'Indicator']) {
  measure(
    'reddit-cssrs-users (test half)',
    `  routed to crisis, ${label} (informative)`,
    reddit.filter((r) => r.Label === label),
    post,
    isCrisis,
    '–',
  );
}

progress('the Suicide Risk Lexicon');
const lexicon = half('suicide-risk-lexicon', 'test').filter((r) => r.prototypical === 'True');
const token = (r: Row) => r.token ?? '';
measure(
  'suicide-risk-lexicon (test half, prototypical)',
  'crisis recall, suicide and self-injury constructs',
  lexicon.filter((r) => CRISIS_CONSTRUCTS.includes(r.construct ?? '')),
  token,
  isCrisis,
  'high',
);
measure(
  'suicide-risk-lexicon (test half, prototypical)',
  'other constructs routed beyond coaching (informative)',
  lexicon.filter((r) => !CRISIS_CONSTRUCTS.includes(r.construct ?? '')),
  token,
  notCoaching,
  '–',
);

progress('CounselChat');
const counsel = half('counselchat-questions', 'test');
measure('counselchat-questions (test half)', 'questions sent to coaching', counsel, counselText, isCoaching, '≤ 1%');
measure(
  'counselchat-questions (test half)',
  'crisis recall, self-harm and suicide questions',
  counsel.filter(isSelfHarmQuestion),
  counselText,
  isCrisis,
  'high',
);
measure(
  'counselchat-questions (test half)',
  'coaching-boundary topics sent to coaching (informative)',
  counsel.filter(isBoundaryQuestion),
  counselText,
  isCoaching,
  '–',
);

progress('mental health vs not');
const real = half('mental-health-vs-not', 'test').filter((r) => r.likely_constructed !== 'True');
const doc = (r: Row) => r.doc ?? '';
measure(
  'mental-health-vs-not (test half, real text)',
  'false crisis alarms on non-mental-health posts',
  real.filter((r) => r.is_mental_health === '0'),
  doc,
  isCrisis,
  '≤ 12%',
);
measure(
  'mental-health-vs-not (test half, real text)',
  'mental-health posts sent to coaching',
  real.filter((r) => r.is_mental_health === '1'),
  doc,
  isCoaching,
  '≤ 3%',
);

progress('our own fixtures');
/** Our own messages, one JSON object a line: the fixtures and the probes. */
const ownMessages = (...path: string[]) =>
  readFileSync(join(ROOT, ...path), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { expected: Route; message: string; language?: string });
const fixtures = ownMessages('test', 'fixtures', 'triage-fixtures.jsonl');
const asRows = (expected: Route, language = 'en') =>
  fixtures.filter((f) => f.expected === expected && (f.language ?? 'en') === language).map((f) => ({ message: f.message }));
const message = (r: Row) => r.message ?? '';
for (const expected of ['coaching', 'therapy', 'crisis'] as const) {
  measure(
    'own fixtures (also trained on: rules column is the fair one)',
    `${expected} fixtures routed to ${expected}`,
    asRows(expected),
    message,
    (r) => r === expected,
    expected === 'crisis' ? 'every one' : '≥ 90%',
  );
}
measure(
  'own fixtures (also trained on: rules column is the fair one)',
  'therapy fixtures never sent to coaching',
  asRows('therapy'),
  message,
  notCoaching,
  '≥ 97%',
);
for (const expected of ['coaching', 'therapy', 'crisis'] as const) {
  const aim = expected === 'crisis' ? 'every one' : '≥ 90%';
  measure('own Spanish fixtures (also trained on)', `${expected} fixtures routed to ${expected}`, asRows(expected, 'es'), message, (r) => r === expected, aim);
}

progress('held-out probes');
// Plain-spoken messages we wrote and no rule, threshold or model was tuned or trained on (eval/probes/README.md):
// the measure of what the model does with a message that states a problem without naming a goal or a diagnosis.
for (const [file, expected] of [
  ['plain-coaching', 'coaching'],
  ['plain-coaching-2', 'coaching'],
  ['plain-coaching-3', 'coaching'],
  ['plain-therapy', 'therapy'],
  ['plain-therapy-2', 'therapy'],
] as const) {
  const probes = ownMessages('eval', 'probes', `${file}.jsonl`).map((p) => ({ message: p.message }));
  const source = 'held-out probes (our own words, never trained or tuned on)';
  measure(source, `${file}: routed to ${expected}`, probes, message, (r) => r === expected, '≥ 90%');
  if (expected === 'coaching') measure(source, `${file}: sent to crisis`, probes, message, (r) => r === 'crisis', '–');
  else measure(source, `${file}: never sent to coaching`, probes, message, notCoaching, '≥ 97%');
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const show = (c: Count) => `${`${c.hits}/${c.total}`.padStart(9)} ${pct(c.total ? c.hits / c.total : 0).padStart(6)} [${pct(c.low)}–${pct(c.high)}]`;
if (asJson) {
  console.log(JSON.stringify({ version: TRIAGE_VERSION, rulesVersion: RULES_VERSION, dataDir: DATA_DIR, halves: 'test', tables }, null, 2));
} else {
  console.log(`Triage ${TRIAGE_VERSION}: test halves of ${DATA_DIR} (eval/splits.json); 95% Wilson intervals\n`);
  for (const [source, lines] of Object.entries(tables)) {
    console.log(source);
    const width = Math.max(...lines.map((l) => l.measure.length));
    console.log(`  ${''.padEnd(width)}  ${'rules alone'.padEnd(32)}  ${'rules + model'.padEnd(32)}  aim`);
    for (const l of lines) console.log(`  ${l.measure.padEnd(width)}  ${show(l.rules).padEnd(32)}  ${show(l.withModel).padEnd(32)}  ${l.aim}`);
    console.log('');
  }
}
