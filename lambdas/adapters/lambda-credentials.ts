import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` inside the Lambda
 * bundles only (an esbuild alias in lib/constructs/node-function.ts). Lambda
 * always hands a function its role's credentials in the environment, so the
 * SSO, profile, process, web-identity and instance-metadata providers of the
 * default chain are dead weight in every cold start: about 100 KB of bundle.
 * Locally and in tests the real default chain is used.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
export const credentialsWillNeedRefresh = () => false;
export const credentialsTreatedAsExpired = () => false;
