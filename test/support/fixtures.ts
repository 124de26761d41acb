import { readFileSync } from 'node:fs';
import { parsePracticeConfig, type PracticeConfig, type Referral } from '../../lambdas/domain/practice';
import type { IntakeAnswers } from '../../lambdas/domain/intake';

export const exampleConfig: PracticeConfig = parsePracticeConfig(
  JSON.parse(readFileSync('config/practice.example.json', 'utf8')),
  'config/practice.example.json',
);

export function answers(overrides: Partial<IntakeAnswers> = {}): IntakeAnswers {
  return {
    name: 'Alex Rivera',
    email: 'alex@example.com',
    message: 'I want to grow into a leadership role.',
    preference: 'unsure',
    safety: 'no',
    consent: true,
    ...overrides,
  };
}

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'r',
    name: 'Therapist',
    credentials: 'LCSW',
    specialties: ['anxiety'],
    languages: ['en'],
    telehealth: true,
    inPerson: true,
    serviceAreas: [{ country: 'US', regions: ['NY'] }],
    insurance: [],
    slidingScale: false,
    acceptingClients: true,
    ...overrides,
  };
}

/** The form fields of the contract (docs/contracts.md), written out here so tests check the pages against the contract, not against the code's own list. */
export const CONTRACT_FORM_FIELDS = [
  'name',
  'email',
  'phone',
  'message',
  'goals',
  'preference',
  'safety',
  'phq4Anxious',
  'phq4Worry',
  'phq4Interest',
  'phq4Down',
  'country',
  'region',
  'insurance',
  'language',
  'consent',
  'website',
] as const;
