import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { catalogs, type Language } from '../src/i18n/index.js';
import { LAYOUTS, numberRows, openAppeal, part, shadowElements, shown, useClock } from './helpers.js';

const clock = useClock();
const languages = Object.keys(catalogs) as Language[];

async function inColumn(
  width: number,
  layout: string,
  lang: string,
  { spacing = '1rem', precision = 'second' } = {},
): Promise<BelarusSolidarity> {
  const column = await fixture<HTMLElement>(
    html`<div style="width: ${width}px; --solidarity-spacing: ${spacing}"><belarus-solidarity layout=${layout} lang=${lang} precision=${precision} join-url="https://example.org/"></belarus-solidarity></div>`,
  );
  const el = column.querySelector('belarus-solidarity')!;
  await el.updateComplete;
  return el;
}

/** Pieces that stick out of the widget's box or are cut inside it, by name. */
function overflowing(el: BelarusSolidarity): string[] {
  const base = part(el, 'base')!;
  const box = base.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  if (Math.abs(box.width - host.width) > 0.5) problems.push(`base is ${box.width}px in a ${host.width}px host`);
  for (const element of [base, ...shadowElements(el)]) {
    // Pieces with no box of their own (slots, the message box without a message) cannot overflow.
    if (element.classList.contains('spoken') || !element.getClientRects().length) continue;
    const rect = element.getBoundingClientRect();
    const name = `${element.localName}.${element.className}`;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) problems.push(`${name} sticks out`);
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline') problems.push(`${name} is cut`);
  }
  return problems;
}

describe('layouts', () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: nothing overflows in a 240 px column, in any language, counting and on the day`, async () => {
      for (const instant of ['2026-07-31T12:00:00+12:00', '2026-08-04T12:00:00+12:00']) {
        clock.at(instant);
        for (const lang of languages) {
          const el = await inColumn(240, layout, lang);
          // The read-more text is checked open too.
          await openAppeal(el);
          expect(overflowing(el), `${layout} ${lang} at ${instant}`).to.deep.equal([]);
        }
      }
    });

    it(`${layout}: fills a 1200 px column without overflow`, async () => {
      clock.at('2026-07-31T12:00:00+12:00');
      for (const lang of languages) {
        const el = await inColumn(1200, layout, lang);
        expect(el.getBoundingClientRect().width).to.equal(1200);
        expect(overflowing(el), `${layout} ${lang}`).to.deep.equal([]);
      }
    });
  }

  it('banner: one strip at most 160 px tall at desktop width, in every language', async () => {
    for (const instant of ['2026-07-31T12:00:00+12:00', '2026-08-04T12:00:00+12:00']) {
      clock.at(instant);
      for (const lang of languages) {
        const el = await inColumn(1200, 'banner', lang);
        const height = el.getBoundingClientRect().height;
        expect(height, `${lang} at ${instant}`).to.be.at.most(160);
        const [heading, countdown, actions] = ['[part=heading]', '[part=countdown]', '.actions'].map(
          (selector) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect(),
        );
        expect(heading!.right, `${lang}: countdown right of the heading`).to.be.at.most(countdown!.left);
        expect(countdown!.right, `${lang}: actions right of the countdown`).to.be.at.most(actions!.left);
      }
    }
  });

  it('goes two by two in a narrow column and four in a row in a wide one', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    expect(numberRows(await inColumn(240, 'card', 'en'))).to.equal(2);
    expect(numberRows(await inColumn(600, 'card', 'en'))).to.equal(1);
  });

  it('changes to the narrow layout below 24rem of the widget, to the pixel, at any spacing: two by two, each control on a line of its own', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    /** Whether the part takes the whole line it is on, `line` px wide. */
    const fills = (el: BelarusSolidarity, name: string, line: number) => Math.abs(part(el, name)!.getBoundingClientRect().width - line) < 0.5;
    for (const spacing of ['1rem', '0.5rem', '1.75rem']) {
      for (const [px, narrow] of [[24 * rem - 1, true], [24 * rem, false]] as const) {
        const at = `spacing ${spacing}, ${px} px`;
        const card = await inColumn(px, 'card', 'en', { spacing });
        expect(numberRows(card), `card, ${at}: rows of numbers`).to.equal(narrow ? 2 : 1);
        const line = card.shadowRoot!.querySelector('.actions')!.getBoundingClientRect().width;
        expect(fills(card, 'join', line), `card, ${at}: the join link takes its line`).to.equal(narrow);
        expect(fills(card, 'calendar', line), `card, ${at}: the calendar button takes its line`).to.equal(narrow);
        const compact = await inColumn(px, 'compact', 'en', { spacing });
        expect(numberRows(compact), `compact, ${at}: rows of numbers`).to.equal(narrow ? 2 : 1);
        expect(fills(compact, 'join', part(compact, 'countdown')!.getBoundingClientRect().width), `compact, ${at}: the join link takes its line`).to.equal(narrow);
      }
    }
  });

  it('puts each unit word under its number in every layout, at every precision, narrow and wide', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    const words = { second: ['days', 'hours', 'minutes', 'seconds'], minute: ['days', 'hours', 'minutes'], day: ['days'] };
    for (const layout of LAYOUTS) {
      for (const [precision, expected] of Object.entries(words)) {
        for (const width of [240, 600, 1200]) {
          const el = await inColumn(width, layout, 'en', { precision });
          expect((shown(el) as { words: string[] }).words, `${layout}, ${precision}, ${width} px`).to.deep.equal(expected);
        }
      }
    }
  });

  it('gives each number shown an equal column across the countdown in the card and compact, at every precision, narrow and wide, in the languages of long words too', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    // Numbers per row: four in a row or two by two counting seconds; three in a row to the minute, narrow
    // too (two rows would leave the minutes alone); the days alone to the day.
    const rows = { second: { 240: '2+2', 600: '4' }, minute: { 240: '3', 600: '3' }, day: { 240: '1', 600: '1' } };
    // English, and the languages of the longest words (Finnish, Hungarian, Greek and Dutch compounds).
    for (const [layout, lang] of ['card', 'compact'].flatMap((layout) => ['en', 'fi', 'hu', 'el', 'nl'].map((lang) => [layout, lang]))) {
      for (const [precision, byWidth] of Object.entries(rows)) {
        for (const [width, expected] of Object.entries(byWidth)) {
          const el = await inColumn(Number(width), layout, lang, { precision });
          const at = `${layout}, ${lang}, ${precision}, ${width} px`;
          const countdown = part(el, 'countdown')!.getBoundingClientRect();
          const boxes = ['days', 'hours', 'minutes', 'seconds'].map((n) => part(el, n)!).filter((n) => n.getClientRects().length).map((n) => n.getBoundingClientRect());
          const lines = [...new Set(boxes.map((b) => Math.round(b.top)))].map((top) => boxes.filter((b) => Math.round(b.top) === top));
          expect(lines.map((line) => line.length).join('+'), `${at}: numbers per row`).to.equal(expected);
          const widths = boxes.map((b) => Math.round(b.width));
          expect(Math.max(...widths) - Math.min(...widths), `${at}: column widths ${widths.join(', ')}`).to.be.at.most(1);
          for (const line of lines) {
            expect(line[0]!.left - countdown.left, `${at}: a row starts at the countdown's edge`).to.be.closeTo(0, 0.5);
            expect(countdown.right - line.at(-1)!.right, `${at}: a row ends at the countdown's edge`).to.be.closeTo(0, 0.5);
          }
        }
      }
    }
  });

  it('keeps the numbers’ width when they change (tabular figures)', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    const el = await inColumn(600, 'card', 'en');
    expect(getComputedStyle(part(el, 'seconds')!).fontVariantNumeric).to.contain('tabular-nums');
  });
});

