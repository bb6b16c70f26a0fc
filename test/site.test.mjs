// The built site (dist/site/) as an organisation publishes it: a plain static file server (no Vite, no
// Node at run time) under a sub-path, as GitHub Pages serves a project, and a copy saved to disk. In Chromium
// and Firefox: the configurator starts, its preview runs, its snippet's hash is the hash of the file the site
// serves, the downloads are the built files, the blog example upgrades every widget, no request leaves the
// site and nothing goes to the console.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { LANGUAGES } from '../scripts/catalogs.mjs';
import { BROWSERS } from './node-browsers.mjs';

const SITE = new URL('../dist/site/', import.meta.url);
const BUILT = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url));
const ZIP = readFileSync(new URL('../dist/belarus-solidarity-wordpress.zip', import.meta.url));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const PREFIX = '/belarus-solidarity/';

/** Types as a plain static server (nginx's defaults) sends them; no other header. */
const TYPES = { '.html': 'text/html', '.js': 'application/javascript', '.css': 'text/css', '.zip': 'application/zip' };

let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (!path.startsWith(PREFIX)) return response.writeHead(404).end();
    const name = path.slice(PREFIX.length) || 'index.html';
    try {
      response.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(new URL(name, SITE)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

describe('the built site', () => {
  it('holds the pages and the files they use, and nothing else', () => {
    const languages = Object.keys(LANGUAGES);
    assert.deepEqual(
      readdirSync(SITE).sort(),
      ['belarus-solidarity-wordpress.zip', 'belarus-solidarity.js', ...languages.map((code) => `belarus-solidarity.${code}.js`), 'blog.html', 'configurator', 'configurator.js', 'demo.css', 'index.html'].sort(),
    );
    // The configurator's texts: one script per language the widget speaks.
    assert.deepEqual(readdirSync(new URL('configurator/', SITE)).sort(), languages.map((code) => `${code}.js`).sort());
    for (const page of ['index.html', 'blog.html']) {
      const html = readFileSync(new URL(page, SITE), 'utf8');
      // Links to example.org are the examples' join links, not files the page loads.
      assert.doesNotMatch(html, /(src|href)="(\/|\.\.\/|https?:\/\/(?!example\.org))/, `${page} refers only to its own folder`);
    }
  });

  for (const [name, options] of Object.entries(BROWSERS)) {
    describe(`in ${name}`, () => {
      let browser;
      before(async () => {
        browser = await puppeteer.launch({ headless: true, ...options });
      });
      after(() => browser?.close());

      /** Opens a page, recording console errors, page errors and every resource it loaded. */
      async function open(url) {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(String(error)));
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await page.goto(url);
        return { page, problems };
      }

      it('runs the configurator from a plain server under a sub-path', async () => {
        const { page, problems } = await open(`${origin}${PREFIX}`);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        const state = await page.evaluate(() => ({
          snippet: document.getElementById('snippet').textContent,
          download: document.getElementById('download').href,
          zip: document.getElementById('wordpress-download').href,
          preview: !!document.getElementById('widget').shadowRoot?.querySelector('[part~="countdown"]'),
          resources: performance.getEntriesByType('resource').map((entry) => entry.name),
        }));
        assert.ok(state.preview, 'the preview runs');
        assert.equal(state.download, `${origin}${PREFIX}belarus-solidarity.js`);
        const served = Buffer.from(await (await fetch(state.download)).arrayBuffer());
        assert.ok(served.equals(BUILT), 'the download is the built file');
        assert.ok(state.snippet.includes(`integrity="${sha384(served)}"`), 'the snippet has the hash of the file served');
        assert.ok(Buffer.from(await (await fetch(state.zip)).arrayBuffer()).equals(ZIP), 'the plugin is the built zip');

        // A language chosen: that language's file, and the hash of the bytes the site serves for it.
        await page.select('select[name="lang"]', 'lt');
        await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('belarus-solidarity.lt.js'));
        const lithuanian = await page.evaluate(() => ({ snippet: document.getElementById('snippet').textContent, download: document.getElementById('download').href }));
        assert.equal(lithuanian.download, `${origin}${PREFIX}belarus-solidarity.lt.js`);
        const servedLithuanian = Buffer.from(await (await fetch(lithuanian.download)).arrayBuffer());
        assert.ok(servedLithuanian.equals(readFileSync(new URL('../dist/belarus-solidarity.lt.js', import.meta.url))), 'the download is the built file');
        assert.ok(lithuanian.snippet.includes(`integrity="${sha384(servedLithuanian)}"`), 'the snippet has the hash of the file served');

        assert.deepEqual(state.resources.filter((url) => !url.startsWith(`${origin}${PREFIX}`)), []);
        assert.deepEqual(problems, []);
        await page.close();
      });

      it('shows the blog example with every widget upgraded', async () => {
        const { page, problems } = await open(`${origin}${PREFIX}blog.html`);
        await page.waitForFunction(() => [...document.querySelectorAll('belarus-solidarity')].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]')));
        assert.ok((await page.$$('belarus-solidarity')).length >= 2);
        const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
        assert.deepEqual(resources.filter((url) => !url.startsWith(`${origin}${PREFIX}`)), []);
        assert.deepEqual(problems, []);
        await page.close();
      });

      it('gives Wix and Google Sites a snippet whose links open a new tab from the builder’s sandboxed frame', async () => {
        const { page } = await open(`${origin}${PREFIX}`);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        await page.$eval('input[name="join-url"]', (input) => {
          input.value = 'https://example.org/join';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await page.$eval('#script-url', (input, url) => {
          input.value = url;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, `${origin}${PREFIX}belarus-solidarity.js`);
        await page.select('#platform', 'wix');
        await page.waitForFunction(() => document.getElementById('snippet').textContent.startsWith('<base'));
        const snippet = await page.$eval('#snippet', (element) => element.textContent);
        // The builder's page, on another origin, with the frame its "Embed HTML" makes.
        const builder = createServer((request, response) => {
          const frame = `<iframe sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width:400px;height:700px" srcdoc="${snippet.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`;
          response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><body>${frame}</body></html>`);
        });
        await new Promise((resolve) => builder.listen(0, '127.0.0.1', resolve));
        try {
          await page.goto(`http://127.0.0.1:${builder.address().port}/`);
          const frame = await (await page.waitForSelector('iframe')).contentFrame();
          for (const [part, url] of [['join', /^https:\/\/example\.org\/join/], ['calendar-link', /^https:\/\/calendar\.google\.com\//]]) {
            const link = await frame.waitForSelector(`belarus-solidarity >>> [part~="${part}"]`, { timeout: 10_000 });
            // A tab that could not reach the address (there is no network here) shows Firefox's error page for it.
            const address = (target) => (target.url().startsWith('about:neterror') ? new URL(target.url()).searchParams.get('u') : target.url());
            const opened = browser.waitForTarget((target) => url.test(address(target)), { timeout: 10_000 });
            await link.click();
            const tab = await opened;
            (await tab.page())?.close();
          }
        } finally {
          builder.close();
          await page.close();
        }
      });

      it('speaks the language its address asks for, and another at the reader’s word, from a copy saved to disk', async () => {
        const { page, problems } = await open(`${new URL('index.html', SITE).href}?lang=uk`);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        const shown = () => page.evaluate(() => ({ lang: document.documentElement.lang, title: document.querySelector('h1').textContent, hidden: getComputedStyle(document.body).visibility }));
        const ukrainian = await shown();
        assert.equal(ukrainian.lang, 'uk');
        assert.match(ukrainian.title, /[а-яіїєґ]/i);
        assert.equal(ukrainian.hidden, 'visible');
        await page.select('#page-language', 'pl');
        await page.waitForFunction(() => document.documentElement.lang === 'pl');
        const polish = (await shown()).title;
        assert.ok(![ukrainian.title, 'Put the day on your site'].includes(polish), `${polish} is neither the Ukrainian nor the English title`);
        assert.doesNotMatch(polish, /[а-я]/i);
        assert.deepEqual(problems, []);
        await page.close();
      });

      it('keeps the reader’s language in its address, reads Norwegian as Bokmål, and shows English at once without scripts', async () => {
        const { page, problems } = await open(`${origin}${PREFIX}?lang=nn`);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
        await page.select('#page-language', 'de');
        await page.waitForFunction(() => document.documentElement.lang === 'de');
        assert.equal(new URL(page.url()).searchParams.get('lang'), 'de', 'a reload or a link passed on keeps German');
        assert.deepEqual(problems, []);
        await page.close();

        // Scripts are turned off through the DevTools protocol, which Firefox's WebDriver BiDi has no command for.
        if (name !== 'Chromium') return;
        const still = await browser.newPage();
        await still.setJavaScriptEnabled(false);
        await still.goto(`${origin}${PREFIX}`);
        assert.deepEqual(
          await still.evaluate(() => [getComputedStyle(document.body).visibility, document.querySelector('h1').textContent]),
          ['visible', 'Put the day on your site'],
        );
        await still.close();
      });

      it('runs the configurator from a copy saved to disk', async () => {
        const { page, problems } = await open(new URL('index.html', SITE).href);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        const snippet = await page.$eval('#snippet', (element) => element.textContent);
        assert.ok(snippet.includes(`integrity="${sha384(BUILT)}"`));
        // Every file's hash is in the page: a language chosen offline gets its own.
        await page.select('select[name="lang"]', 'uk');
        await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('belarus-solidarity.uk.js'));
        const ukrainian = await page.$eval('#snippet', (element) => element.textContent);
        assert.ok(ukrainian.includes(`integrity="${sha384(readFileSync(new URL('../dist/belarus-solidarity.uk.js', import.meta.url)))}"`));
        assert.ok(await page.$eval('#widget', (widget) => !!widget.shadowRoot?.querySelector('[part~="countdown"]')));
        assert.deepEqual(problems, []);
        await page.close();
      });
    });
  }
});

