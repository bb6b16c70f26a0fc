/**
 * One timer for every widget on the page. Each widget asks to be woken at the instant its display changes
 * next (the next second, minute or day, or the edge of its schedule); the timer is set for the earliest of
 * them, so all widgets counting seconds change together and a widget that changes once a day renders once
 * a day (the timer looks in at most hourly, see LONGEST_WAIT). The timer stops while the page is hidden (a
 * background tab, a page in the back/forward cache); on the page's return every widget that was due is
 * brought up to date at once.
 *
 * A wake instant holds only while the computer's clock runs forward in the visitor's zone. When the clock
 * is set back (by hand, by NTP, a virtual machine restored) or the zone changes (a laptop crossing a
 * border), what every widget shows was computed from a time that no longer holds: the clock's next look
 * wakes them all, and each asks again from the time as it is now. A clock set forward needs nothing more:
 * every wake it passed is due.
 */

export type Listener = () => void;

/**
 * The longest single wait. A timer's wait does not count the time a computer sleeps, so a wait of days
 * could end hours late; waking every hour at most bounds that (and stays far below setTimeout's limit of
 * about 24.8 days), and bounds how long a widget that changes once a day can miss a clock set back.
 */
const LONGEST_WAIT = 3_600_000;

const wakes = new Map<Listener, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = 0;
/** The latest time any widget was shown for: the clock reading less than that has been set back. */
let latest = 0;
/**
 * The visitor's zone as the clock last saw it, its offset and name: 'GMT+0200 (Central European Summer Time)'
 * tells a change even to a zone of the same offset today. Unknown ('') once no widget waits.
 */
let zone = Date().slice(25);

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
  const zoneNow = Date().slice(25);
  const all = now < latest || zoneNow !== zone;
  latest = now;
  zone = zoneNow;
  for (const [listener, at] of [...wakes]) {
    if (at > now && !all) continue;
    wakes.delete(listener);
    listener();
  }
  schedule();
}

/**
 * The page hidden or shown again. A page restored from the back/forward cache need not say it became
 * visible, so its `pageshow` counts too (the first one, as the page loads, is one look early).
 */
function onPageChange(): void {
  stop();
  if (!pageHidden()) fire();
}
document.addEventListener('visibilitychange', onPageChange);
addEventListener('pageshow', onPageChange);

/**
 * Calls `listener` once, at `instant` or as soon after as the page is visible; a listener has one wake at a
 * time, and `Infinity` (never) cancels it.
 */
export function wakeAt(listener: Listener, instant: number): void {
  if (instant === Infinity) {
    // The timer stays while others wait: if it was for this wake, it comes early, wakes no one and looks again.
    // With no one waiting the clock stops, and forgets the zone: the next widget may be shown in another.
    if (wakes.delete(listener) && !wakes.size) {
      stop();
      zone = '';
    }
    return;
  }
  wakes.set(listener, instant);
  latest = Math.max(latest, Date.now());
  // Only an earlier wake moves the timer, so that each of a page's many widgets asking to be woken is not
  // a look through all the others (for 200 widgets, 20,000 at every tick).
  if (!pageHidden() && (timer === undefined || instant < timerAt)) setTimer(instant);
}
