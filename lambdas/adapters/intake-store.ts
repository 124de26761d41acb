import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DependencyUnavailableError, StaleWriteError } from '../domain/errors';
import { isTransient } from './aws-errors';
import type { CreateResult, EmailRecord, HistoryEntry, IntakeRecord, IntakeStore } from '../use-cases/ports';

/**
 * The intake table over DynamoDB. One item per intake: the answers, the
 * triage, and the outbox (`emails`, one entry per email) with a counter of
 * pending emails. While that counter is above zero the item carries
 * `pendingPk` and `dueAt`, so it appears in the sparse `pending` index.
 */

export const PENDING = 'pending';
export const LISTED = 'intake';

export const opts = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;
/** Appends `:h` to the audit trail; `update` fills in the values when given a history entry. */
export const HISTORY = 'history = list_append(if_not_exists(history, :empty), :h)';
export const NO_LEASE = 'attribute_not_exists(emails.#k.leaseId)';

function ignoreStaleWrite(error: unknown): void {
  if (!(error instanceof StaleWriteError)) throw error;
}

export function toRecord(item: Record<string, AttributeValue>): IntakeRecord {
  const raw = unmarshall(item);
  return {
    id: raw.id,
    createdAt: raw.createdAt,
    expiresAt: raw.expiresAt,
    answers: JSON.parse(raw.answers),
    locale: raw.locale,
    triage: JSON.parse(raw.triage),
    route: raw.route,
    contentHash: raw.contentHash,
    emailHash: raw.emailHash,
    emails: raw.emails ?? {},
    history: raw.history ?? [],
    booked: raw.booked,
    bookedAt: raw.bookedAt,
    contactedAt: raw.contactedAt,
    bookingRef: raw.bookingRef,
  };
}

export interface StoredSummary {
  id: string;
  createdAt: string;
  route: string;
  urgent: boolean;
  status: string;
}

/** The delivery status of an intake at a glance: failed > bounced > pending > sent. */
export class DynamoIntakeStore implements IntakeStore {
  constructor(
    protected readonly client: DynamoDBClient,
    protected readonly tableName: string,
  ) {}

