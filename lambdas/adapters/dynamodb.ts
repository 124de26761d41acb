import type {
  BatchGetItemInput,
  BatchGetItemOutput,
  DeleteItemInput,
  DeleteItemOutput,
  GetItemInput,
  GetItemOutput,
  PutItemInput,
  PutItemOutput,
  QueryInput,
  QueryOutput,
  UpdateItemInput,
  UpdateItemOutput,
} from '@aws-sdk/client-dynamodb';
import { AwsError, AwsService, awsJsonCall, type AwsServiceOptions } from './aws-http';

/**
 * DynamoDB's JSON API (1.0) over the light transport, typed with the SDK's
 * own input and output shapes (type imports only: nothing of the SDK is
 * bundled). The wire format is the SDK's for every attribute type we store
 * (S, N, BOOL, NULL, M, L).
 */
interface Operations {
  PutItem: [PutItemInput, PutItemOutput];
  GetItem: [GetItemInput, GetItemOutput];
  UpdateItem: [UpdateItemInput, UpdateItemOutput];
  DeleteItem: [DeleteItemInput, DeleteItemOutput];
  Query: [QueryInput, QueryOutput];
  BatchGetItem: [BatchGetItemInput, BatchGetItemOutput];
}

export interface DynamoDb {
  call<K extends keyof Operations>(operation: K, input: Operations[K][0]): Promise<Operations[K][1]>;
}

export function dynamoDb(options: Omit<AwsServiceOptions, 'service'>): DynamoDb {
  const call = awsJsonCall(new AwsService({ ...options, service: 'dynamodb' }), 'dynamodb', 'DynamoDB_20120810', '1.0');
  return { call: (operation, input) => call(operation, input) as never };
}

export const isConditionFailed = (error: unknown): boolean => error instanceof AwsError && error.code === 'ConditionalCheckFailedException';
