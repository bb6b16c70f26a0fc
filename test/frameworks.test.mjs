// The package as a framework project gets it: `npm pack`'s tarball, unpacked into an app's node_modules.
// A React 19 app must type-check against its typings (one type import, every option, the solidarity-day
// handler), fail to type-check with a wrong value, build with Vite and run in a browser. Preact, Solid
// and Vue apps (Vue's with vue-tsc, over a template) must type-check the same way, and a project with no
// framework at all must type-check with the package alone: typings for one framework must never reach a
// project that does not use it.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'belarus-solidarity-apps-'));
let tarball;

before(() => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  tarball = join(work, pack.filename);
});
after(() => rmSync(work, { recursive: true, force: true }));

/**
 * An app folder with the tarball unpacked as node_modules/belarus-solidarity and, beside it, only the named
 * packages of this project's own node_modules (so a project without React has no React types anywhere).
 */
function app(name, files, packages) {
  const dir = join(work, name);
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'belarus-solidarity'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'belarus-solidarity'), '--strip-components=1']);
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit', 'typescript', ...packages]) {
    const target = join(modules, pkg);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', pkg), target);
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** tsc over the app, every .d.ts checked too (no skipLibCheck): the errors, or '' when it type-checks. */
function typeCheck(dir, compilerOptions) {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [], ...compilerOptions },
      include: ['*.ts', '*.tsx'],
    }),
  );
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stdout + result.stderr;
}

const REACT_APP = `import 'belarus-solidarity/define';
import type {} from 'belarus-solidarity/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [days, setDays] = useState(0);
  return (
    <main>
      <belarus-solidarity
        id="widget"
        join-url="https://example.org/join"
        join-label="Join us"
        time-zone="Europe/Minsk"
        theme="dark"
        layout="banner"
        heading-level={3}
        show-days-before={365}
        precision="minute"
        lang="de"
        onsolidarity-day={(event: CustomEvent<null>) => setDays((n) => n + (event.type === 'solidarity-day' ? 1 : 0))}
      >
        <span slot="heading">Solidarität mit Belarus in Berlin</span>
        <p slot="message">Mahnwache, 4. August, 18 Uhr</p>
      </belarus-solidarity>
      <output id="days">{days}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

describe('the packed package in a React 19 app', () => {
  let dir;
  before(() => {
    dir = app('react', { 'main.tsx': REACT_APP }, ['react', 'react-dom', 'scheduler', '@types/react', '@types/react-dom', 'csstype']);
  });

  it('type-checks with one type import, every option and the solidarity-day handler', () => {
    assert.equal(typeCheck(dir, { jsx: 'react-jsx' }), '');
  });

  it('fails to type-check a wrong value, naming it', () => {
    const bad = app('react-bad', { 'main.tsx': REACT_APP.replace('layout="banner"', 'layout="sideways"') }, ['react', 'react-dom', '@types/react', '@types/react-dom', 'csstype']);
    const errors = typeCheck(bad, { jsx: 'react-jsx' });
    assert.match(errors, /main\.tsx\(\d+,\d+\): error TS2322: Type '"sideways"' is not assignable/);
  });

  it('builds and runs in a browser: every option reaches the widget, and solidarity-day reaches React', async () => {
    // The page's clock starts two seconds before 4 August in Minsk and runs on.
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React app</title><link rel="icon" href="data:,">
       <script>{ const start = Date.parse('2026-08-03T23:59:58+03:00'); const began = performance.now(); Date.now = () => start + Math.floor(performance.now() - began); }</script>
       </head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>`,
    );
    await build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: join(dir, 'out'), emptyOutDir: true } });
    const out = join(dir, 'out');
    const server = createServer((request, response) => {
      const path = request.url === '/' ? '/index.html' : request.url;
      try {
        const body = readFileSync(join(out, path));
        response.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({
      headless: true,
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => document.getElementById('widget')?.shadowRoot?.querySelector('[part~="base"]'));
      const seen = await page.evaluate(() => {
        const el = document.getElementById('widget');
        const shadow = el.shadowRoot;
        return {
          options: [el.joinUrl, el.joinLabel, el.timeZone, el.theme, el.layout, el.headingLevel, el.showDaysBefore, el.precision, el.lang],
          heading: shadow.querySelector('[part~="heading"]').getAttribute('aria-level'),
          language: shadow.querySelector('[part~="base"]').lang,
          // To the minute: no seconds shown (the part is there, empty, without a box).
          secondsShown: shadow.querySelector('[part~="seconds"]')?.getClientRects().length ?? 0,
          slotted: [...el.children].map((child) => child.assignedSlot?.name),
        };
      });
      assert.deepEqual(seen, {
        options: ['https://example.org/join', 'Join us', 'Europe/Minsk', 'dark', 'banner', 3, 365, 'minute', 'de'],
        heading: '3',
        language: 'de',
        secondsShown: 0,
        slotted: ['heading', 'message'],
      });
      // At midnight in Minsk the day comes: React's handler counts the event once.
      await page.waitForFunction(() => document.getElementById('days').textContent === '1', { timeout: 10_000 });
      assert.ok(await page.evaluate(() => document.getElementById('widget').matches(':state(today)')));
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});

describe('the packed package elsewhere', () => {
  it('type-checks in a project with no framework, which never sees React, Preact, Solid or Vue', () => {
    const dir = app(
      'plain',
      {
        'main.ts': `import { BelarusSolidarity, LAYOUTS, type Precision } from 'belarus-solidarity';
import 'belarus-solidarity/define';
const el = document.createElement('belarus-solidarity') as BelarusSolidarity;
const precision: Precision = 'day';
el.precision = precision;
el.layout = LAYOUTS[2];
el.showDaysBefore = 7;
document.body.append(el);
`,
      },
      [],
    );
    assert.equal(typeCheck(dir, {}), '');
    assert.deepEqual(readdirSync(join(dir, 'node_modules')).sort(), ['@lit', 'belarus-solidarity', 'lit', 'lit-element', 'lit-html', 'typescript']);
  });

  const PREACT_APP = `import type {} from 'belarus-solidarity/preact';
import { render } from 'preact';
render(<belarus-solidarity join-url="https://example.org/" layout="compact" precision="day" show-days-before={7} onsolidarity-day={(e: CustomEvent<null>) => e.preventDefault()} />, document.body);
`;
  it('type-checks in Preact, and a wrong value does not', () => {
    const dir = app('preact', { 'main.tsx': PREACT_APP }, ['preact']);
    assert.equal(typeCheck(dir, { jsx: 'react-jsx', jsxImportSource: 'preact' }), '');
    const bad = app('preact-bad', { 'main.tsx': PREACT_APP.replace('precision="day"', 'precision="hour"') }, ['preact']);
    assert.match(typeCheck(bad, { jsx: 'react-jsx', jsxImportSource: 'preact' }), /error TS2322: Type '"hour"' is not assignable/);
  });

  const SOLID_APP = `import type {} from 'belarus-solidarity/solid';
export const widget = () => <belarus-solidarity join-url="https://example.org/" theme="auto" heading-level={3} on:solidarity-day={(e: CustomEvent<null>) => e.preventDefault()} />;
`;
  it('type-checks in Solid, and a wrong value does not', () => {
    const dir = app('solid', { 'main.tsx': SOLID_APP }, ['solid-js', 'csstype', 'seroval', 'seroval-plugins']);
    assert.equal(typeCheck(dir, { jsx: 'preserve', jsxImportSource: 'solid-js' }), '');
    const bad = app('solid-bad', { 'main.tsx': SOLID_APP.replace('theme="auto"', 'theme="neon"') }, ['solid-js', 'csstype', 'seroval', 'seroval-plugins']);
    assert.match(typeCheck(bad, { jsx: 'preserve', jsxImportSource: 'solid-js' }), /error TS2322: Type '"neon"' is not assignable/);
  });
});

describe('the packed package in a Vue 3 app', () => {
  const APP = `<script setup lang="ts">
import type {} from 'belarus-solidarity/vue';
const joinUrl = 'https://example.org/';
const onDay = (event: CustomEvent<null>) => event.preventDefault();
</script>

<template>
  <belarus-solidarity :join-url="joinUrl" join-label="Join us" layout="banner" :heading-level="3" precision="minute" @solidarity-day="onDay" />
</template>
`;
  /** vue-tsc, which type-checks templates, over the app: the errors, or '' when it type-checks. */
  const vueCheck = (name, source) => {
    const dir = app(name, { 'App.vue': source, 'env.d.ts': "declare module '*.vue' { const c: import('vue').DefineComponent; export default c; }\n" }, ['vue', '@vue', 'csstype']);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [], jsx: 'preserve' },
        include: ['*.ts', '*.vue'],
      }),
    );
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', dir], { encoding: 'utf8' });
    return result.status === 0 ? '' : result.stdout + result.stderr;
  };

  it('type-checks a template with the widget, and a wrong value in it does not', () => {
    assert.equal(vueCheck('vue', APP), '');
    assert.match(vueCheck('vue-bad', APP.replace('layout="banner"', 'layout="sideways"')), /App\.vue\(\d+,\d+\): error TS2322: Type '"sideways"' is not assignable/);
    // A hyphenated attribute is checked too: Vue matches it to the camelized property.
    assert.match(vueCheck('vue-bad-level', APP.replace(':heading-level="3"', ':heading-level="\'3\'"')), /App\.vue\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });
});

