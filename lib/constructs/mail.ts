import { CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface MailProps {
  /** The address emails come from; its domain becomes the SES identity. */
  readonly fromAddress: string;
  /** When given, DKIM records are created in this Route 53 zone; otherwise they are stack outputs. */
  readonly hostedZone?: { id: string; name: string };
  /** Receives bounce and complaint events. */
  readonly eventsFunction: lambda.IFunction;
  readonly encryptionKey: kms.IKey;
}

/**
 * Sending through SES: the sender's domain identity with DKIM, a
 * configuration set (TLS required, bounces and complaints suppressed, no
 * open or click tracking, reputation metrics), and bounce and complaint
 * events through an encrypted SNS topic to the events function.
 */
export class Mail extends Construct {
  public readonly identity: ses.EmailIdentity;
  public readonly configurationSet: ses.ConfigurationSet;
  public readonly eventsTopic: sns.Topic;
  public readonly domain: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.domain = props.fromAddress.split('@')[1] ?? props.fromAddress;
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      reputationMetrics: true,
      sendingEnabled: true,
    });
    const zone = props.hostedZone
      ? route53.PublicHostedZone.fromPublicHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZone.id, zoneName: props.hostedZone.name })
      : undefined;
    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: zone ? ses.Identity.publicHostedZone(zone) : ses.Identity.domain(this.domain),
      configurationSet: this.configurationSet,
    });
    this.eventsTopic = new sns.Topic(this, 'Events', { masterKey: props.encryptionKey, enforceSSL: true });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: ses.EventDestination.snsTopic(this.eventsTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });
    this.eventsTopic.addSubscription(new subscriptions.LambdaSubscription(props.eventsFunction));
    if (!zone) {
      for (const n of [1, 2, 3] as const) {
        const name = this.identity[`dkimDnsTokenName${n}`];
        const value = this.identity[`dkimDnsTokenValue${n}`];
        new CfnOutput(this, `DkimRecord${n}`, {
          value: `${name} CNAME ${value}`,
          description: `DKIM record ${n} of 3 to add to ${this.domain}'s DNS`,
        }).overrideLogicalId(`DkimRecord${n}`);
      }
    }
  }

  /** Lets a function send email as the configured sender only, through the configuration set only. */
  grantSend(grantee: iam.IGrantable, fromAddress: string): void {
    const { region, account, partition } = Stack.of(this);
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail'],
      resourceArns: [
        `arn:${partition}:ses:${region}:${account}:identity/${this.domain}`,
        `arn:${partition}:ses:${region}:${account}:configuration-set/${this.configurationSet.configurationSetName}`,
      ],
      conditions: { StringEquals: { 'ses:FromAddress': fromAddress } },
    });
  }
}
