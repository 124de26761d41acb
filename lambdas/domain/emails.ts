import { type Block, type EmailDocument, escapeHtml, type Line, type RenderedEmail, renderEmail, safeHref } from './email-document';
import type { IntakeAnswers } from './intake';
import { LOCALE_NAMES_IN_ENGLISH, languageName, listOf, type Locale, type MessageKey, type Translate, translator } from './locales';
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
    if (help) parts.push('. ', tr('email.spanishLine', { how: help }));
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
function toPerson(config: PracticeConfig, locale: Locale, parts: { subject: string; preheader: string; blocks: Block[] }): EmailDocument {
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

const signOff = (tr: Translate, config: PracticeConfig): Block => ({
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
  options: { replacesEarlier?: boolean } = {},
): RenderedEmail {
  const doc =
    steps.route === 'coaching'
      ? coachingEmail(config, locale, answers, steps)
      : steps.route === 'therapy'
        ? therapyEmail(config, locale, answers, steps)
        : crisisEmail(config, locale, answers, steps);
  if (options.replacesEarlier) doc.blocks.unshift({ kind: 'box', lines: [[translator(locale)('email.replaces')]] });
  return renderEmail(doc);
}

/** The one gentle reminder to a coaching intake that has not booked (off unless the practice sets followUpDays). */
export function renderFollowUpEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps, locale: Locale = 'en'): RenderedEmail {
  const tr = translator(locale);
  const booking = steps.bookingUrl ?? config.coaching.bookingUrl;
  return renderEmail(
    toPerson(config, locale, {
      subject: tr('email.followUpSubject', { practice: config.practice.name }),
      preheader: tr('email.followUpPreheader'),
      blocks: [
        { kind: 'paragraph', line: [tr('email.greeting', { name: answers.name })] },
        { kind: 'paragraph', line: [tr('email.followUpCheckIn')] },
        { kind: 'button', href: booking, label: tr('email.chooseTime'), fallback: tr('email.buttonFallback') },
        { kind: 'paragraph', line: [tr('email.followUpNoPressure')] },
        signOff(tr, config),
      ],
    }),
  );
}

const PHQ_ITEMS: Array<[keyof IntakeAnswers, string]> = [
  ['phq4Anxious', 'Nervous, anxious or on edge'],
  ['phq4Worry', 'Not able to stop or control worrying'],
  ['phq4Interest', 'Little interest or pleasure in doing things'],
  ['phq4Down', 'Feeling down, depressed or hopeless'],
];
const PHQ_ANSWERS = ['Not at all (0)', 'Several days (1)', 'More than half the days (2)', 'Nearly every day (3)'];

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
}

