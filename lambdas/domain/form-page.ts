import { escapeHtml as esc } from './emails';
import { crisisLinesFor, type CrisisLineStep } from './next-steps';
import { DEFAULT_LOCALE, type Locale, LOCALE_NAMES, LOCALES, languageName } from './locales';
import { type PageKey, type PageTranslate, pageKeys, pageTranslator } from './locales/web';
import { crisisLinesHtml } from './pages';
import type { PracticeConfig } from './practice';

/**
 * The practice's own form page and privacy notice, rendered from the
 * practice config: its name, practitioner, how long answers are kept, whom
 * to ask about privacy, the Turnstile widget when it is on, and where the
 * form posts. Served by the web function (deployed at `GET /` and
 * `GET /privacy`, locally by `npm start`) and written as static files for the
 * practice's own site by `npm run web:build`. Styles and script are the
 * static `web/form.css` and `web/form.js`.
 */

export interface FormPageOptions {
  /** Where the form posts: `/intake` on the API itself, or the API's full URL on another site. */
  endpoint: string;
  /** The privacy notice's address: `/privacy` when served, `privacy.html` beside the built files. */
  privacyHref: string;
  /** Where form.css and form.js are: '' (beside the page) or a folder ending in `/`. */
  assetBase?: string;
  /** A per-page-view idempotency key for the no-JavaScript path (served pages only). */
  submissionId?: string;
  /** The page's locale. @default en */
  locale?: Locale;
  /** Where the page is in another locale, for the language switch. @default `?lang=<locale>` */
  hrefFor?: (locale: Locale) => string;
}

export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

/** How long answers are kept, in plain words: "after a year", "after 30 days", "after 2 years". */
export function retentionInWords(days: number, locale: Locale = DEFAULT_LOCALE): string {
  const years = Math.round(days / 365);
  if (years >= 1 && Math.abs(days - years * 365) <= 2)
    return years === 1 ? pageTranslator(locale)('retention.year') : pageTranslator(locale)('retention.years', { n: years });
  return days === 1 ? pageTranslator(locale)('retention.day') : pageTranslator(locale)('retention.days', { n: days });
}

/** Who to write to about privacy: the practice's reply-to address, or its sender. */
export function privacyContact(config: PracticeConfig): string {
  return config.email.replyTo ?? config.email.from;
}

/**
 * The form page's Content-Security-Policy: its own script and styles, the
 * Turnstile widget when it is on, posts only to the API, no framing.
 */
