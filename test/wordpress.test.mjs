// The WordPress plugin, on a real WordPress (Debian's package, MariaDB, PHP's built-in server), used as its
// people use it: an administrator uploads the zip `npm run build` wrote and switches the banner on and off,
// an Author (who may not post scripts) puts the block and the shortcode in posts, visitors open them. In
// Chromium, and the visitor's pages again in Firefox. PHP's log is read at the end: the plugin may not add
// a single notice, warning or deprecation to it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSERS } from './node-browsers.mjs';
import { startWordPress } from './wordpress-site.mjs';

const ZIP = fileURLToPath(new URL('../dist/belarus-solidarity-wordpress.zip', import.meta.url));
const BUILT = readFileSync(new URL('../dist/belarus-solidarity.js', import.meta.url));
const { version: VERSION } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The values the element's own tests paste into every attribute (test/hostile-values.ts), read from there. */
const HOSTILE = new Function(
  `return [${readFileSync(new URL('./hostile-values.ts', import.meta.url), 'utf8').match(/export const HOSTILE = \[([\s\S]*?)\n\];/)[1]}]`,
)();

const POLISH = 'Międzynarodowy Dzień Solidarności z\u00a0Białorusią';
const GERMAN = 'Internationaler Tag der Solidarität mit Belarus';
const ENGLISH = 'International Day of Solidarity with Belarus';

/** What each attribute of the element may hold on the page, whatever was handed in. */
const ALLOWED = {
  layout: /^(card|banner|compact)$/,
  theme: /^(light|dark|auto)$/,
  precision: /^(second|minute|day)$/,
  lang: /^(en|be|ru|uk|pl|lt|lv|et|de|fr|es|it)$/,
  'time-zone': /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/,
  'join-url': /^(https?:\/\/|mailto:|\/)/,
  'join-label': /^[^<>]*$|^.*$/s,
  'show-days-before': /^(\d|[1-9]\d|[12]\d\d|3[0-5]\d|36[0-5])$/,
  'heading-level': /^[1-6]$/,
};

/**
 * PHP's entries that WordPress 6.1 itself logs on PHP 8.2, whatever the plugin does: its login form passes
 * null to trim() and preg_replace(), and asks WordPress.org for languages it cannot reach here.
 */
const CORE_ENTRIES = [
  /PHP Deprecated: {2}preg_replace\(\): Passing null to parameter #3 \(\$subject\) .* in \S+\/wp-includes\/formatting\.php on line 5421$/,
  /PHP Deprecated: {2}trim\(\): Passing null to parameter #1 \(\$string\) .* in \S+\/wp-includes\/pluggable\.php on line 598$/,
  /PHP Warning: {2}An unexpected error occurred\. .* in \S+\/wp-admin\/includes\/translation-install\.php on line 62$/,
];

/** A script for a new page that makes its clock read `instant` (and run on from there). */
const clockAt = (instant) => `{
  const RealDate = Date;
  const shift = Date.parse(${JSON.stringify(instant)}) - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) { args.length ? super(...args) : super(RealDate.now() + shift); }
    static now() { return RealDate.now() + shift; }
  }
  window.Date = new Proxy(ShiftedDate, { apply: () => new ShiftedDate().toString() });
}`;

let site;
let chromium;
let firefox;
let admin;
let author;

/** A page of a new, logged-in session. */
async function logIn(browser, user) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.goto(`${site.origin}/wp-login.php`);
  await page.type('#user_login', user);
  await page.type('#user_pass', 'password');
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  assert.match(page.url(), /\/wp-admin\//, `${user} is logged in`);
  return page;
}

