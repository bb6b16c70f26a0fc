/**
 * The built single file, loaded the way partners load it: a classic script added to a page that may
 * already hold widgets, with or without data-mount, sometimes twice. Nothing here imports the sources.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { numbers, part, shownPart } from './helpers.js';

const BUNDLE = '/dist/belarus-solidarity.js';

function addScript(attributes: Record<string, string>, parent: Element = document.body): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = BUNDLE;
  return new Promise((resolve, reject) => {
    script.onload = () => resolve(script);
    script.onerror = () => reject(new Error(`${BUNDLE} did not load: run the build first`));
    parent.append(script);
  });
}

describe('dist/belarus-solidarity.js', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  const errors: ErrorEvent[] = [];
  const onError = (event: ErrorEvent) => errors.push(event);

  // One clock for the whole page: the bundle's shared timer lives as long as its widgets do.
  before(() => {
    window.addEventListener('error', onError);
    clock = sinon.useFakeTimers({ now: Date.parse('2026-08-01T00:00:00+03:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });
  after(() => {
    document.querySelectorAll('belarus-solidarity').forEach((widget) => widget.remove());
    clock.restore();
    window.removeEventListener('error', onError);
  });
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
    expect(errors.map((e) => e.message)).to.deep.equal([]);
  });

  it('is a classic script that upgrades widgets already in the page and hides their fallback link', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<belarus-solidarity id="pasted" join-url="https://example.org/join" time-zone="Europe/Minsk">
         <a href="https://example.org/join">4 August: International Day of Solidarity with Belarus</a>
       </belarus-solidarity>
       ${['card', 'banner', 'compact']
         .map(
           (layout) => `<belarus-solidarity class="words" layout="${layout}" precision="minute" show-days-before="7">
             <strong slot="heading">Solidarity with Belarus in Vilnius</strong>
             <p slot="message">Vigil in Vilnius, 4 August, 18:00, Cathedral Square.</p>
             <a href="https://example.org/join">4 August: International Day of Solidarity with Belarus</a>
           </belarus-solidarity>`,
         )
         .join('')}`,
    );
    const pasted = document.getElementById('pasted') as BelarusSolidarity;
    const everyLayout = [...document.querySelectorAll<BelarusSolidarity>('.words')];
    const fallback = pasted.querySelector('a')!;
    expect(customElements.get('belarus-solidarity')).to.be.undefined;
    expect(fallback.getClientRects().length, 'fallback link shows before the script runs').to.be.above(0);
    // Before the script, the partner's heading and message are plain content of the page, with the fallback.
    for (const child of everyLayout.flatMap((words) => [...words.children])) {
      expect(child.getClientRects().length, child.localName).to.be.above(0);
    }

    await addScript({});
    await pasted.updateComplete;
    expect(numbers(pasted)).to.equal('3d 0h 0m 0s');
    expect((part(pasted, 'join') as HTMLAnchorElement).href).to.equal('https://example.org/join');
    expect(fallback.getClientRects().length, 'fallback link hidden once upgraded').to.equal(0);

    // Slots, schedule, precision and the calendar links, from the built file, in every layout.
    for (const words of everyLayout) {
      await words.updateComplete;
      const layout = words.layout;
      const within = (child: Element, name: string) => {
        const [c, p] = [child.getBoundingClientRect(), part(words, name)!.getBoundingClientRect()];
        return c.height > 0 && c.top >= p.top && c.bottom <= p.bottom;
      };
      // The compact layout has no visible heading; the slotted heading is not shown there.
      if (layout !== 'compact') expect(within(words.querySelector('[slot=heading]')!, 'heading'), `${layout}: heading slotted`).to.be.true;
      expect(within(words.querySelector('[slot=message]')!, 'message'), `${layout}: message slotted`).to.be.true;
      expect(words.querySelector('a')!.getClientRects().length, `${layout}: the fallback hidden`).to.equal(0);
      expect([shownPart(words, 'seconds'), part(words, 'minutes')!.textContent], layout).to.deep.equal([null, '0']);
      const calendar = [...words.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="calendar-link"]')];
      const dates = calendar.map((a) => new URL(a.href).searchParams.get('dates') ?? new URL(a.href).searchParams.get('startdt'));
      expect(dates, layout).to.deep.equal(layout === 'compact' ? [] : ['20260804/20260805', '2026-08-04']);
      expect([words.showDaysBefore, words.precision]).to.deep.equal([7, 'minute']);
    }
  });

  it('counts down live', async () => {
    const pasted = document.getElementById('pasted') as BelarusSolidarity;
    clock.tick(1000);
    await pasted.updateComplete;
    expect(numbers(pasted)).to.equal('2d 23h 59m 59s');
  });

  it('with data-mount, puts one widget right after the script with its data-* settings', async () => {
    const place = document.createElement('div');
    document.body.append(place);
    const script = await addScript(
      {
        'data-mount': '',
        'data-join-url': 'https://example.org/be',
        'data-lang': 'en',
        'data-theme': 'dark',
        'data-layout': 'compact',
        'data-time-zone': 'Europe/Minsk',
        'data-join-label': 'Далучайцеся',
        'data-precision': 'minute',
        'data-show-days-before': '3',
        'data-onclick': 'window.hacked = true',
      },
      place,
    );
    const widget = script.nextElementSibling as BelarusSolidarity;
    expect(widget.localName).to.equal('belarus-solidarity');
    expect(place.querySelectorAll('belarus-solidarity')).to.have.length(1);
    await widget.updateComplete;
    expect(widget.getAttribute('join-url')).to.equal('https://example.org/be');
    expect(widget.getAttribute('lang')).to.equal('en');
    expect(widget.theme).to.equal('dark');
    expect(widget.layout).to.equal('compact');
    expect(widget.timeZone).to.equal('Europe/Minsk');
    expect(part(widget, 'join')!.textContent).to.equal('Далучайцеся');
    expect(widget.hasAttribute('onclick')).to.be.false;
    expect(warn.calledOnceWith(sinon.match('data-onclick'))).to.be.true;
    // To the minute, the last minute rounds up; three days before 4 August in Minsk, inside the window.
    expect([widget.precision, widget.showDaysBefore]).to.deep.equal(['minute', 3]);
    expect(numbers(widget)).to.equal('3d 0h 0m s');
    widget.showDaysBefore = 2;
    await widget.updateComplete;
    expect(widget.getClientRects().length, 'two days before: not yet').to.equal(0);
  });

  it('with data-mount in <head>, puts the widget at the top of the body', async () => {
    const script = await addScript({ 'data-mount': '', 'data-layout': 'banner' }, document.head);
    try {
      const first = document.body.firstElementChild as BelarusSolidarity;
      expect(first.localName).to.equal('belarus-solidarity');
      expect(first.layout).to.equal('banner');
      first.remove();
    } finally {
      script.remove();
    }
  });

  it('pasted a second time, changes nothing and throws nothing', async () => {
    const defined = customElements.get('belarus-solidarity');
    const count = document.querySelectorAll('belarus-solidarity').length;
    await addScript({});
    await addScript({ async: '' });
    expect(customElements.get('belarus-solidarity')).to.equal(defined);
    expect(document.querySelectorAll('belarus-solidarity')).to.have.length(count);
    expect(warn.called).to.be.false;
  });

  it('adds no global of its own', () => {
    expect('BelarusSolidarity' in window).to.be.false;
  });

  it('starts with a UTF-8 byte order mark, then the compile hint as its first line', async () => {
    // The mark decides how the file decodes on a page in another encoding; the hint works only as the
    // first line (Chromium then compiles the functions while the file streams in, not when each is first called).
    const bytes = new Uint8Array(await (await fetch(BUNDLE)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3, 64)).split('\n')[0]).to.equal('//# allFunctionsCalledOnLoad');
  });
});
