import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../adapters/log';
import { publishMetrics } from '../adapters/metrics';
import { runtimeAdmin } from '../adapters/admin-runtime';
import { runtime } from '../adapters/runtime';
import { webAsset } from '../adapters/web-assets';
import { readActionToken } from '../domain/action-links';
import { DependencyUnavailableError, NotFoundError, ValidationError } from '../domain/errors';
import { type InboxKey, inboxTranslator } from '../domain/locales/inbox';
import {
  type ListFilters,
  filterIntakes,
  renderActionConfirmPage,
  renderActionResultPage,
  renderDetailPage,
  renderListPage,
  renderMessagePage,
  renderSignInConfirmPage,
  renderSignInPage,
} from '../domain/practitioner-pages';
import type { Route } from '../domain/triage';
import { csvHeader, csvRow } from '../use-cases/export-csv';
import {
  addNote,
  correctEmailAddress,
  markBooked,
  markContacted,
  redeliverIntake,
  rerouteIntake,
  unmarkBooked,
  type AdminDeps,
} from '../use-cases/manage-intakes';
import { checkAction, performAction } from '../use-cases/practitioner-actions';
import {
  completeSignIn,
  readSession,
  requestSignIn,
  SESSION_COOKIE,
  SESSION_MS,
  type Session,
  type SignInDeps,
  signInLinkLooksValid,
} from '../use-cases/sign-in';
import { errorResult, header, html, readBody, type Result } from './http';

/**
 * The practitioner's side, one function: the action links of the
 * notifications (`/actions/<token>`) and the web inbox (`/inbox…`) with its
 * passwordless sign-in. Every answer is HTML or CSV with no-store,
 * no-referrer and a CSP that forbids framing (http.ts); a GET never changes
 * anything; every inbox POST needs the session and its CSRF token.
 */

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ROUTES: Route[] = ['coaching', 'therapy', 'crisis'];

interface Ctx {
  event: APIGatewayProxyEventV2;
  method: string;
  path: string;
  deps: AdminDeps & SignInDeps;
  css: string;
}

export async function handler(event: APIGatewayProxyEventV2): Promise<Result> {
  const method = event.requestContext?.http?.method ?? 'GET';
  const path = (event.rawPath ?? '/').replace(/\/+$/, '') || '/';
  logger.appendKeys({ requestId: event.requestContext?.requestId });
  try {
    const base = runtime();
    const store = runtimeAdmin();
    const deps = { ...base, admin: store, ledger: store, suppression: { remove: async () => 'unavailable' as const } };
    const ctx: Ctx = { event, method, path, deps, css: webAsset('form.css') };
    const result = await route(ctx);
    logger.info('practitioner page', { page: routeName(path), method, status: result.statusCode });
    return result;
  } catch (error) {
    const status = errorResult(error).statusCode;
    logger.error('practitioner page failed', { page: routeName(path), method, status, code: error instanceof Error ? error.name : 'Unknown' });
    try {
      const config = runtime().config;
      const tr = inboxTranslator(config.practice.language);
      const [title, lead] = status >= 500 ? (['act.unavailable.title', 'act.unavailable.lead'] as const) : (['act.bad.title', 'act.bad.lead'] as const);
      return html(status, renderMessagePage(config, webAsset('form.css'), tr(title), tr(lead)));
    } catch {
      return errorResult(error);
    }
  } finally {
    logger.removeKeys(['requestId']);
    publishMetrics();
  }
}

const KNOWN_PAGES = new Set(['/inbox', '/inbox/sign-in', '/inbox/sign-out', '/inbox/export.csv']);
/** The page without its tokens, ids or anything else a visitor typed into the address, for the logs. */
const routeName = (path: string) => {
  if (path.startsWith('/actions/')) return '/actions/:token';
  if (path.startsWith('/inbox/sign-in/')) return '/inbox/sign-in/:token';
  if (path.startsWith('/inbox/intakes/')) return '/inbox/intakes/:id';
  return KNOWN_PAGES.has(path) ? path : 'other';
};