export function formPageCsp(config: PracticeConfig): string {
  const turnstile = config.web.turnstile ? ` ${TURNSTILE_ORIGIN}` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${turnstile}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src${turnstile || " 'none'"}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The footer's safety line: the practice country's emergency number and first helpline, from the config. */
function emergencyNote(config: PracticeConfig, locale: Locale): string {
  const tr = pageTranslator(locale);
  const lines = crisisLinesFor(config, config.practice.country, locale);
  const emergency = lines.find((l) => l.emergency && l.callHref);
  const helpline = lines.find((l) => !l.emergency && l.callHref);
  const call = (l: CrisisLineStep) => `<a href="${esc(l.callHref ?? '')}">${esc(l.phone ?? '')}</a>`;
  const first = emergency ? tr('form.callEmergency', { number: call(emergency) }) : tr('form.callLocalEmergency');
  const more = helpline ? ` ${tr('form.alsoCall', { name: esc(helpline.name), number: call(helpline) })}` : '';
  return `<p>${tr('form.dangerNow', { strong: `<strong>${esc(tr('form.dangerNowStrong'))}</strong>`, call: first })}${more}</p>`;
}

/** The strings the form's script shows (web/form.js reads them from the form's data-strings). */
function scriptStrings(locale: Locale): string {
  const tr = pageTranslator(locale);
  const keys = pageKeys().filter((k) => k.startsWith('script.'));
  const strings: Record<string, string> = Object.fromEntries(keys.map((k) => [k.slice('script.'.length), tr(k)]));
  const labels: Record<string, string> = {
    name: tr('form.name'),
    email: tr('form.email'),
    phone: tr('form.phone'),
    message: tr('form.message'),
    goals: tr('form.goals'),
    preference: tr('form.preference'),
    safety: tr('form.safety'),
    consent: tr('form.privacyNotice'),
    country: tr('form.country'),
    region: tr('form.region'),
    language: tr('form.language'),
    insurance: tr('form.insurance'),
    phq4Anxious: tr('form.phqAnxious'),
    phq4Worry: tr('form.phqWorry'),
    phq4Interest: tr('form.phqInterest'),
    phq4Down: tr('form.phqDown'),
  };
  return JSON.stringify({ ...strings, send: tr('form.send'), labels, locale });
}

function phqGroup(tr: PageTranslate, name: string, legendKey: PageKey): string {
  const options = [0, 1, 2, 3]
    .map(
      (v) =>
        `        <div class="choice"><input type="radio" id="${name}-${v}" name="${name}" value="${v}"><label for="${name}-${v}">${esc(tr(`form.phq${v}` as PageKey))}</label></div>`,
    )
    .join('\n');
  return `      <fieldset class="choices phq" id="${name}-group">
        <legend>${esc(tr(legendKey))}</legend>
${options}
      </fieldset>`;
}

/**
 * The crisis lines of every country the practice lists (and a general list
 * for any other), rendered into the page: when someone answers yes to the
 * safety question, the page shows their country's lines the moment they
 * press Send, before and whatever the server answers.
 */
function crisisLinesByCountry(config: PracticeConfig, locale: Locale): string {
  const countries = [...new Set([config.practice.country, ...Object.keys(config.crisisLines)])];
  const sections = countries.map((country) => `<div data-country="${esc(country)}">${crisisLinesHtml(crisisLinesFor(config, country, locale), locale)}</div>`);
  sections.push(`<div data-country="*">${crisisLinesHtml(crisisLinesFor(config, '*', locale), locale)}</div>`);
  return `<div id="crisis-lines" hidden>\n    ${sections.join('\n    ')}\n  </div>`;
}

/** Links to the same page in every other locale (`?lang=`), each in its own language. */
function languageSwitch(locale: Locale, hrefFor: (locale: Locale) => string): string {
  const links = LOCALES.filter((l) => l !== locale).map((l) => `<a href="${esc(hrefFor(l))}" lang="${l}" hreflang="${l}">${esc(LOCALE_NAMES[l])}</a>`);
  return `<nav class="language-switch" aria-label="${esc(pageTranslator(locale)('form.languageSwitch'))}">${links.join(' · ')}</nav>`;
}

export function renderFormPage(config: PracticeConfig, o: FormPageOptions): string {
  const locale = o.locale ?? DEFAULT_LOCALE;
  const tr = pageTranslator(locale);
  const assets = o.assetBase ?? '';
  const name = config.practice.name;
  const turnstile = config.web.turnstile;
  const optional = `<span class="optional">${esc(tr('form.optional'))}</span>`;
  const countries: Array<[string, string]> = ['US', 'CA', 'GB', 'AU', 'NZ', 'IE', 'MX', 'ES']
    .concat(Object.keys(config.crisisLines), [config.practice.country])
    .filter((c, i, all) => all.indexOf(c) === i)
    .map((c): [string, string] => [c, regionName(locale, c)])
    .sort((a, b) => a[1].localeCompare(b[1], locale));
  const languages = ['en', 'es', 'fr', 'zh', 'hi', 'pt', 'vi', 'ko', 'ar', 'ru'];
  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(tr('form.title'))} · ${esc(name)}</title>
  <meta name="description" content="${esc(tr('form.description', { practice: name }))}">
  <link rel="stylesheet" href="${esc(assets)}form.css">
  <script src="${esc(assets)}form.js" defer></script>${turnstile ? `\n  <script src="${TURNSTILE_ORIGIN}/turnstile/v0/api.js" async defer></script>` : ''}
</head>
<body>
<a class="skip" href="#intake-form">${esc(tr('form.skip'))}</a>
<main id="main">
  <header>
    ${languageSwitch(locale, o.hrefFor ?? ((l) => `?lang=${l}`))}
    <p class="practice">${esc(name)}</p>
    <h1>${esc(tr('form.heading'))}</h1>
    <p class="lead">${esc(tr('form.lead', { practitioner: config.practice.practitioner }))}</p>
  </header>

  <section id="safety-now" class="crisis" role="alert" tabindex="-1" aria-labelledby="safety-now-title" hidden>
    <h2 id="safety-now-title">${esc(tr('form.safetyNowTitle'))}</h2>
    <p>${esc(tr('form.safetyNowLead'))}</p>
    <div id="safety-now-lines"></div>
  </section>
  ${crisisLinesByCountry(config, locale)}

  <div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden>
    <h2>${esc(tr('form.errorSummary'))}</h2>
    <ul id="error-list"></ul>
  </div>

  <form id="intake-form" action="${esc(o.endpoint)}" method="post" novalidate data-endpoint="${esc(o.endpoint)}" data-country="${esc(config.practice.country)}" data-strings="${esc(scriptStrings(locale))}">
${o.submissionId ? `    <input type="hidden" name="submissionId" value="${esc(o.submissionId)}">\n` : ''}    <input type="hidden" name="locale" value="${locale}">
    <p class="required-note">${tr('form.requiredNote', { optional })}</p>

    <fieldset>
      <legend>${esc(tr('form.aboutYou'))}</legend>
      <div class="field">
        <label for="name">${esc(tr('form.name'))}</label>
        <input id="name" name="name" type="text" autocomplete="name" required maxlength="100">
        <p class="error" id="name-error" hidden></p>
      </div>
      <div class="field">
        <label for="email">${esc(tr('form.email'))}</label>
        <p class="hint" id="email-hint">${esc(tr('form.emailHint'))}</p>
        <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" aria-describedby="email-hint" spellcheck="false">
        <p class="error" id="email-error" hidden></p>
      </div>
      <div class="field">
        <label for="phone">${esc(tr('form.phone'))} ${optional}</label>
        <input id="phone" name="phone" type="tel" autocomplete="tel" maxlength="40">
        <p class="error" id="phone-error" hidden></p>
      </div>
      <div class="row">
        <div class="field">
          <label for="country">${esc(tr('form.country'))} ${optional}</label>
          <select id="country" name="country" autocomplete="country">
            <option value="">${esc(tr('form.choose'))}</option>
${countries.map(([code, label]) => `            <option value="${esc(code)}">${esc(label)}</option>`).join('\n')}
          </select>
          <p class="error" id="country-error" hidden></p>
        </div>
        <div class="field">
          <label for="region">${esc(tr('form.region'))} ${optional}</label>
          <p class="hint" id="region-hint">${esc(tr('form.regionHint'))}</p>
          <input id="region" name="region" type="text" maxlength="10" autocomplete="address-level1" aria-describedby="region-hint">
          <p class="error" id="region-error" hidden></p>
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="language">${esc(tr('form.language'))} ${optional}</label>
          <select id="language" name="language">
            <option value="">${esc(tr('form.noPreference'))}</option>
${languages.map((code) => `            <option value="${code}"${code === locale && locale !== 'en' ? ' selected' : ''}>${esc(languageLabel(locale, code))}</option>`).join('\n')}
          </select>
          <p class="error" id="language-error" hidden></p>
        </div>
        <div class="field">
          <label for="insurance">${esc(tr('form.insurance'))} ${optional}</label>
          <p class="hint" id="insurance-hint">${esc(tr('form.insuranceHint'))}</p>
          <input id="insurance" name="insurance" type="text" maxlength="100" aria-describedby="insurance-hint">
          <p class="error" id="insurance-error" hidden></p>
        </div>
      </div>
    </fieldset>

    <fieldset>
      <legend>${esc(tr('form.lookingFor'))}</legend>
      <div class="field">
        <label for="message">${esc(tr('form.message'))}</label>
        <p class="hint" id="message-hint">${esc(tr('form.messageHint'))}</p>
        <textarea id="message" name="message" rows="6" required maxlength="5000" aria-describedby="message-hint"></textarea>
        <p class="error" id="message-error" hidden></p>
      </div>
      <div class="field">
        <label for="goals">${esc(tr('form.goals'))} ${optional}</label>
        <textarea id="goals" name="goals" rows="4" maxlength="5000"></textarea>
        <p class="error" id="goals-error" hidden></p>
      </div>
      <fieldset class="choices" id="preference-group">
        <legend>${esc(tr('form.preference'))} ${optional}</legend>
        <div class="choice"><input type="radio" id="preference-coaching" name="preference" value="coaching"><label for="preference-coaching">${esc(tr('form.preferenceCoaching'))}</label></div>
        <div class="choice"><input type="radio" id="preference-therapy" name="preference" value="therapy"><label for="preference-therapy">${esc(tr('form.preferenceTherapy'))}</label></div>
        <div class="choice"><input type="radio" id="preference-unsure" name="preference" value="unsure" checked><label for="preference-unsure">${esc(tr('form.preferenceUnsure'))}</label></div>
        <p class="error" id="preference-error" hidden></p>
      </fieldset>
    </fieldset>

    <fieldset>
      <legend>${esc(tr('form.feeling'))}</legend>
      <p class="hint">${esc(tr('form.phqIntro'))}</p>
${phqGroup(tr, 'phq4Anxious', 'form.phqAnxious')}
${phqGroup(tr, 'phq4Worry', 'form.phqWorry')}
${phqGroup(tr, 'phq4Interest', 'form.phqInterest')}
${phqGroup(tr, 'phq4Down', 'form.phqDown')}
    </fieldset>

    <fieldset class="choices safety" id="safety-group" aria-describedby="safety-why">
      <legend>${esc(tr('form.safety'))}</legend>
      <p class="hint" id="safety-why">${esc(tr('form.safetyWhy'))}</p>
      <div class="choice"><input type="radio" id="safety-no" name="safety" value="no" required><label for="safety-no">${esc(tr('form.no'))}</label></div>
      <div class="choice"><input type="radio" id="safety-yes" name="safety" value="yes"><label for="safety-yes">${esc(tr('form.yes'))}</label></div>
      <p class="error" id="safety-error" hidden></p>
    </fieldset>

    <div class="field consent">
      <div class="choice">
        <input id="consent" name="consent" type="checkbox" value="yes" required aria-describedby="consent-hint">
        <label for="consent">${tr('form.consent', { privacy: `<a href="${esc(o.privacyHref)}">${esc(tr('form.privacyNotice'))}</a>` })}</label>
      </div>
      <p class="hint" id="consent-hint">${esc(tr('form.consentHint', { retention: retentionInWords(config.retentionDays, locale) }))}</p>
      <p class="error" id="consent-error" hidden></p>
    </div>

    <div class="hp" aria-hidden="true">
      <label for="website">${esc(tr('form.honeypot'))}</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off">
    </div>

${turnstile ? `    <div class="cf-turnstile" data-sitekey="${esc(turnstile.siteKey)}" data-response-field-name="turnstileToken"></div>\n` : ''}    <button type="submit" id="submit">${esc(tr('form.send'))}</button>
    <p id="status" class="status" role="status" aria-live="polite"></p>
  </form>

  <section id="next-steps" class="next-steps" tabindex="-1" hidden aria-live="polite"></section>

  <footer>
    ${emergencyNote(config, locale)}
  </footer>
</main>
</body>
</html>
`;
}

function regionName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Spanish / Español": the language in the page's locale, and in itself when they differ. */
function languageLabel(locale: Locale, code: string): string {
  const here = languageName(locale, code);
  const own = languageName(code as Locale, code);
  return here.toLowerCase() === own.toLowerCase() ? capitalise(here, locale) : `${capitalise(here, locale)} / ${capitalise(own, code)}`;
}
const capitalise = (word: string, locale: string) => word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);

/** The privacy notice, in the practice's own terms. */
export function renderPrivacyPage(config: PracticeConfig, o: { formHref: string; assetBase?: string; locale?: Locale }): string {
  const locale = o.locale ?? DEFAULT_LOCALE;
  const tr = pageTranslator(locale);
  const name = config.practice.name;
  const contact = privacyContact(config);
  const policy = config.practice.privacyUrl;
  const mail = `<a href="mailto:${esc(contact)}">${esc(contact)}</a>`;
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(tr('privacy.title'))} · ${esc(name)}</title><link rel="stylesheet" href="${esc(o.assetBase ?? '')}form.css"></head>
<body><main id="main">
<p class="practice">${esc(name)}</p>
<h1>${esc(tr('privacy.title'))}</h1>
<p>${esc(tr('privacy.use', { practice: name }))}</p>
<h2>${esc(tr('privacy.keepHeading'))}</h2>
<p>${esc(tr('privacy.keep', { retention: retentionInWords(config.retentionDays, locale) }))}</p>
<h2>${esc(tr('privacy.whoHeading'))}</h2>
<p>${esc(tr('privacy.who', { practitioner: config.practice.practitioner }))}</p>
<h2>${esc(tr('privacy.choicesHeading'))}</h2>
<p>${tr('privacy.choices', { contact: mail })}</p>
${policy ? `<p>${tr('privacy.policy', { link: `<a href="${esc(policy)}">${esc(policy)}</a>` })}</p>\n` : ''}<p><a href="${esc(o.formHref)}">${esc(tr('privacy.back'))}</a></p>
</main></body></html>
`;
}
