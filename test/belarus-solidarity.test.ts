import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { isToday, loadBuiltFile, numbers, openAppeal, part, shown, shownPart, useClock } from './helpers.js';

const clock = useClock();

async function widget(template = html`<belarus-solidarity></belarus-solidarity>`): Promise<BelarusSolidarity> {
  return fixture<BelarusSolidarity>(template);
}

/** Advances the fake clock and lets the widget re-render. */
async function pass(c: sinon.SinonFakeTimers, ms: number, el: BelarusSolidarity): Promise<void> {
  c.tick(ms);
  await el.updateComplete;
}

describe('<belarus-solidarity> countdown', () => {
  it('shows the time left in the visitor’s zone, with unit words and a spoken sentence', async () => {
    // 10:30:15 on 1 August in Auckland, the zone the test browsers run in.
    clock.at('2026-08-01T10:30:15+12:00');
    const el = await widget();
    expect(el).to.be.instanceOf(BelarusSolidarity);
    expect(shown(el)).to.deep.equal({
      days: '2',
      hours: '13',
      minutes: '29',
      seconds: '45',
      words: ['days', 'hours', 'minutes', 'seconds'],
      spoken: '2 days, 13 hours and 29 minutes until 4 August',
    });
    expect(part(el, 'countdown')!.getAttribute('role')).to.equal('timer');
  });

  it('uses singular unit words for one', async () => {
    clock.at('2026-08-02T22:58:59+12:00');
    const el = await widget();
    expect(shown(el)).to.include({ days: '1', hours: '1', minutes: '1', seconds: '1' });
    expect((shown(el) as { words: string[] }).words).to.deep.equal(['day', 'hour', 'minute', 'second']);
  });

  it('counts in the zone given by time-zone, east and west of UTC', async () => {
    const instant = '2026-08-03T12:00:00Z';
    clock.at(instant);
    const minsk = await widget(html`<belarus-solidarity time-zone="Europe/Minsk"></belarus-solidarity>`);
    const tokyo = await widget(html`<belarus-solidarity time-zone="Asia/Tokyo"></belarus-solidarity>`);
    const kiritimati = await widget(html`<belarus-solidarity time-zone="Pacific/Kiritimati"></belarus-solidarity>`);
    const chicago = await widget(html`<belarus-solidarity time-zone="America/Chicago"></belarus-solidarity>`);
    expect(numbers(minsk)).to.equal('0d 9h 0m 0s');
    expect(numbers(tokyo)).to.equal('0d 3h 0m 0s');
    expect(numbers(kiritimati)).to.equal('today');
    expect(numbers(chicago)).to.equal('0d 17h 0m 0s');
  });

  it('counts real time across a DST change', async () => {
    clock.at('2026-03-28T12:00:00+01:00');
    const el = await widget(html`<belarus-solidarity time-zone="Europe/Berlin"></belarus-solidarity>`);
    expect(numbers(el)).to.equal('128d 11h 0m 0s');
  });

  it('ticks every second, and all widgets on the page show the same second', async () => {
    const c = clock.at('2026-08-01T00:00:00.400+12:00');
    const first = await widget();
    const second = await widget(html`<belarus-solidarity></belarus-solidarity>`);
    expect(numbers(first)).to.equal('3d 0h 0m 0s');
    await pass(c, 600, first);
    await second.updateComplete;
    expect(numbers(first)).to.equal('2d 23h 59m 59s');
    expect(numbers(second)).to.equal('2d 23h 59m 59s');
    await pass(c, 61_000, first);
    expect(numbers(first)).to.equal('2d 23h 58m 58s');
    expect(c.countTimers()).to.equal(1);
  });

  it('shows the right time at once after the computer sleeps', async () => {
    const c = clock.at('2026-07-01T12:00:00+12:00');
    const el = await widget();
    expect(numbers(el)).to.equal('33d 12h 0m 0s');
    // Asleep for five hours: no timer fires, then the pending one fires late, once.
    c.setSystemTime(Date.parse('2026-07-01T17:00:00+12:00'));
    await pass(c, 1000, el);
    expect(numbers(el)).to.equal('33d 6h 59m 59s');
  });

  it('follows a time-zone change at run time', async () => {
    clock.at('2026-08-03T12:00:00Z');
    const el = await widget(html`<belarus-solidarity time-zone="Europe/Minsk"></belarus-solidarity>`);
    el.timeZone = 'america/los_angeles';
    await el.updateComplete;
    expect(el.timeZone, 'the property reads back the zone in use').to.equal('America/Los_Angeles');
    expect(numbers(el)).to.equal('0d 19h 0m 0s');
    // The attribute and the property feed one value: whichever was set last is in use.
    el.setAttribute('time-zone', 'Asia/Tokyo');
    await el.updateComplete;
    expect(numbers(el)).to.equal('0d 3h 0m 0s');
    el.removeAttribute('time-zone');
    await el.updateComplete;
    expect(el.timeZone).to.equal('');
    expect(numbers(el)).to.equal('today');
  });
});

