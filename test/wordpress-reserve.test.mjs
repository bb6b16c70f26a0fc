// The room the WordPress plugin keeps for each widget before its script runs (wordpress/reserve.json) is the
// built widget's height, at every column width the configurator measures, for every layout, precision and
// language, with a join link and without: a change to the widget that changes its height fails here until
// `npm run reserve` measures it again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { keyOf, measure, variants, widgetPage } from '../scripts/wordpress-reserve.mjs';
import { BROWSERS } from './node-browsers.mjs';

const rooms = JSON.parse(readFileSync(new URL('../wordpress/reserve.json', import.meta.url), 'utf8'));

let browser;
before(async () => {
  browser = await puppeteer.launch({ headless: true, ...BROWSERS.Chromium });
});
after(() => browser?.close());

it('keeps for each widget the room it takes, within a pixel, at every column width', async () => {
  const page = await widgetPage(browser);
  const all = variants({ withJoin: true });
  const heights = await measure(page, all);
  // The length as the browser reads it: the padding of a box in a column of that width.
  const kept = await page.evaluate(
    (rules) =>
      rules.map(([rule, points]) =>
        points.map(([width]) => {
          const column = document.createElement('div');
          column.style.width = `${width}px`;
          const box = column.appendChild(document.createElement('div'));
          box.style.paddingTop = rule;
          document.body.append(column);
          const height = box.getBoundingClientRect().height;
          column.remove();
          return height;
        }),
      ),
    all.map((variant, i) => [rooms[keyOf(variant)] ?? '0px', heights[i]]),
  );
  const wrong = all.flatMap((variant, i) =>
    heights[i]
      .map(([width, height], j) => ({ width, height, room: kept[i][j] }))
      .filter(({ height, room }) => Math.abs(height - room) > 1)
      .map(({ width, height, room }) => `${keyOf(variant)}${variant.joinUrl ? ' with a join link' : ''} at ${width} px: ${height} px, room for ${room}`),
  );
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} widths where the room is not the widget's height; run npm run reserve`);
  assert.equal(Object.keys(rooms).length, variants().length, 'a room for every layout, precision and language, no more');
});
