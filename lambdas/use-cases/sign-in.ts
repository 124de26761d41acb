import { randomUUID } from 'node:crypto';
import { renderEmail } from '../domain/email-document';
import { DependencyUnavailableError } from '../domain/errors';
import { inboxTranslator } from '../domain/locales/inbox';
import type { PracticeConfig } from '../domain/practice';
import { signToken, verifyToken } from '../domain/signed-tokens';
import type { Deps, OutgoingEmail, SignInLedger } from './ports';
import { emailHashOf } from './submit-intake';

/**
 * The inbox's passwordless sign-in. A link is emailed only to a practitioner
 * address of the config (any other address gets the same answer and no
 * email), at most once a minute per address; it works once, for 15 minutes.
 * Following it (a POST from the page it opens) starts a 12-hour session: a
 * signed cookie, nothing stored. Each session has its CSRF token, derived
 * from it.
 */

export const SIGN_IN_LINK_MS = 15 * 60 * 1000;
export const SIGN_IN_EVERY_MS = 60 * 1000;
export const SESSION_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = '__Host-signpost-session';
const INTAKE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface SignInDeps extends Deps {
  ledger: SignInLedger;
}

const indexOf = (config: PracticeConfig, address: string) => {
  const wanted = address.trim().toLowerCase();
  return config.email.notify.findIndex((a) => a.toLowerCase() === wanted);
};

async function secretOf(deps: Deps): Promise<string> {
  let secret: string | undefined;
  try {
    secret = await deps.signingSecret?.();
  } catch (error) {
    throw new DependencyUnavailableError('signing secret', { cause: error });
  }
  if (!secret) throw new DependencyUnavailableError('signing secret');
  return secret;
}

export type SignInRequest = 'sent' | 'not-a-practitioner' | 'too-soon';

/** Sends a sign-in link when the address is a practitioner's; the caller answers the same whatever this returns. */
export async function requestSignIn(deps: SignInDeps, address: string, baseUrl: string, next?: string): Promise<SignInRequest> {
  const index = indexOf(deps.config, address);
  if (index < 0) return 'not-a-practitioner';
  const now = deps.now();
  const secret = await secretOf(deps);
  if (!(await deps.ledger.takeSignInSlot(emailHashOf(address), now, SIGN_IN_EVERY_MS))) return 'too-soon';
  const nonce = randomUUID().replace(/-/g, '');
  // The intake the practitioner was opening, if any: the link leads back to it.
  const token = signToken(secret, 'sign-in', [nonce, `n${index}`, ...(next && INTAKE_ID.test(next) ? [next] : [])], now + SIGN_IN_LINK_MS);
  await deps.mailer.send(signInEmail(deps.config, deps.config.email.notify[index] as string, `${baseUrl.replace(/\/+$/, '')}/inbox/sign-in/${token}`));
  return 'sent';
}

/** The sign-in email, in the practice's language, written once and rendered to HTML and text. */
export function signInEmail(config: PracticeConfig, to: string, link: string): OutgoingEmail {
  const tr = inboxTranslator(config.practice.language);
  const rendered = renderEmail({
    lang: config.practice.language,
    subject: tr('signIn.emailSubject', { practice: config.practice.name }),
    preheader: tr('signIn.emailPreheader'),
    brand: config.practice.name,
    blocks: [
      { kind: 'paragraph', line: [tr('signIn.emailLead', { practice: config.practice.name })] },
      { kind: 'button', href: link, label: tr('signIn.emailButton'), fallback: tr('email.buttonFallback') },
      { kind: 'paragraph', small: true, line: [tr('signIn.emailIgnore')] },
    ],
    footer: [[tr('notify.footer', { practice: config.practice.name })]],
  });
  return { to: [to], ...rendered, tags: { email: 'sign-in' } };
}

/** Uses a sign-in link once: returns the session cookie's value, or undefined for a used, expired or forged link. */
export async function completeSignIn(deps: SignInDeps, token: string): Promise<{ session: string; expiresAt: number; next?: string } | undefined> {
  const secret = await secretOf(deps);
  const now = deps.now();
  const verified = verifyToken(secret, 'sign-in', token, now);
  if (!verified.ok) return undefined;
  const [nonce, who, next] = verified.fields;
  if (!nonce || !who || !deps.config.email.notify[Number(who.slice(1))]) return undefined;
  if (!(await deps.ledger.useSignInLink(nonce, verified.expiresAt))) return undefined;
  const expiresAt = now + SESSION_MS;
  const session = signToken(secret, 'session', [randomUUID().replace(/-/g, ''), who], expiresAt);
  return next && INTAKE_ID.test(next) ? { session, expiresAt, next } : { session, expiresAt };
}

/** Whether a GET of a sign-in link is worth showing its button (it is checked again, and used, on the POST). */
export async function signInLinkLooksValid(deps: Deps, token: string): Promise<boolean> {
  return verifyToken(await secretOf(deps), 'sign-in', token, deps.now()).ok;
}

export interface Session {
  /** The practitioner's address: the history says who acted. */
  by: string;
  csrf: string;
}

/** The session a cookie holds, if it is genuine, unexpired and still a practitioner's. */
export async function readSession(deps: Deps, cookie: string | undefined): Promise<Session | undefined> {
  if (!cookie) return undefined;
  const secret = await secretOf(deps);
  const verified = verifyToken(secret, 'session', cookie, deps.now());
  if (!verified.ok) return undefined;
  const [nonce, who] = verified.fields;
  const by = deps.config.email.notify[Number(who?.slice(1))];
  if (!nonce || !by) return undefined;
  return { by, csrf: signToken(secret, 'csrf', [nonce], verified.expiresAt) };
}
