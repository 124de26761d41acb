import { type Block, type EmailDocument, escapeHtml, type Line, type RenderedEmail, renderEmail, safeHref } from './email-document';
import { type ActionLinker, actionsFor, type PractitionerAction } from './action-links';
import type { IntakeAnswers } from './intake';
import { LOCALE_NAMES_IN, languageName, listOf, type Locale, type MessageKey, type Translate, translator } from './locales';
import { reasonIn } from './locales/reasons';
import type { CrisisLineStep, NextSteps, ReferralStep } from './next-steps';
import type { PracticeConfig } from './practice';
import type { TriageResult } from './triage';

/**
 * The emails. Each is written once, as a document built from the locale
 * catalogue (email-document.ts), and rendered to its HTML and text parts.
 * Emails to the person are in their locale; the practitioner's are in the
 * practice's. Everything the person typed is escaped; subjects are written by
 * us, and the only person-typed text that may reach a subject (their name, in
 * the practitioner's notification) has been checked free of control
 * characters.
 */

export { escapeHtml, safeHref };
export type { RenderedEmail };

/** The crisis lines as lines of a box: the person's language first, and how to get help in it. */
export function crisisLineLines(tr: Translate, locale: Locale, lines: CrisisLineStep[]): Line[] {
  return lines.map((line) => {
    const parts: Line = [line.emergency ? `${line.name}: ${tr('email.ifInDanger')}` : line.name];
    if (line.hours) parts.push(` (${line.hours})`);
    const ways: Line[] = [];
    if (line.phone && line.callHref) ways.push([tr('email.call'), ' ', { href: line.callHref, label: line.phone }]);
    if (line.text) ways.push([tr('email.text'), ' ', line.textHref ? { href: line.textHref, label: line.text } : line.text]);
    if (line.url) ways.push([{ href: line.url, label: line.url.replace(/^https:\/\//, '').replace(/\/$/, '') }]);
    for (const [i, way] of ways.entries()) parts.push(i === 0 ? ': ' : ' · ', ...way);
    const help = locale !== 'en' ? line.languageHelp?.[locale] : undefined;
    if (help) parts.push('. ', tr('email.inYourLanguage', { how: help }));
    return parts;
  });
}

function referralCard(tr: Translate, locale: Locale, r: ReferralStep): Block {
  const lines: Line[] = [];
  if (r.focus.length > 0)
    lines.push([
      tr('email.focus', {
        topics: listOf(
          locale,
          r.focus.map((f) => focusLabel(tr, f)),
        ),
      }),
    ]);
  const modes = [r.inPerson && tr('email.inPerson'), r.telehealth && tr('email.online')].filter((m): m is string => Boolean(m));
  lines.push([tr('email.sees', { modes: listOf(locale, modes) })]);
  if (r.languages.length > 0)
    lines.push([
      tr('email.speaks', {
        languages: listOf(
          locale,
          r.languages.map((code) => languageName(locale, code)),
        ),
      }),
    ]);
  if (r.insurance) lines.push([tr('email.takesInsurance', { insurance: r.insurance })]);
  if (r.slidingScale) lines.push([tr('email.slidingScale')]);
  const contact: Line = [];
  const add = (...parts: Line) => contact.push(...(contact.length ? [' · '] : []), ...parts);
  if (r.phone) add(`${tr('email.phone')} `, { href: `tel:${r.phone.replace(/[^0-9+]/g, '')}`, label: r.phone });
  if (r.email) add(`${tr('email.email')} `, { href: `mailto:${r.email}`, label: r.email });
  if (r.url) add({ href: r.url, label: tr('email.website') });
  if (contact.length > 0) lines.push(contact);
  return { kind: 'card', title: r.name, subtitle: r.credentials, lines };
}

function focusLabel(tr: Translate, concern: string): string {
  const key = `focus.${concern}` as MessageKey;
  const label = tr(key);
  return label === key ? concern : label;
}

function referralBlocks(tr: Translate, locale: Locale, steps: NextSteps, config: PracticeConfig): Block[] {
  const referrals = steps.referrals ?? [];
  const directories = steps.directories ?? [];
  const blocks: Block[] = [];
  if (referrals.length > 0) {
    blocks.push(...referrals.map((r) => referralCard(tr, locale, r)));
    if (steps.referralsRegionUnchecked) blocks.push({ kind: 'paragraph', line: [tr('email.regionCheck')] });
    blocks.push({ kind: 'paragraph', line: [tr('email.mentionUs', { practitioner: config.practice.practitioner, practice: config.practice.name })] });
  } else {
    blocks.push({ kind: 'paragraph', line: [tr('email.noneFit')] });
  }
  if (directories.length > 0) {
    blocks.push({ kind: 'heading', text: tr(referrals.length > 0 ? 'email.moreDirectories' : 'email.directories') });
    blocks.push({ kind: 'list', items: directories.map((d) => [{ href: d.url, label: d.name }]) });
  }
  return blocks;
}

/** The document around an email to the person: greeting first, sign-off and footer last. */
export function toPerson(config: PracticeConfig, locale: Locale, parts: { subject: string; preheader: string; blocks: Block[] }): EmailDocument {
  const tr = translator(locale);
  return {
    lang: locale,
    subject: parts.subject,
    preheader: parts.preheader,
    brand: config.practice.name,
    blocks: parts.blocks,
    footer: [[config.practice.name, ' · ', { href: config.practice.website, label: config.practice.website.replace(/^https:\/\//, '') }], [tr('email.footer')]],
  };
}

export const signOff = (tr: Translate, config: PracticeConfig): Block => ({
  kind: 'paragraph',
  line: [`${tr('email.signOff')}\n${config.practice.practitioner}\n${config.practice.name}`],
});

function coachingEmail(config: PracticeConfig, locale: Locale, answers: IntakeAnswers, steps: NextSteps): EmailDocument {
  const tr = translator(locale);
  const booking = steps.bookingUrl ?? config.coaching.bookingUrl;
  return toPerson(config, locale, {
    subject: tr('email.coachingSubject', { practice: config.practice.name }),
    preheader: tr('email.coachingPreheader'),
    blocks: [
      { kind: 'paragraph', line: [tr('email.greeting', { name: answers.name })] },
      { kind: 'paragraph', line: [tr('email.coachingThanks', { practice: config.practice.name })] },
      { kind: 'heading', text: tr('email.bookHeading') },
      { kind: 'paragraph', line: [tr('email.pickTime')] },
      { kind: 'button', href: booking, label: tr('email.chooseTime'), fallback: tr('email.buttonFallback') },
      { kind: 'heading', text: tr('email.firstSessionHeading') },
      { kind: 'paragraph', line: [config.coaching.firstSession] },
      { kind: 'heading', text: tr('email.pricingHeading') },
      { kind: 'paragraph', line: [config.coaching.pricing] },
      { kind: 'heading', text: tr('email.questionsHeading') },
      { kind: 'list', ordered: true, items: [[tr('email.question1')], [tr('email.question2')], [tr('email.question3')]] },
      { kind: 'paragraph', line: [tr('email.noRightAnswers')] },
      signOff(tr, config),
    ],
  });
}

function therapyEmail(config: PracticeConfig, locale: Locale, answers: IntakeAnswers, steps: NextSteps): EmailDocument {
  const tr = translator(locale);
  const hasReferrals = (steps.referrals ?? []).length > 0;
  return toPerson(config, locale, {
    subject: tr('email.therapySubject', { practice: config.practice.name }),
    preheader: tr('email.therapyPreheader'),
    blocks: [
      { kind: 'paragraph', line: [tr('email.greeting', { name: answers.name })] },
      { kind: 'paragraph', line: [tr('email.therapyIntro')] },
      { kind: 'heading', text: tr(hasReferrals ? 'email.therapistsHeading' : 'email.findingHeading') },
      ...referralBlocks(tr, locale, steps, config),
      { kind: 'heading', text: tr('email.coachingLaterHeading') },
      { kind: 'paragraph', line: [tr('email.coachingLater')] },
      signOff(tr, config),
      { kind: 'box', heading: tr('email.ifHard'), lines: crisisLineLines(tr, locale, steps.crisisLines ?? []) },
    ],
  });
}

function crisisEmail(config: PracticeConfig, locale: Locale, answers: IntakeAnswers, steps: NextSteps): EmailDocument {
  const tr = translator(locale);
  return toPerson(config, locale, {
    subject: tr('email.crisisSubject', { practice: config.practice.name }),
    preheader: tr('email.crisisPreheader'),
    blocks: [
      { kind: 'box', urgent: true, heading: tr('email.crisisHeading'), lines: crisisLineLines(tr, locale, steps.crisisLines ?? []) },
      { kind: 'paragraph', line: [tr('email.greeting', { name: answers.name })] },
      { kind: 'paragraph', line: [tr('email.crisisBody')] },
      { kind: 'paragraph', line: [tr('email.crisisPractitioner', { practitioner: config.practice.practitioner })] },
      { kind: 'heading', text: tr('email.ongoingHeading') },
      ...referralBlocks(tr, locale, steps, config),
      signOff(tr, config),
    ],
  });
}

/**
 * The email the person receives: their next step for the route, in their
 * locale. After a practitioner re-routes an intake, the new email says first
 * that it replaces the earlier one.
 */
export function renderClientEmail(
  config: PracticeConfig,
  answers: IntakeAnswers,
  steps: NextSteps,
  locale: Locale = 'en',
  options: { replacesEarlier?: boolean; note?: string | undefined } = {},
): RenderedEmail {
  const doc =
    steps.route === 'coaching'
      ? coachingEmail(config, locale, answers, steps)
      : steps.route === 'therapy'
        ? therapyEmail(config, locale, answers, steps)
        : crisisEmail(config, locale, answers, steps);
  if (options.note) {
    // The practitioner's own words, as plain text; for crisis after the lines, which always come first.
    const note: Block = {
      kind: 'box',
      heading: translator(locale)('email.noteFrom', { practitioner: config.practice.practitioner }),
      lines: options.note.split('\n').map((line) => [line]),
    };
    doc.blocks.splice(steps.route === 'crisis' ? doc.blocks.length - 1 : 0, 0, note);
  }
  if (options.replacesEarlier) doc.blocks.splice(steps.route === 'crisis' ? 1 : 0, 0, { kind: 'box', lines: [[translator(locale)('email.replaces')]] });
  return renderEmail(doc);
}

const PHQ_ITEMS: Array<[keyof IntakeAnswers, MessageKey]> = [
  ['phq4Anxious', 'form.phqAnxious'],
  ['phq4Worry', 'form.phqWorry'],
  ['phq4Interest', 'form.phqInterest'],
  ['phq4Down', 'form.phqDown'],
];

export interface NotificationContext {
  id: string;
  receivedAt: string;
  answers: IntakeAnswers;
  triage: TriageResult;
  steps: NextSteps;
  /** The locale the person reads in (their emails are in it). */
  locale?: Locale | undefined;
  /** Set when a practitioner re-routed the intake. */
  reroutedFrom?: string | undefined;
  /** Signs the action links; without it the notification has none. */
  links?: ActionLinker | undefined;
}

/** The action links for an intake, as a heading, a list and a line on how they work. */
function actionBlocks(tr: Translate, id: string, actions: PractitionerAction[], links: ActionLinker | undefined): Block[] {
  if (!links || actions.length === 0) return [];
  return [
    { kind: 'heading', text: tr('notify.actionsHeading') },
    { kind: 'list', items: actions.map((action) => [{ href: links(id, action), label: tr(`notify.action.${action}` as MessageKey) }]) },
    { kind: 'paragraph', small: true, line: [tr('notify.actionsNote')] },
  ];
}

/** The document around an email to the practitioner, in the practice's language. */
export function toPractitioner(config: PracticeConfig, parts: { subject: string; preheader: string; blocks: Block[] }): EmailDocument {
  const tr = translator(config.practice.language);
  return {
    lang: config.practice.language,
    subject: parts.subject,
    preheader: parts.preheader,
    brand: config.practice.name,
    blocks: parts.blocks,
    footer: [
      [
        tr('notify.footer', { practice: config.practice.name }),
        ' · ',
        { href: config.practice.website, label: config.practice.website.replace(/^https:\/\//, '') },
      ],
      [tr('notify.replyWrites')],
    ],
  };
}

/** The practitioner's notification: why it was routed, the screen, the answers; in the practice's language. */
export function renderPractitionerEmail(config: PracticeConfig, ctx: NotificationContext): RenderedEmail {
  const { answers, triage, steps } = ctx;
  const language = config.practice.language;
  const tr = translator(language);
  const full = config.email.notificationDetail === 'full';
  const route = tr(`notify.route.${triage.route}` as MessageKey);
  const subject = tr('notify.subject', {
    urgent: triage.urgent ? tr('notify.urgentPrefix') : '',
    route,
    who: full ? `: ${answers.name}` : '',
    short: ctx.id.slice(0, 8),
  });
  const s = triage.screening;
  const positive = (yes: boolean) => (yes ? tr('notify.positive') : '');
  const screening =
    s.total === null
      ? [tr('notify.phqNone')]
      : [
          tr('notify.phqTotal', { total: s.total, severity: s.severity ?? '' }),
          tr('notify.phq2', { score: s.phq2 ?? '–', positive: positive(s.phq2Positive) }),
          tr('notify.gad2', { score: s.gad2 ?? '–', positive: positive(s.gad2Positive) }),
          ...PHQ_ITEMS.map(([key, label]) => {
            const v = answers[key];
            return `${tr(label)}: ${typeof v === 'number' ? `${tr(`form.phq${v}` as MessageKey)} (${v})` : tr('notify.notAnswered')}`;
          }),
        ];
  // No "received" time here: this email goes out as the intake arrives, and the mail client shows its
  // date in the reader's own time zone (formatting one here costs the person's request ~10 ms of ICU).
  const facts: Array<[string, string]> = [
    [tr('notify.route'), `${route}${triage.urgent ? tr('notify.urgent') : ''}`],
    [tr('notify.intakeId'), ctx.id],
    [tr('notify.readsIn'), localeName(language, ctx.locale ?? 'en')],
  ];
  if (ctx.reroutedFrom) facts.push([tr('notify.reroutedFrom'), tr(`notify.route.${ctx.reroutedFrom}` as MessageKey)]);
  const answerRows: Array<[string, string]> = full ? answerTable(tr, config, answers) : [[tr('notify.answer.details'), tr('notify.answer.summaryOnly')]];
  const sentToPerson =
    steps.route === 'coaching'
      ? [tr('notify.sentBooking')]
      : [
          tr(steps.route === 'crisis' ? 'notify.sentCrisis' : 'notify.sentReferrals'),
          ...(steps.referrals ?? []).map((r) => tr('notify.offered', { name: r.name, credentials: r.credentials })),
          ...(steps.noReferralsFit ? [tr('notify.noneFit')] : []),
        ];
  const reasons = triage.reasons.map((r) => reasonIn(language, r));
  const blocks: Block[] = [];
  if (triage.urgent) blocks.push({ kind: 'box', urgent: true, lines: [[tr('notify.urgentBox')]] });
  blocks.push(
    { kind: 'heading', text: tr('notify.heading', { route }), urgent: triage.urgent },
    { kind: 'table', rows: facts },
    ...actionBlocks(tr, ctx.id, actionsFor(triage.route), ctx.links),
    { kind: 'heading', text: tr('notify.whyHeading') },
    { kind: 'list', items: reasons.map((r) => [r]) },
  );
  if (triage.concerns.length > 0) {
    blocks.push({
      kind: 'paragraph',
      line: [
        tr('notify.matchedOn', {
          topics: listOf(
            language,
            triage.concerns.map((c) => focusLabel(tr, c)),
          ),
        }),
      ],
    });
  }
  blocks.push(
    { kind: 'heading', text: tr('notify.screeningHeading') },
    { kind: 'list', items: screening.map((r) => [r]) },
    { kind: 'heading', text: tr('notify.sentHeading') },
    { kind: 'list', items: sentToPerson.map((r) => [r]) },
    { kind: 'heading', text: tr('notify.answersHeading') },
    { kind: 'table', rows: answerRows },
    { kind: 'paragraph', line: [tr('notify.replyWrites')] },
    { kind: 'paragraph', small: true, line: [tr('notify.decidedBy', { version: triage.version })] },
  );
  return renderEmail(toPractitioner(config, { subject, preheader: `${route}: ${reasons[0] ?? ''}`, blocks }));
}

/** The person's answers as rows for the practitioner (the notification, the inbox). */
export function answerTable(tr: Translate, config: PracticeConfig, answers: IntakeAnswers): Array<[string, string]> {
  return [
    [tr('notify.answer.name'), answers.name],
    [tr('notify.answer.email'), answers.email],
    [tr('notify.answer.phone'), answers.phone ?? '—'],
    [tr('notify.answer.preference'), answers.preference],
    [tr('notify.answer.safety'), answers.safety === 'yes' ? tr('notify.answer.safetyYes') : tr('notify.answer.safetyNo')],
    [tr('notify.answer.place'), [answers.country ?? config.practice.country, answers.region].filter(Boolean).join(' / ')],
    [tr('notify.answer.insurance'), answers.insurance ?? '—'],
    [tr('notify.answer.language'), answers.language ?? '—'],
    [tr('notify.answer.message'), answers.message],
    [tr('notify.answer.goals'), answers.goals ?? '—'],
  ];
}

/** The person's locale named in the practitioner's language. */
const localeName = (language: Locale, locale: Locale): string => LOCALE_NAMES_IN[language][locale];

/** A stored time in the practice's time zone, as the practitioner reads it ("27 Nov 2026, 09:30 (America/New_York)"). */
export function localTime(iso: string, timeZone: string, language: Locale = 'en'): string {
  try {
    const tag = language === 'en' ? 'en-GB' : language;
    return `${new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))} (${timeZone})`;
  } catch {
    return iso;
  }
}

export type DeliveryProblem = 'bounced' | 'complained' | 'failed';

/** Tells the practitioner an email did not reach the person, so they can try another way. */
export function renderDeliveryProblemEmail(
  config: PracticeConfig,
  ctx: { id: string; answers: IntakeAnswers; route: string; problem: DeliveryProblem; links?: ActionLinker | undefined },
): RenderedEmail {
  const tr = translator(config.practice.language);
  const full = config.email.notificationDetail === 'full';
  const route = tr(`notify.route.${ctx.route}` as MessageKey);
  const what = ctx.problem === 'bounced' ? 'notify.noticeBounced' : ctx.problem === 'complained' ? 'notify.noticeComplained' : 'notify.noticeFailed';
  const contact = full
    ? [
        `${tr('notify.answer.name')}: ${ctx.answers.name}`,
        `${tr('notify.answer.email')}: ${ctx.answers.email}`,
        `${tr('notify.answer.phone')}: ${ctx.answers.phone ?? tr('notify.notGiven')}`,
      ]
    : [tr('notify.contactLeftOut')];
  const lines = [tr(what, { route, id: ctx.id }), tr(ctx.route === 'crisis' ? 'notify.noticeCrisis' : 'notify.noticeOther')];
  return renderEmail(
    toPractitioner(config, {
      subject: tr('notify.noticeSubject', { urgent: ctx.route === 'crisis' ? tr('notify.urgentPrefix') : '', short: ctx.id.slice(0, 8) }),
      preheader: tr('notify.noticePreheader'),
      blocks: [
        { kind: 'heading', text: tr('notify.noticeHeading'), urgent: true },
        ...lines.map((l): Block => ({ kind: 'paragraph', line: [l] })),
        { kind: 'list', items: contact.map((c) => [c]) },
        ...actionBlocks(tr, ctx.id, ctx.route === 'coaching' ? ['resend'] : ['contacted', 'resend'], ctx.links),
      ],
    }),
  );
}
