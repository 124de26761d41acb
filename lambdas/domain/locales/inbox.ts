import { type Locale, layeredTranslator, type MessageKey } from './index';
import { type InboxCatalogue, type InboxKey, inboxEn } from './inbox-en';
import { inboxEs } from './inbox-es';

/**
 * The practitioner's catalogue (action pages, inbox, sign-in email): the
 * shared sentences plus what only the practitioner function says, in the
 * practice's language.
 */
export const INBOX_CATALOGUES = { en: inboxEn, es: inboxEs } satisfies Record<Locale, InboxCatalogue>;

export type InboxTranslate = (key: InboxKey | MessageKey, params?: Record<string, string | number>) => string;

export const inboxTranslator: (locale: Locale) => InboxTranslate = layeredTranslator(INBOX_CATALOGUES, inboxEn);

export type { InboxKey };
