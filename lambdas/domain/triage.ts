import type { IntakeAnswers } from './intake';
import { combines, type Occurrence, PhraseFinder } from './phrases';
import { scorePhq4, type Phq4Result } from './screening';
import { COACHING_THEMES, GROUPS, PHRASES, SIGNS } from './triage-phrases';
import { REASONS } from './triage-reasons';
import { compileRule, NEGATORS, normalizeText, wordSet } from './text';
import MODEL_FILE from './triage-model.json';
import { type ModelFile, type ModelScores, TriageModel } from './triage-model';

/**
 * Triage: coaching, therapy or crisis, with the reasons. Safety first: any
 * sign that may be crisis is crisis, and any therapy signal outranks a stated
 * wish for coaching. Pure, deterministic and fast; the rules are phrase data
 * in triage-phrases.ts, every phrase ours.
 *
 * Bump RULES_VERSION whenever a rule changes: with the model's version it
 * makes TRIAGE_VERSION, stored with each intake so a decision can be traced
 * to the rules that made it.
 */
export const RULES_VERSION = '2026-11-29.365';
const model = new TriageModel(MODEL_FILE as ModelFile);
/** The rules' version and the model's together: what made a decision. */
export const TRIAGE_VERSION = `${RULES_VERSION}+${model.version}`;

export type Route = 'coaching' | 'therapy' | 'crisis';
export type Concern =
  | 'anxiety'
  | 'depression'
  | 'trauma'
  | 'grief'
  | 'addiction'
  | 'couples'
  | 'family'
  | 'eating'
  | 'ocd'
  | 'anger'
  | 'mood'
  | 'self-harm'
  | 'abuse'
  | 'perinatal'
  | 'psychosis';

export interface TriageResult {
  route: Route;
  urgent: boolean;
  /** Short, human-readable, safe to show the practitioner; never quotes the person. */
  reasons: string[];
  /** Tags used to match referrals (specialties). */
  concerns: Concern[];
  screening: Phq4Result;
  version: string;
  /** The learned safety net's scores, and whether it raised the route the rules chose. */
  model?: { version: string; crisis: number; therapy: number; raised: boolean };
}

type TriageInput = Pick<IntakeAnswers, 'message' | 'safety' | 'preference'> &
  Partial<Pick<IntakeAnswers, 'goals' | 'phq4Anxious' | 'phq4Worry' | 'phq4Interest' | 'phq4Down'>>;

/**
 * How many different words of feeling and of the people in someone's life, not negated and, when
 * `resolvedCounts` is false, not in a difficulty the person says is behind them.
 */
function personalWords(found: Map<string, Occurrence[]>, text: string, resolvedCounts: boolean): number {
  const counted = (found.get('personal') ?? []).filter((o) => !isNegated(text, o.index) && (resolvedCounts || !isResolved(found, text, o.index)));
  return new Set(counted.map((o) => o.match)).size;
}

/** Words that may stand between a negator and what it negates ("I have never really had any thoughts of …"). */
const FILLERS = wordSet(
  'i im ive id have had has having ever any thoughts thought thinking think of about been feel felt feeling want wanted to going would will',
  'really actually seriously plan plans planned planning intention intentions intend considered tried a the that do did am was be being',
  'urge urges ideas idea currently now at all and or history sign signs issues problems with from suffer suffered struggle struggled',
  'real clinical clinically diagnosed particularly especially very so too just even in my life',
  // Spanish: "nunca he pensado en suicidarme", "no tengo pensamientos suicidas", "no quiero hacerme daño",
  // "no pienso en hacerme daño", "no quiero matarme", "no es que quiera hacerme daño".
  'quiero he tengo pensado pensar en pensamientos de tenido pienso pensando quiera es que',
  // "not suicidal or depressed": a negation covers a list of states.
  'suicidal depressed anxious sad hopeless worthless lonely stressed angry',
);

/** True when a negator stands just before the match, with only filler words between, in the same clause. */
function isNegated(text: string, index: number): boolean {
  // Seven words back at most: a window of the text before, without the word it may cut in two.
  const from = Math.max(0, index - 120);
  const window = text.slice(from, index).trim().split(' ');
  const before = from === 0 ? window : window.slice(1);
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 7; i--, seen++) {
    const word = before[i] ?? '';
    if (word === '|' || word === '') return false;
    if (NEGATORS.has(word)) return true;
    if (!FILLERS.has(word)) return false;
  }
  return false;
}

/**
 * True when words of resolution (the concept `resolved`) stand in the clause at `index` or the two after it
 * ("It was hard, but I'm over it") and are not negated ("I can't think of her with a smile yet"); clauses
 * of two words or fewer do not count towards the two ("we took time, got support, and we're okay").
 */
