import type { IntakeAnswers } from './intake';
import { DEFAULT_LOCALE, type Locale, type Translate, translator } from './locales';
import type { CrisisLine, PracticeConfig } from './practice';
import { matchReferrals } from './referrals';
import type { Route, TriageResult } from './triage';

/**
 * What the person should do next, as data: the HTTP answer, the next-steps
 * page and the client email are all rendered from this one value, so they
 * never disagree.
 */

export interface CrisisLineStep {
  name: string;
  phone?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
  hours?: string | undefined;
  emergency: boolean;
  /** Languages the line answers in, when the config says. */
  languages?: string[] | undefined;
  /** How to reach it in another language, by language. */
  languageHelp?: Record<string, string> | undefined;
  /** tel: link for the phone number. */
  callHref?: string | undefined;
  /** sms: link, with the keyword as the body where the line asks for one. */
  textHref?: string | undefined;
}

export interface ReferralStep {
  id: string;
  name: string;
  credentials: string;
  phone?: string | undefined;
  email?: string | undefined;
  url?: string | undefined;
  telehealth: boolean;
  inPerson: boolean;
  languages: string[];
  /** The person's insurer, when this therapist takes it. */
  insurance?: string | undefined;
  slidingScale: boolean;
  focus: string[];
}

export interface NextSteps {
  route: Route;
  urgent: boolean;
  headline: string;
  message: string;
  /** Crisis: shown first. Therapy: shown at the foot. Never empty for crisis. */
  crisisLines?: CrisisLineStep[];
  /** Coaching only. */
  bookingUrl?: string;
  firstSession?: string;
  pricing?: string;
  referrals?: ReferralStep[];
  /** True when no referral fits this person: we say so and offer directories. */
  noReferralsFit?: boolean;
  /** True when referrals are offered without knowing the person's state or province: they should check licensing. */
  referralsRegionUnchecked?: boolean;
  directories?: Array<{ name: string; url: string }>;
}

const FIND_A_HELPLINE_URL = 'https://findahelpline.com';

const digits = (value: string) => value.replace(/[^0-9+]/g, '');

function crisisLineStep(line: CrisisLine): CrisisLineStep {
  const textMatch = line.text?.match(/^(?:(\S+) to )?([0-9 ]+)$/);
  const textHref = textMatch ? `sms:${digits(textMatch[2] ?? '')}${textMatch[1] ? `?&body=${encodeURIComponent(textMatch[1])}` : ''}` : undefined;
  return {
    name: line.name,
    phone: line.phone,
    text: line.text,
    url: line.url,
    hours: line.hours,
    emergency: line.emergency,
    languages: line.languages,
    languageHelp: line.languageHelp,
    callHref: line.phone ? `tel:${digits(line.phone)}` : undefined,
    textHref,
  };
}

/**
 * Emergency numbers by country (ambulance where police and ambulance differ),
 * so that crisis lines always include one even when a practice's config
 * lists only helplines.
 */
const EMERGENCY_NUMBERS: Record<string, string> = {
  US: '911',
  CA: '911',
  MX: '911',
  PH: '911',
  AR: '911',
  GB: '999',
  IE: '112',
  AU: '000',
  NZ: '111',
  ZA: '112',
  IN: '112',
  DE: '112',
  FR: '112',
  ES: '112',
  IT: '112',
  NL: '112',
  BE: '112',
  LU: '112',
  AT: '112',
  CH: '112',
  SE: '112',
  NO: '112',
  DK: '112',
  FI: '112',
  IS: '112',
  PL: '112',
  PT: '112',
  GR: '112',
  CZ: '112',
  SK: '112',
  HU: '112',
  RO: '112',
  BG: '112',
  HR: '112',
  SI: '112',
  EE: '112',
  LV: '112',
  LT: '112',
  TR: '112',
  JP: '119',
  KR: '119',
  CN: '120',
  HK: '999',
  SG: '995',
  MY: '999',
  AE: '999',
  SA: '997',
  IL: '101',
  BR: '192',
  CL: '131',
  CO: '123',
};

function withEmergencyNumber(country: string, lines: CrisisLine[], tr: Translate): CrisisLine[] {
  if (lines.some((line) => line.emergency)) return lines;
  const phone = EMERGENCY_NUMBERS[country];
  return [{ name: tr('lines.emergencyServices'), emergency: true, ...(phone ? { phone } : {}) }, ...lines];
}

/**
 * The crisis lines for the person's country: the emergency number first, then
 * the lines that answer in the person's language, then the rest; a generic
 * list where we have none.
 */
export function crisisLinesFor(config: PracticeConfig, country: string, locale: Locale = DEFAULT_LOCALE): CrisisLineStep[] {
  const tr = translator(locale);
  const configured = config.crisisLines[country];
  if (!configured || configured.length === 0) {
    const phone = EMERGENCY_NUMBERS[country];
    const emergency: CrisisLineStep = phone
      ? { name: tr('lines.emergencyServices'), emergency: true, phone, callHref: `tel:${phone}` }
      : { name: tr('lines.localEmergency'), emergency: true };
    return [emergency, { name: tr('lines.findAHelpline'), url: FIND_A_HELPLINE_URL, emergency: false }];
  }
  const rank = (line: CrisisLine) => (line.emergency ? 0 : line.languages?.includes(locale) || line.languageHelp?.[locale] ? 1 : 2);
  return [...withEmergencyNumber(country, configured, tr)].sort((a, b) => rank(a) - rank(b)).map(crisisLineStep);
}

