import type { IntakeAnswers } from './intake';
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

const LOCAL_EMERGENCY: CrisisLineStep = { name: 'Your local emergency number', emergency: true };
const FIND_A_HELPLINE: CrisisLineStep = {
  name: 'Find A Helpline: free, confidential support lines in your country',
  url: 'https://findahelpline.com',
  emergency: false,
};

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

function withEmergencyNumber(country: string, lines: CrisisLine[]): CrisisLine[] {
  if (lines.some((line) => line.emergency)) return lines;
  const phone = EMERGENCY_NUMBERS[country];
  return [{ name: 'Emergency services', emergency: true, ...(phone ? { phone } : {}) }, ...lines];
}

/** The crisis lines for the person's country, emergency number first; a generic list where we have none. */
export function crisisLinesFor(config: PracticeConfig, country: string): CrisisLineStep[] {
  const configured = config.crisisLines[country];
  if (!configured || configured.length === 0) {
    const phone = EMERGENCY_NUMBERS[country];
    return [phone ? { ...LOCAL_EMERGENCY, name: 'Emergency services', phone, callHref: `tel:${phone}` } : LOCAL_EMERGENCY, FIND_A_HELPLINE];
  }
  return [...withEmergencyNumber(country, configured)].sort((a, b) => Number(b.emergency) - Number(a.emergency)).map(crisisLineStep);
}

/** The coaching booking link; name and email are added only when the practice prefills. */
export function bookingLink(config: PracticeConfig, answers: Pick<IntakeAnswers, 'name' | 'email'>): string {
  const url = new URL(config.coaching.bookingUrl);
  if (config.coaching.prefill) {
    url.searchParams.set('name', answers.name);
    url.searchParams.set('email', answers.email);
  }
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
  return { referrals, noReferralsFit: noneFit, referralsRegionUnchecked: regionUnchecked, directories: config.directories };
}

/** Builds the next steps for a triaged intake. */
export function buildNextSteps(config: PracticeConfig, answers: IntakeAnswers, triage: TriageResult): NextSteps {
  const country = countryOf(config, answers);
  switch (triage.route) {
    case 'crisis':
      return {
        route: 'crisis',
        urgent: true,
        headline: 'Please reach out for support right now',
        message:
          'Thank you for telling us. What you shared matters, and you do not have to carry it alone. ' +
          'Trained people are ready to listen at any hour: please call or text one of these lines now. ' +
          'If you are in immediate danger, call your emergency number.',
        crisisLines: crisisLinesFor(config, country),
        ...referralSteps(config, answers, triage),
      };
    case 'therapy':
      return {
        route: 'therapy',
        urgent: false,
        headline: 'A licensed therapist is the right next step',
        message:
          'Thank you for sharing what is going on. From what you told us, a licensed therapist can offer the care ' +
          'you deserve, so here are therapists we trust who may be a good fit. Coaching can come later, whenever you are ready.',
        ...referralSteps(config, answers, triage),
        crisisLines: crisisLinesFor(config, country),
      };
    case 'coaching':
      return {
        route: 'coaching',
        urgent: false,
        headline: 'Book your first coaching session',
        message: `Thank you for reaching out to ${config.practice.name}. Choose a time that suits you for a first conversation.`,
        bookingUrl: bookingLink(config, answers),
        firstSession: config.coaching.firstSession,
        pricing: config.coaching.pricing,
      };
  }
}
