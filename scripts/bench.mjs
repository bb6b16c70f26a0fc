// The performance benchmark: the built widget against @github/relative-time-element (format="duration",
// precision="second"), the reference for a live-updating time element, side by side in headless Chromium.
//
// For each element, in a fresh page per run:
//   - upgrade and render 1 and 200 instances: from adding the script (so parsing and running it count) to
//     every instance rendered and laid out;
//   - main-thread time per second of ticking, 20 instances in view, read from the browser's own metrics;
//   - heap per instance: the page's JS and DOM heap after garbage collection, with 200 instances minus
//     with none, over 200.
// Prints the median of each figure over RUNS runs (default 7) and its ratio to the reference.
//
// Then the layout shift a partner's readers see when the widget replaces its fallback: the demo's snippet
// (from the server `npm start` runs, with the height it reserves) pasted into an article column 320, 560
// and 800 px wide, the script arriving after the page has painted. Cumulative Layout Shift, goal below
// 0.005; the same snippet without its reservation rule for comparison.
//
// Usage: npm run bench (builds first). RUNS=15 npm run bench for steadier medians; ONLY=cls npm run bench
// for the layout shift alone. CHROME_PATH overrides
// the browser.
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { createServer as createViteServer } from 'vite';

const RUNS = Number(process.env.RUNS ?? 7);
const TICK_SECONDS = 5;
// What the reference counts down to: the next 4 August, midnight in this machine's zone, always ahead.
const TARGET = (() => {
  const now = new Date();
  for (let year = now.getFullYear(); ; year++) {
    const day = new Date(year, 7, 4);
    if (day > now) return day.toISOString();
  }
})();
// The widget's own clock starts at the tests' fixed instant (never 4 August) and runs on, so it counts
// down, not shows the day's message, whatever day the benchmark runs.
const FIXED_CLOCK = fileURLToPath(new URL('../test/pages/fixed-clock.js', import.meta.url));

const subjects = [
  {
    name: 'belarus-solidarity, card',
    script: readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url), 'utf8'),
    module: false,
    tag: () => '<belarus-solidarity lang="en"></belarus-solidarity>',
  },
  {
    name: 'belarus-solidarity, compact',
    script: readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url), 'utf8'),
    module: false,
    tag: () => '<belarus-solidarity layout="compact" lang="en"></belarus-solidarity>',
  },
  {
    name: 'relative-time (reference)',
    script: readFileSync(new URL('../node_modules/@github/relative-time-element/dist/bundle.js', import.meta.url), 'utf8'),
    module: true,
    tag: () => `<relative-time datetime="${TARGET}" format="duration" precision="second" lang="en"></relative-time>`,
  },
];
const REFERENCE = subjects.at(-1);

