import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Route, type TriageResult, triage, triageByRules } from '../../lambdas/domain/triage';

/** The project's own fixtures, in our own words (never copied from eval/data). */
const fixtures = readFileSync('test/fixtures/triage-fixtures.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { expected: Route; message: string; language?: string });

describe('the project’s own triage fixtures', () => {
  // `npm run eval` reports the Spanish fixtures apart by this field: a Spanish message without it counts as English.
  it('marks every fixture written in Spanish as Spanish', () => {
    const spanishWords = /\b(?:que|de|el|la|los|las|mi|mis|y|con|por|para|una|un|es|estoy|tengo|quiero|se|lo|al|del|muy|pero)\b/gi;
    const englishWord = /\b(?:the|and|i|my|to|is|of|in|it|you|we|was|have|for|with|on|at|be|this|that|im|ive|dont)\b/i;
    const unmarked = fixtures.filter((f) => f.language !== 'es' && (f.message.match(spanishWords) ?? []).length >= 2 && !englishWord.test(f.message));
    expect(unmarked.map((f) => f.message)).toEqual([]);
  });

  // The probes in eval/probes measure what nothing was trained or tuned on; a copy among the fixtures would train on it.
  it('holds none of the held-out probes', () => {
    const messages = new Set(fixtures.map((f) => f.message));
    const probes = readdirSync('eval/probes')
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) => readFileSync(`eval/probes/${file}`, 'utf8').trim().split('\n'))
      .map((line) => (JSON.parse(line) as { message: string }).message);
    expect(probes.length).toBeGreaterThan(400);
    expect(probes.filter((m) => messages.has(m))).toEqual([]);
  });

  it('has at least 60 coaching fixtures', () => {
    expect(fixtures.filter((f) => f.expected === 'coaching').length).toBeGreaterThanOrEqual(60);
  });

  // Each fixture triaged once, for its own test and the three shares below: ~10,500 triages, 10–20 s on a
  // two-core machine and past the 30 s default when it is busy; the bound is for a hang, not for speed.
  let results: TriageResult[] = [];
  beforeAll(() => {
    results = fixtures.map((f) => triage({ message: f.message, safety: 'no', preference: 'unsure' }));
  }, 120_000);

  it.each(fixtures.map((f, i) => [f.expected, f.message, i] as const))('routes to %s: %s', (expected, message, i) => {
    const result = results[i] as TriageResult;
    expect(result.reasons.length).toBeGreaterThan(0);
    if (result.route !== expected && result.model?.raised) {
      // The learned safety net may raise a coaching or therapy message (the safe mistake, counted
      // below); the rules alone must still route it right.
      expect(triageByRules({ message, safety: 'no', preference: 'unsure' }).route).toBe(expected);
    } else {
      expect(result.route).toBe(expected);
    }
  });

  const raisedTo = (route: Route, expected: Route) => {
    const some = fixtures.flatMap((f, i) => (f.expected === expected ? [results[i]?.route] : []));
    return some.filter((r) => r === route).length / some.length;
  };

  // Raised to crisis is the safe mistake; held-out intake messages are raised far less often than
  // these fixtures, many of which were written to sit beside a crisis line (README, "The model").
  // 6% since the nineteenth session, when the crisis threshold's targets rose to 3.5% and 7% (in sample
  // 5.2% then): models trained at the starts of sessions 17 to 19 sent 229 instead of 218 of 275 fresh
  // crisis messages to crisis, for 5 more of 220 fresh therapy messages raised (scripts/triage-train.ts).
  // 4% from the fifteenth (3.5% before): a model trained without its 196 fresh messages raised 2 of their
  // 56 therapy messages to crisis whether the target was 2.5% or 2% of our non-crisis fixtures.
  it('has at most 6% of the therapy fixtures raised to crisis by the model', () => {
    expect(raisedTo('crisis', 'therapy')).toBeLessThanOrEqual(0.06);
  });

  it('has at most 1% of the coaching fixtures raised to crisis by the model (many are near misses written to look like one)', () => {
    expect(raisedTo('crisis', 'coaching')).toBeLessThanOrEqual(0.01);
  });

  // 2% since the twenty-second session (1% before), the share the trainer's coaching floor allows: a lower
  // therapy threshold kept 3 more of 156 fresh therapy messages from coaching (scripts/triage-train.ts).
  it('has at most 2% of the coaching fixtures raised to therapy by the model', () => {
    expect(raisedTo('therapy', 'coaching')).toBeLessThanOrEqual(0.02);
  });
});
