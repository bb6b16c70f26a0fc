/**
 * What each platform does to a pasted snippet, reproduced here, with the snippet the configurator gives for
 * it: builders' "embed HTML" (a sandboxed frame of another origin, whose height the partner sets), a narrow
 * gadget column under a theme that styles every element, a page builder that moves scripts and clips its
 * boxes, a sanitizer that strips <style>. The widget's file is on another host than the page, sent without
 * CORS headers as nginx and Apache send it (web-test-runner.config.mjs), unless a test says otherwise.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openDemo } from './demo-page.js';
import './readable-failures.js';

const OTHER_HOST = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const fileOn = (host: 'partner' | 'cors') => `${location.protocol}//${OTHER_HOST}:${location.port}/dist/belarus-solidarity.js?host=${host}`;

/** The flags of the builders' frames: scripts always, the rest in the combinations they use; never downloads. */
const SANDBOXES = ['allow-scripts', 'allow-scripts allow-same-origin', 'allow-scripts allow-popups', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox'];

interface Report {
  started: boolean;
  bottom: number;
  after: string;
  width: number;
  height: number;
  scrollWidth: number;
  scrollHeight: number;
  calendarButton: boolean;
  calendarLinks: number;
  targets: string[];
}

/**
 * Runs `html` in a frame `width` × `height` px with `sandbox` flags (or none) and reports, from inside (a
 * sandboxed frame is another origin), whether the widget started and how it fits.
 */
async function inFrame(html: string, width: number, height: number, sandbox: string | null, head = ''): Promise<Report> {
  const id = Math.random().toString(36).slice(2);
  const probe = `<script>
    const errors = [];
    addEventListener('error', (event) => errors.push(String(event.message || event.target?.src)), true);
    let sent = false;
    const report = (started) => {
      if (sent) return;
      sent = true;
      const widget = document.querySelector('belarus-solidarity');
      const root = widget.shadowRoot;
      const base = document.querySelector('base')?.target ?? '';
      parent.postMessage({ id: ${JSON.stringify(id)}, report: {
        started, errors,
        bottom: widget.getBoundingClientRect().bottom,
        after: widget.previousElementSibling?.localName ?? (widget === document.body.firstElementChild ? 'top' : ''),
        width: innerWidth, height: innerHeight,
        scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
        calendarButton: !!root && root.querySelector('[part~="calendar"]')?.getBoundingClientRect().height > 0,
        calendarLinks: root ? root.querySelectorAll('[part~="calendar-link"]').length : 0,
        targets: root ? [...root.querySelectorAll('a')].map((link) => link.target || base) : [],
      } }, '*');
    };
    customElements.whenDefined('belarus-solidarity').then(() => setTimeout(() => requestAnimationFrame(() => report(true)), 100));
    setTimeout(() => report(false), 4000);
  </script>`;
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  // In sight: engines throttle the rendering of a frame of another origin that is off screen.
  frame.style.cssText = `position: fixed; top: 0; left: 0; z-index: 1; width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${html}${probe}</body></html>`;
  const reported = new Promise<Report>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.data?.id !== id) return;
      removeEventListener('message', listen);
      resolve(event.data.report);
    };
    addEventListener('message', listen);
  });
  document.body.append(frame);
  try {
    return await reported;
  } finally {
    frame.remove();
  }
}

