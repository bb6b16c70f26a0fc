/**
 * Calmer time and a schedule: `precision` sets the finest unit shown and how often the widget changes;
 * `show-days-before` shows the widget only around the day, appearing and disappearing on its own while the
 * page stays open. The visitor's zone is Pacific/Auckland (see web-test-runner.config.mjs); the widget's
 * own zone, where set, is Europe/Minsk.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../src/define.js';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { changesDuring, part, shownPart, useClock, wordsUnderNumbers } from './helpers.js';

/** The numbers and unit words as a visitor reads them, and the spoken sentence. */
function reads(el: BelarusSolidarity): { shown: string; spoken: string } {
  const countdown = part(el, 'countdown')!;
  return {
    shown: [...countdown.querySelectorAll('.number')]
      .filter((n) => n.getClientRects().length)
      .map((n, i) => `${n.textContent} ${wordsUnderNumbers(countdown)[i]}`)
      .join(' '),
    spoken: countdown.querySelector('.spoken')!.textContent!.trim(),
  };
}

/** Advances the fake clock by `ms` in steps of at most a second, letting the widget update after each. */
async function pass(c: sinon.SinonFakeTimers, el: BelarusSolidarity, ms: number, step = 1000): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    c.tick(Math.min(step, ms - done));
    await el.updateComplete;
  }
}

/** Whether the widget has a box, anything to focus or anything to read. */
function present(el: BelarusSolidarity): boolean {
  const box = el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
  const content = el.shadowRoot!.querySelectorAll('*').length > 0;
  expect(box, 'a box only with content').to.equal(content);
  return box;
}

