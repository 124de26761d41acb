import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * The intake table's keys and indexes, in one place: the CDK construct and
 * the local stack build the same table from it.
 */
export const TABLE_SCHEMA = {
  partitionKey: 'id',
  ttlAttribute: 'expiresAt',
  /** Sparse: only items with an email still pending carry `pendingPk`. */
  pendingIndex: 'pending',
  pendingIndexKeys: { partition: 'pendingPk', sort: 'dueAt' },
  /** Every intake, newest first, for the practitioner's list and export. Keys only: a copy of each item would double every write. */
  byCreatedIndex: 'byCreated',
  byCreatedIndexKeys: { partition: 'listPk', sort: 'createdAt' },
  /** One person's intakes, by the hash of their address (erase). */
  byEmailIndex: 'byEmail',
  byEmailIndexKeys: { partition: 'emailHash' },
  /** An intake by the reference its booking link carries (booking webhooks). */
  byBookingRefIndex: 'byBookingRef',
  byBookingRefIndexKeys: { partition: 'bookingRef' },
} as const;

/** CreateTable input for the local stack and the tests (on-demand, same keys and indexes as the CDK table). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const s = TABLE_SCHEMA;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: s.partitionKey, AttributeType: 'S' },
      { AttributeName: s.pendingIndexKeys.partition, AttributeType: 'S' },
      { AttributeName: s.pendingIndexKeys.sort, AttributeType: 'N' },
      { AttributeName: s.byCreatedIndexKeys.partition, AttributeType: 'S' },
      { AttributeName: s.byCreatedIndexKeys.sort, AttributeType: 'S' },
      { AttributeName: s.byEmailIndexKeys.partition, AttributeType: 'S' },
      { AttributeName: s.byBookingRefIndexKeys.partition, AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: s.partitionKey, KeyType: 'HASH' }],
    GlobalSecondaryIndexes: [
      {
        IndexName: s.pendingIndex,
        KeySchema: [
          { AttributeName: s.pendingIndexKeys.partition, KeyType: 'HASH' },
          { AttributeName: s.pendingIndexKeys.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: s.byCreatedIndex,
        KeySchema: [
          { AttributeName: s.byCreatedIndexKeys.partition, KeyType: 'HASH' },
          { AttributeName: s.byCreatedIndexKeys.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: s.byEmailIndex,
        KeySchema: [{ AttributeName: s.byEmailIndexKeys.partition, KeyType: 'HASH' }],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: s.byBookingRefIndex,
        KeySchema: [{ AttributeName: s.byBookingRefIndexKeys.partition, KeyType: 'HASH' }],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
}

/** Creates the table if it is missing and waits until it is active. */
export async function ensureTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  try {
    await client.send(new CreateTableCommand(input));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  for (let i = 0; i < 100; i++) {
    const out = await client.send(new DescribeTableCommand({ TableName: input.TableName }));
    const indexesActive = (out.Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (out.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`table ${input.TableName} did not become active`);
}
