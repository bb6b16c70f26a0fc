// The build gives Lit's documented behaviour: an element with ordinary reactive properties (an attribute
// property and a `state: true` field, with the accessors Lit makes), built by this project's own Vite
// configuration with its two patches of Lit (no globals, the widget's own Trusted Types policy), renders and
// updates in Chromium as Lit's documentation says. A build step that changed what Lit does, not only its
// bytes, fails here.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSERS } from './node-browsers.mjs';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROBE = `import { LitElement, html } from 'lit';
class LitProbe extends LitElement {
  static properties = { label: {}, count: { state: true } };
  constructor() { super(); this.label = 'start'; this.count = 0; }
  render() { return html\`<button @click=\${() => this.count++}>\${this.label} \${this.count}</button>\`; }
}
customElements.define('lit-probe', LitProbe);
`;

let dir;
let bundle;
let browser;
before(async () => {
  // Inside the project, so that the probe imports the project's own Lit.
  dir = mkdtempSync(join(root, 'node_modules', '.lit-as-shipped-'));
  writeFileSync(join(dir, 'probe.js'), PROBE);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dir, lib: { entry: join(dir, 'probe.js'), formats: ['iife'], name: 'Probe', fileName: () => 'probe.bundle.js' } },
  });
  bundle = readFileSync(join(dir, 'probe.bundle.js'), 'utf8');
  browser = await puppeteer.launch({ headless: true, ...BROWSERS.Chromium });
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('builds an element with ordinary reactive properties that renders and updates as Lit documents', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setContent('<!doctype html><lit-probe></lit-probe>');
  await page.addScriptTag({ content: bundle });
  const text = () => page.$eval('lit-probe', (probe) => probe.shadowRoot.querySelector('button').textContent);
  await page.waitForFunction(() => document.querySelector('lit-probe')?.shadowRoot?.querySelector('button'));
  assert.equal(await text(), 'start 0');
  // A property set from outside, through the accessor Lit made, and a state changed by the element itself.
  await page.$eval('lit-probe', (probe) => {
    probe.label = 'set';
  });
  await page.$eval('lit-probe', (probe) => probe.shadowRoot.querySelector('button').click());
  await page.$eval('lit-probe', (probe) => probe.updateComplete);
  assert.equal(await text(), 'set 1');
  assert.deepEqual(errors, []);
  // The patches still hold: no global of Lit's on the page.
  assert.deepEqual(
    await page.evaluate(() => ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'].filter((name) => name in window)),
    [],
  );
  await page.close();
});