/** Resolves once every element on the page has rendered text in its shadow root, then forces layout. */
const RENDERED = `async () => {
  const elements = [...document.querySelectorAll('belarus-solidarity, relative-time')];
  const done = () => elements.every((el) => el.shadowRoot && el.shadowRoot.textContent.trim());
  for (let i = 0; i < 20 && !done(); i++) await Promise.resolve();
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 0));
  document.body.offsetHeight;
}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});

async function freshPage(viewport = { width: 1600, height: 1000 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: FIXED_CLOCK });
  return page;
}

/** Milliseconds from adding the script to `count` instances rendered and laid out. */
async function upgradeAndRender(subject, count) {
  const page = await freshPage();
  try {
    return await page.evaluate(
      async (markup, script, module, rendered) => {
        document.body.innerHTML = markup;
        const start = performance.now();
        const tag = document.createElement('script');
        if (module) tag.type = 'module';
        tag.textContent = script;
        const ran = module ? new Promise((resolve) => (window.__ran = resolve)) : null;
        if (module) tag.textContent += '\nwindow.__ran();';
        document.head.append(tag);
        await ran;
        await (0, eval)(`(${rendered})`)();
        return performance.now() - start;
      },
      subject.tag().repeat(count),
      subject.script,
      subject.module,
      RENDERED,
    );
  } finally {
    await page.close();
  }
}

/** Main-thread milliseconds per second while 20 instances in view tick; script time and all tasks. */
async function tickingCost(subject) {
  const page = await freshPage({ width: 1600, height: 4000 });
  try {
    await page.evaluate((markup) => {
      document.body.innerHTML = `<div style="display:grid;grid-template-columns:repeat(5,300px);gap:8px">${markup}</div>`;
    }, subject.tag().repeat(20));
    await page.addScriptTag({ content: subject.script, type: subject.module ? 'module' : 'text/javascript' });
    await page.evaluate(`(${RENDERED})()`);
    // Every instance must be in view, or the comparison would favour an element that rests out of sight.
    const inView = await page.evaluate(() =>
      [...document.querySelectorAll('belarus-solidarity, relative-time')].every((el) => el.getBoundingClientRect().bottom <= innerHeight),
    );
    if (!inView) throw new Error(`${subject.name}: not every instance is in view`);
    const text = () => page.evaluate(() => document.querySelector('belarus-solidarity, relative-time').shadowRoot.textContent);
    // Let the first render's after-work (garbage collection, image decoding, idle tasks) settle.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    const textBefore = await text();
    await new Promise((resolve) => setTimeout(resolve, TICK_SECONDS * 1000));
    const after = await metrics();
    if ((await text()) === textBefore) throw new Error(`${subject.name}: the display did not change while ticking`);
    const perSecond = (name) => ((after[name] - before[name]) * 1000) / TICK_SECONDS;
    return { script: perSecond('ScriptDuration'), task: perSecond('TaskDuration') };
  } finally {
    await page.close();
  }
}

/** Bytes of JS and DOM heap per instance, after garbage collection. */
async function heapPerInstance(subject) {
  const count = 200;
  const page = await freshPage({ width: 1600, height: 1000 });
  try {
    await page.addScriptTag({ content: subject.script, type: subject.module ? 'module' : 'text/javascript' });
    const session = await page.createCDPSession();
    const used = async () => {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      const heap = await session.send('Runtime.getHeapUsage');
      return heap.usedSize + (heap.embedderHeapUsedSize ?? 0);
    };
    const before = await used();
    await page.evaluate((markup) => {
      document.body.innerHTML = markup;
    }, subject.tag().repeat(count));
    await page.evaluate(`(${RENDERED})()`);
    const after = await used();
    return (after - before) / count;
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const figures = [
  { label: 'upgrade + render, 1 instance (ms)', measure: (s) => upgradeAndRender(s, 1), digits: 2 },
  { label: 'upgrade + render, 200 instances (ms)', measure: (s) => upgradeAndRender(s, 200), digits: 1 },
  { label: 'script per second, 20 ticking (ms)', slow: 'script', digits: 2 },
  { label: 'main thread per second, 20 ticking (ms)', slow: 'task', digits: 2 },
  { label: 'heap per instance (KiB)', measure: async (s) => (await heapPerInstance(s)) / 1024, digits: 1 },
];

const CLS_WIDTHS = [320, 560, 800];
const CLS_LAYOUTS = ['card', 'compact'];
const ARTICLE = '<p>' + 'Civil society in Belarus keeps working under pressure: lawyers, writers and human rights defenders. '.repeat(4) + '</p>';

/** The configurator's snippet for each layout, as `npm start` serves it. */
async function demoSnippets() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const vite = await createViteServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await vite.listen();
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`${vite.resolvedUrls.local[0]}demo/`);
    await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
    const snippets = {};
    for (const layout of CLS_LAYOUTS) {
      snippets[layout] = await page.evaluate(async (layout) => {
        const select = document.querySelector('select[name="layout"]');
        select.value = layout === 'card' ? '' : layout;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        await document.getElementById('widget').updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        return document.getElementById('snippet').textContent;
      }, layout);
    }
    return snippets;
  } finally {
    await page.close();
    await vite.close();
  }
}

/** Cumulative Layout Shift of an article with `snippet` in a `width` px column, the script arriving late. */
async function layoutShift(snippet, width) {
  const bundle = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    </head><body style="margin: 0; font-family: system-ui, sans-serif"><main style="width: ${width}px; margin: 0 20px">
    <h1>4 August</h1>${ARTICLE}${snippet}${ARTICLE.repeat(6)}</main></body></html>`;
  const server = createHttpServer((request, response) => {
    if (request.url === '/') return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    // The script comes late, as on a slow connection, so the fallback is on screen first.
    setTimeout(() => response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle), 400);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: width + 40, height: 800 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector('belarus-solidarity')?.shadowRoot?.querySelector('[part~="countdown"]'), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return await page.evaluate(() => window.cls);
  } finally {
    await page.close();
    server.close();
  }
}

