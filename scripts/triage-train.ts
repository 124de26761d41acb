import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Route, raisedRoute, triageByRules } from '../lambdas/domain/triage';
import {
  featureList,
  featureNames,
  featuresOf,
  MIN_WORDS_TO_RAISE,
  MIN_WORDS_TO_RAISE_TO_CRISIS,
  IDF_DIGITS,
  idfOfStored,
  type ModelFile,
  packNumbers,
  storedIdf,
  probability,
  vectorize,
  WEIGHT_DIGITS,
  wordCount,
} from '../lambdas/domain/triage-model';
import { CRISIS_CONSTRUCTS, counselText, half, isSelfHarmQuestion, ROOT } from './eval/data';
import { type Example, type Fit, fitLogistic, predict, type SparseVector } from './train/logistic';

/**
 * `npm run triage:train`: trains the triage's learned safety net and writes
 * lambdas/domain/triage-model.json. Deterministic: the same data gives the
 * same file. It reads only the train halves of eval/data (eval/splits.json)
 * and our own fixtures; thresholds are chosen on out-of-fold scores of that
 * training data (5-fold cross-validation), never on the test halves, and
 * the therapy one then raised, if need be, just above the final model's
 * scores of all but the highest 2% of our own coaching fixtures the rules
 * keep in coaching, so that they stay coaching with the model as stored.
 * The crisis model's second, higher threshold, from which it raises a text
 * on its own (CrisisModel), is chosen out of fold too, on the texts the rules
 * and the therapy model leave in coaching.
 *
 * Two binary models share one vocabulary:
 * - crisis: clinician-rated Ideation/Behavior/Attempt users, self-harm and
 *   suicide questions, the lexicon's suicide and self-injury phrases and our
 *   crisis fixtures, against the other questions, general posts and our
 *   therapy and coaching fixtures;
 * - therapy (needs more than coaching): questions to therapists,
 *   mental-health posts, the lexicon's phrases and our therapy and crisis
 *   fixtures, against our coaching fixtures and general (non-mental-health)
 *   posts.
 */

