// Runs every test in Chromium, Firefox ESR and WebKitGTK, the browsers Debian packages, with the time zone
// pinned so no result depends on the machine. The files in test/preferences/ run again in browsers started
// with a visitor's settings (dark scheme and reduced motion; forced colors; Polish as the browser's language),
// which only a browser's start-up can set in all engines. BROWSERS=chromium,firefox narrows a run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

/** The visitor's zone in every test browser: far from UTC, with DST, in the southern hemisphere. */
const VISITOR_TIME_ZONE = 'Pacific/Auckland';

/**
 * How each engine is told a visitor's settings at start-up: Chromium by flags, Firefox by preferences,
 * WebKitGTK by the GTK theme and settings in its environment.
 */
const SETTINGS = {
  none: { chromium: [], firefox: {}, gtk: {} },
  'dark, reduced motion': {
    chromium: ['--force-dark-mode', '--force-prefers-reduced-motion'],
    firefox: { 'ui.systemUsesDarkTheme': 1, 'ui.prefersReducedMotion': 1 },
    gtk: { theme: 'Adwaita:dark', settings: 'gtk-enable-animations=0\n' },
  },
  // A browser whose language is Polish: what navigator.languages and Accept-Language say.
  Polish: {
    chromium: ['--lang=pl', '--accept-lang=pl'],
    firefox: { 'intl.accept_languages': 'pl' },
    gtk: { language: 'pl_PL' },
  },
  // WebKitGTK has no forced-colors mode to start it in.
  'forced colors': {
    chromium: ['--force-high-contrast'],
    firefox: { 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 },
    gtk: null,
  },
};

/** The policy a cautious partner sends: nothing but scripts and styles from the page's own origin. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

/**
 * Response headers the test pages get as a partner's server would send them: policies as real headers (a
 * <meta> policy is weaker: it cannot be set before the document starts), legacy page encodings, and the
 * widget's file without a charset, as nginx and Apache serve a .js file by default.
 */
const PAGE_HEADERS = {
  '/test/pages/strict-csp.html': { 'Content-Security-Policy': STRICT_CSP },
  // The README's directive, and the same with the policy of the page's own Lit beside it.
  '/test/pages/trusted-types.html': { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types belarus-solidarity" },
  '/test/pages/trusted-types-two-lits.html': {
    'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types lit-html belarus-solidarity",
  },
  '/test/pages/windows-1251.html': { 'Content-Type': 'text/html; charset=windows-1251' },
  '/test/pages/iso-8859-2.html': { 'Content-Type': 'text/html; charset=iso-8859-2' },
};

const env = { ...process.env, TZ: VISITOR_TIME_ZONE };
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

/** The launchers label browsers "Chrome" or "MiniBrowser"; the summary lines should say which engine ran. */
function named(name, launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  launcher.name = name;
  return launcher;
}

/**
 * The environment that starts WebKitGTK in `name` (pl_PL): it takes its language from the C library's
 * locale, which must exist. A machine has few locales compiled, so this one is compiled from Debian's
 * locale sources (the `locales` package) into a folder of the test's own, which LOCPATH points to.
 */
function locale(name) {
  const folder = join(tmpdir(), 'belarus-solidarity-locales');
  if (!existsSync(join(folder, `${name}.UTF-8`))) {
    mkdirSync(folder, { recursive: true });
    execFileSync('localedef', ['-i', name, '-f', 'UTF-8', join(folder, `${name}.UTF-8`)]);
  }
  return { LOCPATH: folder, LANG: `${name}.UTF-8`, LANGUAGE: name };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const launchers = {
  chromium: (settings) =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        env,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...settings.chromium],
      },
    }),
  firefox: (settings) =>
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        env,
        extraPrefsFirefox: settings.firefox,
      },
    }),
  async webkit(settings) {
    const driverEnv = { ...env };
    if (settings.gtk.theme) driverEnv.GTK_THEME = settings.gtk.theme;
    if (settings.gtk.language) Object.assign(driverEnv, locale(settings.gtk.language));
    if (settings.gtk.settings) {
      const config = mkdtempSync(join(tmpdir(), 'belarus-solidarity-gtk-'));
      mkdirSync(join(config, 'gtk-3.0'));
      writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), `[Settings]\n${settings.gtk.settings}`);
      driverEnv.XDG_CONFIG_HOME = config;
    }
    const port = await freePort();
    // WebKitGTK takes its zone and settings from the driver's environment, so the driver is started here.
    const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { env: driverEnv, stdio: 'ignore' });
    process.on('exit', () => driver.kill());
    return webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
  },
};

const labels = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * `emulate-time-zone` moves one open page to another zone, as a laptop taken across a border does (the
 * zone `null` gives it back its own). Answers whether the engine could: Chromium through the DevTools
 * protocol, Firefox through WebDriver BiDi; WebKitGTK's WebDriver has no way to.
 */
const timeZoneCommand = {
  name: 'emulate-time-zone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-time-zone') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) return false;
    try {
      await page.emulateTimezone(payload.zone ?? undefined);
      return true;
    } catch {
      return false;
    }
  },
};

async function browsersWith(settingsName) {
  const settings = SETTINGS[settingsName];
  const engines = wanted.filter((engine) => engine !== 'webkit' || settings.gtk !== null);
  const suffix = settingsName === 'none' ? '' : ` (${settingsName})`;
  return Promise.all(engines.map(async (engine) => named(labels[engine] + suffix, await launchers[engine](settings))));
}

export default {
  files: ['test/*.test.ts', 'test/*.test.html'],
  browsers: await browsersWith('none'),
  groups: [
    { name: 'dark-reduced-motion', files: 'test/preferences/dark-reduced-motion.test.ts', browsers: await browsersWith('dark, reduced motion') },
    { name: 'forced-colors', files: 'test/preferences/forced-colors.test.ts', browsers: await browsersWith('forced colors') },
    { name: 'polish', files: 'test/preferences/polish.test.ts', browsers: await browsersWith('Polish') },
  ],
  nodeResolve: true,
  middleware: [
    async (context, next) => {
      // Pages in a legacy encoding go out byte for byte: the dev server would read them as UTF-8.
      if (/^\/test\/pages\/(windows-1251|iso-8859-2)\.html$/.test(context.path)) {
        context.body = readFileSync(`.${context.path}`);
        context.set(PAGE_HEADERS[context.path]);
        return;
      }
      await next();
      for (const [name, value] of Object.entries(PAGE_HEADERS[context.path] ?? {})) context.set(name, value);
      if (context.path === '/dist/belarus-solidarity.js' && context.query.charset === 'none') {
        context.set('Content-Type', 'text/javascript');
      }
      // The file on a partner's server, as the platform tests fetch it from another host: as nginx and
      // Apache send it by default (no CORS header), or with the header the configurator asks for.
      if (context.path === '/dist/belarus-solidarity.js' && context.query.host === 'partner') context.remove('Access-Control-Allow-Origin');
      if (context.path === '/dist/belarus-solidarity.js' && context.query.host === 'cors') context.set('Access-Control-Allow-Origin', '*');
    },
  ],
  // One page at a time per browser: WebKit through WebDriver needs it, and a background tab gets no
  // animation frames and throttled timers, which would make visibility-dependent behaviour flaky.
  concurrency: 1,
  // esbuild only takes the types out of the test files. Any other target rewrites JavaScript for the engines
  // it does not count as current (WebKit among them): the built file and the pages' inline scripts would
  // reach WebKit as esbuild's output (ASCII-escaped, without the file's first bytes), not as partners get them.
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }), timeZoneCommand],
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's development build announces itself on every page; that is not a test result.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
};
