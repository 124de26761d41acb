/**
 * What only the form page, its script (web/form.js) and the privacy notice
 * say, in English. The web function and `npm run web:build` read it through
 * `./web`; the intake function never does, so its bundle stays small. Same
 * rules as `en.ts`: other locales give the same keys, `{name}` is filled in.
 */
export const webEn = {
  // —— The form page ——
  'form.title': 'Get in touch',
  'form.description': 'Tell {practice} a little about yourself and get the right next step by email.',
  'form.skip': 'Skip to the form',
  'form.heading': 'Tell us what brings you here',
  'form.lead':
    'It takes about five minutes. {practitioner} reads every form and replies by email with the right next step for you, whether that is coaching with us or someone better suited.',
  'form.languageSwitch': 'Language',
  'form.errorSummary': 'Please check the form',
  'form.requiredNote': 'Every question is required unless it says {optional}.',
  'form.optional': '(optional)',
  'form.aboutYou': 'About you',
  'form.emailHint': 'We send your next step here.',
  'form.choose': 'Choose…',
  'form.regionHint': 'A short code, such as NY or ON.',
  'form.noPreference': 'No preference',
  'form.insuranceHint': 'Your insurer or plan, if you have one.',
  'form.lookingFor': 'What you are looking for',
  'form.messageHint': 'In your own words: as much or as little as you like.',
  'form.preferenceCoaching': 'Coaching: help reaching a goal',
  'form.preferenceTherapy': 'Therapy: help with how I feel',
  'form.preferenceUnsure': 'I’m not sure yet',
  'form.feeling': 'How you have been feeling',
  'form.phqIntro':
    'Over the last two weeks, how often have you been bothered by the following? These four questions are optional; they help us suggest the right kind of support.',
  'form.safetyWhy':
    'We ask everyone this. However you answer, you are welcome here: it helps us make sure you get the right support quickly. If you answer yes, we will show you people you can talk to right away.',
  'form.no': 'No',
  'form.yes': 'Yes',
  'form.consent': 'I agree to be contacted about my enquiry and to the {privacy}.',
  'form.consentHint': 'We use your answers only to reply to you, keep them securely, and delete them {retention}.',
  'form.honeypot': 'Leave this field empty',
  'form.send': 'Send',
  'form.safetyNowTitle': 'You can talk to someone right now',
  'form.safetyNowLead': 'Thank you for telling us. While we send your form, these lines are free, confidential and there for you at any hour:',
  'form.dangerNow': '{strong}, {call}.',
  'form.dangerNowStrong': 'If you are in danger right now',
  'form.callEmergency': 'call {number} or your local emergency number',
  'form.callLocalEmergency': 'call your local emergency number',
  'form.alsoCall': 'You can also call {name} on {number}.',
  'retention.year': 'after a year',
  'retention.years': 'after {n} years',
  'retention.day': 'after a day',
  'retention.days': 'after {n} days',

  // —— What the form's script says (web/form.js) ——
  'script.sending': 'Sending…',
  'script.sendingForm': 'Sending your form…',
  'script.stillTryingOffline': 'We could not reach our server yet. Still trying to send your form: please keep this page open.',
  'script.stillTryingBusy': 'Our server is busy. Still trying to send your form: please keep this page open.',
  'script.failedOffline':
    'We could not reach our server. Your form was not sent, and everything you typed is still here: please check your connection and press Send again in a few minutes.',
  'script.failedBusy':
    'We could not send your form just now. Your answers were not sent, and everything you typed is still here: please press Send again in a few minutes.',
  'script.pageError': 'Something went wrong on this page. Everything you typed is still here: please press Send again.',
  'script.needName': 'Please tell us your name',
  'script.needEmail': 'Please give an email address',
  'script.badEmail': 'Please give a valid email address, like name@example.com',
  'script.needMessage': 'Please tell us a little about what brings you here',
  'script.needSafety': 'Please answer yes or no',
  'script.needConsent': 'Please agree to be contacted and to the privacy notice',
  'script.badRegion': 'Region must be a state or province code such as NY',
  'script.noneFit':
    'None of the therapists we know is licensed where you live and taking new clients right now. These directories list licensed therapists near you.',
  'script.and': 'and',
  'script.alsoEmailed': 'We have also sent this to your email.',

  // —— The privacy notice ——
  'privacy.title': 'Privacy notice',
  'privacy.use':
    '{practice} uses what you tell us in the intake form only to reply to you and to suggest the right next step: coaching with us, a licensed therapist, or crisis support.',
  'privacy.keepHeading': 'What we keep',
  'privacy.keep':
    'Your answers, our suggested next step and why, and whether our emails reached you. We keep them encrypted and delete them automatically {retention}, or sooner if you ask.',
  'privacy.whoHeading': 'Who sees it',
  'privacy.who': 'Only {practitioner}. We do not share your answers with the therapists we suggest: you decide whether to contact them.',
  'privacy.choicesHeading': 'Your choices',
  'privacy.choices': 'To see, correct or delete what we hold about you, write to {contact} or reply to any of our emails.',
  'privacy.policy': 'Our full privacy policy: {link}.',
  'privacy.back': 'Back to the form',
};

export type WebKey = keyof typeof webEn;
export type WebCatalogue = Record<WebKey, string>;
