import type { Messages } from './messages.js';
import { oneOther } from './plural-rules.js';

export const et: Messages = {
  heading: 'Rahvusvaheline solidaarsuspäev Valgevenega',
  summary:
    '4. augustil 2011 vahistasid Valgevene võimud inimõiguste keskuse „Vjasna“ juhi Ales Bjaljatski. ' +
    'Alates 2012. aastast tähistavad aktivistid ja inimõiguste kaitsjad üle Euroopa ja Euraasia seda ' +
    'päeva solidaarsusest Valgevene kodanikuühiskonnaga. Pöördumine kutsub teid rääkima Valgevenest seal, ' +
    'kus te elate, ja toetama selle inimõiguste kaitsjaid.',
  readMore: 'Pöördumisest lähemalt',
  contrastsIntro: '2012. aasta pöördumine küsis:',
  contrasts: [
    'Kuulute mitteametlikku rühma? Valgevenes võib selle eest saada kuni kaks aastat vangistust.',
    'Käite miitingutel? Valgevenes on neiks vaja luba ning enamik osalejaid arreteeritakse 5–15 ööpäevaks.',
    'Meeldivad välkmobid? 2011. aastal peeti Valgevenes inimesi kinni selle eest, et nad vaikides plaksutasid.',
    'Loete uudiseid internetist? Valgevenes on enamik sõltumatuid meediakanaleid blokeeritud.',
    'Reisite välismaale? Kümnetel Valgevene aktivistidel ja ajakirjanikel on väljasõidukeeld.',
  ],
  howToJoin: 'Kuidas kaasa lüüa',
  actions: [
    'Korraldage oma linnas aktsioon või kohtumine Valgevene kodanikuühiskonnast.',
    'Toetage Valgevene inimõiguste kaitsjaid ja kodanikualgatusi.',
  ],
  joinLabel: 'Lööge solidaarsuspäeval kaasa',
  addToCalendar: 'Lisage kalendrisse',
  today: 'Täna on rahvusvaheline solidaarsuspäev Valgevenega.',
  and: 'ja',
  timeLeft: (duration) => `4. augustini: ${duration}`,
  plural: oneOther,
  units: {
    days: { one: 'päev', other: 'päeva' },
    hours: { one: 'tund', other: 'tundi' },
    minutes: { one: 'minut', other: 'minutit' },
    seconds: { one: 'sekund', other: 'sekundit' },
  },
};
