import { describe, expect, it } from 'vitest';
import { CATALOGUES, localeFor, localeForPage, LOCALES, t } from '../../lambdas/domain/locales';
import { en } from '../../lambdas/domain/locales/en';
import { INBOX_CATALOGUES } from '../../lambdas/domain/locales/inbox';
import { inboxEn } from '../../lambdas/domain/locales/inbox-en';
import { LATER_CATALOGUES } from '../../lambdas/domain/locales/later';
import { STEPS_CATALOGUES } from '../../lambdas/domain/locales/steps';
import { stepsEn } from '../../lambdas/domain/locales/steps-en';
import { laterEn } from '../../lambdas/domain/locales/later-en';
import { WEB_CATALOGUES } from '../../lambdas/domain/locales/web';
import { webEn } from '../../lambdas/domain/locales/web-en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the locale catalogues', () => {
  // Each kind of catalogue (the intake's path, the form page, the practitioner's pages) against its English one.
  const KINDS: Array<[string, Record<string, Record<string, string>>, Record<string, string>]> = [
    ['the intake’s path (next steps, pages, emails)', CATALOGUES, en],
    ['the form page, its script and the privacy notice', WEB_CATALOGUES, webEn],
    ['the next-steps page (and the steps as the form’s script shows them)', STEPS_CATALOGUES, stepsEn],
    ['the practitioner’s action pages, inbox and sign-in email', INBOX_CATALOGUES, inboxEn],
    ['the emails the retry job sends later (coaching follow-up, crisis reminders)', LATER_CATALOGUES, laterEn],
  ];
  const cases = KINDS.flatMap(([kind, catalogues, english]) => LOCALES.map((locale) => [locale, kind, catalogues[locale] ?? {}, english] as const));

  it.each(cases)('%s has every sentence of %s the English catalogue has, none empty, with the same placeholders', (locale, _kind, catalogue, english) => {
    for (const key of Object.keys(english)) {
      expect(catalogue[key], `${locale}: ${key}`).toBeTruthy();
      expect(placeholders(catalogue[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(english[key] ?? ''));
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it('gives each key to one catalogue only', () => {
    expect(Object.keys(webEn).filter((key) => key in en || key in inboxEn)).toEqual([]);
    expect(Object.keys(inboxEn).filter((key) => key in en)).toEqual([]);
    expect(Object.keys(laterEn).filter((key) => key in en || key in inboxEn || key in webEn)).toEqual([]);
    expect(Object.keys(stepsEn).filter((key) => key in en || key in inboxEn || key in webEn || key in laterEn)).toEqual([]);
  });

  it('fills in the values of a sentence', () => {
    expect(t('es', 'email.greeting', { name: 'Ana' })).toBe('Estimado(a) Ana:');
  });
});

describe('choosing a locale', () => {
  it('follows what the form was shown in, then the language the person prefers, then English', () => {
    expect(localeFor({ locale: 'es', language: 'en' })).toBe('es');
    expect(localeFor({ language: 'es' })).toBe('es');
    expect(localeFor({ language: 'es-MX' })).toBe('es');
    expect(localeFor({ language: 'zh' })).toBe('en');
    expect(localeFor({})).toBe('en');
  });

  it('reads ?lang= first, then Accept-Language by its weights', () => {
    expect(localeForPage('es', 'en-US')).toBe('es');
    expect(localeForPage(undefined, 'fr-FR,es;q=0.8,en;q=0.5')).toBe('es');
    expect(localeForPage(undefined, 'en;q=0.9,es;q=0.95')).toBe('es');
    expect(localeForPage(undefined, 'de-DE')).toBe('en');
    expect(localeForPage('xx', undefined)).toBe('en');
  });
});
