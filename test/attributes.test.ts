/**
 * Whatever a partner hands in, as an attribute or as a property: the widget renders, warns once per bad
 * value, shows the documented default, never throws, never turns text into markup and never links anywhere
 * unsafe. Each value's outcome is written out in hostile-values.ts, not computed by the widget's own code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { ATTRIBUTES, type BelarusSolidarity } from '../src/belarus-solidarity.js';
import { numbers, part, useClock } from './helpers.js';
import { HOSTILE, PROPERTY, outcome } from './hostile-values.js';

const clock = useClock();

const routes = {
  attribute: (el: BelarusSolidarity, attribute: string, value: unknown) => el.setAttribute(attribute, value as string),
  property: (el: BelarusSolidarity, attribute: string, value: unknown) => {
    (el as unknown as Record<string, unknown>)[PROPERTY[attribute as keyof typeof PROPERTY]] = value;
  },
};

/** Every warning this page has logged: a message comes once per page, so an earlier test may have had it. */
const logged: string[] = [];

describe('any value a partner hands in', () => {
  let warn: sinon.SinonSpy;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    logged.push(...warn.args.map((args) => String(args[0])));
    warn.restore();
    window.removeEventListener('error', onError);
  });

  for (const [route, set] of Object.entries(routes)) {
    for (const attribute of ATTRIBUTES) {
      it(`${attribute}, as ${route === 'attribute' ? 'an attribute' : 'a property'}: the documented outcome, one warning per bad value`, async () => {
        clock.at('2026-08-01T10:30:15+12:00');
        for (const value of HOSTILE) {
          warn.resetHistory();
          const page = await fixture<HTMLElement>(html`<div>
            <belarus-solidarity></belarus-solidarity>
            <belarus-solidarity></belarus-solidarity>
          </div>`);
          const [first, second] = [...page.querySelectorAll('belarus-solidarity')] as BelarusSolidarity[];
          // The same bad value on two widgets of one page still warns only once.
          set(first!, attribute, value);
          set(second!, attribute, value);
          await Promise.all([first!.updateComplete, second!.updateComplete]);
          const label = `${attribute}=${JSON.stringify(value.slice(0, 40))}`;
          const expected = outcome(attribute, value);
          const messages = warn.args.map((args) => String(args[0]));
          logged.push(...messages);
          warn.resetHistory();
          if (expected.warns) {
            // Once on the page: now, or in the other route's test before this one.
            expect(messages.length, label).to.be.at.most(1);
            const about = `${attribute}=${JSON.stringify(value).slice(0, 20)}`;
            expect(logged.filter((m) => m.includes(about)), `${label} warned once`).to.have.length(1);
            const message = logged.find((m) => m.includes(about))!;
            expect(message, label).to.match(/^<belarus-solidarity>: /);
            expect(message.length, 'a long value is shortened in the warning').to.be.below(300);
          } else {
            expect(messages, label).to.deep.equal([]);
          }
          for (const el of [first!, second!]) {
            expect(el.shadowRoot!.querySelector('img, script, iframe, object, embed'), 'no markup from values').to.be.null;
            expect(numbers(el), label).to.equal('2d 13h 29m 45s');
            expected.shows(el);
            if ('value' in expected) {
              expect((el as unknown as Record<string, unknown>)[PROPERTY[attribute]], `${label} reads back`).to.equal(expected.value);
            }
          }
        }
        expect(errors).to.deep.equal([]);
        expect((window as { hacked?: unknown }).hacked).to.be.undefined;
      });
    }
  }

  it('takes values that are not text as properties: numbers and URLs as text, anything else as unset, with a warning', async () => {
    clock.at('2026-08-01T10:30:15+12:00');
    const el = await fixture<BelarusSolidarity>(html`<belarus-solidarity></belarus-solidarity>`);
    el.headingLevel = 4;
    el.joinUrl = new URL('https://example.org/from-a-url-object');
    await el.updateComplete;
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
    expect((part(el, 'join') as HTMLAnchorElement).href).to.equal('https://example.org/from-a-url-object');
    const throwing = { toString: () => { throw new Error('no text here'); } };
    for (const value of [Symbol('layout'), () => 'banner', throwing, {}]) {
      warn.resetHistory();
      (el as unknown as { layout: unknown }).layout = value;
      await el.updateComplete;
      expect(el.layout, String(typeof value)).to.equal('card');
      expect(part(el, 'summary')).to.exist;
      expect(warn.callCount, typeof value).to.be.at.most(1);
    }
    expect(warn.called).to.be.true;
    expect(errors).to.deep.equal([]);
  });

  it('falls back to the documented defaults for values that mean nothing', async () => {
    clock.at('2026-08-01T10:30:15+12:00');
    const el = await fixture<BelarusSolidarity>(
      html`<belarus-solidarity join-url="javascript:alert(1)" time-zone="Mars/Olympus" theme="neon" layout="huge" heading-level="9"></belarus-solidarity>`,
    );
    expect({ joinUrl: el.joinUrl, timeZone: el.timeZone, theme: el.theme, layout: el.layout, headingLevel: el.headingLevel }).to.deep.equal({
      joinUrl: '',
      timeZone: '',
      theme: 'light',
      layout: 'card',
      headingLevel: 2,
    });
    expect(part(el, 'join')!.localName, 'without a safe link, the join control opens "how to join"').to.equal('button');
    expect(warn.callCount).to.equal(5);
  });
});
