// Runs every test in Chromium, Firefox ESR and WebKitGTK, the browsers Debian packages, with the time zone
// pinned so no result depends on the machine. BROWSERS=chromium,firefox narrows a run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

/** The visitor's zone in every test browser: far from UTC, with DST, in the southern hemisphere. */
export const VISITOR_TIME_ZONE = 'Pacific/Auckland';

const env = { ...process.env, TZ: VISITOR_TIME_ZONE };
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

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

async function webkit() {
  const port = await freePort();
  // WebKitGTK takes its zone from the driver's environment, so the driver is started here.
  const driver = spawn(process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  return named('WebKit', webdriverLauncher({
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
  }));
}

const launchers = {
  chromium: () =>
    named('Chromium', chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        env,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    })),
  firefox: () =>
    named('Firefox', chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        env,
      },
    })),
  webkit,
};

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  // One page at a time per browser: WebKit through WebDriver needs it, and a background tab gets no
  // animation frames and throttled timers, which would make visibility-dependent behaviour flaky.
  concurrency: 1,
  browsers: await Promise.all(wanted.map((name) => launchers[name]())),
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' })],
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's development build announces itself on every page; that is not a test result.
  filterBrowserLogs: ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
};
