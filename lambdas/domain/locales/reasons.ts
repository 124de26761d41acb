import type { Locale } from './index';

/**
 * Triage reasons are stored in English (they are part of the decision's
 * record); a practitioner who reads another language sees them translated
 * here. A reason with no translation is shown as it is.
 */
const ES: Record<string, string> = {
  'Describes abuse or an abusive relationship': 'Describe maltrato o una relación abusiva',
  'Describes anger that feels out of control': 'Describe una ira que siente fuera de control',
  'Describes anxiety or panic': 'Describe ansiedad o pánico',
  'Describes being in danger from someone else': 'Describe estar en peligro por otra persona',
  'Describes conflict in their marriage or partnership': 'Describe conflictos en su matrimonio o pareja',
  'Describes distress around pregnancy or a new baby': 'Describe malestar en torno al embarazo o un bebé recién nacido',
  'Describes drinking, drug use or gambling': 'Describe consumo de alcohol, drogas o juego',
  'Describes gaming that feels out of control': 'Describe un uso de videojuegos que siente fuera de control',
  'Describes eating or body-image distress': 'Describe malestar con la comida o la imagen corporal',
  'Describes an eating disorder with signs of physical danger': 'Describe un trastorno alimentario con señales de peligro físico',
  'Describes family conflict': 'Describe conflictos familiares',
  'Describes grief or loss': 'Describe duelo o pérdida',
  'Describes low mood or depression': 'Describe ánimo bajo o depresión',
  'Describes mood swings or unusual experiences': 'Describe cambios de humor o experiencias inusuales',
  'Describes obsessive or compulsive thoughts': 'Describe pensamientos obsesivos o compulsiones',
  'Describes trauma': 'Describe un trauma',
  'Hears voices that urge harm or warn of it': 'Oye voces que le empujan a hacer daño o le advierten de un daño',
  'Feels others would be better off without them': 'Siente que los demás estarían mejor sin él o ella',
  'Mentions a plan, preparation or means to end their life': 'Menciona un plan, preparativos o medios para quitarse la vida',
  'Mentions harming someone else': 'Menciona hacer daño a otra persona',
  'Mentions hurting themselves': 'Menciona hacerse daño',
  'Mentions mental-health care or treatment': 'Menciona atención o tratamiento de salud mental',
  'Mentions not wanting to live': 'Menciona no querer vivir',
  'Mentions thoughts of ending their life': 'Menciona pensamientos de quitarse la vida',
  'Says someone close to them may be thinking of ending their life': 'Dice que alguien cercano podría estar pensando en quitarse la vida',
  'Uses language often used by people thinking about ending their life or harming themselves, though no rule matched':
    'Usa un lenguaje frecuente en personas que piensan en quitarse la vida o hacerse daño, aunque ninguna regla coincidió',
  'Uses language often used by people describing emotional or mental-health difficulties, though no rule matched':
    'Usa un lenguaje frecuente en personas que describen dificultades emocionales o de salud mental, aunque ninguna regla coincidió',
  'Asked for coaching, but what they shared fits a licensed therapist first':
    'Pidió coaching, pero lo que compartió corresponde primero a un terapeuta con licencia',
  'Answered yes to the safety question (thoughts of ending their life or of harming themselves or someone else in the past month)':
    'Respondió que sí a la pregunta de seguridad (pensamientos de quitarse la vida o de hacerse daño a sí misma o a otra persona en el último mes)',
  'Describes personal or emotional difficulties rather than a goal to work towards':
    'Describe dificultades personales o emocionales más que una meta en la que trabajar',
  'Asked for therapy': 'Pidió terapia',
  'Asked for coaching': 'Pidió coaching',
  'No sign that therapy or crisis support is needed': 'Ninguna señal de que necesite terapia o apoyo en crisis',
};

const ES_PATTERNS: Array<[RegExp, string]> = [
  [/^PHQ-2 score (\d+) of 6: a positive screen for low mood$/, 'PHQ-2: $1 de 6, cribado positivo de ánimo bajo'],
  [/^GAD-2 score (\d+) of 6: a positive screen for anxiety$/, 'GAD-2: $1 de 6, cribado positivo de ansiedad'],
  [/^PHQ-4 total (\d+) of 12 \((\w+)\), no positive screen$/, 'PHQ-4 total $1 de 12 ($2), sin cribado positivo'],
  [/^Coaching goals: (.*)$/, 'Metas de coaching: $1'],
];

/** A stored triage reason in the practitioner's language. */
export function reasonIn(locale: Locale, reason: string): string {
  if (locale !== 'es') return reason;
  const fixed = ES[reason];
  if (fixed) return fixed;
  for (const [pattern, replacement] of ES_PATTERNS) if (pattern.test(reason)) return reason.replace(pattern, replacement);
  return reason;
}
