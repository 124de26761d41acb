import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The customer-managed KMS key that encrypts everything holding personal
 * data or its traces: the table, the log groups, the SNS topics and the
 * dead-letter queue. Rotation on; the services that must use it are allowed
 * to, each for its own purpose only.
 */
export class DataKey extends Construct {
  /**
   * The key's logical id, pinned: a new id would make CloudFormation create a
   * new key and leave the retained one behind. It is the id the key has
   * always had, so stacks deployed before the pin keep their key.
   */
  static readonly LOGICAL_ID = 'DataKey2A0DE9E6';
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { region, account } = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      description: 'Signpost: intakes, logs, topics and queues',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    (this.key.node.defaultChild as kms.CfnKey).overrideLogicalId(DataKey.LOGICAL_ID);
    // CloudWatch Logs encrypts this stack's log groups with the key.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${account}:log-group:*` } },
      }),
    );
    // SES publishes bounce events, and CloudWatch alarms publish, to encrypted SNS topics.
    for (const service of ['ses.amazonaws.com', 'cloudwatch.amazonaws.com']) {
      this.key.addToResourcePolicy(
        new iam.PolicyStatement({
          principals: [new iam.ServicePrincipal(service)],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:SourceAccount': account } },
        }),
      );
    }
  }
}
