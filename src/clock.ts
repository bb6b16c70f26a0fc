/**
 * One timer for every widget on the page. Each widget asks to be woken at the instant its display changes
 * next (the next second, minute or day, or the edge of its schedule); the timer is set for the earliest of
 * them, so all widgets counting seconds change together and a widget that changes once a day renders once
 * a day (the timer looks in at most hourly, see LONGEST_WAIT). The timer stops while the page is hidden (a background tab); on the page's return every widget that
 * was due is brought up to date at once.
 */

export type Listener = () => void;

/**
 * The longest single wait. A timer's wait does not count the time a computer sleeps, so a wait of days
 * could end hours late; waking every hour at most bounds that (and stays far below setTimeout's limit of
 * about 24.8 days).
 */
const LONGEST_WAIT = 3_600_000;

const wakes = new Map<Listener, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = 0;

const pageHidden = () => document.visibilityState === 'hidden';

/** Sets the timer for the earliest wake, looking through all of them: after a wake-up or on the page's return. */
function schedule(): void {
  if (!wakes.size || pageHidden()) return stop();
  setTimer(Math.min(...wakes.values()));
}

function setTimer(next: number): void {
  if (timer !== undefined && timerAt === next) return;
  clearTimeout(timer);
  timerAt = next;
  timer = setTimeout(fire, Math.min(Math.max(0, next - Date.now()), LONGEST_WAIT));
}

function stop(): void {
  clearTimeout(timer);
  timer = undefined;
}

function fire(): void {
  timer = undefined;
  const now = Date.now();
  for (const [listener, at] of [...wakes]) {
    if (at > now) continue;
    wakes.delete(listener);
    listener();
  }
  schedule();
}

function onVisibilityChange(): void {
  if (pageHidden()) stop();
  else fire();
}

/** Calls `listener` once, at `instant` or as soon after as the page is visible, unless cancelled first. */
export function wakeAt(instant: number, listener: Listener): () => void {
  if (!wakes.size) document.addEventListener('visibilitychange', onVisibilityChange);
  wakes.set(listener, instant);
  // Only an earlier wake moves the timer, so that each of a page's many widgets asking to be woken is not
  // a look through all the others (for 200 widgets, 20,000 at every tick).
  if (!pageHidden() && (timer === undefined || instant < timerAt)) setTimer(instant);
  return () => {
    if (!wakes.delete(listener)) return;
    // The timer stays: if it was for this wake, it comes early, wakes no one and looks again.
    if (wakes.size) return;
    document.removeEventListener('visibilitychange', onVisibilityChange);
    stop();
  };
}
