/**
 * Every letter of every language is drawn with a real glyph in the widget's font in this engine: none falls
 * back to the empty box a font draws for a character it lacks (Georgian, Armenian, Greek and Cyrillic among
 * them). And nothing the widget does turns Georgian into its capitals (Mtavruli), or Turkish casing wrong.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { catalogs, type Language, type Messages } from '../src/i18n/index.js';
import { part, useClock } from './helpers.js';

const clock = useClock();

/** Every text of a catalog. */
const textsOf = (m: Messages) => [
  m.heading, m.summary, m.readMore, m.contrastsIntro, ...m.contrasts, m.howToJoin, ...m.actions, m.joinLabel, m.addToCalendar, m.today, m.and,
  m.timeLeft(''), ...Object.values(m.units).flatMap((words) => Object.values(words)),
];

/** The box `text` takes in `font`: its width and how far it reaches above and below the baseline. */
function extent(text: string, font: string): string {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = font;
  const metrics = context.measureText(text);
  return [metrics.width, metrics.actualBoundingBoxAscent, metrics.actualBoundingBoxDescent].join(' ');
}

/** The pixels `text` draws in `font`, as a string to compare. */
function drawn(text: string, font: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.font = font;
  context.textBaseline = 'top';
  context.fillText(text, 8, 8);
  return Array.from(context.getImageData(0, 0, 48, 48).data).join(',');
}

describe('scripts', () => {
  it('draws every letter of every language with a glyph of its own, in the font the widget shows it in', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity lang="en"></belarus-solidarity>`);
    const font = `16px ${getComputedStyle(part(el, 'base')!).fontFamily}`;
    // What the engine draws for a character no font has, as for an unassigned code point: one empty box
    // (Chromium, WebKit), or a box with the character's code in it, each the same size (Firefox).
    const missing = drawn('\u0378', font);
    const codesInBoxes = missing !== drawn('\u0379', font);
    const box = extent('\u0378', font);
    const isMissing = (letter: string) => (codesInBoxes ? extent(letter, font) === box : drawn(letter, font) === missing);
    // The check itself: Ol Chiki, which no font here has, is a box.
    expect(isMissing('\u1c5a'), 'a letter no font has is found').to.equal(true);
    const boxes: string[] = [];
    for (const [language, messages] of Object.entries(catalogs)) {
      const letters = new Set([...textsOf(messages).join('')].filter((char) => /\p{L}/u.test(char)));
      for (const letter of letters) if (isMissing(letter)) boxes.push(`${language}: ${letter} (U+${letter.codePointAt(0)!.toString(16)})`);
    }
    expect(boxes).to.deep.equal([]);
  });

  it('shows Georgian in its ordinary letters, never in capitals', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    for (const layout of ['card', 'compact', 'banner']) {
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity lang="ka" layout=${layout}></belarus-solidarity>`);
      for (const element of [el.shadowRoot!.querySelector('[part~="base"]')!, ...el.shadowRoot!.querySelectorAll('*')]) {
        expect(getComputedStyle(element).textTransform, `${layout} ${element.localName}.${element.className}`).to.be.oneOf(['none', '']);
      }
      // Mtavruli is U+1C90–U+1CBF; the catalog has none, and nothing the widget draws does either.
      expect(el.shadowRoot!.textContent).to.not.match(/[\u1c90-\u1cbf]/u);
    }
  });

  it('marks Turkish and Azerbaijani with their language, which decides how i and ı change case', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    for (const language of ['tr', 'az'] as Language[]) {
      const el = await fixture<BelarusSolidarity>(html`<div lang="en"><belarus-solidarity lang=${language}></belarus-solidarity></div>`);
      const widget = el.querySelector('belarus-solidarity') as BelarusSolidarity;
      await widget.updateComplete;
      expect(part(widget, 'base')!.getAttribute('lang')).to.equal(language);
      expect(part(widget, 'heading')!.textContent).to.equal(catalogs[language].heading);
    }
  });
});
