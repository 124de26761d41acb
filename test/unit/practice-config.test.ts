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

  it('requires an https booking URL', () => {
    expect(invalid((c) => (c.coaching.bookingUrl = 'http://insecure.example')).message).toContain('coaching.bookingUrl');
  });

  it('requires each country’s crisis lines to include its emergency number', () => {
    expect(invalid((c) => (c.crisisLines.GB = c.crisisLines.GB.filter((l: { emergency?: boolean }) => !l.emergency))).message).toContain('crisisLines.GB');
  });

  it('refuses duplicate referral ids', () => {
    expect(invalid((c) => c.referrals.push({ ...c.referrals[0] })).message).toMatch(/referrals\[\d+\]\.id: must be unique/);
  });

  it('refuses control characters in the practice name, which reaches the From header', () => {
    expect(invalid((c) => (c.practice.name = 'Evil\r\nBcc: x@example.com')).message).toContain('practice.name');
  });
});
