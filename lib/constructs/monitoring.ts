import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export const METRICS_NAMESPACE = 'Signpost';
/** Powertools Metrics' `service` dimension (POWERTOOLS_SERVICE_NAME of every function). */
export const METRICS_SERVICE = 'signpost';

export interface MonitoringProps {
  readonly functions: Record<string, { function: lambda.IFunction; logGroup: logs.ILogGroup }>;
  readonly api: apigw.HttpApi;
  readonly alarmEmail?: string;
  readonly encryptionKey: kms.IKey;
}

/**
 * Alarms (undelivered email after the last retry, function errors,
 * throttles, API 5xx) to an encrypted SNS topic with the ops address, and a
 * dashboard with the same figures. The README's runbook says what each
 * alarm means and what to do.
 */
export class Monitoring extends Construct {
  public readonly alarmTopic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[] = [];
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.alarmTopic = new sns.Topic(this, 'Alarms', { masterKey: props.encryptionKey, enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const alarmAction = new actions.SnsAction(this.alarmTopic);
    const add = (alarm: cloudwatch.Alarm) => {
      alarm.addAlarmAction(alarmAction);
      this.alarms.push(alarm);
      return alarm;
    };

    // An email was given up on (terminal SES error or last retry): someone was not reached. The
    // functions count it with Powertools Metrics, whose default dimension is the service.
    const undelivered = new cloudwatch.Metric({
      namespace: METRICS_NAMESPACE,
      metricName: 'EmailsFailed',
      dimensionsMap: { service: METRICS_SERVICE },
      statistic: 'Sum',
      period: Duration.minutes(5),
    });
    add(
      new cloudwatch.Alarm(this, 'UndeliveredAlarm', {
        alarmDescription: 'An intake email could not be delivered after the last retry (or SES refused it). See README, runbook: UndeliveredAlarm.',
        metric: undelivered,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );

    const widgets: cloudwatch.IWidget[] = [];
    for (const [name, { function: fn }] of Object.entries(props.functions)) {
      const errors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
      const throttles = fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' });
      add(
        new cloudwatch.Alarm(this, `${name}Errors`, {
          alarmDescription: `The ${name} function failed. See README, runbook: function errors.`,
          metric: errors,
          threshold: 1,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
      add(
        new cloudwatch.Alarm(this, `${name}Throttles`, {
          alarmDescription: `The ${name} function was throttled (reserved concurrency reached). See README, runbook: throttles.`,
          metric: throttles,
          threshold: 1,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
      );
      widgets.push(
        new cloudwatch.GraphWidget({ title: `${name}: invocations, errors, throttles`, left: [fn.metricInvocations(), errors, throttles], width: 8 }),
      );
    }
    const serverErrors = props.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' });
    add(
      new cloudwatch.Alarm(this, 'Api5xx', {
        alarmDescription: 'The intake API answered 5xx: people may not be able to send the form. See README, runbook: API 5xx.',
        metric: serverErrors,
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
    );
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new cloudwatch.GraphWidget({
            title: 'API: requests, 4xx, 5xx',
            left: [props.api.metricCount(), props.api.metricClientError(), serverErrors],
            width: 12,
          }),
          new cloudwatch.GraphWidget({ title: 'Emails undelivered after the last retry', left: [undelivered], width: 12 }),
        ],
        widgets,
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 })],
      ],
    });
  }
}
