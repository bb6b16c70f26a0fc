// The path a new partner takes: `npm start`, the configurator, the snippet, their own page. This runs the
// server `npm start` runs (Vite's, with the project's config), opens the demo in Chromium and Firefox,
// downloads the file as the demo offers it, serves it from a plain server as a partner's host would
// (text/javascript, no charset) and pastes the snippet into a plain page: the widget must run there, which
// it only does if the integrity hash is the hash of the bytes served.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSERS } from './node-browsers.mjs';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A partner's host: one page and one script file, served as nginx serves them by default. */
function partnerHost(files) {
  const server = createHttpServer((request, response) => {
    const file = files[request.url];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.type }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let vite;
let origin;

before(async () => {
  vite = await createServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await vite.listen();
  origin = vite.resolvedUrls.local[0].replace(/\/$/, '');
});
after(() => vite?.close());

describe('npm start', () => {
  it('opens the demo at the front page and serves the built file byte for byte', async () => {
    const front = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(front.status, 302);
    assert.equal(front.headers.get('location'), '/demo/');
    const served = Buffer.from(await (await fetch(`${origin}/dist/belarus-solidarity.js`)).arrayBuffer());
    assert.equal(served.length, built.length);
    assert.ok(served.equals(built), 'the dev server changes nothing in the file');
  });

  for (const [name, options] of Object.entries(BROWSERS)) {
    describe(`in ${name}`, () => {
      let browser;
      before(async () => {
        browser = await puppeteer.launch({ headless: true, ...options });
      });
      after(() => browser?.close());

      it('gives a snippet that runs where a partner pastes it, with the file downloaded from the demo', async () => {
        const demo = await browser.newPage();
        const problems = [];
        demo.on('pageerror', (error) => problems.push(String(error)));
        demo.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await demo.goto(`${origin}/demo/`);
        await demo.waitForSelector('html[data-ready]', { timeout: 15_000 });
        const { snippet, download } = await demo.evaluate(() => ({
          snippet: document.getElementById('snippet').textContent,
          download: document.getElementById('download').href,
        }));
        const file = Buffer.from(await demo.evaluate(async (url) => [...new Uint8Array(await (await fetch(url)).arrayBuffer())], download));
        assert.ok(file.equals(built), 'the download is the built file');
        assert.match(snippet, /src="\/js\/belarus-solidarity\.js"/);
        assert.ok(snippet.includes(`integrity="${sha384(file)}"`), 'the hash is of the downloaded bytes');
        assert.deepEqual(problems, []);

        const host = await partnerHost({
          '/': { type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body><main><p>Text before.</p>${snippet}<p>Text after.</p></main></body></html>` },
          '/js/belarus-solidarity.js': { type: 'text/javascript', body: file },
        });
        try {
          const blog = await browser.newPage();
          await blog.goto(`http://127.0.0.1:${host.address().port}/`);
          await blog.waitForFunction(() => document.querySelector('belarus-solidarity')?.shadowRoot?.querySelector('[part~="countdown"]'), { timeout: 15_000 });
          const heading = await blog.evaluate(() => document.querySelector('belarus-solidarity').shadowRoot.querySelector('[part~="heading"]').textContent);
          assert.equal(heading, 'International Day of Solidarity with Belarus');
        } finally {
          host.close();
        }
        await demo.close();
      });

      it('shows the blog page with every widget upgraded and no console error', async () => {
        const blog = await browser.newPage();
        const problems = [];
        blog.on('pageerror', (error) => problems.push(String(error)));
        blog.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await blog.goto(`${origin}/demo/blog.html`);
        await blog.waitForFunction(
          () => [...document.querySelectorAll('belarus-solidarity')].every((w) => w.shadowRoot?.querySelector('[part~="countdown"]')),
          { timeout: 15_000 },
        );
        const languages = await blog.evaluate(() =>
          [...document.querySelectorAll('belarus-solidarity')].map((w) => w.shadowRoot.querySelector('[part~="base"]').lang),
        );
        assert.deepEqual(languages, ['pl', 'be', 'pl', 'lt', 'en']);
        assert.deepEqual(problems, []);
        await blog.close();
      });
    });
  }
});
