import { type ActionLinker, actionLinker } from '../domain/action-links';
import { renderClientEmail, renderCrisisReminderEmail, renderDeliveryProblemEmail, renderFollowUpEmail, renderPractitionerEmail } from '../domain/emails';
import { buildNextSteps, type NextSteps } from '../domain/next-steps';
import { type Locale, localeFor } from '../domain/locales';
import type { PracticeConfig } from '../domain/practice';
import type { Route } from '../domain/triage';
import type { Deps, EmailKind, EmailRecord, IntakeRecord, OutgoingEmail } from './ports';

/** The locale of a stored intake (intakes stored before locales read in the language they preferred, else English). */
export const localeOf = (record: Pick<IntakeRecord, 'locale' | 'answers'>): Locale => record.locale ?? localeFor({ language: record.answers.language });

/** The next steps of an intake for a route (the one in force unless told otherwise). */
export function nextStepsOf(config: PracticeConfig, record: IntakeRecord, route: Route = record.route): NextSteps {
  const triage = route === record.triage.route ? record.triage : { ...record.triage, route, urgent: route === 'crisis' };
  return buildNextSteps(config, record.answers, triage, localeOf(record), record.bookingRef);
}

/** The emails that go to the practitioner (and carry action links). */
export const FOR_PRACTITIONER: ReadonlySet<EmailKind> = new Set(['practitioner', 'crisis-reminder', 'notice']);

/**
 * The practitioner's action links, signed now for 14 days, when the
 * deployment knows its public address and its secret. Without them (or when
 * the secret cannot be read just now) the notification goes out without
 * links rather than not at all.
 */
export async function actionLinksFor(deps: Pick<Deps, 'publicUrl' | 'signingSecret' | 'now' | 'log'>): Promise<ActionLinker | undefined> {
  if (!deps.publicUrl) return undefined;
  try {
    const secret = await deps.signingSecret?.();
    return secret ? actionLinker(secret, deps.publicUrl, deps.now()) : undefined;
  } catch {
    deps.log.warn('action links left out', { reason: 'signing secret unavailable' });
    return undefined;
  }
}

/** Renders one outbox entry into the email to send; addresses come only from the validated answers and the config. */
export function composeEmail(config: PracticeConfig, record: IntakeRecord, key: string, email: EmailRecord, links?: ActionLinker): OutgoingEmail {
  const tags = { intakeId: record.id, email: key };
  switch (email.kind) {
    case 'client':
    case 'follow-up': {
      const locale = localeOf(record);
      const steps = nextStepsOf(config, record, email.route);
      const rendered =
        email.kind === 'follow-up'
          ? renderFollowUpEmail(config, record.answers, steps, locale)
          : renderClientEmail(config, record.answers, steps, locale, { replacesEarlier: key.startsWith('client-reroute-'), note: email.note });
      return { to: [record.answers.email], replyTo: config.email.replyTo ? [config.email.replyTo] : undefined, ...rendered, tags };
    }
    case 'practitioner': {
      const rerouted = record.history.find((h) => h.action === 'reroute');
      const rendered = renderPractitionerEmail(config, {
        id: record.id,
        receivedAt: record.createdAt,
        answers: record.answers,
        triage: { ...record.triage, route: email.route, urgent: email.route === 'crisis' || record.triage.urgent },
        steps: nextStepsOf(config, record, email.route),
        locale: localeOf(record),
        reroutedFrom: rerouted ? record.triage.route : undefined,
        links,
      });
      return { to: config.email.notify, replyTo: [record.answers.email], ...rendered, tags };
    }
    case 'crisis-reminder': {
      const rendered = renderCrisisReminderEmail(config, {
        id: record.id,
        receivedAt: record.createdAt,
        answers: record.answers,
        reminder: Number(key.split('-').pop()) || 1,
        links,
      });
      return { to: config.email.notify, replyTo: [record.answers.email], ...rendered, tags };
    }
    case 'notice': {
      const rendered = renderDeliveryProblemEmail(config, {
        id: record.id,
        answers: record.answers,
        route: email.route,
        problem: email.problem ?? 'failed',
        links,
      });
      return { to: config.email.notify, ...rendered, tags };
    }
  }
}
