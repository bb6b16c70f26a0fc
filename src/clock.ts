/**
 * One timer for every widget on the page. It fires just after each whole second of `Date.now()`, so all
 * instances change their display together, and it stops when nobody listens.
 */

export type Listener = () => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  // Timers drift and pause during sleep; re-aligning on every tick keeps the display on the second.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function tick(): void {
  for (const listener of [...listeners]) listener();
  if (listeners.size) schedule();
  else timer = undefined;
}

/** Calls `listener` on every second until the returned function is called. */
export function everySecond(listener: Listener): () => void {
  listeners.add(listener);
  if (timer === undefined) schedule();
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}
