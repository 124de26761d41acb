import { escapeHtml as esc } from './emails';
import { crisisLinesFor, type CrisisLineStep } from './next-steps';
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
}

export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com';

/** How long answers are kept, in plain words: "after a year", "after 30 days", "after 2 years". */
export function retentionInWords(days: number): string {
  const years = Math.round(days / 365);
  if (years >= 1 && Math.abs(days - years * 365) <= 2) return years === 1 ? 'after a year' : `after ${years} years`;
  return days === 1 ? 'after a day' : `after ${days} days`;
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
function emergencyNote(config: PracticeConfig): string {
  const lines = crisisLinesFor(config, config.practice.country);
  const emergency = lines.find((l) => l.emergency && l.callHref);
  const helpline = lines.find((l) => !l.emergency && l.callHref);
  const call = (l: CrisisLineStep) => `<a href="${esc(l.callHref ?? '')}">${esc(l.phone ?? '')}</a>`;
  const first = emergency ? `call ${call(emergency)} or your local emergency number` : 'call your local emergency number';
  const more = helpline ? ` You can also call ${esc(helpline.name)} on ${call(helpline)}.` : '';
  return `<p><strong>If you are in danger right now</strong>, ${first}.${more}</p>`;
}

/**
 * The crisis lines of every country the practice lists (and a general list
 * for any other), rendered into the page: when someone answers yes to the
 * safety question, the page shows their country's lines the moment they
 * press Send, before and whatever the server answers.
 */
function crisisLinesByCountry(config: PracticeConfig): string {
  const countries = [...new Set([config.practice.country, ...Object.keys(config.crisisLines)])];
  const sections = countries.map((country) => `<div data-country="${esc(country)}">${crisisLinesHtml(crisisLinesFor(config, country))}</div>`);
  sections.push(`<div data-country="*">${crisisLinesHtml(crisisLinesFor(config, '*'))}</div>`);
  return `<div id="crisis-lines" hidden>\n    ${sections.join('\n    ')}\n  </div>`;
}

export function renderFormPage(config: PracticeConfig, o: FormPageOptions): string {
  const assets = o.assetBase ?? '';
  const name = config.practice.name;
  const turnstile = config.web.turnstile;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Get in touch · ${esc(name)}</title>
  <meta name="description" content="Tell ${esc(name)} a little about yourself and get the right next step by email.">
  <link rel="stylesheet" href="${esc(assets)}form.css">
  <script src="${esc(assets)}form.js" defer></script>${turnstile ? `\n  <script src="${TURNSTILE_ORIGIN}/turnstile/v0/api.js" async defer></script>` : ''}
</head>
<body>
<a class="skip" href="#intake-form">Skip to the form</a>
<main id="main">
  <header>
    <p class="practice">${esc(name)}</p>
    <h1>Tell us what brings you here</h1>
    <p class="lead">It takes about five minutes. ${esc(config.practice.practitioner)} reads every form and replies by email with the right next step for you, whether that is coaching with us or someone better suited.</p>
  </header>

  <section id="safety-now" class="crisis" role="alert" tabindex="-1" aria-labelledby="safety-now-title" hidden>
    <h2 id="safety-now-title">You can talk to someone right now</h2>
    <p>Thank you for telling us. While we send your form, these lines are free, confidential and there for you at any hour:</p>
    <div id="safety-now-lines"></div>
  </section>
  ${crisisLinesByCountry(config)}

  <div id="error-summary" class="error-summary" role="alert" tabindex="-1" hidden>
    <h2>Please check the form</h2>
    <ul id="error-list"></ul>
  </div>

  <form id="intake-form" action="${esc(o.endpoint)}" method="post" novalidate data-endpoint="${esc(o.endpoint)}" data-country="${esc(config.practice.country)}">
${o.submissionId ? `    <input type="hidden" name="submissionId" value="${esc(o.submissionId)}">\n` : ''}    <p class="required-note">Every question is required unless it says <span class="optional">(optional)</span>.</p>

    <fieldset>
      <legend>About you</legend>
      <div class="field">
        <label for="name">Name</label>
        <input id="name" name="name" type="text" autocomplete="name" required maxlength="100">
        <p class="error" id="name-error" hidden></p>
      </div>
      <div class="field">
        <label for="email">Email</label>
        <p class="hint" id="email-hint">We send your next step here.</p>
        <input id="email" name="email" type="email" autocomplete="email" required maxlength="254" aria-describedby="email-hint" spellcheck="false">
        <p class="error" id="email-error" hidden></p>
      </div>
      <div class="field">
        <label for="phone">Phone <span class="optional">(optional)</span></label>
        <input id="phone" name="phone" type="tel" autocomplete="tel" maxlength="40">
        <p class="error" id="phone-error" hidden></p>
      </div>
      <div class="row">
        <div class="field">
          <label for="country">Country <span class="optional">(optional)</span></label>
          <select id="country" name="country" autocomplete="country">
            <option value="">Choose…</option>
            <option value="US">United States</option>
            <option value="CA">Canada</option>
            <option value="GB">United Kingdom</option>
            <option value="AU">Australia</option>
            <option value="NZ">New Zealand</option>
            <option value="IE">Ireland</option>
          </select>
          <p class="error" id="country-error" hidden></p>
        </div>
        <div class="field">
          <label for="region">State or province <span class="optional">(optional)</span></label>
          <p class="hint" id="region-hint">A short code, such as NY or ON.</p>
          <input id="region" name="region" type="text" maxlength="10" autocomplete="address-level1" aria-describedby="region-hint">
          <p class="error" id="region-error" hidden></p>
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="language">Language you prefer <span class="optional">(optional)</span></label>
          <select id="language" name="language">
            <option value="">No preference</option>
            <option value="en">English</option>
            <option value="es">Spanish / Español</option>
            <option value="fr">French / Français</option>
            <option value="zh">Chinese / 中文</option>
            <option value="hi">Hindi / हिन्दी</option>
          </select>
          <p class="error" id="language-error" hidden></p>
        </div>
        <div class="field">
          <label for="insurance">Health insurance <span class="optional">(optional)</span></label>
          <p class="hint" id="insurance-hint">Your insurer or plan, if you have one.</p>
          <input id="insurance" name="insurance" type="text" maxlength="100" aria-describedby="insurance-hint">
          <p class="error" id="insurance-error" hidden></p>
        </div>
      </div>
    </fieldset>

    <fieldset>
      <legend>What you are looking for</legend>
      <div class="field">
        <label for="message">What brings you here?</label>
        <p class="hint" id="message-hint">In your own words: as much or as little as you like.</p>
        <textarea id="message" name="message" rows="6" required maxlength="5000" aria-describedby="message-hint"></textarea>
        <p class="error" id="message-error" hidden></p>
      </div>
      <div class="field">
        <label for="goals">What would you like to be different? <span class="optional">(optional)</span></label>
        <textarea id="goals" name="goals" rows="4" maxlength="5000"></textarea>
        <p class="error" id="goals-error" hidden></p>
      </div>
      <fieldset class="choices" id="preference-group">
        <legend>What kind of support are you looking for? <span class="optional">(optional)</span></legend>
        <div class="choice"><input type="radio" id="preference-coaching" name="preference" value="coaching"><label for="preference-coaching">Coaching: help reaching a goal</label></div>
        <div class="choice"><input type="radio" id="preference-therapy" name="preference" value="therapy"><label for="preference-therapy">Therapy: help with how I feel</label></div>
        <div class="choice"><input type="radio" id="preference-unsure" name="preference" value="unsure" checked><label for="preference-unsure">I’m not sure yet</label></div>
        <p class="error" id="preference-error" hidden></p>
      </fieldset>
    </fieldset>

    <fieldset>
      <legend>How you have been feeling</legend>
      <p class="hint">Over the last two weeks, how often have you been bothered by the following? These four questions are optional; they help us suggest the right kind of support.</p>
      <fieldset class="choices phq" id="phq4Anxious-group">
        <legend>Feeling nervous, anxious or on edge</legend>
        <div class="choice"><input type="radio" id="phq4Anxious-0" name="phq4Anxious" value="0"><label for="phq4Anxious-0">Not at all</label></div>
        <div class="choice"><input type="radio" id="phq4Anxious-1" name="phq4Anxious" value="1"><label for="phq4Anxious-1">Several days</label></div>
        <div class="choice"><input type="radio" id="phq4Anxious-2" name="phq4Anxious" value="2"><label for="phq4Anxious-2">More than half the days</label></div>
        <div class="choice"><input type="radio" id="phq4Anxious-3" name="phq4Anxious" value="3"><label for="phq4Anxious-3">Nearly every day</label></div>
      </fieldset>
      <fieldset class="choices phq" id="phq4Worry-group">
        <legend>Not being able to stop or control worrying</legend>
        <div class="choice"><input type="radio" id="phq4Worry-0" name="phq4Worry" value="0"><label for="phq4Worry-0">Not at all</label></div>
        <div class="choice"><input type="radio" id="phq4Worry-1" name="phq4Worry" value="1"><label for="phq4Worry-1">Several days</label></div>
        <div class="choice"><input type="radio" id="phq4Worry-2" name="phq4Worry" value="2"><label for="phq4Worry-2">More than half the days</label></div>
        <div class="choice"><input type="radio" id="phq4Worry-3" name="phq4Worry" value="3"><label for="phq4Worry-3">Nearly every day</label></div>
      </fieldset>
      <fieldset class="choices phq" id="phq4Interest-group">
        <legend>Little interest or pleasure in doing things</legend>
        <div class="choice"><input type="radio" id="phq4Interest-0" name="phq4Interest" value="0"><label for="phq4Interest-0">Not at all</label></div>
        <div class="choice"><input type="radio" id="phq4Interest-1" name="phq4Interest" value="1"><label for="phq4Interest-1">Several days</label></div>
        <div class="choice"><input type="radio" id="phq4Interest-2" name="phq4Interest" value="2"><label for="phq4Interest-2">More than half the days</label></div>
        <div class="choice"><input type="radio" id="phq4Interest-3" name="phq4Interest" value="3"><label for="phq4Interest-3">Nearly every day</label></div>
      </fieldset>
      <fieldset class="choices phq" id="phq4Down-group">
        <legend>Feeling down, depressed or hopeless</legend>
        <div class="choice"><input type="radio" id="phq4Down-0" name="phq4Down" value="0"><label for="phq4Down-0">Not at all</label></div>
        <div class="choice"><input type="radio" id="phq4Down-1" name="phq4Down" value="1"><label for="phq4Down-1">Several days</label></div>
        <div class="choice"><input type="radio" id="phq4Down-2" name="phq4Down" value="2"><label for="phq4Down-2">More than half the days</label></div>
        <div class="choice"><input type="radio" id="phq4Down-3" name="phq4Down" value="3"><label for="phq4Down-3">Nearly every day</label></div>
      </fieldset>
    </fieldset>

    <fieldset class="choices safety" id="safety-group" aria-describedby="safety-why">
      <legend>In the past month, have you had thoughts of ending your life, or of harming yourself or someone else?</legend>
      <p class="hint" id="safety-why">We ask everyone this. However you answer, you are welcome here: it helps us make sure you get the right support quickly. If you answer yes, we will show you people you can talk to right away.</p>
      <div class="choice"><input type="radio" id="safety-no" name="safety" value="no" required><label for="safety-no">No</label></div>
      <div class="choice"><input type="radio" id="safety-yes" name="safety" value="yes"><label for="safety-yes">Yes</label></div>
      <p class="error" id="safety-error" hidden></p>
    </fieldset>

    <div class="field consent">
      <div class="choice">
        <input id="consent" name="consent" type="checkbox" value="yes" required aria-describedby="consent-hint">
        <label for="consent">I agree to be contacted about my enquiry and to the <a href="${esc(o.privacyHref)}">privacy notice</a>.</label>
      </div>
      <p class="hint" id="consent-hint">We use your answers only to reply to you, keep them securely, and delete them ${retentionInWords(config.retentionDays)}.</p>
      <p class="error" id="consent-error" hidden></p>
    </div>

    <div class="hp" aria-hidden="true">
      <label for="website">Leave this field empty</label>
      <input id="website" name="website" type="text" tabindex="-1" autocomplete="off">
    </div>

${turnstile ? `    <div class="cf-turnstile" data-sitekey="${esc(turnstile.siteKey)}" data-response-field-name="turnstileToken"></div>\n` : ''}    <button type="submit" id="submit">Send</button>
    <p id="status" class="status" role="status" aria-live="polite"></p>
  </form>

  <section id="next-steps" class="next-steps" tabindex="-1" hidden aria-live="polite"></section>

  <footer>
    ${emergencyNote(config)}
  </footer>
</main>
</body>
</html>
`;
}

/** The privacy notice, in the practice's own terms. */
export function renderPrivacyPage(config: PracticeConfig, o: { formHref: string; assetBase?: string }): string {
  const name = config.practice.name;
  const contact = privacyContact(config);
  const policy = config.practice.privacyUrl;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Privacy notice · ${esc(name)}</title><link rel="stylesheet" href="${esc(o.assetBase ?? '')}form.css"></head>
<body><main id="main">
<p class="practice">${esc(name)}</p>
<h1>Privacy notice</h1>
<p>${esc(name)} uses what you tell us in the intake form only to reply to you and to suggest the right next step: coaching with us, a licensed therapist, or crisis support.</p>
<h2>What we keep</h2>
<p>Your answers, our suggested next step and why, and whether our emails reached you. We keep them encrypted and delete them automatically ${retentionInWords(config.retentionDays)}, or sooner if you ask.</p>
<h2>Who sees it</h2>
<p>Only ${esc(config.practice.practitioner)}. We do not share your answers with the therapists we suggest: you decide whether to contact them.</p>
<h2>Your choices</h2>
<p>To see, correct or delete what we hold about you, write to <a href="mailto:${esc(contact)}">${esc(contact)}</a> or reply to any of our emails.</p>
${policy ? `<p>Our full privacy policy: <a href="${esc(policy)}">${esc(policy)}</a>.</p>\n` : ''}<p><a href="${esc(o.formHref)}">Back to the form</a></p>
</main></body></html>
`;
}
