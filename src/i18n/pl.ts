import type { Messages } from './messages.js';
import { polish } from './plural-rules.js';

export const pl: Messages = {
  heading: 'Międzynarodowy Dzień Solidarności z\u00a0Białorusią',
  summary:
    '4 sierpnia 2011 roku władze Białorusi aresztowały Alesia Bialackiego, przewodniczącego Centrum Praw ' +
    'Człowieka „Wiasna”. Od 2012 roku działacze i\u00a0obrońcy praw człowieka w\u00a0całej Europie i\u00a0Eurazji ' +
    'obchodzą ten dzień w\u00a0geście solidarności z\u00a0białoruskim społeczeństwem obywatelskim. Apel zachęca cię ' +
    'do mówienia o\u00a0Białorusi tam, gdzie mieszkasz, i\u00a0do wspierania jej obrońców praw człowieka.',
  readMore: 'O\u00a0apelu',
  contrastsIntro: 'W\u00a02012 roku apel pytał:',
  contrasts: [
    'Należysz do nieformalnej grupy? Na Białorusi grożą za to nawet dwa lata więzienia.',
    'Chodzisz na wiece? Na Białorusi potrzebna jest zgoda władz, a\u00a0większość uczestników trafia do aresztu na 5–15 dni.',
    'Lubisz flash moby? W\u00a02011 roku na Białorusi zatrzymywano ludzi za klaskanie w\u00a0milczeniu.',
    'Czytasz wiadomości w\u00a0internecie? Na Białorusi większość niezależnych mediów jest zablokowana.',
    'Podróżujesz za granicę? Dziesiątki białoruskich działaczy i\u00a0dziennikarzy mają zakaz wyjazdu.',
  ],
  howToJoin: 'Jak się przyłączyć',
  actions: [
    'Zorganizuj w\u00a0swoim mieście akcję lub spotkanie o\u00a0społeczeństwie obywatelskim Białorusi.',
    'Wspieraj białoruskich obrońców praw człowieka i\u00a0inicjatywy obywatelskie.',
  ],
  joinLabel: 'Dołącz do dnia solidarności',
  addToCalendar: 'Dodaj do kalendarza',
  today: 'Dziś jest Międzynarodowy Dzień Solidarności z\u00a0Białorusią.',
  and: 'i',
  timeLeft: (duration) => `Do 4 sierpnia: ${duration}`,
  plural: polish,
  units: {
    days: { one: 'dzień', few: 'dni', many: 'dni' },
    hours: { one: 'godzina', few: 'godziny', many: 'godzin' },
    minutes: { one: 'minuta', few: 'minuty', many: 'minut' },
    seconds: { one: 'sekunda', few: 'sekundy', many: 'sekund' },
  },
};
