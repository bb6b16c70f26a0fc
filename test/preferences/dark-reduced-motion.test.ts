/** Runs in browsers started with a dark color scheme and reduced motion (see web-test-runner.config.mjs). */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { BelarusSolidarity } from '../../src/belarus-solidarity.js';
import { auditEveryLayout, colorPairs, contrast, part, shadowElements, shownPart, useClock } from '../helpers.js';

describe('a visitor who prefers a dark scheme and reduced motion', () => {
  const clock = useClock();

  it('is what this browser reports', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark scheme').to.be.true;
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.be.true;
  });

  it('gets the dark theme from theme="auto"', async () => {
    clock.at('2026-08-04T12:00:00+12:00');
    const auto = await fixture<BelarusSolidarity>(html`<belarus-solidarity theme="auto"></belarus-solidarity>`);
    const dark = await fixture<BelarusSolidarity>(html`<belarus-solidarity theme="dark"></belarus-solidarity>`);
    const light = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const background = (el: BelarusSolidarity) => getComputedStyle(part(el, 'base')!).backgroundColor;
    expect(background(auto)).to.equal(background(dark));
    expect(background(auto)).to.not.equal(background(light));
  });

  it('has AA contrast in theme="auto"', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity theme="auto"></belarus-solidarity>`);
    for (const [what, text, background] of colorPairs(el)) {
      expect(contrast(text, background), `${what}: ${text} on ${background}`).to.be.at.least(4.5);
    }
  });

  it('has no axe violations in theme="auto", in every layout, counting and on the day', async () => {
    await auditEveryLayout('auto');
  });

  it('has no animation and no transition anywhere', async () => {
    // On the day, when the message would otherwise move in.
    clock.at('2026-08-04T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    for (const element of shadowElements(el)) {
      const style = getComputedStyle(element);
      expect(style.animationName, element.className).to.equal('none');
      expect(style.transitionDuration.split(', ').every((d) => parseFloat(d) === 0), element.className).to.be.true;
    }
  });

  it('never shows seconds and changes at most once a minute, whatever precision says', async () => {
    const c = clock.at('2026-08-01T10:30:15.250+12:00');
    const page = await fixture<HTMLElement>(
      html`<div><belarus-solidarity></belarus-solidarity><belarus-solidarity precision="second"></belarus-solidarity></div>`,
    );
    const day = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="day"></belarus-solidarity>`);
    const widgets = [...page.querySelectorAll<BelarusSolidarity>('belarus-solidarity')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const numbers = (el: BelarusSolidarity) =>
      ['days', 'hours', 'minutes', 'seconds'].map((name) => shownPart(el, name)?.textContent ?? '-').join(' ');
    // 2 days 13 hours 29 minutes 44.75 seconds left: the last minute shown rounds up.
    expect(widgets.map(numbers)).to.deep.equal(['2 13 30 -', '2 13 30 -']);
    expect(numbers(day)).to.equal('3 - - -');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    for (const el of [...widgets, day]) observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    for (let i = 0; i < 44; i++) {
      c.tick(1000);
      await Promise.all(widgets.map((w) => w.updateComplete));
    }
    c.tick(749);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect([...records, ...observer.takeRecords()], 'nothing changes until 10:31').to.deep.equal([]);
    c.tick(1);
    await Promise.all(widgets.map((w) => w.updateComplete));
    observer.disconnect();
    expect(widgets.map(numbers)).to.deep.equal(['2 13 29 -', '2 13 29 -']);
    expect(numbers(day)).to.equal('3 - - -');
  });

  it('is right at the next minute after the clock is set back an hour, or forward a day', async () => {
    for (const [jump, expected] of [
      [-3_600_000, ['2 14 29 -', '2 14 28 -']],
      [86_400_000, ['1 13 29 -', '1 13 28 -']],
    ] as const) {
      const c = clock.at('2026-08-01T10:30:15.250+12:00');
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="second"></belarus-solidarity>`);
      const numbers = () => ['days', 'hours', 'minutes', 'seconds'].map((name) => shownPart(el, name)?.textContent ?? '-').join(' ');
      expect(numbers()).to.equal('2 13 30 -');
      c.setSystemTime(Date.now() + jump);
      for (const shown of expected) {
        c.tick(60_000);
        await el.updateComplete;
        expect(numbers(), `${jump} ms`).to.equal(shown);
      }
    }
  });
});
