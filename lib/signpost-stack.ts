import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { join } from 'node:path';
import type { PracticeConfig } from '../lambdas/domain/practice';
import { DataKey } from './constructs/data-key';
import { IntakeApi } from './constructs/intake-api';
import { IntakeTable } from './constructs/intake-table';
import { Mail } from './constructs/mail';
import { Monitoring } from './constructs/monitoring';
import { NodeFunction } from './constructs/node-function';
import { TABLE_SCHEMA } from '../lambdas/adapters/table-schema';
import { readWebAssets } from '../lambdas/adapters/web-assets';

export interface SignpostStackProps extends StackProps {
  /** The validated practice config; it is bundled into the functions. */
  readonly config: PracticeConfig;
}

const HANDLERS = join(import.meta.dirname, '..', 'lambdas', 'handlers');

/** Composes the constructs; resource details live in lib/constructs. */
export class SignpostStack extends Stack {
  public readonly table: IntakeTable;
  public readonly api: IntakeApi;
  public readonly mail: Mail;
  public readonly monitoring: Monitoring;
  public readonly signingSecret: secretsmanager.Secret;
  public readonly functions: Record<'submit' | 'nextSteps' | 'web' | 'webhooks' | 'practitioner' | 'retry' | 'sesEvents', NodeFunction>;

