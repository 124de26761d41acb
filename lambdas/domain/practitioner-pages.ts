import type { PractitionerAction } from './action-links';
import { escapeHtml as esc } from './email-document';
import { answerTable, localTime } from './emails';
import type { IntakeAnswers } from './intake';
import { LOCALE_NAMES_IN, type Locale, type MessageKey } from './locales';
import { type InboxKey, type InboxTranslate, inboxTranslator } from './locales/inbox';
import { reasonIn } from './locales/reasons';
import type { PracticeConfig } from './practice';
import type { Route, TriageResult } from './triage';

/**
 * The practitioner's pages: what an action link will do and what it did, the
 * sign-in pages and the inbox (list and one intake). Server-rendered HTML
 * with the form's own styles, in the practice's language; every value a
 * person typed is escaped. Forms post back to the same origin only (CSP
 * `form-action 'self'`), each inbox form with its CSRF token.
 */

/** What the pages need to know of an intake (the stored record fits). */
export interface IntakeView {
  id: string;
  createdAt: string;
  answers: IntakeAnswers;
  locale?: Locale | undefined;
  triage: TriageResult;
  route: Route;
  booked?: boolean | undefined;
  bookedAt?: string | undefined;
  contactedAt?: string | undefined;
  emails: Record<string, { kind: string; route: Route; status: string; sentAt?: string | undefined; attempts: number; lastError?: string | undefined }>;
  history: Array<{ at: string; by: string; action: string; detail?: string | undefined }>;
}

const EXTRA_CSS = `
.topbar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;border-bottom:1px solid #d9e2ec;padding:0 0 .75rem;margin:0 0 1rem}
.topbar form{margin:0}.topbar button,.inline button{padding:.4rem 1rem;min-height:2.75rem;font-size:1rem;width:auto}
.facts{display:grid;grid-template-columns:minmax(6rem,35%) 1fr;gap:.25rem 1rem;margin:0 0 1rem}.facts dt{font-weight:700}.facts dd{margin:0;overflow-wrap:anywhere}
@media (max-width:30rem){.facts{grid-template-columns:1fr;gap:0}.facts dd{margin:0 0 .6rem}}
.tag{display:inline-block;border:1px solid currentColor;border-radius:999px;padding:0 .6rem;font-size:.9rem;margin:0 .25rem .25rem 0}
.tag-urgent{color:#b42318;font-weight:700}.tag-ok{color:#18794e}
.notice{border-left:4px solid #0b5cad;background:#f5f7fa;padding:.75rem 1rem;margin:0 0 1rem}
.notice-urgent{border-left-color:#b42318;background:#fff5f5}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #e4e7eb;vertical-align:top}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}.filters .field{margin:0}
.card a.title{font-weight:700;font-size:1.1rem}.actions form{border-top:1px solid #e4e7eb;padding:1rem 0}
.pre{white-space:pre-wrap;overflow-wrap:anywhere}
`;

export interface Frame {
  config: PracticeConfig;
  /** The form's stylesheet (web/form.css), inlined. */
  css: string;
  title: string;
  body: string;
  /** Signed in: the top bar shows the way back to the list and the sign-out button. */
  csrf?: string | undefined;
}

const trOf = (config: PracticeConfig): InboxTranslate => inboxTranslator(config.practice.language);

/** One page, with the practice's name on top (and, signed in, the list and sign-out). */
export function practitionerPage(frame: Frame): string {
  const { config } = frame;
  const tr = trOf(config);
  const top = frame.csrf
    ? `<nav class="topbar" aria-label="${esc(tr('inbox.brand', { practice: config.practice.name }))}"><a href="/inbox">${esc(tr('inbox.backToList'))}</a>
<form method="post" action="/inbox/sign-out">${csrfField(frame.csrf)}<button type="submit">${esc(tr('inbox.signOut'))}</button></form></nav>`
    : '';
  return `<!doctype html>
<html lang="${config.practice.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(frame.title)} · ${esc(tr('inbox.brand', { practice: config.practice.name }))}</title>
<style>${frame.css}${EXTRA_CSS}</style></head>
<body><main id="main">
<p class="practice">${esc(tr('inbox.brand', { practice: config.practice.name }))}</p>
${top}
${frame.body}
</main></body></html>`;
}

