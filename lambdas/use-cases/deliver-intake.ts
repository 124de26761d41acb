import { StaleWriteError } from '../domain/errors';
import { actionLinksFor, type Composer, composeOnSubmit, FOR_PRACTITIONER } from './compose-email';
import { composeAny } from './compose-later-email';
import { MailError, type Deps, type EmailRecord, type IntakeRecord, type OutgoingEmail } from './ports';

/**
 * Delivers whatever is pending and due for one intake: the transactional
 * outbox of docs/architecture.md. Each email is claimed with a lease before it is
 * sent, so two workers never send the same one; it is marked sent only after
 * SES accepted it. A crash between SES accepting and the mark leaves the
 * lease to expire, and the email is sent once more: the only duplicate window.
 */

export interface DeliveryOutcome {
  sent: number;
  retrying: number;
  failed: number;
}

/** Delay before try `attempts + 1`: base × 2^(attempts − 1), capped. */
export function backoffDelay(attempts: number, policy: Deps['retry']): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

async function deliverOne(deps: Deps, composer: Composer, id: string, key: string, outcome: DeliveryOutcome): Promise<void> {
  const leaseId = deps.newId();
  const claimed = await deps.store.claim(id, key, deps.now(), deps.retry.leaseMs, leaseId);
  const email = claimed?.emails[key];
  if (!claimed || !email) return;
  const started = Date.now();
  try {
    const links = FOR_PRACTITIONER.has(email.kind) ? await actionLinksFor(deps) : undefined;
    const messageId = await deps.mailer.send(composer.compose(deps.config, claimed, key, email, links));
    await deps.store.markSent(id, key, leaseId, messageId, deps.now());
    outcome.sent++;
    if (email.kind === 'crisis-reminder') await scheduleNextCrisisReminder(deps, claimed, key);
    deps.metrics?.count('EmailsSent');
    deps.log.info('email sent', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, ms: Date.now() - started });
  } catch (error) {
    await handleFailure(deps, claimed, key, leaseId, error, outcome);
  }
}

/** A send failed: retry later with backoff, or give up (terminal error, last attempt) and tell the practitioner. */
async function handleFailure(deps: Deps, record: IntakeRecord, key: string, leaseId: string, error: unknown, outcome: DeliveryOutcome): Promise<void> {
  const { store, log, retry } = deps;
  const email = record.emails[key];
  if (!email) return;
  const id = record.id;
  const code = error instanceof MailError ? error.code : error instanceof Error ? error.name : 'Unknown';
  const terminal = error instanceof MailError && error.terminal;
  if (terminal || email.attempts >= retry.maxAttempts) {
    await store.markFailed(id, key, leaseId, code);
    outcome.failed++;
    deps.metrics?.count('EmailsFailed');
    log.error('email failed', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, code, terminal });
    await noticeFailure(deps, record, key, email);
  } else {
    const dueAt = deps.now() + backoffDelay(email.attempts, retry);
    await store.markRetry(id, key, leaseId, dueAt, code);
    outcome.retrying++;
    deps.metrics?.count('EmailsRetried');
    log.warn('email will be retried', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, code, inMs: dueAt - deps.now() });
  }
}

/** The emails of an intake written already claimed under `leaseId`, rendered and ready to send. */
async function composeClaimed(deps: Deps, record: IntakeRecord, leaseId: string): Promise<Map<string, OutgoingEmail>> {
  const links = await actionLinksFor(deps);
  const emails = new Map<string, OutgoingEmail>();
  for (const [key, email] of Object.entries(record.emails))
    if (email.leaseId === leaseId) emails.set(key, composeOnSubmit.compose(deps.config, record, key, email, links));
  return emails;
}

/**
 * The submit path: a freshly stored intake whose emails were written already
 * claimed under `leaseId` (so no claim round trip). Sends them concurrently,
 * then marks them all sent in one write: put, send, mark.
 */
