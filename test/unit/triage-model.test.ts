import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_REASONS, RULES_VERSION, raiseByModel, raisedRoute, TRIAGE_VERSION, triage, triageByRules } from '../../lambdas/domain/triage';
import {
  featureList,
  featureNames,
  featuresOf,
  IDF_DIGITS,
  idfOfStored,
  type ModelFile,
  packNumbers,
  SortedFeatures,
  storedIdf,
  TriageModel,
  unpackNumbers,
  WEIGHT_DIGITS,
} from '../../lambdas/domain/triage-model';

const file = JSON.parse(readFileSync('lambdas/domain/triage-model.json', 'utf8')) as ModelFile;
const ask = (message: string, preference: 'coaching' | 'therapy' | 'unsure' = 'unsure') => ({ message, safety: 'no' as const, preference });
const ORDER = { coaching: 0, therapy: 1, crisis: 2 } as const;

describe('the learned safety net', () => {
  it('only ever raises the route the rules chose, never lowers it', () => {
    const fixtures = readFileSync('test/fixtures/triage-fixtures.jsonl', 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { message: string }).message);
    for (const message of fixtures) {
      expect(ORDER[triage(ask(message)).route]).toBeGreaterThanOrEqual(ORDER[triageByRules(ask(message)).route]);
    }
  });

  it('says in plain words when it raised a route, and records its version and scores', () => {
    // A model that raises everything shows what a raise looks like, whatever the committed weights.
    const eager = new TriageModel({ ...file, crisis: { ...file.crisis, threshold: 0 } });
    expect(eager.score('I want to plan my next career move.').raisesToCrisis).toBe(true);
    const result = triage(ask('I want to plan my next career move.'));
    expect(result.model).toMatchObject({ version: file.version, raised: false });
    expect(result.model?.crisis).toBeGreaterThanOrEqual(0);
    expect(MODEL_REASONS.crisis).toMatch(/though no rule matched/);
  });

  it('raises to crisis only what the rules or its therapy score already put beyond coaching, or from its higher threshold alone', () => {
    const scores = (raisesToCrisis: boolean, raisesToTherapy: boolean, raisesToCrisisAlone = false) => ({
      version: 'fake',
      crisis: 0.9,
      therapy: 0.5,
      raisesToCrisis,
      raisesToTherapy,
      raisesToCrisisAlone,
    });
    const coaching = triageByRules(ask('I want to plan my next career move.'));
    const therapy = triageByRules(ask('I have been feeling depressed for months.'));
    expect([coaching.route, therapy.route]).toEqual(['coaching', 'therapy']);
    expect(raiseByModel(coaching, scores(true, false), 'unsure')).toMatchObject({ route: 'coaching', model: { raised: false } });
    expect(raiseByModel(coaching, scores(true, true), 'unsure')).toMatchObject({ route: 'crisis', urgent: true, reasons: [MODEL_REASONS.crisis] });
    expect(raiseByModel(coaching, scores(true, false, true), 'unsure')).toMatchObject({ route: 'crisis', urgent: true, reasons: [MODEL_REASONS.crisis] });
    expect(raiseByModel(coaching, scores(false, true), 'coaching').reasons[0]).toBe(MODEL_REASONS.therapy);
    const raised = raiseByModel(therapy, scores(true, false), 'unsure');
    expect(raised).toMatchObject({ route: 'crisis', model: { raised: true } });
    expect(raised.reasons).toEqual([MODEL_REASONS.crisis, ...therapy.reasons]);
  });

  it('decides the raised route by one rule, which the trainer reports through too: never lower, to crisis one step at a time unless the crisis score is high enough alone', () => {
    const table = (['coaching', 'therapy', 'crisis'] as const).flatMap((rules) =>
      [false, true].flatMap((crisis) =>
        [false, true].map((therapy) => {
          const route = (alone: boolean) => raisedRoute(rules, { raisesToCrisis: crisis, raisesToTherapy: therapy, raisesToCrisisAlone: alone });
          return `${rules} ${crisis} ${therapy} → ${route(false)}${crisis ? `, alone → ${route(true)}` : ''}`;
        }),
      ),
    );
    expect(table).toEqual([
      'coaching false false → coaching',
      'coaching false true → therapy',
      'coaching true false → coaching, alone → crisis',
      'coaching true true → crisis, alone → crisis',
      'therapy false false → therapy',
      'therapy false true → therapy',
      'therapy true false → crisis, alone → crisis',
      'therapy true true → crisis, alone → crisis',
      'crisis false false → crisis',
      'crisis false true → crisis',
      'crisis true false → crisis, alone → crisis',
      'crisis true true → crisis, alone → crisis',
    ]);
  });

  it('keeps a denial a denial: never having had thoughts of ending one’s life stays coaching', () => {
    const result = triage(ask('I have never had thoughts of ending my life. I want to get better at public speaking.'));
    expect(result.route).toBe('coaching');
  });

  it('reads a negated phrase as negated words, without their character n-grams', () => {
    const features = featuresOf('I never want to die');
    expect(features.has('w:neg_die')).toBe(true);
    expect(features.has('w:die')).toBe(false);
    expect([...features.keys()].some((f) => f.startsWith('c:') && f.includes('die'))).toBe(false);
    expect(featuresOf('I want to die').has('w:die')).toBe(true);
  });

  it('reads an idiom the rules set aside as one word, so it cannot raise a route on it', () => {
    const words = (text: string) => [...featuresOf(text).keys()].filter((k) => k.startsWith('w:'));
    expect(words('My mum will kill me if I quit law, but I want to be a chef.')).toContain('w:idiom');
    expect(words('My mum will kill me if I quit law, but I want to be a chef.')).not.toContain('w:kil');
    expect(words('This commute is killing me.')).toEqual(['w:this', 'w:comute', 'w:idiom']);
    // A threat is not an idiom: the words stay words.
    expect(words('He will kill me if I leave.')).toContain('w:kil');
  });

  it('reads a panic attack’s belief about dying as the one word "panic", as the rules read it', () => {
    const words = (text: string) => [...featuresOf(text).keys()].filter((k) => k.startsWith('w:'));
    expect(words('My heart races and I am sure I am going to die.')).toEqual(['w:my', 'w:heart', 'w:races', 'w:and', 'w:im', 'w:panic']);
    // A wish is not a belief: the words stay words.
    expect(words('I am going to die tonight, I have decided.')).toContain('w:die');
  });

  it('raises to crisis only a text of some length, and to therapy a shorter one too', () => {
    const model = new TriageModel({ ...file, crisis: { ...file.crisis, threshold: 0.01 }, therapy: { ...file.therapy, threshold: 0.01 } });
    // Seven words: enough to raise to therapy, too few to raise to crisis (MIN_WORDS_TO_RAISE_TO_CRISIS).
    expect(model.score('I think I am hooked on painkillers.')).toMatchObject({ raisesToCrisis: false, raisesToTherapy: true });
    expect(model.score('I think I am hooked on painkillers and I hide it.')).toMatchObject({ raisesToCrisis: true, raisesToTherapy: true });
    expect(model.score('Hooked on painkillers.')).toMatchObject({ raisesToCrisis: false, raisesToTherapy: false });
  });

  it('gives the rules’ version and the model’s together as the triage version', () => {
    expect(TRIAGE_VERSION).toBe(`${RULES_VERSION}+${file.version}`);
    expect(triage(ask('I want to learn to delegate.')).version).toBe(TRIAGE_VERSION);
  });

  it('packs whole numbers from -2,048 to 2,047 in two base64 digits each, and reads them back as they were', () => {
    const values = [0, 1, -1, 63, 64, -64, 315, -315, 911, 2047, -2048];
    expect(packNumbers(values)).toHaveLength(2 * values.length);
    expect(packNumbers([0, 1, 64, -1])).toBe('AAABBA//');
    expect([...unpackNumbers(packNumbers(values))]).toEqual(values);
    expect(() => packNumbers([2048])).toThrow(RangeError);
    expect(() => packNumbers([-2049])).toThrow(RangeError);
    expect(() => packNumbers([1.5])).toThrow(RangeError);
    expect(() => unpackNumbers('ABC')).toThrow(RangeError);
    expect(() => unpackNumbers('A!')).toThrow('not a base64 digit');
  });

  it('packs whole numbers from -32 to 31 in one base64 digit each, as the weights are kept', () => {
    const values = [0, 1, -1, 31, -32, 17, -9];
    expect(packNumbers([0, 1, 31, -1, -32], 1)).toBe('ABf/g');
    expect([...unpackNumbers(packNumbers(values, 1), 1)]).toEqual(values);
    expect(() => packNumbers([32], 1)).toThrow('not a whole number from -32 to 31: 32 (at 0)');
    expect(() => packNumbers([-33], 1)).toThrow(RangeError);
    expect(() => unpackNumbers('A?', 1)).toThrow('not a base64 digit');
  });

  it('keeps each idf value in one digit, within half a step of 2/13, from a feature in every text to one in three of ~40,000', () => {
    for (const idf of [1, 2.5, 5.5, 9.4, Math.log(40_000 / 4) + 1]) {
      const stored = storedIdf(idf);
      expect(Number.isInteger(stored) && stored >= -32 && stored <= 31).toBe(true);
      expect(Math.abs(idfOfStored(stored) - idf)).toBeLessThanOrEqual(1 / 13 + 1e-9);
    }
    // Past the range the trainer stops rather than write a wrong value.
    expect(() => packNumbers([storedIdf(11)], IDF_DIGITS)).toThrow(RangeError);
    // The committed model's values are the idf of features seen in at least three of its training texts.
    const values = [...unpackNumbers(file.idf, IDF_DIGITS)].map(idfOfStored);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(1 - 1 / 13);
    expect(Math.max(...values)).toBeLessThanOrEqual(10.4);
  });

  it('ships a model of at most 150 KB with thresholds inside (0, 1)', () => {
    expect(statSync('lambdas/domain/triage-model.json').size).toBeLessThanOrEqual(150 * 1024);
    const features = featureList(file.features);
    expect(unpackNumbers(file.idf, IDF_DIGITS)).toHaveLength(features.length);
    expect(unpackNumbers(file.crisis.weights, WEIGHT_DIGITS)).toHaveLength(features.length);
    expect(unpackNumbers(file.therapy.weights, WEIGHT_DIGITS)).toHaveLength(features.length);
    expect(featureList(featureNames(features))).toEqual(features);
    // Each kind's names are one string joined by "|", so a name may not hold one.
    expect(() => featureNames(['w:die', 'b:a|b'])).toThrow('a feature name holds "|": b:a|b');
    // Each name is written as how many characters it shares with the one before, then the rest.
    expect(featureNames(['c:abu', 'c:abus', 'c:al', 'w:die', 'w:dying'])).toEqual({ c: '0abu|3s|1l', w: '0die|1ying' });
    expect(featureList({ c: '0abu|3s|1l' })).toEqual(['c:abu', 'c:abus', 'c:al']);
    expect(() => featureList({ w: 'die' })).toThrow('a feature name does not start with how much it shares: w:die');
    expect(() => featureList({ w: '0a|2b' })).toThrow('does not start with how much it shares');
    for (const t of [file.crisis.threshold, file.crisis.aloneThreshold, file.therapy.threshold]) {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThan(1);
    }
    expect(file.crisis.aloneThreshold).toBeGreaterThanOrEqual(file.crisis.threshold);
  });

  it('keeps its features sorted, so each is found by binary search at its own place and no other word is', () => {
    const features = featureList(file.features);
    expect(features).toEqual([...features].sort());
    const index = new SortedFeatures(features);
    expect(features.map((feature) => index.get(feature))).toEqual(features.map((_, i) => i));
    for (const absent of ['w:', 'a:die', 'w:zzzzzz', `${features[0]}x`, '']) expect(index.get(absent)).toBeUndefined();
  });
});
