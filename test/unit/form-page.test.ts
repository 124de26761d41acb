import { describe, expect, it } from 'vitest';
import { formPageCsp, renderFormPage, renderPrivacyPage, retentionInWords } from '../../lambdas/domain/form-page';
import type { PracticeConfig } from '../../lambdas/domain/practice';
import { CONTRACT_FORM_FIELDS, exampleConfig } from '../support/fixtures';

const served = { endpoint: '/intake', privacyHref: '/privacy', assetBase: '/', submissionId: '6f1c2a4e-1b2c-4d3e-8f00-123456789abc' };
const withPractice = (change: (c: PracticeConfig) => void): PracticeConfig => {
  const config = structuredClone(exampleConfig);
  change(config);
  return config;
};

describe('the form page', () => {
  it("carries the practice's name, practitioner and retention, and posts where it is told", () => {
    const config = withPractice((c) => {
      c.practice.name = 'Harbor <Light> Coaching';
      c.practice.practitioner = 'Sam Okafor';
      c.retentionDays = 30;
    });
    const page = renderFormPage(config, { endpoint: 'https://api.example.org/intake', privacyHref: 'privacy.html' });
    expect(page).toContain('Harbor &lt;Light&gt; Coaching');
    expect(page).not.toContain('<Light>');
    expect(page).toContain('Sam Okafor reads every form');
    expect(page).toContain('delete them after 30 days');
    expect(page).toContain('action="https://api.example.org/intake"');
    expect(page).toContain('href="privacy.html"');
    expect(page).not.toContain('Northstar');
  });

  it('has every contract field, and a per-view submissionId only when served', () => {
    const page = renderFormPage(exampleConfig, served);
    for (const field of CONTRACT_FORM_FIELDS) {
      expect(page).toContain(`name="${field}"`);
    }
    expect(page).toContain(`name="submissionId" value="${served.submissionId}"`);
    expect(renderFormPage(exampleConfig, { endpoint: '/intake', privacyHref: 'privacy.html' })).not.toContain('name="submissionId"');
  });

  it('adds the Turnstile widget, and lets it through the CSP, only when the practice turns it on', () => {
    expect(renderFormPage(exampleConfig, served)).not.toContain('cf-turnstile');
    expect(formPageCsp(exampleConfig)).not.toContain('challenges.cloudflare.com');
    const config = withPractice((c) => {
      c.web.turnstile = { siteKey: '0x4AAAAAAAB_test-key' };
    });
    const page = renderFormPage(config, served);
    expect(page).toContain('data-sitekey="0x4AAAAAAAB_test-key"');
    expect(page).toContain('data-response-field-name="turnstileToken"');
    expect(formPageCsp(config)).toMatch(/script-src 'self' https:\/\/challenges\.cloudflare\.com/);
    expect(formPageCsp(config)).toContain("frame-ancestors 'none'");
  });

  it("shows the practice country's emergency number at its foot", () => {
    expect(renderFormPage(exampleConfig, served)).toContain('href="tel:911"');
    expect(
      renderFormPage(
        withPractice((c) => (c.practice.country = 'GB')),
        served,
      ),
    ).toContain('href="tel:999"');
  });
});

describe('the privacy notice', () => {
  it('names the practice, the practitioner, how long answers are kept and whom to write to', () => {
    const page = renderPrivacyPage(exampleConfig, { formHref: '/' });
    expect(page).toContain(exampleConfig.practice.name);
    expect(page).toContain(`Only ${exampleConfig.practice.practitioner}`);
    expect(page).toContain('after a year');
    expect(page).toContain(`mailto:${exampleConfig.email.replyTo}`);
  });
});

describe('retention in plain words', () => {
  it.each([
    [365, 'after a year'],
    [731, 'after 2 years'],
    [1096, 'after 3 years'],
    [90, 'after 90 days'],
    [1, 'after a day'],
  ])('%i days reads "%s"', (days, words) => {
    expect(retentionInWords(days)).toBe(words);
  });
});
