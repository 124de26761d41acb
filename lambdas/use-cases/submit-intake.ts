import { createHash, createHmac } from 'node:crypto';
import { ConflictError, DependencyUnavailableError, HumanCheckFailedError } from '../domain/errors';
import { answersOf, parseIntake, type IntakeAnswers } from '../domain/intake';
import { localeFor } from '../domain/locales';
import { buildNextSteps, type NextSteps } from '../domain/next-steps';
import { triage } from '../domain/triage';
import { nextStepsOf } from './compose-email';
import { deliverClaimed } from './deliver-intake';
import type { Deps, EmailRecord, IntakeRecord } from './ports';

export interface SubmitResult {
  /** 202 for a new intake, 200 for the same submission again. */
  status: 200 | 202;
  id: string;
  route: IntakeRecord['route'];
  urgent: boolean;
  nextSteps: NextSteps;
  /** True when the honeypot was filled: looks accepted, nothing stored or sent. */
  discarded?: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * A UUID-shaped id derived from the idempotency key, so a retry finds the
 * same item; keyed with the deployment's secret, so nobody can compute it
 * from an email and a message.
 */
export function intakeIdFor(idempotencyKey: string, secret?: string): string {
  const input = `signpost-intake:${idempotencyKey}`;
  const h = secret ? createHmac('sha256', secret).update(input).digest('hex') : sha256(input);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const normalizeMessage = (message: string) => message.toLowerCase().replace(/\s+/g, ' ').trim();

/** Hash of the normalised email, for finding one person's intakes without indexing the address itself. */
export const emailHashOf = (email: string) => sha256(`signpost-email:${normalizeEmail(email)}`);

/**
 * The idempotency key: the page's submissionId, or, when there is none (a
 * plain form post from a static site), the normalised email and message
 * within one UTC day.
 */
export function idempotencyKeyOf(answers: IntakeAnswers, submissionId: string | undefined, now: number): string {
  if (submissionId) return `sub:${submissionId.toLowerCase()}`;
  const day = new Date(now).toISOString().slice(0, 10);
  return `dedupe:${sha256(`${normalizeEmail(answers.email)}\n${normalizeMessage(answers.message)}\n${day}`)}`;
}

function contentHashOf(answers: IntakeAnswers): string {
  const canonical = Object.keys(answers)
    .sort()
    .map((k) => [k, answers[k as keyof IntakeAnswers]]);
  return sha256(JSON.stringify(canonical));
}

/** A crisis intake not marked contacted in time brings the practitioner an URGENT reminder (the first of up to three). */
function crisisReminder(deps: Deps, route: IntakeRecord['route'], now: number): Record<string, EmailRecord> {
  if (route !== 'crisis') return {};
  const wait = deps.crisisReminderMs ?? deps.config.practice.crisisReminderMinutes * 60_000;
  return { 'crisis-reminder-1': { kind: 'crisis-reminder', route, status: 'pending', attempts: 0, dueAt: now + wait } };
}

/** One gentle reminder for coaching, when the practice turned it on; never for therapy or crisis. */
function followUp(deps: Deps, route: IntakeRecord['route'], now: number): Record<string, EmailRecord> {
  const days = deps.config.coaching.followUpDays;
  if (route !== 'coaching' || !days) return {};
  return { 'follow-up': { kind: 'follow-up', route, status: 'pending', attempts: 0, dueAt: now + days * 86_400_000 } };
}

/**
 * Validate → triage → store (conditional put) → deliver now. Delivery
 * problems never fail the request: the intake is stored with its outbox, and
 * the retry job finishes what could not be sent.
 */
export async function submitIntake(deps: Deps, raw: Record<string, unknown>, context: { sourceIp?: string } = {}): Promise<SubmitResult> {
  const intake = parseIntake(raw);
  const answers = answersOf(intake);
  const locale = localeFor({ locale: intake.locale, language: answers.language });
  const now = deps.now();
  const decision = triage(answers);

  if (intake.website) {
    deps.log.info('honeypot filled; discarded', { route: decision.route });
    const decoy = { ...decision, route: 'coaching' as const, urgent: false };
    return { status: 202, id: deps.newId(), route: 'coaching', urgent: false, nextSteps: buildNextSteps(deps.config, answers, decoy, locale), discarded: true };
  }

  if (deps.humanCheck) {
    const verdict = await deps.humanCheck(intake.turnstileToken, context.sourceIp);
    if (verdict === 'fail') throw new HumanCheckFailedError();
    if (verdict === 'unavailable') throw new DependencyUnavailableError('verification');
  }

  const key = idempotencyKeyOf(answers, intake.submissionId, now);
  let secret: string | undefined;
  try {
    secret = await deps.signingSecret?.();
  } catch (error) {
    throw new DependencyUnavailableError('signing secret', { cause: error });
  }
  const id = intakeIdFor(key, secret);
  // Written already claimed by this request, so delivery needs no claim round trip;
  // if this process dies, the lease expires and the retry job takes over.
  const leaseId = deps.newId();
  const outbox = (kind: EmailRecord['kind']): EmailRecord => ({
    kind,
    route: decision.route,
    status: 'pending',
    attempts: 1,
    dueAt: now,
    leaseId,
    leaseUntil: now + deps.retry.leaseMs,
  });
  const record: IntakeRecord = {
    id,
    createdAt: new Date(now).toISOString(),
    expiresAt: Math.floor(now / 1000) + deps.config.retentionDays * 86_400,
    answers,
    locale,
    // Random, and not the id that opens the next-steps page: a booking tool keeps the links it was given.
    bookingRef: decision.route === 'coaching' ? deps.newId().replace(/-/g, '') : undefined,
    triage: decision,
    route: decision.route,
    contentHash: contentHashOf(answers),
    emailHash: emailHashOf(answers.email),
    emails: {
      client: outbox('client'),
      practitioner: outbox('practitioner'),
      ...followUp(deps, decision.route, now),
      ...crisisReminder(deps, decision.route, now),
    },
    history: [{ at: new Date(now).toISOString(), by: 'signpost', action: 'received', detail: `triage ${decision.version}: ${decision.route}` }],
  };

  const result = await deps.store.create(record);
  if (!result.created) {
    const existing = result.existing;
    if (intake.submissionId && existing.contentHash !== record.contentHash) throw new ConflictError();
    deps.log.info('duplicate submission', { intakeId: id, route: existing.route });
    deps.metrics?.count('Duplicates');
    return {
      status: 200,
      id,
      route: existing.route,
      urgent: existing.route === 'crisis',
      nextSteps: nextStepsOf(deps.config, existing),
    };
  }
  deps.log.info('intake stored', { intakeId: id, route: decision.route, urgent: decision.urgent, reasons: decision.reasons.length });
  deps.metrics?.count('Intakes', 1, decision.route);

  try {
    await deliverClaimed(deps, record, leaseId);
  } catch (error) {
    // Stored with its outbox: the retry job will deliver. The person still gets their answer.
    deps.log.warn('delivery deferred to retry', { intakeId: id, code: error instanceof Error ? error.name : 'Unknown' });
  }
  return {
    status: 202,
    id,
    route: decision.route,
    urgent: decision.urgent,
    nextSteps: buildNextSteps(deps.config, answers, decision, locale, record.bookingRef),
  };
}
