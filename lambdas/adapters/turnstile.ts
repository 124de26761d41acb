import type { HumanCheck, HumanCheckResult } from '../use-cases/ports';

/**
 * Cloudflare Turnstile server-side verification (siteverify). Optional: on
 * when the practice config has `web.turnstile` and a secret is configured.
 * It fails closed: a token that is missing, refused or that cannot be checked
 * means the intake is not taken.
 */
export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

export type FetchLike = (url: string, init: { method: string; body: URLSearchParams; signal?: AbortSignal }) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

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

/** An AWS JSON call (aws-http's awsJsonCall for SSM). */
export type SsmCall = (operation: string, input: object) => Promise<unknown>;

/** The secret from SSM Parameter Store (a SecureString), read once per process. */
export function ssmSecret(parameterName: string, ssm: SsmCall): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= (async () => {
      const out = (await ssm('GetParameter', { Name: parameterName, WithDecryption: true })) as { Parameter?: { Value?: string } };
      const value = out.Parameter?.Value;
      if (!value) throw new Error('turnstile secret parameter is empty');
      return value;
    })().catch((error: unknown) => {
      cached = undefined; // try again on the next request
      throw error;
    });
    return cached;
  };
}
