import { renderClientEmail, renderDeliveryProblemEmail, renderPractitionerEmail, type RenderedEmail } from '../lambdas/domain/emails';
import { renderCrisisReminderEmail, renderFollowUpEmail } from '../lambdas/domain/later-emails';
import { localeFor } from '../lambdas/domain/locales';
import type { IntakeAnswers } from '../lambdas/domain/intake';
import { buildNextSteps } from '../lambdas/domain/next-steps';
import type { PracticeConfig } from '../lambdas/domain/practice';
import { triage } from '../lambdas/domain/triage';
import { actionLinker } from '../lambdas/domain/action-links';
import { signInEmail } from '../lambdas/use-cases/sign-in';

// Deployed notifications carry signed links under the API's address; previews sign with a made-up secret.
const PREVIEW_API = 'https://abc123.execute-api.us-east-1.amazonaws.com';
const links = actionLinker('preview-secret', PREVIEW_API, Date.parse('2026-11-26T09:30:00.000Z'));

/** Every email variant for one practice, with made-up people: for previews and the rendering tests. */
export function emailVariants(config: PracticeConfig): Array<{ name: string; email: RenderedEmail }> {
  const person = (overrides: Partial<IntakeAnswers>): IntakeAnswers => ({
    name: 'Sam Example',
    email: 'sam@example.com',
    message: 'I want to move into a leadership role and build better habits.',
    preference: 'unsure',
    safety: 'no',
    consent: true,
    country: 'US',
    region: 'NY',
    ...overrides,
  });
  const therapy = person({
    message: 'I have felt low and anxious for months, and I cry most days.',
    phq4Down: 2,
    phq4Interest: 2,
    phq4Anxious: 2,
    phq4Worry: 1,
    insurance: 'Aetna',
  });
  const crisis = person({ message: 'Some nights I think everyone would be better off without me.', safety: 'yes' });
  const cases: Array<[string, IntakeAnswers]> = [
    ['coaching', person({})],
    ['therapy', therapy],
    ['therapy-spanish-speaker', person({ message: 'Since my divorce I feel empty and alone.', language: 'es' })],
    ['coaching-es', person({ message: 'Quiero cambiar de carrera y conseguir un ascenso este año.', language: 'es' })],
    ['therapy-es', person({ message: 'Desde hace meses estoy muy triste y bebo todas las noches.', language: 'es' })],
    ['crisis-es', person({ message: 'Ya no quiero vivir.', language: 'es', safety: 'yes' })],
    ['therapy-no-referral-fits', person({ message: 'I feel depressed every day.', region: 'TX' })],
    ['crisis-us', crisis],
    ['crisis-gb', person({ message: 'I have been hurting myself again.', country: 'GB', region: undefined })],
    ['crisis-other-country', person({ message: 'I do not want to live anymore.', country: 'DE', region: undefined })],
    ['escaping-what-people-type', person({ name: 'Eve <script>alert(1)</script>', message: 'I want <b>bold</b> goals & "quotes" \'too\'' })],
  ];
  const variants: Array<{ name: string; email: RenderedEmail }> = [];
  for (const [name, answers] of cases) {
    const result = triage(answers);
    const locale = localeFor({ language: answers.language });
    const steps = buildNextSteps(config, answers, result, locale);
    variants.push({ name: `client-${name}`, email: renderClientEmail(config, answers, steps, locale) });
    variants.push({
      name: `practitioner-${name}`,
      email: renderPractitionerEmail(config, {
        id: '0f8f7a52-3c41-4e5d-9a3b-6b1f2f0c9d11',
        receivedAt: '2026-11-26T09:30:00.000Z',
        answers,
        triage: result,
        steps,
        locale,
        links,
      }),
    });
  }
  const rerouted = buildNextSteps(config, therapy, triage(therapy));
  variants.push({
    name: 'client-reroute-with-note',
    email: renderClientEmail(config, therapy, rerouted, 'en', {
      replacesEarlier: true,
      note: 'Thank you for talking with me today.\nDr. Chen is expecting your call.',
    }),
  });
  const signIn = signInEmail(config, config.email.notify[0] as string, `${PREVIEW_API}/inbox/sign-in/preview-token`);
  variants.push({ name: 'practitioner-sign-in', email: { subject: signIn.subject, text: signIn.text, html: signIn.html } });
  const followUpSteps = buildNextSteps(config, person({ language: 'es' }), triage(person({})), 'es');
  variants.push({ name: 'client-follow-up', email: renderFollowUpEmail(config, person({}), buildNextSteps(config, person({}), triage(person({})))) });
  variants.push({ name: 'client-follow-up-es', email: renderFollowUpEmail(config, person({ language: 'es' }), followUpSteps, 'es') });
  const summary = { ...config, email: { ...config.email, notificationDetail: 'summary' as const } };
  const answers = therapy;
  const result = triage(answers);
  variants.push({
    name: 'practitioner-summary-only',
    email: renderPractitionerEmail(summary, {
      id: '0f8f7a52-3c41-4e5d-9a3b-6b1f2f0c9d11',
      receivedAt: '2026-11-26T09:30:00.000Z',
      answers,
      triage: result,
      steps: buildNextSteps(summary, answers, result),
    }),
  });
  variants.push({
    name: 'practitioner-crisis-reminder',
    email: renderCrisisReminderEmail(config, {
      id: '0f8f7a52-3c41-4e5d-9a3b-6b1f2f0c9d11',
      receivedAt: '2026-11-26T09:30:00.000Z',
      answers: crisis,
      reminder: 2,
      links,
    }),
  });
  for (const problem of ['bounced', 'failed'] as const) {
    variants.push({
      name: `notice-${problem}`,
      email: renderDeliveryProblemEmail(config, { id: '0f8f7a52-3c41-4e5d-9a3b-6b1f2f0c9d11', answers: crisis, route: 'crisis', problem, links }),
    });
  }
  return variants;
}
