import { describe, expect, it } from 'vitest';
import { CATALOGUES, localeFor, localeForPage, LOCALES, t } from '../../lambdas/domain/locales';
import { en } from '../../lambdas/domain/locales/en';
import { INBOX_CATALOGUES } from '../../lambdas/domain/locales/inbox';
import { inboxEn } from '../../lambdas/domain/locales/inbox-en';
import { WEB_CATALOGUES } from '../../lambdas/domain/locales/web';
import { webEn } from '../../lambdas/domain/locales/web-en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the locale catalogues', () => {
  it.each(LOCALES.map((l) => [l]))('%s has every sentence the English catalogue has, none empty, with the same placeholders', (locale) => {
    const catalogue = CATALOGUES[locale] as Record<string, string>;
    for (const key of Object.keys(en)) {
      expect(catalogue[key], `${locale}: ${key}`).toBeTruthy();
      expect(placeholders(catalogue[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES.map((l) => [l]))('%s has every sentence of the form page, its script and the privacy notice', (locale) => {
    const catalogue = WEB_CATALOGUES[locale] as Record<string, string>;
    for (const key of Object.keys(webEn)) {
      expect(catalogue[key], `${locale}: ${key}`).toBeTruthy();
      expect(placeholders(catalogue[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(webEn[key as keyof typeof webEn]));
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(webEn).sort());
  });

  it.each(LOCALES.map((l) => [l]))('%s has every sentence the practitioner reads on the action pages and in the inbox', (locale) => {
    const catalogue = INBOX_CATALOGUES[locale] as Record<string, string>;
    for (const key of Object.keys(inboxEn)) {
      expect(catalogue[key], `${locale}: ${key}`).toBeTruthy();
      expect(placeholders(catalogue[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(inboxEn[key as keyof typeof inboxEn]));
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(inboxEn).sort());
  });

  it('gives each key to one catalogue only', () => {
    expect(Object.keys(webEn).filter((key) => key in en || key in inboxEn)).toEqual([]);
    expect(Object.keys(inboxEn).filter((key) => key in en)).toEqual([]);
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
