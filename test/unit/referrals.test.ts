import { describe, expect, it } from 'vitest';
import { matchReferrals } from '../../lambdas/domain/referrals';
import { referral } from '../support/fixtures';

const request = { country: 'US', region: 'NY', concerns: ['anxiety'], limit: 3 };
const ids = (result: ReturnType<typeof matchReferrals>) => result.matches.map((m) => m.referral.id);

describe('referral matching', () => {
  it('never offers a therapist who is not accepting clients', () => {
    expect(ids(matchReferrals([referral({ id: 'full', acceptingClients: false }), referral({ id: 'open' })], request))).toEqual(['open']);
  });

  it('offers only therapists licensed in the person’s region, even for telehealth', () => {
    const list = [referral({ id: 'ca', serviceAreas: [{ country: 'US', regions: ['CA'] }], telehealth: true }), referral({ id: 'ny' })];
    expect(ids(matchReferrals(list, request))).toEqual(['ny']);
  });

  it('offers no one in another country', () => {
    expect(ids(matchReferrals([referral({ serviceAreas: [{ country: 'CA', regions: ['NY'] }] })], request))).toEqual([]);
  });

  it('treats an area with no regions as the whole country', () => {
    expect(
      ids(matchReferrals([referral({ id: 'gb', serviceAreas: [{ country: 'GB', regions: [] }] })], { ...request, country: 'GB', region: undefined })),
    ).toEqual(['gb']);
  });

  it('offers therapists of the person’s country when the person gave no region, and flags that licensing is unchecked', () => {
    const result = matchReferrals([referral()], { ...request, region: undefined });
    expect(ids(result)).toEqual(['r']);
    expect(result.regionUnchecked).toBe(true);
  });

  it('does not flag licensing when the region is known', () => {
    expect(matchReferrals([referral()], request).regionUnchecked).toBe(false);
  });

  it('ranks by how many concerns match the specialties first', () => {
    const list = [referral({ id: 'a', specialties: ['grief'] }), referral({ id: 'b', specialties: ['anxiety', 'depression'] })];
    expect(ids(matchReferrals(list, { ...request, concerns: ['anxiety', 'depression'] }))).toEqual(['b', 'a']);
  });

  it('then by language', () => {
    const list = [referral({ id: 'a', languages: ['en'] }), referral({ id: 'b', languages: ['en', 'es'] })];
    expect(ids(matchReferrals(list, { ...request, language: 'es' }))).toEqual(['b', 'a']);
  });

  it('then by insurance', () => {
    const list = [referral({ id: 'a' }), referral({ id: 'b', insurance: ['Aetna'] })];
    const result = matchReferrals(list, { ...request, insurance: 'aetna ppo' });
    expect(ids(result)).toEqual(['b', 'a']);
    expect(result.matches[0]?.takesInsurance).toBe(true);
  });

  it('prefers a sliding scale when the person named no insurer', () => {
    const list = [referral({ id: 'a' }), referral({ id: 'b', slidingScale: true })];
    expect(ids(matchReferrals(list, request))).toEqual(['b', 'a']);
  });

  it('prefers a sliding scale when nobody takes the person’s insurer', () => {
    const list = [referral({ id: 'a', insurance: ['Cigna'] }), referral({ id: 'b', slidingScale: true })];
    expect(ids(matchReferrals(list, { ...request, insurance: 'Humana' }))).toEqual(['b', 'a']);
  });

  it('breaks ties by id, so the order is stable', () => {
    const list = [referral({ id: 'c' }), referral({ id: 'a' }), referral({ id: 'b' })];
    expect(ids(matchReferrals(list, request))).toEqual(['a', 'b', 'c']);
  });

  it('offers at most the configured number', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => referral({ id }));
    expect(ids(matchReferrals(list, { ...request, limit: 2 }))).toHaveLength(2);
  });

  it('says honestly when nobody fits', () => {
    expect(matchReferrals([], request).noneFit).toBe(true);
  });
});
