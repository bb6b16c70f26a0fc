// Renders the README's pictures of the built widget with headless Chromium: each layout in the light and
// dark theme, and one in Belarusian, at a fixed instant so the pictures change only when the widget does;
// and the configurator of the built site on a phone and on a laptop.
// Usage: npm run screenshots (builds first). CHROME_PATH overrides the browser.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import puppeteer from 'puppeteer-core';

const bundle = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url), 'utf8');
const INSTANT = Date.parse('2026-07-01T11:23:45+03:00');

const shots = [
  { file: 'card-light', layout: 'card', theme: 'light', width: 560 },
  { file: 'card-dark', layout: 'card', theme: 'dark', width: 560 },
  { file: 'banner-light', layout: 'banner', theme: 'light', width: 1000 },
  { file: 'banner-dark', layout: 'banner', theme: 'dark', width: 1000 },
  { file: 'compact-light', layout: 'compact', theme: 'light', width: 280 },
  { file: 'compact-dark', layout: 'compact', theme: 'dark', width: 280 },
  { file: 'card-be', layout: 'card', theme: 'light', width: 560, lang: 'be' },
  // Three of the scripts and typographies added with the nineteen languages.
  { file: 'card-ka', layout: 'card', theme: 'light', width: 560, lang: 'ka' },
  { file: 'card-el', layout: 'card', theme: 'light', width: 560, lang: 'el' },
  { file: 'card-cs', layout: 'card', theme: 'light', width: 560, lang: 'cs' },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars', '--font-render-hinting=none'],
});
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width + 32, height: 800, deviceScaleFactor: 1 });
    await page.emulateTimezone('Europe/Minsk');
    await page.setContent(`<!doctype html><html lang="${shot.lang ?? 'en'}"><head><meta charset="utf-8"></head>
      <body style="margin:0;padding:16px;background:${shot.theme === 'dark' ? '#000' : '#f4f4f5'};font-family:system-ui,sans-serif">
      <belarus-solidarity layout="${shot.layout}" theme="${shot.theme}" time-zone="Europe/Minsk"
        join-url="https://example.org/join" style="width:${shot.width}px"></belarus-solidarity></body></html>`);
    // A frozen clock, set before the widget loads, so every run draws the same digits.
    await page.addScriptTag({ content: `Date.now = () => ${INSTANT};` });
    await page.addScriptTag({ content: bundle });
    const widget = await page.waitForSelector('belarus-solidarity');
    await page.evaluate((el) => el.updateComplete, widget);
    await widget.screenshot({ path: `docs/${shot.file}.png` });
    console.log(`docs/${shot.file}.png`);
    await page.close();
  }

  // The built site, served as a plain static host would.
  const site = new URL('../dist/site/', import.meta.url);
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.slice(1) || 'index.html';
    try {
      response.writeHead(200, { 'Content-Type': types[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(new URL(name, site)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    for (const { file, width, height } of [
      { file: 'configurator-phone', width: 390, height: 844 },
      { file: 'configurator-laptop', width: 1366, height: 768 },
    ]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.emulateTimezone('Europe/Minsk');
      await page.evaluateOnNewDocument((instant) => {
        Date.now = () => instant;
      }, INSTANT);
      await page.goto(`http://127.0.0.1:${server.address().port}/?lang=en`);
      await page.waitForSelector('html[data-ready]');
      await page.screenshot({ path: `docs/${file}.png` });
      console.log(`docs/${file}.png`);
      await page.close();
    }
  } finally {
    server.close();
  }
} finally {
  await browser.close();
}
