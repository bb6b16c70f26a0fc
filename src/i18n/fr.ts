import type { Messages } from './messages.js';
import { upToOneOther } from './plural-rules.js';

export const fr: Messages = {
  heading: 'Journée internationale de solidarité avec le Bélarus',
  summary:
    'Le 4 août 2011, les autorités du Bélarus ont arrêté Ales Bialiatski, président du Centre des droits ' +
    'humains «\u00a0Viasna\u00a0». Depuis 2012, militants et défenseurs des droits humains de toute l’Europe et de ' +
    'l’Eurasie marquent cette journée en solidarité avec la société civile bélarusse. L’appel vous invite à ' +
    'parler du Bélarus là où vous vivez et à soutenir ses défenseurs des droits humains.',
  readMore: 'À propos de l’appel',
  contrastsIntro: 'En 2012, l’appel demandait\u00a0:',
  contrasts: [
    'Vous faites partie d’un groupe informel\u202f? Au Bélarus, cela peut valoir jusqu’à deux ans de prison.',
    'Vous allez aux rassemblements\u202f? Au Bélarus, il faut une autorisation, et la plupart des participants sont détenus 5 à 15 jours.',
    'Vous aimez les flash mobs\u202f? En 2011, au Bélarus, on arrêtait des gens pour avoir applaudi en silence.',
    'Vous lisez l’actualité en ligne\u202f? Au Bélarus, la plupart des médias indépendants sont bloqués.',
    'Vous voyagez à l’étranger\u202f? Des dizaines de militants et de journalistes bélarusses sont interdits de sortie du territoire.',
  ],
  howToJoin: 'Comment participer',
  actions: [
    'Organisez dans votre ville une action ou une rencontre sur la société civile au Bélarus.',
    'Soutenez les défenseurs des droits humains et les initiatives citoyennes du Bélarus.',
  ],
  joinLabel: 'Participer à la journée de solidarité',
  addToCalendar: 'Ajouter au calendrier',
  today: 'Aujourd’hui, c’est la Journée internationale de solidarité avec le Bélarus.',
  and: 'et',
  timeLeft: (duration) => `Il reste ${duration} avant le 4 août`,
  plural: upToOneOther,
  units: {
    days: { one: 'jour', other: 'jours' },
    hours: { one: 'heure', other: 'heures' },
    minutes: { one: 'minute', other: 'minutes' },
    seconds: { one: 'seconde', other: 'secondes' },
  },
};
