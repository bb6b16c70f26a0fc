import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({ headless: true, executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const url of ['http://127.0.0.1:8765/', 'file:///work/main/dist/site/index.html']) {
  const p = await b.newPage();
  p.on('console', m => console.log('console', m.type(), m.text()));
  p.on('pageerror', e => console.log('pageerror', e.message));
  await p.goto(url);
  await p.waitForSelector('html[data-ready]', { timeout: 10000 }).catch(e => console.log('not ready'));
  console.log(url, (await p.$eval('#snippet', e => e.textContent)).slice(0, 200));
}
await b.close();
