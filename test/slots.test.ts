/**
 * A partner's own words: `slot="heading"` replaces the heading's text, `slot="message"` adds their paragraph
 * (a local event, say). Slotted content stays the partner's light DOM, styled by their page; the widget
 * only places it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { LAYOUTS, part, useClock } from './helpers.js';

const near = (a: number, b: number) => Math.abs(a - b) < 1;

/** Whether `inner`'s box lies within `outer`'s. */
function inside(inner: Element, outer: Element): boolean {
  const i = inner.getBoundingClientRect();
  const o = outer.getBoundingClientRect();
  return i.width > 0 && i.height > 0 && i.left >= o.left - 0.5 && i.right <= o.right + 0.5 && i.top >= o.top - 0.5 && i.bottom <= o.bottom + 0.5;
}

async function partnerPage(layout: string, width: number): Promise<{ el: BelarusSolidarity; heading: HTMLElement; message: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`
    <div style="width: ${width}px">
      <style>
        .vigil { color: rgb(1, 102, 51); margin: 0; }
        .vigil a { color: rgb(120, 0, 120); }
      </style>
      <belarus-solidarity layout=${layout}>
        <span slot="heading">Solidarity with Belarus in Vilnius</span>
        <p slot="message" class="vigil">Vigil in Vilnius, 4 August, 18:00, Cathedral Square. <a href="https://example.org/vigil">Details</a></p>
        <a href="https://example.org/">Fallback link</a>
      </belarus-solidarity>
    </div>
  `);
  const el = page.querySelector<BelarusSolidarity>('belarus-solidarity')!;
  await el.updateComplete;
  return { el, heading: el.querySelector('[slot=heading]')!, message: el.querySelector('[slot=message]')! };
}

describe('slots', () => {
  const clock = useClock();
  beforeEach(() => clock.at('2026-07-31T12:00:00+12:00'));

  for (const layout of LAYOUTS) {
    for (const width of [320, 1000]) {
      it(`in ${layout} at ${width} px: the message shows in its part, styled by the page, where the layout puts it`, async () => {
        const { el, message } = await partnerPage(layout, width);
        const box = part(el, 'message')!;
        expect(inside(message, box), 'the message inside its part').to.be.true;
        expect(inside(box, part(el, 'base')!), 'the part inside the widget').to.be.true;
        expect(getComputedStyle(message).color, "the page's style").to.equal('rgb(1, 102, 51)');
        expect(getComputedStyle(message.querySelector('a')!).color).to.equal('rgb(120, 0, 120)');
        expect(message.querySelector('a')!.href).to.equal('https://example.org/vigil');
        const top = box.getBoundingClientRect().top;
        const bottomOf = (name: string) => part(el, name)!.getBoundingClientRect().bottom;
        if (layout === 'card') expect(top, 'below the summary').to.be.at.least(bottomOf('summary'));
        if (layout === 'compact') {
          expect(top, 'below the countdown').to.be.at.least(bottomOf('countdown'));
          expect(box.getBoundingClientRect().bottom, 'above the join link').to.be.at.most(part(el, 'join')!.getBoundingClientRect().top);
        }
        if (layout === 'banner') {
          for (const name of ['heading', 'countdown']) expect(top, `below the ${name}`).to.be.at.least(bottomOf(name));
          const content = part(el, 'heading')!.getBoundingClientRect().left;
          expect(near(box.getBoundingClientRect().left, content), 'starts where the heading does').to.be.true;
          if (width === 1000) {
            // A line of its own under the strip, as wide as the strip's content.
            expect(top, 'below the actions').to.be.at.least(bottomOf('calendar'));
            const right = Math.max(part(el, 'join')!.getBoundingClientRect().right, part(el, 'calendar')!.getBoundingClientRect().right);
            expect(near(box.getBoundingClientRect().right, right), 'ends where the strip does').to.be.true;
          } else {
            // Stacked, the banner reads like the compact layout: the message before the buttons.
            expect(box.getBoundingClientRect().bottom, 'above the join link').to.be.at.most(part(el, 'join')!.getBoundingClientRect().top);
          }
        }
        expect(el.querySelector('a[href="https://example.org/"]')!.getClientRects().length, 'the unslotted fallback').to.equal(0);
      });
    }
  }

  for (const layout of ['card', 'banner'] as const) {
    it(`in ${layout}: the heading slot replaces the heading's text; the heading, its level and its part stay`, async () => {
      const { el, heading } = await partnerPage(layout, 600);
      const box = part(el, 'heading')!;
      expect(box.getAttribute('role')).to.equal('heading');
      expect(box.getAttribute('aria-level')).to.equal('2');
      expect(inside(heading, box)).to.be.true;
      // The default text is the slot's fallback: not rendered once the partner's text is there.
      const slot = box.querySelector('slot')!;
      expect(slot.assignedNodes()).to.deep.equal([heading]);
      expect(box.getBoundingClientRect().height).to.be.below(2 * parseFloat(getComputedStyle(box).lineHeight) + 1);
    });
  }

  it('without a message, no message box and no gap for it', async () => {
    const plain = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    expect(part(plain, 'message')!.getClientRects().length).to.equal(0);
  });

  it("leaves clicks in the partner's content to the partner, even on buttons named like the widget's", async () => {
    const el = await fixture<BelarusSolidarity>(html`
      <belarus-solidarity layout="banner">
        <p slot="message"><button class="join">Sign up</button> <button class="calendar">Dates</button> <button class="disclosure">More</button></p>
      </belarus-solidarity>
    `);
    const created = sinon.spy(URL, 'createObjectURL');
    try {
      for (const button of el.querySelectorAll('button')) button.click();
      await el.updateComplete;
      expect(part(el, 'read-more') === null, 'the appeal stays closed').to.be.true;
      expect(created.called, 'no calendar file').to.be.false;
      // The widget's own join button still opens it.
      part(el, 'join')!.click();
      await el.updateComplete;
      expect(part(el, 'read-more')!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      created.restore();
    }
  });

  it('a message added or removed later shows or goes at once', async () => {
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity layout="compact"></belarus-solidarity>`);
    const before = el.getBoundingClientRect().height;
    const message = document.createElement('p');
    message.slot = 'message';
    message.textContent = 'Picket at noon';
    el.append(message);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(part(el, 'message')!.getClientRects().length).to.equal(1);
    expect(el.getBoundingClientRect().height).to.be.above(before);
    message.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    expect(part(el, 'message')!.getClientRects().length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(before);
  });
});
