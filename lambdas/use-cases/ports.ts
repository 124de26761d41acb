import type { IntakeAnswers } from '../domain/intake';
import type { Locale } from '../domain/locales';
import type { PracticeConfig } from '../domain/practice';
import type { Route, TriageResult } from '../domain/triage';

/**
 * The ports the use cases are written against. Adapters implement them over
 * DynamoDB and SES; unit tests use small in-memory fakes.
 */

export type EmailKind = 'client' | 'practitioner' | 'notice' | 'follow-up' | 'crisis-reminder';
export type EmailStatus = 'pending' | 'sent' | 'failed' | 'bounced' | 'complained' | 'cancelled';

/** One outbox entry: an email that must go out at least once. */
export interface EmailRecord {
  kind: EmailKind;
  /** The route the email is written for (a re-route adds a new client email). */
  route: Route;
  status: EmailStatus;
  attempts: number;
  /** Epoch milliseconds of the next attempt. */
  dueAt: number;
  leaseId?: string | undefined;
  leaseUntil?: number | undefined;
  /** An error code or class name, never a message (messages can echo addresses). */
  lastError?: string | undefined;
  sentAt?: string | undefined;
  messageId?: string | undefined;
  /** For a re-routed email to the person: the practitioner's note, shown in it. */
  note?: string | undefined;
  /** For notices: the key of the email that did not arrive, and what happened. */
  about?: string | undefined;
  problem?: 'bounced' | 'complained' | 'failed' | undefined;
}

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  detail?: string | undefined;
}

export interface IntakeRecord {
  id: string;
  createdAt: string;
  /** Epoch seconds; DynamoDB's TTL deletes the item after it. */
  expiresAt: number;
  answers: IntakeAnswers;
  /** The locale the person reads in: every email to them, now and later, is in it. */
  locale?: Locale | undefined;
  triage: TriageResult;
  /** The route in force: the triage's, or the practitioner's correction. */
  route: Route;
  contentHash: string;
  emailHash: string;
  emails: Record<string, EmailRecord>;
  history: HistoryEntry[];
  booked?: boolean | undefined;
  /** The reference the booking link carries, so a booking tool's webhook finds this intake (not the id of the next-steps page). */
  bookingRef?: string | undefined;
  /** When the practitioner marked the person booked (ISO). */
  bookedAt?: string | undefined;
  /** When the practitioner marked the person contacted (ISO): crisis reminders stop. */
  contactedAt?: string | undefined;
}

export type CreateResult = { created: true } | { created: false; existing: IntakeRecord };

export interface IntakeStore {
  /** Conditional put: stores the intake unless its id exists, in which case returns what is stored. */
  create(record: IntakeRecord): Promise<CreateResult>;
  get(id: string): Promise<IntakeRecord | undefined>;
  /** Takes a lease on one pending, due email; undefined when someone else holds it or it is not due. */
  claim(id: string, key: string, now: number, leaseMs: number, leaseId: string): Promise<IntakeRecord | undefined>;
  markSent(id: string, key: string, leaseId: string, messageId: string, now: number): Promise<void>;
  /**
   * Marks several leased emails sent in one write, and leaves the pending
   * index when they were all that was pending (`pendingBefore`). Throws
   * StaleWriteError when anything changed meanwhile.
   */
  markAllSent(
    id: string,
    sent: Array<{ key: string; leaseId: string; messageId: string }>,
    now: number,
    pendingBefore: number,
    nextDueAt?: number,
  ): Promise<void>;
  /** When the next pending email is due (the sparse index's sort key). */
  setDueAt(id: string, dueAt: number): Promise<void>;
  markRetry(id: string, key: string, leaseId: string, dueAt: number, error: string): Promise<void>;
  markFailed(id: string, key: string, leaseId: string, error: string): Promise<void>;
  /** Adds a pending email to the outbox (a notice, a re-routed client email). */
  addEmail(id: string, key: string, email: EmailRecord, history?: HistoryEntry): Promise<void>;
}

/**
 * The store as the retry job and the SES events use it: the due outbox and
 * the emails that bounced. Apart from IntakeStore so the intake function,
 * which does neither, does not carry them.
 */
export interface DeliveryStore extends IntakeStore {
  /** Ids of intakes with an email due at or before `now`. */
  listDue(now: number, limit: number): Promise<string[]>;
  /** Marks one email bounced or complained (an SES event), with a history entry. */
  markEmailProblem(id: string, key: string, status: 'bounced' | 'complained', history: HistoryEntry): Promise<void>;
}