describe('theming', () => {
  beforeEach(() => clock.at('2026-06-01T12:00:00Z'));

  it('takes every custom property from the element', async () => {
    const el = await fixture<BelarusSolidarity>(html`
      <belarus-solidarity
        style="--solidarity-accent: rgb(1, 2, 3); --solidarity-on-accent: rgb(4, 5, 6); --solidarity-background: rgb(7, 8, 9);
               --solidarity-color: rgb(10, 11, 12); --solidarity-muted: rgb(13, 14, 15); --solidarity-border: rgb(16, 17, 18);
               --solidarity-radius: 3px; --solidarity-spacing: 20px; --solidarity-font-family: monospace;
               --solidarity-number-font-family: serif"
        join-url="https://example.org/"
      ></belarus-solidarity>
    `);
    const style = (name: string) => getComputedStyle(part(el, name)!);
    expect(style('days').color).to.equal('rgb(1, 2, 3)');
    expect(style('join').backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style('join').color).to.equal('rgb(4, 5, 6)');
    expect(style('base').backgroundColor).to.equal('rgb(7, 8, 9)');
    expect(style('summary').color).to.equal('rgb(10, 11, 12)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.word')!).color).to.equal('rgb(13, 14, 15)');
    expect(style('base').borderRightColor).to.equal('rgb(16, 17, 18)');
    expect(style('base').borderBottomLeftRadius).to.equal('3px');
    expect(style('base').paddingBottom).to.equal('25px');
    expect(style('summary').fontFamily).to.equal('monospace');
    expect(style('days').fontFamily).to.equal('serif');
  });

  it('lets ::part() restyle the pieces', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `
      belarus-solidarity.parted::part(join) { background: rgb(0, 100, 0); text-transform: uppercase; }
      belarus-solidarity.parted::part(heading) { font-size: 40px; }
      belarus-solidarity.parted::part(days) { color: rgb(200, 0, 200); }
      belarus-solidarity.parted::part(read-more) { display: none; }`;
    document.head.append(sheet);
    try {
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity class="parted" join-url="https://example.org/"></belarus-solidarity>`);
      expect(getComputedStyle(part(el, 'join')!).backgroundColor).to.equal('rgb(0, 100, 0)');
      expect(getComputedStyle(part(el, 'join')!).textTransform).to.equal('uppercase');
      expect(getComputedStyle(part(el, 'heading')!).fontSize).to.equal('40px');
      expect(getComputedStyle(part(el, 'days')!).color).to.equal('rgb(200, 0, 200)');
      expect(getComputedStyle(part(el, 'read-more')!).display).to.equal('none');
    } finally {
      sheet.remove();
    }
  });

  it('draws the white-red-white stripes in the accent color', async () => {
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity style="--solidarity-accent: rgb(9, 9, 9)"></belarus-solidarity>`);
    const base = getComputedStyle(part(el, 'base')!);
    // The top layer: white, the accent, white, half a rem high at the top, over a one-pixel line.
    const [stripes] = base.backgroundImage.split(/,\s*(?=linear-gradient)/);
    expect(stripes).to.match(/^linear-gradient\(rgb\(255, 255, 255\) 0(px|%)?, rgb\(255, 255, 255\) 33%, rgb\(9, 9, 9\) 33%, rgb\(9, 9, 9\) 67%, rgb\(255, 255, 255\) 67%\)/);
    expect(base.backgroundSize.split(',')[0]!.trim()).to.equal('100% 8px');
    expect(base.backgroundRepeat.split(',')[0]!.trim()).to.equal('no-repeat');
  });
});