const csrfField = (csrf: string) => `<input type="hidden" name="csrf" value="${esc(csrf)}">`;

const routeName = (tr: InboxTranslate, route: Route) => tr(`notify.route.${route}` as MessageKey);

/**
 * The person on an action page (reached from an email, without signing in):
 * by name, or by intake when the practice keeps details out of email. The
 * signed-in inbox always shows names.
 */
function who(config: PracticeConfig, record: IntakeView): string {
  return config.email.notificationDetail === 'full' ? record.answers.name : trOf(config)('inbox.personOf', { short: record.id.slice(0, 8) });
}

const when = (config: PracticeConfig, iso: string) => localTime(iso, config.practice.timezone, config.practice.language);

/** A page that only says something (a bad link, a problem), with an optional way on. */
export function renderMessagePage(
  config: PracticeConfig,
  css: string,
  title: string,
  lead: string,
  link?: { href: string; label: string },
  csrf?: string,
): string {
  const more = link ? `<p><a class="button" href="${esc(link.href)}">${esc(link.label)}</a></p>` : '';
  return practitionerPage({ config, css, title, csrf, body: `<h1>${esc(title)}</h1>\n<p>${esc(lead)}</p>\n${more}` });
}

// —— Action links ——

function intakeLine(config: PracticeConfig, record: IntakeView): string {
  const tr = trOf(config);
  return `<p class="muted">${esc(tr('act.intakeLine', { short: record.id.slice(0, 8), route: routeName(tr, record.route), when: when(config, record.createdAt) }))}</p>`;
}

/** GET of an action link: what will happen, and one button that does it (a POST to the same address). */
export function renderActionConfirmPage(
  config: PracticeConfig,
  css: string,
  record: IntakeView,
  action: PractitionerAction,
  options: { confirmLeavingCrisis: boolean; missingConfirmation?: boolean },
): string {
  const tr = trOf(config);
  const person = who(config, record);
  let title: string;
  let lead: string;
  let fields = '';
  let button: string;
  switch (action) {
    case 'booked':
      title = tr('act.title.booked');
      lead = tr('act.lead.booked', { who: person });
      button = tr('act.button.booked');
      break;
    case 'contacted':
      title = tr('act.title.contacted');
      lead = tr(record.route === 'crisis' ? 'act.lead.contactedCrisis' : 'act.lead.contacted', { who: person });
      button = tr('act.button.contacted');
      break;
    case 'route-therapy':
    case 'route-coaching': {
      const route = routeName(tr, action === 'route-therapy' ? 'therapy' : 'coaching');
      title = tr(`act.title.${action}`);
      lead = tr('act.lead.route', { who: person, route });
      button = tr('act.button.route', { route });
      fields = `<div class="field"><label for="reason">${esc(tr('act.reason'))}</label>
<p class="hint" id="reason-hint">${esc(tr('act.reasonHint'))}</p>
<textarea id="reason" name="reason" rows="3" maxlength="500" required aria-describedby="reason-hint">${esc(tr('act.reasonDefault'))}</textarea></div>`;
      if (options.confirmLeavingCrisis) fields += leaveCrisisField(tr, options.missingConfirmation === true);
      break;
    }
    case 'resend':
      title = tr('act.title.resend');
      lead = tr('act.lead.resend', { who: person, route: routeName(tr, record.route) });
      button = tr('act.button.resend');
      break;
  }
  const body = `<h1>${esc(title)}</h1>
${intakeLine(config, record)}
<p>${esc(lead)}</p>
<form method="post">
${fields}
<p class="muted">${esc(tr('act.noChangeUntil'))}</p>
<button type="submit">${esc(button)}</button>
</form>`;
  return practitionerPage({ config, css, title, body });
}