const MODEL_FILE = join(ROOT, 'lambdas', 'domain', 'triage-model.json');
const MODEL_VERSION = 'model-2026-11-29.351';
const LAMBDA = 1e-4;
const MIN_DOC_FREQUENCY = 3;
/**
 * Features kept per model after the first fit (by weight); the union ships. 1,500 until the ninth
 * session, when the phrases' growth took the intake bundle past its bound (0.6 of the sample's):
 * 1,250 is ~6 KB less and did as well out of fold and on the session's held-out messages (README).
 * 1,000 since the tenth, 7 KB less again and as good out of fold (at-risk users 137 of 146 either
 * way, everyday posts to crisis 35 against 37 of 426); 750 lost four at-risk users (133).
 * 950 since the thirteenth, 1.4 KB less, out of fold against 1,000 on the same data: at-risk users 137
 * either way, everyday posts to crisis 37 either way, coaching fixtures raised 27 against 31 of 3,331; 900
 * and 850 lost two and three at-risk users (135, 134), though on the session's earlier data 850 had lost one.
 * 880 since the fifteenth, 1.8 KB less for the rules' lines, on the same data against 950 and 920: at-risk users
 * 136 all three, everyday posts to crisis 36 all three, coaching fixtures raised to crisis 5, 4, 3 of 3,653;
 * 820 lost one at-risk user (135) and raised 6.
 * 840 since the twenty-first, 0.5 KB less for the rules' lines: trained without the session's 125 fresh messages
 * and twins and scored on its 90 held-out ones (with the rules they met), 880 and 840 both sent 34 of 42 crisis
 * messages to crisis and 19 of 24 therapy ones to therapy (coaching kept 22 and 21 of 24); out of fold, at-risk
 * users 137 and everyday posts to crisis 42 either way. 800 (0.9 KB less) sent 33 of 42; fixture weights 3 and 4
 * routed the 90 as 2 did.
 * 820 since the twenty-eighth, 0.24 KB less for the finder's index by next word (phrases.ts): out of fold on the same
 * data against 840, at-risk users 137 against 136, self-harm questions 9 of 11 either way, everyday posts to crisis 41
 * against 42, mental-health posts beyond coaching 422 against 423, coaching fixtures raised to crisis 32 against 29 of
 * 5,552; 800 (0.25 KB less again) kept 8 of the 11 self-harm questions.
 * 800 later in the twenty-eighth, 0.2 KB less for its rounds' lines, on its data (idf in one digit) against 820 and
 * 780: at-risk users 136 all three, self-harm questions 9 of 11 all three, everyday posts to crisis 42 all three,
 * coaching fixtures raised to crisis 35, 32 and 32 of 5,644; 780 left four crisis fixtures the other two caught.
 * 740 since the twenty-ninth, 0.68 KB less for its rounds' lines, on its data against 800: at-risk users 137 against
 * 136, self-harm questions 8 of 11 against 9, everyday posts to crisis 41 against 42, coaching fixtures raised to
 * crisis 31 against 34 of 5,714; it left six crisis fixtures and a therapy one to the rules, which got lines.
 * 690 since the thirtieth, 0.5 KB less for its rounds' lines, on its data against 740 and 700: at-risk users 137 all
 * three, everyday posts to crisis 41 against 42 and 42, crisis fixtures caught 5,492 against 5,500 and 5,497 of 5,511;
 * it left two crisis fixtures to the rules, which got lines (660 left five and a therapy one). 680 later in the thirtieth,
 * 0.1 KB less for its last round's two lines: at-risk users 137 and everyday posts to crisis 41, crisis fixtures caught
 * 5,506 of 5,523; it left three crisis fixtures to the rules, which got lines.
 * 660 since the thirty-first, 0.2 KB less for its rounds' lines, on its data against 680, 650 and 640: at-risk users 136,
 * 136, 137 and 136, crisis fixtures caught 5,557 against 5,560, 5,559 and 5,556 of 5,580; it left two crisis fixtures and
 * a therapy one to the rules, which got lines (680 left four, 650 nine, 640 twelve).
 * Kept in the thirty-second against 650 and 630 (0.12 KB less a step): at-risk users 136 all three, crisis fixtures
 * caught 5,795 (660) and 5,795 (650) of 5,810; after its rounds 650 left five crisis fixtures to the rules and 660 four,
 * and 630 three a round earlier, when 660 left none: the lines for them cost more than the bytes saved.
 * 3,000 since the thirty-third, 24 KB more, paid for by retiring 298 of the rules' most specific lines (28.5 KB) whose
 * fixtures the model routes right out of fold (README, "The rules the model carries"). Trained without the session's
 * first 238 fresh messages and scored on them before any mend, with the rules they met (92 crisis, 80 therapy and 66
 * coaching messages), 660, 1,500, 2,000 and 3,000 sent 72, 79, 80 and 81 crisis messages to crisis, routed 76, 75, 75
 * and 73 therapy messages to therapy (2 to coaching each) and kept 64 coaching messages each; on the test
 * halves they sent 128, 133, 135 and 135 of 147 C-SSRS users to crisis and 20, 16, 13 and 13 of 446 CounselChat
 * questions to coaching, with 59, 62, 64 and 63 of 425 false crisis alarms. With the same check's lines retired, 3,000
 * still sent 81 of the 92. On the session's next fourteen rounds (77 crisis messages), held out from both, 660 and 3,000
 * with the same rules each sent 66 to crisis, kept 53 and 54 of 57 coaching messages and routed 59 of 63 therapy
 * messages to therapy: over both sets, 138 and 147 of 169.
 */
const KEEP_PER_MODEL = 3000;
/**
 * The weights are stored as whole eighths, one base64 digit each (-4 to 3.875; the largest
 * fitted so far is about ±3.2, and the trainer stops with a RangeError past the range). Against
 * hundredths in two digits it saves ~3 KB of the intake bundle; scored over every text we have
 * (11,897), the stored model's decisions moved on 0.3–0.5% of them, near a threshold, about as
 * many the right way as the wrong (README, Speed).
 */
const WEIGHT_SCALE = 8;
const FOLDS = 5;
const GENERAL_WEIGHT_FOR_CRISIS = 3;
const FIXTURE_WEIGHT = 2;
/**
 * The share of our coaching fixtures (kept by the rules) the stored model may score above the therapy threshold.
 * 2% since the twenty-second session (0.5% before), with the out-of-fold target of 98% coaching fixtures kept
 * from therapy (99% before): models trained at the starts of sessions 19, 20 and 21, scored with those rules on
 * the 555 fresh messages the sessions wrote later, kept 154 of their 156 therapy messages from coaching instead
 * of 151 (routed 145 to therapy instead of 142) and sent 176 of 222 crisis messages to crisis instead of 173, for
 * 170 of 177 coaching messages kept instead of 173. 3% and 97% routed those messages alike and raised more of
 * our coaching fixtures out of fold (3.0% against 2.1%).
 */
