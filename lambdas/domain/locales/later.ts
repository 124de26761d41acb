import { type Locale, layeredTranslator, type MessageKey } from './index';
import { type LaterCatalogue, type LaterKey, laterEn } from './later-en';
import { laterEs } from './later-es';

/**
 * The catalogue of the emails sent later by the scheduled retry job (the
 * coaching follow-up, the crisis reminders): the shared sentences plus their
 * own. Kept apart so the intake function's bundle does not carry them.
 */
export const LATER_CATALOGUES = { en: laterEn, es: laterEs } satisfies Record<Locale, LaterCatalogue>;

export type LaterTranslate = (key: LaterKey | MessageKey, params?: Record<string, string | number>) => string;

/** A function, not a translator built at load: a bundle that never sends these emails leaves the catalogue out. */
export const laterTranslator = (locale: Locale): LaterTranslate => layeredTranslator(LATER_CATALOGUES, laterEn)(locale);

export type { LaterKey };
