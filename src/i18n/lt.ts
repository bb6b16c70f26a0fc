import type { Messages } from './messages.js';
import { lithuanian } from './plural-rules.js';

export const lt: Messages = {
  heading: 'Tarptautinė solidarumo su Baltarusija diena',
  summary:
    '2011 m. rugpjūčio 4 d. Baltarusijos valdžia suėmė Alesį Beliackį, žmogaus teisių centro „Viasna“ ' +
    'pirmininką. Nuo 2012 m. aktyvistai ir žmogaus teisių gynėjai visoje Europoje ir Eurazijoje mini šią ' +
    'dieną, reikšdami solidarumą su Baltarusijos pilietine visuomene. Kreipimasis ragina jus kalbėti apie ' +
    'Baltarusiją ten, kur gyvenate, ir remti jos žmogaus teisių gynėjus.',
  readMore: 'Apie kreipimąsi',
  contrastsIntro: '2012 m. kreipimasis klausė:',
  contrasts: [
    'Priklausote neformaliai grupei? Baltarusijoje už tai gresia iki dvejų metų kalėjimo.',
    'Einate į mitingus? Baltarusijoje jiems reikia leidimo, o dauguma dalyvių areštuojama 5–15 parų.',
    'Mėgstate flešmobus? 2011 m. Baltarusijoje žmonės buvo sulaikomi už tai, kad tylėdami plojo.',
    'Naujienas skaitote internete? Baltarusijoje dauguma nepriklausomų žiniasklaidos priemonių užblokuota.',
    'Keliaujate į užsienį? Dešimtims baltarusių aktyvistų ir žurnalistų uždrausta išvykti iš šalies.',
  ],
  howToJoin: 'Kaip prisijungti',
  actions: [
    'Surenkite savo mieste akciją ar susitikimą apie Baltarusijos pilietinę visuomenę.',
    'Remkite Baltarusijos žmogaus teisių gynėjus ir pilietines iniciatyvas.',
  ],
  joinLabel: 'Prisijungti prie solidarumo dienos',
  addToCalendar: 'Pridėti į kalendorių',
  today: 'Šiandien – Tarptautinė solidarumo su Baltarusija diena.',
  and: 'ir',
  timeLeft: (duration) => `Iki rugpjūčio 4-osios: ${duration}`,
  plural: lithuanian,
  units: {
    days: { one: 'diena', few: 'dienos', other: 'dienų' },
    hours: { one: 'valanda', few: 'valandos', other: 'valandų' },
    minutes: { one: 'minutė', few: 'minutės', other: 'minučių' },
    seconds: { one: 'sekundė', few: 'sekundės', other: 'sekundžių' },
  },
};
