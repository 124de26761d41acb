import { MailError, type Mailer, type OutgoingEmail } from '../use-cases/ports';
import { AwsError, type AwsService } from './aws-http';

/**
 * SES (the v2 SendEmail API, JSON) behind the Mailer port. The From header is
 * built from the practice config only; addresses from the person were
 * validated free of control characters, and SES encodes the subject and
 * bodies itself.
 */

/** Errors that will not go away by trying again: mark failed and tell the practitioner. */
const TERMINAL = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'SendingPausedException',
  'NotFoundException',
  'BadRequestException',
]);

const HEADER_UNSAFE = /[\u0000-\u001f\u007f]/;

/** `"Practice Name" <from@…>`, RFC 2047-encoded when the name is not plain ASCII. */
export function formatFrom(name: string, address: string): string {
  if (HEADER_UNSAFE.test(name) || HEADER_UNSAFE.test(address)) throw new MailError('UnsafeHeader', true);
  if (/^[\x20-\x7e]*$/.test(name) && !/["\\]/.test(name)) return `"${name}" <${address}>`;
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <${address}>`;
}

export interface SesMailerOptions {
  fromName: string;
  fromAddress: string;
  /** SES configuration set: bounce and complaint events, TLS required. */
  configurationSet?: string | undefined;
}

export class SesMailer implements Mailer {
  private readonly source: string;

  constructor(
    /** SES v2 (signing name `ses`, host `email.<region>`). */
    private readonly ses: AwsService,
    private readonly options: SesMailerOptions,
  ) {
    this.source = formatFrom(options.fromName, options.fromAddress);
  }

  prepare(count: number): void {
    this.ses.preconnect(count);
  }

  async send(email: OutgoingEmail): Promise<string> {
    for (const address of [...email.to, ...(email.replyTo ?? [])]) {
      if (HEADER_UNSAFE.test(address) || address.includes(',')) throw new MailError('UnsafeHeader', true);
    }
    if (HEADER_UNSAFE.test(email.subject)) throw new MailError('UnsafeHeader', true);
    try {
      const out = (await this.ses.request({
        path: '/v2/email/outbound-emails',
        headers: { 'content-type': 'application/json' },
        label: 'ses SendEmail',
        body: JSON.stringify({
          FromEmailAddress: this.source,
          Destination: { ToAddresses: email.to },
          ReplyToAddresses: email.replyTo,
          Content: {
            Simple: {
              Subject: { Data: email.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
            },
          },
          ConfigurationSetName: this.options.configurationSet,
          EmailTags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })),
        }),
      })) as { MessageId?: string };
      return out.MessageId ?? 'unknown';
    } catch (error) {
      if (!(error instanceof AwsError)) throw new MailError('Unknown', false, { cause: error });
      // A 4xx the transport would not retry is the request's fault: trying again will not help. The
      // daily quota (LimitExceededException) is the exception: the outbox tries again later.
      const refused = error.status !== undefined && error.status < 500 && !error.retryable && !/LimitExceeded/.test(error.code);
      throw new MailError(error.code, TERMINAL.has(error.code) || refused, { cause: error });
    }
  }
}
