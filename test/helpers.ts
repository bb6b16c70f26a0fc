/** What a visitor sees, read from the widget's shadow DOM, and a fake clock to set the instant. */
import { fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import type { BelarusSolidarity } from '../src/belarus-solidarity.js';

export type Shown =
  | { today: string }
  | { days: string; hours: string; minutes: string; seconds: string; words: string[]; spoken: string };

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The countdown as shown: each number with its unit words, or the "today" message. */
export function shown(el: BelarusSolidarity): Shown {
  const countdown = part(el, 'countdown')!;
  const days = part(el, 'days');
  if (!days) return { today: countdown.textContent!.trim() };
  const text = (name: string) => part(el, name)!.textContent!.trim();
  return {
    days: text('days'),
    hours: text('hours'),
    minutes: text('minutes'),
    seconds: text('seconds'),
    words: [...countdown.querySelectorAll('.word')].map((w) => w.textContent!.trim()),
    spoken: countdown.querySelector('.visually-hidden')!.textContent!.trim(),
  };
}

/** The four numbers only, for compact assertions: "128d 11h 0m 0s". */
export function numbers(el: BelarusSolidarity): string {
  const s = shown(el);
  return 'today' in s ? 'today' : `${s.days}d ${s.hours}h ${s.minutes}m ${s.seconds}s`;
}

/**
 * Freezes time at `iso` (an instant with an explicit offset) for the test. Only the clock's own tools are
 * faked, so Mocha and the accessibility checker keep their timers. Restored after the fixtures are
 * removed, so no widget ever clears a fake timer with the real clearTimeout or the reverse.
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
      clock?.restore();
      clock = sinon.useFakeTimers({ now: Date.parse(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      return clock;
    },
  };
}

export function isToday(el: Element): boolean {
  return el.matches(':state(today)');
}