/** The practitioner's and ops' operations on stored intakes (the command line). */
export interface IntakeAdmin {
  list(options?: { since?: string; limit?: number }): Promise<IntakeRecord[]>;
  idsByEmailHash(emailHash: string): Promise<string[]>;
  delete(id: string): Promise<void>;
  setRoute(id: string, route: Route, history: HistoryEntry): Promise<void>;
  requeue(id: string, key: string, now: number, history: HistoryEntry): Promise<void>;
  setBooked(id: string, history: HistoryEntry): Promise<void>;
  setContacted(id: string, history: HistoryEntry): Promise<void>;
  /** Clears booked (the booking was cancelled). */
  setUnbooked(id: string, history: HistoryEntry): Promise<void>;
  /** Puts a cancelled email back in the outbox, due at `dueAt` (a cancelled booking brings the reminder back). */
  restoreEmail(id: string, key: string, dueAt: number, history: HistoryEntry): Promise<void>;
  /** The intake a booking link's reference belongs to. */
  idByBookingRef(ref: string): Promise<string | undefined>;
  /** Cancels a pending email (a follow-up no longer wanted). */
  cancelEmail(id: string, key: string, history: HistoryEntry): Promise<void>;
  /** Appends to the history only (a practitioner's note). */
  addHistory(id: string, history: HistoryEntry): Promise<void>;
  /** Replaces the answers after the person's address was corrected (and the hash erase finds them by). */
  setEmailAddress(id: string, answers: IntakeAnswers, emailHash: string, history: HistoryEntry): Promise<void>;
}

/** What the inbox's passwordless sign-in must remember: nothing else is stored about a session. */
export interface SignInLedger {
  /** True at most once a minute (`everyMs`) per address: a sign-in link may be sent. */
  takeSignInSlot(addressHash: string, now: number, everyMs: number): Promise<boolean>;
  /** True the first time a sign-in link's nonce is used, false ever after. */
  useSignInLink(nonce: string, expiresAt: number): Promise<boolean>;
}

/** SES's account-level suppression list: erasing a person removes their address from it. */
export interface SuppressionList {
  remove(email: string): Promise<'removed' | 'not-listed' | 'unavailable'>;
}

export interface OutgoingEmail {
  to: string[];
  replyTo?: string[] | undefined;
  subject: string;
  text: string;
  html: string;
  /** Message tags: they come back on SES events so a bounce finds its intake. */
  tags: Record<string, string>;
}

export interface Mailer {
  /** Sends one email; returns the provider's message id. Throws MailError. */
  send(email: OutgoingEmail): Promise<string>;
}

/** A send failed. `terminal` errors (rejected, unverified sender, paused account) are never retried. */
export class MailError extends Error {
  constructor(
    readonly code: string,
    readonly terminal: boolean,
    options?: { cause?: unknown },
  ) {
    super(`mail send failed: ${code}`, options);
    this.name = 'MailError';
  }
}

/** Ids, routes, counts and timings only: never personal data. */
export interface EventLog {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  warn(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

export interface RetryPolicy {
  /** Delay after the first failure; doubles each time. */
  baseDelayMs: number;
  /** The longest delay between tries. */
  maxDelayMs: number;
  /** After this many tries an email is marked failed and the practitioner told. */
  maxAttempts: number;
  /** How long a claimed email stays claimed if the sender dies. */
  leaseMs: number;
}

export type MetricName = 'Intakes' | 'Duplicates' | 'EmailsSent' | 'EmailsRetried' | 'EmailsFailed' | 'EmailsBounced';
/** Counts for CloudWatch; the only dimension is the route. */
export interface MetricSink {
  count(name: MetricName, value?: number, route?: string): void;
}

export type HumanCheckResult = 'pass' | 'fail' | 'unavailable';
/** Optional bot check (Cloudflare Turnstile): the form's token, and the client's IP when known. */
export type HumanCheck = (token: string | undefined, remoteIp?: string) => Promise<HumanCheckResult>;

export interface Deps {
  config: PracticeConfig;
  store: IntakeStore;
  mailer: Mailer;
  log: EventLog;
  retry: RetryPolicy;
  /** How long a crisis intake may wait to be marked contacted before the practitioner is reminded, and between reminders. */
  crisisReminderMs?: number | undefined;
  now: () => number;
  newId: () => string;
  metrics?: MetricSink | undefined;
  /** The API's public address (`PUBLIC_URL`): the practitioner's action and sign-in links start with it. */
  publicUrl?: string | undefined;
  /** The per-deployment secret that keys intake ids; the functions always have one (adapters/runtime.ts). */
  signingSecret?: (() => Promise<string | undefined>) | undefined;
  /** When set, every intake must pass it; refused or unavailable means not taken (fails closed). */
  humanCheck?: HumanCheck | undefined;
}

/** The dependencies of the retry job and the SES events: their store also lists the due outbox and marks bounces. */
export type DeliveryDeps = Deps & { store: DeliveryStore };
