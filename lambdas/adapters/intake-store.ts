import {
  BatchGetItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  paginateQuery,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type QueryInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DependencyUnavailableError, StaleWriteError } from '../domain/errors';
import { isTransient } from './aws-errors';
import type { Route } from '../domain/triage';
import type { IntakeAnswers } from '../domain/intake';
import type { CreateResult, EmailRecord, HistoryEntry, IntakeAdmin, IntakeRecord, IntakeStore, SignInLedger } from '../use-cases/ports';
import { TABLE_SCHEMA } from './table-schema';

/**
 * The intake table over DynamoDB. One item per intake: the answers, the
 * triage, and the outbox (`emails`, one entry per email) with a counter of
 * pending emails. While that counter is above zero the item carries
 * `pendingPk` and `dueAt`, so it appears in the sparse `pending` index.
 */

const { pendingIndex, byCreatedIndex, byEmailIndex, byBookingRefIndex } = TABLE_SCHEMA;
const PENDING = 'pending';
const LISTED = 'intake';

const opts = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;
/** Appends `:h` to the audit trail; `update` fills in the values when given a history entry. */
const HISTORY = 'history = list_append(if_not_exists(history, :empty), :h)';
const NO_LEASE = 'attribute_not_exists(emails.#k.leaseId)';

function ignoreStaleWrite(error: unknown): void {
  if (!(error instanceof StaleWriteError)) throw error;
}

