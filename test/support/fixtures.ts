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
