import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { MailError, type Mailer, type OutgoingEmail } from '../use-cases/ports';
import { httpStatusOf, isTransient } from './aws-errors';

/**
 * SES (`SendEmail`, text and HTML parts) behind the Mailer port. The From
 * header is built from the practice config only; addresses from the person
 * were validated free of control characters, and SES encodes the subject and
 * bodies itself.
 */

/** Errors that will not go away by trying again: mark failed and tell the practitioner. */
const TERMINAL = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetSendingPausedException',
  'AccountSendingPausedException',
]);

const HEADER_UNSAFE = /[\u0000-\u001f\u007f]/;

/** `"Practice Name" <from@…>`, RFC 2047-encoded when the name is not plain ASCII. */
export function formatFrom(name: string, address: string): string {
  if (HEADER_UNSAFE.test(name) || HEADER_UNSAFE.test(address)) throw new MailError('UnsafeHeader', true);
  if (/^[\x20-\x7e]*$/.test(name) && !/["\\]/.test(name)) return `"${name}" <${address}>`;
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <${address}>`;
}

/**
 * Refusals that trying again will not mend: the named ones, and any other 4xx
 * that is not throttling (the request itself is wrong). Network trouble, 5xx
 * and throttling, including the daily quota, are for the outbox to retry.
 */
export function isTerminal(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TERMINAL.has(error.name)) return true;
  const status = httpStatusOf(error);
  return status !== undefined && status < 500 && !isTransient(error);
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
    private readonly ses: SESClient,
    private readonly options: SesMailerOptions,
  ) {
    this.source = formatFrom(options.fromName, options.fromAddress);
  }

  async send(email: OutgoingEmail): Promise<string> {
    for (const address of [...email.to, ...(email.replyTo ?? [])]) {
      if (HEADER_UNSAFE.test(address) || address.includes(',')) throw new MailError('UnsafeHeader', true);
    }
    if (HEADER_UNSAFE.test(email.subject)) throw new MailError('UnsafeHeader', true);
    try {
      const out = await this.ses.send(
        new SendEmailCommand({
          Source: this.source,
          Destination: { ToAddresses: email.to },
          ReplyToAddresses: email.replyTo,
          Message: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
          ConfigurationSetName: this.options.configurationSet,
          Tags: Object.entries(email.tags).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
      return out.MessageId ?? 'unknown';
    } catch (error) {
      throw new MailError(error instanceof Error ? error.name : 'Unknown', isTerminal(error), { cause: error });
    }
  }
}