describe('<belarus-solidarity> on 4 August', () => {
  it('turns to the "today" message at midnight, sets the today state and fires solidarity-day once', async () => {
    const c = clock.at('2026-08-03T23:59:59+03:00');
    const el = await widget(html`<belarus-solidarity time-zone="Europe/Minsk"></belarus-solidarity>`);
    expect(numbers(el)).to.equal('0d 0h 0m 1s');
    expect(isToday(el)).to.be.false;
    const events = sinon.spy();
    document.addEventListener('solidarity-day', events);
    try {
      const fired = oneEvent(el, 'solidarity-day');
      await pass(c, 1000, el);
      const event = await fired;
      expect(event.bubbles && event.composed).to.be.true;
      expect(shown(el)).to.deep.equal({ today: 'Today is the International Day of Solidarity with Belarus.' });
      expect(part(el, 'countdown')!.getAttribute('role')).to.equal('timer');
      expect(shownPart(el, 'days'), 'no number is shown').to.be.null;
      expect(isToday(el)).to.be.true;
      await pass(c, 3_600_000, el);
      expect(events.callCount).to.equal(1);
    } finally {
      document.removeEventListener('solidarity-day', events);
    }
  });

  it('is today for the whole day, then counts to next year from 5 August', async () => {
    const c = clock.at('2026-08-04T00:00:00+12:00');
    const events = sinon.spy();
    const el = await widget();
    el.addEventListener('solidarity-day', events);
    expect(isToday(el)).to.be.true;
    await pass(c, 24 * 3_600_000 - 1000, el);
    expect(numbers(el)).to.equal('today');
    await pass(c, 1000, el);
    expect(numbers(el)).to.equal('364d 0h 0m 0s');
    expect(isToday(el)).to.be.false;
    expect(events.called, 'loaded on the day: the countdown did not reach it').to.be.false;
  });

  it('does not fire solidarity-day when a zone change lands on the day', async () => {
    clock.at('2026-08-03T12:00:00Z');
    const el = await widget(html`<belarus-solidarity time-zone="Europe/Minsk"></belarus-solidarity>`);
    const events = sinon.spy();
    el.addEventListener('solidarity-day', events);
    el.timeZone = 'Pacific/Kiritimati';
    await el.updateComplete;
    expect(isToday(el)).to.be.true;
    expect(events.called).to.be.false;
  });
});

