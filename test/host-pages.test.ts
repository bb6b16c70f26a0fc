/**
 * The built file on other people's pages: it must send, store and read nothing it does not need, add no
 * global, run under a strict Content-Security-Policy, and survive hostile CSS, another Lit, a
 * custom-elements polyfill, and any order of loading, moving and removing. Each page is a fresh frame.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { catalogs, type Language } from '../src/i18n/index.js';
import './readable-failures.js';

const BUNDLE = '/dist/belarus-solidarity.js';
/** Every page starts its clock at the same instant, never on 4 August (see the file). */
const CLOCK_SCRIPT = '/test/pages/fixed-clock.js';
const CLOCK = `<script src="${CLOCK_SCRIPT}"></script>`;

interface Frame {
  win: Window & Record<string, any>;
  doc: Document;
  frame: HTMLIFrameElement;
}

/** Opens `body` (and `head`) as a new same-origin page, waits for it to load. */
async function openPage({ head = '', body = '', src }: { head?: string; body?: string; src?: string }): Promise<Frame> {
  const frame = document.createElement('iframe');
  // In sight of the test page's viewport, which is what IntersectionObserver measures a frame's content by.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 900px; height: 700px; border: 0; background: white';
  if (src) frame.src = src;
  else frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${location.origin}/">${head}${CLOCK}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as Frame['win'], doc: frame.contentDocument!, frame };
}

const closeAll = () => document.querySelectorAll('iframe').forEach((frame) => frame.remove());

async function upgraded(doc: Document): Promise<Element[]> {
  const widgets = [...doc.querySelectorAll('belarus-solidarity')];
  await waitUntil(() => widgets.length && widgets.every((w) => w.shadowRoot?.querySelector('[part~="countdown"]')), 'widgets render');
  return widgets;
}

const part = (widget: Element, name: string) => widget.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs first on the page: records any use of the network, of storage, and of the APIs fingerprinting
 * reads, and the names on `window`, so the test can compare after the widget has run. The calendar's
 * download is recorded instead of saving a file.
 */
const TRIPWIRE = `<script>
  window.tripped = [];
  window.downloads = [];
  const trip = (what) => tripped.push(what);
  const wrap = (object, name, label) => {
    const original = object && object[name];
    if (typeof original !== 'function') return;
    object[name] = function (...args) { trip(label); return original.apply(this, args); };
  };
  const construct = (name) => {
    const original = window[name];
    if (original) window[name] = new Proxy(original, { construct(target, args) { trip(name); return Reflect.construct(target, args); } });
  };
  const getters = (proto, names, label) => {
    for (const name of names) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor && descriptor.get) {
        Object.defineProperty(proto, name, { ...descriptor, get() { trip(label + '.' + name); return descriptor.get.call(this); } });
      }
    }
  };
  wrap(window, 'fetch', 'fetch');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrap(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'RTCPeerConnection', 'OfflineAudioContext', 'AudioContext'].forEach(construct);
  ['getItem', 'setItem', 'removeItem', 'clear', 'key'].forEach((name) => wrap(Storage.prototype, name, 'Storage.' + name));
  getters(window, ['localStorage', 'sessionStorage', 'indexedDB', 'caches'], 'window');
  getters(Document.prototype, ['cookie'], 'document');
  wrap(window.ServiceWorkerContainer && ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');
  wrap(HTMLCanvasElement.prototype, 'getContext', 'canvas.getContext');
  wrap(HTMLCanvasElement.prototype, 'toDataURL', 'canvas.toDataURL');
  wrap(Navigator.prototype, 'getBattery', 'getBattery');
  getters(Navigator.prototype, ['userAgent', 'platform', 'hardwareConcurrency', 'deviceMemory', 'plugins', 'languages', 'language', 'vendor', 'connection', 'geolocation'], 'navigator');
  getters(Screen.prototype, ['width', 'height', 'availWidth', 'availHeight', 'colorDepth', 'pixelDepth'], 'screen');
  HTMLAnchorElement.prototype.click = function () { downloads.push(this.href.slice(0, 5) + ' ' + this.download); };
  window.namesBefore = Object.getOwnPropertyNames(window);
  window.symbolKeysBefore = Reflect.ownKeys(Symbol).map(String);
</script>`;

