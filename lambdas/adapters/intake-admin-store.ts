import { BatchGetItemCommand, DeleteItemCommand, paginateQuery, type AttributeValue, type QueryInput } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { IntakeAnswers } from '../domain/intake';
import type { Route } from '../domain/triage';
import type { HistoryEntry, IntakeAdmin, IntakeRecord, SignInLedger } from '../use-cases/ports';
import { DynamoDeliveryStore } from './delivery-store';
import { HISTORY, LISTED, NO_LEASE, PENDING, toRecord } from './intake-store';
import { TABLE_SCHEMA } from './table-schema';

/**
 * The practitioner's and ops' operations on the intake table (lists,
 * corrections, erasure, sign-in bookkeeping), beside the store the intake
 * path uses. Kept in its own module so the intake function, which never
 * corrects or lists anything, does not carry them.
 */

const { byCreatedIndex, byEmailIndex, byBookingRefIndex } = TABLE_SCHEMA;

export class DynamoIntakeAdmin extends DynamoDeliveryStore implements IntakeAdmin, SignInLedger {
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
