/**
 * The faults of time a visitor's computer has while the page stays open: its clock set back or forward (by
 * hand, by NTP, a virtual machine restored, a wake from sleep), its zone changed (a laptop taken across a
 * border), the page hidden for a day or kept in the back/forward cache. The fake clock's `setSystemTime`
 * moves the time the page reads and leaves its timers where they were, as a real jump of the clock does.
 * The visitor's zone is Pacific/Auckland (UTC+12 from April to September), see web-test-runner.config.mjs.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { isToday, numbers, useClock } from './helpers.js';

const clock = useClock();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Sets the computer's clock to `ms` later (earlier if negative) without running any timer. */
function jump(c: sinon.SinonFakeTimers, ms: number): void {
  c.setSystemTime(Date.now() + ms);
}

/** Lets `ms` of real time pass in steps of at most a minute, each followed by the widgets' updates. */
async function pass(c: sinon.SinonFakeTimers, widgets: Element[], ms: number): Promise<void> {
  for (let done = 0; done < ms; done += MINUTE) {
    c.tick(Math.min(MINUTE, ms - done));
    await Promise.all(widgets.map((w) => (w as BelarusSolidarity).updateComplete));
  }
}

function setVisibility(state: DocumentVisibilityState, event = true): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  if (event) document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
});

/** Whether the widget takes room on the page. */
const present = (el: Element) => el.getBoundingClientRect().height > 0;

/**
 * The zones a widget counts in: the visitor's own (no time-zone), and named ones with daylight saving time,
 * without, and in the southern winter; with each one's offset in July, none of which changes before 4 August.
 */
const ZONES: Array<[string | undefined, string]> = [
  [undefined, '+12:00'],
  ['Europe/Berlin', '+02:00'],
  ['America/New_York', '-04:00'],
  ['Europe/Minsk', '+03:00'],
  ['Australia/Sydney', '+10:00'],
];