/** Sends a request to WordPress's REST API from a logged-in page, as its own scripts would. */
async function rest(page, route, body, query = '') {
  return page.evaluate(
    async (route, body, query) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch(`/?rest_route=${encodeURIComponent(route)}${query}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
        body: body && JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    route,
    body,
    query,
  );
}

/** A post published by the Author through the REST API, as the block editor saves one. */
async function publish(title, content) {
  const { status, json } = await rest(author, '/wp/v2/posts', { title, content, status: 'publish' });
  assert.equal(status, 201, JSON.stringify(json));
  return json;
}

/**
 * A visitor opens `url`, not logged in, the page's clock at `at` if given. Gives the page, what its
 * console said of errors, and, once every widget on the page has started, what the widgets are.
 */
const visitors = new Map();
async function visit(browser, url, { at } = {}) {
  // One session for all visitors of a browser (none logs in), a new page for each visit, the last one closed.
  if (!visitors.has(browser)) visitors.set(browser, { context: await browser.createBrowserContext(), page: null });
  const visitor = visitors.get(browser);
  await visitor.page?.close();
  const page = (visitor.page = await visitor.context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  if (at) await page.evaluateOnNewDocument(clockAt(at));
  await page.goto(url);
  // Without the script (no widget on the page, or the plugin gone) there is nothing to wait for.
  await page.waitForFunction(
    () =>
      !document.querySelector('script[src*="/belarus-solidarity.js"]') ||
      [...document.querySelectorAll('belarus-solidarity')].every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') || widget.matches(':state(off-season)')),
    { timeout: 10_000 },
  );
  const widgets = await page.$$eval('belarus-solidarity', (all) =>
    all.map((widget) => ({
      attributes: Object.fromEntries([...widget.attributes].map((attribute) => [attribute.name, attribute.value])),
      name: widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') ?? widget.shadowRoot?.querySelector('[part~="heading"] slot')?.textContent ?? null,
      heading: widget.querySelector('[slot="heading"]')?.textContent ?? null,
      join: widget.shadowRoot?.querySelector('[part~="join"]')?.getAttribute('href') ?? null,
      height: widget.getBoundingClientRect().height,
    })),
  );
  const scripts = await page.evaluate(() => ({
    requests: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/belarus-solidarity.js')).length,
    tags: [...document.querySelectorAll('script[src*="/belarus-solidarity.js"]')].map((script) => ({ src: script.src, defer: script.defer })),
    elsewhere: performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin).map((entry) => entry.name),
  }));
  return { page, problems, widgets, scripts };
}

/** Saves the banner's settings through the settings page's own form. */
async function saveBanner(settings) {
  // Saving comes back to the settings page; from anywhere else, go there.
  if (!admin.url().includes('page=belarus-solidarity')) await admin.goto(`${site.origin}/wp-admin/options-general.php?page=belarus-solidarity`);
  await admin.evaluate((settings) => {
    // The server checks every value; the browser's own checks of the form would only hide that.
    document.querySelector('form[action="options.php"]').noValidate = true;
    for (const [name, value] of Object.entries(settings)) {
      const fields = document.querySelectorAll(`[name="belarus_solidarity_banner[${name}]"]`);
      for (const field of fields) {
        if (field.type === 'checkbox') field.checked = value;
        else if (field.type === 'radio') field.checked = field.value === value;
        else if (field.tagName === 'SELECT' && ![...field.options].some((option) => option.value === value)) field.add(new Option(value, value, true, true));
        else field.value = value;
      }
    }
  }, settings);
  await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  return admin.$eval('.wrap', (wrap) => wrap.innerText);
}

/** What a page holds that could run or mislead: scripts in the content, event handlers, links that are not http, https or mailto. */
const dangers = (page) =>
  page.evaluate(() => ({
    hacked: window.hacked ?? null,
    scripts: document.querySelectorAll('main script').length,
    handlers: [...document.body.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.localName} ${attribute.name}`)),
    links: [...document.querySelectorAll('a[href]')].filter((link) => !/^(https?|mailto):$/.test(link.protocol)).map((link) => link.getAttribute('href')),
  }));
const NO_DANGER = { hacked: null, scripts: 0, handlers: [], links: [] };

/** Checks every widget on a page the way a visitor's browser gets it: only the element's attributes, only values it takes. */
function assertSafe(visitResult) {
  for (const widget of visitResult.widgets) {
    for (const [name, value] of Object.entries(widget.attributes)) {
      assert.ok(ALLOWED[name], `no attribute ${name} on the element`);
      assert.match(value, ALLOWED[name], `${name}="${value}"`);
    }
    if (widget.join) assert.match(widget.join, /^(https?:|mailto:)/);
  }
}

before(async () => {
  site = await startWordPress();
  [chromium, firefox] = await Promise.all([puppeteer.launch({ headless: true, ...BROWSERS.Chromium }), puppeteer.launch({ headless: true, ...BROWSERS.Firefox })]);
  [admin, author] = await Promise.all([logIn(chromium, 'admin'), logIn(chromium, 'author')]);
});
after(async () => {
  await Promise.all([chromium?.close(), firefox?.close()]);
  await site?.stop();
});

