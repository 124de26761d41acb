import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lambdas/domain/errors';
import { parsePracticeConfig } from '../../lambdas/domain/practice';
import { exampleConfig } from '../support/fixtures';

const invalid = (mutate: (c: Record<string, any>) => void) => {
  const copy = structuredClone(exampleConfig) as Record<string, any>;
  mutate(copy);
  try {
    parsePracticeConfig(copy, 'config/broken.json');
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('expected the config to be refused');
};

describe('the practice config', () => {
  it('accepts the example practice, with at least 6 referrals and crisis lines for US, CA, GB, AU and NZ', () => {
    expect(exampleConfig.referrals.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(exampleConfig.crisisLines)).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'AU', 'NZ']));
  });

  it('names the file and the path of a bad field', () => {
    const error = invalid((c) => (c.referrals[2].email = 'not-an-email'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('config/broken.json');
    expect(error.message).toContain('referrals[2].email');
  });

  it('refuses a booking link that is not a URL', () => {
    expect(invalid((c) => (c.coaching.bookingUrl = 'cal dot com slash me')).message).toContain('coaching.bookingUrl');
  });

  it('accepts a config written the way the contract shows it: free specialties, phone words, no emergency flags', () => {
    const copy = structuredClone(exampleConfig) as Record<string, any>;
    copy.referrals[0].specialties = ['anxiety', 'life transitions', 'LGBTQ+'];
    copy.referrals[0].phone = '1-800-273-TALK';
    copy.referrals[0].id = 'Dr_Chen.1';
    delete copy.referrals[0].acceptingClients;
    copy.crisisLines = { US: [{ name: '988 Suicide & Crisis Lifeline', phone: '988', text: '988', url: 'https://988lifeline.org' }] };
    const config = parsePracticeConfig(copy, 'contract-shaped.json');
    expect(config.referrals[0]?.acceptingClients).toBe(true);
    expect(config.referrals[0]?.specialties).toContain('life transitions');
  });

  it('refuses duplicate referral ids', () => {
    expect(invalid((c) => c.referrals.push({ ...c.referrals[0] })).message).toMatch(/referrals\[\d+\]\.id: must be unique/);
  });

  it('refuses control characters in the practice name, which reaches the From header', () => {
    expect(invalid((c) => (c.practice.name = 'Evil\r\nBcc: x@example.com')).message).toContain('practice.name');
  });
});

describe('the practice config, leniently read', () => {
  it('gives a referral without service areas the practice’s own country, and a config without crisis lines the built-in emergency numbers', async () => {
    const copy = structuredClone(exampleConfig) as Record<string, any>;
    delete copy.referrals[0].serviceAreas;
    delete copy.crisisLines;
    const config = parsePracticeConfig(copy, 'lenient.json');
    expect(config.referrals[0]?.serviceAreas).toEqual([{ country: 'US', regions: [] }]);
    const { crisisLinesFor } = await import('../../lambdas/domain/next-steps');
    expect(crisisLinesFor(config, 'US')[0]).toMatchObject({ emergency: true, phone: '911' });
  });
});
