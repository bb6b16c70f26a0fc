// The browsers the tests run by node's runner launch through puppeteer: Debian's Chromium (which refuses to
// start as root without --no-sandbox) and Firefox ESR over WebDriver BiDi.
export const BROWSERS = {
  Chromium: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] },
  Firefox: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
};
