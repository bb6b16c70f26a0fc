/** Runs in browsers started in forced-colors (high contrast) mode (see web-test-runner.config.mjs). */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BelarusSolidarity } from '../../src/belarus-solidarity.js';
import { LAYOUTS, contrast, part, shownPart, useClock } from '../helpers.js';

describe('a visitor in forced-colors mode', () => {
  const clock = useClock();
  beforeEach(() => clock.at('2026-06-01T12:00:00Z'));

  it('is what this browser reports', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  for (const layout of LAYOUTS) {
    it(`sees every part of the ${layout} layout, distinct from its background`, async () => {
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity layout=${layout} join-url="https://example.org/"></belarus-solidarity>`);
      const base = part(el, 'base')!;
      const canvas = getComputedStyle(base).backgroundColor;
      const border = getComputedStyle(base);
      expect(parseFloat(border.borderBottomWidth), 'the box keeps its border').to.be.above(0);
      // Forced colors drop gradients; the stripe is the top border then, half a rem thick, in the text's color.
      expect(parseFloat(border.borderTopWidth), 'the stripe').to.be.at.least(8);
      expect(contrast(border.borderTopColor, canvas), 'the stripe against the background').to.be.at.least(4.5);
      const names = ['heading', 'countdown', 'days', 'hours', 'minutes', 'seconds', 'summary', 'join'];
      for (const name of names.filter((n) => shownPart(el, n))) {
        const piece = part(el, name)!;
        const style = getComputedStyle(piece);
        const box = piece.getBoundingClientRect();
        expect(box.width * box.height, `${name} has a size`).to.be.above(0);
        expect(style.visibility, name).to.equal('visible');
        const behind = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? canvas : style.backgroundColor;
        expect(contrast(style.color, behind), `${name}: ${style.color} on ${behind}`).to.be.at.least(4.5);
      }
    });
  }

  it('shows the disclosure triangle, as a list marker (forced colors drop the background that draws it)', async () => {
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const disclosure = part(el, 'read-more')!;
    expect(getComputedStyle(disclosure).display).to.equal('list-item');
    expect(getComputedStyle(disclosure).listStyleType).to.equal('disclosure-closed');
    disclosure.querySelector('button')!.click();
    await el.updateComplete;
    expect(getComputedStyle(disclosure).listStyleType).to.equal('disclosure-open');
  });

  it('keeps the focus ring', async () => {
    const page = await fixture<HTMLElement>(html`
      <div><button id="before">before</button><belarus-solidarity layout="compact" join-url="https://example.org/"></belarus-solidarity></div>
    `);
    const el = page.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const join = el.shadowRoot!.activeElement!;
    expect(join.getAttribute('part')).to.equal('join');
    const style = getComputedStyle(join);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    const canvas = getComputedStyle(part(el, 'base')!).backgroundColor;
    expect(contrast(style.outlineColor, canvas), 'ring against the background').to.be.at.least(3);
  });
});
