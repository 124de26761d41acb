import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { DependencyUnavailableError } from '../domain/errors';
import type { Route } from '../domain/triage';
import type { CreateResult, EmailRecord, HistoryEntry, IntakeAdmin, IntakeRecord, IntakeStore } from '../use-cases/ports';
import { TABLE_SCHEMA } from './table-schema';

/**
 * The intake table over DynamoDB. One item per intake: the answers, the
 * triage, and the outbox (`emails`, one entry per email) with a counter of
 * pending emails. While that counter is above zero the item carries
 * `pendingPk` and `dueAt`, so it appears in the sparse `pending` index.
 */

const { pendingIndex, byCreatedIndex, byEmailIndex } = TABLE_SCHEMA;
const PENDING = 'pending';
const LISTED = 'intake';

const opts = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/** Network errors, throttling and 5xx: the store is unavailable, not wrong. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (error as { $metadata?: { httpStatusCode?: number }; $retryable?: unknown }).$metadata;
  const status = meta?.httpStatusCode;
  if (status === undefined || status >= 500) return true;
  return /Throttl|ProvisionedThroughputExceeded|RequestLimitExceeded|InternalServerError|ServiceUnavailable/.test(error.name);
}

function toRecord(item: Record<string, AttributeValue>): IntakeRecord {
  const raw = unmarshall(item);
  return {
    id: raw.id,
    createdAt: raw.createdAt,
    expiresAt: raw.expiresAt,
    answers: JSON.parse(raw.answers),
    triage: JSON.parse(raw.triage),
    route: raw.route,
    contentHash: raw.contentHash,
    emailHash: raw.emailHash,
    emails: raw.emails ?? {},
    history: raw.history ?? [],
    booked: raw.booked,
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
export function deliveryStatus(emails: Record<string, EmailRecord>): string {
  const statuses = Object.values(emails).map((e) => e.status);
  for (const s of ['failed', 'bounced', 'complained', 'pending'] as const) if (statuses.includes(s)) return s;
  return 'sent';
}

export class DynamoIntakeStore implements IntakeStore, IntakeAdmin {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw error;
      if (isUnavailable(error)) throw new DependencyUnavailableError('store', { cause: error });
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
      triage: JSON.stringify(record.triage),
      route: record.route,
      urgent: record.route === 'crisis',
      contentHash: record.contentHash,
      emailHash: record.emailHash,
      emails: record.emails,
      history: record.history,
      listPk: LISTED,
      pendingCount: pending.length,
      ...(pending.length > 0 ? { pendingPk: PENDING, dueAt: Math.min(...pending.map((e) => e.dueAt)) } : {}),
    };
    try {
      await this.guard(() =>
        this.client.send(
          new PutItemCommand({
            TableName: this.tableName,
            Item: marshall(item, opts),
            ConditionExpression: 'attribute_not_exists(id)',
          }),
        ),
      );
      return { created: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.get(record.id);
      if (!existing) throw new DependencyUnavailableError('store', { cause: error });
      return { created: false, existing };
    }
  }

  async get(id: string): Promise<IntakeRecord | undefined> {
    const out = await this.guard(() =>
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { id: { S: id } }, ConsistentRead: true })),
    );
    return out.Item ? toRecord(out.Item) : undefined;
  }

  async claim(id: string, key: string, now: number, leaseMs: number, leaseId: string): Promise<IntakeRecord | undefined> {
    try {
      const out = await this.guard(() =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: { id: { S: id } },
            UpdateExpression: 'SET emails.#k.leaseId = :lease, emails.#k.leaseUntil = :until, emails.#k.attempts = emails.#k.attempts + :one',
            ConditionExpression:
              'emails.#k.#status = :pending AND emails.#k.dueAt <= :now AND (attribute_not_exists(emails.#k.leaseUntil) OR emails.#k.leaseUntil < :now)',
            ExpressionAttributeNames: { '#k': key, '#status': 'status' },
            ExpressionAttributeValues: marshall({ ':lease': leaseId, ':until': now + leaseMs, ':one': 1, ':pending': 'pending', ':now': now }),
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return out.Attributes ? toRecord(out.Attributes) : undefined;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
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
    const out = await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: `SET ${sets.join(', ')}, pendingCount = pendingCount - :one REMOVE emails.#k.leaseId, emails.#k.leaseUntil`,
          ConditionExpression: 'emails.#k.leaseId = :lease',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: marshall(values, opts),
          ReturnValues: 'UPDATED_NEW',
        }),
      ),
    );
    if (out.Attributes?.pendingCount?.N === '0') await this.leavePendingIndex(id);
  }

  /** Removes the sparse-index keys once nothing is pending (guarded: a new email may have arrived). */
  private async leavePendingIndex(id: string): Promise<void> {
    try {
      await this.guard(() =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: { id: { S: id } },
            UpdateExpression: 'REMOVE pendingPk, dueAt',
            ConditionExpression: 'pendingCount = :zero',
            ExpressionAttributeValues: { ':zero': { N: '0' } },
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
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
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: `SET ${sets.join(', ')}, pendingCount = pendingCount - :n REMOVE ${removes.join(', ')}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: marshall(values, opts),
        }),
      ),
    );
  }

  async setDueAt(id: string, dueAt: number): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET dueAt = :due',
          ConditionExpression: 'attribute_exists(pendingPk)',
          ExpressionAttributeValues: { ':due': { N: String(dueAt) } },
        }),
      ),
    ).catch((error: unknown) => {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
  }

  markFailed(id: string, key: string, leaseId: string, error: string): Promise<void> {
    return this.finish(id, key, leaseId, { status: 'failed', lastError: error });
  }

  async markRetry(id: string, key: string, leaseId: string, dueAt: number, error: string): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET emails.#k.dueAt = :due, emails.#k.lastError = :err, dueAt = :due, pendingPk = :pending REMOVE emails.#k.leaseId, emails.#k.leaseUntil',
          ConditionExpression: 'emails.#k.leaseId = :lease',
          ExpressionAttributeNames: { '#k': key },
          ExpressionAttributeValues: marshall({ ':due': dueAt, ':err': error, ':lease': leaseId, ':pending': PENDING }),
        }),
      ),
    );
  }

  async addEmail(id: string, key: string, email: EmailRecord, history?: HistoryEntry): Promise<void> {
    const values: Record<string, unknown> = { ':email': email, ':one': 1, ':zero': 0, ':pending': PENDING, ':due': email.dueAt };
    let update = 'SET emails.#k = :email, pendingCount = if_not_exists(pendingCount, :zero) + :one, pendingPk = :pending, dueAt = :due';
    if (history) {
      values[':h'] = [history];
      values[':empty'] = [];
      update += ', history = list_append(if_not_exists(history, :empty), :h)';
    }
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: update,
          ConditionExpression: 'attribute_exists(id) AND attribute_not_exists(emails.#k)',
          ExpressionAttributeNames: { '#k': key },
          ExpressionAttributeValues: marshall(values, opts),
        }),
      ),
    );
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

  /** Newest first, optionally since an ISO time; pages through the whole index. */
  async list(options: { since?: string; limit?: number } = {}): Promise<IntakeRecord[]> {
    const records: IntakeRecord[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const out = await this.guard(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: byCreatedIndex,
            KeyConditionExpression: options.since ? 'listPk = :p AND createdAt >= :since' : 'listPk = :p',
            ExpressionAttributeValues: marshall({ ':p': LISTED, ...(options.since ? { ':since': options.since } : {}) }),
            ScanIndexForward: false,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of out.Items ?? []) records.push(toRecord(item));
      startKey = out.LastEvaluatedKey;
    } while (startKey && (options.limit === undefined || records.length < options.limit));
    return options.limit === undefined ? records : records.slice(0, options.limit);
  }

  /** Ids of every intake from one person (by the hash of their address). */
  async idsByEmailHash(emailHash: string): Promise<string[]> {
    const ids: string[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const out = await this.guard(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: byEmailIndex,
            KeyConditionExpression: 'emailHash = :h',
            ExpressionAttributeValues: { ':h': { S: emailHash } },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of out.Items ?? []) if (item.id?.S) ids.push(item.id.S);
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return ids;
  }

  async delete(id: string): Promise<void> {
    await this.guard(() => this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { id: { S: id } } })));
  }

  /** Sets the route in force and appends to the history, in one conditional write. */
  async setRoute(id: string, route: Route, history: HistoryEntry): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET route = :r, urgent = :u, history = list_append(if_not_exists(history, :empty), :h)',
          ConditionExpression: 'attribute_exists(id)',
          ExpressionAttributeValues: marshall({ ':r': route, ':u': route === 'crisis', ':h': [history], ':empty': [] }, opts),
        }),
      ),
    );
  }

  /** Marks one email bounced or complained (an SES event). */
  async markEmailProblem(id: string, key: string, status: 'bounced' | 'complained', history: HistoryEntry): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET emails.#k.#status = :s, history = list_append(if_not_exists(history, :empty), :h)',
          ConditionExpression: 'attribute_exists(emails.#k)',
          ExpressionAttributeNames: { '#k': key, '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':s': status, ':h': [history], ':empty': [] }, opts),
        }),
      ),
    );
  }

  /** Puts a failed email back in the outbox, due now. */
  async requeue(id: string, key: string, now: number, history: HistoryEntry): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression:
            'SET emails.#k.#status = :pendingStatus, emails.#k.dueAt = :now, emails.#k.attempts = :zero, pendingCount = if_not_exists(pendingCount, :zero) + :one, pendingPk = :pending, dueAt = :now, history = list_append(if_not_exists(history, :empty), :h)',
          ConditionExpression: 'emails.#k.#status IN (:failed, :bounced, :complained)',
          ExpressionAttributeNames: { '#k': key, '#status': 'status' },
          ExpressionAttributeValues: marshall(
            {
              ':pendingStatus': 'pending',
              ':now': now,
              ':zero': 0,
              ':one': 1,
              ':pending': PENDING,
              ':h': [history],
              ':empty': [],
              ':failed': 'failed',
              ':bounced': 'bounced',
              ':complained': 'complained',
            },
            opts,
          ),
        }),
      ),
    );
  }

  async cancelEmail(id: string, key: string, history: HistoryEntry): Promise<void> {
    const out = await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET emails.#k.#status = :cancelled, pendingCount = pendingCount - :one, history = list_append(if_not_exists(history, :empty), :h)',
          ConditionExpression: 'emails.#k.#status = :pending AND attribute_not_exists(emails.#k.leaseId)',
          ExpressionAttributeNames: { '#k': key, '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':cancelled': 'cancelled', ':pending': 'pending', ':one': 1, ':h': [history], ':empty': [] }, opts),
          ReturnValues: 'UPDATED_NEW',
        }),
      ),
    );
    if (out.Attributes?.pendingCount?.N === '0') await this.leavePendingIndex(id);
  }

  async setBooked(id: string, history: HistoryEntry): Promise<void> {
    await this.guard(() =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { id: { S: id } },
          UpdateExpression: 'SET booked = :t, history = list_append(if_not_exists(history, :empty), :h)',
          ConditionExpression: 'attribute_exists(id)',
          ExpressionAttributeValues: marshall({ ':t': true, ':h': [history], ':empty': [] }, opts),
        }),
      ),
    );
  }
}
