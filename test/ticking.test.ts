/**
 * What ticking costs the page: one shared timer, only the changed text touched, nothing moving, and no
 * work at all for a widget out of sight or on a hidden page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { LAYOUTS, changesDuring, numbers, shadowElements, useClock } from './helpers.js';

const clock = useClock();

/** Lets the browser run its rendering steps, where IntersectionObserver reports. */
async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function tick(c: sinon.SinonFakeTimers, el: BelarusSolidarity, ms = 1000): Promise<void> {
  c.tick(ms);
  await el.updateComplete;
}

describe('ticking', () => {
  it('touches only the text that changed', async () => {
    const c = clock.at('2026-08-01T10:30:15+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity lang="en"></belarus-solidarity>`);
    // Every second: the seconds' text, changed in place.
    expect(await changesDuring(el, () => tick(c, el))).to.deep.equal(['text: 44']);
    c.tick(42_000);
    await el.updateComplete;
    // "2 seconds" to "1 second" and on to "0 seconds": the number and its word.
    expect(await changesDuring(el, () => tick(c, el))).to.have.members(['text: 1', 'text of word: second']);
    expect(await changesDuring(el, () => tick(c, el))).to.have.members(['text: 0', 'text of word: seconds']);
    // At a whole minute the minutes and the spoken sentence change too, and nothing else.
    expect(await changesDuring(el, () => tick(c, el))).to.have.members([
      'text: 59',
      'text of number: 28',
      'text of spoken: 2 days, 13 hours and 28 minutes until 4 August',
    ]);
  });

  it('shares one timer among all widgets on the page, aligned to the second', async () => {
    const c = clock.at('2026-08-01T10:30:15.250+12:00');
    const page = await fixture<HTMLElement>(
      html`<div>${Array.from({ length: 20 }, () => html`<belarus-solidarity layout="compact"></belarus-solidarity>`)}</div>`,
    );
    const widgets = [...page.querySelectorAll('belarus-solidarity')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(c.countTimers()).to.equal(1);
    // The first tick comes at the next whole second, not a second after the page loaded.
    c.tick(749);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(new Set(widgets.map(numbers))).to.deep.equal(new Set(['2d 13h 29m 45s']));
    c.tick(1);
    await Promise.all(widgets.map((w) => w.updateComplete));
    expect(new Set(widgets.map(numbers))).to.deep.equal(new Set(['2d 13h 29m 44s']));
  });

  it('keeps waking the other widgets when the one whose wake came first leaves the page', async () => {
    const c = clock.at('2026-08-01T10:30:15+12:00');
    const page = await fixture<HTMLElement>(
      html`<div><belarus-solidarity precision="second"></belarus-solidarity><belarus-solidarity precision="minute"></belarus-solidarity></div>`,
    );
    const [bySecond, byMinute] = [...page.querySelectorAll('belarus-solidarity')];
    await Promise.all([bySecond!.updateComplete, byMinute!.updateComplete]);
    expect(numbers(byMinute!)).to.equal('2d 13h 30m s');
    // The timer was set for the next second, the first widget's wake; the other waits for the minute.
    bySecond!.remove();
    c.tick(44_000);
    await byMinute!.updateComplete;
    expect(numbers(byMinute!)).to.equal('2d 13h 30m s');
    expect(c.countTimers(), 'one timer, for the minute').to.equal(1);
    c.tick(1_000);
    await byMinute!.updateComplete;
    expect(numbers(byMinute!)).to.equal('2d 13h 29m s');
  });

  it('never waits longer than a second, however far away 4 August is', async () => {
    // 5 August: a year to wait, far beyond setTimeout's limit of about 24.8 days.
    const c = clock.at('2026-08-05T00:00:01+12:00');
    const delays: number[] = [];
    const setTimeoutSpy = sinon.spy(window, 'setTimeout');
    try {
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
      await tick(c, el, 3_000);
      delays.push(...setTimeoutSpy.getCalls().map((call) => Number(call.args[1])));
    } finally {
      setTimeoutSpy.restore();
    }
    expect(delays).to.not.be.empty;
    expect(Math.max(...delays)).to.be.at.most(1000);
  });

  for (const layout of LAYOUTS) {
    for (const width of [240, 600, 1200]) {
      it(`moves nothing while ticking: ${layout} at ${width} px`, async () => {
        // Seconds from 12 down through 1 (singular) to 0, minutes from 10 to 9, then hours from 10 to 9.
        for (const [start, ticks] of [['2026-08-02T13:49:48+12:00', 14], ['2026-08-02T13:59:57+12:00', 5]] as const) {
          const c = clock.at(start);
          const column = await fixture<HTMLElement>(
            html`<div style="width: ${width}px"><belarus-solidarity layout=${layout} lang="en"></belarus-solidarity></div>`,
          );
          const el = column.querySelector('belarus-solidarity')!;
          await el.updateComplete;
          // The numbers and words themselves change; every box around them must stay where it was.
          const boxes = () =>
            shadowElements(el)
              .filter((e) => !e.matches('.number, .spoken, .spoken *'))
              .map((e) => {
                const r = e.getBoundingClientRect();
                return `${e.localName}.${e.className} ${r.left},${r.top} ${r.width}x${r.height}`;
              });
          const before = boxes();
          for (let i = 0; i < ticks; i++) {
            const shownBefore = numbers(el);
            await tick(c, el);
            expect(numbers(el), 'it really ticked').to.not.equal(shownBefore);
            expect(boxes(), `after ${numbers(el)}`).to.deep.equal(before);
          }
          // Both phases end where they should: 12 s down to 0 s with 10 minutes to 9, then hours 10 to 9.
          expect(numbers(el)).to.equal(ticks === 14 ? '1d 10h 9m 58s' : '1d 9h 59m 58s');
        }
      });
    }
  }
});

describe('a widget out of sight', () => {
  it('does no DOM work while scrolled away, and shows the right time as soon as it is back', async () => {
    const c = clock.at('2026-07-01T12:00:00+12:00');
    const page = await fixture<HTMLElement>(
      html`<div><div style="height: 300vh"></div><belarus-solidarity></belarus-solidarity></div>`,
    );
    const el = page.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    await frames();
    expect(c.countTimers(), 'no widget in sight, no timer').to.equal(0);
    expect(await changesDuring(el, () => tick(c, el, 5_000))).to.deep.equal([]);

    el.scrollIntoView();
    await frames();
    await el.updateComplete;
    expect(numbers(el)).to.equal('33d 11h 59m 55s');
    expect(c.countTimers()).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('does no DOM work while the page is hidden, and catches up when it is shown again', async () => {
    const c = clock.at('2026-07-01T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      expect(c.countTimers()).to.equal(0);
      expect(await changesDuring(el, () => tick(c, el, 60_000))).to.deep.equal([]);
      setVisibility('visible');
      await el.updateComplete;
      expect(numbers(el)).to.equal('33d 11h 59m 0s');
      expect(c.countTimers()).to.equal(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});
