/**
 * The boxes blog themes put widgets in. Wherever the page lets content decide a box's width (flex and grid
 * items, inline-blocks, floats, absolutely positioned boxes, table cells), each layout must still be as
 * wide as the room there is, at least 15rem where that fits, and never stick out.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { LAYOUTS, numberRows, numbers, part, shadowElements, useClock } from './helpers.js';

const clock = useClock();

/** Each container as a blog writes it, with the room it leaves the widget in a column `width` px wide. */
const CONTAINERS: Record<string, { wrap: (widget: string) => string; room: (width: number) => number }> = {
  'a flex row': { wrap: (w) => `<div style="display: flex">${w}</div>`, room: (width) => width },
  'a flex row beside a 100 px menu': {
    wrap: (w) => `<div style="display: flex; gap: 0"><nav style="flex: none; width: 100px">Menu</nav>${w}</div>`,
    room: (width) => width - 100,
  },
  'a column flex, centered': {
    wrap: (w) => `<div style="display: flex; flex-direction: column; align-items: center">${w}</div>`,
    room: (width) => width,
  },
  'an inline-block': { wrap: (w) => `<div><span style="display: inline-block">${w}</span></div>`, room: (width) => width },
  'a float': { wrap: (w) => `<div style="overflow: hidden"><div style="float: left">${w}</div></div>`, room: (width) => width },
  'an absolutely positioned box': {
    wrap: (w) => `<div style="position: relative; height: 10px"><div style="position: absolute; top: 0; left: 0">${w}</div></div>`,
    room: (width) => width,
  },
  'a table cell': {
    wrap: (w) => `<table style="border-collapse: collapse"><tr><td style="padding: 0">${w}</td></tr></table>`,
    room: (width) => width,
  },
  'a grid auto column': {
    wrap: (w) => `<div style="display: grid; grid-template-columns: auto">${w}</div>`,
    room: (width) => width,
  },
  'a centered text block': { wrap: (w) => `<div style="text-align: center">${w}</div>`, room: (width) => width },
};

async function placed(container: string, layout: string, width: number): Promise<BelarusSolidarity> {
  const widget = `<belarus-solidarity layout="${layout}" lang="en" join-url="https://example.org/"></belarus-solidarity>`;
  const column = await fixture<HTMLElement>(
    html`<div style="width: ${width}px">${unsafeStatic(CONTAINERS[container]!.wrap(widget))}</div>`,
  );
  const el = column.querySelector('belarus-solidarity')!;
  await el.updateComplete;
  return el;
}

/** Pieces of the widget that stick out of its box. */
function stickingOut(el: BelarusSolidarity): string[] {
  const box = part(el, 'base')!.getBoundingClientRect();
  return shadowElements(el)
    // Pieces with no box of their own (slots, the message box without a message) cannot stick out.
    .filter((e) => !e.matches('.spoken, .fill') && e.getClientRects().length)
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5;
    })
    .map((e) => `${e.localName}.${e.className}`);
}

describe('any container', () => {
  const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

  for (const container of Object.keys(CONTAINERS)) {
    it(`in ${container}: every layout is as wide as the room, at least 15rem, never sticking out`, async () => {
      clock.at('2026-07-31T12:00:00+12:00');
      for (const layout of LAYOUTS) {
        for (const width of [600, 1000, 200]) {
          const el = await placed(container, layout, width);
          const label = `${layout} at ${width} px`;
          const room = CONTAINERS[container]!.room(width);
          const box = el.getBoundingClientRect();
          const base = part(el, 'base')!.getBoundingClientRect();
          expect(box.width, label).to.be.closeTo(room, 0.5);
          expect(base.width, `${label}: the visible box fills the widget`).to.be.closeTo(room, 0.5);
          if (room >= 15 * rem()) expect(box.width, label).to.be.at.least(15 * rem());
          expect(box.height, `${label}: a widget, not a column of letters`).to.be.below(3000);
          expect(stickingOut(el), label).to.deep.equal([]);
          expect(numbers(el), label).to.equal('3d 12h 0m 0s');
        }
      }
    });
  }

  it('keeps its reflow inside any container: two by two in a narrow one, the banner a strip in a wide one', async () => {
    clock.at('2026-07-31T12:00:00+12:00');
    for (const container of ['a flex row', 'a float', 'a table cell']) {
      expect(numberRows(await placed(container, 'card', 300)), `${container}, narrow`).to.equal(2);
      expect(numberRows(await placed(container, 'card', 600)), `${container}, wide`).to.equal(1);
      const banner = await placed(container, 'banner', 1100);
      const [heading, countdown] = ['heading', 'countdown'].map((n) => part(banner, n)!.getBoundingClientRect());
      expect(heading!.right, `${container}: the banner is one strip`).to.be.at.most(countdown!.left);
    }
  });
});
