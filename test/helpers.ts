/** What a visitor sees, read from the widget's shadow DOM, and a fake clock to set the instant. */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';
import './readable-failures.js';

export type Shown =
  | { today: string }
  | { days: string; hours: string; minutes: string; seconds: string; words: string[]; spoken: string };

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The part if the visitor sees it (it has a box), else null: units a precision leaves out are never shown. */
export function shownPart(el: Element, name: string): HTMLElement | null {
  const found = part(el, name);
  return found?.getClientRects().length ? found : null;
}

/** How many lines the four numbers are on: 1 in a row, 2 two by two. */
export function numberRows(el: Element): number {
  return new Set(['days', 'hours', 'minutes', 'seconds'].map((n) => Math.round(part(el, n)!.getBoundingClientRect().top))).size;
}

/** The countdown as shown: each number with its unit words, or the "today" message. */
/**
 * The unit words in the order of the numbers shown, each the word a visitor sees directly under its number
 * (the words are not inside their numbers' boxes; only the layout puts them there), or `(not under its
 * number)`.
 */
export function wordsUnderNumbers(countdown: Element): string[] {
  const words = [...countdown.querySelectorAll('.word')].map((w) => ({ text: w.textContent!.trim(), box: w.getBoundingClientRect() }));
  const shownNumbers = [...countdown.querySelectorAll('.number')].filter((number) => number.getClientRects().length);
  return shownNumbers.map((number) => {
    const box = number.getBoundingClientRect();
    const under = words.find((w) => Math.abs(w.box.left - box.left) < 1 && Math.abs(w.box.width - box.width) < 1 && Math.abs(w.box.top - box.bottom) < 1);
    return under?.text ?? '(not under its number)';
  });
}

export function shown(el: BelarusSolidarity): Shown {
  const countdown = part(el, 'countdown')!;
  // On 4 August the units are there, empty and without a box: the countdown shows the day's message.
  if (!shownPart(el, 'days')) return { today: countdown.textContent!.trim() };
  const text = (name: string) => part(el, name)?.textContent?.trim() ?? '';
  return {
    days: text('days'),
    hours: text('hours'),
    minutes: text('minutes'),
    seconds: text('seconds'),
    words: wordsUnderNumbers(countdown),
    spoken: countdown.querySelector('.spoken')!.textContent!.trim(),
  };
}

/** The four numbers only, for compact assertions: "128d 11h 0m 0s". */
export function numbers(el: BelarusSolidarity): string {
  const s = shown(el);
  return 'today' in s ? 'today' : `${s.days}d ${s.hours}h ${s.minutes}m ${s.seconds}s`;
}

/**
 * Freezes time at `iso` (an instant with an explicit offset) for the test. Only the clock's own tools are
 * faked, so Mocha and the accessibility checker keep their timers. Every change of clock removes the
 * fixtures first, so no widget ever clears a fake timer with the real clearTimeout or the reverse.
 */
export function useClock(): { at(iso: string): sinon.SinonFakeTimers } {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    fixtureCleanup();
    clock?.restore();
    clock = undefined;
  });
  return {
    at(iso) {
      // A widget still on the page would keep the shared timer's id from the old clock, which the new
      // clock never fires: the page would stop ticking. So a new instant starts on an empty page.
      fixtureCleanup();
      clock?.restore();
      clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      return clock;
    },
  };
}

export function isToday(el: Element): boolean {
  return el.matches(':state(today)');
}

/** WCAG 2 contrast ratio of two computed CSS colors (`rgb(…)` or `rgba(…)`, opaque). */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The text/background pairs a visitor reads, each as [what, text color, background color]. */
export function colorPairs(el: Element): Array<[string, string, string]> {
  const style = (name: string) => getComputedStyle(part(el, name)!);
  const background = style('base').backgroundColor;
  const pairs: Array<[string, string, string]> = [['countdown', style('countdown').color, background]];
  for (const name of ['heading', 'summary', 'days']) if (part(el, name)) pairs.push([name, style(name).color, background]);
  const word = el.shadowRoot!.querySelector('.word');
  if (word) pairs.push(['unit word', getComputedStyle(word).color, background]);
  pairs.push(['join', style('join').color, style('join').backgroundColor]);
  return pairs;
}

/** Opens "About the appeal" as a visitor does, and waits for its content to be built. */
export async function openAppeal(el: BelarusSolidarity): Promise<void> {
  const toggle = part(el, 'read-more')?.querySelector('button');
  if (!toggle || toggle.getAttribute('aria-expanded') === 'true') return;
  toggle.click();
  await el.updateComplete;
}

/** Every element in the widget's shadow root. */
export function shadowElements(el: Element): Element[] {
  return [...el.shadowRoot!.querySelectorAll('*')];
}

export const LAYOUTS = ['card', 'banner', 'compact'] as const;

/**
 * Axe over a page that holds the widget in each layout and the given theme, first counting down, then on
 * 4 August with the card's appeal open: the element itself and the whole page around it must have no
 * violations.
 */
export async function auditEveryLayout(theme: string): Promise<void> {
  const c = sinon.useFakeTimers({ now: Date.parse('2026-08-03T23:59:58+12:00'), toFake: ['Date'] });
  try {
    const page = await fixture<HTMLElement>(html`
      <main>
        <h1>A partner’s page</h1>
        ${LAYOUTS.map((layout) => html`<belarus-solidarity layout=${layout} theme=${theme}></belarus-solidarity>`)}
      </main>
    `);
    const widgets = [...page.querySelectorAll('belarus-solidarity')];
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const state of ['counting', 'today']) {
      if (state === 'today') {
        c.setSystemTime(Date.parse('2026-08-04T00:00:00+12:00'));
        widgets.forEach((w) => w.requestUpdate());
        await Promise.all(widgets.map((w) => w.updateComplete));
        expect(widgets.every(isToday), 'today state').to.be.true;
        // The rest of the appeal is built when opened: audited open too.
        await openAppeal(widgets[0] as BelarusSolidarity);
        expect(widgets[0]!.shadowRoot!.querySelectorAll('li').length, 'the appeal is open').to.be.above(0);
      }
      for (const widget of widgets) await expect(widget, `${widget.layout} ${state}`).to.be.accessible();
      await expect(document.body, `page, ${state}`).to.be.accessible();
    }
  } finally {
    c.restore();
  }
}

/** Every change made to the widget's shadow DOM while `action` runs, as "kind: new text or attribute". */
export async function changesDuring(el: BelarusSolidarity, action: () => Promise<void>): Promise<string[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  await action();
  records.push(...observer.takeRecords());
  observer.disconnect();
  // A text changed in place, an element's text replaced (with what it says now), or an attribute.
  return records.map((r) =>
    r.type === 'characterData' ? `text: ${r.target.textContent}` : r.type === 'childList' ? `text of ${(r.target as Element).className || r.target.nodeName}: ${r.target.textContent}` : `attribute: ${r.attributeName}`,
  );
}

/** Loads the built single file into the page, as a partner's script tag does. */
export function loadBuiltFile(): Promise<void> {
  const script = document.createElement('script');
  script.src = '/dist/belarus-solidarity.js';
  return new Promise((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = reject;
    document.head.append(script);
  });
}
