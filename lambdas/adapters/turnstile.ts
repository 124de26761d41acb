import type { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
import type { HumanCheck, HumanCheckResult } from '../use-cases/ports';

/**
 * Cloudflare Turnstile server-side verification (siteverify). Optional: on
 * when the practice config has `web.turnstile` and a secret is configured.
 * It fails closed: a token that is missing, refused or that cannot be checked
 * means the intake is not taken.
 */
export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

export type FetchLike = (
  url: string,
  init: { method: string; body: URLSearchParams; signal?: AbortSignal },
) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

export function turnstileCheck(secret: () => Promise<string>, fetchImpl: FetchLike = fetch as unknown as FetchLike): HumanCheck {
  return async (token: string | undefined, remoteIp?: string): Promise<HumanCheckResult> => {
    if (!token) return 'fail';
    let key: string;
    try {
      key = await secret();
    } catch {
      return 'unavailable';
    }
    const body = new URLSearchParams({ secret: key, response: token });
    if (remoteIp) body.set('remoteip', remoteIp);
    try {
      const res = await fetchImpl(SITEVERIFY_URL, { method: 'POST', body, signal: AbortSignal.timeout(3000) });
      if (!res.ok) return 'unavailable';
      const answer = (await res.json()) as { success?: unknown };
      return answer.success === true ? 'pass' : 'fail';
    } catch {
      return 'unavailable';
    }
  };
}

/**
 * The secret from SSM Parameter Store (a SecureString) through Powertools
 * Parameters, which caches it across invocations (five minutes, so a rotated
 * secret is picked up without a deploy).
 */
export function ssmSecret(parameterName: string, provider: SSMProvider): () => Promise<string> {
  return async () => {
    const value = await provider.get(parameterName, { decrypt: true, maxAge: 300 });
    if (!value) throw new Error('turnstile secret parameter is empty');
    return value;
  };
}
