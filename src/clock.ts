/**
 * One timer for every widget on the page. It fires just after each whole second of `Date.now()`, so all
 * instances change their display together; it stops when nobody listens and while the page is hidden
 * (a background tab), and on the page's return it brings every listener up to date at once.
 *
 * It never waits more than a second, so `setTimeout`'s limit of about 24.8 days is never near.
 */

export type Listener = () => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

const pageHidden = () => document.visibilityState === 'hidden';

function schedule(): void {
  if (timer !== undefined || !listeners.size || pageHidden()) return;
  // Timers drift and pause during sleep; re-aligning on every tick keeps the display on the second.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function stop(): void {
  clearTimeout(timer);
  timer = undefined;
}

function tick(): void {
  timer = undefined;
  for (const listener of [...listeners]) listener();
  schedule();
}

function onVisibilityChange(): void {
  if (pageHidden()) stop();
  else if (timer === undefined && listeners.size) tick();
}

/** Calls `listener` on every second until the returned function is called. */
export function everySecond(listener: Listener): () => void {
  if (!listeners.size) document.addEventListener('visibilitychange', onVisibilityChange);
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    stop();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
