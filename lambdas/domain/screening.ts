/**
 * PHQ-4 scoring (Kroenke, Spitzer, Williams & Löwe, 2009). The PHQ-2
 * (interest, down) and GAD-2 (anxious, worry) subscales run 0–6; 3 or more is a
 * positive screen. The total runs 0–12 in four bands. A screen is not a
 * diagnosis: it only tells us a licensed clinician is the right next step.
 */

export type Severity = 'none' | 'mild' | 'moderate' | 'severe';

export interface Phq4Answers {
  phq4Anxious?: number | undefined;
  phq4Worry?: number | undefined;
  phq4Interest?: number | undefined;
  phq4Down?: number | undefined;
}

export interface Phq4Result {
  /** How many of the four items were answered. */
  answered: number;
  /** Depression subscale (interest + down), null when neither was answered. */
  phq2: number | null;
  /** Anxiety subscale (anxious + worry), null when neither was answered. */
  gad2: number | null;
  /** Sum of answered items, null when none was answered. */
  total: number | null;
  severity: Severity | null;
  phq2Positive: boolean;
  gad2Positive: boolean;
}

export const POSITIVE_SUBSCALE = 3;

export function severityOf(total: number): Severity {
  if (total <= 2) return 'none';
  if (total <= 5) return 'mild';
  if (total <= 8) return 'moderate';
  return 'severe';
}

function subscale(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined && b === undefined) return null;
  return (a ?? 0) + (b ?? 0);
}

/** Scores whatever items were answered; unanswered items count as 0 in a subscale. */
export function scorePhq4(answers: Phq4Answers): Phq4Result {
  const items = [answers.phq4Anxious, answers.phq4Worry, answers.phq4Interest, answers.phq4Down];
  const given = items.filter((v): v is number => v !== undefined);
  const phq2 = subscale(answers.phq4Interest, answers.phq4Down);
  const gad2 = subscale(answers.phq4Anxious, answers.phq4Worry);
  const total = given.length === 0 ? null : given.reduce((sum, v) => sum + v, 0);
  return {
    answered: given.length,
    phq2,
    gad2,
    total,
    severity: total === null ? null : severityOf(total),
    phq2Positive: (phq2 ?? 0) >= POSITIVE_SUBSCALE,
    gad2Positive: (gad2 ?? 0) >= POSITIVE_SUBSCALE,
  };
}
