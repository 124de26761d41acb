import type { Referral } from './practice';

/**
 * Referral matching: who, of the practice's trusted therapists, can this
 * person actually see? Licences are by state or province, so a therapist
 * must serve the person's country and (where they named one) region, even for
 * telehealth. Then rank by fit: shared concerns, language, insurance.
 */

export interface MatchRequest {
  country: string;
  region?: string | undefined;
  language?: string | undefined;
  insurance?: string | undefined;
  concerns: readonly string[];
  limit: number;
}

export interface ReferralMatch {
  referral: Referral;
  /** Concerns of the person this therapist lists as specialties. */
  matchedConcerns: string[];
  speaksLanguage: boolean;
  takesInsurance: boolean;
  /** Offered because the person named no insurer, or one no offered therapist takes. */
  slidingScale: boolean;
}

export interface MatchResult {
  matches: ReferralMatch[];
  /** True when nobody fits: say so honestly and offer the directories. */
  noneFit: boolean;
  /** True when some match is licensed only in certain regions and we do not know the person's. */
  regionUnchecked: boolean;
}

const normalizeInsurer = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * True when the therapist is licensed where the person lives. When the
 * person did not say their state or province, any area in their country
 * counts, and the email asks them to check (see `regionUnchecked`).
 */
export function servesArea(referral: Referral, country: string, region: string | undefined): boolean {
  return referral.serviceAreas.some(
    (area) =>
      area.country === country &&
      // An area with no regions listed covers the whole country (e.g. GB).
      (area.regions.length === 0 || region === undefined || area.regions.includes(region)),
  );
}

function insurerMatches(referral: Referral, insurance: string | undefined): boolean {
  if (!insurance) return false;
  const wanted = normalizeInsurer(insurance);
  if (wanted.length < 2) return false;
  return referral.insurance.some((plan) => {
    const offered = normalizeInsurer(plan);
    return offered === wanted || wanted.includes(offered) || offered.includes(wanted);
  });
}

/** The best `limit` therapists for this person, best first, ties broken by id. */
export function matchReferrals(referrals: readonly Referral[], request: MatchRequest): MatchResult {
  const eligible = referrals.filter((r) => r.acceptingClients && (r.inPerson || r.telehealth) && servesArea(r, request.country, request.region));
  const anyTakesInsurance = eligible.some((r) => insurerMatches(r, request.insurance));
  const scored = eligible.map((referral) => {
    const matchedConcerns = request.concerns.filter((c) => (referral.specialties as readonly string[]).includes(c));
    const speaksLanguage = request.language === undefined || referral.languages.some((l) => l === request.language || l.split('-')[0] === request.language);
    const takesInsurance = insurerMatches(referral, request.insurance);
    // No insurer named, or one nobody here takes: a sliding scale is what helps.
    const slidingScale = referral.slidingScale && !anyTakesInsurance;
    return { referral, matchedConcerns, speaksLanguage, takesInsurance, slidingScale };
  });
  // A person who named a language is offered those who speak it first: therapy happens in words.
  scored.sort(
    (a, b) =>
      Number(b.speaksLanguage) - Number(a.speaksLanguage) ||
      b.matchedConcerns.length - a.matchedConcerns.length ||
      Number(b.takesInsurance || b.slidingScale) - Number(a.takesInsurance || a.slidingScale) ||
      (a.referral.id < b.referral.id ? -1 : a.referral.id > b.referral.id ? 1 : 0),
  );
  const matches = scored.slice(0, request.limit);
  const regionUnchecked =
    request.region === undefined && matches.some((m) => m.referral.serviceAreas.some((a) => a.country === request.country && a.regions.length > 0));
  return { matches, noneFit: matches.length === 0, regionUnchecked };
}