describe('precision', () => {
  const clock = useClock();

  it('to the minute: no seconds, the last minute rounds up, and nothing changes until the minute turns', async () => {
    const c = clock.at('2026-08-01T10:30:15.250+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="minute"></belarus-solidarity>`);
    expect(reads(el)).to.deep.equal({
      shown: '2 days 13 hours 30 minutes',
      spoken: '2 days, 13 hours and 30 minutes until 4 August',
    });
    expect(shownPart(el, 'seconds')).to.be.null;
    const timers = sinon.spy(window, 'setTimeout');
    try {
      expect(await changesDuring(el, () => pass(c, el, 44_749)), 'until 10:30:59.999').to.deep.equal([]);
      expect(timers.callCount, 'no wake every second').to.be.at.most(1);
      await pass(c, el, 1);
      expect(reads(el).shown).to.equal('2 days 13 hours 29 minutes');
    } finally {
      timers.restore();
    }
  });

  it('to the minute: reaches zero only when the day comes', async () => {
    const c = clock.at('2026-08-03T23:59:30+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="minute"></belarus-solidarity>`);
    expect(reads(el).shown).to.equal('0 days 0 hours 1 minute');
    await pass(c, el, 29_999);
    expect(reads(el).shown).to.equal('0 days 0 hours 1 minute');
    await pass(c, el, 1);
    expect(part(el, 'countdown')!.textContent).to.include('Today is the International Day of Solidarity');
  });

  it('to the day: calendar days in the widget zone, the same all day, changing at its midnight', async () => {
    // 1 August 23:00 in Minsk is 2 August 08:00 in Auckland: the count is Minsk's.
    const c = clock.at('2026-08-01T23:00:00+03:00');
    const el = await fixture<BelarusSolidarity>(
      html`<belarus-solidarity precision="day" time-zone="Europe/Minsk" lang="ru"></belarus-solidarity>`,
    );
    expect(reads(el)).to.deep.equal({ shown: '3 дня', spoken: 'До 4 августа: 3 дня' });
    expect([shownPart(el, 'hours'), shownPart(el, 'minutes'), shownPart(el, 'seconds')]).to.deep.equal([null, null, null]);
    const timers = sinon.spy(window, 'setTimeout');
    try {
      expect(await changesDuring(el, () => pass(c, el, 3_599_999, 60_000)), 'until 23:59:59.999 in Minsk').to.deep.equal([]);
      expect(timers.callCount, 'no wake every second or minute').to.be.at.most(2);
    } finally {
      timers.restore();
    }
    await pass(c, el, 1);
    expect(reads(el).shown).to.equal('2 дня');
    // On 3 August, however few hours are left, one day.
    await pass(c, el, 86_400_000 - 1, 3_600_000);
    expect(reads(el).shown).to.equal('2 дня');
    await pass(c, el, 1);
    expect(reads(el)).to.deep.equal({ shown: '1 день', spoken: 'До 4 августа: 1 день' });
  });

  it('to the day in the visitor zone, across a DST change: still at midnight', async () => {
    // Auckland leaves daylight saving at 03:00 on 5 April 2026 (UTC+13 before, +12 after).
    const c = clock.at('2026-04-04T23:59:59+13:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="day"></belarus-solidarity>`);
    expect(reads(el).shown).to.equal('122 days');
    await pass(c, el, 1000);
    expect(reads(el).shown).to.equal('121 days');
    // 5 April has 25 hours; counting real days would have changed an hour early.
    await pass(c, el, 25 * 3_600_000 - 1000, 3_600_000);
    expect(reads(el).shown, '5 April 23:59:59').to.equal('121 days');
    await pass(c, el, 1000);
    expect(reads(el).shown, '6 April 00:00').to.equal('120 days');
  });

  it("follows the visitor's reduced-motion setting as it changes, without a reload", async function () {
    const c = clock.at('2026-08-01T10:30:15.250+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    // The fake clock holds every timer, so the wait is for the setting's change event and a frame.
    const setting = async (reducedMotion: 'reduce' | 'no-preference') => {
      const query = matchMedia('(prefers-reduced-motion: reduce)');
      const changed = new Promise((resolve) => query.addEventListener('change', resolve, { once: true }));
      await emulateMedia({ reducedMotion });
      await changed;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
    };
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
    } catch {
      // Only the Chromium driver can change the setting of a running browser; the preference runs
      // (test/preferences) cover a browser started with it in every engine.
      this.skip();
    }
    try {
      await setting('reduce');
      expect(shownPart(el, 'seconds')).to.be.null;
      expect(reads(el).shown).to.equal('2 days 13 hours 30 minutes');
      await setting('no-preference');
      c.tick(1000);
      await el.updateComplete;
      expect(reads(el).shown).to.equal('2 days 13 hours 29 minutes 44 seconds');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps the units it leaves out hidden, whatever the page’s ::part() rules say', async () => {
    clock.at('2026-08-01T10:30:15.250+12:00');
    const sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = 'belarus-solidarity::part(hours), belarus-solidarity::part(seconds) { display: block !important; }';
    try {
      const minute = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="minute"></belarus-solidarity>`);
      expect([shownPart(minute, 'hours'), shownPart(minute, 'seconds')].map((p) => p?.textContent ?? null)).to.deep.equal(['13', null]);
      const day = await fixture<BelarusSolidarity>(html`<belarus-solidarity precision="day"></belarus-solidarity>`);
      expect(reads(day).shown).to.equal('3 days');
      expect([shownPart(day, 'hours'), shownPart(day, 'seconds')]).to.deep.equal([null, null]);
    } finally {
      sheet.remove();
    }
  });

  it('is second by default, as every test elsewhere shows', async () => {
    clock.at('2026-08-01T10:30:15.250+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    expect(reads(el).shown).to.equal('2 days 13 hours 29 minutes 45 seconds');
    expect(el.precision).to.equal('second');
  });
});

describe('show-days-before', () => {
  const clock = useClock();

  for (const [zone, offset] of [
    ['Europe/Minsk', '+03:00'],
    [undefined, '+12:00'],
  ] as const) {
    const where = zone ?? 'the visitor zone (Pacific/Auckland)';
    it(`with 7, in ${where}: nothing until 28 July, then the widget until 4 August ends, then nothing again`, async () => {
      const c = clock.at(`2026-07-27T23:59:59${offset}`);
      const el = await fixture<BelarusSolidarity>(
        html`<belarus-solidarity show-days-before="7" time-zone=${zone ?? nothing}></belarus-solidarity>`,
      );
      expect(present(el), '27 July 23:59:59').to.be.false;
      expect(el.matches(':state(off-season)')).to.be.true;
      await pass(c, el, 1000);
      expect(present(el), '28 July 00:00').to.be.true;
      expect(el.matches(':state(off-season)')).to.be.false;
      expect(reads(el).shown).to.equal('7 days 0 hours 0 minutes 0 seconds');

      c.setSystemTime(Date.parse(`2026-08-04T23:59:59${offset}`));
      el.requestUpdate();
      await el.updateComplete;
      expect(present(el), '4 August 23:59:59').to.be.true;
      await pass(c, el, 1000);
      expect(present(el), '5 August 00:00').to.be.false;
    });
  }

  it('with 0: the day alone', async () => {
    const c = clock.at('2026-08-03T23:59:59+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity show-days-before="0"></belarus-solidarity>`);
    expect(present(el)).to.be.false;
    await pass(c, el, 1000);
    expect(present(el)).to.be.true;
    expect(part(el, 'countdown')!.textContent).to.include('Today');
  });

  it('off season takes no space, even where the page styles the element, and leaves nothing to focus', async () => {
    clock.at('2026-06-01T12:00:00+12:00');
    const page = await fixture<HTMLElement>(html`
      <div>
        <style>
          .blog belarus-solidarity { display: block !important; margin: 2rem; padding: 1rem; border: 3px solid; }
        </style>
        <div class="blog">
          <p>Before</p>
          <belarus-solidarity show-days-before="7"><a href="https://example.org/">Fallback</a><p slot="message">Vigil</p></belarus-solidarity>
          <p>After</p>
        </div>
      </div>
    `);
    const el = page.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    const [before, after] = [...page.querySelectorAll('.blog > p')];
    expect(after!.getBoundingClientRect().top - before!.getBoundingClientRect().bottom).to.equal(
      parseFloat(getComputedStyle(before!).marginBottom),
    );
    expect(el.getClientRects().length).to.equal(0);
    el.focus();
    expect(document.activeElement).to.not.equal(el);
    expect(el.querySelector('a')!.getClientRects().length, 'the fallback link').to.equal(0);
  });

  it('off season, sleeps until the window opens: no render, and a wake at most every hour', async () => {
    const c = clock.at('2026-07-25T00:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity show-days-before="7"></belarus-solidarity>`);
    const timers = sinon.spy(window, 'setTimeout');
    try {
      // 25 July to 27 July 23:59:59.
      expect(await changesDuring(el, () => pass(c, el, 3 * 86_400_000 - 1000, 3_600_000))).to.deep.equal([]);
      expect(timers.callCount, 'three days, hourly at most').to.be.at.most(3 * 24 + 1);
      expect(timers.getCalls().every((call) => Number(call.args[1]) <= 3_600_000)).to.be.true;
    } finally {
      timers.restore();
    }
    await pass(c, el, 1000);
    expect(present(el), '28 July').to.be.true;
  });

  it('without the attribute, always shows; a bad value warns once and means always', async () => {
    clock.at('2026-06-01T12:00:00+12:00');
    const warn = sinon.stub(console, 'warn');
    try {
      const plain = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
      const bad = await fixture<BelarusSolidarity>(html`<belarus-solidarity show-days-before="a week"></belarus-solidarity>`);
      const bad2 = await fixture<BelarusSolidarity>(html`<belarus-solidarity show-days-before="a week"></belarus-solidarity>`);
      expect([present(plain), present(bad), present(bad2)]).to.deep.equal([true, true, true]);
      expect(bad.showDaysBefore).to.be.null;
      const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes('show-days-before'));
      expect(warnings.map((call) => call.args[0])).to.deep.equal([
        '<belarus-solidarity>: show-days-before="a week" is not a whole number from 0 to 365; showing all year.',
      ]);
    } finally {
      warn.restore();
    }
  });

  it('as a property, and changed while shown: hides at once', async () => {
    clock.at('2026-06-01T12:00:00+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    expect(present(el)).to.be.true;
    el.showDaysBefore = 30;
    await el.updateComplete;
    expect(present(el)).to.be.false;
    expect(el.showDaysBefore).to.equal(30);
    el.showDaysBefore = 365;
    await el.updateComplete;
    expect(present(el)).to.be.true;
  });
});
