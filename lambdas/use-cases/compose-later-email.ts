import { renderCrisisReminderEmail, renderFollowUpEmail } from '../domain/later-emails';
import { type Composer, composeOnSubmit, localeOf, nextStepsOf, replyToPerson } from './compose-email';

/**
 * Every email of the outbox, the later ones too: the coaching follow-up and
 * the practitioner's URGENT crisis reminders. Used by the retry job, the
 * practitioner's actions and the command line; the submit path uses
 * `composeOnSubmit` alone.
 */
export const composeAny: Composer = {
  // Written out, not spread from composeOnSubmit.kinds: a spread at load is code esbuild keeps, and with it
  // this composer and the later emails' words in the intake bundle (the infra test fails).
  kinds: ['client', 'practitioner', 'notice', 'follow-up', 'crisis-reminder'],
  compose(config, record, key, email, links) {
    const tags = { intakeId: record.id, email: key };
    switch (email.kind) {
      case 'follow-up': {
        const rendered = renderFollowUpEmail(config, record.answers, nextStepsOf(config, record, email.route), localeOf(record));
        return { to: [record.answers.email], replyTo: replyToPerson(config), ...rendered, tags };
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
      default:
        return composeOnSubmit.compose(config, record, key, email, links);
    }
  },
};
