import type { Messages } from './messages.js';

export const en: Messages = {
  heading: 'International Day of Solidarity with Belarus',
  summary:
    'On 4 August 2011 the authorities of Belarus arrested Ales Bialiatski, head of the Human Rights Center ' +
    '“Viasna”. Since 2012 civil society activists, human rights defenders and concerned citizens across ' +
    'Europe and Eurasia mark this day in solidarity with the people of Belarus who defend freedom of ' +
    'assembly, association and expression under constant pressure. The appeal asks you to speak about ' +
    'Belarus where you live and to support its human rights defenders.',
  readMore: 'Read more about the appeal',
  contrastsIntro: 'The appeal of 2012 put it this way:',
  contrasts: [
    'You belong to an informal group? In Belarus, taking part in an unregistered organisation can mean two years in prison.',
    'You take part in rallies and pickets? In Belarus they need the authorities’ permission, and most participants are arrested for 5 to 15 days.',
    'You like flash mobs? In 2011 the authorities answered silent, clapping crowds with detentions and a ban on “organised mass inaction”.',
    'You read the news online? In Belarus internet cafés ask for your passport, and state agencies block most independent media.',
    'You travel abroad? Dozens of Belarusian activists, journalists and human rights defenders are on a travel ban list for criticising the government.',
  ],
  howToJoin: 'How to join',
  actions: [
    'Hold a local campaign or event in your city or country about the situation of civil society in Belarus.',
    'Act in support of individual human rights defenders and civil society groups in Belarus.',
  ],
  joinLabel: 'Join the day of solidarity',
  today: 'Today, 4 August, is the International Day of Solidarity with Belarus.',
  timeLeft: (duration) => `${duration} until 4 August`,
  units: {
    days: { one: 'day', other: 'days' },
    hours: { one: 'hour', other: 'hours' },
    minutes: { one: 'minute', other: 'minutes' },
    seconds: { one: 'second', other: 'seconds' },
  },
};