describe('privacy', () => {
  afterEach(closeAll);

  it('sends, stores and reads nothing, and adds no global', async () => {
    const { win, doc } = await openPage({
      head: TRIPWIRE,
      body: `
        <belarus-solidarity id="card"></belarus-solidarity>
        <belarus-solidarity layout="banner" theme="dark" join-url="https://example.org/join"></belarus-solidarity>
        <belarus-solidarity layout="compact" theme="auto" lang="be"></belarus-solidarity>
        <script src="${BUNDLE}"></script>`,
    });
    const [card] = await upgraded(doc);
    // Everything a visitor can do: watch it tick, open "how to join", save the day, switch language.
    await pause(1200);
    part(card!, 'join')!.click();
    part(card!, 'calendar')!.click();
    doc.documentElement.lang = 'pl';
    await pause(100);

    expect(win.tripped).to.deep.equal([]);
    expect(win.downloads).to.deep.equal(['blob: solidarity-with-belarus-4-august.ics']);
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path !== CLOCK_SCRIPT);
    expect(requested).to.deep.equal([BUNDLE]);
    const added = Object.getOwnPropertyNames(win).filter((name) => !win.namesBefore.includes(name) && !/^(namesBefore|symbolKeysBefore)$/.test(name));
    expect(added).to.deep.equal([]);
    // Nor on the built-ins: Lit would add Symbol.metadata.
    expect(Reflect.ownKeys(win.Symbol).map(String)).to.deep.equal(win.symbolKeysBefore);

    // The tripwire itself works: the same uses, made by the page, are caught.
    void win.localStorage.length;
    void win.indexedDB;
    void doc.cookie;
    void win.navigator.userAgent;
    void win.screen.width;
    win.document.createElement('canvas').getContext('2d');
    expect(win.tripped).to.include.members([
      'window.localStorage',
      'window.indexedDB',
      'document.cookie',
      'navigator.userAgent',
      'screen.width',
      'canvas.getContext',
    ]);
  });
});

describe('a strict Content-Security-Policy', () => {
  afterEach(closeAll);

  it("renders fully styled under default-src 'none'; script-src 'self'; style-src 'self', with no violation", async () => {
    const { win, doc } = await openPage({ src: '/test/pages/strict-csp.html' });
    const widgets = await upgraded(doc);
    expect(widgets).to.have.length(5);
    const [card, banner, , minsk] = widgets;
    // 1 July 2026, 00:00 UTC to 4 August's midnight in Minsk (UTC+3).
    expect(['days', 'hours', 'minutes'].map((name) => part(minsk!, name)!.textContent)).to.deep.equal(['33', '21', '0']);
    const base = getComputedStyle(part(card!, 'base')!);
    expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(base.borderTopLeftRadius).to.equal('8px');
    expect(getComputedStyle(part(card!, 'days')!).color).to.equal('rgb(179, 18, 31)');
    expect(getComputedStyle(card!.shadowRoot!.querySelector('.units')!).display).to.equal('flex');
    expect(getComputedStyle(part(banner!, 'base')!).backgroundColor).to.equal('rgb(22, 22, 26)');
    part(card!, 'join')!.click(); // opens "how to join" inside the widget
    await pause(100);
    expect(win.violations).to.deep.equal([]);

    // The policy is really in force: the page's own inline style is refused.
    const inline = doc.createElement('style');
    inline.textContent = 'body { color: red }';
    doc.head.append(inline);
    await waitUntil(() => win.violations.length > 0, 'the inline style is reported');
    expect(win.violations[0]).to.match(/^style-src/);
  });
});

