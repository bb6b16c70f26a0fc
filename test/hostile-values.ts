/**
 * The values a partner might paste, and what each must give for each attribute: written out here, not
 * computed by the widget's own code, so a change in the widget cannot move the expectation with it.
 */
import { expect } from '@open-wc/testing';
import type { ATTRIBUTES, BelarusSolidarity } from '../src/belarus-solidarity.js';
import { catalogs } from '../src/i18n/index.js';
import { numbers, part } from './helpers.js';

export const HOSTILE = [
  '',
  '   ',
  'x'.repeat(20_000),
  '<img src=x onerror="window.hacked=1">',
  '"><script>window.hacked=1</script>',
  'javascript:window.hacked=1',
  ' JaVaScRiPt:window.hacked=1',
  'java\tscript:window.hacked=1',
  'data:text/html,<script>window.hacked=1</script>',
  'vbscript:msgbox(1)',
  '\u202eevil',
  'Europe/Nowhere',
  '7',
  '-1',
  '2.5',
  'NaN',
  'DARK',
  'card banner',
  '{{constructor.constructor("window.hacked=1")()}}',
];

const UNSAFE_LINKS = new Set([HOSTILE[5], HOSTILE[6], HOSTILE[7], HOSTILE[8], HOSTILE[9]]);

/** The property each attribute feeds. */
export const PROPERTY: Record<(typeof ATTRIBUTES)[number], string> = {
  'join-url': 'joinUrl',
  'join-label': 'joinLabel',
  'time-zone': 'timeZone',
  theme: 'theme',
  layout: 'layout',
  'heading-level': 'headingLevel',
  'show-days-before': 'showDaysBefore',
  precision: 'precision',
  lang: 'lang',
};

export interface Outcome {
  /** What the property reads back, for the widget's own options. */
  value?: unknown;
  /** Whether the value deserves a warning. */
  warns: boolean;
  /** What the visitor sees, checked on the rendered widget. */
  shows(el: BelarusSolidarity): void;
}

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 22, 26)';

/** For each attribute, what each value must give. */
export function outcome(attribute: (typeof ATTRIBUTES)[number], value: string): Outcome {
  const join = (el: BelarusSolidarity) => part(el, 'join')!;
  switch (attribute) {
    case 'join-url': {
      // Anything that is not a link with a scheme is a path relative to the page, which is safe.
      const href = !value.trim() || UNSAFE_LINKS.has(value) ? '' : new URL(value, document.baseURI).href;
      return {
        value: href,
        warns: !href,
        shows: (el) => {
          if (href) expect((join(el) as HTMLAnchorElement).href).to.equal(href);
          else expect(join(el).localName, 'without a safe link, the join control opens "how to join"').to.equal('button');
        },
      };
    }
    case 'join-label':
      return {
        value: value.trim(),
        warns: !value.trim(),
        shows: (el) => expect(join(el).textContent).to.equal(value.trim() || 'Join the day of solidarity'),
      };
    case 'time-zone':
      return { value: '', warns: true, shows: (el) => expect(numbers(el)).to.equal('2d 13h 29m 45s') };
    case 'theme': {
      const dark = value === 'DARK';
      return {
        value: dark ? 'dark' : 'light',
        warns: !dark,
        shows: (el) => expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal(dark ? DARK : WHITE),
      };
    }
    case 'layout':
      return { value: 'card', warns: true, shows: (el) => expect(part(el, 'summary'), 'the card').to.exist };
    case 'heading-level':
      return { value: 2, warns: true, shows: (el) => expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2') };
    case 'show-days-before': {
      // The tests' instant is two days before 4 August: inside a seven-day window, so shown either way.
      const days = value === '7' ? 7 : null;
      return { value: days, warns: days === null, shows: (el) => expect(numbers(el)).to.equal('2d 13h 29m 45s') };
    }
    case 'precision':
      return { value: 'second', warns: true, shows: (el) => expect(numbers(el)).to.equal('2d 13h 29m 45s') };
    case 'lang':
      return {
        warns: true,
        shows: (el) => {
          expect(part(el, 'heading')!.textContent).to.equal(catalogs.en.heading);
          expect(part(el, 'base')!.lang).to.equal('en');
        },
      };
  }
}

