/**
 * What a deployed function bundles in place of `@smithy/core/event-streams`:
 * the CDK app's esbuild `alias` swaps that module for this file
 * (lib/constructs/node-function.ts), as it swaps the credential chain.
 *
 * The SDK's protocols load event-stream support with a dynamic import, only
 * for operations that stream events; DynamoDB and SES have none, so it never
 * runs here, yet a single-file bundle carries it (~20 KB). Should an
 * operation ever need it, the call fails with this message instead of
 * silently doing less. Locally and in the tests nothing is swapped.
 */
const unused = (): never => {
  throw new Error('event streams are not bundled: Signpost calls no operation that streams events (lambdas/adapters/no-event-streams.ts)');
};

export const eventStreamSerdeProvider = unused;

export class EventStreamSerde {
  constructor() {
    unused();
  }
}
