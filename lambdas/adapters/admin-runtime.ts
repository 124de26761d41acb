import { DynamoIntakeAdmin } from './intake-admin-store';
import { runtimeTable } from './runtime';

/**
 * The admin store (lists, corrections, sign-in bookkeeping) over the same
 * client and table as runtime(), for the functions that act for the
 * practitioner: the booking webhooks and the practitioner's pages. The
 * intake function never imports it.
 */
let admin: DynamoIntakeAdmin | undefined;

export function runtimeAdmin(env: NodeJS.ProcessEnv = process.env): DynamoIntakeAdmin {
  if (!admin) {
    const { dynamodb, tableName } = runtimeTable(env);
    admin = new DynamoIntakeAdmin(dynamodb, tableName);
  }
  return admin;
}
