import { escapeHtml, safeHref } from './email-document';
import { DEFAULT_LOCALE, type Locale, languageName, listOf, type MessageKey, translator } from './locales';
import { stepsTranslator } from './locales/steps';
import type { CrisisLineStep, NextSteps, ReferralStep } from './next-steps';
import type { PracticeConfig } from './practice';

/**
 * The pages a plain form post (no JavaScript) leads to: the next steps, or
 * the list of what to fix. Self-contained HTML with inline styles; the same
 * wording as the form page's script shows.
 */

const STYLE = `
body{margin:0;font:18px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
a{color:#0b5cad}a:focus-visible,.button:focus-visible{outline:3px solid #1f2933;outline-offset:3px}
.crisis{border:3px solid #b42318;background:#fff5f5;border-radius:10px;padding:1rem 1.25rem;margin:0 0 1.5rem}
.crisis h1{color:#b42318;margin-top:0}
.crisis ul,.plain{list-style:none;padding:0;margin:0}.crisis li{margin:0 0 .75rem}
.button{display:inline-block;background:#0b5cad;color:#fff;text-decoration:none;font-weight:700;padding:.8rem 1.4rem;border-radius:8px;margin:.5rem 0 1rem}
.card{border:1px solid #cbd2d9;border-radius:10px;padding:1rem;margin:0 0 1rem;overflow-wrap:anywhere}
.card h3{margin:0 0 .25rem;font-size:1.1rem}.muted{color:#52606d}
.errors{border:3px solid #b42318;border-radius:10px;padding:1rem 1.25rem}
`;

