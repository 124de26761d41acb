import { describe, expect, it } from 'vitest';
import { ACTION_LINK_MS, actionLinker, actionsFor, readActionToken } from '../../lambdas/domain/action-links';
import { signToken, verifyToken } from '../../lambdas/domain/signed-tokens';

const SECRET = 'unit-secret';
const NOW = Date.parse('2026-11-27T10:00:00Z');
const ID = '0f6c2a5e-3b1d-4c8e-9a7f-1e2d3c4b5a69';

describe('signed tokens', () => {
  it('verify what was signed, for its purpose, until it expires', () => {
    const token = signToken(SECRET, 'action', [ID, 'booked'], NOW + 60_000);
    expect(verifyToken(SECRET, 'action', token, NOW)).toEqual({ ok: true, fields: [ID, 'booked'], expiresAt: NOW + 60_000 });
    expect(verifyToken(SECRET, 'action', token, NOW + 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyToken(SECRET, 'session', token, NOW)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyToken('another-secret', 'action', token, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuse a changed body, a changed or cut signature, and anything that is not a token', () => {
    const token = signToken(SECRET, 'action', [ID, 'booked'], NOW + 60_000);
    const [body, signature] = token.split('.') as [string, string];
    const changed = Buffer.from(Buffer.from(body, 'base64url').toString().replace('booked', 'resend')).toString('base64url');
    expect(verifyToken(SECRET, 'action', `${changed}.${signature}`, NOW).ok).toBe(false);
    expect(verifyToken(SECRET, 'action', `${body}.${signature.slice(0, -1)}`, NOW)).toEqual({ ok: false, reason: 'signature' });
    for (const bad of ['', 'abc', `${token}.x`, `${body}.`, `${body}.${signature}!`, `a.b`])
      expect(verifyToken(SECRET, 'action', bad, NOW).ok, bad).toBe(false);
  });

  it('an expiry pushed later by hand breaks the signature rather than extending the link', () => {
    const token = signToken(SECRET, 'action', [ID, 'booked'], NOW - 1000);
    const [body, signature] = token.split('.') as [string, string];
    const later = Buffer.from(
      Buffer.from(body, 'base64url')
        .toString()
        .replace(/\.\d+$/, `.${Math.floor((NOW + 1e9) / 1000)}`),
    ).toString('base64url');
    expect(verifyToken(SECRET, 'action', `${later}.${signature}`, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('only sign plain fields (no dots that could shift one field into the next)', () => {
    expect(() => signToken(SECRET, 'action', ['a.b'], NOW)).toThrow();
  });
});

describe('action links', () => {
  it('name the intake and the action and last 14 days', () => {
    const link = actionLinker(SECRET, 'https://api.example/', NOW)(ID, 'contacted');
    expect(link).toMatch(/^https:\/\/api\.example\/actions\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const token = link.split('/actions/')[1] as string;
    expect(readActionToken(SECRET, token, NOW + ACTION_LINK_MS - 1)).toEqual({ ok: true, intakeId: ID, action: 'contacted', expiresAt: NOW + ACTION_LINK_MS });
    expect(readActionToken(SECRET, token, NOW + ACTION_LINK_MS)).toEqual({ ok: false, reason: 'expired' });
    expect(readActionToken(SECRET, signToken(SECRET, 'action', [ID, 'delete'], NOW + 1000), NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('never offer a way off crisis, and “booked” only for coaching', () => {
    expect(actionsFor('crisis')).toEqual(['contacted', 'resend']);
    expect(actionsFor('therapy')).toEqual(['contacted', 'route-coaching', 'resend']);
    expect(actionsFor('coaching')).toEqual(['booked', 'route-therapy', 'resend']);
  });
});
