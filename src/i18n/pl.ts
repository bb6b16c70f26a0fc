import type { Messages } from './messages.js';

export const pl: Messages = {
  heading: 'Międzynarodowy Dzień Solidarności z Białorusią',
  summary:
    '4 sierpnia 2011 roku władze Białorusi aresztowały Alesia Bialackiego, przewodniczącego Centrum Praw ' +
    'Człowieka „Wiasna”. Od 2012 roku działacze i obrońcy praw człowieka w całej Europie i Eurazji ' +
    'obchodzą ten dzień w geście solidarności z białoruskim społeczeństwem obywatelskim. Apel zachęca, by ' +
    'mówić o Białorusi tam, gdzie mieszkasz, i wspierać jej obrońców praw człowieka.',
  readMore: 'O apelu',
  contrastsIntro: 'W 2012 roku apel pytał:',
  contrasts: [
    'Należysz do nieformalnej grupy? Na Białorusi grożą za to nawet dwa lata więzienia.',
    'Chodzisz na wiece? Na Białorusi potrzebna jest zgoda władz, a uczestników zamyka się w areszcie na 5–15 dni.',
    'Lubisz flash moby? W 2011 roku na Białorusi zatrzymywano ludzi za ciche oklaski.',
    'Czytasz wiadomości w internecie? Na Białorusi większość niezależnych mediów jest zablokowana.',
    'Podróżujesz za granicę? Dziesiątki białoruskich działaczy i dziennikarzy mają zakaz wyjazdu.',
  ],
  howToJoin: 'Jak się przyłączyć',
  actions: [
    'Zorganizuj w swoim mieście akcję lub spotkanie o społeczeństwie obywatelskim Białorusi.',
    'Wspieraj białoruskich obrońców praw człowieka i inicjatywy obywatelskie.',
  ],
  joinLabel: 'Dołącz do dnia solidarności',
  addToCalendar: 'Dodaj do kalendarza',
  today: 'Dziś jest Międzynarodowy Dzień Solidarności z Białorusią.',
  and: 'i',
  timeLeft: (duration) => `Do 4 sierpnia: ${duration}`,
  units: {
    days: { one: 'dzień', few: 'dni', many: 'dni' },
    hours: { one: 'godzina', few: 'godziny', many: 'godzin' },
    minutes: { one: 'minuta', few: 'minuty', many: 'minut' },
    seconds: { one: 'sekunda', few: 'sekundy', many: 'sekund' },
  },
};
