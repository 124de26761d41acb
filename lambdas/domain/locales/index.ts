import { type Catalogue, en, type MessageKey } from './en';
import { es } from './es';

/**
 * The locales a person can read Signpost in. Adding one means adding its
 * catalogue here (and nothing else): the form offers it, `?lang=` and
 * `Accept-Language` find it, and a test checks it has every key.
 */
export const CATALOGUES = { en, es } satisfies Record<string, Catalogue>;
export type Locale = keyof typeof CATALOGUES;
export const LOCALES = Object.keys(CATALOGUES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';
/** Each locale's own name, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };
/** Each locale's name in each locale, for the practitioner's notification (no ICU look-up on the intake's path). */
export const LOCALE_NAMES_IN: Record<Locale, Record<Locale, string>> = {
  en: { en: 'English', es: 'Spanish' },
  es: { en: 'inglés', es: 'español' },
};

export type { MessageKey };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in CATALOGUES;

/** A sentence in a locale, with `{name}` filled in from `params`. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(CATALOGUES[locale][key] ?? en[key], params);
}

/** A sentence's `{name}` places filled in from `params` (unknown names stay as they are). */
export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/**
 * A translator for a function's own catalogue (the form page's, the
 * practitioner's) layered over the shared one: its keys first, then the rest.
 */
export function layeredTranslator<K extends string>(own: Record<Locale, Record<K, string>>, english: Record<K, string>) {
  return (locale: Locale) =>
    (key: K | MessageKey, params: Record<string, string | number> = {}): string =>
      key in english ? fill(own[locale][key as K] ?? english[key as K], params) : t(locale, key as MessageKey, params);
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    t(locale, key, params);

/**
 * The locale for a person: what they chose on the form (`locale`), else the
 * language they said they prefer, when we have it, else English.
 */
export function localeFor(choice: { locale?: string | undefined; language?: string | undefined }): Locale {
  if (isLocale(choice.locale)) return choice.locale;
  const language = choice.language?.toLowerCase().split('-')[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** The page's locale from `?lang=` or, when it says nothing, the browser's Accept-Language (by its q order). */
export function localeForPage(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(lang)) return lang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}

/** A list in the locale's own words ("English and Spanish", "inglés y español"). */
export function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A language's name in the locale ("Spanish", "español"). */
export function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
