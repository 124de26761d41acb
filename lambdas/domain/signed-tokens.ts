import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring tokens for links that act: the practitioner's action
 * links, inbox sign-in links and the inbox session. A token is
 * `base64url(fields…expiry).base64url(HMAC-SHA-256)`, keyed with the
 * per-deployment secret and bound to its purpose, so a sign-in link is never
 * a session and an action link never another action. Nothing is stored: the
 * signature is the proof, the expiry is inside what is signed.
 */

export type TokenPurpose = 'action' | 'sign-in' | 'session' | 'csrf';

export type VerifiedToken = { ok: true; fields: string[]; expiresAt: number } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const FIELD = /^[A-Za-z0-9-]{1,64}$/;

const mac = (secret: string, purpose: TokenPurpose, payload: string) => createHmac('sha256', secret).update(`signpost/${purpose}\n${payload}`).digest();

/** Signs fields (ids, action names, nonces: letters, digits and hyphens) until `expiresAt` (epoch ms, kept to the second). */
export function signToken(secret: string, purpose: TokenPurpose, fields: string[], expiresAt: number): string {
  for (const field of fields) if (!FIELD.test(field)) throw new Error('a token field must be a short plain word');
  const payload = [...fields, String(Math.floor(expiresAt / 1000))].join('.');
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/** Checks the signature (in constant time) before reading anything, then the expiry. */
export function verifyToken(secret: string, purpose: TokenPurpose, token: string, now: number): VerifiedToken {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(body + signature))
    return { ok: false, reason: 'malformed' };
  const payload = Buffer.from(body, 'base64url').toString('utf8');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  const parts = payload.split('.');
  const expiry = Number(parts.pop());
  if (!Number.isInteger(expiry)) return { ok: false, reason: 'malformed' };
  if (now >= expiry * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, fields: parts, expiresAt: expiry * 1000 };
}