export async function deliverClaimed(deps: Deps, record: IntakeRecord, leaseId: string): Promise<DeliveryOutcome> {
  const composed = await composeClaimed(deps, record, leaseId);
  const outcome: DeliveryOutcome = { sent: 0, retrying: 0, failed: 0 };
  const keys = [...composed.keys()];
  const started = Date.now();
  const results = await Promise.allSettled([...composed.values()].map((email) => deps.mailer.send(email)));
  const sent = keys.flatMap((key, i) => {
    const r = results[i];
    return r?.status === 'fulfilled' ? [{ key, leaseId, messageId: r.value }] : [];
  });
  let markedTogether = false;
  const pending = Object.entries(record.emails).filter(([, e]) => e.status === 'pending');
  const later = pending.filter(([k]) => !keys.includes(k)).map(([, e]) => e.dueAt);
  if (sent.length > 0 && sent.length === keys.length) {
    try {
      await deps.store.markAllSent(record.id, sent, deps.now(), pending.length, later.length > 0 ? Math.min(...later) : undefined);
      markedTogether = true;
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  if (!markedTogether) for (const s of sent) await deps.store.markSent(record.id, s.key, leaseId, s.messageId, deps.now());
  outcome.sent = sent.length;
  if (sent.length > 0) deps.metrics?.count('EmailsSent', sent.length);
  if (sent.length > 0) deps.log.info('emails sent', { intakeId: record.id, count: sent.length, ms: Date.now() - started });
  for (const [i, key] of keys.entries()) {
    const r = results[i];
    if (r?.status === 'rejected') await handleFailure(deps, record, key, leaseId, r.reason, outcome);
  }
  // A failure may have queued a notice to the practitioner: send it now.
  if (outcome.failed > 0) {
    const more = await deliverDue(deps, composeOnSubmit, record.id);
    outcome.sent += more.sent;
  }
  return outcome;
}

/** After a crisis reminder went out, the next one (up to three), unless the person was contacted or left crisis meanwhile. */
async function scheduleNextCrisisReminder(deps: Deps, record: IntakeRecord, key: string): Promise<void> {
  const n = Number(key.split('-').pop());
  if (!(n >= 1 && n < MAX_CRISIS_REMINDERS) || record.contactedAt || record.route !== 'crisis') return;
  const wait = deps.crisisReminderMs ?? deps.config.practice.crisisReminderMinutes * 60_000;
  try {
    await deps.store.addEmail(record.id, `crisis-reminder-${n + 1}`, {
      kind: 'crisis-reminder',
      route: 'crisis',
      status: 'pending',
      attempts: 0,
      dueAt: deps.now() + wait,
    });
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error; // already scheduled by another worker
  }
}

/** How many URGENT reminders a crisis intake not marked contacted brings the practitioner. */
export const MAX_CRISIS_REMINDERS = 3;

/** Tells the practitioner that an email to the person did not go out. */
async function noticeFailure(deps: Deps, record: IntakeRecord, key: string, email: EmailRecord): Promise<void> {
  if (email.kind === 'practitioner' || email.kind === 'notice' || email.kind === 'crisis-reminder') return; // nobody else to tell; the alarm covers it
  await addNotice(deps, record, key, 'failed');
}

/** Queues a notice to the practitioner about one email (once per email and problem). */
export async function addNotice(deps: Deps, record: IntakeRecord, aboutKey: string, problem: 'bounced' | 'complained' | 'failed'): Promise<void> {
  const about = record.emails[aboutKey];
  const noticeKey = `notice-${aboutKey}-${problem}`;
  if (!about || record.emails[noticeKey]) return;
  try {
    await deps.store.addEmail(record.id, noticeKey, {
      kind: 'notice',
      route: about.route,
      status: 'pending',
      attempts: 0,
      dueAt: deps.now(),
      about: aboutKey,
      problem,
    });
  } catch (error) {
    // Already added by a concurrent worker: fine. Anything else is worth a log line.
    if (!(error instanceof StaleWriteError)) throw error;
  }
}

/** Sends every pending, due email of one intake, concurrently: the retry job, the practitioner's actions and the command line. */
export const deliverIntake = (deps: Deps, id: string): Promise<DeliveryOutcome> => deliverDue(deps, composeAny, id);

/** Sends the pending, due emails of one intake that `composer` renders, concurrently; the others stay pending for the retry job. */
async function deliverDue(deps: Deps, composer: Composer, id: string): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < 3; round++) {
    const current = await deps.store.get(id);
    if (!current) return outcome;
    const now = deps.now();
    const due = Object.entries(current.emails)
      .filter(([, e]) => e.status === 'pending' && e.dueAt <= now && (e.leaseUntil === undefined || e.leaseUntil < now) && composer.kinds.includes(e.kind))
      .map(([key]) => key);
    if (due.length === 0) {
      // Only later emails (a follow-up), or ones this composer leaves to the retry job, are left: sleep in the index until the first is due.
      const later = Object.values(current.emails).filter((e) => e.status === 'pending' && e.leaseUntil === undefined);
      if (round === 0 && later.length > 0) await deps.store.setDueAt(id, Math.min(...later.map((e) => e.dueAt)));
      return outcome;
    }
    const before = outcome.failed;
    await Promise.all(due.map((key) => deliverOne(deps, composer, id, key, outcome)));
    // A failure may have queued a notice: send it in the same pass.
    if (outcome.failed === before) return outcome;
  }
  return outcome;
}
