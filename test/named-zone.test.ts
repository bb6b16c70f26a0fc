/**
 * A widget with `time-zone`, from the built files as partners load them, each in a fresh frame: right at its
 * first render in zones with daylight saving time, without, and in the southern winter, spelled in any
 * case; and, in an engine with Temporal, without building the Intl.DateTimeFormat whose first construction
 * loads the engine's locale data (the cost a named zone used to add to the first render). The page's clock
 * is 1 July 2026, 00:00 UTC (test/pages/fixed-clock.js).
 */
import { expect, waitUntil } from '@open-wc/testing';
import './readable-failures.js';

/** Days, hours and minutes left from 1 July 2026, 00:00 UTC, to 4 August's midnight in each zone. */
const ZONES: Array<[string, string]> = [
  ['Europe/Berlin', '33d 22h 0m'],
  ['America/New_York', '34d 4h 0m'],
  ['Europe/Minsk', '33d 21h 0m'],
  ['Australia/Sydney', '33d 14h 0m'],
  ['europe/berlin', '33d 22h 0m'],
];

/** Counts the Intl.DateTimeFormat objects a page builds, installed before anything else runs. */
const COUNTER = `<script>
  window.formatsBuilt = 0;
  const Native = Intl.DateTimeFormat;
  Intl.DateTimeFormat = new Proxy(Native, { construct(target, args) { formatsBuilt++; return Reflect.construct(target, args); }, apply(target, self, args) { formatsBuilt++; return Reflect.apply(target, self, args); } });
</script>`;

async function pageWith(file: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${location.origin}/">
    <script src="/test/pages/fixed-clock.js"></script>${COUNTER}</head><body>
    ${ZONES.map(([zone]) => `<belarus-solidarity precision="minute" time-zone="${zone}"></belarus-solidarity>`).join('')}
    <script src="/dist/${file}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const widgets = [...frame.contentDocument!.querySelectorAll('belarus-solidarity')];
  await waitUntil(() => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="days"]')), `${file} renders`);
  return { frame, win: frame.contentWindow as Window & { formatsBuilt: number; Temporal?: unknown }, widgets };
}

const left = (widget: Element) =>
  (['days', 'hours', 'minutes'] as const).map((unit) => `${widget.shadowRoot!.querySelector(`[part~="${unit}"]`)!.textContent}${unit[0]}`).join(' ');

describe('a named zone, from the built files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const file of ['belarus-solidarity.js', 'belarus-solidarity.pl.js']) {
    it(`${file}: right at the first render in every zone; no Intl date format built where the engine has Temporal`, async () => {
      const { win, widgets } = await pageWith(file);
      expect(widgets.map(left)).to.deep.equal(ZONES.map(([, expected]) => expected));
      expect(widgets.map((widget) => (widget as Element & { timeZone: string }).timeZone)).to.deep.equal([
        'Europe/Berlin',
        'America/New_York',
        'Europe/Minsk',
        'Australia/Sydney',
        'Europe/Berlin',
      ]);
      if (typeof win.Temporal === 'object') expect(win.formatsBuilt, 'Intl.DateTimeFormat objects built').to.equal(0);
      else expect(win.formatsBuilt, 'without Temporal, Intl reads the zone').to.be.above(0);
    });
  }
});
