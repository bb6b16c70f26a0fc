import type { Messages } from './messages.js';
import { oneOther } from './plural-rules.js';

export const es: Messages = {
  heading: 'Día Internacional de Solidaridad con Bielorrusia',
  summary:
    'El 4 de agosto de 2011, las autoridades de Bielorrusia detuvieron a Ales Bialiatski, presidente del ' +
    'Centro de Derechos Humanos «Viasna». Desde 2012, activistas y defensores de derechos humanos de ' +
    'toda Europa y Eurasia conmemoran este día en solidaridad con la sociedad civil bielorrusa. El ' +
    'llamamiento te invita a hablar de Bielorrusia allí donde vives y a apoyar a sus defensores de ' +
    'derechos humanos.',
  readMore: 'Sobre el llamamiento',
  contrastsIntro: 'En 2012, el llamamiento preguntaba:',
  contrasts: [
    '¿Participas en un grupo informal? En Bielorrusia eso puede costar hasta dos años de cárcel.',
    '¿Vas a concentraciones? En Bielorrusia hace falta permiso, y la mayoría de los participantes pasan de 5 a 15 días arrestados.',
    '¿Te gustan los flashmobs? En 2011, en Bielorrusia detenían a gente por aplaudir en silencio.',
    '¿Lees las noticias en internet? En Bielorrusia la mayoría de los medios independientes están bloqueados.',
    '¿Viajas al extranjero? Decenas de activistas y periodistas bielorrusos tienen prohibido salir del país.',
  ],
  howToJoin: 'Cómo sumarte',
  actions: [
    'Organiza en tu ciudad una acción o un encuentro sobre la sociedad civil de Bielorrusia.',
    'Apoya a los defensores de derechos humanos y las iniciativas ciudadanas de Bielorrusia.',
  ],
  joinLabel: 'Súmate al día de solidaridad',
  addToCalendar: 'Añadir al calendario',
  today: 'Hoy es el Día Internacional de Solidaridad con Bielorrusia.',
  and: 'y',
  timeLeft: (duration) => `Hasta el 4 de agosto: ${duration}`,
  plural: oneOther,
  units: {
    days: { one: 'día', other: 'días' },
    hours: { one: 'hora', other: 'horas' },
    minutes: { one: 'minuto', other: 'minutos' },
    seconds: { one: 'segundo', other: 'segundos' },
  },
};
