// A real back/forward cache: a visitor leaves a page with the built widget for another page and comes back
// with the Back button. The browser restores the page as it was, its timers frozen meanwhile; the widget
// must show the right time at once, not when its next wait ends. The page's clock starts at a fixed instant,
// and moves five hours on in the page's first pageshow listener of the restore (before the widget's), as if
// the visitor had been away that long. Widgets in the visitor's zone and in named ones. Run by node's test
// runner in Chromium and Firefox.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { BROWSERS } from './node-browsers.mjs';

/** 1 July 2026 12:00 in Auckland, the browsers' zone here; every `Date` the page makes is shifted with it. */
const CLOCK = `<script>
  const RealDate = Date;
  window.shift = Date.parse('2026-07-01T12:00:00+12:00') - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) { args.length ? super(...args) : super(RealDate.now() + shift); }
    static now() { return RealDate.now() + shift; }
  }
  // Date() called without new gives the time as text.
  window.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() });
  window.restored = 0;
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    restored++;
    shift += 5 * 3600e3;
  });
</script>`;

/** Named zones, with daylight saving time (Berlin, New York), without (Minsk), and in the southern winter. */
const ZONES = ['Europe/Berlin', 'America/New_York', 'Europe/Minsk', 'Australia/Sydney'];

const PAGES = {
  // The link first and the widgets side by side: following it scrolls nothing, and every widget is in sight
  // (one out of sight is not woken until it comes back into view).
  '/': `<!doctype html><html lang="en"><meta charset="utf-8">${CLOCK}
    <a href="/elsewhere">elsewhere</a>
    <div style="display: grid; grid-template-columns: repeat(5, 1fr)">
    <belarus-solidarity precision="minute" layout="compact"></belarus-solidarity>
    ${ZONES.map((zone) => `<belarus-solidarity precision="minute" layout="compact" time-zone="${zone}"></belarus-solidarity>`).join('')}
    </div>
    <script src="/belarus-solidarity.js"></script>`,
  '/elsewhere': '<!doctype html><html lang="en"><meta charset="utf-8"><p>Another page',
};

let server;
let origin;
before(async () => {
  const file = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url));
  server = createServer((request, response) => {
    if (request.url === '/belarus-solidarity.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(file);
    const page = PAGES[request.url];
    if (!page) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

/** The numbers each widget shows, as "days hours minutes": the visitor's zone's, then each named zone's. */
const shown = (page) =>
  page.$$eval('belarus-solidarity', (widgets) =>
    widgets.map((widget) => ['days', 'hours', 'minutes'].map((name) => widget.shadowRoot.querySelector(`[part~="${name}"]`).textContent).join(' ')),
  );

for (const [name, options] of Object.entries(BROWSERS)) {
  describe(`in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await puppeteer.launch({ headless: true, env: { ...process.env, TZ: 'Pacific/Auckland' }, ...options });
    });
    after(() => browser?.close());

    it('a page restored from the back/forward cache five hours later shows the right time at once', async () => {
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => [...document.querySelectorAll('belarus-solidarity')].every((widget) => widget.shadowRoot?.querySelector('[part~="days"]')));
      // 1 July 12:00 in Auckland (00:00 UTC) to 4 August 00:00 there: 33 days 12 hours; in Berlin 33 days 22
      // hours, New York 34 days 4 hours, Minsk 33 days 21 hours, Sydney 33 days 14 hours.
      assert.deepEqual(await shown(page), ['33 12 0', '33 22 0', '34 4 0', '33 21 0', '33 14 0']);
      await Promise.all([page.waitForNavigation(), page.click('a')]);
      // A restore from the cache loads nothing, so no driver reports it as a navigation: wait for the page itself.
      void page.goBack().catch(() => {});
      await page.waitForFunction(() => window.restored === 1 || window.restored === 0, { polling: 50 });
      assert.equal(await page.evaluate(() => window.restored), 1, 'the page came back from the cache');
      // Well before the widget's wait for its next minute could end.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      assert.deepEqual(await shown(page), ['33 7 0', '33 17 0', '33 23 0', '33 16 0', '33 9 0']);
      await page.close();
    });
  });
}