describe('the WordPress plugin', () => {
  it('has PHP files that parse', () => {
    const dir = new URL('../wordpress/', import.meta.url);
    const files = readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.php'));
    assert.ok(files.length >= 3);
    for (const file of files) execFileSync('php', ['-l', fileURLToPath(new URL(file, dir))], { stdio: 'pipe' });
  });

  it('installs from the zip through WordPress’s upload form, and activates', async () => {
    await admin.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`);
    await (await admin.$('#pluginzip')).uploadFile(ZIP);
    await Promise.all([admin.waitForNavigation({ timeout: 30_000 }), admin.click('#install-plugin-submit')]);
    assert.match(await admin.$eval('.wrap', (wrap) => wrap.innerText), /Plugin installed successfully/);
    await Promise.all([admin.waitForNavigation(), admin.click('.wrap a[href*="action=activate"]')]);
    assert.equal(await admin.$eval('tr[data-plugin="belarus-solidarity/belarus-solidarity.php"]', (row) => row.classList.contains('active')), true);
    // The file the site serves is the built one, byte for byte.
    const served = Buffer.from(await (await fetch(`${site.origin}/wp-content/plugins/belarus-solidarity/belarus-solidarity.js`)).arrayBuffer());
    assert.ok(served.equals(BUILT), 'the plugin serves dist/belarus-solidarity.js');
  });

  it('names the day, where the widget cannot run, as the widget’s own heading does in each language', async () => {
    const { catalogs } = await import('../dist/esm/i18n/index.js');
    const names = JSON.parse(site.php("echo wp_json_encode(belarus_solidarity_day_names(), JSON_UNESCAPED_UNICODE);"));
    assert.deepEqual(names, Object.fromEntries(Object.entries(catalogs).map(([language, catalog]) => [language, catalog.heading])));
  });

  let blockPost;
  it('lets an Author insert the block, set it in the sidebar with the real widget changing, and publish', async () => {
    await author.setViewport({ width: 1400, height: 1000 });
    await author.goto(`${site.origin}/wp-admin/post-new.php`);
    const guide = await author.waitForSelector('.edit-post-welcome-guide button[aria-label^="Close"]', { timeout: 30_000 }).catch(() => null);
    await guide?.click();
    await author.type('.editor-post-title__input, h1[aria-label="Add title"]', 'Solidarity with Belarus');

    await author.click('button[aria-label="Toggle block inserter"]');
    await author.waitForSelector('.block-editor-inserter__search input');
    await author.type('.block-editor-inserter__search input', 'solidarity', { delay: 20 });
    const item = await author.waitForSelector('::-p-xpath(//button[contains(@class,"block-editor-block-types-list__item")][.//span[text()="Belarus solidarity countdown"]])');
    await item.click();
    // The inserter stays open in the settings sidebar's place: close it, and open the sidebar if it is shut.
    await author.click('.edit-post-header-toolbar__inserter-toggle');
    await author.$eval('button[aria-label="Settings"]', (button) => button.getAttribute('aria-expanded') === 'false' && button.click());
    await author.waitForSelector('.block-editor-block-inspector');

    const editorWidget = () =>
      author.evaluate(() => {
        const widget = document.querySelector('.editor-styles-wrapper belarus-solidarity');
        const base = widget?.shadowRoot?.querySelector('[part~="base"]');
        return base && { layout: widget.getAttribute('layout'), name: base.getAttribute('aria-label') ?? widget.shadowRoot.querySelector('[part~="heading"] slot').textContent };
      });
    await author.waitForFunction(() => document.querySelector('.editor-styles-wrapper belarus-solidarity')?.shadowRoot?.querySelector('[part~="base"]'));
    assert.deepEqual(await editorWidget(), { layout: null, name: ENGLISH });

    const choose = async (label, value) => {
      const id = await author.$eval(`::-p-xpath(//label[text()="${label}"])`, (element) => element.htmlFor);
      await author.select(`#${id}`, value);
    };
    await choose('Layout', 'compact');
    await author.waitForFunction(() => document.querySelector('.editor-styles-wrapper belarus-solidarity')?.getAttribute('layout') === 'compact');
    assert.deepEqual(await editorWidget(), { layout: 'compact', name: ENGLISH });
    await choose('Language', 'pl');
    await author.waitForFunction((polish) => document.querySelector('.editor-styles-wrapper belarus-solidarity')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-label') === polish, {}, POLISH);

    await author.click('.editor-post-publish-panel__toggle');
    await author.click('.editor-post-publish-panel .editor-post-publish-button');
    await author.waitForSelector('.post-publish-panel__postpublish', { timeout: 30_000 });
    blockPost = await author.evaluate(() => ({ link: wp.data.select('core/editor').getPermalink(), id: wp.data.select('core/editor').getCurrentPostId() }));

    const visitor = await visit(chromium, blockPost.link);
    assert.deepEqual(
      visitor.widgets.map(({ attributes, name }) => ({ attributes, name })),
      [{ attributes: { layout: 'compact', lang: 'pl' }, name: POLISH }],
    );
    assert.equal(visitor.scripts.requests, 1);
    assert.deepEqual(visitor.scripts.tags, [{ src: `${site.origin}/wp-content/plugins/belarus-solidarity/belarus-solidarity.js?ver=${VERSION}`, defer: true }]);
    assert.deepEqual(visitor.scripts.elsewhere, []);
    assert.deepEqual(visitor.problems, []);
  });

  let shortcodePost;
  it('gives two widgets from two shortcodes in a classic post, with one script', async () => {
    shortcodePost = await publish(
      'Two widgets',
      '<p>Before.</p>\n[belarus_solidarity layout="compact" lang="de" join_url="https://example.org/join?a=1&b=2"]\n<p>Between.</p>\n[belarus_solidarity theme="dark" precision="day" heading="Vigil in Vilnius" show-days-before="365"]',
    );
    const visitor = await visit(chromium, shortcodePost.link);
    assert.deepEqual(
      visitor.widgets.map(({ attributes, name, heading, join }) => ({ attributes, name, heading, join })),
      [
        { attributes: { layout: 'compact', lang: 'de', 'join-url': 'https://example.org/join?a=1&b=2' }, name: GERMAN, heading: null, join: 'https://example.org/join?a=1&b=2' },
        { attributes: { theme: 'dark', precision: 'day', 'show-days-before': '365' }, name: ENGLISH, heading: 'Vigil in Vilnius', join: null },
      ],
    );
    assert.equal(visitor.scripts.requests, 1);
    assert.equal(visitor.scripts.tags.length, 1);
    assert.deepEqual(visitor.problems, []);
    // A page with no widget does not load the script.
    const plain = await visit(chromium, `${site.origin}/?page_id=2`);
    assert.deepEqual(plain.widgets, []);
    assert.equal(plain.scripts.requests, 0);
  });

  it('shows the banner on every page while it is on, on its schedule, and nowhere once it is off', async () => {
    assert.match(await saveBanner({ enabled: true, schedule: 'always', theme: 'dark', lang: 'de', 'join-url': 'https://example.org/join' }), /Settings saved/);
    for (const url of [`${site.origin}/`, `${site.origin}/?page_id=2`, shortcodePost.link]) {
      const visitor = await visit(chromium, url);
      const banner = visitor.widgets.find((widget) => widget.attributes.layout === 'banner');
      assert.deepEqual(banner && { attributes: banner.attributes, name: banner.name }, {
        attributes: { layout: 'banner', theme: 'dark', lang: 'de', 'join-url': 'https://example.org/join' },
        name: GERMAN,
      }, url);
      assert.equal(await visitor.page.evaluate(() => document.body.querySelector(':scope > belarus-solidarity') === document.querySelector('belarus-solidarity')), true, 'at the top');
      assert.equal(visitor.scripts.requests, 1);
      assert.deepEqual(visitor.problems, []);
    }

    await saveBanner({ position: 'bottom', schedule: 'days', 'show-days-before': '7' });
    const offSeason = await visit(chromium, `${site.origin}/?page_id=2`, { at: '2026-07-01T12:00:00Z' });
    assert.deepEqual(offSeason.widgets.map(({ attributes, height }) => ({ attributes, height })), [
      { attributes: { layout: 'banner', theme: 'dark', lang: 'de', 'join-url': 'https://example.org/join', 'show-days-before': '7' }, height: 0 },
    ]);
    const inSeason = await visit(chromium, `${site.origin}/?page_id=2`, { at: '2026-08-01T12:00:00Z' });
    assert.ok(inSeason.widgets[0].height > 50, 'shown in the week before the day');
    assert.equal(
      await inSeason.page.evaluate(() => !!(document.querySelector('.wp-site-blocks').compareDocumentPosition(document.querySelector('belarus-solidarity')) & Node.DOCUMENT_POSITION_FOLLOWING)),
      true,
      'at the bottom',
    );
    // Until the script runs, the banner on a schedule shows nothing, not a fallback that would come and go.
    const html = await (await fetch(`${site.origin}/?page_id=2`)).text();
    assert.match(html, /<style id='belarus-solidarity-schedule-inline-css'>\s*belarus-solidarity\[show-days-before\]:not\(:defined\)\{display:none\}/);
    assert.ok(html.indexOf('belarus-solidarity-schedule-inline-css') < html.indexOf('<belarus-solidarity '), 'the rule comes before the banner');

    await saveBanner({ enabled: false });
    for (const url of [`${site.origin}/`, `${site.origin}/?page_id=2`]) {
      const visitor = await visit(chromium, url);
      assert.equal(visitor.widgets.filter((widget) => widget.attributes.layout === 'banner').length, 0, url);
    }
    const plain = await visit(chromium, `${site.origin}/?page_id=2`);
    assert.equal(plain.scripts.requests, 0);
  });

  let hostilePost;
  it('lets no hostile value through the block or the shortcode saved by an Author', async () => {
    const names = ['layout', 'theme', 'lang', 'timeZone', 'joinUrl', 'joinLabel', 'precision', 'showDaysBefore', 'headingLevel', 'heading', 'message'];
    const attribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const blocks = HOSTILE.map((value) => {
      // As WordPress writes a block's attributes into its comment: <, >, & and quotes escaped.
      const json = JSON.stringify(Object.fromEntries(names.map((name) => [name, value]))).replace(/[<>&]|\\"/g, (c) => ({ '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\\"': '\\u0022' })[c]);
      const inner = ['join-url', 'layout', 'lang', 'time-zone', 'show-days-before', 'onclick', 'style'].map((name) => ` ${name}="${attribute(value)}"`).join('');
      return `<!-- wp:belarus-solidarity/countdown ${json} --><belarus-solidarity${inner} onmouseover="window.hacked=1"><script>window.hacked=1</script><img src=x onerror="window.hacked=1"><a href="${attribute(value)}">x</a></belarus-solidarity><!-- /wp:belarus-solidarity/countdown -->`;
    });
    const shortcodes = HOSTILE.map(
      (value) => `[belarus_solidarity ${['layout', 'theme', 'lang', 'time_zone', 'join_url', 'join_label', 'precision', 'show_days_before', 'heading_level', 'heading', 'message'].map((name) => `${name}="${value}"`).join(' ')}]`,
    );
    hostilePost = await publish('Hostile', [...blocks, ...shortcodes].join('\n'));

    // What WordPress kept of what the Author saved, read as a browser reads HTML: no script, no handler, no
    // unsafe link, and on the element no attribute it does not take, no value it does not take.
    const { json: stored } = await rest(author, `/wp/v2/posts/${hostilePost.id}`, undefined, '&context=edit');
    const kept = await author.evaluate((raw) => {
      const saved = new DOMParser().parseFromString(raw, 'text/html');
      const all = [...saved.body.querySelectorAll('*')];
      return {
        widgets: saved.querySelectorAll('belarus-solidarity').length,
        scripts: saved.querySelectorAll('script').length,
        handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)),
        links: [...saved.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')).filter((href) => /^\s*[a-z]+script:/i.test(href)),
        attributes: [...saved.querySelectorAll('belarus-solidarity')].flatMap((widget) => [...widget.attributes].map((attribute) => [attribute.name, attribute.value])),
      };
    }, stored.content.raw);
    assert.ok(kept.widgets > 0, 'the elements stay where their markup is whole');
    assert.deepEqual({ scripts: kept.scripts, handlers: kept.handlers, links: kept.links }, { scripts: 0, handlers: [], links: [] });
    for (const [name, value] of kept.attributes) assert.match(value, ALLOWED[name] ?? /^$(?!)/, `${name}="${value}" kept`);

    const visitor = await visit(chromium, hostilePost.link);
    assert.equal(visitor.widgets.length, HOSTILE.length * 2);
    assertSafe(visitor);
    assert.deepEqual(await dangers(visitor.page), NO_DANGER);
    // Text stays text: a heading that looks like markup (as WordPress's filter kept it, without its handler)
    // is shown as written, not as an image.
    assert.ok(visitor.widgets.some((widget) => widget.heading === '<img src="x">'), JSON.stringify(visitor.widgets.map((widget) => widget.heading)));
    assert.deepEqual(visitor.problems, []);
  });

  it('lets no hostile value through the banner’s settings, and says which it refused', async () => {
    for (const value of HOSTILE) {
      const page = await saveBanner({
        enabled: true,
        schedule: 'always',
        ...Object.fromEntries(['position', 'theme', 'lang', 'time-zone', 'join-url', 'join-label', 'precision', 'heading-level', 'heading', 'message'].map((name) => [name, value])),
      });
      if (value === 'javascript:window.hacked=1') assert.match(page, /Join link: “javascript:window\.hacked=1” is not a value the banner can use/);
      const visitor = await visit(chromium, `${site.origin}/?page_id=2`);
      assert.equal(visitor.widgets.length, 1, JSON.stringify(value));
      assertSafe(visitor);
      assert.deepEqual(await dangers(visitor.page), NO_DANGER);
      assert.deepEqual(visitor.problems, []);
    }
    await saveBanner({ enabled: true, schedule: 'always', theme: 'light', lang: '', 'join-url': '', 'join-label': '', heading: '', message: '' });
  });

  it('works for the visitor in Firefox: the block, two shortcodes and the banner', async () => {
    const block = await visit(firefox, blockPost.link);
    assert.deepEqual(
      block.widgets.filter((widget) => widget.attributes.layout !== 'banner').map(({ attributes, name }) => ({ attributes, name })),
      [{ attributes: { layout: 'compact', lang: 'pl' }, name: POLISH }],
    );
    assert.equal(block.widgets.filter((widget) => widget.attributes.layout === 'banner').length, 1);
    const shortcodes = await visit(firefox, shortcodePost.link);
    assert.deepEqual(
      shortcodes.widgets.map(({ name, join }) => ({ name, join })),
      [
        { name: ENGLISH, join: null },
        { name: GERMAN, join: 'https://example.org/join?a=1&b=2' },
        { name: ENGLISH, join: null },
      ],
    );
    for (const visitor of [block, shortcodes]) {
      assert.equal(visitor.scripts.requests, 1);
      assert.deepEqual(visitor.problems, []);
    }
  });

  it('leaves each post its fallback when the plugin is deactivated', async () => {
    await admin.goto(`${site.origin}/wp-admin/plugins.php`);
    await Promise.all([admin.waitForNavigation(), admin.click('tr[data-plugin="belarus-solidarity/belarus-solidarity.php"] .deactivate a')]);

    const html = await (await fetch(blockPost.link)).text();
    assert.match(html, new RegExp(`<belarus-solidarity layout="compact" lang="pl"><strong>${POLISH}</strong></belarus-solidarity>`));
    assert.doesNotMatch(html, /wp:belarus-solidarity|belarus-solidarity\.js/);
    const visitor = await visit(chromium, blockPost.link);
    assert.match(await visitor.page.$eval('main', (main) => main.innerText), new RegExp(POLISH));

    const hostile = await visit(chromium, hostilePost.link);
    assert.deepEqual(await dangers(hostile.page), NO_DANGER);
  });

  it('leaves nothing behind when it is deleted', async () => {
    assert.equal(site.sql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name LIKE 'belarus%'").trim(), '1');
    admin.once('dialog', (dialog) => dialog.accept());
    await admin.click('tr[data-plugin="belarus-solidarity/belarus-solidarity.php"] .delete a');
    await admin.waitForFunction(() => !document.querySelector('tr[data-plugin="belarus-solidarity/belarus-solidarity.php"]') || /deleted/.test(document.querySelector('tr[data-plugin="belarus-solidarity/belarus-solidarity.php"]').innerText), { timeout: 30_000 });
    assert.equal(site.sql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name LIKE 'belarus%'").trim(), '0');
  });

  it('added nothing to PHP’s log', () => {
    const entries = site.errors().split('\n').filter(Boolean).map((line) => line.replace(/^\[[^\]]+\] /, ''));
    assert.deepEqual(entries.filter((entry) => !CORE_ENTRIES.some((core) => core.test(entry))), []);
  });
});
