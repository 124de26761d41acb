import { NEGATORS, normalizeText } from './text';

/**
 * The learned safety net beside the triage rules: two logistic regressions
 * over TF-IDF word and character n-grams, one for "this may be crisis" and
 * one for "this needs more than coaching". Trained by `npm run triage:train`
 * on the train halves of eval/data and our own fixtures; the weights and the
 * thresholds (chosen by cross-validation on that training data) are committed
 * in triage-model.json. Triage only ever lets the model raise a route.
 *
 * The features are made the same way here and in training, so this module is
 * both the scorer the functions run and the featuriser the trainer uses.
 */

/** How far a negation reaches: to the end of its clause, at most this many words. */
const NEGATION_REACH = 6;
/** Longer texts are scored on their first characters: an intake is at most two fields of 5,000. */
export const MAX_CHARS = 10_000;
/**
 * The model raises a route only for texts of at least this many words: on a
 * few words it judges one word at a time ("I feel depressed."), which is the
 * rules' job.
 */
export const MIN_WORDS_TO_RAISE = 6;
/**
 * And to crisis only for texts of at least this many: a short message such as
 * "I think I'm hooked on painkillers" leans on a word or two ("think", "im")
 * that crisis posts use often, and crisis said in a few words is what the
 * rules are written for.
 */
export const MIN_WORDS_TO_RAISE_TO_CRISIS = 8;

/**
 * Idioms the rules read as everyday speech ("my mum will kill me if I quit",
 * "this job is killing me", "we're killing it"): the model reads each as the
 * one word "idiom", as it reads a negated word apart, so it cannot raise a
 * route on the words the rules set aside. Written in normalised spelling.
 */
const IDIOMS =
  / (?:(?:my )?(?:mom|mum|mam|dad|mother|father|parents|sister|brother|boss|wife|husband|coach|teacher|manager|family)(?: is| s)? (?:wil|would|going to|gona) kil me|(?:is|s|are|its) kiling me|kiling it) /g;
/**
 * A panic attack's belief about dying ("I'm sure I'm going to die", "I feel
 * like I'm dying"), which the rules read as panic, not a wish to die: the
 * model reads it as the one word "panic".
 */
const PANIC_BELIEFS =
  / (?:sure|think|thought|convinced|certain|feel like|felt like)(?: that)? (?:im|i was) (?:dying|going to die|about to die|having a heart atack) /g;

/** A text as the model reads it: normalised, its first MAX_CHARS characters. */
const read = (raw: string): string => normalizeText(raw.slice(0, MAX_CHARS));

const countWords = (text: string): number => text.split(' ').filter((w) => w !== '' && w !== '|').length;

/** Words in a text, as the model counts them. */
export const wordCount = (raw: string): number => countWords(read(raw));

/**
 * The features of a text with their counts: words (`w:`), word pairs (`b:`)
 * and character 3- to 5-grams of words (`c:`). A word after a negation in the
 * same clause becomes `w:neg_<word>` and gives no character n-grams, so "I
 * have never had thoughts of ending my life" does not read as the phrase
 * without "never".
 */
export const featuresOf = (raw: string): Map<string, number> => featuresOfRead(read(raw));

function featuresOfRead(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const words = text.replace(IDIOMS, ' idiom ').replace(PANIC_BELIEFS, ' panic ').trim().split(' ');
  let negatedFor = 0;
  let previous: string | undefined;
  for (const word of words) {
    if (word === '|' || word === '') {
      negatedFor = 0;
      previous = undefined;
      continue;
    }
    const negated = negatedFor > 0;
    const token = negated ? `neg_${word}` : word;
    add(`w:${token}`);
    if (previous !== undefined) add(`b:${previous}_${token}`);
    if (!negated) {
      const padded = ` ${word} `;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
    }
    previous = token;
    negatedFor = NEGATORS.has(word) ? NEGATION_REACH : Math.max(0, negatedFor - 1);
  }
  return counts;
}

/** One binary model: weights by feature index, an intercept, and the score from which it raises a route. */
export interface BinaryModel {
  weights: ArrayLike<number>;
  bias: number;
  threshold: number;
}

/**
 * The crisis model has a second, higher threshold: from it, it raises a text
 * to crisis on its own, where neither the rules nor the therapy model put the
 * text beyond coaching (a plan told without a feeling word: "there's a rope
 * in the boot of my car and I keep driving out to the woods").
 */
export interface CrisisModel extends BinaryModel {
  aloneThreshold: number;
}

/**
 * Whole numbers written as base64 digits, `digits` a number (six bits each,
 * the higher first, negative numbers as 64 ** digits less): two digits hold
 * -2,048 to 2,047, one digit -32 to 31. The model keeps its idf values so
 * (one digit, see storedIdf) and its weights (one digit, whole eighths, see
 * ModelFile.scale): a byte a number where JSON's digits and commas took
 * ~3.8, ~11 KB less of the intake function's bundle.
 */
