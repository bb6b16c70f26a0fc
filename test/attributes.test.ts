/**
 * Whatever a partner pastes into an attribute: the widget renders, warns once per bad value, falls back
 * to the documented default, never throws, never turns text into markup and never links anywhere unsafe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { ATTRIBUTES, type BelarusSolidarity } from '../src/belarus-solidarity.js';
import { numbers, part, useClock } from './helpers.js';

const clock = useClock();

const HOSTILE = [
  '',
  '   ',
  'x'.repeat(20_000),
  '<img src=x onerror="window.hacked=1">',
  '"><script>window.hacked=1</script>',
  'javascript:window.hacked=1',
  ' JaVaScRiPt:window.hacked=1',
  'java\tscript:window.hacked=1',
  'data:text/html,<script>window.hacked=1</script>',
  'vbscript:msgbox(1)',
  '\u202eevil',
  'Europe/Nowhere',
  '7',
  '-1',
  '2.5',
  'NaN',
  'DARK',
  'card banner',
  '{{constructor.constructor("window.hacked=1")()}}',
];

/** The defaults each attribute falls back to, read through the properties. */
const DEFAULTS = { joinUrl: '', timeZone: '', theme: 'light', layout: 'card', headingLevel: 2 };

describe('any attribute value', () => {
  let warn: sinon.SinonSpy;
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warn.restore();
    window.removeEventListener('error', onError);
  });

  for (const attribute of ATTRIBUTES) {
    it(`${attribute}: renders, warns at most once per value, keeps safe defaults`, async () => {
      clock.at('2026-08-01T10:30:15+12:00');
      for (const value of HOSTILE) {
        warn.resetHistory();
        const page = await fixture<HTMLElement>(html`<div>
          <belarus-solidarity></belarus-solidarity>
          <belarus-solidarity></belarus-solidarity>
        </div>`);
        const [first, second] = [...page.querySelectorAll('belarus-solidarity')] as BelarusSolidarity[];
        // The same bad value on two widgets of one page still warns only once.
        first!.setAttribute(attribute, value);
        second!.setAttribute(attribute, value);
        await Promise.all([first!.updateComplete, second!.updateComplete]);
        expect(warn.callCount, `${attribute}=${JSON.stringify(value.slice(0, 40))}`).to.be.at.most(1);
        if (warn.called) {
          const message = String(warn.firstCall.args[0]);
          expect(message).to.match(/^<belarus-solidarity>: /);
          expect(message.length, 'a long value is shortened in the warning').to.be.below(300);
        }

        for (const el of [first!, second!]) {
          const root = el.shadowRoot!;
          expect(numbers(el)).to.equal('2d 13h 29m 45s');
          expect(root.querySelector('img, script, iframe, object, embed'), 'no markup from attributes').to.be.null;
          const join = part(el, 'join')!;
          if (join instanceof HTMLAnchorElement) expect(new URL(join.href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
          expect(['light', 'dark', 'auto']).to.include(el.theme);
          expect(['card', 'banner', 'compact']).to.include(el.layout);
          expect(el.headingLevel).to.be.within(1, 6);
        }
      }
      expect(errors).to.deep.equal([]);
      expect((window as { hacked?: unknown }).hacked).to.be.undefined;
    });
  }

  it('falls back to the documented defaults for values that mean nothing', async () => {
    clock.at('2026-08-01T10:30:15+12:00');
    const el = await fixture<BelarusSolidarity>(
      html`<belarus-solidarity join-url="javascript:alert(1)" time-zone="Mars/Olympus" theme="neon" layout="huge" heading-level="9"></belarus-solidarity>`,
    );
    expect({ joinUrl: el.joinUrl, timeZone: el.timeZone, theme: el.theme, layout: el.layout, headingLevel: el.headingLevel }).to.deep.equal(DEFAULTS);
    expect(part(el, 'join')!.localName, 'without a safe link, the join control opens "how to join"').to.equal('button');
    expect(warn.callCount).to.equal(5);
  });
});
