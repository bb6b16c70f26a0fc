import type { Messages } from './messages.js';
import { oneOther } from './plural-rules.js';

export const en: Messages = {
  heading: 'International Day of Solidarity with Belarus',
  summary:
    'On 4 August 2011 the authorities of Belarus arrested Ales Bialiatski, president of the Human ' +
    'Rights Center “Viasna”. Since 2012 activists and human rights defenders across Europe and Eurasia mark this ' +
    'day in solidarity with Belarusian civil society. The appeal asks you to speak about Belarus where ' +
    'you live and to support its human rights defenders.',
  readMore: 'About the appeal',
  contrastsIntro: 'In 2012 the appeal asked:',
  contrasts: [
    'You belong to an informal group? In Belarus that can mean up to two years in prison.',
    'You go to rallies? In Belarus they need permission, and most participants are jailed for 5–15 days.',
    'You like flash mobs? In 2011 Belarus detained people for clapping in silence.',
    'You read the news online? In Belarus most independent media are blocked.',
    'You travel abroad? Dozens of Belarusian activists and journalists may not leave the country.',
  ],
  howToJoin: 'How to join',
  actions: [
    'Hold a campaign or event in your city about civil society in Belarus.',
    'Support Belarusian human rights defenders and civil society groups.',
  ],
  joinLabel: 'Join the day of solidarity',
  addToCalendar: 'Add to calendar',
  today: 'Today is the International Day of Solidarity with Belarus.',
  and: 'and',
  timeLeft: (duration) => `${duration} until 4 August`,
  plural: oneOther,
  units: {
    days: { one: 'day', other: 'days' },
    hours: { one: 'hour', other: 'hours' },
    minutes: { one: 'minute', other: 'minutes' },
    seconds: { one: 'second', other: 'seconds' },
  },
};