async function route(ctx: Ctx): Promise<Result> {
  const { path, method } = ctx;
  if (path.startsWith('/actions/')) return actionLink(ctx, path.slice('/actions/'.length));
  if (path === '/inbox/sign-in' && method === 'POST') return askForLink(ctx);
  if (path.startsWith('/inbox/sign-in/')) return signInLink(ctx, path.slice('/inbox/sign-in/'.length));
  const session = await readSession(ctx.deps, cookie(ctx.event, SESSION_COOKIE));
  if (!session) {
    if (method === 'GET' && (path === '/inbox' || path.startsWith('/inbox/'))) {
      // Signing in from an intake's page leads back to it.
      const next = /^\/inbox\/intakes\/([^/]+)$/.exec(path)?.[1];
      const page = renderSignInPage(ctx.deps.config, ctx.css, { next: next && ID.test(next) ? next : undefined });
      return html(path === '/inbox' || path === '/inbox/sign-in' ? 200 : 401, page);
    }
    return html(401, renderSignInPage(ctx.deps.config, ctx.css, { error: tr(ctx)('signIn.expiredSession') }));
  }
  if (method === 'POST' && !sameSite(ctx, session)) return html(403, message(ctx, 'act.bad.title', 'signIn.forbidden', session));
  if (path === '/inbox/sign-out' && method === 'POST') {
    return html(303, '', { location: '/inbox' }, [`${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`]);
  }
  if (path === '/inbox' && method === 'GET') return list(ctx, session);
  if (path === '/inbox/export.csv' && method === 'GET') return exportCsv(ctx);
  const match = /^\/inbox\/intakes\/([^/]+)$/.exec(path);
  if (match?.[1] && ID.test(match[1])) return method === 'POST' ? act(ctx, session, match[1]) : detail(ctx, session, match[1]);
  return html(404, message(ctx, 'act.gone.title', 'act.gone.lead', session));
}

const tr = (ctx: Ctx) => inboxTranslator(ctx.deps.config.practice.language);

function message(ctx: Ctx, title: InboxKey, lead: InboxKey, session?: Session, link?: { href: string; label: InboxKey }): string {
  const t = tr(ctx);
  return renderMessagePage(ctx.deps.config, ctx.css, t(title), t(lead), link ? { href: link.href, label: t(link.label) } : undefined, session?.csrf);
}