function page(config: PracticeConfig, locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(config.practice.name)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const a = (href: string, label: string, cls = '') => {
  const safe = safeHref(href) ?? (href.startsWith('/') ? href : undefined);
  return safe ? `<a href="${escapeHtml(safe)}"${cls ? ` class="${cls}"` : ''}>${escapeHtml(label)}</a>` : escapeHtml(label);
};

/** Crisis lines as a list, in the person's locale, with how to reach a line in their language. */
export function crisisLinesHtml(lines: CrisisLineStep[], locale: Locale = DEFAULT_LOCALE): string {
  const tr = translator(locale);
  return `<ul>${lines
    .map((l) => {
      const ways = [
        l.phone && l.callHref ? `${escapeHtml(tr('script.call'))} ${a(l.callHref, l.phone)}` : '',
        l.text && l.textHref
          ? `${escapeHtml(tr('script.text'))} ${a(l.textHref, l.text)}`
          : l.text
            ? `${escapeHtml(tr('script.text'))} ${escapeHtml(l.text)}`
            : '',
        l.url ? a(l.url, tr('script.website')) : '',
      ].filter(Boolean);
      const help = locale !== 'en' ? l.languageHelp?.[locale] : undefined;
      return `<li><strong>${escapeHtml(l.name)}</strong>${l.emergency ? escapeHtml(tr('script.immediateDanger')) : ''}${l.hours ? ` <span class="muted">${escapeHtml(l.hours)}</span>` : ''}<br>${ways.join(' · ')}${help ? `<br>${escapeHtml(tr('email.inYourLanguage', { how: help }))}` : ''}</li>`;
    })
    .join('')}</ul>`;
}

function referralHtml(r: ReferralStep, locale: Locale): string {
  const tr = stepsTranslator(locale);
  const contact = [
    r.phone ? `${escapeHtml(tr('script.phone'))} ${a(`tel:${r.phone.replace(/[^0-9+]/g, '')}`, r.phone)}` : '',
    r.email ? `${escapeHtml(tr('script.emailLabel'))} ${a(`mailto:${r.email}`, r.email)}` : '',
    r.url ? a(r.url, tr('script.website')) : '',
  ].filter(Boolean);
  const modes = listOf(
    locale,
    [r.inPerson && tr('script.inPerson'), r.telehealth && tr('script.online')].filter((m): m is string => Boolean(m)),
  );
  const money = [r.insurance ? tr('script.takes', { insurance: r.insurance }) : '', r.slidingScale ? tr('script.slidingScale') : '']
    .filter(Boolean)
    .join(' · ');
  const speaks =
    r.languages.length > 0
      ? tr('script.speaks', {
          languages: listOf(
            locale,
            r.languages.map((code) => languageName(locale, code)),
          ),
        })
      : '';
  return `<li class="card"><h3>${escapeHtml(r.name)}</h3><div class="muted">${escapeHtml(r.credentials)}</div><div>${escapeHtml(tr('script.sees', { modes }))}${money ? ` · ${escapeHtml(money)}` : ''}</div>${speaks ? `<div>${escapeHtml(speaks)}</div>` : ''}<div>${contact.join(' · ')}</div></li>`;
}

/** The next-steps page: crisis lines first for crisis, the booking button for coaching, referrals for therapy. */
export function renderNextStepsPage(config: PracticeConfig, steps: NextSteps, locale: Locale = DEFAULT_LOCALE): string {
  const tr = stepsTranslator(locale);
  const parts: string[] = [];
  if (steps.route === 'crisis') {
    parts.push(
      `<section class="crisis" aria-labelledby="crisis-title"><h1 id="crisis-title">${escapeHtml(steps.headline)}</h1>${crisisLinesHtml(steps.crisisLines ?? [], locale)}</section>`,
      `<p>${escapeHtml(steps.message)}</p>`,
    );
  } else {
    parts.push(`<h1>${escapeHtml(steps.headline)}</h1>`, `<p>${escapeHtml(steps.message)}</p>`);
  }
  if (steps.bookingUrl) {
    parts.push(
      `<p>${a(steps.bookingUrl, tr('script.book'), 'button')}</p>`,
      steps.firstSession ? `<h2>${escapeHtml(tr('script.firstSession'))}</h2><p>${escapeHtml(steps.firstSession)}</p>` : '',
      steps.pricing ? `<h2>${escapeHtml(tr('script.pricing'))}</h2><p>${escapeHtml(steps.pricing)}</p>` : '',
    );
  }
  if (steps.referrals) {
    parts.push(
      `<h2>${escapeHtml(tr(steps.route === 'crisis' ? 'script.ongoingTherapist' : 'script.therapistsFit'))}</h2>`,
      steps.referrals.length > 0
        ? `<ul class="plain">${steps.referrals.map((r) => referralHtml(r, locale)).join('')}</ul>`
        : `<p>${escapeHtml(tr('email.noneFit'))}</p>`,
    );
  }
  if (steps.referralsRegionUnchecked) parts.push(`<p class="muted">${escapeHtml(tr('script.regionCheck'))}</p>`);
  if (steps.directories && steps.directories.length > 0) {
    parts.push(`<h2>${escapeHtml(tr('script.directories'))}</h2><ul>${steps.directories.map((d) => `<li>${a(d.url, d.name)}</li>`).join('')}</ul>`);
  }
  if (steps.route === 'therapy' && steps.crisisLines) {
    parts.push(`<h2>${escapeHtml(tr('script.ifHard'))}</h2>${crisisLinesHtml(steps.crisisLines, locale)}`);
  }
  parts.push(`<p class="muted">${escapeHtml(tr('page.alsoEmailed'))} ${a(config.practice.website, tr('page.backTo', { practice: config.practice.name }))}</p>`);
  return page(config, locale, steps.headline, parts.join('\n'));
}

/** Each form field's label and what to fix in it, for the fix page: the person reads the catalogue's words, never the validator's. */
const FIELD_FIXES: Record<string, [label: MessageKey, fix: MessageKey]> = {
  name: ['form.name', 'fix.name'],
  email: ['form.email', 'fix.email'],
  phone: ['form.phone', 'fix.phone'],
  message: ['form.message', 'fix.message'],
  goals: ['form.goals', 'fix.shorter'],
  preference: ['form.preference', 'fix.choose'],
  safety: ['form.safety', 'fix.safety'],
  phq4Anxious: ['form.phqAnxious', 'fix.phq'],
  phq4Worry: ['form.phqWorry', 'fix.phq'],
  phq4Interest: ['form.phqInterest', 'fix.phq'],
  phq4Down: ['form.phqDown', 'fix.phq'],
  country: ['form.country', 'fix.choose'],
  region: ['form.region', 'fix.choose'],
  language: ['form.language', 'fix.choose'],
  insurance: ['form.insurance', 'fix.shorter'],
  consent: ['form.privacyNotice', 'fix.consent'],
};

/** The page for a plain form post that needs fixing: what to fix (in the person's language), and a way back. */
export function renderFixPage(config: PracticeConfig, fields: Iterable<string>, locale: Locale = DEFAULT_LOCALE): string {
  const tr = translator(locale);
  const lines = new Set<string>();
  for (const field of fields) {
    const known = FIELD_FIXES[field];
    // Transport fields (submission id, locale…) are nothing the person typed: one plain line for all of them.
    lines.add(known ? `<strong>${escapeHtml(tr(known[0]))}</strong>: ${escapeHtml(tr(known[1]))}` : escapeHtml(tr('fix.other')));
  }
  const items = [...lines].map((line) => `<li>${line}</li>`).join('');
  return page(
    config,
    locale,
    tr('page.fixTitle'),
    `<div class="errors" role="alert"><h1>${escapeHtml(tr('page.fixTitle'))}</h1><p>${escapeHtml(tr('page.fixLead'))}</p><ul>${items}</ul></div><p>${escapeHtml(tr('page.couldNotSendHow'))}</p>`,
  );
}

/**
 * A page for when something went wrong. `crisisLines`, when given (the person
 * answered yes to the safety question), come first: safety never waits for
 * the server.
 */
export function renderProblemPage(
  config: PracticeConfig,
  title: string,
  message: string,
  crisisLines?: CrisisLineStep[],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const tr = translator(locale);
  const safety = crisisLines
    ? `<section class="crisis" role="alert" aria-labelledby="crisis-title"><h1 id="crisis-title">${escapeHtml(tr('page.talkNow'))}</h1><p>${escapeHtml(tr('page.talkNowLead'))}</p>${crisisLinesHtml(crisisLines, locale)}</section>`
    : '';
  return page(
    config,
    locale,
    title,
    `${safety}<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>${a(config.practice.website, tr('page.backTo', { practice: config.practice.name }))}</p>`,
  );
}
