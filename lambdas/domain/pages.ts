import { escapeHtml, NO_REFERRAL_TEXT, safeHref } from './emails';
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

function page(config: PracticeConfig, title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(config.practice.name)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const a = (href: string, label: string, cls = '') => {
  const safe = safeHref(href) ?? (href.startsWith('/') ? href : undefined);
  return safe ? `<a href="${escapeHtml(safe)}"${cls ? ` class="${cls}"` : ''}>${escapeHtml(label)}</a>` : escapeHtml(label);
};

export function crisisLinesHtml(lines: CrisisLineStep[]): string {
  return `<ul>${lines
    .map((l) => {
      const ways = [
        l.phone && l.callHref ? `Call ${a(l.callHref, l.phone)}` : '',
        l.text && l.textHref ? `Text ${a(l.textHref, l.text)}` : l.text ? `Text ${escapeHtml(l.text)}` : '',
        l.url ? a(l.url, 'Website') : '',
      ].filter(Boolean);
      return `<li><strong>${escapeHtml(l.name)}</strong>${l.emergency ? ' (if you are in immediate danger)' : ''}${l.hours ? ` <span class="muted">${escapeHtml(l.hours)}</span>` : ''}<br>${ways.join(' · ')}</li>`;
    })
    .join('')}</ul>`;
}

function referralHtml(r: ReferralStep): string {
  const contact = [
    r.phone ? `Phone ${a(`tel:${r.phone.replace(/[^0-9+]/g, '')}`, r.phone)}` : '',
    r.email ? `Email ${a(`mailto:${r.email}`, r.email)}` : '',
    r.url ? a(r.url, 'Website') : '',
  ].filter(Boolean);
  const modes = [r.inPerson && 'in person', r.telehealth && 'online'].filter(Boolean).join(' and ');
  const money = [r.insurance ? `takes ${escapeHtml(r.insurance)}` : '', r.slidingScale ? 'sliding scale' : ''].filter(Boolean).join(' · ');
  return `<li class="card"><h3>${escapeHtml(r.name)}</h3><div class="muted">${escapeHtml(r.credentials)}</div><div>Sees clients ${escapeHtml(modes)}${money ? ` · ${money}` : ''}</div><div>${contact.join(' · ')}</div></li>`;
}

/** The next-steps page: crisis lines first for crisis, the booking button for coaching, referrals for therapy. */
export function renderNextStepsPage(config: PracticeConfig, steps: NextSteps): string {
  const parts: string[] = [];
  if (steps.route === 'crisis') {
    parts.push(
      `<section class="crisis" aria-labelledby="crisis-title"><h1 id="crisis-title">${escapeHtml(steps.headline)}</h1>${crisisLinesHtml(steps.crisisLines ?? [])}</section>`,
      `<p>${escapeHtml(steps.message)}</p>`,
    );
  } else {
    parts.push(`<h1>${escapeHtml(steps.headline)}</h1>`, `<p>${escapeHtml(steps.message)}</p>`);
  }
  if (steps.bookingUrl) {
    parts.push(
      `<p>${a(steps.bookingUrl, 'Book your first session', 'button')}</p>`,
      steps.firstSession ? `<h2>What the first session is</h2><p>${escapeHtml(steps.firstSession)}</p>` : '',
      steps.pricing ? `<h2>How coaching is paid</h2><p>${escapeHtml(steps.pricing)}</p>` : '',
    );
  }
  if (steps.referrals) {
    parts.push(
      `<h2>${steps.route === 'crisis' ? 'Ongoing support from a licensed therapist' : 'Therapists who may be a good fit'}</h2>`,
      steps.referrals.length > 0 ? `<ul class="plain">${steps.referrals.map(referralHtml).join('')}</ul>` : `<p>${escapeHtml(NO_REFERRAL_TEXT)}</p>`,
    );
  }
  if (steps.referralsRegionUnchecked) {
    parts.push('<p class="muted">Therapists are licensed state by state: when you contact one, ask whether they can see clients where you live.</p>');
  }
  if (steps.directories && steps.directories.length > 0) {
    parts.push(`<h2>Directories of therapists</h2><ul>${steps.directories.map((d) => `<li>${a(d.url, d.name)}</li>`).join('')}</ul>`);
  }
  if (steps.route === 'therapy' && steps.crisisLines) {
    parts.push(`<h2>If things get hard</h2>${crisisLinesHtml(steps.crisisLines)}`);
  }
  parts.push(`<p class="muted">We have also sent this to your email. ${a(config.practice.website, `Back to ${config.practice.name}`)}</p>`);
  return page(config, steps.headline, parts.join('\n'));
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  message: 'What brings you here?',
  goals: 'What would you like to be different?',
  preference: 'What are you looking for?',
  safety: 'The safety question',
  consent: 'Consent',
};

/** The page for a plain form post that needs fixing: what to fix, and a way back. */
export function renderFixPage(config: PracticeConfig, fields: Record<string, string>): string {
  const items = Object.entries(fields)
    .map(([field, message]) => `<li><strong>${escapeHtml(FIELD_LABELS[field] ?? field)}</strong>: ${escapeHtml(message)}</li>`)
    .join('');
  return page(
    config,
    'Please check the form',
    `<div class="errors" role="alert"><h1>Please check the form</h1><ul>${items}</ul></div><p>Nothing was sent. Please use your browser’s Back button, fix these and send the form again: what you typed is still there.</p>`,
  );
}

/** A page for any other problem with a plain form post. */
/**
 * A page for when something went wrong. `crisisLines`, when given (the person
 * answered yes to the safety question), come first: safety never waits for
 * the server.
 */
export function renderProblemPage(config: PracticeConfig, title: string, message: string, crisisLines?: CrisisLineStep[]): string {
  const safety = crisisLines
    ? `<section class="crisis" role="alert" aria-labelledby="crisis-title"><h1 id="crisis-title">You can talk to someone right now</h1><p>These lines are free, confidential and there for you at any hour:</p>${crisisLinesHtml(crisisLines)}</section>`
    : '';
  return page(
    config,
    title,
    `${safety}<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p>${a(config.practice.website, `Back to ${config.practice.name}`)}</p>`,
  );
}