describe('<belarus-solidarity> content', () => {
  it('shows the heading, the summary of the appeal and the read-more disclosure in English', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const el = await widget();
    expect(part(el, 'heading')!.textContent).to.equal('International Day of Solidarity with Belarus');
    expect(part(el, 'heading')!.getAttribute('role')).to.equal('heading');
    const summary = part(el, 'summary')!.textContent!;
    expect(summary).to.contain('4 August 2011').and.contain('Ales Bialiatski').and.contain('“Viasna”');
    const disclosure = part(el, 'read-more')!;
    const toggle = disclosure.querySelector('button')!;
    expect(toggle.textContent).to.equal('About the appeal');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // The triangle is the disclosure's background: a 60° wedge with its tip at the right (closed) or at the
    // bottom (open), in the space before the label.
    expect(getComputedStyle(disclosure).backgroundImage, 'the closed triangle').to.match(/^conic-gradient\(from 240deg at 100% 50%/);
    expect(toggle.getBoundingClientRect().left - disclosure.getBoundingClientRect().left, 'room for it').to.be.at.least(parseFloat(getComputedStyle(disclosure).backgroundSize));
    expect(disclosure.querySelectorAll('li'), 'built only when opened').to.have.length(0);
    await openAppeal(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(disclosure).backgroundImage, 'the open triangle').to.match(/^conic-gradient\(from 330deg at 50% 100%/);
    expect(disclosure.textContent).to.contain('You go to rallies? In Belarus');
    expect(disclosure.querySelectorAll('li')).to.have.length(7);
    expect(disclosure.querySelectorAll('#how-to-join + ul li')).to.have.length(2);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(disclosure.querySelectorAll('li'), 'closed again').to.have.length(0);
  });

  it('on a right-to-left page, puts the disclosure triangle at the start, turned (the list marker)', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const page = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 600px"><belarus-solidarity></belarus-solidarity></div>`);
    const el = page.querySelector<BelarusSolidarity>('belarus-solidarity')!;
    await el.updateComplete;
    const disclosure = part(el, 'read-more')!;
    const style = getComputedStyle(disclosure);
    expect([style.display, style.listStyleType, style.backgroundImage]).to.deep.equal(['list-item', 'disclosure-closed', 'none']);
    const [box, label] = [disclosure, disclosure.querySelector('button')!].map((e) => e.getBoundingClientRect());
    expect(box!.right - label!.right, 'room for the marker at the right').to.be.above(5);
  });

  it('links to join-url', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const el = await widget(html`<belarus-solidarity join-url="https://example.org/join?a=1&b=2"></belarus-solidarity>`);
    const join = part(el, 'join') as HTMLAnchorElement;
    expect(join.localName).to.equal('a');
    expect(join.href).to.equal('https://example.org/join?a=1&b=2');
    expect(join.rel).to.equal('noreferrer');
    expect(join.textContent).to.equal('Join the day of solidarity');
    expect(el.joinUrl).to.equal('https://example.org/join?a=1&b=2');
  });

  it('accepts http, mailto and page-relative join links', async () => {
    clock.at('2026-06-01T12:00:00Z');
    for (const [value, href] of [
      ['http://example.org/', 'http://example.org/'],
      ['MAILTO:join@example.org', 'mailto:join@example.org'],
      ['  https://example.org/x  ', 'https://example.org/x'],
      ['/join', new URL('/join', document.baseURI).href],
    ]) {
      const el = await widget(html`<belarus-solidarity join-url=${value}></belarus-solidarity>`);
      expect((part(el, 'join') as HTMLAnchorElement).href, value).to.equal(href);
    }
  });

  it('without join-url, the join button opens the appeal’s "how to join" and moves focus there', async () => {
    clock.at('2026-06-01T12:00:00Z');
    for (const layout of ['card', 'banner', 'compact']) {
      const el = await widget(html`<belarus-solidarity layout=${layout}></belarus-solidarity>`);
      const join = part(el, 'join')!;
      expect(join.localName, layout).to.equal('button');
      join.click();
      await el.updateComplete;
      expect(part(el, 'read-more')!.querySelector('button')!.getAttribute('aria-expanded'), layout).to.equal('true');
      expect(el.shadowRoot!.activeElement!.id, layout).to.equal('how-to-join');
    }
  });

  it('uses join-label as text, never as markup', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const label = '<img src=x onerror="window.hacked=1">Sign <b>now</b>';
    const el = await widget(html`<belarus-solidarity join-label=${label} join-url="https://example.org"></belarus-solidarity>`);
    expect(part(el, 'join')!.textContent).to.equal(label);
    expect(el.shadowRoot!.querySelector('img, b')).to.be.null;
    expect(el.joinLabel).to.equal(label);
  });

  it('shows the layouts: card with everything, banner without the appeal, compact with countdown and join', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const has = (el: BelarusSolidarity) =>
      ['heading', 'countdown', 'summary', 'join'].filter((name) => shownPart(el, name)).join(' ');
    const card = await widget();
    const banner = await widget(html`<belarus-solidarity layout="banner"></belarus-solidarity>`);
    const compact = await widget(html`<belarus-solidarity layout="compact"></belarus-solidarity>`);
    expect(has(card)).to.equal('heading countdown summary join');
    expect(has(banner)).to.equal('heading countdown join');
    expect(has(compact)).to.equal('countdown join');
    // The widget is a group named by its heading (not a landmark: a page may hold many widgets), which
    // compact names without showing.
    expect(part(card, 'base')!.getAttribute('aria-labelledby')).to.equal('heading');
    expect(part(compact, 'base')!.getAttribute('aria-label')).to.equal('International Day of Solidarity with Belarus');
    expect(card.layout).to.equal('card');
    expect(banner.layout).to.equal('banner');
  });
});

