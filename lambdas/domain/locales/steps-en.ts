/**
 * What only the next-steps page says, in English: the page a plain form post
 * is redirected to (GET /intake/{id}), and the same steps as the form's script
 * shows them (the web function passes every `script.` key to web/form.js).
 * The intake function answers with the steps and never renders this page, so
 * its bundle does not carry these words. Same rules as `en.ts`: other locales
 * give the same keys, `{name}` is filled in.
 */
export const stepsEn = {
  'script.book': 'Book your first session',
  'script.firstSession': 'What the first session is',
  'script.pricing': 'How coaching is paid',
  'script.ongoingTherapist': 'Ongoing support from a licensed therapist',
  'script.therapistsFit': 'Therapists who may be a good fit',
  'script.sees': 'Sees clients {modes}',
  'script.inPerson': 'in person',
  'script.online': 'online',
  'script.takes': 'takes {insurance}',
  'script.slidingScale': 'sliding scale',
  'script.speaks': 'Speaks {languages}',
  'script.phone': 'Phone',
  'script.emailLabel': 'Email',
  'script.regionCheck': 'Therapists are licensed state by state: when you contact one, ask whether they can see clients where you live.',
  'script.directories': 'Directories of therapists',
  'script.ifHard': 'If things get hard',
  'page.alsoEmailed': 'We have also sent this to your email.',
  'page.notFound': 'Page not found',
  'page.somethingWrong': 'Something went wrong',
  'page.alsoInEmail': 'If you sent the form, your next steps are also in your email.',
};

export type StepsKey = keyof typeof stepsEn;
export type StepsCatalogue = Record<StepsKey, string>;