export type PackedNumbers = string;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The range `digits` base64 digits a number hold. */
function packedRange(digits: 1 | 2): { min: number; max: number } {
  const span = 64 ** digits;
  return { min: -span / 2, max: span / 2 - 1 };
}

export function packNumbers(values: readonly number[], digits: 1 | 2 = 2): PackedNumbers {
  const { min, max } = packedRange(digits);
  return values
    .map((value, i) => {
      if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`not a whole number from ${min} to ${max}: ${value} (at ${i})`);
      let bits = value < 0 ? value + 64 ** digits : value;
      let written = '';
      for (let d = 0; d < digits; d++, bits >>= 6) written = `${DIGITS[bits & 63]}${written}`;
      return written;
    })
    .join('');
}

/** Each digit's value by its character code, 64 for any other character (a cold start unpacks ~4,500 numbers). */
const DIGIT_VALUES = new Uint8Array(128).fill(64);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i;

export function unpackNumbers(packed: PackedNumbers, digits: 1 | 2 = 2): Int16Array {
  if (packed.length % digits !== 0) throw new RangeError(`packed numbers come ${digits} digits each`);
  const { max } = packedRange(digits);
  const values = new Int16Array(packed.length / digits);
  for (let i = 0; i < values.length; i++) {
    let bits = 0;
    for (let d = 0; d < digits; d++) {
      const digit = DIGIT_VALUES[packed.charCodeAt(digits * i + d)] ?? 64;
      if (digit === 64) throw new RangeError(`not a base64 digit in the packed numbers (at ${i})`);
      bits = bits * 64 + digit;
    }
    values[i] = bits > max ? bits - 64 ** digits : bits;
  }
  return values;
}

/**
 * The model's features by kind ("w", "b", "c"), each kind's names in one
 * string joined by "|" (no name holds one: the clause break is never a
 * feature), without the "w:" each would otherwise repeat and the quotes and
 * commas of a list. The names are sorted, so each is written as how many
 * characters it shares with the name before (one digit, 0 to 9) and the rest
 * ("abu|abus|al" as "0abu|3s|1l"): 2.2 KB less of the file and the intake
 * bundle than the names in full. Their order, kind by kind as written, is the
 * order of idf and of the weights.
 */
export type FeatureNames = Record<string, string>;

const NAME_SEPARATOR = '|';
const MAX_SHARED = 9;

/** Every feature's full name ("w:die"), in the order of idf and the weights. */
export function featureList(names: FeatureNames): string[] {
  return Object.entries(names).flatMap(([kind, joined]) => {
    let before = '';
    return joined.split(NAME_SEPARATOR).map((entry) => {
      const shared = entry.charCodeAt(0) - 48;
      if (!(shared >= 0 && shared <= MAX_SHARED && shared <= before.length))
        throw new Error(`a feature name does not start with how much it shares: ${kind}:${entry}`);
      before = before.slice(0, shared) + entry.slice(1);
      return `${kind}:${before}`;
    });
  });
}

/** Features grouped by kind, in the order given (see FeatureNames). */
export function featureNames(features: string[]): FeatureNames {
  const names: Record<string, string[]> = {};
  const before: Record<string, string> = {};
  for (const feature of features) {
    const [kind, name] = [feature.slice(0, 1), feature.slice(2)];
    if (name.includes(NAME_SEPARATOR)) throw new Error(`a feature name holds "${NAME_SEPARATOR}": ${feature}`);
    const previous = before[kind] ?? '';
    let shared = 0;
    while (shared < MAX_SHARED && shared < name.length && name[shared] === previous[shared]) shared++;
    const list = names[kind] ?? [];
    list.push(`${shared}${name.slice(shared)}`);
    names[kind] = list;
    before[kind] = name;
  }
  return Object.fromEntries(Object.entries(names).map(([kind, list]) => [kind, list.join(NAME_SEPARATOR)]));
}

/** The committed model file (triage-model.json). */
export interface ModelFile {
  version: string;
  features: FeatureNames;
  idf: PackedNumbers;
  crisis: Stored<CrisisModel>;
  therapy: Stored<BinaryModel>;
  /**
   * What the stored weights are multiplied by: 8 stores them as whole eighths
   * (-10 rather than -1.23), which packs each in one digit. The idf values are
   * stored as storedIdf writes them.
   */
  scale: number;
}

/** A binary model as the file keeps it: its weights packed. */
export type Stored<M extends BinaryModel> = Omit<M, 'weights'> & { weights: PackedNumbers };

/** How many base64 digits the file gives each idf value and each weight. */
export const IDF_DIGITS = 1;

