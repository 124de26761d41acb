import type { WebCatalogue } from './web-en';

/** Lo que solo dicen la página del formulario, su script y el aviso de privacidad, en español (trato de usted). */
export const webEs: WebCatalogue = {
  'form.title': 'Contacto',
  'form.description': 'Cuéntele a {practice} un poco sobre usted y reciba por correo el siguiente paso adecuado.',
  'form.skip': 'Ir al formulario',
  'form.heading': 'Cuéntenos qué le trae por aquí',
  'form.lead':
    'Le tomará unos cinco minutos. {practitioner} lee cada formulario y le responde por correo con el siguiente paso adecuado para usted, sea coaching con nosotros u otra persona más indicada.',
  'form.languageSwitch': 'Idioma',
  'form.errorSummary': 'Revise el formulario, por favor',
  'form.requiredNote': 'Todas las preguntas son obligatorias salvo las que dicen {optional}.',
  'form.optional': '(opcional)',
  'form.aboutYou': 'Sobre usted',
  'form.emailHint': 'Le enviaremos aquí su siguiente paso.',
  'form.choose': 'Elija…',
  'form.regionHint': 'Un código corto, como NY u ON.',
  'form.noPreference': 'Sin preferencia',
  'form.insuranceHint': 'Su aseguradora o plan, si tiene uno.',
  'form.lookingFor': 'Qué está buscando',
  'form.messageHint': 'Con sus propias palabras: tanto o tan poco como quiera.',
  'form.preferenceCoaching': 'Coaching: ayuda para alcanzar una meta',
  'form.preferenceTherapy': 'Terapia: ayuda con cómo me siento',
  'form.preferenceUnsure': 'Todavía no lo sé',
  'form.feeling': 'Cómo se ha sentido',
  'form.phqIntro':
    'Durante las últimas 2 semanas, ¿con qué frecuencia ha sentido molestias por los siguientes problemas? Estas cuatro preguntas son opcionales; nos ayudan a sugerirle el apoyo adecuado.',
  'form.safetyWhy':
    'Se lo preguntamos a todas las personas. Responda lo que responda, aquí es bienvenido(a): nos ayuda a asegurarnos de que reciba pronto el apoyo adecuado. Si responde que sí, le mostraremos personas con las que puede hablar ahora mismo.',
  'form.no': 'No',
  'form.yes': 'Sí',
  'form.consent': 'Acepto que me contacten sobre mi consulta y acepto el {privacy}.',
  'form.consentHint': 'Usamos sus respuestas solo para responderle, las guardamos de forma segura y las borramos {retention}.',
  'form.honeypot': 'Deje este campo vacío',
  'form.send': 'Enviar',
  'form.safetyNowTitle': 'Puede hablar con alguien ahora mismo',
  'form.safetyNowLead':
    'Gracias por contárnoslo. Mientras enviamos su formulario, estas líneas son gratuitas, confidenciales y están disponibles a cualquier hora:',
  'form.dangerNow': '{strong}, {call}.',
  'form.dangerNowStrong': 'Si está en peligro ahora mismo',
  'form.callEmergency': 'llame al {number} o a su número local de emergencias',
  'form.callLocalEmergency': 'llame a su número local de emergencias',
  'form.alsoCall': 'También puede llamar a {name} al {number}.',
  'retention.year': 'al cabo de un año',
  'retention.years': 'al cabo de {n} años',
  'retention.day': 'al cabo de un día',
  'retention.days': 'al cabo de {n} días',

  'script.sending': 'Enviando…',
  'script.sendingForm': 'Enviando su formulario…',
  'script.stillTryingOffline':
    'Todavía no hemos podido conectar con nuestro servidor. Seguimos intentando enviar su formulario: mantenga esta página abierta, por favor.',
  'script.stillTryingBusy': 'Nuestro servidor está ocupado. Seguimos intentando enviar su formulario: mantenga esta página abierta, por favor.',
  'script.failedOffline':
    'No hemos podido conectar con nuestro servidor. Su formulario no se envió y todo lo que escribió sigue aquí: revise su conexión y vuelva a pulsar Enviar en unos minutos.',
  'script.failedBusy':
    'No hemos podido enviar su formulario en este momento. Sus respuestas no se enviaron y todo lo que escribió sigue aquí: vuelva a pulsar Enviar en unos minutos.',
  'script.pageError': 'Algo falló en esta página. Todo lo que escribió sigue aquí: vuelva a pulsar Enviar, por favor.',
  'script.needName': 'Díganos su nombre, por favor',
  'script.needEmail': 'Indique un correo electrónico, por favor',
  'script.badEmail': 'Indique un correo válido, como nombre@ejemplo.com',
  'script.needMessage': 'Cuéntenos un poco qué le trae por aquí, por favor',
  'script.needSafety': 'Responda sí o no, por favor',
  'script.needConsent': 'Acepte que le contactemos y el aviso de privacidad, por favor',
  'script.badRegion': 'La región debe ser un código de estado o provincia, como NY',
  'script.noneFit':
    'Ninguno de los terapeutas que conocemos tiene licencia donde usted vive y acepta pacientes nuevos en este momento. Estos directorios incluyen terapeutas con licencia cerca de usted.',
  'script.and': 'y',
  'script.alsoEmailed': 'También se lo hemos enviado por correo.',

  'privacy.title': 'Aviso de privacidad',
  'privacy.use':
    '{practice} usa lo que nos cuenta en el formulario solo para responderle y sugerirle el siguiente paso adecuado: coaching con nosotros, un terapeuta con licencia o apoyo en crisis.',
  'privacy.keepHeading': 'Qué guardamos',
  'privacy.keep':
    'Sus respuestas, el siguiente paso que le sugerimos y por qué, y si nuestros correos le llegaron. Los guardamos cifrados y los borramos automáticamente {retention}, o antes si nos lo pide.',
  'privacy.whoHeading': 'Quién los ve',
  'privacy.who': 'Solo {practitioner}. No compartimos sus respuestas con los terapeutas que le sugerimos: usted decide si los contacta.',
  'privacy.choicesHeading': 'Sus opciones',
  'privacy.choices': 'Para ver, corregir o borrar lo que guardamos sobre usted, escriba a {contact} o responda a cualquiera de nuestros correos.',
  'privacy.policy': 'Nuestra política de privacidad completa: {link}.',
  'privacy.back': 'Volver al formulario',
};
