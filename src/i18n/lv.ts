import type { Messages } from './messages.js';
import { latvian } from './plural-rules.js';

export const lv: Messages = {
  heading: 'Starptautiskā solidaritātes diena ar Baltkrieviju',
  summary:
    '2011. gada 4. augustā Baltkrievijas varas iestādes arestēja Alesu Bjaļacki, cilvēktiesību centra ' +
    '“Vjasna” priekšsēdētāju. Kopš 2012. gada aktīvisti un cilvēktiesību aizstāvji visā Eiropā un Eirāzijā ' +
    'atzīmē šo dienu, paužot solidaritāti ar Baltkrievijas pilsonisko sabiedrību. Aicinājums mudina jūs ' +
    'runāt par Baltkrieviju tur, kur dzīvojat, un atbalstīt tās cilvēktiesību aizstāvjus.',
  readMore: 'Par aicinājumu',
  contrastsIntro: '2012. gadā aicinājums jautāja:',
  contrasts: [
    'Jūs darbojaties neformālā grupā? Baltkrievijā par to draud līdz diviem gadiem cietumā.',
    'Jūs ejat uz mītiņiem? Baltkrievijā tiem vajag atļauju, un lielāko daļu dalībnieku arestē uz 5–15 diennaktīm.',
    'Jums patīk zibakcijas? 2011. gadā Baltkrievijā cilvēkus aizturēja par to, ka viņi klusējot aplaudēja.',
    'Jūs lasāt ziņas internetā? Baltkrievijā lielākā daļa neatkarīgo mediju ir bloķēta.',
    'Jūs ceļojat uz ārzemēm? Desmitiem Baltkrievijas aktīvistu un žurnālistu ir liegts izbraukt.',
  ],
  howToJoin: 'Kā pievienoties',
  actions: [
    'Rīkojiet savā pilsētā akciju vai tikšanos par Baltkrievijas pilsonisko sabiedrību.',
    'Atbalstiet Baltkrievijas cilvēktiesību aizstāvjus un pilsoniskās iniciatīvas.',
  ],
  joinLabel: 'Pievienoties solidaritātes dienai',
  addToCalendar: 'Pievienot kalendāram',
  today: 'Šodien ir Starptautiskā solidaritātes diena ar Baltkrieviju.',
  and: 'un',
  timeLeft: (duration) => `Līdz 4. augustam: ${duration}`,
  plural: latvian,
  units: {
    days: { zero: 'dienu', one: 'diena', other: 'dienas' },
    hours: { zero: 'stundu', one: 'stunda', other: 'stundas' },
    minutes: { zero: 'minūšu', one: 'minūte', other: 'minūtes' },
    seconds: { zero: 'sekunžu', one: 'sekunde', other: 'sekundes' },
  },
};