describe('<belarus-solidarity> bad input', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    clock.at('2026-06-01T12:00:00Z');
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(2)',
    '  javascript:alert(3)',
    'java\tscript:alert(4)',
    '\njavascript:alert(5)',
    'data:text/html,<script>alert(6)</script>',
    'vbscript:msgbox(7)',
    'ftp://example.org/8',
    'https://exa mple.org:99999/',
    '',
  ];
  for (const value of unsafe) {
    it(`ignores join-url=${JSON.stringify(value)} with one warning and keeps a working join button`, async () => {
      const a = await widget(html`<belarus-solidarity join-url=${value}></belarus-solidarity>`);
      const b = await widget(html`<belarus-solidarity join-url=${value}></belarus-solidarity>`);
      for (const el of [a, b]) {
        // The only links: the calendar services'.
        expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.origin)).to.deep.equal(['https://calendar.google.com', 'https://outlook.live.com']);
        expect(part(el, 'join')!.localName).to.equal('button');
        expect(el.joinUrl).to.equal('');
      }
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('join-url').and.contain('ignored');
    });
  }

  it('falls back to light for an unknown theme and to card for an unknown layout, warning once each', async () => {
    const el = await widget(html`<belarus-solidarity theme="neon" layout="poster"></belarus-solidarity>`);
    await widget(html`<belarus-solidarity theme="neon" layout="poster"></belarus-solidarity>`);
    expect(el.theme).to.equal('light');
    expect(el.layout).to.equal('card');
    expect(part(el, 'summary')).to.exist;
    expect(warn.callCount).to.equal(2);
    expect(warn.args.flat().join(' ')).to.contain('theme="neon"').and.contain('layout="poster"');
  });

  it('accepts enum values in any case and with spaces', async () => {
    const el = await widget(html`<belarus-solidarity theme=" DARK " layout="Banner"></belarus-solidarity>`);
    expect(el.theme).to.equal('dark');
    expect(el.layout).to.equal('banner');
    expect(warn.called).to.be.false;
  });

  it('uses the visitor’s zone for an unknown time-zone, with one warning', async () => {
    clock.at('2026-08-03T12:00:00Z');
    const el = await widget(html`<belarus-solidarity time-zone="Mars/Olympus_Mons"></belarus-solidarity>`);
    expect(el.timeZone).to.equal('');
    expect(numbers(el)).to.equal('today'); // 00:00 on 4 August in Auckland
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('Mars/Olympus_Mons');
  });

  it('accepts a zone name in any case and reports its canonical form', async () => {
    const el = await widget(html`<belarus-solidarity time-zone="europe/minsk"></belarus-solidarity>`);
    expect(el.timeZone).to.equal('Europe/Minsk');
    expect(warn.called).to.be.false;
  });

  it('uses the default label for an empty join-label, and English for an unknown lang', async () => {
    const el = await widget(html`<belarus-solidarity join-label="  " lang="tlh"></belarus-solidarity>`);
    expect(part(el, 'join')!.textContent).to.equal('Join the day of solidarity');
    expect(part(el, 'heading')!.textContent).to.equal('International Day of Solidarity with Belarus');
    expect(warn.callCount).to.equal(2);
  });

  it('never throws on odd values set as properties', async () => {
    const el = await widget();
    for (const value of [null, undefined, '', '💥'.repeat(10_000), '<script>alert(1)</script>']) {
      el.joinUrl = value as string;
      el.joinLabel = value as string;
      el.timeZone = value as string;
      el.theme = value as string;
      el.layout = value as string;
      await el.updateComplete;
      expect(part(el, 'countdown')).to.exist;
    }
  });
});

