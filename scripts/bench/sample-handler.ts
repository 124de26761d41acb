import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * The "typical sample" the benchmark compares against: what a Lambda intake
 * handler usually looks like. Zod and both SDK clients at module scope, one
 * PutItem and one SendEmail, bundled (SDK included), CommonJS, minified.
 */
const dynamo = new DynamoDBClient({});
const ses = new SESClient({});
const schema = z.object({
  name: z.string().min(1).max(100),
  email: z.string().email(),
  message: z.string().min(1).max(5000),
  safety: z.enum(['yes', 'no']),
  consent: z.union([z.boolean(), z.string()]),
});

export const handler = async (event: { body?: string }) => {
  const parsed = schema.safeParse(JSON.parse(event.body ?? '{}'));
  if (!parsed.success) return { statusCode: 400, body: JSON.stringify(parsed.error.issues) };
  const id = randomUUID();
  await dynamo.send(
    new PutItemCommand({
      TableName: process.env.TABLE_NAME,
      Item: { id: { S: id }, name: { S: parsed.data.name }, email: { S: parsed.data.email }, message: { S: parsed.data.message } },
    }),
  );
  await ses.send(
    new SendEmailCommand({
      Source: 'intake@example.com',
      Destination: { ToAddresses: [parsed.data.email] },
      Message: { Subject: { Data: 'Thanks' }, Body: { Text: { Data: 'We got your form.' } } },
    }),
  );
  return { statusCode: 202, body: JSON.stringify({ id }) };
};
