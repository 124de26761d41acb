import type { IntakeAnswers } from './intake';
import type { NextSteps, ReferralStep, CrisisLineStep } from './next-steps';
import type { PracticeConfig } from './practice';
import type { TriageResult } from './triage';

/**
 * Email rendering. Every email has a plain-text part and a responsive HTML
 * part with inline styles only: no external assets, no tracking. Everything
 * the person typed is escaped; subjects are written by us, and the only
 * person-typed text that may reach a subject (their name, in the
 * practitioner's notification) has been checked free of control characters.
 */

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only absolute https, tel, sms and mailto links ever reach an email. */
export function safeHref(href: string): string | undefined {
  return /^(?:https:\/\/|tel:|sms:|mailto:)/i.test(href) ? href : undefined;
}

const COLORS = { ink: '#1f2933', muted: '#52606d', accent: '#0b5cad', urgent: '#b42318', line: '#d9e2ec', soft: '#f5f7fa' };
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const p = (html: string) => `<p style="margin:0 0 16px;${FONT};font-size:16px;line-height:1.5;color:${COLORS.ink}">${html}</p>`;
const h2 = (html: string, color: string = COLORS.ink) => `<h2 style="margin:24px 0 12px;${FONT};font-size:19px;line-height:1.3;color:${color}">${html}</h2>`;
const link = (href: string, label: string) => {
  const safe = safeHref(href);
  return safe
    ? `<a href="${escapeHtml(safe)}" style="color:${COLORS.accent};text-decoration:underline;word-break:break-word">${escapeHtml(label)}</a>`
    : escapeHtml(label);
};
const button = (href: string, label: string) => {
  const safe = safeHref(href);
  if (!safe) return '';
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px"><tr><td style="border-radius:6px;background:${COLORS.accent}"><a href="${escapeHtml(safe)}" style="display:inline-block;padding:14px 24px;${FONT};font-size:17px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px">${escapeHtml(label)}</a></td></tr></table>`;
};
const box = (inner: string, border: string = COLORS.line, background: string = COLORS.soft) =>
  `<div style="margin:0 0 16px;padding:16px;border:2px solid ${border};border-radius:8px;background:${background}">${inner}</div>`;
const list = (items: string[]) =>
  `<ul style="margin:0 0 16px;padding-left:20px;${FONT};font-size:16px;line-height:1.5;color:${COLORS.ink}">${items
    .map((i) => `<li style="margin:0 0 6px">${i}</li>`)
    .join('')}</ul>`;