/** Directories of therapists we know for a country, for when the config names none for it. */
const BUILT_IN_DIRECTORIES: Record<string, Array<{ name: string; url: string }>> = {
  US: [
    { name: 'Psychology Today therapist finder', url: 'https://www.psychologytoday.com/us/therapists' },
    { name: 'FindTreatment.gov (SAMHSA)', url: 'https://findtreatment.gov' },
  ],
  CA: [{ name: 'Psychology Today therapist finder (Canada)', url: 'https://www.psychologytoday.com/ca/therapists' }],
  GB: [
    { name: 'NHS Talking Therapies', url: 'https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service' },
    { name: 'BACP therapist directory', url: 'https://www.bacp.co.uk/search/Therapists' },
  ],
  AU: [{ name: 'Psychology Today counsellor finder (Australia)', url: 'https://www.psychologytoday.com/au/counselling' }],
  NZ: [{ name: 'Psychology Today counsellor finder (New Zealand)', url: 'https://www.psychologytoday.com/nz/counselling' }],
};

/**
 * The directories for the person's country: the config's (a plain list is
 * the practice's country's), else the built-in ones; a country with neither
 * gets none rather than another country's.
 */
export function directoriesFor(config: PracticeConfig, country: string): Array<{ name: string; url: string }> {
  const configured = Array.isArray(config.directories) ? (country === config.practice.country ? config.directories : undefined) : config.directories[country];
  return configured ?? BUILT_IN_DIRECTORIES[country] ?? [];
}

/** The query parameter a booking tool passes back to its webhook: Calendly's UTM content, Cal.com's booking metadata. */
export function bookingRefParameter(bookingUrl: string): string {
  return /(^|\.)calendly\.com$/i.test(new URL(bookingUrl).hostname) ? 'utm_content' : 'metadata[signpost]';
}

/**
 * The coaching booking link; name and email are added only when the practice
 * prefills. `bookingRef` lets the booking tool's webhook find the intake.
 */
export function bookingLink(config: PracticeConfig, answers: Pick<IntakeAnswers, 'name' | 'email'>, bookingRef?: string): string {
  const url = new URL(config.coaching.bookingUrl);
  if (config.coaching.prefill) {
    url.searchParams.set('name', answers.name);
    url.searchParams.set('email', answers.email);
  }
  if (bookingRef) url.searchParams.set(bookingRefParameter(config.coaching.bookingUrl), bookingRef);
  return url.toString();
}

export function countryOf(config: PracticeConfig, answers: Pick<IntakeAnswers, 'country'>): string {
  return answers.country ?? config.practice.country;
}

function referralSteps(config: PracticeConfig, answers: IntakeAnswers, triage: TriageResult) {
  const { matches, noneFit, regionUnchecked } = matchReferrals(config.referrals, {
    country: countryOf(config, answers),
    region: answers.region,
    language: answers.language,
    insurance: answers.insurance,
    concerns: triage.concerns,
    limit: config.maxReferrals,
  });
  const referrals: ReferralStep[] = matches.map(({ referral, matchedConcerns, takesInsurance, slidingScale }) => ({
    id: referral.id,
    name: referral.name,
    credentials: referral.credentials,
    phone: referral.phone,
    email: referral.email,
    url: referral.url,
    telehealth: referral.telehealth,
    inPerson: referral.inPerson,
    languages: referral.languages,
    insurance: takesInsurance ? answers.insurance : undefined,
    slidingScale: slidingScale || referral.slidingScale,
    focus: matchedConcerns.length > 0 ? matchedConcerns : referral.specialties.slice(0, 3),
  }));
  return { referrals, noReferralsFit: noneFit, referralsRegionUnchecked: regionUnchecked, directories: directoriesFor(config, countryOf(config, answers)) };
}

/** Builds the next steps for a triaged intake, in the person's locale. */
export function buildNextSteps(
  config: PracticeConfig,
  answers: IntakeAnswers,
  triage: TriageResult,
  locale: Locale = DEFAULT_LOCALE,
  bookingRef?: string,
): NextSteps {
  const tr = translator(locale);
  const country = countryOf(config, answers);
  switch (triage.route) {
    case 'crisis':
      return {
        route: 'crisis',
        urgent: true,
        headline: tr('steps.crisisHeadline'),
        message: tr('steps.crisisMessage'),
        crisisLines: crisisLinesFor(config, country, locale),
        ...referralSteps(config, answers, triage),
      };
    case 'therapy':
      return {
        route: 'therapy',
        urgent: false,
        headline: tr('steps.therapyHeadline'),
        message: tr('steps.therapyMessage'),
        ...referralSteps(config, answers, triage),
        crisisLines: crisisLinesFor(config, country, locale),
      };
    case 'coaching':
      return {
        route: 'coaching',
        urgent: false,
        headline: tr('steps.coachingHeadline'),
        message: tr('steps.coachingMessage', { practice: config.practice.name }),
        bookingUrl: bookingLink(config, answers, bookingRef),
        firstSession: config.coaching.firstSession,
        pricing: config.coaching.pricing,
      };
  }
}