  constructor(scope: Construct, id: string, props: SignpostStackProps) {
    super(scope, id, props);
    const { config } = props;
    const deploy = config.deploy;
    const key = new DataKey(this, 'DataKey').key;
    this.table = new IntakeTable(this, 'Intakes', { encryptionKey: key });
    const table = this.table.table;

    const deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const common = {
      define: {
        __SIGNPOST_PRACTICE_CONFIG__: JSON.stringify(config),
        __SIGNPOST_PRACTICE_CONFIG_BUNDLED__: 'true',
        // Only a practice with Turnstile gets the SSM client in its bundle (lambdas/adapters/runtime.ts).
        __SIGNPOST_TURNSTILE_SSM__: JSON.stringify(Boolean(config.web.turnstile && deploy.turnstileSecretParameter)),
      },
      encryptionKey: key,
      logRetention: deploy.logRetentionDays as logs.RetentionDays,
      environment: { TABLE_NAME: table.tableName },
    };
    const concurrency = deploy.reservedConcurrency;
    this.functions = {
      submit: new NodeFunction(this, 'Submit', {
        ...common,
        entry: join(HANDLERS, 'submit.ts'),
        description: 'Signpost: POST /intake',
        reservedConcurrency: concurrency,
        readsSecrets: true,
      }),
      web: new NodeFunction(this, 'Web', {
        ...common,
        define: { ...common.define, __SIGNPOST_WEB_ASSETS__: JSON.stringify(readWebAssets()) },
        entry: join(HANDLERS, 'web.ts'),
        description: 'Signpost: the hosted form (GET /, GET /privacy)',
        reservedConcurrency: Math.max(1, Math.ceil(concurrency / 2)),
      }),
      webhooks: new NodeFunction(this, 'Webhooks', {
        ...common,
        entry: join(HANDLERS, 'webhooks.ts'),
        description: 'Signpost: booking webhooks (Cal.com, Calendly)',
        reservedConcurrency: 2,
      }),
      practitioner: new NodeFunction(this, 'Practitioner', {
        ...common,
        // The pages wear the form's own styles.
        define: { ...common.define, __SIGNPOST_WEB_ASSETS__: JSON.stringify({ 'form.css': readWebAssets()['form.css'] }) },
        entry: join(HANDLERS, 'practitioner.ts'),
        description: 'Signpost: the practitioner action links and inbox (/actions, /inbox)',
        reservedConcurrency: 2,
        timeout: Duration.seconds(30),
        readsSecrets: true,
      }),
      nextSteps: new NodeFunction(this, 'NextSteps', {
        ...common,
        entry: join(HANDLERS, 'next-steps.ts'),
        description: 'Signpost: GET /intake/{id}',
        reservedConcurrency: Math.max(1, Math.ceil(concurrency / 2)),
      }),
      retry: new NodeFunction(this, 'Retry', {
        ...common,
        entry: join(HANDLERS, 'retry.ts'),
        description: 'Signpost: delivery retry job',
        reservedConcurrency: 1,
        timeout: Duration.minutes(5),
        deadLetterQueue: deadLetters,
        requiresCommonJs: true,
        readsSecrets: true,
      }),
      sesEvents: new NodeFunction(this, 'SesEvents', {
        ...common,
        entry: join(HANDLERS, 'ses-events.ts'),
        description: 'Signpost: SES bounces and complaints',
        reservedConcurrency: 2,
        timeout: Duration.seconds(30),
        deadLetterQueue: deadLetters,
        requiresCommonJs: true,
        readsSecrets: true,
      }),
    };
    const { submit, nextSteps, practitioner, retry, sesEvents } = this.functions;

    // Least privilege on the table: each function gets the item calls it makes, nothing else.
    const itemAccess = (fn: NodeFunction, actions: string[], indexes: string[] = []) => {
      fn.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [table.tableArn, ...indexes.map((i) => `${table.tableArn}/index/${i}`)] }));
      fn.role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'], resources: [key.keyArn] }),
      );
    };
    itemAccess(submit, ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']);
    // The per-deployment secret that keys intake ids: generated at deploy, never in the template or a bundle.
    this.signingSecret = new secretsmanager.Secret(this, 'SigningSecret', {
      description: 'Signpost: keys intake ids and signs the practitioner’s action, sign-in and session links',
      encryptionKey: key,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    // Whoever writes a notification to the practitioner signs its action links; the practitioner function checks them.
    for (const fn of [submit, retry, sesEvents, practitioner]) {
      this.signingSecret.grantRead(fn.role);
      fn.function.addEnvironment('SIGNING_SECRET_ARN', this.signingSecret.secretArn);
    }
    // Actions, notes, sign-in bookkeeping (PutItem of small expiring items), the list (byCreated + BatchGetItem).
    itemAccess(
      practitioner,
      ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'],
      [TABLE_SCHEMA.byCreatedIndex],
    );
    itemAccess(nextSteps, ['dynamodb:GetItem']);
    itemAccess(retry, ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query'], ['pending']);
    itemAccess(sesEvents, ['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    itemAccess(
      this.functions.webhooks,
      ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
      [TABLE_SCHEMA.byEmailIndex, TABLE_SCHEMA.byBookingRefIndex],
    );
    // The booking tools' secrets: each function may read only the parameters the config names.
    const readParameter = (fn: NodeFunction, variable: string, parameter: string | undefined) => {
      if (!parameter) return;
      fn.function.addEnvironment(variable, parameter);
      fn.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['ssm:GetParameter'],
          resources: [this.formatArn({ service: 'ssm', resource: 'parameter', resourceName: parameter.replace(/^\//, '') })],
        }),
      );
    };
    readParameter(this.functions.webhooks, 'CALCOM_WEBHOOK_SECRET_PARAMETER', deploy.calComWebhookSecretParameter);
    readParameter(this.functions.webhooks, 'CALENDLY_WEBHOOK_SIGNING_KEY_PARAMETER', deploy.calendlyWebhookSigningKeyParameter);

    this.mail = new Mail(this, 'Mail', {
      fromAddress: config.email.from,
      hostedZone: deploy.hostedZone,
      eventsFunction: sesEvents.function,
      encryptionKey: key,
    });
    for (const fn of [submit, retry, sesEvents, practitioner]) {
      fn.function.addEnvironment('SES_CONFIGURATION_SET', this.mail.configurationSet.configurationSetName);
      this.mail.grantSend(fn.role, config.email.from);
    }

    if (config.web.turnstile && deploy.turnstileSecretParameter) {
      const parameter = deploy.turnstileSecretParameter;
      submit.function.addEnvironment('TURNSTILE_SECRET_PARAMETER', parameter);
      submit.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['ssm:GetParameter'],
          resources: [this.formatArn({ service: 'ssm', resource: 'parameter', resourceName: parameter.replace(/^\//, '') })],
        }),
      );
    }

    this.api = new IntakeApi(this, 'Api', {
      submitFunction: submit.function,
      nextStepsFunction: nextSteps.function,
      webFunction: this.functions.web.function,
      webhooksFunction: this.functions.webhooks.function,
      practitionerFunction: practitioner.function,
      allowedOrigins: config.web.allowedOrigins,
      throttle: deploy.throttle,
      encryptionKey: key,
      logRetention: deploy.logRetentionDays as logs.RetentionDays,
    });

    // Action and sign-in links start with the API's own address.
    for (const fn of [submit, retry, sesEvents, practitioner]) fn.function.addEnvironment('PUBLIC_URL', this.api.api.apiEndpoint);

    new events.Rule(this, 'RetrySchedule', {
      description: 'Delivers intake emails still pending (SES outage, throttling, crash)',
      schedule: events.Schedule.rate(Duration.minutes(deploy.retryEveryMinutes)),
      targets: [new targets.LambdaFunction(retry.function, { retryAttempts: 2, deadLetterQueue: deadLetters, maxEventAge: Duration.minutes(30) })],
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: Object.fromEntries(Object.entries(this.functions).map(([name, f]) => [name, { function: f.function, logGroup: f.logGroup }])),
      api: this.api.api,
      alarmEmail: deploy.alarmEmail,
      encryptionKey: key,
    });

    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'The intake table (npm run intake -- --table …)' });
    new CfnOutput(this, 'SenderDomain', { value: this.mail.domain, description: 'Verify this domain in SES (DKIM records below or in Route 53)' });
  }
}