describe('<belarus-solidarity> in the page', () => {
  it('keeps its own text styles inside a page with odd inherited styles, but takes the page’s font', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div
        style="text-transform: uppercase; letter-spacing: 7px; line-height: 7; white-space: pre; font-style: italic;
               font-size: 40px; font-family: Georgia, serif; text-align: center; word-spacing: 20px"
      >
        <belarus-solidarity></belarus-solidarity>
      </div>
    `);
    const el = wrapper.querySelector('belarus-solidarity')!;
    await el.updateComplete;
    const style = getComputedStyle(part(el, 'summary')!);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.whiteSpace).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
    expect(style.wordSpacing).to.equal('0px');
    expect(parseFloat(style.fontSize)).to.be.below(40);
    expect(parseFloat(style.lineHeight)).to.be.below(parseFloat(style.fontSize) * 2);
    expect(style.fontFamily).to.contain('Georgia');
    el.style.setProperty('--solidarity-font-family', 'monospace');
    expect(getComputedStyle(part(el, 'summary')!).fontFamily).to.equal('monospace');
  });

  it('takes custom properties from :root and from the element, the element’s winning', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const el = await widget();
    const root = document.documentElement.style;
    try {
      root.setProperty('--solidarity-accent', 'rgb(0, 0, 255)');
      root.setProperty('--solidarity-background', 'rgb(1, 2, 3)');
      root.setProperty('--solidarity-radius', '13px');
      expect(getComputedStyle(part(el, 'days')!).color).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'base')!).borderTopLeftRadius).to.equal('13px');
      el.style.setProperty('--solidarity-accent', 'rgb(0, 128, 0)');
      el.style.setProperty('--solidarity-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'days')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(el, 'summary')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      for (const name of ['--solidarity-accent', '--solidarity-background', '--solidarity-radius']) root.removeProperty(name);
    }
  });

  it('themes: light and dark differ, auto follows the color scheme', async () => {
    clock.at('2026-06-01T12:00:00Z');
    const background = (el: BelarusSolidarity) => getComputedStyle(part(el, 'base')!).backgroundColor;
    const light = await widget(html`<belarus-solidarity theme="light"></belarus-solidarity>`);
    const dark = await widget(html`<belarus-solidarity theme="dark"></belarus-solidarity>`);
    const auto = await widget(html`<belarus-solidarity theme="auto"></belarus-solidarity>`);
    expect(background(light)).to.equal('rgb(255, 255, 255)');
    expect(background(dark)).to.equal('rgb(22, 22, 26)');
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    expect(background(auto)).to.equal(prefersDark ? background(dark) : background(light));
  });

  it('stops ticking when removed and shows the right time at once when put back', async () => {
    const c = clock.at('2026-07-01T12:00:00+12:00');
    const el = await widget();
    const home = el.parentElement!;
    el.remove();
    expect(c.countTimers(), 'no timer once no widget is on the page').to.equal(0);
    c.tick(3_600_000);
    const other = document.createElement('div');
    home.append(other);
    other.append(el);
    await el.updateComplete;
    expect(numbers(el)).to.equal('33d 11h 0m 0s');
    expect(c.countTimers()).to.equal(1);
  });

  it('works when made with document.createElement and configured by properties', async () => {
    clock.at('2026-08-03T12:00:00Z');
    const el = document.createElement('belarus-solidarity');
    el.timeZone = 'Europe/Minsk';
    el.theme = 'dark';
    el.joinUrl = 'https://example.org/';
    const host = await fixture(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    expect(numbers(el)).to.equal('0d 9h 0m 0s');
    expect(part(el, 'base')!.classList.contains('dark')).to.be.true;
    expect(part(el, 'join')!.localName).to.equal('a');
  });

  it('keeps the first definition when a second copy of the widget loads, with no error and no message', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const logged = [sinon.spy(console, 'warn'), sinon.spy(console, 'error')];
    try {
      // The built file is another copy with a class of its own, as when a page pastes the snippet twice
      // or a plugin bundles the widget too.
      await loadBuiltFile();
      expect(customElements.get('belarus-solidarity')).to.equal(BelarusSolidarity);
      expect(errors).to.deep.equal([]);
      expect(logged.map((spy) => spy.callCount)).to.deep.equal([0, 0]);
    } finally {
      window.removeEventListener('error', onError);
      logged.forEach((spy) => spy.restore());
    }
  });

  it('leaves the name to a copy that took it first, and lets any other registration error through', async () => {
    const get = sinon.stub(customElements, 'get').returns(class extends HTMLElement {});
    const define = sinon.stub(customElements, 'define');
    try {
      await import('../src/define.js?taken-first' as string);
      expect(define.callCount, 'the first definition stays').to.equal(0);
      get.returns(undefined);
      define.throws(new TypeError('a broken registry'));
      let failure: unknown;
      await import('../src/define.js?broken-registry' as string).catch((error) => (failure = error));
      expect((failure as Error | undefined)?.message).to.equal('a broken registry');
      expect(define.callCount).to.equal(1);
    } finally {
      get.restore();
      define.restore();
    }
  });
});
