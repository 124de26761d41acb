import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DeliveryStore, HistoryEntry } from '../use-cases/ports';
import { DynamoIntakeStore, HISTORY, PENDING } from './intake-store';
import { TABLE_SCHEMA } from './table-schema';

/**
 * The intake table as the retry job and the SES events use it: the intakes
 * with an email due (the sparse `pending` index) and the emails that bounced.
 * Kept in its own module so the intake function, which does neither, does
 * not carry them (1.6 KB of its bundle with the Query command).
 */
export class DynamoDeliveryStore extends DynamoIntakeStore implements DeliveryStore {
  async listDue(now: number, limit: number): Promise<string[]> {
    const out = await this.guard(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE_SCHEMA.pendingIndex,
          KeyConditionExpression: 'pendingPk = :pending AND dueAt <= :now',
          ExpressionAttributeValues: marshall({ ':pending': PENDING, ':now': now }),
          Limit: limit,
        }),
      ),
    );
    return (out.Items ?? []).map((item) => item.id?.S).filter((id): id is string => typeof id === 'string');
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
}
