import type { DeliveryDeps } from '../use-cases/ports';
import { DynamoDeliveryStore } from './delivery-store';
import { runtime, runtimeTable } from './runtime';

/**
 * The dependencies of the retry job and the SES events: runtime()'s, with the
 * store that also lists the due outbox and marks bounces, over the same
 * client and table. The intake function never imports it.
 */
let delivery: DeliveryDeps | undefined;

export function runtimeDelivery(env: NodeJS.ProcessEnv = process.env): DeliveryDeps {
  if (!delivery) {
    const { dynamodb, tableName } = runtimeTable(env);
    delivery = { ...runtime(env), store: new DynamoDeliveryStore(dynamodb, tableName) };
  }
  return delivery;
}
