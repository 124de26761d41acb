import type { LaterCatalogue } from './later-en';

/** Las frases de los correos que solo envía el proceso programado de reintentos (ver `later-en.ts`). */
export const laterEs: LaterCatalogue = {
  // —— El recordatorio de coaching, a la persona ——
  'email.followUpSubject': '¿Todavía lo está pensando? {practice}',
  'email.followUpPreheader': 'Solo queríamos saber de usted: su primera sesión está a un clic cuando quiera.',
  'email.followUpCheckIn':
    'Hace un tiempo nos contó lo que le gustaría cambiar, y quería saber cómo está. Si todavía quiere conversar, puede elegir aquí un horario para una primera conversación.',
  'email.followUpNoPressure': 'Si este no es el momento, no pasa nada: no hace falta que responda, y no le enviaremos más recordatorios.',
  // —— Los recordatorios de crisis, al profesional ——
  'notify.reminderSubject': 'URGENTE: aún sin contactar, solicitud de crisis [{short}] (recordatorio {n} de 3)',
  'notify.reminderPreheader': 'Una persona en crisis aún no figura como contactada.',
  'notify.reminderHeading': 'Una persona en crisis espera noticias suyas',
  'notify.reminderWho': '{who} le escribió el {when} y recibió las líneas de crisis. Su correo le prometía que usted se pondría en contacto personalmente.',
  'notify.reminderPerson': 'la persona de la solicitud {id}',
  'notify.reminderAsk': 'Póngase en contacto lo antes posible. Cuando lo haya hecho, márquela como contactada y estos recordatorios se detienen:',
};