const COACHING_FIXTURES_ABOVE_FLOOR = 0.02;
/**
 * Out-of-fold targets the thresholds are chosen for. The crisis ones were 1.25% and 4% until the
 * ninth session held out its 756 fresh messages (a model trained without them, scored with the
 * rules as they stood before them): at 2.5% and 6% the rules and model sent 238 of their 344
 * crisis messages to crisis instead of 224, for 2 more of 232 therapy and 1 more of 180 coaching
 * messages raised to crisis. Our non-crisis fixtures score higher than such messages, many being
 * written to sit beside a crisis line, so a bound on them had held the threshold too high (README).
 * 3.5% and 7% since the nineteenth session: models trained at the starts of sessions 17, 18 and 19,
 * scored with those rules on the 770 fresh messages the sessions wrote later, sent 229 of their 275
 * crisis messages to crisis instead of 218, for 5 more of 220 therapy messages raised to crisis and
 * no coaching message (4% and 8%: 232 crisis messages, for 7 more therapy ones). Out of fold on the
 * session's last data: at-risk users 136 → 138 of 146, everyday posts to crisis 37 → 41 of 426.
 */
const TARGETS = {
  // 99% until the twenty-second session (COACHING_FIXTURES_ABOVE_FLOOR).
  coachingKeptFromTherapy: 0.98,
  nonCrisisFixturesRaised: 0.035,
  generalPostsRaisedToCrisis: 0.07,
  // The crisis model's second threshold, from which it raises on its own (CrisisModel): chosen on the texts the
  // rules and the therapy model leave in coaching. Since the eighteenth session (README).
  nonCrisisFixturesRaisedAlone: 0.001,
  generalPostsRaisedToCrisisAlone: 0.01,
};

/** Lexicon constructs that are about everyday life rather than distress: not therapy examples. */
const EVERYDAY_CONSTRUCTS = new Set([
  'Relationships & kinship',
  'Finances & work stress',
  'Perfectionism',
  'Physical health issues & disability',
  'Gender & sexual identity',
  'Discrimination',
  'Poverty & homelessness',
  'Incarceration',
  'Fatigue & tired',
  'Sleep issues',
  'Mental health treatment',
  'Barriers to treatment',
]);

type Group = 'reddit' | 'counsel' | 'general' | 'mental-health' | 'lexicon' | 'fixture-coaching' | 'fixture-therapy' | 'fixture-crisis';
interface Doc {
  text: string;
  group: Group;
  /** What the rules alone decide for it: the model only matters where they route lower. */
  rules?: Route;
  /** Long enough for the model to raise its route (MIN_WORDS_TO_RAISE, MIN_WORDS_TO_RAISE_TO_CRISIS). */
  raisable?: Record<'crisis' | 'therapy', boolean>;
  /** 1, 0, or undefined when the document says nothing for that model. */
  crisis: number | undefined;
  therapy: number | undefined;
}

function trainingDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const row of half('reddit-cssrs-users', 'train')) {
    const atRisk = ['Ideation', 'Behavior', 'Attempt'].includes(row.Label ?? '');
    // Supportive and Indicator users write about suicide too, often to others: safety first, they are
    // not taught as "not crisis" (the evaluation reports how many of them are routed to crisis).
    docs.push({ text: row.Post ?? '', group: 'reddit', crisis: atRisk ? 1 : undefined, therapy: 1 });
  }
  for (const row of half('counselchat-questions', 'train')) {
    docs.push({ text: counselText(row), group: 'counsel', crisis: isSelfHarmQuestion(row) ? 1 : 0, therapy: 1 });
  }
  for (const row of half('mental-health-vs-not', 'train')) {
    if (row.likely_constructed === 'True') continue;
    const mentalHealth = row.is_mental_health === '1';
    docs.push({ text: row.doc ?? '', group: mentalHealth ? 'mental-health' : 'general', crisis: mentalHealth ? undefined : 0, therapy: mentalHealth ? 1 : 0 });
  }
  for (const row of half('suicide-risk-lexicon', 'train')) {
    const construct = row.construct ?? '';
    // Someone else's suicide (the lexicon's "Suicide exposure") is grief, which the rules send to therapy.
    const crisis = CRISIS_CONSTRUCTS.includes(construct) && construct !== 'Suicide exposure';
    docs.push({
      text: row.token ?? '',
      group: 'lexicon',
      crisis: crisis ? 1 : undefined,
      therapy: crisis || !EVERYDAY_CONSTRUCTS.has(construct) ? 1 : undefined,
    });
  }
  const fixtures = readFileSync(join(ROOT, 'test', 'fixtures', 'triage-fixtures.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { expected: 'coaching' | 'therapy' | 'crisis'; message: string });
  for (const f of fixtures) {
    docs.push({ text: f.message, group: `fixture-${f.expected}`, crisis: f.expected === 'crisis' ? 1 : 0, therapy: f.expected === 'coaching' ? 0 : 1 });
  }
  return docs;
}

/** Each class of a model weighs the same in total; within a class, every group weighs the same. */
function examplesFor(docs: Doc[], vectors: SparseVector[], label: 'crisis' | 'therapy', rows: number[]): Example[] {
  const chosen = rows.filter((i) => docs[i]?.[label] !== undefined);
  const perClassGroup = new Map<string, number>();
  const groupsPerClass = new Map<number, Set<string>>();
  for (const i of chosen) {
    const doc = docs[i] as Doc;
    const y = doc[label] as number;
    const key = `${y}:${doc.group}`;
    perClassGroup.set(key, (perClassGroup.get(key) ?? 0) + 1);
    groupsPerClass.set(y, (groupsPerClass.get(y) ?? new Set()).add(doc.group));
  }
  return chosen.map((i) => {
    const doc = docs[i] as Doc;
    const y = doc[label] as number;
    const groups = groupsPerClass.get(y)?.size ?? 1;
    // Everyday posts weigh more among the crisis model's negatives: a false alarm on ordinary talk costs trust.
    // Our fixtures are intake-style text, the kind the model will score: they weigh more than forum posts.
    // (Counting our therapy fixtures twice again among the crisis model's negatives was tried in the
    // seventeenth session and left: fewer of them raised, but fewer fresh crisis messages caught; README.)
    const boost = (label === 'crisis' && doc.group === 'general' ? GENERAL_WEIGHT_FOR_CRISIS : 1) * (doc.group.startsWith('fixture-') ? FIXTURE_WEIGHT : 1);
    return { x: vectors[i] as SparseVector, y, weight: boost / groups / (perClassGroup.get(`${y}:${doc.group}`) ?? 1) };
  });
}

/** The smallest threshold at which at most `rate` of these scores reach it. */
function thresholdFor(scores: number[], rate: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  const boundary = sorted[allowed] ?? 0;
  return Math.min(0.999, boundary + 1e-6);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function main(): void {
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const docs = trainingDocs();
  for (const d of docs) {
    d.rules = triageByRules({ message: d.text, safety: 'no', preference: 'unsure' }).route;
    const words = wordCount(d.text);
    d.raisable = { therapy: words >= MIN_WORDS_TO_RAISE, crisis: words >= MIN_WORDS_TO_RAISE_TO_CRISIS };
  }
  log(`${docs.length} training texts (train halves and fixtures)`);

  const counts = docs.map((d) => featuresOf(d.text));
  const docFrequency = new Map<string, number>();
  for (const c of counts) for (const f of c.keys()) docFrequency.set(f, (docFrequency.get(f) ?? 0) + 1);
  const allFeatures = [...docFrequency.entries()]
    .filter(([, df]) => df >= MIN_DOC_FREQUENCY)
    .map(([f]) => f)
    .sort();
  // Fitted on the idf values as the file stores them, so the model scores at run time as it was trained.
  const idfOf = (f: string) => idfOfStored(storedIdf(Math.log((1 + docs.length) / (1 + (docFrequency.get(f) ?? 0))) + 1));
  log(`${allFeatures.length} features seen in at least ${MIN_DOC_FREQUENCY} texts`);

  const vectorsFor = (features: string[]) => {
    const index = new Map(features.map((f, i) => [f, i]));
    const idf = features.map(idfOf);
    return { idf, vectors: counts.map((c) => vectorize(c, index, idf)) };
  };
  const everyRow = docs.map((_, i) => i);

  // 1. A first fit on every feature picks the ones that carry weight (on the given rows only, so that
  // the out-of-fold scores below never see a held-out text through the choice of features).
  const full = vectorsFor(allFeatures);
  const pick = (rows: number[]) => {
    const keep = new Set<string>();
    for (const label of ['crisis', 'therapy'] as const) {
      const fit = fitLogistic(examplesFor(docs, full.vectors, label, rows), allFeatures.length, { lambda: LAMBDA });
      const ranked = [...fit.weights.keys()].sort((a, b) => Math.abs(fit.weights[b] ?? 0) - Math.abs(fit.weights[a] ?? 0) || a - b);
      for (const i of ranked.slice(0, KEEP_PER_MODEL)) keep.add(allFeatures[i] as string);
    }
    // Sorted, and so already grouped by kind: the order the file keeps them in.
    return featureList(featureNames([...keep].sort()));
  };

  // 2. Out-of-fold scores choose the thresholds: each fold picks its features and fits without its held-out texts.
  const fold = (i: number) => i % FOLDS;
  const outOfFold: Record<'crisis' | 'therapy', number[]> = { crisis: new Array(docs.length).fill(0), therapy: new Array(docs.length).fill(0) };
  for (let k = 0; k < FOLDS; k++) {
    const trainRows = everyRow.filter((i) => fold(i) !== k);
    const foldFeatures = pick(trainRows);
    const foldVectors = vectorsFor(foldFeatures).vectors;
    for (const label of ['crisis', 'therapy'] as const) {
      const fit = fitLogistic(examplesFor(docs, foldVectors, label, trainRows), foldFeatures.length, { lambda: LAMBDA });
      for (const i of everyRow) if (fold(i) === k) outOfFold[label][i] = predict(fit, foldVectors[i] as SparseVector);
    }
    log(`fold ${k + 1} of ${FOLDS}`);
  }
  const features = pick(everyRow);
  const pruned = vectorsFor(features);
  log(`${features.length} features kept`);
  const scoresOf = (label: 'crisis' | 'therapy', test: (d: Doc, i: number) => boolean) =>
    everyRow.filter((i) => docs[i]?.raisable?.[label] && test(docs[i] as Doc, i)).map((i) => outOfFold[label][i] ?? 0);
  /** Whether the model, out of fold, raises text `i` by `label`'s score from `threshold`. */
  const raisesOutOfFold = (i: number, label: 'crisis' | 'therapy', threshold: number) =>
    docs[i]?.raisable?.[label] === true && (outOfFold[label][i] ?? 0) >= threshold;
  // The model raises only what the rules routed lower, so the thresholds are set on those texts.
  let therapyThreshold = thresholdFor(
    scoresOf('therapy', (d) => d.group === 'fixture-coaching' && d.rules === 'coaching'),
    1 - TARGETS.coachingKeptFromTherapy,
  );
  const crisisThreshold = Math.max(
    thresholdFor(
      scoresOf('crisis', (d) => (d.group === 'fixture-coaching' || d.group === 'fixture-therapy') && d.rules !== 'crisis'),
      TARGETS.nonCrisisFixturesRaised,
    ),
    thresholdFor(
      scoresOf('crisis', (d) => d.group === 'general' && d.rules !== 'crisis'),
      TARGETS.generalPostsRaisedToCrisis,
    ),
  );
  // Where neither the rules nor the therapy model put a text beyond coaching, the crisis model raises it on
  // its own only from a higher threshold, chosen on those texts alone.
  const aloneScoresOf = (test: (d: Doc) => boolean) =>
    scoresOf('crisis', (d, i) => d.rules === 'coaching' && !raisesOutOfFold(i, 'therapy', therapyThreshold) && test(d));
  const aloneNonCrisis = aloneScoresOf((d) => d.group === 'fixture-coaching' || d.group === 'fixture-therapy');
  const aloneGeneral = aloneScoresOf((d) => d.group === 'general');
  const crisisAloneThreshold = Math.max(
    crisisThreshold,
    thresholdFor(aloneNonCrisis, TARGETS.nonCrisisFixturesRaisedAlone),
    thresholdFor(aloneGeneral, TARGETS.generalPostsRaisedToCrisisAlone),
  );
  // Only the therapy threshold moves after this (the coaching floor, below): the log gives it before and after.
  const oofTherapyThreshold = therapyThreshold;

  // 3. The final fit on all the training data.
  const final: Record<'crisis' | 'therapy', Fit> = {
    crisis: fitLogistic(examplesFor(docs, pruned.vectors, 'crisis', everyRow), features.length, { lambda: LAMBDA }),
    therapy: fitLogistic(examplesFor(docs, pruned.vectors, 'therapy', everyRow), features.length, { lambda: LAMBDA }),
  };
  // 4. Our coaching fixtures stay out of therapy with the model as stored: the therapy threshold rises,
  // if need be, above the stored model's score of all but the highest 2% of those the rules route to
  // coaching (one fixture alone, a Spanish idiom, had lifted it from 0.68 to 0.76). The crisis
  // threshold is not floored so: a fixture raised is the safe mistake, which the fixture test bounds
  // (6% of therapy fixtures to crisis, 1% of coaching ones to crisis, 2% to therapy), and flooring it
  // cost fresh crisis messages (see the README).
  const stored = (fit: Fit) => ({ weights: [...fit.weights].map((w) => Math.round(w * WEIGHT_SCALE)), bias: round(fit.bias, 4) });
  const idfValues = pruned.idf.map(storedIdf);
  const index = new Map(features.map((f, i) => [f, i]));
  const storedCrisis = stored(final.crisis);
  const storedTherapy = stored(final.therapy);
  const coachingScores = docs
    .filter((d) => d.raisable?.therapy && d.group === 'fixture-coaching' && d.rules === 'coaching')
    .map((d) => probability(storedTherapy, vectorize(featuresOf(d.text), index, pruned.idf), WEIGHT_SCALE));
  therapyThreshold = Math.max(therapyThreshold, round(thresholdFor(coachingScores, COACHING_FIXTURES_ABOVE_FLOOR) + 5e-4, 4));

  const model: ModelFile = {
    version: MODEL_VERSION,
    features: featureNames(features),
    // The idf values and the weights (in whole eighths) in one base64 digit each.
    idf: packNumbers(idfValues, IDF_DIGITS),
    crisis: {
      ...storedCrisis,
      weights: packNumbers(storedCrisis.weights, WEIGHT_DIGITS),
      threshold: round(crisisThreshold, 4),
      aloneThreshold: round(crisisAloneThreshold, 4),
    },
    therapy: { ...storedTherapy, weights: packNumbers(storedTherapy.weights, WEIGHT_DIGITS), threshold: round(therapyThreshold, 4) },
    scale: WEIGHT_SCALE,
  };
  /** Out-of-fold share of a group the rules and the model together send to `route` or higher. */
  const together = (group: Group, route: 'crisis' | 'therapy', want?: (d: Doc) => boolean) => {
    const rows = everyRow.filter((i) => docs[i]?.group === group && (want ? want(docs[i] as Doc) : true));
    const hit = rows.filter((i) => {
      const decided = raisedRoute(docs[i]?.rules as Route, {
        raisesToCrisis: raisesOutOfFold(i, 'crisis', crisisThreshold),
        raisesToTherapy: raisesOutOfFold(i, 'therapy', therapyThreshold),
        raisesToCrisisAlone: raisesOutOfFold(i, 'crisis', crisisAloneThreshold),
      });
      return decided === 'crisis' || (route === 'therapy' && decided === 'therapy');
    });
    const rulesOnly = rows.filter((i) => {
      const d = docs[i] as Doc;
      return route === 'crisis' ? d.rules === 'crisis' : d.rules !== 'coaching';
    });
    return `${rulesOnly.length} → ${hit.length} of ${rows.length}`;
  };
  log(
    `thresholds: crisis ${crisisThreshold.toFixed(3)} (alone ${crisisAloneThreshold.toFixed(3)}), therapy ${therapyThreshold.toFixed(3)} (out of fold ${oofTherapyThreshold.toFixed(3)})`,
  );
  log('out of fold on the training data, rules alone → rules and model:');
  log(`  reddit at-risk users to crisis        ${together('reddit', 'crisis', (d) => d.crisis === 1)}`);
  log(`  self-harm questions to crisis         ${together('counsel', 'crisis', (d) => d.crisis === 1)}`);
  log(`  crisis fixtures to crisis             ${together('fixture-crisis', 'crisis')}`);
  log(`  general posts to crisis (false alarm) ${together('general', 'crisis')}`);
  log(`  therapy fixtures to crisis            ${together('fixture-therapy', 'crisis')}`);
  log(`  coaching fixtures to crisis           ${together('fixture-coaching', 'crisis')}`);
  log(`  questions beyond coaching             ${together('counsel', 'therapy')}`);
  log(`  mental-health posts beyond coaching   ${together('mental-health', 'therapy')}`);
  log(`  coaching fixtures beyond coaching     ${together('fixture-coaching', 'therapy')}`);

  const text = `${JSON.stringify(model)}\n`;
  writeFileSync(MODEL_FILE, text);
  log(`wrote ${MODEL_FILE} (${(text.length / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
