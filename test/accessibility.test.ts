import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { auditEveryLayout, colorPairs, contrast, openAppeal, part, useClock } from './helpers.js';

const clock = useClock();

describe('accessibility', () => {
  for (const theme of ['light', 'dark', 'auto']) {
    it(`has no axe violations in the ${theme} theme, in every layout, counting and on the day`, async () => {
      await auditEveryLayout(theme);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`meets AA contrast in the ${theme} theme, the accent and the text on it included`, async () => {
      clock.at('2026-06-01T12:00:00Z');
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity theme=${theme}></belarus-solidarity>`);
      for (const [what, text, background] of colorPairs(el)) {
        expect(contrast(text, background), `${what}: ${text} on ${background}`).to.be.at.least(4.5);
      }
    });
  }

  it('reads the countdown as one sentence in a timer that is never announced while it ticks', async () => {
    clock.at('2026-08-01T10:30:15+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const countdown = part(el, 'countdown')!;
    expect(countdown.getAttribute('role')).to.equal('timer');
    for (let node: Element | null = countdown; node; node = node.parentElement) {
      expect(node.getAttribute('aria-live') ?? 'off', 'no live region').to.equal('off');
    }
    // Every element that holds text of its own, apart from the sentence.
    const shown = [...countdown.querySelectorAll('*')].filter((e) => !e.childElementCount && !e.matches('.spoken'));
    expect(shown.map((e) => e.textContent)).to.deep.equal(['2', 'days', '13', 'hours', '29', 'minutes', '45', 'seconds']);
    for (const piece of shown) {
      expect(piece.closest('[aria-hidden="true"]'), `"${piece.textContent}" is not read on its own`).to.not.be.null;
    }
    expect(countdown.querySelector('.spoken')!.textContent).to.equal('2 days, 13 hours and 29 minutes until 4 August');
  });

  it('puts its heading at heading-level, and the "how to join" heading one below', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const level = (el: BelarusSolidarity, selector: string) => el.shadowRoot!.querySelector(selector)!.getAttribute('aria-level');
    const opened = async (template: ReturnType<typeof html>) => {
      const el = await fixture<BelarusSolidarity>(template);
      await openAppeal(el);
      return el;
    };
    const standard = await opened(html`<belarus-solidarity></belarus-solidarity>`);
    expect([level(standard, '[part=heading]'), level(standard, '#how-to-join')]).to.deep.equal(['2', '3']);
    const top = await opened(html`<belarus-solidarity heading-level="1"></belarus-solidarity>`);
    expect([level(top, '[part=heading]'), level(top, '#how-to-join')]).to.deep.equal(['1', '2']);
    const deepest = await opened(html`<belarus-solidarity heading-level="6"></belarus-solidarity>`);
    expect([level(deepest, '[part=heading]'), level(deepest, '#how-to-join')]).to.deep.equal(['6', '6']);
    deepest.headingLevel = 4;
    await deepest.updateComplete;
    expect(level(deepest, '[part=heading]')).to.equal('4');
  });

  it('falls back to heading level 2 for a bad heading-level, with one warning', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const warn = sinon.stub(console, 'warn');
    try {
      for (const value of ['7', '0', 'two', '2.5', '']) {
        const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity heading-level=${value}></belarus-solidarity>`);
        expect(el.headingLevel, value).to.equal(2);
        expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('2');
      }
      expect(warn.callCount).to.equal(5);
    } finally {
      warn.restore();
    }
  });

  it('is reachable with Tab, shows a focus ring on each control and lets focus move on', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const page = await fixture<HTMLElement>(html`
      <div>
        <button id="before">before</button>
        <belarus-solidarity join-url="https://example.org/join"></belarus-solidarity>
        <button id="after">after</button>
      </div>
    `);
    const el = page.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const inside = el.shadowRoot!.activeElement as HTMLElement | null;
      if (document.activeElement === el && inside) {
        const ring = getComputedStyle(inside);
        expect(ring.outlineStyle, `${inside.localName} focus ring`).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        stops.push(inside.textContent!);
      } else {
        stops.push(document.activeElement!.id);
      }
    }
    expect(stops).to.deep.equal(['About the appeal', 'Join the day of solidarity', 'Add to calendar', 'Google', 'Outlook.com', 'after']);
  });

  it('opens and closes the appeal from the keyboard, saying whether it is open', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const page = await fixture<HTMLElement>(html`
      <div><button id="before">before</button><belarus-solidarity join-url="https://example.org/join"></belarus-solidarity></div>
    `);
    const el = page.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = el.shadowRoot!.activeElement as HTMLElement;
    expect(toggle.textContent).to.equal('About the appeal');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Enter opens').to.equal('true');
    expect(part(el, 'read-more')!.textContent).to.contain('You go to rallies? In Belarus');
    expect(el.shadowRoot!.activeElement, 'focus stays on the control').to.equal(toggle);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded'), 'Space closes').to.equal('false');
    expect(part(el, 'read-more')!.querySelectorAll('li')).to.have.length(0);
  });

  it('moves: the day’s message arrives with an animation and the join button eases its colors', async () => {
    // The reduced-motion run (test/preferences) checks that these stop; this shows there is motion to stop.
    clock.at('2026-08-04T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    expect(getComputedStyle(part(el, 'countdown')!).animationName).to.not.equal('none');
    expect(getComputedStyle(part(el, 'join')!).transitionDuration).to.not.match(/^0s(, 0s)*$/);
  });
});
