import { signToken, verifyToken } from './signed-tokens';
import type { Route } from './triage';

/**
 * The practitioner's action links: `<base>/actions/<token>`, where the token
 * names the intake and the action and expires after 14 days. Opening a link
 * changes nothing (it shows a page with one button); the button's POST acts.
 */

export const PRACTITIONER_ACTIONS = ['booked', 'contacted', 'route-therapy', 'route-coaching', 'resend'] as const;
export type PractitionerAction = (typeof PRACTITIONER_ACTIONS)[number];

export const ACTION_LINK_MS = 14 * 24 * 60 * 60 * 1000;

/** The link for one action on one intake. */
export type ActionLinker = (intakeId: string, action: PractitionerAction) => string;

/** What a notification offers for an intake in a route: never a way off crisis, never "booked" outside coaching. */
export function actionsFor(route: Route): PractitionerAction[] {
  if (route === 'coaching') return ['booked', 'route-therapy', 'resend'];
  if (route === 'therapy') return ['contacted', 'route-coaching', 'resend'];
  return ['contacted', 'resend'];
}

/** Signs links valid for 14 days from `now`, under the API's public address. */
export function actionLinker(secret: string, baseUrl: string, now: number): ActionLinker {
  const base = baseUrl.replace(/\/+$/, '');
  return (intakeId, action) => `${base}/actions/${signToken(secret, 'action', [intakeId, action], now + ACTION_LINK_MS)}`;
}

export type ReadAction =
  | { ok: true; intakeId: string; action: PractitionerAction; expiresAt: number }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** Reads an action token: the signature first, then the expiry, then what it names. */
export function readActionToken(secret: string, token: string, now: number): ReadAction {
  const verified = verifyToken(secret, 'action', token, now);
  if (!verified.ok) return verified;
  const [intakeId, action, extra] = verified.fields;
  if (!intakeId || extra !== undefined || !PRACTITIONER_ACTIONS.includes(action as PractitionerAction)) return { ok: false, reason: 'malformed' };
  return { ok: true, intakeId, action: action as PractitionerAction, expiresAt: verified.expiresAt };
}
