import { describe, expect, it } from 'vitest';
import { scorePhq4, severityOf } from '../../lambdas/domain/screening';

describe('PHQ-4 scoring (Kroenke et al. 2009)', () => {
  it.each([
    [0, 'none'],
    [2, 'none'],
    [3, 'mild'],
    [5, 'mild'],
    [6, 'moderate'],
    [8, 'moderate'],
    [9, 'severe'],
    [12, 'severe'],
  ] as const)('bands a total of %i as %s', (total, band) => {
    expect(severityOf(total)).toBe(band);
  });

  it('scores PHQ-2 from interest and down, GAD-2 from anxious and worry', () => {
    const r = scorePhq4({ phq4Anxious: 1, phq4Worry: 1, phq4Interest: 2, phq4Down: 2 });
    expect(r).toMatchObject({ phq2: 4, gad2: 2, total: 6, severity: 'moderate', phq2Positive: true, gad2Positive: false });
  });

  it('calls a subscale of exactly 3 positive', () => {
    expect(scorePhq4({ phq4Anxious: 3 }).gad2Positive).toBe(true);
  });

  it('reports nothing when nothing was answered', () => {
    expect(scorePhq4({})).toMatchObject({ answered: 0, total: null, severity: null, phq2: null, gad2: null });
  });
});
