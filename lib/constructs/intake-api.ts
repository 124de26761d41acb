import { CfnOutput } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The hosted form's routes, all served by the web function. */
export const WEB_PATHS = ['/', '/privacy', '/form.js', '/form.css'] as const;

export interface IntakeApiProps {
  readonly submitFunction: lambda.IFunction;
  readonly nextStepsFunction: lambda.IFunction;
  /** Serves the hosted form: GET /, GET /privacy and the page's script and styles. */
  readonly webFunction: lambda.IFunction;
  /** Takes the booking tools' signed webhooks: POST /webhooks/cal-com and /webhooks/calendly. */
  readonly webhooksFunction: lambda.IFunction;
  /** The practitioner's side: action links (GET/POST /actions/{token}) and the inbox (/inbox…). */
  readonly practitionerFunction: lambda.IFunction;
  /** Origins of the practice's website; never `*`. */
  readonly allowedOrigins: string[];
  readonly throttle: { rateLimit: number; burstLimit: number };
  readonly encryptionKey: kms.IKey;
  /** @default 90 days */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The public HTTP API (API Gateway v2): POST /intake, GET /intake/{id}, the
 * hosted form (GET /, GET /privacy, /form.js, /form.css), the booking
 * webhooks, and the practitioner's action links and inbox.
 * CORS only for the practice's origins; a throttled default stage; JSON
 * access logs that carry ids, status and timings but never the body or the
 * query string.
 */
export class IntakeApi extends Construct {
  public readonly api: apigw.HttpApi;
  public readonly stage: apigw.HttpStage;
  public readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: IntakeApiProps) {
    super(scope, id);
    if (props.allowedOrigins.includes('*')) throw new Error('web.allowedOrigins must list origins, not "*"');
    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Signpost intake form endpoint',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [apigw.CorsHttpMethod.POST, apigw.CorsHttpMethod.GET],
        allowHeaders: ['content-type'],
        // The form's script honours Retry-After when the API is busy.
        exposeHeaders: ['retry-after'],
        maxAge: undefined,
      },
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      encryptionKey: props.encryptionKey,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        // No body, no query string, no source IP: nothing that could identify a person.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.api.addRoutes({
      path: '/intake',
      methods: [apigw.HttpMethod.POST],
      integration: new HttpLambdaIntegration('Submit', props.submitFunction),
    });
    this.api.addRoutes({
      path: '/intake/{id}',
      methods: [apigw.HttpMethod.GET],
      integration: new HttpLambdaIntegration('NextSteps', props.nextStepsFunction),
    });
    const webhooks = new HttpLambdaIntegration('Webhooks', props.webhooksFunction);
    for (const path of ['/webhooks/cal-com', '/webhooks/calendly']) this.api.addRoutes({ path, methods: [apigw.HttpMethod.POST], integration: webhooks });
    // The practitioner's pages: same origin only (no CORS needed), GET shows, POST acts.
    const practitioner = new HttpLambdaIntegration('Practitioner', props.practitionerFunction);
    for (const path of ['/actions/{token}', '/inbox', '/inbox/{proxy+}']) {
      this.api.addRoutes({ path, methods: [apigw.HttpMethod.GET, apigw.HttpMethod.POST], integration: practitioner });
    }
    const web = new HttpLambdaIntegration('Web', props.webFunction);
    for (const path of WEB_PATHS) this.api.addRoutes({ path, methods: [apigw.HttpMethod.GET], integration: web });
    // Outputs named as the README and scripts know them (a construct's outputs would carry a hash).
    new CfnOutput(this, 'IntakeUrl', {
      value: `${this.api.apiEndpoint}/intake`,
      description: "POST the intake form here (the form's action)",
    }).overrideLogicalId('IntakeUrl');
    new CfnOutput(this, 'FormUrl', {
      value: `${this.api.apiEndpoint}/`,
      description: 'The hosted form: share this link, or embed the files of npm run web:build',
    }).overrideLogicalId('FormUrl');
  }
}
