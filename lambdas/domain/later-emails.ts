import type { ActionLinker } from './action-links';
import { type RenderedEmail, renderEmail } from './email-document';
import { localTime, signOff, toPerson, toPractitioner } from './emails';
import type { IntakeAnswers } from './intake';
import type { Locale } from './locales';
import { laterTranslator } from './locales/later';
import type { NextSteps } from './next-steps';
import type { PracticeConfig } from './practice';

/**
 * The emails only the scheduled retry job sends, written like the others
 * (emails.ts) from their own catalogue (locales/later.ts): kept apart so the
 * intake function's bundle does not carry them.
 */

/** The one gentle reminder to a coaching intake that has not booked (off unless the practice sets followUpDays). */
export function renderFollowUpEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps, locale: Locale = 'en'): RenderedEmail {
  const tr = laterTranslator(locale);
  const booking = steps.bookingUrl ?? config.coaching.bookingUrl;
  return renderEmail(
    toPerson(config, locale, {
      subject: tr('email.followUpSubject', { practice: config.practice.name }),
      preheader: tr('email.followUpPreheader'),
      blocks: [
        { kind: 'paragraph', line: [tr('email.greeting', { name: answers.name })] },
        { kind: 'paragraph', line: [tr('email.followUpCheckIn')] },
        { kind: 'button', href: booking, label: tr('email.chooseTime'), fallback: tr('email.buttonFallback') },
        { kind: 'paragraph', line: [tr('email.followUpNoPressure')] },
        signOff(tr, config),
      ],
    }),
  );
}

/**
 * The URGENT reminder when a crisis intake has not been marked contacted:
 * the person was promised a personal call.
 */
export function renderCrisisReminderEmail(
  config: PracticeConfig,
  ctx: { id: string; receivedAt: string; answers: IntakeAnswers; reminder: number; links?: ActionLinker | undefined },
): RenderedEmail {
  const language = config.practice.language;
  const tr = laterTranslator(language);
  const full = config.email.notificationDetail === 'full';
  const who = full
    ? `${ctx.answers.name} (${ctx.answers.email}${ctx.answers.phone ? `, ${ctx.answers.phone}` : ''})`
    : tr('notify.reminderPerson', { id: ctx.id });
  return renderEmail(
    toPractitioner(config, {
      subject: tr('notify.reminderSubject', { short: ctx.id.slice(0, 8), n: ctx.reminder }),
      preheader: tr('notify.reminderPreheader'),
      blocks: [
        {
          kind: 'box',
          urgent: true,
          heading: tr('notify.reminderHeading'),
          lines: [[tr('notify.reminderWho', { who, when: localTime(ctx.receivedAt, config.practice.timezone, language) })]],
        },
        { kind: 'paragraph', line: [tr('notify.reminderAsk')] },
        ctx.links
          ? { kind: 'button', href: ctx.links(ctx.id, 'contacted'), label: tr('notify.action.contacted'), fallback: tr('email.buttonFallback') }
          : { kind: 'paragraph', line: [`npm run intake -- contacted ${ctx.id.slice(0, 8)}`] },
      ],
    }),
  );
}
