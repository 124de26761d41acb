/**
 * Every fixed reason triage gives, in English, as it is stored with the
 * decision. A practitioner who reads another language sees each through
 * locales/reasons.ts, which translates these keys (the type checker fails
 * while one lacks a translation); the reasons with figures in them (PHQ-4
 * screens, coaching goals) are built in triage.ts and translated by pattern.
 */
export const REASONS = {
  endingLife: 'Mentions thoughts of ending their life',
  notLive: 'Mentions not wanting to live',
  betterOff: 'Feels others would be better off without them',
  plan: 'Mentions a plan, preparation or means to end their life',
  closeAtRisk: 'Says someone close to them may be thinking of ending their life',
  hurtingSelf: 'Mentions hurting themselves',
  harmingOthers: 'Mentions harming someone else',
  danger: 'Describes being in danger from someone else',
  eatingDanger: 'Describes an eating disorder with signs of physical danger',
  starving: 'Describes days without food with signs of physical or mental danger',
  drugDanger: 'Describes taking too much of a drug with signs of physical danger',
  maniaDanger: 'Describes days without sleep beside a reckless, dangerous plan',
  withdrawalDanger: 'Describes heavy drinking with a seizure or fit on stopping',
  voices: 'Hears voices that urge harm or warn of it',
  grief: 'Describes grief or loss',
  substances: 'Describes drinking, drug use or gambling',
  gaming: 'Describes gaming that feels out of control',
  couples: 'Describes conflict in their marriage or partnership',
  eating: 'Describes eating or body-image distress',
  lowMood: 'Describes low mood or depression',
  anxiety: 'Describes anxiety or panic',
  trauma: 'Describes trauma',
  abuse: 'Describes abuse or an abusive relationship',
  compulsions: 'Describes obsessive or compulsive thoughts',
  family: 'Describes family conflict',
  anger: 'Describes anger that feels out of control',
  moodSwings: 'Describes mood swings or unusual experiences',
  perinatal: 'Describes distress around pregnancy or a new baby',
  care: 'Mentions mental-health care or treatment',
  modelCrisis: 'Uses language often used by people thinking about ending their life or harming themselves, though no rule matched',
  modelTherapy: 'Uses language often used by people describing emotional or mental-health difficulties, though no rule matched',
  safetyYes: 'Answered yes to the safety question (thoughts of ending their life or of harming themselves or someone else in the past month)',
  personal: 'Describes personal or emotional difficulties rather than a goal to work towards',
  askedTherapy: 'Asked for therapy',
  askedCoaching: 'Asked for coaching',
  coachingButTherapy: 'Asked for coaching, but what they shared fits a licensed therapist first',
  noSign: 'No sign that therapy or crisis support is needed',
} as const;
