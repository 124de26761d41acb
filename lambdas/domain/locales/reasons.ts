import { REASONS } from '../triage-reasons';
import type { Locale } from './index';

/**
 * Triage reasons are stored in English (they are part of the decision's
 * record, written once in triage-reasons.ts); a practitioner who reads
 * another language sees them translated here, each fixed reason by its key
 * and the ones with figures by pattern. A reason with no translation (one
 * stored by an older version) is shown as it is.
 */
const ES: Record<keyof typeof REASONS, string> = {
  abuse: 'Describe maltrato o una relación abusiva',
  anger: 'Describe una ira que siente fuera de control',
  anxiety: 'Describe ansiedad o pánico',
  danger: 'Describe estar en peligro por otra persona',
  couples: 'Describe conflictos en su matrimonio o pareja',
  perinatal: 'Describe malestar en torno al embarazo o un bebé recién nacido',
  substances: 'Describe consumo de alcohol, drogas o juego',
  gaming: 'Describe un uso de videojuegos que siente fuera de control',
  eating: 'Describe malestar con la comida o la imagen corporal',
  eatingDanger: 'Describe un trastorno alimentario con señales de peligro físico',
  starving: 'Describe días sin comer con señales de peligro físico o mental',
  drugDanger: 'Describe haber tomado demasiado de una droga con señales de peligro físico',
  maniaDanger: 'Describe días sin dormir junto a un plan temerario y peligroso',
  withdrawalDanger: 'Describe beber mucho y una convulsión al intentar dejarlo',
  family: 'Describe conflictos familiares',
  grief: 'Describe duelo o pérdida',
  lowMood: 'Describe ánimo bajo o depresión',
  moodSwings: 'Describe cambios de humor o experiencias inusuales',
  compulsions: 'Describe pensamientos obsesivos o compulsiones',
  trauma: 'Describe un trauma',
  voices: 'Oye voces que le empujan a hacer daño o le advierten de un daño',
  betterOff: 'Siente que los demás estarían mejor sin él o ella',
  plan: 'Menciona un plan, preparativos o medios para quitarse la vida',
  harmingOthers: 'Menciona hacer daño a otra persona',
  hurtingSelf: 'Menciona hacerse daño',
  care: 'Menciona atención o tratamiento de salud mental',
  notLive: 'Menciona no querer vivir',
  endingLife: 'Menciona pensamientos de quitarse la vida',
  closeAtRisk: 'Dice que alguien cercano podría estar pensando en quitarse la vida',
  modelCrisis: 'Usa un lenguaje frecuente en personas que piensan en quitarse la vida o hacerse daño, aunque ninguna regla coincidió',
  modelTherapy: 'Usa un lenguaje frecuente en personas que describen dificultades emocionales o de salud mental, aunque ninguna regla coincidió',
  coachingButTherapy: 'Pidió coaching, pero lo que compartió corresponde primero a un terapeuta con licencia',
  safetyYes: 'Respondió que sí a la pregunta de seguridad (pensamientos de quitarse la vida o de hacerse daño a sí misma o a otra persona en el último mes)',
  personal: 'Describe dificultades personales o emocionales más que una meta en la que trabajar',
  askedTherapy: 'Pidió terapia',
  askedCoaching: 'Pidió coaching',
  noSign: 'Ninguna señal de que necesite terapia o apoyo en crisis',
};

/** Each fixed reason's English, as stored, to its Spanish. */
const SPANISH = new Map(Object.entries(REASONS).map(([key, english]) => [english as string, ES[key as keyof typeof REASONS]]));

const ES_PATTERNS: Array<[RegExp, string]> = [
  [/^PHQ-2 score (\d+) of 6: a positive screen for low mood$/, 'PHQ-2: $1 de 6, cribado positivo de ánimo bajo'],
  [/^GAD-2 score (\d+) of 6: a positive screen for anxiety$/, 'GAD-2: $1 de 6, cribado positivo de ansiedad'],
  [/^PHQ-4 total (\d+) of 12 \((\w+)\), no positive screen$/, 'PHQ-4 total $1 de 12 ($2), sin cribado positivo'],
  [/^Coaching goals: (.*)$/, 'Metas de coaching: $1'],
];

/** A stored triage reason in the practitioner's language. */
export function reasonIn(locale: Locale, reason: string): string {
  if (locale !== 'es') return reason;
  const fixed = SPANISH.get(reason);
  if (fixed) return fixed;
  for (const [pattern, replacement] of ES_PATTERNS) if (pattern.test(reason)) return reason.replace(pattern, replacement);
  return reason;
}