describe('the packed package in editors', () => {
  let pkg;
  let read;
  before(() => {
    const dir = app('editors', {}, []);
    const base = join(dir, 'node_modules/belarus-solidarity');
    read = (path) => JSON.parse(readFileSync(join(base, path), 'utf8'));
    pkg = read('package.json');
  });

  it('gives JetBrains web-types, named in package.json: attributes with their values, slots and events', () => {
    const element = read(pkg['web-types']).contributions.html.elements.find((e) => e.name === 'belarus-solidarity');
    const attributes = Object.fromEntries(element.attributes.map((a) => [a.name, a.value?.type]));
    assert.deepEqual(Object.keys(attributes).sort(), ['heading-level', 'join-label', 'join-url', 'lang', 'layout', 'precision', 'show-days-before', 'theme', 'time-zone']);
    assert.equal(attributes.layout, "'card' | 'banner' | 'compact'");
    assert.equal(attributes.precision, "'second' | 'minute' | 'day'");
    assert.deepEqual(element.slots.map((s) => s.name).sort(), ['heading', 'message']);
    assert.deepEqual(element.events.map((e) => e.name), ['solidarity-day']);
  });

  it('gives VS Code custom data, as package exports: attribute values, parts and custom properties', () => {
    const html = read(pkg.exports['./vscode.html-custom-data.json']);
    const tag = html.tags.find((t) => t.name === 'belarus-solidarity');
    const values = Object.fromEntries(tag.attributes.map((a) => [a.name, (a.values ?? []).map((v) => v.name)]));
    assert.deepEqual(values.theme, ['light', 'dark', 'auto']);
    assert.deepEqual(values.layout, ['card', 'banner', 'compact']);
    const css = read(pkg.exports['./vscode.css-custom-data.json']);
    assert.ok(css.pseudoElements.some((p) => p.name === '::part(message)'));
    assert.ok(css.properties.some((p) => p.name === '--solidarity-accent'));
  });
});