function isResolved(found: Map<string, Occurrence[]>, text: string, index: number): boolean {
  if (saidStill(text, index)) return false;
  const start = Math.max(0, text.lastIndexOf(' | ', index));
  let until = text.indexOf(' | ', index);
  for (let clauses = 1; clauses < 3 && until >= 0; ) {
    const next = text.indexOf(' | ', until + 3);
    if (text.slice(until + 3, next < 0 ? undefined : next).split(' ').length > 2) clauses++;
    until = next;
  }
  if (until < 0) until = text.length;
  return (found.get('resolved') ?? []).some((o) => o.index >= start && o.index < until && !isNegated(text, o.index) && !saidUnable(text, o.index));
}

/**
 * "can't" and "couldn't" (the text reads "cannot" as "cant"), which negate words of resolution right after
 * them ("I can't move on") though not a difficulty ("I can't stop drinking"), so they are not NEGATORS.
 */
const UNABLE = new Set(['cant', 'couldnt']);

const saidUnable = (text: string, index: number): boolean =>
  UNABLE.has(
    text
      .slice(Math.max(0, index - 12), index)
      .trim()
      .split(' ')
      .pop() ?? '',
  );

/** Words that keep a difficulty present however resolved the rest sounds. */
const STILL = wordSet('still todavia sigo aun');

/** "I've grieved for years and I still can't stop crying": a difficulty said to be still there is not behind them. */
const saidStill = (text: string, index: number): boolean =>
  text
    .slice(Math.max(0, index - 12), index)
    .split(' ')
    .some((word) => STILL.has(word));

/** Someone else as the subject: the words that may stand before a phrase about them. */
const OTHER_SUBJECTS = wordSet(
  'you he she they we people those everyone someone somebody anyone who men women soldier soldiers veteran veterans friend friends',
  'patient patients grandma grandpa mom mum mother dad father parents boss manager',
);
/** A Spanish past participle first in a phrase ("escrito cartas", "tomado"), after which "he" means "I have". */
const SPANISH_PARTICIPLE = /^(?:\S*(?:ado|ido)|escrito|hecho|dicho|puesto|visto|roto|vuelto|abierto|muerto)(?: |$)/;
const LINKING_WORDS = wordSet('is was are were has have been gets get feels feel becomes become being not');
const BELIEF_BEFORE = compileRule('\\b(?:like|sure|think|thought|convinced|certain|afraid|scared|terrified|worried|fear|felt)(?: that)? (?:im|i was|i m|i) $');

/** True when the phrase at `index` is said of someone else, or is a belief about dying rather than a wish. */
function notAboutSelf(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const words = before.trim().split(' ');
  let i = words.length - 1;
  for (let skipped = 0; i >= 0 && skipped < 3 && LINKING_WORDS.has(words[i] ?? ''); skipped++) i--;
  // Spanish "he escrito" is "I have written": "he" before a participle is the person themself.
  if (i >= 0 && OTHER_SUBJECTS.has(words[i] ?? '') && !(words[i] === 'he' && SPANISH_PARTICIPLE.test(match))) return true;
  // "I'm sure I'm going to die" (panic) is a belief about dying, not a wish to.
  if (!/^(?:going|about) /.test(match)) return false;
  BELIEF_BEFORE.lastIndex = 0;
  return BELIEF_BEFORE.test(before);
}

interface Hits {
  reasons: string[];
  concerns: Concern[];
}

const phrases = new PhraseFinder(PHRASES, GROUPS);

/**
 * The signs written as phrase data (triage-phrases.ts) for one route: each
 * found with its concepts close together, not negated (where that counts),
 * about the person (where that counts) and, for therapy when `resolvedCounts`
 * is false, not a difficulty the person says is behind them. Returns how many.
 */
function scanSigns(route: Route, found: Map<string, Occurrence[]>, text: string, into: Hits, resolvedCounts = true): number {
  let count = 0;
  for (const sign of SIGNS) {
    if (sign.route !== route) continue;
    const counts = (o: Occurrence) =>
      !(sign.negatable && isNegated(text, o.index)) &&
      !(sign.aboutSelf && notAboutSelf(text, o.index, text.slice(o.index, o.index + 12))) &&
      (resolvedCounts || !isResolved(found, text, o.index));
    if (!combines(found, sign.all, sign.within, counts)) continue;
    count++;
    if (!into.reasons.includes(sign.reason)) into.reasons.push(sign.reason);
    for (const concern of sign.concerns) if (!into.concerns.includes(concern)) into.concerns.push(concern);
  }
  return count;
}

export const MODEL_REASONS = { crisis: REASONS.modelCrisis, therapy: REASONS.modelTherapy } as const;

/**
 * Decides the route of one intake and says why: the rules first, then the
 * learned safety net, which may raise the route (coaching → therapy → crisis)
 * and never lower it.
 */
export function triage(input: TriageInput): TriageResult {
  return raiseByModel(triageByRules(input), model.score(`${input.message}\n${input.goals ?? ''}`), input.preference);
}

