// The room each widget of the WordPress plugin keeps before its script runs, so that the page does not jump
// when the script arrives, however late a performance plugin lets it. The configurator measures the widget
// a partner previews, in the partner's font; the plugin cannot, so this measures the built widget in
// headless Chromium for every layout, precision, language and join control the plugin can write, at every
// column width the configurator measures (demo/reserve.js), in the browser's plain sans-serif, and writes
// the heights as the configurator's CSS lengths into wordpress/reserve.json, which the plugin reads.
// Usage: npm run reserve (builds first). test/wordpress.test.mjs fails when the file no longer holds the
// widget's height.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { WIDTHS, heightRule } from '../demo/reserve.js';
import { LANGUAGES } from './catalogs.mjs';
import { BROWSERS } from '../test/node-browsers.mjs';

/** A moment in the countdown, far from 4 August, at which every widget is measured. */
export const INSTANT = Date.parse('2026-03-01T12:00:00Z');

/**
 * What the plugin writes that changes a widget's height: its layout, precision and language. The join control
 * (a link with `join-url`, a button without) is as high either way; `withJoin` measures both, to check that.
 */
export function variants({ withJoin = false } = {}) {
  const languages = Object.keys(LANGUAGES);
  return ['card', 'compact', 'banner'].flatMap((layout) =>
    ['second', 'minute', 'day'].flatMap((precision) =>
      languages.flatMap((lang) => (withJoin ? [false, true] : [false]).map((joinUrl) => ({ layout, precision, lang, joinUrl }))),
    ),
  );
}

/** The key the plugin looks a widget's room up by (belarus_solidarity_room() in wordpress/belarus-solidarity.php). */
export const keyOf = ({ layout, precision, lang }) => `${layout} ${precision} ${lang}`;

/** Loads the built file into a page of `browser` whose clock reads INSTANT in UTC, with the given font. */
export async function widgetPage(browser, fontFamily = 'sans-serif') {
  const page = await browser.newPage();
  await page.emulateTimezone('UTC');
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body style="margin:0;font-family:${fontFamily}"><div id="column"></div></body></html>`);
  await page.addScriptTag({ content: `Date.now = () => ${INSTANT};` });
  await page.addScriptTag({ content: readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url), 'utf8') });
  return page;
}

/** Each variant's height at every width of WIDTHS, as [width, height] pairs, in the order of `all`. */
export function measure(page, all = variants()) {
  return page.evaluate(
    async (all, widths) => {
      const column = document.getElementById('column');
      const heights = [];
      for (const { layout, precision, lang, joinUrl } of all) {
        const widget = document.createElement('belarus-solidarity');
        widget.setAttribute('layout', layout);
        widget.setAttribute('precision', precision);
        widget.setAttribute('lang', lang);
        if (joinUrl) widget.setAttribute('join-url', 'https://example.org/join');
        column.replaceChildren(widget);
        await widget.updateComplete;
        heights.push(
          widths.map((width) => {
            column.style.width = `${width}px`;
            return [width, widget.getBoundingClientRect().height];
          }),
        );
      }
      return heights;
    },
    all,
    WIDTHS,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await puppeteer.launch({ headless: true, ...BROWSERS.Chromium });
  try {
    const all = variants();
    const heights = await measure(await widgetPage(browser), all);
    const rooms = Object.fromEntries(all.map((variant, i) => [keyOf(variant), heightRule(heights[i])]));
    const file = new URL('../wordpress/reserve.json', import.meta.url);
    writeFileSync(file, `${JSON.stringify(rooms, null, '\t')}\n`);
    console.log(`wordpress/reserve.json: ${Object.keys(rooms).length} rooms, ${JSON.stringify(rooms).length} B`);
  } finally {
    await browser.close();
  }
}
