/**
 * Runs in browsers whose language is Polish (see web-test-runner.config.mjs): the configurator speaks the
 * reader's language, lets them choose another, and gives the same snippet in every one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openDemo } from '../demo-page.js';

/** The texts of the page a reader sees as labels, headings, buttons and menu entries, by where they are. */
function labels(page: Document): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of page.querySelectorAll<HTMLElement>('[data-text]')) found.set(`text ${element.dataset.text}`, element.textContent!.replace(/\s+/g, ' ').trim());
  for (const element of page.querySelectorAll<HTMLInputElement>('[data-text-placeholder]')) found.set(`placeholder ${element.dataset.textPlaceholder}`, element.placeholder);
  for (const option of page.querySelectorAll<HTMLOptionElement>('#platform option')) found.set(`platform ${option.value}`, option.text);
  for (const id of ['download', 'file-size', 'language-status']) found.set(`#${id}`, page.getElementById(id)!.textContent!.trim());
  return found;
}

/** The platforms' own names, the same in every language. */
const SAME_IN_POLISH = new Set(['blogger', 'ghost', 'tilda', 'wix', 'google-sites', 'squarespace', 'webflow'].map((id) => `platform ${id}`));

async function opened(path = '/demo/index.html') {
  const demo = await openDemo(path);
  await waitUntil(() => demo.page.documentElement.hasAttribute('data-ready'), 'the configurator starts', { timeout: 10_000 });
  return demo;
}

async function choose(demo: Awaited<ReturnType<typeof opened>>, selector: string, value: string) {
  const select = demo.page.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => !demo.page.getElementById('snippet')!.hasAttribute('data-pending'), 'the snippet is written', { timeout: 5000 });
}

describe('the configurator in a browser set to Polish', () => {
  it('is what this browser reports', () => {
    expect(navigator.languages[0]).to.match(/^pl\b/);
  });

  it('speaks Polish: the page’s lang, and no English label left', async () => {
    const demo = await opened();
    const english = await openDemo('/demo/index.html');
    try {
      expect(demo.page.documentElement.lang).to.equal('pl');
      expect(demo.page.querySelector('h1')!.textContent).to.not.equal('Put the day on your site');
      // The same page, put in English by its switch: every label differs but those that are the same words.
      await waitUntil(() => english.page.documentElement.hasAttribute('data-ready'), 'the second page starts', { timeout: 10_000 });
      await choose(english, '#page-language', 'en');
      await waitUntil(() => english.page.documentElement.lang === 'en', 'the switch to English');
      const polish = labels(demo.page);
      const source = labels(english.page);
      const left = [...polish].filter(([where, text]) => text === source.get(where) && !SAME_IN_POLISH.has(where));
      expect(left, 'texts still in English').to.deep.equal([]);
      expect(polish.size).to.equal(source.size);
      // A draft says it is one, in Polish.
      expect(demo.page.getElementById('page-language-status')!.hidden).to.be.false;
      expect(demo.win.recordedErrors).to.deep.equal([]);
    } finally {
      demo.frame.remove();
      english.frame.remove();
    }
  });

  it('switches to another language at the reader’s word, and the page’s lang follows', async () => {
    const demo = await opened();
    try {
      const switcher = demo.page.getElementById('page-language') as HTMLSelectElement;
      expect(switcher.value).to.equal('pl');
      expect(switcher.selectedOptions[0].text).to.equal('Polski');
      const polish = demo.page.querySelector('h1')!.textContent;
      const firstPlatform = () => demo.page.querySelector<HTMLOptionElement>('#platform option')!.text;
      const polishPlatform = firstPlatform();
      await choose(demo, '#page-language', 'de');
      await waitUntil(() => demo.page.documentElement.lang === 'de', 'German');
      const german = demo.page.querySelector('h1')!.textContent;
      expect([polish, 'Put the day on your site'], 'the title in German').to.not.include(german);
      expect([polishPlatform, 'A page of my own site (HTML)'], 'the first platform in German').to.not.include(firstPlatform());
      await choose(demo, '#page-language', 'en');
      await waitUntil(() => demo.page.documentElement.lang === 'en', 'English');
      expect(demo.page.querySelector('h1')!.textContent).to.equal('Put the day on your site');
      expect(demo.page.getElementById('page-language-status')!.hidden, 'English is the source, not a draft').to.be.true;
      expect(demo.win.recordedErrors).to.deep.equal([]);
    } finally {
      demo.frame.remove();
    }
  });

  it('gives for Blogger, made in Polish, the same snippet as made in English', async () => {
    const demo = await opened();
    try {
      const form = demo.page.getElementById('options') as HTMLFormElement;
      await choose(demo, '#platform', 'blogger');
      await choose(demo, 'select[name="lang"]', 'be');
      await choose(demo, 'select[name="layout"]', 'compact');
      const join = form.elements.namedItem('join-url') as HTMLInputElement;
      join.value = 'https://example.org/4-august';
      join.dispatchEvent(new Event('input', { bubbles: true }));
      const address = demo.page.getElementById('script-url') as HTMLInputElement;
      address.value = 'https://files.example.org/belarus-solidarity.be.js';
      address.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => !demo.page.getElementById('snippet')!.hasAttribute('data-pending'));
      const inPolish = demo.page.getElementById('snippet')!.textContent!;
      expect(inPolish).to.contain('lang="be"').and.contain('layout="compact"').and.contain('Міжнародны');
      await choose(demo, '#page-language', 'en');
      await waitUntil(() => demo.page.documentElement.lang === 'en', 'English');
      await waitUntil(() => !demo.page.getElementById('snippet')!.hasAttribute('data-pending'));
      expect(demo.page.getElementById('snippet')!.textContent).to.equal(inPolish);
      expect(demo.win.recordedErrors).to.deep.equal([]);
    } finally {
      demo.frame.remove();
    }
  });
});
