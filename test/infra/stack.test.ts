import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../bin/signpost';
import { DEFAULT_CONFIG_PATH } from '../../lambdas/adapters/practice-config-source';
import { DataKey } from '../../lib/constructs/data-key';
import type { SignpostStack } from '../../lib/signpost-stack';
import { IntakeTable } from '../../lib/constructs/intake-table';
import { exampleConfig } from '../support/fixtures';

let app: App;
let stack: SignpostStack;
let template: Template;
let assembly: CloudAssembly;

beforeAll(() => {
  ({ app, stack } = buildApp({ config: DEFAULT_CONFIG_PATH }));
  assembly = app.synth();
  template = Template.fromStack(stack);
}, 120_000);
afterAll(() => rmSync(assembly.directory, { recursive: true, force: true }));

const resourcesOf = (type: string) => Object.entries(template.findResources(type));

describe('the HTTP API', () => {
  it('routes POST /intake to a function', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /intake', Target: Match.anyValue() });
  });

  it('keys intake ids with a secret generated at deploy, read through the Parameters and Secrets extension, never in the template', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: Match.objectLike({ PasswordLength: 48 }) });
    for (const secret of Object.values(template.findResources('AWS::SecretsManager::Secret'))) expect(secret.Properties.SecretString).toBeUndefined();
    const submit = Object.values(template.findResources('AWS::Lambda::Function')).find((fn) => fn.Properties.Description === 'Signpost: POST /intake');
    expect(submit?.Properties.Environment.Variables.SIGNING_SECRET_ARN).toBeDefined();
    expect(JSON.stringify(submit?.Properties.Layers)).toContain('Paramsandsecrets');
  });

  it('takes the booking tools’ webhooks', () => {
    for (const route of ['POST /webhooks/cal-com', 'POST /webhooks/calendly']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route, Target: Match.anyValue() });
    }
  });

  it('serves the hosted form and its privacy notice, script and styles', () => {
    for (const route of ['GET /', 'GET /privacy', 'GET /form.js', 'GET /form.css']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route, Target: Match.anyValue() });
    }
  });

  it('routes the practitioner’s action links and inbox (GET shows, POST acts) to one function with the links’ base address', () => {
    for (const route of ['GET /actions/{token}', 'POST /actions/{token}', 'GET /inbox', 'POST /inbox', 'GET /inbox/{proxy+}', 'POST /inbox/{proxy+}']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: route, Target: Match.anyValue() });
    }
    const functions = Object.values(template.findResources('AWS::Lambda::Function'));
    const practitioner = functions.find((fn) => String(fn.Properties.Description).includes('action links and inbox'));
    expect(practitioner?.Properties.Environment.Variables.SIGNING_SECRET_ARN).toBeDefined();
    expect(JSON.stringify(practitioner?.Properties.Layers)).toContain('Paramsandsecrets');
    // Every function that writes to the practitioner signs its links with the same secret, under the API's address.
    for (const description of ['Signpost: POST /intake', 'Signpost: delivery retry job', 'Signpost: SES bounces and complaints']) {
      const fn = functions.find((f) => f.Properties.Description === description);
      expect(fn?.Properties.Environment.Variables.SIGNING_SECRET_ARN, description).toBeDefined();
      expect(JSON.stringify(fn?.Properties.Environment.Variables.PUBLIC_URL), description).toContain('ApiEndpoint');
    }
  });

  it('lets the practitioner function read and update intakes and list them, but never scan, delete or touch another index', () => {
    const roleId = stack.getLogicalId(stack.functions.practitioner.role.node.defaultChild as CfnElement);
    const policy = JSON.stringify(Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId)));
    for (const action of ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'ses:SendEmail']) {
      expect(policy).toContain(action);
    }
    expect(policy).not.toMatch(/dynamodb:(?:Scan|DeleteItem)|dynamodb:\*/);
    expect(policy).toContain('/index/byCreated');
    expect(policy).not.toMatch(/\/index\/(?:byEmail|pending|byBookingRef)/);
  });

  it('gives the hosted form a function that may touch no table, key or mail', () => {
    const roleId = stack.getLogicalId(stack.functions.web.role.node.defaultChild as CfnElement);
    const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes(roleId));
    expect(policies.length).toBe(1);
    expect(JSON.stringify(policies)).toContain('logs:PutLogEvents');
    expect(JSON.stringify(policies)).not.toMatch(/dynamodb:|ses:|kms:|ssm:/);
  });

  it('allows CORS only from the practice’s origins, never *', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.objectLike({ AllowOrigins: exampleConfig.web.allowedOrigins }),
    });
    expect(JSON.stringify(template.findResources('AWS::ApiGatewayV2::Api'))).not.toContain('"*"');
  });

  it('throttles the stage with the config’s rate and burst', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: exampleConfig.deploy.throttle.rateLimit, ThrottlingBurstLimit: exampleConfig.deploy.throttle.burstLimit },
    });
  });

  it('writes JSON access logs without the body, the query string or the source IP', () => {
    const stage = resourcesOf('AWS::ApiGatewayV2::Stage')[0]?.[1];
    if (!stage) throw new Error('no stage');
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format);
    expect(format).toHaveProperty('requestId', '$context.requestId');
    expect(stage.Properties.AccessLogSettings.Format).not.toMatch(/body|querystring|identity\.sourceIp|path\b/i);
  });
});

