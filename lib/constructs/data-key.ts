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
  public readonly key: kms.Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { region, account } = Stack.of(this);
    this.key = new kms.Key(this, 'Key', {
      description: 'Signpost: intakes, logs, topics and queues',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
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
