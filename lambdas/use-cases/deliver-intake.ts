import { composeEmail } from './compose-email';
import { MailError, type Deps, type EmailRecord, type IntakeRecord } from './ports';

/**
 * Delivers whatever is pending and due for one intake: the transactional
 * outbox of ARCHITECTURE.md. Each email is claimed with a lease before it is
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

async function deliverOne(deps: Deps, id: string, key: string, outcome: DeliveryOutcome): Promise<void> {
  const { store, mailer, log, retry } = deps;
  const now = deps.now();
  const leaseId = deps.newId();
  const claimed = await store.claim(id, key, now, retry.leaseMs, leaseId);
  const email = claimed?.emails[key];
  if (!claimed || !email) return;
  const started = Date.now();
  try {
    const messageId = await mailer.send(composeEmail(deps.config, claimed, key, email));
    await store.markSent(id, key, leaseId, messageId, deps.now());
    outcome.sent++;
    log.info('email sent', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, ms: Date.now() - started });
  } catch (error) {
    const code = error instanceof MailError ? error.code : error instanceof Error ? error.name : 'Unknown';
    const terminal = error instanceof MailError && error.terminal;
    if (terminal || email.attempts >= retry.maxAttempts) {
      await store.markFailed(id, key, leaseId, code);
      outcome.failed++;
      log.error('email failed', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, code, terminal });
      await noticeFailure(deps, claimed, key, email);
    } else {
      const dueAt = deps.now() + backoffDelay(email.attempts, retry);
      await store.markRetry(id, key, leaseId, dueAt, code);
      outcome.retrying++;
      log.warn('email will be retried', { intakeId: id, email: key, kind: email.kind, attempts: email.attempts, code, inMs: dueAt - deps.now() });
    }
  }
}

/** Tells the practitioner that an email to the person did not go out. */
async function noticeFailure(deps: Deps, record: IntakeRecord, key: string, email: EmailRecord): Promise<void> {
  if (email.kind === 'practitioner' || email.kind === 'notice') return; // nobody else to tell; the alarm covers it
  await addNotice(deps, record, key, 'failed');
}

/** Queues a notice to the practitioner about one email (once per email and problem). */
export async function addNotice(
  deps: Deps,
  record: IntakeRecord,
  aboutKey: string,
  problem: 'bounced' | 'complained' | 'failed',
): Promise<void> {
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
    if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
  }
}

/** Sends every pending, due email of one intake, concurrently. */
export async function deliverIntake(deps: Deps, id: string, record?: IntakeRecord): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < 3; round++) {
    const current = record ?? (await deps.store.get(id));
    record = undefined;
    if (!current) return outcome;
    const now = deps.now();
    const due = Object.entries(current.emails)
      .filter(([, e]) => e.status === 'pending' && e.dueAt <= now && (e.leaseUntil === undefined || e.leaseUntil < now))
      .map(([key]) => key);
    if (due.length === 0) return outcome;
    const before = outcome.failed;
    await Promise.all(due.map((key) => deliverOne(deps, id, key, outcome)));
    // A failure may have queued a notice: send it in the same pass.
    if (outcome.failed === before) return outcome;
  }
  return outcome;
}