/**
 * An idf value as the file keeps it: whole steps of 2/13 from 5.5, so one
 * digit (-32 to 31) holds 0.6 to 10.4. Idf runs from 1 (a feature in every
 * text) to ln(texts / 4) + 1 (in three), 9.4 with the ~18,500 training texts
 * (the trainer stops with a RangeError past the range). The trainer fits on
 * the idf values as stored, so the model scores as it was trained; with two
 * digits, in whole hundredths, they took 1.4 KB more of the intake bundle.
 */
export const storedIdf = (idf: number): number => Math.round((idf - IDF_MIDDLE) * IDF_STEPS);
/** The idf value a stored one stands for. */
export const idfOfStored = (stored: number): number => IDF_MIDDLE + stored / IDF_STEPS;
const IDF_MIDDLE = 5.5;
const IDF_STEPS = 6.5;
export const WEIGHT_DIGITS = 1;

const unpack = <M extends BinaryModel>(model: Stored<M>): Omit<M, 'weights'> & BinaryModel => ({
  ...model,
  weights: unpackNumbers(model.weights, WEIGHT_DIGITS),
});

/** Where each feature stands in the model's list: a Map in the trainer, the sorted list itself at run time. */
export interface FeatureIndex {
  get(feature: string): number | undefined;
}

/**
 * The model's features, sorted as the trainer writes them (a test checks),
 * found by binary search: nothing is built on a cold start but the list of
 * names, where a Map of all ~2,500 of them took about a millisecond (the
 * search costs ~10 µs more per text when warm, against a ~0.2 ms triage).
 */
export class SortedFeatures implements FeatureIndex {
  constructor(private readonly names: readonly string[]) {}

  get(feature: string): number | undefined {
    let low = 0;
    let high = this.names.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const name = this.names[middle] as string;
      if (name === feature) return middle;
      if (name < feature) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

/** A text as the model sees it: TF-IDF over the model's features, L2-normalised. Sparse: [index, value]. */
export function vectorize(counts: Map<string, number>, index: FeatureIndex, idf: ArrayLike<number>): Array<[number, number]> {
  const vector: Array<[number, number]> = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const i = index.get(feature);
    if (i === undefined) continue;
    const value = (1 + Math.log(count)) * (idf[i] ?? 0);
    vector.push([i, value]);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const entry of vector) entry[1] /= norm;
  return vector;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for a vectorised text; `scale` is what the stored weights are multiplied by. */
export function probability(model: Pick<BinaryModel, 'weights' | 'bias'>, vector: Array<[number, number]>, scale = 1): number {
  let z = 0;
  for (const [i, value] of vector) z += (model.weights[i] ?? 0) * value;
  return sigmoid(model.bias + z / scale);
}

export interface ModelScores {
  version: string;
  /** Probability-like score that the text is crisis language. */
  crisis: number;
  /** Probability-like score that the text needs more than coaching. */
  therapy: number;
  /** Whether each score reached its threshold. */
  raisesToCrisis: boolean;
  raisesToTherapy: boolean;
  /** Whether the crisis score reached the threshold from which it raises to crisis on its own (CrisisModel). */
  raisesToCrisisAlone: boolean;
}

/**
 * A loaded model: the list of feature names and the unpacked numbers are
 * made once, on first use. The stored weights are used as they are: their
 * scale is divided out of each sum.
 */
export class TriageModel {
  private loaded: { index: SortedFeatures; idf: Float64Array; crisis: CrisisModel; therapy: BinaryModel } | undefined;

  constructor(private readonly file: ModelFile) {}

  get version(): string {
    return this.file.version;
  }

  score(text: string): ModelScores {
    const { file } = this;
    this.loaded ??= {
      index: new SortedFeatures(featureList(file.features)),
      idf: Float64Array.from(unpackNumbers(file.idf, IDF_DIGITS), idfOfStored),
      crisis: unpack(file.crisis),
      therapy: unpack(file.therapy),
    };
    const { index, idf } = this.loaded;
    const readText = read(text);
    const vector = vectorize(featuresOfRead(readText), index, idf);
    const crisis = probability(this.loaded.crisis, vector, file.scale);
    const therapy = probability(this.loaded.therapy, vector, file.scale);
    const words = countWords(readText);
    return {
      version: file.version,
      crisis: Math.round(crisis * 1000) / 1000,
      therapy: Math.round(therapy * 1000) / 1000,
      raisesToCrisis: words >= MIN_WORDS_TO_RAISE_TO_CRISIS && crisis >= this.file.crisis.threshold,
      raisesToTherapy: words >= MIN_WORDS_TO_RAISE && therapy >= this.file.therapy.threshold,
      raisesToCrisisAlone: words >= MIN_WORDS_TO_RAISE_TO_CRISIS && crisis >= this.file.crisis.aloneThreshold,
    };
  }
}
