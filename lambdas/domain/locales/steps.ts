import { type Locale, layeredTranslator, type MessageKey } from './index';
import { type StepsCatalogue, type StepsKey, stepsEn } from './steps-en';
import { stepsEs } from './steps-es';

/**
 * The catalogue of the next-steps page (GET /intake/{id}) and of the steps as
 * the form's script shows them: the shared sentences plus their own. Kept
 * apart so the intake function's bundle does not carry them.
 */
export const STEPS_CATALOGUES = { en: stepsEn, es: stepsEs } satisfies Record<Locale, StepsCatalogue>;

export type StepsTranslate = (key: StepsKey | MessageKey, params?: Record<string, string | number>) => string;

/** A function, not a translator built at load: a bundle that never renders the page leaves the catalogue out. */
export const stepsTranslator = (locale: Locale): StepsTranslate => layeredTranslator(STEPS_CATALOGUES, stepsEn)(locale);

export type { StepsKey };
