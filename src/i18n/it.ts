import type { Messages } from './messages.js';
import { oneOther } from './plural-rules.js';

export const it: Messages = {
  heading: 'Giornata internazionale di solidarietà con la Bielorussia',
  summary:
    'Il 4 agosto 2011 le autorità della Bielorussia hanno arrestato Ales Bialiatski, presidente del ' +
    'Centro per i diritti umani “Viasna”. Dal 2012 attivisti e difensori dei diritti umani in tutta ' +
    'Europa ed Eurasia dedicano questa giornata alla solidarietà con la società civile bielorussa. ' +
    'L’appello ti invita a parlare della Bielorussia là dove vivi e a sostenere i suoi difensori dei ' +
    'diritti umani.',
  readMore: 'Sull’appello',
  contrastsIntro: 'Nel 2012 l’appello chiedeva:',
  contrasts: [
    'Fai parte di un gruppo informale? In Bielorussia può costare fino a due anni di carcere.',
    'Vai alle manifestazioni? In Bielorussia serve un permesso, e la maggior parte dei partecipanti finisce in cella per 5–15 giorni.',
    'Ti piacciono i flash mob? Nel 2011 in Bielorussia si veniva fermati per aver applaudito in silenzio.',
    'Leggi le notizie online? In Bielorussia la maggior parte dei media indipendenti è bloccata.',
    'Viaggi all’estero? Decine di attivisti e giornalisti bielorussi non possono lasciare il Paese.',
  ],
  howToJoin: 'Come partecipare',
  actions: [
    'Organizza nella tua città un’iniziativa o un incontro sulla società civile in Bielorussia.',
    'Sostieni i difensori dei diritti umani bielorussi e le iniziative civiche del Paese.',
  ],
  joinLabel: 'Partecipa alla giornata di solidarietà',
  addToCalendar: 'Aggiungi al calendario',
  today: 'Oggi è la Giornata internazionale di solidarietà con la Bielorussia.',
  and: 'e',
  timeLeft: (duration) => `Mancano ${duration} al 4 agosto`,
  plural: oneOther,
  units: {
    days: { one: 'giorno', other: 'giorni' },
    hours: { one: 'ora', other: 'ore' },
    minutes: { one: 'minuto', other: 'minuti' },
    seconds: { one: 'secondo', other: 'secondi' },
  },
};
