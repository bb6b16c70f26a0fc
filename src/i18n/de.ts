import type { Messages } from './messages.js';
import { oneOther } from './plural-rules.js';

export const de: Messages = {
  heading: 'Internationaler Tag der Solidarität mit Belarus',
  summary:
    'Am 4. August 2011 verhafteten die belarussischen Behörden Ales Bjaljazki, den Vorsitzenden des ' +
    'Menschenrechtszentrums „Wjasna“. Seit 2012 begehen Aktive, Menschenrechtsverteidigerinnen und ' +
    '-verteidiger in ganz Europa und Eurasien diesen Tag in Solidarität mit der belarussischen ' +
    'Zivilgesellschaft. Der Aufruf bittet Sie, dort, wo Sie leben, über Belarus zu sprechen und die ' +
    'Menschenrechtsverteidigerinnen und -verteidiger des Landes zu unterstützen.',
  readMore: 'Über den Aufruf',
  contrastsIntro: '2012 fragte der Aufruf:',
  contrasts: [
    'Sie sind in einer informellen Gruppe? In Belarus drohen dafür bis zu zwei Jahre Haft.',
    'Sie gehen zu Kundgebungen? In Belarus brauchen Kundgebungen eine Genehmigung, und die meisten Teilnehmenden kommen für 5 bis 15 Tage in Haft.',
    'Sie mögen Flashmobs? 2011 wurden in Belarus Menschen festgenommen, weil sie schweigend applaudierten.',
    'Sie lesen Nachrichten im Internet? In Belarus sind die meisten unabhängigen Medien gesperrt.',
    'Sie reisen ins Ausland? Dutzende belarussische Aktive, Journalistinnen und Journalisten dürfen das Land nicht verlassen.',
  ],
  howToJoin: 'So machen Sie mit',
  actions: [
    'Organisieren Sie in Ihrer Stadt eine Aktion oder ein Treffen zur Zivilgesellschaft in Belarus.',
    'Unterstützen Sie belarussische Menschenrechtsverteidigerinnen und -verteidiger sowie zivilgesellschaftliche Initiativen.',
  ],
  joinLabel: 'Beim Solidaritätstag mitmachen',
  addToCalendar: 'Zum Kalender hinzufügen',
  today: 'Heute ist der Internationale Tag der Solidarität mit Belarus.',
  and: 'und',
  timeLeft: (duration) => `Bis zum 4. August: ${duration}`,
  plural: oneOther,
  units: {
    days: { one: 'Tag', other: 'Tage' },
    hours: { one: 'Stunde', other: 'Stunden' },
    minutes: { one: 'Minute', other: 'Minuten' },
    seconds: { one: 'Sekunde', other: 'Sekunden' },
  },
};