function leaveCrisisField(tr: InboxTranslate, missing: boolean): string {
  return `<div class="notice notice-urgent"${missing ? ' role="alert"' : ''}><p>${esc(tr('act.confirmLeaveCrisisNeeded'))}</p>
<div class="choice"><input type="checkbox" id="confirm" name="confirm" value="yes" required><label for="confirm">${esc(tr('act.confirmLeaveCrisis'))}</label></div></div>`;
}

export type ActionOutcomeView =
  | { state: 'done'; action: PractitionerAction; route: Route; sent: boolean; stoppedReminders: boolean }
  | { state: 'already'; action: PractitionerAction; since?: string | undefined; route: Route }
  | { state: 'not-now'; action?: PractitionerAction; route: Route };

/** What an action did, or why it did nothing. */
export function renderActionResultPage(config: PracticeConfig, css: string, record: IntakeView, outcome: ActionOutcomeView): string {
  const tr = trOf(config);
  let title: string;
  let lead: string;
  if (outcome.state === 'not-now') {
    title = tr('act.notNow');
    lead = tr('act.notCoaching', { route: routeName(tr, outcome.route) });
  } else if (outcome.state === 'already') {
    title = tr('act.already');
    const since = outcome.since ? when(config, outcome.since) : '';
    lead =
      outcome.action === 'booked'
        ? tr('act.already.booked', { when: since })
        : outcome.action === 'contacted'
          ? tr('act.already.contacted', { when: since })
          : outcome.action === 'resend'
            ? tr('act.already.resend')
            : tr('act.already.route', { route: routeName(tr, outcome.route) });
  } else {
    title = tr('act.done');
    const route = routeName(tr, outcome.route);
    lead =
      outcome.action === 'booked'
        ? tr('act.done.booked')
        : outcome.action === 'contacted'
          ? tr(outcome.stoppedReminders ? 'act.done.contactedReminders' : 'act.done.contacted')
          : outcome.action === 'resend'
            ? tr(outcome.sent ? 'act.done.resend' : 'act.done.resendLater')
            : tr(outcome.sent ? 'act.done.route' : 'act.done.routeLater', { route });
  }
  const body = `<h1>${esc(title)}</h1>
${intakeLine(config, record)}
<p role="status">${esc(lead)}</p>
<p><a href="/inbox/intakes/${esc(record.id)}">${esc(tr('act.openInbox'))}</a></p>`;
  return practitionerPage({ config, css, title, body });
}

// —— Signing in ——

export function renderSignInPage(config: PracticeConfig, css: string, options: { error?: string; value?: string; next?: string | undefined } = {}): string {
  const tr = trOf(config);
  const title = tr('signIn.title', { practice: config.practice.name });
  const error = options.error ? `<p class="error" id="email-error">${esc(options.error)}</p>` : '';
  const body = `<h1>${esc(title)}</h1>
<p>${esc(tr('signIn.lead'))}</p>
<form method="post" action="/inbox/sign-in" novalidate>${options.next ? `<input type="hidden" name="next" value="${esc(options.next)}">` : ''}
<div class="field"><label for="email">${esc(tr('signIn.email'))}</label>${error}
<input type="email" id="email" name="email" autocomplete="email" required value="${esc(options.value ?? '')}"${options.error ? ' aria-invalid="true" aria-describedby="email-error"' : ''}></div>
<button type="submit">${esc(tr('signIn.button'))}</button>
</form>`;
  return practitionerPage({ config, css, title, body });
}

/** GET of a sign-in link: one button, so a mail scanner opening it signs nobody in. */
export function renderSignInConfirmPage(config: PracticeConfig, css: string): string {
  const tr = trOf(config);
  const title = tr('signIn.confirmTitle');
  const body = `<h1>${esc(title)}</h1>
<p>${esc(tr('signIn.confirmLead', { practice: config.practice.name }))}</p>
<form method="post"><button type="submit">${esc(tr('signIn.confirmButton'))}</button></form>`;
  return practitionerPage({ config, css, title, body });
}

