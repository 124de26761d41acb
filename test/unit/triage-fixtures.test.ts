import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Route, triage, triageByRules } from '../../lambdas/domain/triage';

/** The project's own fixtures, in our own words (never copied from eval/data). */
const fixtures = readFileSync('test/fixtures/triage-fixtures.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { expected: Route; message: string });

describe('the project’s own triage fixtures', () => {
  it('has at least 60 coaching fixtures', () => {
    expect(fixtures.filter((f) => f.expected === 'coaching').length).toBeGreaterThanOrEqual(60);
  });

  it.each(fixtures.map((f) => [f.expected, f.message] as const))('routes to %s: %s', (expected, message) => {
    const input = { message, safety: 'no' as const, preference: 'unsure' as const };
    const result = triage(input);
    expect(result.reasons.length).toBeGreaterThan(0);
    if (result.route !== expected && result.model?.raised) {
      // The learned safety net may raise a coaching or therapy message (the safe mistake, counted
      // below); the rules alone must still route it right.
      expect(triageByRules(input).route).toBe(expected);
    } else {
      expect(result.route).toBe(expected);
    }
  });

  // Each fixture's route, worked out once for the three shares below.
  let routes: Route[] | undefined;
  const raisedTo = (route: Route, expected: Route) => {
    routes ??= fixtures.map((f) => triage({ message: f.message, safety: 'no', preference: 'unsure' }).route);
    const some = fixtures.flatMap((f, i) => (f.expected === expected ? [routes?.[i]] : []));
    return some.filter((r) => r === route).length / some.length;
  };

  // Raised to crisis is the safe mistake; held-out intake messages are raised far less often than
  // these fixtures, many of which were written to sit beside a crisis line (README, "The model").
  it('has at most 3.5% of the therapy fixtures raised to crisis by the model', () => {
    expect(raisedTo('crisis', 'therapy')).toBeLessThanOrEqual(0.035);
  });

  it('has at most 1% of the coaching fixtures raised to crisis by the model (many are near misses written to look like one)', () => {
    expect(raisedTo('crisis', 'coaching')).toBeLessThanOrEqual(0.01);
  });

  it('has at most 1% of the coaching fixtures raised to therapy by the model', () => {
    expect(raisedTo('therapy', 'coaching')).toBeLessThanOrEqual(0.01);
  });
});