  /** Runs one call, in the domain's terms: a failed condition is a stale write; network trouble, throttling and 5xx make the store unavailable. */
  protected async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StaleWriteError({ cause: error });
      if (isTransient(error)) throw new DependencyUnavailableError('store', { cause: error });
      throw error;
    }
  }

  async create(record: IntakeRecord): Promise<CreateResult> {
    const pending = Object.values(record.emails).filter((e) => e.status === 'pending');
    const item = {
      id: record.id,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      answers: JSON.stringify(record.answers),
      locale: record.locale,
      triage: JSON.stringify(record.triage),
      route: record.route,
      urgent: record.route === 'crisis',
      contentHash: record.contentHash,
      emailHash: record.emailHash,
      bookingRef: record.bookingRef,
      emails: record.emails,
      history: record.history,
      listPk: LISTED,
      pendingCount: pending.length,
      ...(pending.length > 0 ? { pendingPk: PENDING, dueAt: Math.min(...pending.map((e) => e.dueAt)) } : {}),
    };
    if (await this.putOnce(item, 'attribute_not_exists(id)')) return { created: true };
    const existing = await this.get(record.id);
    if (!existing) throw new DependencyUnavailableError('store');
    return { created: false, existing };
  }

  async get(id: string): Promise<IntakeRecord | undefined> {
    const out = await this.guard(() => this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { id: { S: id } }, ConsistentRead: true })));
    return out.Item ? toRecord(out.Item) : undefined;
  }

  /**
   * One UpdateItem on an intake. `history` appends an entry to the audit
   * trail (the expression refers to it as HISTORY).
   */
  protected async update(
    id: string,
    spec: {
      expression: string;
      condition?: string;
      names?: Record<string, string>;
      values?: Record<string, unknown>;
      history?: HistoryEntry;
      returnValues?: 'ALL_NEW' | 'UPDATED_NEW';
    },
  ): Promise<Record<string, AttributeValue> | undefined> {
    const values: Record<string, unknown> = { ...spec.values };
    if (spec.history) Object.assign(values, { ':h': [spec.history], ':empty': [] });
    const out = await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: spec.expression,
          ConditionExpression: spec.condition,
          ExpressionAttributeNames: spec.names,
          ExpressionAttributeValues: Object.keys(values).length > 0 ? marshall(values, opts) : undefined,
          ReturnValues: spec.returnValues,
        }),
      ),
    );
    return out.Attributes;
  }

  async claim(id: string, key: string, now: number, leaseMs: number, leaseId: string): Promise<IntakeRecord | undefined> {
    try {
      const attributes = await this.update(id, {
        expression: 'SET emails.#k.leaseId = :lease, emails.#k.leaseUntil = :until, emails.#k.attempts = emails.#k.attempts + :one',
        condition: `emails.#k.#status = :pending AND emails.#k.dueAt <= :now AND (${NO_LEASE} OR emails.#k.leaseUntil < :now)`,
        names: { '#k': key, '#status': 'status' },
        values: { ':lease': leaseId, ':until': now + leaseMs, ':one': 1, ':pending': 'pending', ':now': now },
        returnValues: 'ALL_NEW',
      });
      return attributes ? toRecord(attributes) : undefined;
    } catch (error) {
      if (error instanceof StaleWriteError) return undefined;
      throw error;
    }
  }

  /** Ends a lease with a final status; when no email is left pending, leaves the sparse index. */
  private async finish(id: string, key: string, leaseId: string, set: Record<string, unknown>): Promise<void> {
    const names: Record<string, string> = { '#k': key };
    const values: Record<string, unknown> = { ':lease': leaseId, ':one': 1 };
    const sets = Object.entries(set).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      return `emails.#k.#f${i} = :v${i}`;
    });
    const attributes = await this.update(id, {
      expression: `SET ${sets.join(', ')}, pendingCount = pendingCount - :one REMOVE emails.#k.leaseId, emails.#k.leaseUntil`,
      condition: 'emails.#k.leaseId = :lease',
      names,
      values,
      returnValues: 'UPDATED_NEW',
    });
    if (attributes?.pendingCount?.N === '0') await this.leavePendingIndex(id);
  }

  /** Removes the sparse-index keys once nothing is pending (guarded: a new email may have arrived). */
  protected async leavePendingIndex(id: string): Promise<void> {
    await this.update(id, { expression: 'REMOVE pendingPk, dueAt', condition: 'pendingCount = :zero', values: { ':zero': 0 } }).catch(ignoreStaleWrite);
  }

  markSent(id: string, key: string, leaseId: string, messageId: string, now: number): Promise<void> {
    return this.finish(id, key, leaseId, { status: 'sent', sentAt: new Date(now).toISOString(), messageId });
  }

  async markAllSent(
    id: string,
    sent: Array<{ key: string; leaseId: string; messageId: string }>,
    now: number,
    pendingBefore: number,
    nextDueAt?: number,
  ): Promise<void> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = { ':sent': 'sent', ':at': new Date(now).toISOString(), ':n': sent.length, ':before': pendingBefore };
    const sets: string[] = [];
    const removes: string[] = [];
    const conditions = ['pendingCount = :before'];
    sent.forEach(({ key, leaseId, messageId }, i) => {
      names[`#k${i}`] = key;
      values[`:l${i}`] = leaseId;
      values[`:m${i}`] = messageId;
      sets.push(`emails.#k${i}.#status = :sent`, `emails.#k${i}.sentAt = :at`, `emails.#k${i}.messageId = :m${i}`);
      removes.push(`emails.#k${i}.leaseId`, `emails.#k${i}.leaseUntil`);
      conditions.push(`emails.#k${i}.leaseId = :l${i}`);
    });
    if (sent.length === pendingBefore) removes.push('pendingPk', 'dueAt');
    else if (nextDueAt !== undefined) {
      values[':next'] = nextDueAt;
      sets.push('dueAt = :next');
    }
    await this.update(id, {
      expression: `SET ${sets.join(', ')}, pendingCount = pendingCount - :n REMOVE ${removes.join(', ')}`,
      condition: conditions.join(' AND '),
      names,
      values,
    });
  }

  async setDueAt(id: string, dueAt: number): Promise<void> {
    await this.update(id, { expression: 'SET dueAt = :due', condition: 'attribute_exists(pendingPk)', values: { ':due': dueAt } }).catch(ignoreStaleWrite);
  }

  markFailed(id: string, key: string, leaseId: string, error: string): Promise<void> {
    return this.finish(id, key, leaseId, { status: 'failed', lastError: error });
  }

  async markRetry(id: string, key: string, leaseId: string, dueAt: number, error: string): Promise<void> {
    await this.update(id, {
      expression: 'SET emails.#k.dueAt = :due, emails.#k.lastError = :err, dueAt = :due, pendingPk = :pending REMOVE emails.#k.leaseId, emails.#k.leaseUntil',
      condition: 'emails.#k.leaseId = :lease',
      names: { '#k': key },
      values: { ':due': dueAt, ':err': error, ':lease': leaseId, ':pending': PENDING },
    });
  }

  async addEmail(id: string, key: string, email: EmailRecord, history?: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET emails.#k = :email, pendingCount = if_not_exists(pendingCount, :zero) + :one, pendingPk = :pending, dueAt = :due${history ? `, ${HISTORY}` : ''}`,
      condition: 'attribute_exists(id) AND attribute_not_exists(emails.#k)',
      names: { '#k': key },
      values: { ':email': email, ':one': 1, ':zero': 0, ':pending': PENDING, ':due': email.dueAt },
      history,
    });
  }

  /** A conditional put: false when the condition failed (the item exists, the slot is taken). */
  protected async putOnce(item: Record<string, unknown>, condition: string, values?: Record<string, unknown>): Promise<boolean> {
    try {
      await this.guard(() =>
        this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: marshall(item, opts),
            ConditionExpression: condition,
            ExpressionAttributeValues: values ? marshall(values, opts) : undefined,
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof StaleWriteError) return false;
      throw error;
    }
  }
}