for (const [zone, offset] of ZONES) describe(`a clock that jumps, in ${zone ?? 'the visitor’s zone (Pacific/Auckland)'}`, () => {
  // 4 July 2026, 00:30:00.500 in the zone; 4 August begins there 30 d 23 h 29 min 59.5 s later. The clock
  // jumps half a second after a change of the display, and each row gives what the widget must show one of
  // its units after the jump (a second, a minute; an hour, its longest wait, to the day), then one more.
  const START = `2026-07-04T00:30:00.500${offset}`;
  const cases: Array<[string, number, Record<'second' | 'minute' | 'day', [string, string]>]> = [
    ['back 1 s', -SECOND, { second: ['30d 23h 30m 0s', '30d 23h 29m 59s'], minute: ['30d 23h 30m s', '30d 23h 29m s'], day: ['31d h m s', '31d h m s'] }],
    ['back 1 hour', -HOUR, { second: ['31d 0h 29m 59s', '31d 0h 29m 58s'], minute: ['31d 0h 29m s', '31d 0h 28m s'], day: ['31d h m s', '31d h m s'] }],
    ['back 3 days', -3 * DAY, { second: ['33d 23h 29m 59s', '33d 23h 29m 58s'], minute: ['33d 23h 29m s', '33d 23h 28m s'], day: ['34d h m s', '34d h m s'] }],
    ['forward 1 s', SECOND, { second: ['30d 23h 29m 58s', '30d 23h 29m 57s'], minute: ['30d 23h 29m s', '30d 23h 28m s'], day: ['31d h m s', '31d h m s'] }],
    ['forward 1 hour', HOUR, { second: ['30d 22h 29m 59s', '30d 22h 29m 58s'], minute: ['30d 22h 29m s', '30d 22h 28m s'], day: ['31d h m s', '31d h m s'] }],
    ['forward 3 days (a wake from sleep)', 3 * DAY, { second: ['27d 23h 29m 59s', '27d 23h 29m 58s'], minute: ['27d 23h 29m s', '27d 23h 28m s'], day: ['28d h m s', '28d h m s'] }],
  ];
  const UNIT = { second: SECOND, minute: MINUTE, day: HOUR };
  const BEFORE = { second: '30d 23h 30m 0s', minute: '30d 23h 30m s', day: '31d h m s' };

  for (const [name, ms, expected] of cases) {
    for (const precision of ['second', 'minute', 'day'] as const) {
      it(`${name}, precision ${precision}: right one ${precision === 'day' ? 'hour' : precision} after the jump, and on from there`, async () => {
        const c = clock.at(START);
        const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision=${precision} time-zone=${zone ?? nothing}></belarus-solidarity>`);
        expect(numbers(el)).to.equal(BEFORE[precision]);
        jump(c, ms);
        await pass(c, [el], UNIT[precision]);
        expect(numbers(el), 'one unit after').to.equal(expected[precision][0]);
        await pass(c, [el], UNIT[precision]);
        expect(numbers(el), 'two units after').to.equal(expected[precision][1]);
      });
    }
  }

  for (const [name, ms, expected] of zone === undefined || zone === 'Europe/Berlin' ? [cases[1]!, cases[5]!] : []) {
    it(`${name}, 200 widgets counting seconds and minutes: all right at their next change, on one timer`, async () => {
      const c = clock.at(START);
      const page = await fixture<HTMLElement>(
        html`<div>${Array.from({ length: 200 }, (_, i) => html`<belarus-solidarity layout="compact" precision=${i % 2 ? 'minute' : 'second'} time-zone=${zone ?? nothing}></belarus-solidarity>`)}</div>`,
      );
      const widgets = [...page.querySelectorAll('belarus-solidarity')];
      await Promise.all(widgets.map((w) => w.updateComplete));
      jump(c, ms);
      await pass(c, widgets, SECOND);
      const bySecond = widgets.filter((w) => w.precision === 'second');
      expect(new Set(bySecond.map(numbers))).to.deep.equal(new Set([expected.second[0]]));
      await pass(c, widgets, MINUTE - SECOND);
      const byMinute = widgets.filter((w) => w.precision === 'minute');
      expect(new Set(byMinute.map(numbers))).to.deep.equal(new Set([expected.minute[0]]));
      expect(c.countTimers(), 'one timer').to.equal(1);
    });
  }
});

describe('a clock that jumps in Europe/Berlin, whose offset changes before 4 August', () => {
  // 28 March 2026, 23:30:00.500 in Berlin (UTC+1); the clocks go forward at 01:00 UTC on 29 March, and 4
  // August begins at 22:00 UTC on 3 August (UTC+2): 127 d 23 h 29 min 59.5 s later, 129 calendar days.
  const START = '2026-03-28T23:30:00.500+01:00';
  const cases: Array<[string, number, string, string]> = [
    ['forward 1 hour, past midnight, before the change', HOUR, '127d 22h 29m 59s', '128d h m s'],
    ['forward 3 days, across the change (a wake from sleep)', 3 * DAY, '124d 23h 29m 59s', '125d h m s'],
    ['back 1 hour', -HOUR, '128d 0h 29m 59s', '129d h m s'],
  ];
  for (const [name, ms, seconds, days] of cases) {
    it(`${name}: right a second after the jump, and to the day within the hour`, async () => {
      const c = clock.at(START);
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity time-zone="Europe/Berlin"></belarus-solidarity>`);
      const day = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="day" time-zone="Europe/Berlin"></belarus-solidarity>`);
      expect([numbers(el), numbers(day)]).to.deep.equal(['127d 23h 30m 0s', '129d h m s']);
      jump(c, ms);
      await pass(c, [el, day], SECOND);
      expect(numbers(el)).to.equal(seconds);
      await pass(c, [el, day], HOUR);
      expect(numbers(day)).to.equal(days);
    });
  }
});

describe('a clock that jumps across the schedule (show-days-before="7")', () => {
  // From, the jump, how long until the widget must have followed, and whether it is shown then: off season
  // it looks hourly, in its window it ticks every second, on the day it looks hourly again.
  const cases: Array<[string, string, number, number, string | null]> = [
    ['back from 5 August into 3 August: back within the hour', '2026-08-05T10:00:00+12:00', -2 * DAY, HOUR, '0d 13h 0m 0s'],
    ['forward from June into the window: appears within the hour', '2026-06-20T12:00:00+12:00', 40 * DAY, HOUR, '4d 11h 0m 0s'],
    ['back from the window into June: goes at the next second', '2026-08-01T12:00:00+12:00', -42 * DAY, SECOND, null],
    ['forward from 4 August into 5 August: goes within the hour', '2026-08-04T12:00:00+12:00', DAY, HOUR, null],
  ];
  for (const [name, from, ms, within, shown] of cases) {
    it(name, async () => {
      const c = clock.at(from);
      const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity show-days-before="7"></belarus-solidarity>`);
      expect(present(el), 'before the jump').to.equal(shown === null);
      jump(c, ms);
      await pass(c, [el], within);
      expect(present(el), 'after').to.equal(shown !== null);
      if (shown) expect(numbers(el)).to.equal(shown);
    });
  }
});

