import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * What a deployed function's SDK clients use in place of the SDK's default
 * credential chain (`@aws-sdk/credential-provider-node`): the CDK app's
 * esbuild `alias` swaps that package for this file (lib/constructs/node-function.ts).
 *
 * Lambda gives a function its role's credentials in environment variables,
 * which is the first place the default chain looks; the rest of the chain
 * (profiles, SSO, web identity, the instance and container endpoints, and the
 * clients they call) can never answer there, yet it cannot be tree-shaken,
 * because each client names `defaultProvider` in its runtime config. Swapped
 * out, it leaves ~120 KB of every bundle. Locally and in the tests nothing is
 * swapped: the clients use the full chain.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