/** The document around an email to the practitioner. */
function toPractitioner(config: PracticeConfig, parts: { subject: string; preheader: string; blocks: Block[] }): EmailDocument {
  return {
    lang: 'en',
    subject: parts.subject,
    preheader: parts.preheader,
    brand: config.practice.name,
    blocks: parts.blocks,
    footer: [
      ['Signpost, for ', config.practice.name, ' · ', { href: config.practice.website, label: config.practice.website.replace(/^https:\/\//, '') }],
      ['Replying to this email writes to the person who filled in the form.'],
    ],
  };
}

/** The practitioner's notification: why it was routed, the screen, the answers. */
export function renderPractitionerEmail(config: PracticeConfig, ctx: NotificationContext): RenderedEmail {
  const { answers, triage, steps } = ctx;
  const full = config.email.notificationDetail === 'full';
  const routeLabel = triage.route === 'crisis' ? 'CRISIS' : triage.route === 'therapy' ? 'Therapy referral' : 'Coaching';
  const who = full ? `: ${answers.name}` : '';
  const subject = `${triage.urgent ? 'URGENT: ' : ''}New ${triage.route} intake${who} [${ctx.id.slice(0, 8)}]`;
  const s = triage.screening;
  const screening =
    s.total === null
      ? ['PHQ-4 not answered']
      : [
          `PHQ-4 total ${s.total} of 12: ${s.severity}`,
          `PHQ-2 (low mood) ${s.phq2 ?? '–'} of 6${s.phq2Positive ? ': positive screen' : ''}`,
          `GAD-2 (anxiety) ${s.gad2 ?? '–'} of 6${s.gad2Positive ? ': positive screen' : ''}`,
          ...PHQ_ITEMS.map(([key, label]) => {
            const v = answers[key];
            return `${label}: ${typeof v === 'number' ? PHQ_ANSWERS[v] : 'not answered'}`;
          }),
        ];
  const facts: Array<[string, string]> = [
    ['Route', `${triage.route}${triage.urgent ? ' (urgent)' : ''}`],
    ['Received', localTime(ctx.receivedAt, config.practice.timezone)],
    ['Intake id', ctx.id],
    ['Reads emails in', LOCALE_NAMES_IN_ENGLISH[ctx.locale ?? 'en']],
  ];
  if (ctx.reroutedFrom) facts.push(['Re-routed from', ctx.reroutedFrom]);
  const answerRows: Array<[string, string]> = full
    ? [
        ['Name', answers.name],
        ['Email', answers.email],
        ['Phone', answers.phone ?? '—'],
        ['Preference', answers.preference],
        ['Safety question', answers.safety === 'yes' ? 'YES: thoughts of ending their life or harming themselves or someone else' : 'No'],
        ['Country / region', [answers.country ?? config.practice.country, answers.region].filter(Boolean).join(' / ')],
        ['Insurance', answers.insurance ?? '—'],
        ['Language', answers.language ?? '—'],
        ['What brings them here', answers.message],
        ['What they would like to be different', answers.goals ?? '—'],
      ]
    : [['Details', 'Left out of email by the practice’s settings (notificationDetail: summary). Use `npm run intake -- show` to read them.']];
  const sentToPerson =
    steps.route === 'coaching'
      ? ['They were sent the booking link.']
      : [
          steps.route === 'crisis' ? 'They were sent crisis lines first, then referrals.' : 'They were sent referrals.',
          ...(steps.referrals ?? []).map((r) => `Offered: ${r.name} (${r.credentials})`),
          ...(steps.noReferralsFit ? ['No referral fit them; they were sent the directories.'] : []),
        ];
  const blocks: Block[] = [];
  if (triage.urgent) {
    blocks.push({
      kind: 'box',
      urgent: true,
      lines: [['Urgent: this person may be in danger. Please reach out to them personally as soon as you can. They have been sent crisis lines.']],
    });
  }
  blocks.push(
    { kind: 'heading', text: `New ${routeLabel.toLowerCase()} intake`, urgent: triage.urgent },
    { kind: 'table', rows: facts },
    { kind: 'heading', text: 'Why it was routed here' },
    { kind: 'list', items: triage.reasons.map((r) => [r]) },
  );
  if (triage.concerns.length > 0) blocks.push({ kind: 'paragraph', line: [`Therapists were matched on: ${triage.concerns.join(', ')}`] });
  blocks.push(
    { kind: 'heading', text: 'Screening' },
    { kind: 'list', items: screening.map((r) => [r]) },
    { kind: 'heading', text: 'What they were sent' },
    { kind: 'list', items: sentToPerson.map((r) => [r]) },
    { kind: 'heading', text: 'Their answers' },
    { kind: 'table', rows: answerRows },
    { kind: 'paragraph', line: ['Replying to this email writes to the person, not to Signpost.'] },
    { kind: 'paragraph', small: true, line: [`Decided by Signpost triage ${triage.version}: quote it if a decision looks wrong.`] },
  );
  return renderEmail(toPractitioner(config, { subject, preheader: `${routeLabel} intake: ${triage.reasons[0] ?? ''}`, blocks }));
}

/** A stored time in the practice's time zone, as the practitioner reads it ("27 Nov 2026, 09:30 (America/New_York)"). */
function localTime(iso: string, timeZone: string): string {
  try {
    return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso))} (${timeZone})`;
  } catch {
    return iso;
  }
}

/**
 * The URGENT reminder when a crisis intake has not been marked contacted:
 * the person was promised a personal call.
 */
export function renderCrisisReminderEmail(
  config: PracticeConfig,
  ctx: { id: string; receivedAt: string; answers: IntakeAnswers; reminder: number },
): RenderedEmail {
  const full = config.email.notificationDetail === 'full';
  const who = full ? `${ctx.answers.name} (${ctx.answers.email}${ctx.answers.phone ? `, ${ctx.answers.phone}` : ''})` : `the person behind intake ${ctx.id}`;
  return renderEmail(
    toPractitioner(config, {
      subject: `URGENT: not yet contacted, crisis intake [${ctx.id.slice(0, 8)}] (reminder ${ctx.reminder} of 3)`,
      preheader: 'A person in crisis has not been marked contacted yet.',
      blocks: [
        {
          kind: 'box',
          urgent: true,
          heading: 'A person in crisis is waiting to hear from you',
          lines: [
            [
              `${who} wrote to you on ${localTime(ctx.receivedAt, config.practice.timezone)} and was sent crisis lines. Their email promised that you would reach out personally.`,
            ],
          ],
        },
        { kind: 'paragraph', line: ['Please reach out as soon as you can. Once you have, mark them contacted and these reminders stop:'] },
        { kind: 'paragraph', line: [`npm run intake -- contacted ${ctx.id.slice(0, 8)}`] },
        { kind: 'paragraph', line: ['Replying to this email writes to the person, not to Signpost.'] },
      ],
    }),
  );
}

export type DeliveryProblem = 'bounced' | 'complained' | 'failed';

/** Tells the practitioner an email did not reach the person, so they can try another way. */
export function renderDeliveryProblemEmail(
  config: PracticeConfig,
  ctx: { id: string; answers: IntakeAnswers; route: string; problem: DeliveryProblem },
): RenderedEmail {
  const full = config.email.notificationDetail === 'full';
  const what =
    ctx.problem === 'bounced'
      ? 'bounced: the address did not accept it'
      : ctx.problem === 'complained'
        ? 'was marked as spam by the recipient'
        : 'could not be sent after several tries';
  const contact = full
    ? [`Name: ${ctx.answers.name}`, `Email: ${ctx.answers.email}`, `Phone: ${ctx.answers.phone ?? 'not given'}`]
    : ['Contact details are left out of email by the practice’s settings; use `npm run intake -- show`.'];
  const lines = [
    `The ${ctx.route} email to the person behind intake ${ctx.id} ${what}.`,
    ctx.route === 'crisis'
      ? 'This person was routed to crisis support. Please reach them another way as soon as you can.'
      : 'Please reach them another way if you can.',
  ];
  return renderEmail(
    toPractitioner(config, {
      subject: `${ctx.route === 'crisis' ? 'URGENT: ' : ''}Email not delivered for intake [${ctx.id.slice(0, 8)}]`,
      preheader: 'An email to a person did not arrive.',
      blocks: [
        { kind: 'heading', text: 'An email did not reach the person', urgent: true },
        ...lines.map((l): Block => ({ kind: 'paragraph', line: [l] })),
        { kind: 'list', items: contact.map((c) => [c]) },
      ],
    }),
  );
}
