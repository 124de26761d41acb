import { describe, expect, it } from 'vitest';
import { SITEVERIFY_URL, turnstileCheck, type FetchLike } from '../../lambdas/adapters/turnstile';

/**
 * Cloudflare documents dummy secret keys for testing: one always passes, one
 * always fails, one answers that the token was already spent. This stub
 * answers as siteverify does for each.
 */
const PASS = '1x0000000000000000000000000000000AA';
const FAIL = '2x0000000000000000000000000000000AA';
const SPENT = '3x0000000000000000000000000000000AA';

const calls: Array<{ url: string; body: URLSearchParams }> = [];
const siteverify: FetchLike = async (url, init) => {
  calls.push({ url, body: init.body });
  const secret = init.body.get('secret');
  const answer =
    secret === PASS
      ? { success: true, 'error-codes': [] }
      : secret === SPENT
        ? { success: false, 'error-codes': ['timeout-or-duplicate'] }
        : { success: false, 'error-codes': ['invalid-input-response'] };
  return { ok: true, json: async () => answer };
};

describe('Turnstile verification', () => {
  it('passes with the always-passes test secret, sending token, secret and IP to siteverify', async () => {
    expect(await turnstileCheck(async () => PASS, siteverify)('XXXX.DUMMY.TOKEN.XXXX', '203.0.113.7')).toBe('pass');
    const last = calls.at(-1);
    expect(last?.url).toBe(SITEVERIFY_URL);
    expect(last?.body.get('response')).toBe('XXXX.DUMMY.TOKEN.XXXX');
    expect(last?.body.get('remoteip')).toBe('203.0.113.7');
  });

  it('fails with the always-fails test secret', async () => {
    expect(await turnstileCheck(async () => FAIL, siteverify)('XXXX.DUMMY.TOKEN.XXXX')).toBe('fail');
  });

  it('fails for a token already spent', async () => {
    expect(await turnstileCheck(async () => SPENT, siteverify)('XXXX.DUMMY.TOKEN.XXXX')).toBe('fail');
  });

  it('fails without asking when the form sent no token', async () => {
    const before = calls.length;
    expect(await turnstileCheck(async () => PASS, siteverify)(undefined)).toBe('fail');
    expect(calls.length).toBe(before);
  });

  it('fails closed when siteverify cannot be reached', async () => {
    const down: FetchLike = async () => {
      throw new Error('ECONNREFUSED');
    };
    expect(await turnstileCheck(async () => PASS, down)('token')).toBe('unavailable');
  });

  it('fails closed when siteverify answers an error status', async () => {
    const broken: FetchLike = async () => ({ ok: false, json: async () => ({}) });
    expect(await turnstileCheck(async () => PASS, broken)('token')).toBe('unavailable');
  });

  it('fails closed when the secret cannot be read', async () => {
    expect(await turnstileCheck(async () => Promise.reject(new Error('AccessDenied')), siteverify)('token')).toBe('unavailable');
  });
});
