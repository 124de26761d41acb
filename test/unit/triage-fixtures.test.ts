import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triage, type Route } from '../../lambdas/domain/triage';

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
    const result = triage({ message, safety: 'no', preference: 'unsure' });
    expect(result.route).toBe(expected);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});