// —— The inbox ——

export interface ListFilters {
  route?: Route | undefined;
  notBooked?: boolean;
  crisisNotContacted?: boolean;
  q?: string | undefined;
}

/** Applies the list's filters: route, not yet booked (coaching), crisis not yet contacted, and a search by name or email. */
export function filterIntakes<T extends IntakeView>(records: T[], filters: ListFilters): T[] {
  const q = filters.q?.trim().toLowerCase();
  return records.filter(
    (r) =>
      (!filters.route || r.route === filters.route) &&
      (!filters.notBooked || (r.route === 'coaching' && !r.booked)) &&
      (!filters.crisisNotContacted || (r.route === 'crisis' && !r.contactedAt)) &&
      (!q || r.answers.name.toLowerCase().includes(q) || r.answers.email.toLowerCase().includes(q)),
  );
}

export function filtersQuery(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.route) params.set('route', filters.route);
  if (filters.notBooked) params.set('notBooked', '1');
  if (filters.crisisNotContacted) params.set('crisisNotContacted', '1');
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  return params.toString();
}

const problem = (statuses: string[]) => statuses.some((s) => s === 'failed' || s === 'bounced' || s === 'complained');

function statusTags(tr: InboxTranslate, record: IntakeView): string {
  const tags: string[] = [];
  if (record.route === 'crisis') tags.push(`<span class="tag tag-urgent">${esc(tr(record.contactedAt ? 'list.contacted' : 'list.waiting'))}</span>`);
  else if (record.contactedAt) tags.push(`<span class="tag tag-ok">${esc(tr('list.contacted'))}</span>`);
  else if (record.route === 'therapy') tags.push(`<span class="tag">${esc(tr('list.waiting'))}</span>`);
  if (record.route === 'coaching')
    tags.push(`<span class="tag${record.booked ? ' tag-ok' : ''}">${esc(tr(record.booked ? 'list.booked' : 'list.notYetBooked'))}</span>`);
  if (problem(Object.values(record.emails).map((e) => e.status))) tags.push(`<span class="tag tag-urgent">${esc(tr('list.emailProblem'))}</span>`);
  return tags.join('');
}

export function renderListPage(config: PracticeConfig, css: string, csrf: string, records: IntakeView[], filters: ListFilters): string {
  const tr = trOf(config);
  const title = tr('list.title');
  const option = (value: string, label: string) => `<option value="${value}"${(filters.route ?? '') === value ? ' selected' : ''}>${esc(label)}</option>`;
  const check = (name: string, on: boolean | undefined, label: string) =>
    `<div class="choice"><input type="checkbox" id="${name}" name="${name}" value="1"${on ? ' checked' : ''}><label for="${name}">${esc(label)}</label></div>`;
  const items = records
    .map((r) => {
      const urgent = r.route === 'crisis' ? ` <span class="tag tag-urgent">${esc(tr('detail.urgent'))}</span>` : '';
      return `<li class="card"><a class="title" href="/inbox/intakes/${esc(r.id)}">${esc(r.answers.name)}</a>${urgent}
<p class="muted">${esc(routeName(tr, r.route))} · ${esc(when(config, r.createdAt))} · ${esc(r.id.slice(0, 8))}</p>
<p>${statusTags(tr, r)}</p></li>`;
    })
    .join('\n');
  const query = filtersQuery(filters);
  const body = `<h1>${esc(title)}</h1>
<form method="get" action="/inbox" class="filters" role="search" aria-label="${esc(tr('list.filters'))}">
<div class="field"><label for="route">${esc(tr('list.route'))}</label><select id="route" name="route">${option('', tr('list.anyRoute'))}${option('coaching', routeName(tr, 'coaching'))}${option('therapy', routeName(tr, 'therapy'))}${option('crisis', routeName(tr, 'crisis'))}</select></div>
<div class="field"><label for="q">${esc(tr('list.search'))}</label><input type="text" id="q" name="q" value="${esc(filters.q ?? '')}"></div>
${check('notBooked', filters.notBooked, tr('list.notBooked'))}
${check('crisisNotContacted', filters.crisisNotContacted, tr('list.crisisNotContacted'))}
<button type="submit">${esc(tr('list.apply'))}</button>
</form>
<p>${query ? `<a href="/inbox">${esc(tr('list.clear'))}</a> · ` : ''}<a href="/inbox/export.csv${query ? `?${esc(query)}` : ''}">${esc(tr('list.csv'))}</a></p>
<h2 role="status">${esc(records.length === 1 ? tr('list.countOne') : tr('list.count', { n: records.length }))}</h2>
${records.length === 0 ? `<p>${esc(tr('list.none'))}</p>` : `<ul class="plain">\n${items}\n</ul>`}`;
  return practitionerPage({ config, css, title, body, csrf });
}

