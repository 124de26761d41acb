import { AccountSendingPausedException, MessageRejected, SESServiceException, type SESClient } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { isTransient } from '../../lambdas/adapters/aws-errors';
import { SesMailer } from '../../lambdas/adapters/mailer';
import { MailError } from '../../lambdas/use-cases/ports';

const meta = (httpStatusCode?: number) => ({ $metadata: httpStatusCode === undefined ? {} : { httpStatusCode } });
const serviceError = (name: string, status: number) =>
  new SESServiceException({ name, $fault: status >= 500 ? 'server' : 'client', message: 'Address ana@example.com is not verified', ...meta(status) });

/** A mailer whose SES client fails every send with `error`. */
function failingWith(error: unknown): SesMailer {
  const client = { send: async () => Promise.reject(error) } as unknown as SESClient;
  return new SesMailer(client, { fromName: 'Practice', fromAddress: 'intake@example.org' });
}
const email = { to: ['ana@example.com'], subject: 'Hello', text: 'Hi', html: '<p>Hi</p>', tags: { intake: 'x' } };

async function mailErrorFor(error: unknown): Promise<MailError> {
  const caught = await failingWith(error)
    .send(email)
    .catch((e: unknown) => e);
  expect(caught).toBeInstanceOf(MailError);
  return caught as MailError;
}

describe('the SES mailer', () => {
  it('sends text and HTML parts, Reply-To, the configuration set and the tags through SendEmailCommand', async () => {
    const inputs: unknown[] = [];
    const send = async (command: { input: unknown }) => {
      inputs.push(command.input);
      return { MessageId: 'm-1' };
    };
    const client = { send } as unknown as SESClient;
    const mailer = new SesMailer(client, { fromName: 'Practice', fromAddress: 'intake@example.org', configurationSet: 'events' });
    await expect(mailer.send({ ...email, replyTo: ['hello@example.org'] })).resolves.toBe('m-1');
    expect(inputs[0]).toMatchObject({
      Source: '"Practice" <intake@example.org>',
      Destination: { ToAddresses: ['ana@example.com'] },
      ReplyToAddresses: ['hello@example.org'],
      Message: { Subject: { Data: 'Hello' }, Body: { Text: { Data: 'Hi' }, Html: { Data: '<p>Hi</p>' } } },
      ConfigurationSetName: 'events',
      Tags: [{ Name: 'intake', Value: 'x' }],
    });
  });

  it.each([
    ['a rejected message', new MessageRejected({ message: 'rejected', ...meta(400) })],
    ['a paused account', new AccountSendingPausedException({ message: 'paused', ...meta(400) })],
    ['an unverified sender', serviceError('MailFromDomainNotVerifiedException', 400)],
    ['a missing configuration set', serviceError('ConfigurationSetDoesNotExistException', 400)],
    ['any other refusal of the request', serviceError('InvalidParameterValue', 400)],
  ])('gives up at once on %s', async (_, error) => {
    const failure = await mailErrorFor(error);
    expect(failure.terminal).toBe(true);
    expect(failure.code).toBe((error as Error).name);
    expect(failure.cause).toBe(error);
  });

  it.each([
    ['throttling, including the daily quota', serviceError('Throttling', 400)],
    ['a 5xx', serviceError('ServiceUnavailable', 503)],
    ['a 429', serviceError('TooManyRequests', 429)],
    ['a network error (no answer at all)', Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error' })],
    ['a timeout', Object.assign(new Error('timed out'), { name: 'TimeoutError', ...meta() })],
  ])('leaves %s to the outbox to retry', async (_, error) => {
    const failure = await mailErrorFor(error);
    expect(failure.terminal).toBe(false);
    expect(isTransient(error)).toBe(true);
  });

  it('never puts the service message (which can quote an address) in its own', async () => {
    const failure = await mailErrorFor(serviceError('MessageRejected', 400));
    expect(failure.message).not.toContain('ana@example.com');
  });

  it('refuses a header with a control character before calling SES', async () => {
    const failure = await failingWith(new Error('not called'))
      .send({ ...email, subject: 'Hi\r\nBcc: x@example.com' })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'UnsafeHeader', terminal: true });
  });
});
