import { fill, type Locale, type MessageKey, t } from './index';
import { type InboxCatalogue, type InboxKey, inboxEn } from './inbox-en';
import { inboxEs } from './inbox-es';

/**
 * The practitioner's catalogue (action pages, inbox, sign-in email): the
 * shared sentences plus what only the practitioner function says, in the
 * practice's language.
 */
export const INBOX_CATALOGUES = { en: inboxEn, es: inboxEs } satisfies Record<Locale, InboxCatalogue>;

export type InboxTranslate = (key: InboxKey | MessageKey, params?: Record<string, string | number>) => string;

export const inboxTranslator =
  (locale: Locale): InboxTranslate =>
  (key, params = {}) =>
    key in inboxEn ? fill(INBOX_CATALOGUES[locale][key as InboxKey] ?? inboxEn[key as InboxKey], params) : t(locale, key as MessageKey, params);

export type { InboxKey };
