import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_SCHEMA } from '../../lambdas/adapters/table-schema';

export interface IntakeTableProps {
  /** Customer-managed key for encryption at rest. */
  readonly encryptionKey: kms.IKey;
  /** @default RETAIN: intakes outlive a mistaken `cdk destroy` */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The intake table: on demand, encrypted with the practice's own key,
 * point-in-time recovery, TTL on `expiresAt` (retention), and the indexes of
 * TABLE_SCHEMA (the sparse pending index for the retry job among them).
 * The logical id is pinned: a changed id would replace the table.
 */
export class IntakeTable extends Construct {
  public static readonly LOGICAL_ID = 'IntakesTable';
  public readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: IntakeTableProps) {
    super(scope, id);
    const s = TABLE_SCHEMA;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: s.partitionKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: s.ttlAttribute,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: s.pendingIndex,
      partitionKey: { name: s.pendingIndexKeys.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: s.pendingIndexKeys.sort, type: dynamodb.AttributeType.NUMBER },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: s.byCreatedIndex,
      partitionKey: { name: s.byCreatedIndexKeys.partition, type: dynamodb.AttributeType.STRING },
      sortKey: { name: s.byCreatedIndexKeys.sort, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: s.byEmailIndex,
      partitionKey: { name: s.byEmailIndexKeys.partition, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: s.byBookingRefIndex,
      partitionKey: { name: s.byBookingRefIndexKeys.partition, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.KEYS_ONLY,
    });
    (this.table.node.defaultChild as dynamodb.CfnTable).overrideLogicalId(IntakeTable.LOGICAL_ID);
  }
}