function layout(config: PracticeConfig, preheader: string, body: string): string {
  const practice = escapeHtml(config.practice.name);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${practice}</title></head>
<body style="margin:0;padding:0;background:#ffffff">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff"><tr><td align="center" style="padding:16px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%"><tr><td style="${FONT};color:${COLORS.ink};word-break:break-word">
<p style="margin:0 0 20px;${FONT};font-size:14px;font-weight:bold;letter-spacing:.04em;text-transform:uppercase;color:${COLORS.muted}">${practice}</p>
${body}
<hr style="border:0;border-top:1px solid ${COLORS.line};margin:24px 0">
<p style="margin:0;${FONT};font-size:13px;line-height:1.5;color:${COLORS.muted}">${practice} · ${link(config.practice.website, config.practice.website.replace(/^https:\/\//, ''))}<br>You are receiving this because you filled in our intake form. Reply to this email if anything here is wrong.</p>
</td></tr></table>
</td></tr></table>
</body></html>`;
}

function crisisLineHtml(line: CrisisLineStep): string {
  const ways: string[] = [];
  if (line.phone && line.callHref) ways.push(`Call ${link(line.callHref, line.phone)}`);
  if (line.text && line.textHref) ways.push(`Text ${link(line.textHref, line.text)}`);
  else if (line.text) ways.push(`Text ${escapeHtml(line.text)}`);
  if (line.url) ways.push(link(line.url, line.url.replace(/^https:\/\//, '').replace(/\/$/, '')));
  const hours = line.hours ? ` <span style="color:${COLORS.muted}">(${escapeHtml(line.hours)})</span>` : '';
  const name = line.emergency ? `${escapeHtml(line.name)}: if you are in immediate danger` : escapeHtml(line.name);
  return `<strong>${name}</strong>${hours}${ways.length ? `<br>${ways.join(' · ')}` : ''}`;
}

function crisisLineText(line: CrisisLineStep): string {
  const ways = [line.phone && `call ${line.phone}`, line.text && `text ${line.text}`, line.url].filter(Boolean);
  const name = line.emergency ? `${line.name} (if you are in immediate danger)` : line.name;
  return `- ${name}${line.hours ? ` (${line.hours})` : ''}: ${ways.join(', ')}`;
}

const FOCUS_LABELS: Record<string, string> = {
  anxiety: 'anxiety',
  depression: 'low mood and depression',
  trauma: 'trauma',
  grief: 'grief and loss',
  addiction: 'addiction and recovery',
  couples: 'couples and relationships',
  family: 'family',
  eating: 'eating and body image',
  ocd: 'OCD',
  anger: 'anger',
  mood: 'mood',
  'self-harm': 'self-harm',
  abuse: 'abuse and its effects',
  perinatal: 'pregnancy and new parenthood',
  stress: 'stress',
};

function referralFacts(r: ReferralStep): string[] {
  const facts: string[] = [];
  if (r.focus.length > 0) facts.push(`Focus: ${r.focus.map((f) => FOCUS_LABELS[f] ?? f).join(', ')}`);
  const modes = [r.inPerson && 'in person', r.telehealth && 'online (telehealth)'].filter(Boolean);
  facts.push(`Sees clients ${modes.join(' and ')}`);
  if (r.insurance) facts.push(`Takes your insurance (${r.insurance})`);
  if (r.slidingScale) facts.push('Offers a sliding scale (lower fees if money is tight)');
  return facts;
}

function referralHtml(r: ReferralStep): string {
  const contact: string[] = [];
  if (r.phone) contact.push(`Phone ${link(`tel:${r.phone.replace(/[^0-9+]/g, '')}`, r.phone)}`);
  if (r.email) contact.push(`Email ${link(`mailto:${r.email}`, r.email)}`);
  if (r.url) contact.push(link(r.url, 'Website'));
  return box(
    `<p style="margin:0 0 6px;${FONT};font-size:17px;font-weight:bold;color:${COLORS.ink}">${escapeHtml(r.name)}, <span style="font-weight:normal">${escapeHtml(r.credentials)}</span></p>` +
      `<p style="margin:0 0 6px;${FONT};font-size:15px;line-height:1.5;color:${COLORS.ink}">${referralFacts(r).map(escapeHtml).join('<br>')}</p>` +
      `<p style="margin:0;${FONT};font-size:15px;line-height:1.5">${contact.join(' · ')}</p>`,
  );
}

function referralText(r: ReferralStep): string {
  const contact = [r.phone && `phone ${r.phone}`, r.email && `email ${r.email}`, r.url].filter(Boolean).join(', ');
  return [`* ${r.name}, ${r.credentials}`, ...referralFacts(r).map((f) => `  ${f}`), `  Contact: ${contact}`].join('\n');
}

const REGION_CHECK =
  'Therapists are licensed state by state (or province by province), and you did not tell us where you live: when you contact one, ask whether they can see clients where you are.';

/** What we say when we cannot name a therapist: honest about why, and what to do instead. */
export const NO_REFERRAL_TEXT =
  'We looked through the therapists we know, and none of them is licensed where you live and taking new clients right now. ' +
  'We are sorry we cannot name someone ourselves. These directories list licensed therapists near you, and many show who takes your insurance.';

function referralsSection(steps: NextSteps, config: PracticeConfig): { html: string; text: string } {
  const referrals = steps.referrals ?? [];
  const directories = steps.directories ?? [];
  let html = '';
  let text = '';
  if (referrals.length > 0) {
    html += referrals.map(referralHtml).join('');
    text += `${referrals.map(referralText).join('\n\n')}\n\n`;
    if (steps.referralsRegionUnchecked) {
      html += p(escapeHtml(REGION_CHECK));
      text += `${REGION_CHECK}\n\n`;
    }
    html += p(
      'When you contact one of them, it is fine to say that ' +
        `${escapeHtml(config.practice.practitioner)} at ${escapeHtml(config.practice.name)} suggested them. ` +
        'Therapy is often covered by health insurance: your insurer can tell you what your plan pays for.',
    );
    text += `When you contact one of them, it is fine to say that ${config.practice.practitioner} at ${config.practice.name} suggested them. Therapy is often covered by health insurance: your insurer can tell you what your plan pays for.\n\n`;
  } else {
    const none = NO_REFERRAL_TEXT;
    html += p(escapeHtml(none));
    text += `${none}\n\n`;
  }
  if (directories.length > 0) {
    html += h2(referrals.length > 0 ? 'More places to find a therapist' : 'Where to find a therapist');
    html += list(directories.map((d) => link(d.url, d.name)));
    text += `${referrals.length > 0 ? 'More places to find a therapist' : 'Where to find a therapist'}:\n${directories.map((d) => `- ${d.name}: ${d.url}`).join('\n')}\n\n`;
  }
  return { html, text };
}

const greeting = (answers: Pick<IntakeAnswers, 'name'>) => `Dear ${answers.name},`;
const signOff = (config: PracticeConfig) => `Warm regards,\n${config.practice.practitioner}\n${config.practice.name}`;
const signOffHtml = (config: PracticeConfig) => p(`Warm regards,<br>${escapeHtml(config.practice.practitioner)}<br>${escapeHtml(config.practice.name)}`);

function coachingEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps): RenderedEmail {
  const booking = steps.bookingUrl ?? config.coaching.bookingUrl;
  const questions = [
    'Where are you now? What is going well, and what is not?',
    'What do you want? Picture things a year from now, when they have changed.',
    'What are you willing to do to get there, and what might get in the way?',
  ];
  const html = layout(
    config,
    'Your next step: choose a time for your first session.',
    [
      p(escapeHtml(greeting(answers))),
      p(
        `Thank you for reaching out to ${escapeHtml(config.practice.name)}. It takes something to say out loud what you want to change, and I am glad you did.`,
      ),
      h2('Book your first session'),
      p('Pick a time that suits you:'),
      button(booking, 'Choose a time'),
      p(`If the button does not work, copy this address into your browser: ${link(booking, booking)}`),
      h2('What the first session is'),
      p(escapeHtml(config.coaching.firstSession)),
      h2('How coaching is paid'),
      p(escapeHtml(config.coaching.pricing)),
      h2('Three questions to think about before we meet'),
      list(questions.map(escapeHtml)),
      p('There are no right answers; a few notes are plenty.'),
      signOffHtml(config),
    ].join('\n'),
  );
  const text = [
    greeting(answers),
    '',
    `Thank you for reaching out to ${config.practice.name}. It takes something to say out loud what you want to change, and I am glad you did.`,
    '',
    'BOOK YOUR FIRST SESSION',
    `Pick a time that suits you: ${booking}`,
    '',
    'WHAT THE FIRST SESSION IS',
    config.coaching.firstSession,
    '',
    'HOW COACHING IS PAID',
    config.coaching.pricing,
    '',
    'THREE QUESTIONS TO THINK ABOUT BEFORE WE MEET',
    ...questions.map((q, i) => `${i + 1}. ${q}`),
    'There are no right answers; a few notes are plenty.',
    '',
    signOff(config),
  ].join('\n');
  return { subject: `Your first session with ${config.practice.name}`, text, html };
}

function therapyEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps): RenderedEmail {
  const section = referralsSection(steps, config);
  const lines = steps.crisisLines ?? [];
  const intro =
    'Thank you for telling us what is going on. From what you shared, the best next step is a licensed therapist: ' +
    'someone trained and licensed to help with what you are carrying, in a way a coach is not. This is not a judgement about you, ' +
    'only about who can help most right now.';
  const html = layout(
    config,
    'Therapists we trust who may be a good fit for you.',
    [
      p(escapeHtml(greeting(answers))),
      p(escapeHtml(intro)),
      h2(steps.referrals && steps.referrals.length > 0 ? 'Therapists who may be a good fit' : 'Finding a therapist'),
      section.html,
      h2('And coaching?'),
      p('Coaching can come later, alongside or after therapy, whenever you are ready. You are welcome back any time.'),
      signOffHtml(config),
      box(
        `<p style="margin:0 0 8px;${FONT};font-size:15px;font-weight:bold;color:${COLORS.ink}">If things get hard, support is there day and night:</p>` +
          `<p style="margin:0;${FONT};font-size:15px;line-height:1.6;color:${COLORS.ink}">${lines.map(crisisLineHtml).join('<br>')}</p>`,
      ),
    ].join('\n'),
  );
  const text = [
    greeting(answers),
    '',
    intro,
    '',
    steps.referrals && steps.referrals.length > 0 ? 'THERAPISTS WHO MAY BE A GOOD FIT' : 'FINDING A THERAPIST',
    section.text.trimEnd(),
    '',
    'AND COACHING?',
    'Coaching can come later, alongside or after therapy, whenever you are ready. You are welcome back any time.',
    '',
    signOff(config),
    '',
    'If things get hard, support is there day and night:',
    ...lines.map(crisisLineText),
  ].join('\n');
  return { subject: `Your next step, from ${config.practice.name}`, text, html };
}

function crisisEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps): RenderedEmail {
  const lines = steps.crisisLines ?? [];
  const section = referralsSection(steps, config);
  const html = layout(
    config,
    'Please reach out now: people are ready to listen, day and night.',
    [
      box(
        `<h1 style="margin:0 0 12px;${FONT};font-size:21px;line-height:1.3;color:${COLORS.urgent}">Please reach out for support now</h1>` +
          `<p style="margin:0;${FONT};font-size:16px;line-height:1.7;color:${COLORS.ink}">${lines.map(crisisLineHtml).join('<br>')}</p>`,
        COLORS.urgent,
        '#fff5f5',
      ),
      p(escapeHtml(greeting(answers))),
      p(
        'Thank you for trusting us with what you shared. You are not alone, and you do not have to carry this by yourself. ' +
          'The people on these lines are trained to listen, any hour of the day, without judgement. Calling or texting is free and confidential.',
      ),
      p(`${escapeHtml(config.practice.practitioner)} has been told and will also reach out to you personally.`),
      h2('Ongoing support from a licensed therapist'),
      section.html,
      signOffHtml(config),
    ].join('\n'),
  );
  const text = [
    'PLEASE REACH OUT FOR SUPPORT NOW',
    ...lines.map(crisisLineText),
    '',
    greeting(answers),
    '',
    'Thank you for trusting us with what you shared. You are not alone, and you do not have to carry this by yourself. The people on these lines are trained to listen, any hour of the day, without judgement. Calling or texting is free and confidential.',
    '',
    `${config.practice.practitioner} has been told and will also reach out to you personally.`,
    '',
    'ONGOING SUPPORT FROM A LICENSED THERAPIST',
    section.text.trimEnd(),
    '',
    signOff(config),
  ].join('\n');
  return { subject: `Support is here for you, from ${config.practice.name}`, text, html };
}

/** The email the person receives: their next step for the route. */
export function renderClientEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps): RenderedEmail {
  switch (steps.route) {
    case 'coaching':
      return coachingEmail(config, answers, steps);
    case 'therapy':
      return therapyEmail(config, answers, steps);
    case 'crisis':
      return crisisEmail(config, answers, steps);
  }
}

/** The one gentle reminder to a coaching intake that has not booked (off unless the practice sets followUpDays). */
export function renderFollowUpEmail(config: PracticeConfig, answers: IntakeAnswers, steps: NextSteps): RenderedEmail {
  const booking = steps.bookingUrl ?? config.coaching.bookingUrl;
  const lines = [
    `A little while ago you told us what you would like to change, and I wanted to check in. If you would still like to talk, you can choose a time for a first conversation here.`,
    'If now is not the right time, that is completely fine: there is no need to reply, and we will not send you more reminders.',
  ];
  const html = layout(
    config,
    'Just checking in: your first session is a click away whenever you are ready.',
    [
      p(escapeHtml(greeting(answers))),
      p(escapeHtml(lines[0] ?? '')),
      button(booking, 'Choose a time'),
      p(escapeHtml(lines[1] ?? '')),
      signOffHtml(config),
    ].join('\n'),
  );
  const text = [greeting(answers), '', lines[0], `Choose a time: ${booking}`, '', lines[1], '', signOff(config)].join('\n');
  return { subject: `Still thinking it over? ${config.practice.name}`, text, html };
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
  /** Set when a practitioner re-routed the intake. */
  reroutedFrom?: string | undefined;
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
    ['Received', ctx.receivedAt],
    ['Intake id', ctx.id],
    ['Rules version', triage.version],
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
  const urgentBanner = triage.urgent
    ? box(
        `<p style="margin:0;${FONT};font-size:16px;font-weight:bold;color:${COLORS.urgent}">Urgent: this person may be in danger. Please reach out to them personally as soon as you can. They have been sent crisis lines.</p>`,
        COLORS.urgent,
        '#fff5f5',
      )
    : '';
  const row = ([k, v]: [string, string]) =>
    `<tr><td style="padding:6px 12px 6px 0;vertical-align:top;${FONT};font-size:14px;font-weight:bold;color:${COLORS.muted};width:38%">${escapeHtml(k)}</td><td style="padding:6px 0;vertical-align:top;${FONT};font-size:15px;line-height:1.5;color:${COLORS.ink};white-space:pre-wrap;word-break:break-word">${escapeHtml(v)}</td></tr>`;
  const table = (rows: Array<[string, string]>) =>
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;border-collapse:collapse">${rows.map(row).join('')}</table>`;
  const html = layout(
    config,
    `${routeLabel} intake: ${triage.reasons[0] ?? ''}`,
    [
      urgentBanner,
      h2(`New ${routeLabel.toLowerCase()} intake`, triage.urgent ? COLORS.urgent : COLORS.ink),
      table(facts),
      h2('Why it was routed here'),
      list(triage.reasons.map(escapeHtml)),
      triage.concerns.length > 0 ? p(`Concerns for matching: ${escapeHtml(triage.concerns.join(', '))}`) : '',
      h2('Screening'),
      list(screening.map(escapeHtml)),
      h2('What they were sent'),
      list(sentToPerson.map(escapeHtml)),
      h2('Their answers'),
      table(answerRows),
      p(full ? 'Reply to this email to write to them directly.' : 'Reply to this email to write to them directly.'),
    ].join('\n'),
  );
  const text = [
    ...(triage.urgent
      ? ['URGENT: this person may be in danger. Please reach out to them personally as soon as you can. They have been sent crisis lines.', '']
      : []),
    `New ${routeLabel.toLowerCase()} intake`,
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    'WHY IT WAS ROUTED HERE',
    ...triage.reasons.map((r) => `- ${r}`),
    ...(triage.concerns.length > 0 ? [`Concerns for matching: ${triage.concerns.join(', ')}`] : []),
    '',
    'SCREENING',
    ...screening.map((r) => `- ${r}`),
    '',
    'WHAT THEY WERE SENT',
    ...sentToPerson.map((r) => `- ${r}`),
    '',
    'THEIR ANSWERS',
    ...answerRows.map(([k, v]) => `${k}: ${v}`),
    '',
    'Reply to this email to write to them directly.',
  ].join('\n');
  return { subject, text, html };
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
  const html = layout(
    config,
    'An email to a person did not arrive.',
    [h2('An email did not reach the person', COLORS.urgent), ...lines.map((l) => p(escapeHtml(l))), list(contact.map(escapeHtml))].join('\n'),
  );
  const text = [...lines, '', ...contact].join('\n');
  return { subject: `${ctx.route === 'crisis' ? 'URGENT: ' : ''}Email not delivered for intake [${ctx.id.slice(0, 8)}]`, text, html };
}
