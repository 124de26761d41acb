import { type ActionLinker, actionLinker } from '../domain/action-links';
import { renderClientEmail, renderDeliveryProblemEmail, renderPractitionerEmail } from '../domain/emails';
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

/** Renders outbox entries of some kinds into the emails to send; addresses come only from the validated answers and the config. */
export interface Composer {
  /** The kinds it renders: a delivery through it leaves the others pending, for a function that renders them. */
  readonly kinds: readonly EmailKind[];
  compose(config: PracticeConfig, record: IntakeRecord, key: string, email: EmailRecord, links?: ActionLinker): OutgoingEmail;
}

/**
 * The emails of the submit path: the person's next step, the practitioner's
 * notification, and a notice when one of them did not go out. The later ones
 * (the coaching follow-up, the crisis reminders) are the retry job's
 * (compose-later-email.ts), so the intake function's bundle carries none of their words.
 */
export const composeOnSubmit: Composer = {
  kinds: ['client', 'practitioner', 'notice'],
  compose(config, record, key, email, links) {
    const tags = { intakeId: record.id, email: key };
    switch (email.kind) {
      case 'client': {
        const rendered = renderClientEmail(config, record.answers, nextStepsOf(config, record, email.route), localeOf(record), {
          replacesEarlier: key.startsWith('client-reroute-'),
          note: email.note,
        });
        return { to: [record.answers.email], replyTo: replyToPerson(config), ...rendered, tags };
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
      default:
        throw new Error(`a ${email.kind} email is composed by the retry job`);
    }
  },
};

/** The practice's reply-to address, for the emails to the person. */
export const replyToPerson = (config: PracticeConfig): string[] | undefined => (config.email.replyTo ? [config.email.replyTo] : undefined);