describe('loading, moving and removing', () => {
  afterEach(closeAll);

  /** Counts the timers and observers the page has running, to show removed widgets leave nothing behind. */
  const COUNTERS = `<script>
    window.pending = new Set();
    const setTimeout0 = window.setTimeout, clearTimeout0 = window.clearTimeout;
    window.setTimeout = (fn, ms, ...args) => {
      const id = setTimeout0(() => { pending.delete(id); typeof fn === 'function' && fn(...args); }, ms);
      pending.add(id);
      return id;
    };
    window.clearTimeout = (id) => { pending.delete(id); clearTimeout0(id); };
    window.observed = new Set();

    const observe = IntersectionObserver.prototype.observe, unobserve = IntersectionObserver.prototype.unobserve;
    IntersectionObserver.prototype.observe = function (el) { observed.add(el); return observe.call(this, el); };
    IntersectionObserver.prototype.unobserve = function (el) { observed.delete(el); return unobserve.call(this, el); };
  </script>`;

  it('upgrades widgets parsed after a blocking script in <head>, and widgets made with createElement', async () => {
    const { win, doc } = await openPage({
      head: `${COUNTERS}<script src="${BUNDLE}"></script>`,
      body: '<belarus-solidarity id="parsed"></belarus-solidarity>',
    });
    const made = doc.createElement('belarus-solidarity');
    made.setAttribute('layout', 'compact');
    doc.body.append(made);
    const widgets = await upgraded(doc);
    expect(widgets).to.have.length(2);
    expect(win.pending.size, 'one shared timer').to.equal(1);
  });

  it('keeps counting when moved, stops costing anything when removed, and is right again when put back', async () => {
    const { win, doc } = await openPage({
      head: COUNTERS,
      body: `<div id="a"><belarus-solidarity></belarus-solidarity></div><div id="b"></div>
             <script src="${BUNDLE}" defer></script><script src="${BUNDLE}" async></script>`,
    });
    const [widget] = await upgraded(doc);
    doc.getElementById('b')!.append(widget!);
    await pause(1100);
    expect(part(widget!, 'seconds')).to.exist;
    expect(win.pending.size).to.equal(1);
    expect(win.observed.size).to.equal(1);

    widget!.remove();
    expect(win.pending.size, 'no timer left').to.equal(0);
    expect(win.observed.size, 'no element observed').to.equal(0);

    const seconds = () => Number(part(widget!, 'seconds')!.textContent);
    const before = seconds();
    await pause(2100);
    expect(seconds(), 'no work while removed').to.equal(before);
    doc.body.append(widget!);
    await (widget as Element & { updateComplete: Promise<unknown> }).updateComplete;
    expect(seconds(), 'the right time at once').to.not.equal(before);
    expect(win.pending.size).to.equal(1);
  });
});

describe('hostile neighbours', () => {
  afterEach(closeAll);

  it('keeps its look under aggressive global CSS', async () => {
    const { doc } = await openPage({
      head: `<style>
        * { box-sizing: content-box !important; line-height: 0 !important; letter-spacing: 0.5em !important;
            text-transform: uppercase !important; font-style: italic !important; white-space: pre !important;
            text-align: right !important; word-spacing: 2em !important; text-shadow: 0 0 3px red !important;
            text-indent: 5em !important; margin: 0 !important; padding: 0 !important; }
        div, span, a, p, button, ul, li { display: inline !important; color: red !important;
            background: yellow !important; border: 5px dotted red !important; font-size: 40px !important; }
        a { text-decoration: line-through !important; }
        body { font: 30px/10 serif; }
      </style>`,
      body: `<div style="width: 320px"><belarus-solidarity join-url="https://example.org/"></belarus-solidarity></div><script src="${BUNDLE}"></script>`,
    });
    const [widget] = await upgraded(doc);
    const summary = getComputedStyle(part(widget!, 'summary')!);
    expect(summary.textTransform).to.equal('none');
    expect(summary.letterSpacing).to.equal('normal');
    expect(summary.whiteSpace).to.equal('normal');
    expect(summary.fontStyle).to.equal('normal');
    expect(summary.textIndent).to.equal('0px');
    expect(summary.display).to.equal('block');
    expect(parseFloat(summary.lineHeight)).to.be.closeTo(parseFloat(summary.fontSize) * 1.5, 1);
    const join = getComputedStyle(part(widget!, 'join')!);
    expect(join.textDecorationLine).to.equal('none');
    expect(join.backgroundColor).to.equal('rgb(179, 18, 31)');
    const box = part(widget!, 'base')!.getBoundingClientRect();
    for (const element of widget!.shadowRoot!.querySelectorAll('[part]')) {
      const rect = element.getBoundingClientRect();
      expect(rect.right, element.getAttribute('part')!).to.be.at.most(box.right + 0.5);
    }
  });

  it('works next to another version of Lit (2.x) on the same page', async () => {
    const { doc } = await openPage({
      head: `<script type="module">
        import { LitElement, html } from '/node_modules/lit-2/index.js';
        customElements.define('lit-two', class extends LitElement { render() { return html\`<p>Lit 2 here</p>\`; } });
      </script>`,
      body: `<lit-two></lit-two><belarus-solidarity></belarus-solidarity><script src="${BUNDLE}" defer></script>`,
    });
    await upgraded(doc);
    const other = doc.querySelector('lit-two')!;
    await waitUntil(() => other.shadowRoot?.textContent?.includes('Lit 2 here'), 'the page’s own Lit element renders');
  });

  it('takes no hooks from page globals: Lit’s polyfill and hydration hooks a page defines are never called', async () => {
    const hooks = ['litHtmlPolyfillSupport', 'litElementPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementHydrateSupport'];
    const { win, doc } = await openPage({
      head: `<script>window.hooked = []; for (const name of ${JSON.stringify(hooks)}) window[name] = () => window.hooked.push(name);</script>`,
      body: `<belarus-solidarity></belarus-solidarity><script src="${BUNDLE}"></script>`,
    });
    await upgraded(doc);
    // The page's hooks are in place (a script of the page's own calls them), and the widget called none.
    expect((win as unknown as { hooked: string[] }).hooked).to.deep.equal([]);
    (win as unknown as Record<string, () => void>).litHtmlPolyfillSupport!();
    expect((win as unknown as { hooked: string[] }).hooked).to.deep.equal(['litHtmlPolyfillSupport']);
  });

  it('works under a custom-elements polyfill that replaces the registry', async () => {
    const { win, doc } = await openPage({
      head: `<script>customElements.forcePolyfill = true;</script>
             <script src="/node_modules/@webcomponents/custom-elements/custom-elements.min.js"></script>`,
      body: `<belarus-solidarity join-url="https://example.org/"></belarus-solidarity><script src="${BUNDLE}"></script>`,
    });
    const [widget] = await upgraded(doc);
    expect((part(widget!, 'join') as HTMLAnchorElement).href).to.equal('https://example.org/');
    expect(win.customElements.get('belarus-solidarity')).to.exist;
  });
});

