import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needlesOf } from '../../lambdas/domain/needles';
import { triageByRules } from '../../lambdas/domain/triage';

/**
 * The needle prefilter only skips rules that cannot match: every decision,
 * reason and concern must be identical with it and without it.
 */
const fixtures = readFileSync('test/fixtures/triage-fixtures.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { message: string }).message);
const sentences =
  readFileSync('test/unit/triage.test.ts', 'utf8')
    .match(/'[^'\n]{12,}'/g)
    ?.map((s) => s.slice(1, -1)) ?? [];

describe('the triage prefilter', () => {
  it.each([...fixtures, ...sentences].map((m) => [m]))('changes nothing for: %s', (message) => {
    const input = { message, safety: 'no' as const, preference: 'unsure' as const };
    expect(triageByRules(input)).toEqual(triageByRules(input, { exhaustive: true }));
  });

  it('finds the literal every match must contain', () => {
    // "myself" contains "self": the shorter needle alone filters the same texts.
    expect(needlesOf('\\bkil(?:s|ing|ed)? ?(?:my ?self|myself)')).toEqual(['self']);
    expect(needlesOf('\\b(?:sad|sadnes|unhapy)\\b')).toEqual(['sad', 'unhapy']);
    expect(needlesOf('\\b(?:hope|wish) (?:to )?die\\b')).toEqual(['hope', 'wish']);
    // A word nearly every intake holds filters nothing: the rarer literal is chosen.
    expect(needlesOf('\\b(?:want|wish) (?:to )?die\\b')).toEqual(['die']);
    expect(needlesOf('\\bbeter of dead\\b')).toEqual(['beter of dead']);
  });

  it('gives up (always run the rule) on what it cannot read safely', () => {
    expect(needlesOf('[a-z]+ing')).toEqual(['ing']);
    expect(needlesOf('\\b(?:a|b)\\b')).toBeNull();
    expect(needlesOf('(unclosed')).toBeNull();
    expect(needlesOf('x?y?')).toBeNull();
  });
});

describe('the stored needles', () => {
  it('are up to date for every rule (run `npm run triage:needles` after changing a rule)', async () => {
    const { ENTRY_SEPARATOR, NEEDLE_SEPARATOR, needleHeader, ruleSources } = await import('../../lambdas/domain/triage');
    const [header, ...stored] = (JSON.parse(readFileSync('lambdas/domain/triage-needles.json', 'utf8')) as string).split(ENTRY_SEPARATOR);
    // The rules' count and length first, then one entry per rule, in the order the rules are written.
    expect(header).toBe(needleHeader());
    expect(stored).toEqual(ruleSources().map((source) => needlesOf(source)?.join(NEEDLE_SEPARATOR) ?? ''));
    // The separator can never be part of a needle: needles are runs of normalised text.
    for (const source of ruleSources())
      for (const needle of needlesOf(source) ?? []) for (const separator of [NEEDLE_SEPARATOR, ENTRY_SEPARATOR]) expect(needle).not.toContain(separator);
  });
});