/**
 * The route once the learned safety net has had its say: never lower than
 * the rules', and to crisis only what the rules or the model's own therapy
 * score already put beyond coaching (out of fold this kept 3 of 15 everyday
 * posts and 7 of 11 coaching fixtures the model raised from crisis, and cost
 * no at-risk user and no crisis fixture; README, "Training the safety net"),
 * unless the crisis score reaches its higher threshold, from which it raises
 * on its own. The trainer reports its out-of-fold figures through this same rule.
 */
export function raisedRoute(byRules: Route, raises: Pick<ModelScores, 'raisesToCrisis' | 'raisesToTherapy' | 'raisesToCrisisAlone'>): Route {
  if (byRules === 'crisis' || raises.raisesToCrisisAlone) return 'crisis';
  if (raises.raisesToCrisis && (byRules === 'therapy' || raises.raisesToTherapy)) return 'crisis';
  return byRules === 'therapy' || raises.raisesToTherapy ? 'therapy' : 'coaching';
}

/** What the learned safety net makes of the rules' decision, with its reasons and scores recorded (see raisedRoute). */
export function raiseByModel(byRules: TriageResult, scores: ModelScores, preference: TriageInput['preference']): TriageResult {
  const route = raisedRoute(byRules.route, scores);
  const raiseToCrisis = route === 'crisis' && byRules.route !== 'crisis';
  const raiseToTherapy = route === 'therapy' && byRules.route === 'coaching';
  const recorded = { version: scores.version, crisis: scores.crisis, therapy: scores.therapy, raised: raiseToCrisis || raiseToTherapy };
  if (raiseToCrisis) {
    const therapyReasons = byRules.route === 'therapy' ? byRules.reasons : [];
    return { ...byRules, route: 'crisis', urgent: true, reasons: [MODEL_REASONS.crisis, ...therapyReasons], version: TRIAGE_VERSION, model: recorded };
  }
  if (raiseToTherapy) {
    const reasons: string[] = [MODEL_REASONS.therapy];
    if (preference === 'coaching') reasons.push(REASONS.coachingButTherapy);
    return { ...byRules, route: 'therapy', urgent: false, reasons, version: TRIAGE_VERSION, model: recorded };
  }
  return { ...byRules, version: TRIAGE_VERSION, model: recorded };
}

/** The rules alone: the signs of triage-phrases.ts, the safety answer and the PHQ-4 screens. */
export function triageByRules(input: TriageInput): TriageResult {
  const text = normalizeText(`${input.message}\n${input.goals ?? ''}`);
  const screening = scorePhq4(input);
  const crisis: Hits = { reasons: [], concerns: [] };
  const therapy: Hits = { reasons: [], concerns: [] };

  if (input.safety === 'yes') crisis.reasons.push(REASONS.safetyYes);
  const found = phrases.find(text);
  scanSigns('crisis', found, text, crisis);

  const namesGoal = found.has('goal');
  const strongTherapy = scanSigns('therapy', found, text, therapy, !namesGoal);
  if (screening.phq2Positive) {
    therapy.reasons.push(`PHQ-2 score ${screening.phq2} of 6: a positive screen for low mood`);
    if (!therapy.concerns.includes('depression')) therapy.concerns.push('depression');
  }
  if (screening.gad2Positive) {
    therapy.reasons.push(`GAD-2 score ${screening.gad2} of 6: a positive screen for anxiety`);
    if (!therapy.concerns.includes('anxiety')) therapy.concerns.push('anxiety');
  }
  const themes = COACHING_THEMES.filter(([concept]) => found.has(concept)).map(([, theme]) => theme);
  const goalScore = themes.length + (namesGoal ? 1 : 0);
  const personalScore = personalWords(found, text, !namesGoal);
  if (strongTherapy === 0 && personalScore > goalScore) {
    therapy.reasons.push(REASONS.personal);
  }

  const concerns = [...crisis.concerns, ...therapy.concerns].filter((c, i, all) => all.indexOf(c) === i);

  if (crisis.reasons.length > 0) {
    return {
      route: 'crisis',
      urgent: true,
      reasons: [...crisis.reasons, ...therapy.reasons],
      concerns,
      screening,
      version: RULES_VERSION,
    };
  }

  const therapySignals = therapy.reasons.length > 0;
  if (therapySignals || input.preference === 'therapy') {
    const reasons = [...therapy.reasons];
    if (input.preference === 'therapy') reasons.push(REASONS.askedTherapy);
    if (input.preference === 'coaching') reasons.push(REASONS.coachingButTherapy);
    return { route: 'therapy', urgent: false, reasons, concerns, screening, version: RULES_VERSION };
  }

  const reasons: string[] = [];
  if (themes.length > 0) reasons.push(`Coaching goals: ${themes.join(', ')}`);
  if (input.preference === 'coaching') reasons.push(REASONS.askedCoaching);
  if (screening.severity !== null) reasons.push(`PHQ-4 total ${screening.total} of 12 (${screening.severity}), no positive screen`);
  reasons.push(REASONS.noSign);
  return { route: 'coaching', urgent: false, reasons, concerns, screening, version: RULES_VERSION };
}
