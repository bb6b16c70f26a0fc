/**
 * Values that reach the element before its script does. Frameworks (React 19, Vue) set properties on a
 * custom element as soon as they create it, a partner's own script may too, and the README's snippet loads
 * the widget with `defer`: the built file must take such values over and check them like any other.
 * Nothing here imports the sources.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import { numbers, part, shownPart } from './helpers.js';
import { HOSTILE, PROPERTY, outcome } from './hostile-values.js';

const BUNDLE = '/dist/belarus-solidarity.js';

function loadBundle(): Promise<void> {
  const script = document.createElement('script');
  script.src = BUNDLE;
  return new Promise((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${BUNDLE} did not load: run the build first`));
    document.head.append(script);
  });
}

type Settable = Record<string, unknown>;

describe('properties set before the script loads', () => {
  let clock: sinon.SinonFakeTimers;
  let warn: sinon.SinonStub;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const hostile: Array<{ el: BelarusSolidarity; attribute: keyof typeof PROPERTY; value: string }> = [];
  let framework: BelarusSolidarity;
  let unsafe: BelarusSolidarity;

  before(async () => {
    window.addEventListener('error', onError);
    warn = sinon.stub(console, 'warn');
    clock = sinon.useFakeTimers({ now: Date.parse('2026-08-01T10:30:15+12:00'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    expect(customElements.get('belarus-solidarity'), 'not defined yet').to.be.undefined;

    // What a framework does: create the element, set its properties, put it in the page.
    framework = document.createElement('belarus-solidarity') as BelarusSolidarity;
    Object.assign(framework, { layout: 'compact', theme: 'dark', timeZone: 'Europe/Minsk', joinUrl: 'https://example.org/join', joinLabel: 'Join us' });
    document.body.append(framework);
    // The property set on an element already in the page, with an attribute that says otherwise.
    document.body.insertAdjacentHTML('beforeend', '<belarus-solidarity id="unsafe" join-url="https://example.org/"></belarus-solidarity>');
    unsafe = document.getElementById('unsafe') as BelarusSolidarity;
    (unsafe as unknown as Settable).joinUrl = 'javascript:alert(1)';

    for (const attribute of Object.keys(PROPERTY) as Array<keyof typeof PROPERTY>) {
      if (attribute === 'lang') continue; // a built-in property, which needs no upgrade
      for (const value of HOSTILE) {
        const el = document.createElement('belarus-solidarity') as BelarusSolidarity;
        (el as unknown as Settable)[PROPERTY[attribute]] = value;
        document.body.append(el);
        hostile.push({ el, attribute, value });
      }
    }
    await loadBundle();
    await Promise.all([framework, unsafe, ...hostile.map(({ el }) => el)].map((el) => el.updateComplete));
  });

  after(() => {
    document.querySelectorAll('belarus-solidarity').forEach((el) => el.remove());
    clock.restore();
    warn.restore();
    window.removeEventListener('error', onError);
  });

  it('uses every property a framework set before upgrade', () => {
    expect(shownPart(framework, 'summary'), 'compact shows no summary').to.be.null;
    expect(part(framework, 'base')!.getAttribute('aria-label')).to.equal('International Day of Solidarity with Belarus');
    expect(getComputedStyle(part(framework, 'base')!).backgroundColor).to.equal('rgb(22, 22, 26)');
    expect(numbers(framework), 'counted in Minsk').to.equal('2d 22h 29m 45s');
    const join = part(framework, 'join') as HTMLAnchorElement;
    expect([join.href, join.textContent]).to.deep.equal(['https://example.org/join', 'Join us']);
    expect([framework.layout, framework.theme, framework.timeZone]).to.deep.equal(['compact', 'dark', 'Europe/Minsk']);
  });

  it('checks a javascript: link set before upgrade like any other: no link, the default control', () => {
    // The only links: the calendar services'.
    expect([...unsafe.shadowRoot!.querySelectorAll('a')].map((a) => a.origin)).to.deep.equal(['https://calendar.google.com', 'https://outlook.live.com']);
    expect(part(unsafe, 'join')!.localName).to.equal('button');
    expect(unsafe.joinUrl).to.equal('');
    expect(warn.calledWith(sinon.match('join-url="javascript:alert(1)"'))).to.be.true;
  });

  it('gives every hostile value its documented outcome, with no error and one warning per distinct value', () => {
    for (const { el, attribute, value } of hostile) {
      const label = `${attribute}=${JSON.stringify(value.slice(0, 40))}`;
      const expected = outcome(attribute, value);
      expect(el.shadowRoot!.querySelector('img, script, iframe, object, embed'), label).to.be.null;
      expect(numbers(el), label).to.equal('2d 13h 29m 45s');
      expected.shows(el);
      expect((el as unknown as Settable)[PROPERTY[attribute]], `${label} reads back`).to.equal(expected.value);
    }
    const messages = warn.args.map((args) => String(args[0]));
    expect(new Set(messages).size, 'each warning once').to.equal(messages.length);
    expect(errors).to.deep.equal([]);
    expect((window as { hacked?: unknown }).hacked).to.be.undefined;
  });
});