describe('the snippet for each platform, under what the platform does to it', () => {
  let demo: Awaited<ReturnType<typeof openDemo>>;
  before(async () => {
    demo = await openDemo('/demo/index.html');
    await waitUntil(() => demo.page.documentElement.hasAttribute('data-ready'), 'the configurator starts', { timeout: 5000 });
  });
  after(() => demo.frame.remove());

  /** Sets the configurator as a partner would, and gives its snippet and steps once they are written. */
  async function configure(platform: string, { layout = '', width = 400, file = fileOn('partner'), cors = false } = {}) {
    const page = demo.page;
    const change = (element: HTMLInputElement | HTMLSelectElement, value: string | boolean, type = 'input') => {
      if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
      else element.value = value;
      element.dispatchEvent(new Event(type, { bubbles: true }));
    };
    const snippet = page.getElementById('snippet')!;
    snippet.textContent = '';
    change(page.querySelector<HTMLSelectElement>('select[name="layout"]')!, layout);
    change(page.getElementById('width') as HTMLInputElement, String(width));
    change(page.getElementById('script-url') as HTMLInputElement, file);
    change(page.getElementById('cors') as HTMLInputElement, cors, 'change');
    change(page.getElementById('platform') as HTMLSelectElement, platform, 'change');
    await waitUntil(() => snippet.textContent && !snippet.hasAttribute('data-pending'), `the snippet for ${platform}`, { timeout: 5000 });
    return {
      snippet: snippet.textContent!,
      steps: page.getElementById('steps')!.textContent!,
      asksFullAddress: !page.getElementById('full-address')!.hidden,
    };
  }

  for (const platform of ['wix', 'google-sites']) {
    for (const sandbox of SANDBOXES) {
      it(`${platform}: starts in a frame sandboxed "${sandbox}" at the size the steps give, fills it, and offers no dead button`, async () => {
        const { snippet, steps } = await configure(platform, { width: 360 });
        const [, width, height] = steps.match(/(\d+) px wide and (\d+) px tall/)!.map(Number);
        expect(width).to.equal(360);
        expect(snippet).not.to.contain('integrity=');
        const report = await inFrame(snippet, width, height, sandbox);
        expect(report.started, `the widget started: ${JSON.stringify(report)}`).to.equal(true);
        expect(report.scrollHeight, 'no vertical scroll bar').to.be.at.most(report.height);
        expect(report.height - report.bottom, 'the widget fills the frame').to.be.within(0, 1.5);
        expect(report.scrollWidth, 'no horizontal scroll bar').to.be.at.most(report.width);
        // The frame may not download: the calendar is offered through its two links, which open a new tab
        // as the join link does (in the frame they would replace the widget).
        expect(report.calendarButton).to.equal(false);
        expect(report.calendarLinks).to.equal(2);
        expect(report.targets.every((target) => target === '_blank'), JSON.stringify(report.targets)).to.equal(true);
      });
    }
  }

  it('explains why today’s snippet never starts in such a frame: its hash needs a CORS header the file’s server does not send', async () => {
    const { snippet } = await configure('page', { file: fileOn('partner') });
    // An address on another site: the configurator leaves the hash out until the box is ticked.
    expect(snippet).not.to.contain('integrity=');
    const withHash = (await configure('page', { file: fileOn('partner'), cors: true })).snippet;
    expect(withHash).to.contain('integrity=').and.contain('crossorigin="anonymous"');
    expect((await inFrame(withHash, 400, 600, 'allow-scripts')).started, 'refused without the header').to.equal(false);
    const served = (await configure('page', { file: fileOn('cors'), cors: true })).snippet;
    expect((await inFrame(served, 400, 600, 'allow-scripts')).started, 'runs with the header').to.equal(true);
  });

  for (const width of [160, 200, 300]) {
    it(`blogger: fits a ${width} px gadget column under a theme that styles div, span, a and button`, async () => {
      const { snippet } = await configure('blogger', { layout: 'compact' });
      const theme = `<style>
        div, span, a, button { display: block; float: left; width: 400px; padding: 12px; margin: 8px; border: 4px solid red;
          font: bold 22px/1.8 Georgia, serif; letter-spacing: 3px; text-transform: uppercase; }
      </style>`;
      const report = await inFrame(`${theme}<aside style="width:${width}px">${snippet}</aside>`, width + 40, 900, null);
      expect(report.started).to.equal(true);
      expect(report.scrollWidth, 'nothing sticks out of the column').to.be.at.most(report.width);
    });
  }

  it('a page builder that moves every script to the end of the page and clips the snippet in a fixed box', async () => {
    const { snippet } = await configure('tilda');
    const scripts = snippet.match(/<script[^>]*><\/script>/g)!;
    const rest = scripts.reduce((html, script) => html.replace(script, ''), snippet);
    const report = await inFrame(`<div style="overflow:hidden;height:700px">${rest}</div><p>Footer</p>${scripts.join('')}`, 500, 900, null);
    expect(report.started).to.equal(true);
    expect(report.scrollWidth).to.be.at.most(report.width);
  });

  it('a box that takes only a script tag, and Ghost’s site header: the one line puts the widget after itself, or at the top', async () => {
    const { snippet } = await configure('script-only', { layout: 'banner' });
    expect(snippet).to.match(/^<script [^>]*data-mount[^>]*><\/script>$/);
    expect(snippet).not.to.contain('integrity=');
    const inBox = await inFrame(`<p>Before</p>${snippet}<p>After</p>`, 800, 900, null);
    expect([inBox.started, inBox.after]).to.deep.equal([true, 'script']);
    const inHead = await inFrame('<p>The page</p>', 800, 900, null, snippet);
    expect([inHead.started, inHead.after]).to.deep.equal([true, 'top']);
  });

  it('a sanitizer that strips <style>: the widget runs and looks the same, only the reserved height is gone', async () => {
    const { snippet } = await configure('squarespace');
    expect(snippet).to.contain('<style>');
    const whole = await inFrame(snippet, 500, 1200, null);
    const stripped = await inFrame(snippet.replace(/<style>[\s\S]*?<\/style>/, ''), 500, 1200, null);
    expect(stripped.started).to.equal(true);
    expect(stripped.scrollHeight).to.equal(whole.scrollHeight);
  });

  it('where no script runs (WordPress.com free plans, Medium, Substack), offers the day and the link as plain text', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const join = form.elements.namedItem('join-url') as HTMLInputElement;
    join.value = 'https://example.org/join';
    join.dispatchEvent(new Event('input', { bubbles: true }));
    const { snippet, steps } = await configure('no-script');
    expect(snippet).to.equal('4 August: International Day of Solidarity with Belarus\nhttps://example.org/join');
    expect(steps).to.contain('cannot run there');
    expect(demo.page.querySelector<HTMLFieldSetElement>('fieldset.source')!.hidden).to.equal(true);
    expect(demo.page.getElementById('file-steps')!.hidden, 'no file to download').to.equal(true);
    join.value = '';
    join.dispatchEvent(new Event('input', { bubbles: true }));
  });

  it('asks for the file’s full address where the page is on the platform’s servers', async () => {
    expect((await configure('ghost', { file: '/js/belarus-solidarity.js' })).asksFullAddress).to.equal(true);
    expect((await configure('ghost')).asksFullAddress).to.equal(false);
    expect((await configure('page', { file: '/js/belarus-solidarity.js' })).asksFullAddress, 'on the partner’s own site').to.equal(false);
  });

  it('says all this with no console error', () => {
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });
});