describe('solidarity-day across jumps of the clock', () => {
  it('fires once when the clock jumps into the day, not again when it jumps out and back in', async () => {
    const c = clock.at('2026-08-03T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const events = sinon.spy();
    el.addEventListener('solidarity-day', events);
    jump(c, 22 * HOUR);
    await pass(c, [el], SECOND);
    expect(isToday(el), 'jumped to 4 August 10:00').to.be.true;
    expect(events.callCount).to.equal(1);
    // On the day the display changes once, at its end: a clock set back is seen at the hourly look.
    jump(c, -2 * DAY);
    await pass(c, [el], HOUR);
    expect(isToday(el), 'back to 2 August 11:00').to.be.false;
    expect(numbers(el)).to.equal('1d 12h 59m 59s');
    jump(c, Date.parse('2026-08-03T23:59:59+12:00') - Date.now());
    await pass(c, [el], SECOND);
    expect(isToday(el), '4 August again').to.be.true;
    expect(events.callCount, 'the day of 2026 was announced already').to.equal(1);
  });
});

describe('a page left open from one 4 August to the next', () => {
  it('on the day, set forward past its end: counts to the next year within the hour', async () => {
    const c = clock.at('2026-08-04T10:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    expect(isToday(el)).to.be.true;
    jump(c, DAY);
    await pass(c, [el], HOUR);
    expect(numbers(el), '5 August 11:00').to.equal('363d 13h 0m 0s');
    expect(isToday(el)).to.be.false;
  });

  it('ends the day at midnight, counts a year, and announces the next year’s day, its clock set forward', async () => {
    const c = clock.at('2026-08-04T23:59:59+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    const events = sinon.spy();
    el.addEventListener('solidarity-day', events);
    expect(isToday(el)).to.be.true;
    await pass(c, [el], SECOND);
    expect(numbers(el), '5 August 00:00: counting to 2027').to.equal('364d 0h 0m 0s');
    jump(c, Date.parse('2027-08-03T23:59:59+12:00') - Date.now());
    await pass(c, [el], SECOND);
    expect(isToday(el)).to.be.true;
    expect(events.callCount, 'the day of 2027, not that of 2026 the page was opened on').to.equal(1);
  });
});

describe('a page that sleeps', () => {
  it('hidden for a day, shows the day at once when it comes back, and announces it', async () => {
    const c = clock.at('2026-08-03T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="minute"></belarus-solidarity>`);
    const events = sinon.spy();
    el.addEventListener('solidarity-day', events);
    setVisibility('hidden');
    expect(c.countTimers(), 'no timer while hidden').to.equal(0);
    // A background tab's time passes without its timers.
    jump(c, DAY);
    setVisibility('visible');
    await el.updateComplete;
    expect(isToday(el)).to.be.true;
    expect(events.callCount).to.equal(1);
  });

  it('restored from the back/forward cache five hours later, shows the right time at once', async () => {
    const c = clock.at('2026-07-04T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="minute"></belarus-solidarity>`);
    expect(numbers(el)).to.equal('30d 12h 0m s');
    // Going into the cache, the page is hidden and its timers freeze.
    setVisibility('hidden');
    jump(c, 5 * HOUR);
    // Restored: visible again, which the page learns from pageshow (an engine need not fire visibilitychange).
    setVisibility('visible', false);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await el.updateComplete;
    expect(numbers(el)).to.equal('30d 7h 0m s');
  });
});

describe('a page that travels', () => {
  /** Moves this page to another zone; skips the test where the engine cannot (WebKitGTK). */
  async function moveTo(context: Mocha.Context, zone: string | null): Promise<void> {
    if (!(await executeServerCommand('emulate-time-zone', { zone }))) context.skip();
  }

  afterEach(async () => {
    await executeServerCommand('emulate-time-zone', { zone: null });
  });

  it('counts to the new zone’s midnight from its next change; a widget with time-zone keeps its own', async function () {
    await moveTo(this, 'Europe/Berlin');
    // 01:00 on 4 July in Berlin is 19:00 on 3 July in New York.
    const c = clock.at('2026-07-04T01:00:00+02:00');
    const page = await fixture<HTMLElement>(html`<div>
      <belarus-solidarity layout="compact"></belarus-solidarity>
      <belarus-solidarity layout="compact" time-zone="Europe/Berlin"></belarus-solidarity>
      <belarus-solidarity layout="compact" precision="day"></belarus-solidarity>
    </div>`);
    const widgets = [...page.querySelectorAll('belarus-solidarity')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const shown = () => widgets.map(numbers);
    expect(shown(), 'in Berlin').to.deep.equal(['30d 23h 0m 0s', '30d 23h 0m 0s', '31d h m s']);
    await moveTo(this, 'America/New_York');
    await pass(c, widgets, SECOND);
    expect(shown(), 'in New York').to.deep.equal(['31d 4h 59m 59s', '30d 22h 59m 59s', '32d h m s']);
  });

  it('to the day alone on the page: the new zone’s day count within the hour', async function () {
    await moveTo(this, 'Europe/Berlin');
    const c = clock.at('2026-07-04T01:00:00+02:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="day"></belarus-solidarity>`);
    expect(numbers(el)).to.equal('31d h m s');
    await moveTo(this, 'America/New_York');
    await pass(c, [el], HOUR);
    expect(numbers(el), '3 July 20:00 in New York').to.equal('32d h m s');
  });
});