function cookie(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const all = event.cookies ?? header(event, 'cookie').split(';');
  for (const c of all) {
    const [key, ...value] = c.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** A form post from the inbox itself: its CSRF token, and no browser saying it came from another site. */
function sameSite(ctx: Ctx, session: Session): boolean {
  if (header(ctx.event, 'sec-fetch-site') === 'cross-site') return false;
  return form(ctx).csrf === session.csrf;
}

const parsed = new WeakMap<APIGatewayProxyEventV2, Record<string, string>>();
/** The urlencoded fields of a POST (strings only). */
function form(ctx: Ctx): Record<string, string> {
  let fields = parsed.get(ctx.event);
  if (!fields) {
    fields = {};
    if (ctx.method === 'POST' && ctx.event.body) {
      for (const [k, v] of Object.entries(readBody(ctx.event).fields)) if (typeof v === 'string') fields[k] = v;
    }
    parsed.set(ctx.event, fields);
  }
  return fields;
}

function publicBase(ctx: Ctx): string {
  return ctx.deps.publicUrl ?? `https://${ctx.event.requestContext?.domainName ?? 'localhost'}`;
}

// —— Action links ——

async function actionLink(ctx: Ctx, token: string): Promise<Result> {
  const { deps } = ctx;
  const secret = await deps.signingSecret?.();
  if (!secret) throw new DependencyUnavailableError('signing secret');
  const read = readActionToken(secret, decodeURIComponent(token), deps.now());
  const inbox = { href: '/inbox', label: 'act.openInbox' as InboxKey };
  if (!read.ok) {
    logger.info('action link refused', { reason: read.reason });
    return read.reason === 'expired'
      ? html(410, message(ctx, 'act.expired.title', 'act.expired.lead', undefined, inbox))
      : html(400, message(ctx, 'act.bad.title', 'act.bad.lead', undefined, inbox));
  }
  const record = await deps.store.get(read.intakeId);
  if (!record) return html(404, message(ctx, 'act.gone.title', 'act.gone.lead'));
  const check = checkAction(record, read.action);
  if (ctx.method === 'GET' || ctx.method === 'HEAD') {
    if (check.state === 'ready')
      return html(200, renderActionConfirmPage(deps.config, ctx.css, record, read.action, { confirmLeavingCrisis: check.confirmLeavingCrisis }));
    return html(
      check.state === 'not-now' ? 409 : 200,
      renderActionResultPage(deps.config, ctx.css, record, { ...check, action: read.action, route: record.route }),
    );
  }
  if (ctx.method !== 'POST') return html(405, message(ctx, 'act.bad.title', 'act.bad.lead'), { allow: 'GET, POST' });
  const fields = form(ctx);
  const by = tr(ctx)('inbox.byEmail', { practitioner: deps.config.practice.practitioner });
  const result = await performAction(deps, record, read.action, { by, reason: fields.reason, confirmLeavingCrisis: fields.confirm === 'yes' });
  logger.info('action link used', { intakeId: record.id, action: read.action, outcome: result.state });
  if (result.state === 'needs-confirmation') {
    return html(400, renderActionConfirmPage(deps.config, ctx.css, record, read.action, { confirmLeavingCrisis: true, missingConfirmation: true }));
  }
  const after = (await deps.store.get(record.id)) ?? record;
  if (result.state === 'done') return html(200, renderActionResultPage(deps.config, ctx.css, after, result));
  return html(
    result.state === 'not-now' ? 409 : 200,
    renderActionResultPage(deps.config, ctx.css, after, { ...result, action: read.action, route: after.route }),
  );
}

// —— Signing in ——

async function askForLink(ctx: Ctx): Promise<Result> {
  if (header(ctx.event, 'sec-fetch-site') === 'cross-site') return html(403, message(ctx, 'act.bad.title', 'signIn.forbidden'));
  const address = (form(ctx).email ?? '').trim();
  const t = tr(ctx);
  if (!/^[^\s@]{1,64}@[^\s@]{1,253}$/.test(address) || address.length > 254) {
    const next = form(ctx).next;
    return html(
      400,
      renderSignInPage(ctx.deps.config, ctx.css, {
        error: t('signIn.invalidEmail'),
        value: address.slice(0, 254),
        next: next && ID.test(next) ? next : undefined,
      }),
    );
  }
  const next = form(ctx).next;
  const outcome = await requestSignIn(ctx.deps, address, publicBase(ctx), next && ID.test(next) ? next : undefined);
  logger.info('sign-in link asked for', { outcome });
  // The same answer whatever happened: the page never tells who is a practitioner.
  const body = renderMessagePage(ctx.deps.config, ctx.css, t('signIn.sentTitle'), t('signIn.sentLead', { address, practice: ctx.deps.config.practice.name }));
  return html(200, body);
}

async function signInLink(ctx: Ctx, token: string): Promise<Result> {
  const again = { href: '/inbox', label: 'signIn.askAgain' as InboxKey };
  const decoded = decodeURIComponent(token);
  if (ctx.method === 'GET' || ctx.method === 'HEAD') {
    if (!(await signInLinkLooksValid(ctx.deps, decoded))) return html(400, message(ctx, 'signIn.badTitle', 'signIn.badLead', undefined, again));
    return html(200, renderSignInConfirmPage(ctx.deps.config, ctx.css));
  }
  if (ctx.method !== 'POST') return html(405, message(ctx, 'signIn.badTitle', 'signIn.badLead', undefined, again), { allow: 'GET, POST' });
  const signedIn = await completeSignIn(ctx.deps, decoded);
  logger.info('sign-in link used', { ok: signedIn !== undefined });
  if (!signedIn) return html(400, message(ctx, 'signIn.badTitle', 'signIn.badLead', undefined, again));
  return html(303, '', { location: signedIn.next ? `/inbox/intakes/${signedIn.next}` : '/inbox' }, [
    `${SESSION_COOKIE}=${signedIn.session}; Path=/; Max-Age=${SESSION_MS / 1000}; HttpOnly; Secure; SameSite=Strict`,
  ]);
}

// —— The inbox ——

function filtersOf(ctx: Ctx): ListFilters {
  const q = ctx.event.queryStringParameters ?? {};
  const route = ROUTES.find((r) => r === q.route);
  return { route, notBooked: q.notBooked === '1', crisisNotContacted: q.crisisNotContacted === '1', q: q.q?.slice(0, 200) };
}

async function list(ctx: Ctx, session: Session): Promise<Result> {
  const records = filterIntakes(await ctx.deps.admin.list(), filtersOf(ctx));
  return html(200, renderListPage(ctx.deps.config, ctx.css, session.csrf, records, filtersOf(ctx)));
}

async function exportCsv(ctx: Ctx): Promise<Result> {
  const records = filterIntakes(await ctx.deps.admin.list(), filtersOf(ctx));
  const day = new Date(ctx.deps.now()).toISOString().slice(0, 10);
  const page = html(200, csvHeader() + records.map(csvRow).join(''), { 'content-disposition': `attachment; filename="intakes-${day}.csv"` });
  page.headers['content-type'] = 'text/csv; charset=utf-8';
  return page;
}

const FLASH: Record<string, InboxKey> = {
  booked: 'act.done.booked',
  unbooked: 'detail.unbooked',
  contacted: 'act.done.contacted',
  note: 'detail.noteAdded',
  reroute: 'detail.done',
  resend: 'act.done.resend',
  email: 'detail.emailCorrected',
};

async function detail(ctx: Ctx, session: Session, id: string, problem?: string, status = 200): Promise<Result> {
  const record = await ctx.deps.store.get(id);
  if (!record) return html(404, message(ctx, 'act.gone.title', 'act.gone.lead', session));
  const done = FLASH[ctx.event.queryStringParameters?.done ?? ''];
  const flash = problem ? { text: tr(ctx)('detail.problem', { why: problem }), problem: true } : done ? { text: tr(ctx)(done) } : undefined;
  return html(status, renderDetailPage(ctx.deps.config, ctx.css, session.csrf, record, flash));
}

/** What to tell the practitioner when their form needs fixing (the use cases' own messages are for the command line). */
const FIXES: Record<string, InboxKey> = {
  route: 'detail.fix.route',
  reason: 'detail.fix.reason',
  email: 'detail.fix.email',
  note: 'detail.fix.note',
};

async function act(ctx: Ctx, session: Session, id: string): Promise<Result> {
  const f = form(ctx);
  const { deps } = ctx;
  const by = session.by;
  const redirect = (done: string) => html(303, '', { location: `/inbox/intakes/${id}?done=${done}` });
  try {
    switch (f.op) {
      case 'booked':
        await markBooked(deps, id, by);
        return redirect('booked');
      case 'unbooked':
        await unmarkBooked(deps, id, by);
        return redirect('unbooked');
      case 'contacted':
        await markContacted(deps, id, by);
        return redirect('contacted');
      case 'note':
        await addNote(deps, id, by, f.note ?? '');
        return redirect('note');
      case 'resend':
        await redeliverIntake(deps, id, by);
        return redirect('resend');
      case 'correct-email':
        await correctEmailAddress(deps, id, by, f.email ?? '');
        return redirect('email');
      case 'reroute':
        await rerouteIntake(deps, id, f.route ?? '', {
          by,
          reason: f.reason ?? '',
          confirmLeavingCrisis: f.confirm === 'yes',
          noteToPerson: f.note,
          sendEmail: f.noEmail !== '1',
        });
        return redirect('reroute');
      default:
        return detail(ctx, session, id, tr(ctx)('act.bad.title'), 400);
    }
  } catch (error) {
    if (error instanceof NotFoundError) return html(404, message(ctx, 'act.gone.title', 'act.gone.lead', session));
    if (error instanceof ValidationError) {
      // The page offers "booked" only for coaching; a route changed meanwhile is the one way here.
      if (f.op === 'booked') return detail(ctx, session, id, tr(ctx)('act.notNow'), 409);
      const field = Object.keys(error.fields)[0] ?? '';
      return detail(ctx, session, id, tr(ctx)(FIXES[field] ?? 'act.bad.title'), 400);
    }
    throw error;
  }
}