describe('a page in a legacy encoding, the file served without a charset', () => {
  afterEach(closeAll);

  for (const [page, encoding, text] of [
    ['windows-1251', 'windows-1251', 'Гэта старонка ў кадыроўцы windows-1251'],
    ['iso-8859-2', 'ISO-8859-2', 'Zażółć gęślą jaźń'],
  ] as const) {
    it(`renders every language correctly on a ${encoding} page`, async () => {
      const { doc } = await openPage({ src: `/test/pages/${page}.html` });
      // The page really is in that encoding, and the file really came without a charset.
      expect(doc.characterSet).to.equal(encoding);
      expect(doc.getElementById('page-text')!.textContent).to.contain(text);
      const script = await fetch('/dist/belarus-solidarity.js?charset=none');
      expect(script.headers.get('content-type')).to.equal('text/javascript');

      const widgets = await upgraded(doc);
      expect(widgets).to.have.length(13);
      for (const widget of widgets.slice(0, 12)) {
        const lang = widget.getAttribute('lang') as Language;
        expect(part(widget, 'heading')!.textContent, lang).to.equal(catalogs[lang].heading);
        expect(part(widget, 'summary')!.textContent, lang).to.equal(catalogs[lang].summary);
        expect(part(widget, 'join')!.textContent, lang).to.equal(catalogs[lang].joinLabel);
        expect(widget.shadowRoot!.querySelector('.word')!.textContent, lang).to.be.oneOf(Object.values(catalogs[lang].units.days));
      }
      const mounted = widgets[12]!;
      expect(part(mounted, 'base')!.getAttribute('aria-label')).to.equal(catalogs.be.heading);
    });
  }
});

describe('a page that requires Trusted Types', () => {
  afterEach(closeAll);

  for (const [page, what] of [
    ['trusted-types', "require-trusted-types-for 'script'; trusted-types belarus-solidarity"],
    ['trusted-types-two-lits', "… trusted-types lit-html belarus-solidarity, with the page's own Lit"],
  ] as const) {
    it(`renders under ${what}, with no violation`, async () => {
      const { win, doc } = await openPage({ src: `/test/pages/${page}.html` });
      const widgets = await upgraded(doc);
      expect(widgets).to.have.length(4);
      part(widgets[0]!, 'join')!.click();
      await pause(1100);
      expect(Number(part(widgets[0]!, 'seconds')!.textContent), 'it ticks').to.be.a('number');
      if (page === 'trusted-types-two-lits') {
        const other = doc.querySelector('lit-two')!;
        await waitUntil(() => other.shadowRoot?.textContent?.includes('Lit 2 here'), 'the page’s own Lit element renders');
      }
      expect(win.violations, JSON.stringify(win.violations)).to.deep.equal([]);
      if ('trustedTypes' in win) {
        // The requirement is really in force: a plain string into an HTML sink is refused.
        let refused: unknown;
        try {
          doc.body.innerHTML = '<p>plain string</p>';
        } catch (error) {
          refused = error;
        }
        expect((refused as Error | undefined)?.name).to.equal('TypeError');
        await waitUntil(() => win.violations.length > 0, 'the refused string is reported');
        expect(win.violations[0]).to.match(/^require-trusted-types-for/);
      }
    });
  }
});