function toRecord(item: Record<string, AttributeValue>): IntakeRecord {
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
export class DynamoIntakeStore implements IntakeStore, IntakeAdmin, SignInLedger {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  /** Runs one call, in the domain's terms: a failed condition is a stale write; network trouble, throttling and 5xx make the store unavailable. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
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
  private async update(
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
  private async leavePendingIndex(id: string): Promise<void> {
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

  async listDue(now: number, limit: number): Promise<string[]> {
    const out = await this.guard(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: pendingIndex,
          KeyConditionExpression: 'pendingPk = :pending AND dueAt <= :now',
          ExpressionAttributeValues: marshall({ ':pending': PENDING, ':now': now }),
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map((item) => item.id?.S).filter((id): id is string => typeof id === 'string');
  }

  // —— Practitioner and ops operations (the command line) ——

  /** Every item of a query, page by page. */
  private async queryAll(input: Omit<QueryInput, 'TableName' | 'ExclusiveStartKey'>, limit?: number): Promise<Record<string, AttributeValue>[]> {
    return this.guard(async () => {
      const items: Record<string, AttributeValue>[] = [];
      for await (const page of paginateQuery({ client: this.client }, { ...input, TableName: this.tableName })) {
        items.push(...(page.Items ?? []));
        if (limit !== undefined && items.length >= limit) return items.slice(0, limit);
      }
      return items;
    });
  }

  /** Newest first, optionally since an ISO time. */
  async list(options: { since?: string; limit?: number } = {}): Promise<IntakeRecord[]> {
    const items = await this.queryAll(
      {
        IndexName: byCreatedIndex,
        KeyConditionExpression: options.since ? 'listPk = :p AND createdAt >= :since' : 'listPk = :p',
        ExpressionAttributeValues: marshall({ ':p': LISTED, ...(options.since ? { ':since': options.since } : {}) }),
        ScanIndexForward: false,
      },
      options.limit,
    );
    // The index holds keys only (cheaper writes); read the items in batches of 100, in the index's order.
    const ids = items.map((item) => item.id?.S).filter((id): id is string => typeof id === 'string');
    const byId = new Map<string, IntakeRecord>();
    for (let i = 0; i < ids.length; i += 100) {
      let keys: Array<Record<string, AttributeValue>> = ids.slice(i, i + 100).map((id) => ({ id: { S: id } }));
      for (let attempt = 0; keys.length > 0 && attempt < 5; attempt++) {
        const out = await this.guard(() =>
          this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: keys, ConsistentRead: true } } })),
        );
        for (const item of out.Responses?.[this.tableName] ?? []) byId.set(item.id?.S ?? '', toRecord(item));
        keys = (out.UnprocessedKeys?.[this.tableName]?.Keys as typeof keys | undefined) ?? [];
      }
    }
    return ids.map((id) => byId.get(id)).filter((r): r is IntakeRecord => r !== undefined);
  }

  /** Ids of every intake from one person (by the hash of their address). */
  async idsByEmailHash(emailHash: string): Promise<string[]> {
    const items = await this.queryAll({
      IndexName: byEmailIndex,
      KeyConditionExpression: 'emailHash = :h',
      ExpressionAttributeValues: { ':h': { S: emailHash } },
    });
    return items.map((item) => item.id?.S).filter((id): id is string => typeof id === 'string');
  }

  async delete(id: string): Promise<void> {
    await this.guard(() => this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { id: { S: id } } })));
  }

  /** Sets the route in force and appends to the history, in one conditional write. */
  async setRoute(id: string, route: Route, history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET route = :r, urgent = :u, ${HISTORY}`,
      condition: 'attribute_exists(id)',
      values: { ':r': route, ':u': route === 'crisis' },
      history,
    });
  }

  /** Marks one email bounced or complained (an SES event). */
  async markEmailProblem(id: string, key: string, status: 'bounced' | 'complained', history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET emails.#k.#status = :s, ${HISTORY}`,
      condition: 'attribute_exists(emails.#k)',
      names: { '#k': key, '#status': 'status' },
      values: { ':s': status },
      history,
    });
  }

  /** Puts a failed, bounced or complained-about email back in the outbox, due now. */
  async requeue(id: string, key: string, now: number, history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET emails.#k.#status = :pendingStatus, emails.#k.dueAt = :now, emails.#k.attempts = :zero, pendingCount = if_not_exists(pendingCount, :zero) + :one, pendingPk = :pending, dueAt = :now, ${HISTORY}`,
      condition: 'emails.#k.#status IN (:failed, :bounced, :complained, :sent)',
      names: { '#k': key, '#status': 'status' },
      values: {
        ':sent': 'sent',
        ':pendingStatus': 'pending',
        ':now': now,
        ':zero': 0,
        ':one': 1,
        ':pending': PENDING,
        ':failed': 'failed',
        ':bounced': 'bounced',
        ':complained': 'complained',
      },
      history,
    });
  }

  async cancelEmail(id: string, key: string, history: HistoryEntry): Promise<void> {
    const attributes = await this.update(id, {
      expression: `SET emails.#k.#status = :cancelled, pendingCount = pendingCount - :one, ${HISTORY}`,
      condition: `emails.#k.#status = :pending AND ${NO_LEASE}`,
      names: { '#k': key, '#status': 'status' },
      values: { ':cancelled': 'cancelled', ':pending': 'pending', ':one': 1 },
      history,
      returnValues: 'UPDATED_NEW',
    });
    if (attributes?.pendingCount?.N === '0') await this.leavePendingIndex(id);
  }

  async setBooked(id: string, history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET booked = :t, bookedAt = :at, ${HISTORY}`,
      condition: 'attribute_exists(id)',
      values: { ':t': true, ':at': history.at },
      history,
    });
  }

  async setUnbooked(id: string, history: HistoryEntry): Promise<void> {
    await this.update(id, { expression: `SET booked = :f, ${HISTORY} REMOVE bookedAt`, condition: 'attribute_exists(id)', values: { ':f': false }, history });
  }

  async restoreEmail(id: string, key: string, dueAt: number, history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET emails.#k.#status = :pendingStatus, emails.#k.dueAt = :due, pendingCount = if_not_exists(pendingCount, :zero) + :one, pendingPk = :pending, dueAt = :due, ${HISTORY}`,
      condition: 'emails.#k.#status = :cancelled',
      names: { '#k': key, '#status': 'status' },
      values: { ':pendingStatus': 'pending', ':due': dueAt, ':zero': 0, ':one': 1, ':pending': PENDING, ':cancelled': 'cancelled' },
      history,
    });
  }

  async idByBookingRef(ref: string): Promise<string | undefined> {
    const items = await this.queryAll(
      { IndexName: byBookingRefIndex, KeyConditionExpression: 'bookingRef = :r', ExpressionAttributeValues: { ':r': { S: ref } } },
      1,
    );
    return items[0]?.id?.S;
  }

  async setContacted(id: string, history: HistoryEntry): Promise<void> {
    await this.update(id, { expression: `SET contactedAt = :at, ${HISTORY}`, condition: 'attribute_exists(id)', values: { ':at': history.at }, history });
  }

  async addHistory(id: string, history: HistoryEntry): Promise<void> {
    await this.update(id, { expression: `SET ${HISTORY}`, condition: 'attribute_exists(id)', history });
  }

  async setEmailAddress(id: string, answers: IntakeAnswers, emailHash: string, history: HistoryEntry): Promise<void> {
    await this.update(id, {
      expression: `SET answers = :a, emailHash = :eh, ${HISTORY}`,
      condition: 'attribute_exists(id)',
      values: { ':a': JSON.stringify(answers), ':eh': emailHash },
      history,
    });
  }

  /** A conditional put: false when the condition failed (the item exists, the slot is taken). */
  private async putOnce(item: Record<string, unknown>, condition: string, values?: Record<string, unknown>): Promise<boolean> {
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

  // Sign-in bookkeeping lives beside the intakes as small items that expire
  // (TTL) and carry no list, pending or email key, so no index or list sees them.
  async takeSignInSlot(addressHash: string, now: number, everyMs: number): Promise<boolean> {
    return this.putOnce(
      { id: `sign-in-rate#${addressHash}`, sentAt: now, expiresAt: Math.ceil((now + everyMs) / 1000) + 3600 },
      'attribute_not_exists(id) OR sentAt < :cutoff',
      { ':cutoff': now - everyMs },
    );
  }

  async useSignInLink(nonce: string, expiresAt: number): Promise<boolean> {
    return this.putOnce({ id: `sign-in-used#${nonce}`, expiresAt: Math.ceil(expiresAt / 1000) + 3600 }, 'attribute_not_exists(id)');
  }
}
