/**
 * What a deployed function bundles in place of `@aws-sdk/endpoint-cache`:
 * the CDK app's esbuild `alias` swaps that module for this file
 * (lib/constructs/node-function.ts), as it swaps the credential chain and
 * the event-stream support.
 *
 * Every DynamoDB client builds a cache of discovered endpoints (an LRU cache
 * from `mnemonist`, ~8 KB of each bundle), but DynamoDB discovers endpoints
 * only when told to (the client's `endpointDiscoveryEnabled`, or
 * `AWS_ENABLE_ENDPOINT_DISCOVERY`), and Signpost never tells it: each call
 * only asks the cache for an endpoint, and an empty cache has none. Should
 * discovery ever be turned on, storing the first endpoint fails with this
 * message instead of silently doing less. Locally and in the tests nothing
 * is swapped.
 */
const unused = (): never => {
  throw new Error('endpoint discovery is not bundled: Signpost never turns it on (lambdas/adapters/no-endpoint-discovery.ts)');
};

export class EndpointCache {
  /** No endpoint is ever discovered, so there is none to give. */
  getEndpoint(_key: string): string | undefined {
    return undefined;
  }

  get(_key: string): undefined {
    return undefined;
  }

  has(_key: string): boolean {
    return false;
  }

  set(_key: string, _endpoints: unknown): never {
    return unused();
  }

  delete(_key: string): void {}

  clear(): void {}
}
