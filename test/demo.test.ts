/** The demo pages, loaded as a partner opens them, with every console error and page error recorded. */
import { expect, waitUntil } from '@open-wc/testing';
import { openDemo, sha384 } from './demo-page.js';
import './readable-failures.js';

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

  it('offers WordPress the plugin, and its shortcode for the same settings', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const heading = form.elements.namedItem('slot-heading') as HTMLInputElement;
    heading.value = 'Vigil [Vilnius] "today"';
    heading.dispatchEvent(new Event('input', { bubbles: true }));
    const choose = (platform: string) => {
      const select = demo.page.getElementById('platform') as HTMLSelectElement;
      select.value = platform;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('wordpress-plugin');
    const snippet = demo.page.getElementById('snippet')!;
    await waitUntil(() => snippet.textContent!.startsWith('['), 'the shortcode');
    // A shortcode ends at the first "]" and quotes its values: the heading keeps its words, not those marks.
    expect(snippet.textContent).to.equal(
      '[belarus_solidarity lang="be" layout="compact" join_url="https://example.org/”quoted”" heading="Vigil (Vilnius) ”today”"]',
    );
    expect(demo.page.getElementById('script-only')!.hidden).to.equal(true);
    expect(demo.page.getElementById('wordpress-steps')!.hidden).to.equal(false);
    const zip = new Uint8Array(await (await fetch(demo.page.querySelector<HTMLAnchorElement>('#wordpress-download')!.href)).arrayBuffer());
    expect(String.fromCharCode(...zip.slice(0, 4))).to.equal('PK\x03\x04');
    expect(new TextDecoder().decode(zip)).to.contain('belarus-solidarity/belarus-solidarity.php').and.contain('belarus-solidarity/belarus-solidarity.js');

    heading.value = '';
    heading.dispatchEvent(new Event('input', { bubbles: true }));
    choose('page');
    await waitUntil(() => snippet.textContent!.startsWith('<script'), 'the script snippet again');
    expect(demo.page.getElementById('script-only')!.hidden).to.equal(false);
  });

  /** A plain page with the snippet in a column `width` px wide, set in `font`, on a clock away from 4 August. */
  const paste = async (html: string, width: number, font = 'system-ui, sans-serif') => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width + 40}px; height: 900px; border: 0`;
    frame.srcdoc = `<!doctype html><html><head><base href="${location.origin}/"><script src="/test/pages/fixed-clock.js"></script></head><body style="margin:0; font-family: ${font}"><div style="width:${width}px">${html}</div></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame;
  };
  const withoutScript = (snippet: string) => snippet.replace(/<script[^>]*><\/script>/, '');
  // Served from here, so the integrity hash must match the file for it to run at all.
  const servedHere = (snippet: string) => snippet.replace(/src="[^"]*?(belarus-solidarity(?:\.[a-z]{2,3})?\.js)"/, 'src="/dist/$1"');
  const height = (el: Element) => el.getBoundingClientRect().height;

  async function settled(): Promise<string> {
    const preview = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    await preview.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Until the configurator has written the latest settings (it may fetch the chosen file's facts first).
    await waitUntil(() => !demo.page.getElementById('snippet')!.hasAttribute('data-pending'), 'the snippet is written', { timeout: 5000 });
    return demo.page.getElementById('snippet')!.textContent!;
  }

  it('gives a snippet that, pasted into a page, shows what was previewed', async () => {
    const preview = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    demo.page.querySelector<HTMLButtonElement>('[data-preview="eve"]')!.click();
    const snippet = await settled();
    const width = preview.getBoundingClientRect().width;

    const before = await paste(withoutScript(snippet), width);
    const fallback = before.contentDocument!.querySelector('belarus-solidarity')!;
    expect(fallback.querySelector('a')!.href).to.equal('https://example.org/%22quoted%22');
    expect(fallback.textContent!.trim()).to.equal('Міжнародны дзень салідарнасці з Беларуссю');
    before.remove();

    const pasted = await paste(servedHere(snippet), width);
    try {
      const widget = pasted.contentDocument!.querySelector('belarus-solidarity')!;
      await waitUntil(() => widget.shadowRoot, 'the pasted widget upgrades');
      const look = (el: Element) => {
        const days = el.shadowRoot!.querySelector('[part~="days"]')!;
        return {
          name: el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label'),
          join: el.shadowRoot!.querySelector('[part~="join"]')!.textContent!.trim(),
          accent: getComputedStyle(days).color,
          height: Math.round(height(el)),
        };
      };
      expect(look(widget)).to.deep.equal(look(preview));
    } finally {
      pasted.remove();
    }
  });

  it('reserves the height the widget will have in the partner’s column, whatever its width, and in their font', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const layout = form.elements.namedItem('layout') as HTMLSelectElement;
    const font = demo.page.getElementById('page-font') as HTMLInputElement;
    for (const [value, pageFont] of [['', ''], ['banner', ''], ['', 'Georgia, serif']] as const) {
      layout.value = value;
      layout.dispatchEvent(new Event('input', { bubbles: true }));
      font.value = pageFont;
      font.dispatchEvent(new Event('input', { bubbles: true }));
      const snippet = await settled();
      const family = pageFont || 'system-ui, sans-serif';
      for (const width of [320, 560, 800, 1000]) {
        const label = `${value || 'card'} in ${family} at ${width} px`;
        const before = await paste(withoutScript(snippet), width, family);
        const reserved = height(before.contentDocument!.querySelector('belarus-solidarity')!);
        before.remove();
        const after = await paste(servedHere(snippet), width, family);
        const widget = after.contentDocument!.querySelector('belarus-solidarity')!;
        await waitUntil(() => widget.shadowRoot?.querySelector('[part~="days"]'), 'the pasted widget renders');
        expect(reserved, label).to.be.closeTo(height(widget), 1.5);
        after.remove();
      }
    }
    layout.value = 'compact';
    layout.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
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

  it('sizes the preview column from 240 px to the room there is, never past it', async () => {
    const slider = demo.page.getElementById('width') as HTMLInputElement;
    const frame = demo.page.querySelector('.stage-frame')!;
    expect(Number(slider.max)).to.be.at.most(frame.clientWidth).and.at.most(1200);
    for (const width of [slider.min, slider.max, '5000']) {
      slider.value = width;
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const shown = demo.page.getElementById('widget')!.getBoundingClientRect();
      expect(shown.width).to.equal(Math.min(Number(width), Number(slider.max)));
      expect(shown.right).to.be.at.most(frame.getBoundingClientRect().right);
    }
  });

  it('previews the eve and the day in the widget’s zone, and says which zone the clock is in', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const zone = form.elements.namedItem('time-zone') as HTMLInputElement;
    const widget = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    const field = demo.page.getElementById('preview-at') as HTMLInputElement;
    // The test browsers run in Auckland; Kiritimati is 2 hours ahead of it.
    zone.value = 'Pacific/Kiritimati';
    zone.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    demo.page.querySelector<HTMLButtonElement>('[data-preview="eve"]')!.click();
    await settled();
    const part = (name: string) => widget.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent;
    expect([part('days'), part('hours'), part('minutes')]).to.deep.equal(['0', '0', '0']);
    expect(Number(part('seconds'))).to.be.within(1, 10);
    expect(field.value).to.match(/^\d{4}-08-03T23:59:[45]\d$/);
    expect(demo.page.getElementById('preview-zone')!.textContent).to.equal('(time in Pacific/Kiritimati)');
    demo.page.querySelector<HTMLButtonElement>('[data-preview="day"]')!.click();
    await settled();
    expect(widget.matches(':state(today)')).to.be.true;
    // A whole minute shows without seconds.
    expect(field.value).to.match(/^\d{4}-08-04T12:00(:0\d)?$/);
    // A time typed in the field is in that zone too: 23:59:55 on 3 August there is 5 s before the day.
    const year = field.value.slice(0, 4);
    field.value = `${year}-08-03T23:59:55`;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settled();
    expect(Number(part('seconds'))).to.be.within(3, 5);
    zone.value = '';
    zone.dispatchEvent(new Event('input', { bubbles: true }));
    demo.page.querySelector<HTMLButtonElement>('[data-preview="now"]')!.click();
    await settled();
    expect(demo.page.getElementById('preview-zone')!.textContent).to.equal('(time in Pacific/Auckland)');
  });

  it('puts every style control back with "Default colors", the font menus included', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const font = form.elements.namedItem('--solidarity-font-family') as HTMLSelectElement;
    const numbers = form.elements.namedItem('--solidarity-number-font-family') as HTMLSelectElement;
    font.value = 'Georgia, serif';
    numbers.value = 'ui-monospace, monospace';
    font.dispatchEvent(new Event('input', { bubbles: true }));
    demo.page.getElementById('reset-style')!.click();
    const snippet = await settled();
    expect([font.value, numbers.value]).to.deep.equal(['', '']);
    expect(font.selectedIndex).to.equal(0);
    expect(snippet).to.not.contain('font-family');
  });

  it('keeps a relative join link as typed, for the partner’s own page', async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const join = form.elements.namedItem('join-url') as HTMLInputElement;
    join.value = '/events/4-august';
    join.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = await settled();
    expect(snippet).to.contain('join-url="/events/4-august"').and.contain('<a href="/events/4-august">');
    expect(snippet).to.not.contain(location.host);
  });

  it('offers the file itself for self-hosting, with the hash of exactly those bytes, or the CDN address', async () => {
    // The file of every language, for a widget that follows the page's.
    const language = demo.page.querySelector<HTMLSelectElement>('select[name="lang"]')!;
    language.value = '';
    language.dispatchEvent(new Event('input', { bubbles: true }));
    await settled();
    const download = demo.page.getElementById('download') as HTMLAnchorElement;
    expect(download.download).to.equal('belarus-solidarity.js');
    const snippet = await settled();
    expect(snippet).to.contain('src="/js/belarus-solidarity.js"');
    expect(snippet).to.contain(`integrity="${await sha384(download.href)}"`);
    const path = demo.page.getElementById('script-url') as HTMLInputElement;
    path.value = 'https://blog.example/wp-content/uploads/belarus-solidarity.js';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await settled()).to.contain('src="https://blog.example/wp-content/uploads/belarus-solidarity.js"');
    const cdn = demo.page.querySelector<HTMLInputElement>('input[name="source"][value="cdn"]')!;
    cdn.checked = true;
    cdn.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await settled()).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/belarus-solidarity@\d+\.\d+\.\d+\/dist\/belarus-solidarity\.js"/);
    demo.page.querySelector<HTMLInputElement>('input[name="source"][value="self"]')!.click();
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('offers the file of the chosen language, with its own hash, size and CDN address; the file of every language for “from the page”', async () => {
    const language = demo.page.querySelector<HTMLSelectElement>('select[name="lang"]')!;
    const choose = (value: string) => {
      language.value = value;
      language.dispatchEvent(new Event('input', { bubbles: true }));
      return settled();
    };
    const download = demo.page.getElementById('download') as HTMLAnchorElement;
    const path = demo.page.getElementById('script-url') as HTMLInputElement;
    path.value = '/js/belarus-solidarity.js';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = await choose('pl');
    expect(snippet).to.contain('src="/js/belarus-solidarity.pl.js"').and.contain(`integrity="${await sha384('/dist/belarus-solidarity.pl.js')}"`);
    expect(download.download).to.equal('belarus-solidarity.pl.js');
    // No native speaker has read the Polish texts yet, and the configurator says so.
    expect(demo.page.getElementById('language-status')!.textContent).to.equal(
      'Drafted, awaiting review by a native speaker: read it before you publish it, or ask someone who speaks it.',
    );
    expect(new URL(download.href).pathname).to.equal('/dist/belarus-solidarity.pl.js');
    const size = (await (await fetch('/dist/belarus-solidarity.pl.js')).arrayBuffer()).byteLength;
    expect(demo.page.getElementById('file-size')!.textContent).to.equal(`(${Math.round(size / 1024)} KB, this language only)`);
    expect(demo.page.getElementById('one-line')!.textContent).to.contain('belarus-solidarity.pl.js');
    const cdn = demo.page.querySelector<HTMLInputElement>('input[name="source"][value="cdn"]')!;
    cdn.checked = true;
    cdn.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await settled()).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/belarus-solidarity@\d+\.\d+\.\d+\/dist\/belarus-solidarity\.pl\.js"/);
    demo.page.querySelector<HTMLInputElement>('input[name="source"][value="self"]')!.click();
    // An address the partner typed keeps its own name.
    path.value = '/assets/widget.js';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    expect(await choose('de')).to.contain('src="/assets/widget.js"').and.contain(`integrity="${await sha384('/dist/belarus-solidarity.de.js')}"`);
    path.value = '/js/belarus-solidarity.de.js';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    const every = await choose('');
    expect(every).to.contain('src="/js/belarus-solidarity.js"').and.contain(`integrity="${await sha384('/dist/belarus-solidarity.js')}"`);
    expect(download.download).to.equal('belarus-solidarity.js');
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it("puts the partner's words, the precision and the schedule into the preview and the snippet, escaped", async () => {
    const form = demo.page.getElementById('options') as HTMLFormElement;
    const set = (name: string, value: string) => {
      const control = form.elements.namedItem(name) as HTMLInputElement;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const preview = demo.page.getElementById('widget')!;
    // A countdown, whatever today's date: the pasted pages below count down too (their clock is 1 July).
    demo.page.querySelector<HTMLButtonElement>('[data-preview="eve"]')!.click();
    set('layout', '');
    // The pasted page below is in the default font.
    const font = demo.page.getElementById('page-font') as HTMLInputElement;
    font.value = '';
    font.dispatchEvent(new Event('input', { bubbles: true }));
    set('slot-heading', 'Vilnius <b>&</b> "friends"');
    set('slot-message', 'Vigil, 18:00 <script>window.hacked=1</script>');
    set('slot-message-url', 'javascript:window.hacked=1');
    let snippet = await settled();
    expect(snippet).to.contain('  <span slot="heading">Vilnius &lt;b&gt;&amp;&lt;/b&gt; &quot;friends&quot;</span>\n');
    expect(snippet, 'an unsafe link is left out').to.contain(
      '  <p slot="message">Vigil, 18:00 &lt;script&gt;window.hacked=1&lt;/script&gt;</p>\n',
    );
    expect(preview.querySelector('[slot=heading]')!.textContent).to.equal('Vilnius <b>&</b> "friends"');
    expect(preview.querySelector('[slot=message] a')).to.be.null;

    set('slot-message-url', 'https://example.org/vigil?a=1&b=2');
    set('slot-message-link', 'Details');
    set('precision', 'minute');
    snippet = await settled();
    expect(snippet).to.contain('precision="minute"');
    expect(snippet).to.contain('<a href="https://example.org/vigil?a=1&amp;b=2">Details</a></p>');
    expect(preview.shadowRoot!.querySelector('[part~="seconds"]')?.getClientRects().length ?? 0, 'no seconds shown').to.equal(0);

    // Pasted: the words in their parts, the reservation still right with the message in it.
    const width = 560;
    const before = await paste(withoutScript(snippet), width);
    const reserved = height(before.contentDocument!.querySelector('belarus-solidarity')!);
    before.remove();
    const pasted = await paste(servedHere(snippet), width);
    try {
      const widget = pasted.contentDocument!.querySelector('belarus-solidarity')!;
      await waitUntil(() => widget.shadowRoot?.querySelector('[part~="days"]'), 'the pasted widget renders');
      const message = widget.querySelector('[slot=message]')!;
      const box = widget.shadowRoot!.querySelector('[part~="message"]')!.getBoundingClientRect();
      expect(message.getBoundingClientRect().top).to.be.at.least(box.top);
      expect(message.querySelector('a')!.href).to.equal('https://example.org/vigil?a=1&b=2');
      expect(widget.querySelector('[slot=heading]')!.textContent).to.equal('Vilnius <b>&</b> "friends"');
      expect(reserved).to.be.closeTo(height(widget), 1.5);
      expect((pasted.contentWindow as Window & { hacked?: number }).hacked).to.be.undefined;
    } finally {
      pasted.remove();
    }

    // On a schedule: nothing until the script runs, and off season (the pasted page's 1 July) nothing after.
    set('show-days-before', '7');
    snippet = await settled();
    expect(snippet).to.contain('show-days-before="7"').and.contain('belarus-solidarity:not(:defined){display:none}');
    expect(demo.page.getElementById('schedule-note')!.hidden).to.be.false;
    const scheduledBefore = await paste(withoutScript(snippet), width);
    expect(scheduledBefore.contentDocument!.querySelector('belarus-solidarity')!.getClientRects().length).to.equal(0);
    scheduledBefore.remove();
    const scheduled = await paste(servedHere(snippet), width);
    try {
      const widget = scheduled.contentDocument!.querySelector('belarus-solidarity')!;
      await waitUntil(() => widget.shadowRoot, 'the pasted widget upgrades');
      expect(widget.getClientRects().length).to.equal(0);
    } finally {
      scheduled.remove();
    }
    for (const name of ['slot-heading', 'slot-message', 'slot-message-url', 'slot-message-link', 'precision', 'show-days-before']) set(name, '');
    await settled();
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });
});

