import type { StepsCatalogue } from './steps-en';

/** Lo que solo dice la página de los siguientes pasos (y el script del formulario al mostrarlos), en español (trato de usted). */
export const stepsEs: StepsCatalogue = {
  'script.book': 'Reserve su primera sesión',
  'script.firstSession': 'Cómo es la primera sesión',
  'script.pricing': 'Cómo se paga el coaching',
  'script.ongoingTherapist': 'Apoyo continuo de un terapeuta con licencia',
  'script.therapistsFit': 'Terapeutas que podrían ser adecuados',
  'script.sees': 'Atiende {modes}',
  'script.inPerson': 'en persona',
  'script.online': 'en línea',
  'script.takes': 'acepta {insurance}',
  'script.slidingScale': 'tarifa según ingresos',
  'script.speaks': 'Habla {languages}',
  'script.phone': 'Teléfono',
  'script.emailLabel': 'Correo',
  'script.regionCheck': 'Los terapeutas tienen licencia por estado: cuando contacte a uno, pregúntele si puede atender a personas donde usted vive.',
  'script.directories': 'Directorios de terapeutas',
  'script.ifHard': 'Si las cosas se ponen difíciles',
  'page.alsoEmailed': 'También se lo hemos enviado por correo.',
  'page.notFound': 'Página no encontrada',
  'page.somethingWrong': 'Algo salió mal',
  'page.alsoInEmail': 'Si envió el formulario, sus siguientes pasos también están en su correo.',
};
