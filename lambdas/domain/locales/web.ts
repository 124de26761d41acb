import { CATALOGUES, type Locale, layeredTranslator, type MessageKey } from './index';
import { type StepsKey, stepsEn } from './steps-en';
import { stepsEs } from './steps-es';
import type { WebCatalogue, WebKey } from './web-en';
import { webEn } from './web-en';
import { webEs } from './web-es';

/**
 * The catalogue of the form page, its script and the privacy notice: the
 * shared sentences plus what only the web function says. Kept apart so the
 * intake function's bundle does not carry the form's words (docs/architecture.md).
 */
export const WEB_CATALOGUES = { en: webEn, es: webEs } satisfies Record<Locale, WebCatalogue>;

export type PageKey = MessageKey | StepsKey | WebKey;
export type PageTranslate = (key: PageKey, params?: Record<string, string | number>) => string;

/** Every key of the web's own catalogue, the next-steps page's (the form's script shows the same steps) and the shared one. */
export const pageKeys = (): PageKey[] => [
  ...(Object.keys(CATALOGUES.en) as MessageKey[]),
  ...(Object.keys(stepsEn) as StepsKey[]),
  ...(Object.keys(webEn) as WebKey[]),
];

/** A translator for the form's pages: the web catalogue and the next-steps page's first, then the shared one. */
export const pageTranslator: (locale: Locale) => PageTranslate = layeredTranslator(
  { en: { ...stepsEn, ...webEn }, es: { ...stepsEs, ...webEs } },
  { ...stepsEn, ...webEn },
);

export type { WebKey };