/**
 * Older engines, emulated in today's by taking an API away before the script runs: each page must end with
 * a working widget or the fallback link, and no error but the one an engine that cannot parse the file
 * logs itself. See the README's "Browsers".
 */
describe('an engine without what the widget needs', () => {
  afterEach(closeAll);

  const FALLBACK = '<a href="https://example.org/join">4 August: International Day of Solidarity with Belarus</a>';
  /** Runs before anything else on the page: records every uncaught error. */
  const ERRORS = `<script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));</script>`;

  async function pageWithout(takeAway: string, script = `<script src="${BUNDLE}"></script>`): Promise<Frame> {
    return openPage({
      head: `${ERRORS}<script>${takeAway}</script>`,
      body: `<belarus-solidarity join-url="https://example.org/join">${FALLBACK}</belarus-solidarity>
             <div id="mounted"><script src="${BUNDLE}" data-mount data-layout="compact"></script></div>${script}`,
    });
  }

  /** The fallback link as a visitor sees it, and no widget anywhere (data-mount adds none). */
  async function keepsTheFallback({ win, doc }: Frame, errors: string[] = []): Promise<void> {
    await pause(200);
    const widgets = [...doc.querySelectorAll('belarus-solidarity')];
    expect(widgets, 'no widget made for data-mount').to.have.length(1);
    expect(widgets[0]!.shadowRoot, 'not upgraded').to.equal(null);
    const link = widgets[0]!.querySelector('a')!;
    expect(link.getClientRects().length, 'the fallback link is shown').to.be.above(0);
    expect(link.href).to.equal('https://example.org/join');
    expect(win.errors).to.deep.equal(errors);
  }

  /** Both widgets (the pasted one and data-mount's) count down, styled, and nothing went wrong. */
  async function works({ win, doc }: Frame): Promise<void> {
    const widgets = await upgraded(doc);
    expect(widgets).to.have.length(2);
    expect(widgets[0]!.querySelector('a')!.getClientRects().length, 'the fallback is hidden').to.equal(0);
    expect(part(widgets[0]!, 'days')!.textContent).to.equal('33');
    const join = win.getComputedStyle(part(widgets[0]!, 'join')!);
    expect(join.backgroundColor, 'styled: the join link in the accent color').to.equal('rgb(179, 18, 31)');
    expect(win.errors).to.deep.equal([]);
  }

  it('without custom elements: the fallback', async () => {
    await keepsTheFallback(await pageWithout(`Object.defineProperty(window, 'customElements', { value: undefined });`));
  });

  it('without container queries (older than the floor): the fallback', async () => {
    const page = await pageWithout(`{
      const supports = CSS.supports.bind(CSS);
      CSS.supports = (...query) => !String(query).includes('container') && supports(...query);
    }`);
    await keepsTheFallback(page);
  });

  it('without ElementInternals states: the widget', async () => {
    await works(await pageWithout(`delete ElementInternals.prototype.states;`));
  });

  it('without ElementInternals at all: the widget', async () => {
    await works(await pageWithout(`delete HTMLElement.prototype.attachInternals; delete window.ElementInternals;`));
  });

  it('without constructable style sheets: the widget, styled', async () => {
    await works(
      await pageWithout(`for (const proto of [Document.prototype, ShadowRoot.prototype]) delete proto.adoptedStyleSheets;
        delete CSSStyleSheet.prototype.replace; delete CSSStyleSheet.prototype.replaceSync;`),
    );
  });

  it('that cannot parse the file: the fallback, and its parse error alone', async () => {
    // The file with one token no engine parses at its end: nothing of it runs, as in an engine too old for its syntax.
    const source = await (await fetch(BUNDLE)).text();
    const unparsable = `<script>${source.replace(/<\/script/gi, '<\\/script')}\n)</script>`;
    const page = await openPage({
      head: ERRORS,
      body: `<belarus-solidarity join-url="https://example.org/join">${FALLBACK}</belarus-solidarity>${unparsable}`,
    });
    await pause(200);
    // One error, the parse error (WebKit reports it in a srcdoc frame as "Script error.", without details).
    expect(page.win.errors).to.have.length(1);
    expect(page.win.errors[0]).to.match(/SyntaxError|Script error/);
    const widget = page.doc.querySelector('belarus-solidarity')!;
    expect(widget.shadowRoot).to.equal(null);
    expect(widget.querySelector('a')!.getClientRects().length).to.be.above(0);
  });
});