describe('the demo on any screen', () => {
  for (const width of [360, 390, 768, 1000, 1366, 1920]) {
    it(`scrolls nothing sideways at ${width} px, and the preview fits`, async () => {
      const demo = await openDemo('/demo/index.html', width);
      try {
        await waitUntil(() => demo.page.documentElement.hasAttribute('data-ready'), 'the configurator starts', { timeout: 5000 });
        const root = demo.page.documentElement;
        expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
        const widget = demo.page.getElementById('widget')!.getBoundingClientRect();
        expect(widget.right).to.be.at.most(root.clientWidth);
        const options = demo.page.getElementById('options')!.getBoundingClientRect();
        if (width < 800) expect(widget.top, 'the preview above the controls').to.be.below(options.top);
        else expect(widget.left, 'the preview beside the controls').to.be.at.least(options.right);
        expect(demo.win.recordedErrors).to.deep.equal([]);
      } finally {
        demo.frame.remove();
      }
    });
  }
});

describe('the configurator as a person uses it', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  type Demo = Awaited<ReturnType<typeof openDemo>>;
  const open = async (width: number, height: number) => {
    const demo = await openDemo('/demo/index.html', width, height);
    await waitUntil(() => demo.page.documentElement.hasAttribute('data-ready'), 'the configurator starts', { timeout: 5000 });
    return demo;
  };
  const written = (demo: Demo) =>
    waitUntil(() => !demo.page.getElementById('snippet')!.hasAttribute('data-pending'), 'the snippet is written', { timeout: 5000 });
  /** The live widget as the reader sees it: inside the window, drawn, and how much of it shows. */
  const inSight = (demo: Demo) => {
    const box = demo.page.getElementById('widget')!.getBoundingClientRect();
    const height = demo.win.innerHeight;
    return { top: box.top >= -1 && box.top < height, shown: Math.min(box.bottom, height) - Math.max(box.top, 0) };
  };

  /**
   * One thing a person does: a control they can see (not in a folded section, not off the page sideways),
   * brought into view as a browser does when it is tapped, then used.
   */
  function actions(demo: Demo) {
    let count = 1; // opening the page
    const reachable = (element: HTMLElement) => {
      expect(element.closest('details:not([open])'), `${element.id || element.getAttribute('name')} is not folded away`).to.be.null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      expect(box.width * box.height, `${element.id || element.getAttribute('name')} shows`).to.be.above(0);
      expect(box.right).to.be.at.most(demo.win.innerWidth + 1);
    };
    return {
      get count() {
        return count;
      },
      async choose(selector: string, value: string) {
        const select = demo.page.querySelector<HTMLSelectElement>(selector)!;
        reachable(select);
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        count++;
        await written(demo);
      },
      async type(selector: string, value: string) {
        const input = demo.page.querySelector<HTMLInputElement>(selector)!;
        reachable(input);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        count++;
        await written(demo);
      },
      tap(selector: string, { follow = true } = {}) {
        const element = demo.page.querySelector<HTMLElement>(selector)!;
        reachable(element);
        if (follow) element.click();
        count++;
        return element;
      },
    };
  }

  it('shows the live widget on a phone’s first screen, and keeps it in sight as each choice changes it', async () => {
    const demo = await open(390, 844);
    expect(inSight(demo).top, 'on the first screen').to.be.true;
    expect(inSight(demo).shown, 'px of the widget showing').to.be.above(200);
    const act = actions(demo);
    await act.choose('select[name="layout"]', 'compact');
    const widget = demo.page.getElementById('widget') as HTMLElement & { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part~="heading"]'), 'the compact layout, which has no heading').to.be.null;
    expect(inSight(demo).top, 'in sight after the layout changed').to.be.true;
    await act.choose('select[name="lang"]', 'lt');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('Tarptautinė solidarumo su Baltarusija diena');
    expect(inSight(demo).top, 'in sight after the language changed').to.be.true;
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('keeps the preview in view on a laptop while the controls and the result scroll', async () => {
    const demo = await open(1366, 768);
    for (const id of ['options', 'snippet']) {
      const element = demo.page.getElementById(id)!;
      element.scrollIntoView({ block: 'end' });
      expect(demo.win.scrollY, `scrolled to the end of #${id}`).to.be.above(300);
      expect(inSight(demo).top, `beside the end of #${id}`).to.be.true;
      expect(inSight(demo).shown).to.be.above(300);
    }
  });

  for (const [width, height] of [
    [390, 844],
    [1366, 768],
  ]) {
    it(`has no accessibility violation axe finds at ${width} px, in English and in Polish`, async () => {
      const demo = await open(width, height);
      const script = demo.page.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve) => {
        script.onload = resolve;
        demo.page.head.append(script);
      });
      type Axe = { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      const axe = (demo.win as unknown as { axe: Axe }).axe;
      const violations = async () =>
        (await axe.run(demo.page)).violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(await violations(), 'in English').to.deep.equal([]);
      const language = demo.page.getElementById('page-language') as HTMLSelectElement;
      language.value = 'pl';
      language.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => demo.page.documentElement.lang === 'pl', 'Polish');
      await written(demo);
      expect(await violations(), 'in Polish').to.deep.equal([]);
    });
  }

  it('takes a person on a phone to a copied Blogger snippet in Belarusian, compact, in six actions', async () => {
    const demo = await open(390, 844);
    // What the page hands the clipboard, as the browser would take it.
    const copied: string[] = [];
    Object.defineProperty(demo.win.navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    const act = actions(demo);
    await act.choose('#platform', 'blogger');
    await act.choose('select[name="lang"]', 'be');
    await act.choose('select[name="layout"]', 'compact');
    // Blogger's pages are on Blogger's servers: the file's address must be whole.
    expect(demo.page.getElementById('full-address')!.hidden).to.be.false;
    await act.type('#script-url', 'https://files.example.org/belarus-solidarity.be.js');
    expect(demo.page.getElementById('full-address')!.hidden).to.be.true;
    const copy = act.tap('[data-copy="snippet"]');
    await waitUntil(() => copied.length === 1, 'the snippet is copied');
    // The button says so, in the page's language.
    await waitUntil(() => copy.textContent === 'Copied', 'the button says the code is copied');
    expect(act.count).to.be.at.most(6);
    expect(copied[0]).to.equal(demo.page.getElementById('snippet')!.textContent);
    expect(copied[0]).to.match(/^<script src="https:\/\/files\.example\.org\/belarus-solidarity\.be\.js" defer><\/script>\n/);
    expect(copied[0]).to.contain('<belarus-solidarity lang="be" layout="compact">').and.contain('Міжнародны дзень салідарнасці з Беларуссю');
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('selects the code for Ctrl+C where the browser refuses the clipboard, and says so', async () => {
    const demo = await open(1366, 768);
    Object.defineProperty(demo.win.navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } });
    const copy = demo.page.querySelector<HTMLButtonElement>('[data-copy="snippet"]')!;
    copy.click();
    await waitUntil(() => copy.textContent === 'Selected: press Ctrl+C', 'the button says what to do');
    expect(demo.win.getSelection()!.toString()).to.equal(demo.page.getElementById('snippet')!.textContent);
    expect(demo.win.recordedErrors).to.deep.equal([]);
  });

  it('takes a person on a phone to the WordPress plugin in three actions', async () => {
    const demo = await open(390, 844);
    const act = actions(demo);
    await act.choose('#platform', 'wordpress-plugin');
    // A download the test reads itself rather than have the browser save it.
    const link = act.tap('#wordpress-download', { follow: false }) as HTMLAnchorElement;
    expect(act.count).to.equal(3);
    expect(link.hasAttribute('download')).to.be.true;
    const zip = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
    expect(String.fromCharCode(...zip.slice(0, 4))).to.equal('PK\x03\x04');
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
        'Międzynarodowy Dzień Solidarności z\u00a0Białorusią',
        'Міжнародны дзень салідарнасці з Беларуссю',
        'Międzynarodowy Dzień Solidarności z\u00a0Białorusią',
        'Tarptautinė solidarumo su Baltarusija diena',
        'International Day of Solidarity with Belarus',
      ]);
      expect(demo.win.recordedErrors).to.deep.equal([]);
    } finally {
      demo.frame.remove();
    }
  });
});