describe('the functions', () => {
  it('run on the newest Node.js runtime, arm64, with reserved concurrency and JSON logs to their own log group', () => {
    const functions = resourcesOf('AWS::Lambda::Function');
    expect(functions.length).toBe(7);
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe('nodejs24.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.ReservedConcurrentExecutions).toBeGreaterThan(0);
      expect(fn.Properties.LoggingConfig.LogGroup).toBeDefined();
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('are each bundled, under 1 MB', () => {
    for (const [, fn] of resourcesOf('AWS::Lambda::Function')) {
      const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
      expect(statSync(join(assembly.directory, `asset.${hash}`, 'index.mjs')).size).toBeLessThan(1024 * 1024);
    }
  });

  it('have log groups with retention, encrypted with the customer-managed key', () => {
    for (const [, group] of resourcesOf('AWS::Logs::LogGroup')) {
      expect(group.Properties.RetentionInDays).toBe(exampleConfig.deploy.logRetentionDays);
      expect(group.Properties.KmsKeyId).toBeDefined();
    }
  });

  it('may send email only as the configured sender', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('"ses:SendEmail"');
    expect(policies).toContain(`"ses:FromAddress":"${exampleConfig.email.from}"`);
    expect(policies).not.toMatch(/"ses:\*"|"dynamodb:\*"|"dynamodb:Scan"|"kms:\*"/);
  });

  it('use no AWS-managed policies', () => {
    for (const [, role] of resourcesOf('AWS::IAM::Role')) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('the intake table', () => {
  it('keeps its pinned logical id, so a refactor never replaces it', () => {
    expect(Object.keys(template.findResources('AWS::DynamoDB::Table'))).toEqual([IntakeTable.LOGICAL_ID]);
  });

  it('is retained when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('is on demand with point-in-time recovery and TTL on expiresAt', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('is encrypted with a retained key whose logical id is pinned too', () => {
    expect(Object.keys(template.findResources('AWS::KMS::Key'))).toEqual([DataKey.LOGICAL_ID]);
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain' });
  });

  it('is encrypted with a customer-managed KMS key that rotates', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: Match.anyValue() } });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('has the sparse pending index the retry job reads', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({
          IndexName: 'pending',
          KeySchema: [
            { AttributeName: 'pendingPk', KeyType: 'HASH' },
            { AttributeName: 'dueAt', KeyType: 'RANGE' },
          ],
        }),
      ]),
    });
  });
});

describe('delivery and monitoring', () => {
  it('runs the retry job on an EventBridge schedule', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: `rate(${exampleConfig.deploy.retryEveryMinutes} minutes)`,
      Targets: Match.arrayWith([Match.objectLike({ Arn: Match.anyValue() })]),
    });
  });

  it('has an SES identity for the sender’s domain and a configuration set that requires TLS, suppresses bounces and complaints, and tracks nothing', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'northstar-coaching.example' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    const sets = JSON.stringify(template.findResources('AWS::SES::ConfigurationSet'));
    expect(sets).not.toContain('TrackingOptions');
  });

  it('sends bounces and complaints to an encrypted SNS topic that the events function reads', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda' });
  });

  it('prints DKIM records as outputs when no hosted zone is configured', () => {
    expect(Object.keys(template.findOutputs('*')).filter((k) => k.includes('DkimRecord'))).toHaveLength(3);
  });

  it('alarms when the functions count an email given up on (the EmailsFailed metric), not on log text', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Signpost',
      MetricName: 'EmailsFailed',
      Dimensions: [{ Name: 'service', Value: 'signpost' }],
      Threshold: 1,
    });
    expect(template.findResources('AWS::Logs::MetricFilter')).toEqual({});
  });

  it('alarms on undelivered email, function errors, throttles and API 5xx, to an encrypted topic with the ops address', () => {
    const alarms = resourcesOf('AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThanOrEqual(2);
    const descriptions = alarms.map(([, a]) => a.Properties.AlarmDescription as string).join('\n');
    for (const what of ['could not be delivered', 'failed', 'throttled', '5xx']) expect(descriptions).toContain(what);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: exampleConfig.deploy.alarmEmail });
    for (const [, topic] of resourcesOf('AWS::SNS::Topic')) expect(topic.Properties.KmsMasterKeyId).toBeDefined();
  });

  it('has a dashboard', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('names its outputs as the README does: IntakeUrl, FormUrl, TableName and the three DKIM records', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['IntakeUrl', 'FormUrl', 'TableName', 'DkimRecord1', 'DkimRecord2', 'DkimRecord3']));
    expect(JSON.stringify(outputs.IntakeUrl)).toContain('/intake');
  });
});

describe('cdk-nag', () => {
  it('passes AwsSolutionsChecks and HIPAASecurityChecks with every finding acknowledged', () => {
    expect(new AwsSolutionsChecks().validateScope(app).violations).toEqual([]);
    expect(new HIPAASecurityChecks().validateScope(app).violations).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const acks = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => m.data as Record<string, string>));
    expect(acks.length).toBeGreaterThan(5);
    for (const ack of acks)
      for (const [rule, reason] of Object.entries(ack)) {
        expect(rule).toMatch(/^(?:Annotation::)?(AwsSolutions|HIPAA\.Security)-/);
        expect(reason.length).toBeGreaterThan(60);
      }
  });

  it('would fail synth on an unacknowledged finding (the checks are live)', () => {
    const bare = new App();
    const s = new Stack(bare, 'Bare');
    new Queue(s, 'Q');
    expect(new AwsSolutionsChecks().validateScope(bare).success).toBe(false);
  });
});

describe('config at synth', () => {
  it('fails with the bad field’s path for an invalid practice config', () => {
    expect(() => buildApp({ config: 'test/fixtures/bad-practice.json' })).toThrow(/bad-practice\.json[\s\S]*coaching\.bookingUrl/);
  });
});