const PHQ_ITEMS: Array<[keyof IntakeAnswers, MessageKey]> = [
  ['phq4Anxious', 'form.phqAnxious'],
  ['phq4Worry', 'form.phqWorry'],
  ['phq4Interest', 'form.phqInterest'],
  ['phq4Down', 'form.phqDown'],
];

function facts(rows: Array<[string, string]>): string {
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd class="pre">${esc(v)}</dd>`).join('')}</dl>`;
}

/** One intake: the answers, the PHQ-4, the reasons, each email's status, the history and what can be done. */
export function renderDetailPage(
  config: PracticeConfig,
  css: string,
  csrf: string,
  record: IntakeView,
  flash?: { text: string; problem?: boolean } | undefined,
): string {
  const tr = trOf(config);
  const language = config.practice.language;
  const title = record.answers.name;
  const a = record.answers;
  const s = record.triage.screening;
  const not = tr('detail.not');
  const summary: Array<[string, string]> = [
    [tr('detail.received'), when(config, record.createdAt)],
    [tr('detail.route'), `${routeName(tr, record.route)}${record.route === 'crisis' ? ` (${tr('detail.urgent')})` : ''}`],
    [tr('detail.readsIn'), LOCALE_NAMES_IN[language][record.locale ?? 'en']],
    [tr('detail.bookedAt'), record.bookedAt ? when(config, record.bookedAt) : record.route === 'coaching' ? not : '—'],
    [tr('detail.contactedAt'), record.contactedAt ? when(config, record.contactedAt) : not],
    [tr('detail.id'), record.id],
  ];
  const screening =
    s.total === null
      ? [tr('notify.phqNone')]
      : [
          tr('notify.phqTotal', { total: s.total, severity: s.severity ?? '' }),
          ...PHQ_ITEMS.map(([key, label]) => {
            const v = a[key];
            return `${tr(label)}: ${typeof v === 'number' ? `${tr(`form.phq${v}` as MessageKey)} (${v})` : tr('notify.notAnswered')}`;
          }),
        ];
  const answers = answerTable(tr, config, a);
  const emailRows = Object.entries(record.emails)
    .map(([, e]) => {
      const kind = e.kind === 'client' ? tr('detail.email.client', { route: routeName(tr, e.route) }) : tr(`detail.email.${e.kind}` as InboxKey);
      return `<tr><td>${esc(kind)}</td><td>${esc(tr(`detail.status.${e.status}` as InboxKey))}${e.lastError ? ` <span class="muted">(${esc(e.lastError)})</span>` : ''}</td><td>${e.sentAt ? esc(when(config, e.sentAt)) : '—'}</td></tr>`;
    })
    .join('\n');
  const history =
    record.history.length === 0
      ? `<p class="muted">${esc(tr('detail.noHistory'))}</p>`
      : `<ul>${record.history.map((h) => `<li><span class="muted">${esc(when(config, h.at))}</span> · ${esc(h.by)}: ${esc(h.action)}${h.detail ? `<br><span class="pre">${esc(h.detail)}</span>` : ''}</li>`).join('')}</ul>`;
  const post = (op: string, inner: string, button: string, extra = '') =>
    `<form method="post" action="/inbox/intakes/${esc(record.id)}"${extra}>${csrfField(csrf)}<input type="hidden" name="op" value="${op}">${inner}<button type="submit">${esc(button)}</button></form>`;
  const actions: string[] = [];
  if (record.route === 'coaching' && !record.booked) actions.push(post('booked', '', tr('detail.markBooked')));
  if (record.booked) actions.push(post('unbooked', '', tr('detail.undoBooked')));
  if (!record.contactedAt) actions.push(post('contacted', '', tr('detail.markContacted')));
  actions.push(post('resend', `<p class="hint">${esc(tr('detail.resendHint'))}</p>`, tr('detail.resend')));
  const others = (['coaching', 'therapy', 'crisis'] as Route[]).filter((r) => r !== record.route);
  actions.push(
    post(
      'reroute',
      `<h3>${esc(tr('detail.reroute'))}</h3>
<div class="field"><label for="reroute-route">${esc(tr('detail.rerouteTo'))}</label><select id="reroute-route" name="route">${others.map((r) => `<option value="${r}">${esc(routeName(tr, r))}</option>`).join('')}</select></div>
<div class="field"><label for="reroute-reason">${esc(tr('act.reason'))}</label><p class="hint" id="reroute-reason-hint">${esc(tr('act.reasonHint'))}</p><textarea id="reroute-reason" name="reason" rows="2" maxlength="500" required aria-describedby="reroute-reason-hint"></textarea></div>
<div class="field"><label for="reroute-note">${esc(tr('detail.noteToPerson'))}</label><textarea id="reroute-note" name="note" rows="3" maxlength="2000"></textarea></div>
<div class="choice"><input type="checkbox" id="reroute-quiet" name="noEmail" value="1"><label for="reroute-quiet">${esc(tr('detail.noEmail'))}</label></div>
${record.route === 'crisis' ? leaveCrisisField(tr, false) : ''}`,
      tr('detail.rerouteButton'),
    ),
  );
  actions.push(
    post(
      'note',
      `<h3>${esc(tr('detail.note'))}</h3><div class="field"><label for="note">${esc(tr('detail.noteLabel'))}</label><textarea id="note" name="note" rows="3" maxlength="2000" required></textarea></div>`,
      tr('detail.saveNote'),
    ),
  );
  actions.push(
    post(
      'correct-email',
      `<h3>${esc(tr('detail.correctEmail'))}</h3><div class="field"><label for="correct-email">${esc(tr('detail.correctEmailLabel'))}</label><input type="email" id="correct-email" name="email" autocomplete="off" required></div>`,
      tr('detail.correctEmailButton'),
    ),
  );
  const flashHtml = flash
    ? `<p class="notice${flash.problem ? ' notice-urgent' : ''}" role="${flash.problem ? 'alert' : 'status'}">${esc(flash.text)}</p>`
    : '';
  const body = `<h1>${esc(title)}</h1>
${flashHtml}
${facts(summary)}
<h2>${esc(tr('detail.why'))}</h2>
<ul>${record.triage.reasons.map((r) => `<li>${esc(reasonIn(language, r))}</li>`).join('')}</ul>
<h2>${esc(tr('detail.screening'))}</h2>
<ul>${screening.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>
<h2>${esc(tr('detail.answers'))}</h2>
${facts(answers)}
<h2>${esc(tr('detail.emails'))}</h2>
<div class="scroll" tabindex="0" role="region" aria-label="${esc(tr('detail.emails'))}"><table><thead><tr><th scope="col">${esc(tr('detail.email.kind'))}</th><th scope="col">${esc(tr('detail.email.status'))}</th><th scope="col">${esc(tr('detail.email.when'))}</th></tr></thead>
<tbody>${emailRows}</tbody></table></div>
<h2>${esc(tr('detail.history'))}</h2>
${history}
<h2>${esc(tr('detail.actions'))}</h2>
<div class="actions">${actions.join('\n')}</div>`;
  return practitionerPage({ config, css, title, body, csrf });
}
