/**
 * The sentences of the emails only the scheduled retry job sends, in
 * English: the one gentle reminder to a coaching intake that has not booked
 * (to the person, in their locale) and the URGENT reminders about a crisis
 * intake not yet marked contacted (to the practitioner, in the practice's
 * language). Kept apart so the intake function's bundle does not carry them.
 * Same rules as `en.ts`: other locales give the same keys, `{name}` is filled in.
 */
export const laterEn = {
  // —— The coaching follow-up, to the person ——
  'email.followUpSubject': 'Still thinking it over? {practice}',
  'email.followUpPreheader': 'Just checking in: your first session is a click away whenever you are ready.',
  'email.followUpCheckIn':
    'A little while ago you told us what you would like to change, and I wanted to check in. If you would still like to talk, you can choose a time for a first conversation here.',
  'email.followUpNoPressure': 'If now is not the right time, that is completely fine: there is no need to reply, and we will not send you more reminders.',
  // —— The crisis reminders, to the practitioner ——
  'notify.reminderSubject': 'URGENT: not yet contacted, crisis intake [{short}] (reminder {n} of 3)',
  'notify.reminderPreheader': 'A person in crisis has not been marked contacted yet.',
  'notify.reminderHeading': 'A person in crisis is waiting to hear from you',
  'notify.reminderWho': '{who} wrote to you on {when} and was sent crisis lines. Their email promised that you would reach out personally.',
  'notify.reminderPerson': 'the person behind intake {id}',
  'notify.reminderAsk': 'Please reach out as soon as you can. Once you have, mark them contacted and these reminders stop:',
};

export type LaterKey = keyof typeof laterEn;
export type LaterCatalogue = Record<LaterKey, string>;