async function printLayoutShift() {
  const snippets = await demoSnippets();
  const cases = [
    ...CLS_LAYOUTS.map((layout) => [`${layout}, demo's snippet`, snippets[layout]]),
    ['card, without the reservation', snippets.card.replace(/<style>[\s\S]*?<\/style>\n/, '')],
  ];
  const rows = [['Cumulative Layout Shift', ...CLS_WIDTHS.map((w) => `${w} px`)]];
  for (const [label, snippet] of cases) {
    const values = [];
    for (const width of CLS_WIDTHS) {
      const runs = [];
      for (let run = 0; run < 3; run++) runs.push(await layoutShift(snippet, width));
      values.push(median(runs).toFixed(4));
      process.stderr.write('.');
    }
    rows.push([label, ...values]);
  }
  process.stderr.write('\n');
  printTable(rows);
  console.log('\nGoal: below 0.005 at each width with the demo\'s snippet.');
}

function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((cell, i) => String(cell)[i ? 'padStart' : 'padEnd'](widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

const results = new Map(subjects.map((s) => [s.name, {}]));
try {
  console.log(`Chromium ${(await browser.version()).replace(/^\D+/, '')}, ${RUNS} runs per figure, medians.\n`);
  if (process.env.ONLY === 'cls') {
    await printLayoutShift();
    await browser.close();
    process.exit(0);
  }
  const tickRuns = Math.max(3, Math.ceil(RUNS / 2));
  const tickCache = new Map();
  for (const figure of figures) {
    const values = new Map(subjects.map((s) => [s.name, []]));
    const runs = figure.slow ? tickRuns : RUNS;
    // Subjects take turns within each run, so a browser warming up or a busy machine weighs on all alike.
    for (let run = 0; run < runs; run++) {
      for (const subject of subjects) {
        if (figure.slow) {
          // Both ticking figures come from the same runs.
          const key = `${subject.name}|${run}`;
          if (!tickCache.has(key)) tickCache.set(key, await tickingCost(subject));
          values.get(subject.name).push(tickCache.get(key)[figure.slow]);
        } else {
          values.get(subject.name).push(await figure.measure(subject));
        }
        process.stderr.write('.');
      }
    }
    for (const subject of subjects) results.get(subject.name)[figure.label] = median(values.get(subject.name));
  }
  process.stderr.write('\n');

  const size = (s) => `${(gzipSync(s.script, { level: 9 }).length / 1024).toFixed(1)}`;
  const rows = [
    ['figure', ...subjects.map((s) => s.name), ...subjects.slice(0, -1).map((s) => `ratio ${s.name.split(', ')[1]}`)],
    ['script file, gzip (KiB)', ...subjects.map(size), ...subjects.slice(0, -1).map((s) => (size(s) / size(REFERENCE)).toFixed(2))],
  ];
  for (const figure of figures) {
    const reference = results.get(REFERENCE.name)[figure.label];
    rows.push([
      figure.label,
      ...subjects.map((s) => results.get(s.name)[figure.label].toFixed(figure.digits)),
      ...subjects.slice(0, -1).map((s) => (results.get(s.name)[figure.label] / reference).toFixed(2)),
    ]);
  }
  printTable(rows);
  console.log('\nA ratio below 1 means less time or memory than the reference.\n');
  await printLayoutShift();
} finally {
  await browser.close();
}
