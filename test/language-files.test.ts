/**
 * The files of one language, dist/belarus-solidarity.<code>.js, as partners load them: each on a page in
 * another language shows its own in every layout, in a 240 px column with nothing sticking out, and a
 * widget whose own `lang` names another language
 * shows the file's, with one warning that names the file of every language. Each file in a fresh frame.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { catalogs, type Language } from '../src/i18n/index.js';
import './readable-failures.js';

const CLOCK = '<script src="/test/pages/fixed-clock.js"></script>';
const LAYOUTS = ['card', 'compact', 'banner'];

/** A page in `pageLang` with one widget of each layout and one whose own `lang` is `ownLang`, and `file` loaded. */
async function pageWith(file: string, pageLang: string, ownLang: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 900px; height: 700px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><base href="${location.origin}/">${CLOCK}
    <script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };</script></head>
    <body><div style="width: 240px">${LAYOUTS.map((layout) => `<belarus-solidarity layout="${layout}"></belarus-solidarity>`).join('')}
    <belarus-solidarity id="own" lang="${ownLang}"></belarus-solidarity></div>
    <script src="/dist/${file}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { warnings: string[] };
  const widgets = [...frame.contentDocument!.querySelectorAll('belarus-solidarity')];
  await waitUntil(() => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]')), `${file} renders`);
  return { frame, win, widgets };
}

/** What sticks out of a widget's box, by name. */
const outside = (widget: Element) => {
  const box = widget.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .filter((element) => element.getClientRects().length && !element.classList.contains('spoken'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
    })
    .map((element) => `${element.localName}.${element.className}`);
};

/** The language a widget shows, and the day's name as it shows it. */
const shown = (widget: Element) => {
  const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
  return { lang: base.getAttribute('lang'), name: base.getAttribute('aria-label') ?? widget.shadowRoot!.querySelector('[part~="heading"] slot')!.textContent };
};

describe('the file of one language', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const language of Object.keys(catalogs) as Language[]) {
    it(`belarus-solidarity.${language}.js shows ${language} on a page in another language, in every layout, and says where the others are`, async () => {
      const other = language === 'de' ? 'fr' : 'de';
      const { win, widgets } = await pageWith(`belarus-solidarity.${language}.js`, other, other);
      expect(widgets.map(shown)).to.deep.equal(widgets.map(() => ({ lang: language, name: catalogs[language].heading })));
      // In a 240 px column, nothing sticks out, however long the language's words.
      expect(widgets.flatMap(outside), 'outside the widget at 240 px').to.deep.equal([]);
      expect(win.warnings).to.deep.equal([
        `<belarus-solidarity>: lang="${other}": this file, belarus-solidarity.${language}.js, speaks only ${language}; ` +
          `belarus-solidarity.js speaks ${other} and every other language. Showing ${language}.`,
      ]);
    });
  }

  it('the file of every language follows the page’s language as before', async () => {
    const { win, widgets } = await pageWith('belarus-solidarity.js', 'pl', 'lt');
    expect(widgets.map(shown)).to.deep.equal([...LAYOUTS.map(() => ({ lang: 'pl', name: catalogs.pl.heading })), { lang: 'lt', name: catalogs.lt.heading }]);
    expect(win.warnings).to.deep.equal([]);
  });
});
