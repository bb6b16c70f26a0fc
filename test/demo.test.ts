/** The demo pages, loaded as a partner opens them, with every console error and page error recorded. */
import { expect, waitUntil } from '@open-wc/testing';

interface DemoWindow extends Window {
  recordedErrors: string[];
}

const RECORDER = `<script>
  window.recordedErrors = [];
  addEventListener('error', (event) => recordedErrors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => recordedErrors.push(String(event.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { recordedErrors.push(args.join(' ')); consoleError(...args); };
</script>`;

/** Opens a demo page in a frame, with the recorder running before any of the page's own scripts. */
async function openDemo(path: string): Promise<{ page: Document; win: DemoWindow; frame: HTMLIFrameElement }> {
  const source = await (await fetch(path)).text();
  const frame = document.createElement('iframe');
  frame.style.width = '1300px';
  frame.style.height = '900px';
  frame.srcdoc = source.replace('<head>', `<head><base href="${new URL(path, location.href).href}">${RECORDER}`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { page: frame.contentDocument!, win: frame.contentWindow as DemoWindow, frame };
}

async function sha384(url: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('the demo configurator', () => {
  let demo: Awaited<ReturnType<typeof openDemo>>;
  before(async () => {
    demo = await openDemo('/demo/index.html');
    await waitUntil(() => demo.page.documentElement.hasAttribute('data-ready'), 'the configurator starts', { timeout: 5000 });
  });
  after(() => demo.frame.remove());

  it('loads with no console error', () => {
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('offers a snippet with the SRI hash of the built file and crossorigin', async () => {
    const expected = await sha384('/dist/belarus-solidarity.js');
    const snippet = demo.page.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain(`integrity="${expected}"`).and.contain('crossorigin="anonymous"');
    expect(snippet).to.match(/<belarus-solidarity[^>]*>\n {2}<[^\n]+\n<\/belarus-solidarity>$/);
    expect(demo.page.getElementById('one-line')!.textContent).to.contain(`integrity="${expected}"`).and.contain('data-mount');
  });

  it('sets the preview and the snippet from the same settings', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const set = (name: string, value: string) => {
      const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('lang', 'be');
    set('layout', 'compact');
    set('join-url', 'https://example.org/"quoted"');
    set('--solidarity-accent', '#123456');
    const widget = demo.page.getElementById('widget')!;
    await waitUntil(() => demo.page.getElementById('snippet')!.textContent!.includes('lang="be"'));
    expect(widget.getAttribute('layout')).to.equal('compact');
    expect(widget.style.getPropertyValue('--solidarity-accent')).to.equal('#123456');
    const snippet = demo.page.getElementById('snippet')!.textContent!;
    expect(snippet).to.contain('layout="compact"').and.contain('join-url="https://example.org/&quot;quoted&quot;"');
    expect(snippet).to.contain('--solidarity-accent: #123456;');
    expect(demo.page.getElementById('one-line')!.textContent).to.contain('data-lang="be"').and.contain('data-layout="compact"');
  });

  it('gives a snippet that, pasted into a page, shows what was previewed and holds its place until then', async () => {
    const preview = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    demo.page.querySelector<HTMLButtonElement>('[data-preview="eve"]')!.click();
    // The snippet follows once the preview has re-rendered.
    await preview.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    const width = demo.page.getElementById('stage')!.getBoundingClientRect().width;
    const snippet = demo.page.getElementById('snippet')!.textContent!;
    const reserved = Number(/min-height: (\d+)px/.exec(snippet)?.[1]);
    expect(reserved).to.equal(Math.ceil(preview.getBoundingClientRect().height));

    const paste = async (html: string) => {
      const frame = document.createElement('iframe');
      frame.style.width = `${width + 40}px`;
      // Its clock is fixed away from 4 August, as is the preview's below, so both show the countdown.
      frame.srcdoc = `<!doctype html><html><head><base href="${location.origin}/"><script src="/test/pages/fixed-clock.js"></script></head><body style="margin:0"><div style="width:${width}px">${html}</div></body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      return frame;
    };
    // Before the script runs (or without JavaScript): the fallback link already takes the widget's height.
    const withoutScript = await paste(snippet.replace(/<script[^>]*><\/script>/, ''));
    const fallback = withoutScript.contentDocument!.querySelector('belarus-solidarity')!;
    expect(fallback.getBoundingClientRect().height).to.equal(reserved);
    expect(fallback.querySelector('a')!.href).to.equal('https://example.org/%22quoted%22');
    expect(fallback.textContent!.trim()).to.equal('Міжнародны дзень салідарнасці з Беларуссю');
    withoutScript.remove();

    // With the script (served from here, so the integrity hash must match the file for it to run at all).
    const pasted = await paste(snippet.replace(/src="[^"]*"/, 'src="/dist/belarus-solidarity.js"'));
    try {
      const widget = pasted.contentDocument!.querySelector('belarus-solidarity')!;
      await waitUntil(() => widget.shadowRoot, 'the pasted widget upgrades');
      const look = (el: Element) => {
        const days = el.shadowRoot!.querySelector('[part~="days"]')!;
        return {
          name: el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label'),
          join: el.shadowRoot!.querySelector('[part~="join"]')!.textContent!.trim(),
          accent: getComputedStyle(days).color,
          height: Math.round(el.getBoundingClientRect().height),
        };
      };
      expect(look(widget)).to.deep.equal(look(preview));
    } finally {
      pasted.remove();
    }
  });

  it('previews any instant: the eve of the day and the day itself', async () => {
    const widget = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    const seconds = () => widget.shadowRoot!.querySelector('[part~="seconds"]')?.textContent;
    demo.page.querySelector<HTMLButtonElement>('[data-preview="eve"]')!.click();
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part~="days"]')!.textContent).to.equal('0');
    expect(Number(seconds())).to.be.within(1, 10);
    demo.page.querySelector<HTMLButtonElement>('[data-preview="day"]')!.click();
    await widget.updateComplete;
    expect(widget.matches(':state(today)')).to.be.true;
    demo.page.querySelector<HTMLButtonElement>('[data-preview="now"]')!.click();
    await widget.updateComplete;
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('sizes the preview column from 240 to 1200 px', async () => {
    const slider = demo.page.getElementById('width') as HTMLInputElement;
    for (const width of ['240', '1200']) {
      slider.value = width;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      expect(demo.page.getElementById('widget')!.getBoundingClientRect().width).to.equal(Number(width));
    }
  });
});

describe('the blog demo', () => {
  it('shows widgets in the languages of their sections, with no console error', async () => {
    const demo = await openDemo('/demo/blog.html');
    try {
      const widgets = [...demo.page.querySelectorAll('belarus-solidarity')];
      await waitUntil(() => widgets.every((w) => w.shadowRoot), 'the widgets upgrade');
      // Compact widgets show no heading; their group carries it as its name.
      const name = (w: Element) =>
        w.shadowRoot!.querySelector('[part~="heading"]')?.textContent ?? w.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label');
      expect(widgets.map(name)).to.deep.equal([
        'Międzynarodowy Dzień Solidarności z Białorusią',
        'Міжнародны дзень салідарнасці з Беларуссю',
        'Międzynarodowy Dzień Solidarności z Białorusią',
        'Tarptautinė solidarumo su Baltarusija diena',
        'International Day of Solidarity with Belarus',
      ]);
      expect(demo.win.recordedErrors).to.deep.equal([]);
    } finally {
      demo.frame.remove();
    }
  });
});
