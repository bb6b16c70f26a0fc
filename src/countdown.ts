/**
 * Date arithmetic for the countdown: where 4 August begins in a time zone and how much real time is left
 * until then. Plain functions over epoch milliseconds, so tests can call them without an element.
 */

/** The day of solidarity: 4 August (month is 1-based). */
export const SOLIDARITY_MONTH = 8;
export const SOLIDARITY_DAY = 4;

const SECOND = 1000;
const DAY_MS = 86_400_000;

/** A zone the `Intl` API accepts, or `undefined` for the visitor's own zone. */
export type TimeZone = string | undefined;

export type Countdown =
  | { readonly today: true; readonly year: number; readonly nextChange: number }
  | {
      readonly today: false;
      /** The instant the display next changes. */
      readonly nextChange: number;
      /** The year of the 4 August being counted down to. */
      readonly year: number;
      readonly days: number;
      readonly hours: number;
      readonly minutes: number;
      readonly seconds: number;
    };

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The engine's own Temporal, where it has one (Chromium 144, Firefox 139 and later), for a named zone. It
 * reads the same zone data as Intl, but the first Intl.DateTimeFormat a page builds loads the engine's
 * locale data first, which made the first render with a named zone 1.9 times as long as without and added
 * 52 ms of blocking time (CPU 4x); the first Temporal zone takes a few milliseconds. A page's own Temporal
 * (a polyfill, which is built on Intl) is left alone.
 */
const temporal = ((): TemporalNamespace | undefined => {
  try {
    // Without a Temporal, reading its Instant throws too.
    const found = (globalThis as { Temporal?: TemporalNamespace }).Temporal!;
    if (/\[native code/.test(Function.prototype.toString.call(found.Instant))) return found;
  } catch {}
  return undefined;
})();

/** What the widget uses of Temporal (not yet in TypeScript's library). */
interface TemporalNamespace {
  Instant: { fromEpochMilliseconds(ms: number): { toZonedDateTimeISO(zone: string): ZonedDateTime } };
  PlainDate: new (year: number, month: number, day: number) => { add(duration: { days: number }): { toZonedDateTime(zone: string): ZonedDateTime } };
}
interface ZonedDateTime extends WallClock {
  readonly epochMilliseconds: number;
  readonly timeZoneId: string;
}

// Elsewhere formatToParts is the only portable way to read a wall clock in an arbitrary zone; a formatter
// is costly to build, so each zone keeps one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The zone's canonical name if `Intl` knows it (`europe/minsk` → `Europe/Minsk`), otherwise `null`.
 * Never throws.
 */
export function canonicalTimeZone(zone: string): string | null {
  try {
    // Temporal also reads a zone out of a date string ("2026-08-04T00:00Z" is UTC), which Intl refuses: it
    // answers here only for a zone's own name, in any case.
    const id = temporal?.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone).timeZoneId;
    if (id?.toLowerCase() === zone.toLowerCase()) return id;
    const canonical = formatterFor(zone).resolvedOptions().timeZone;
    // Cache under the canonical name too, so spellings of one zone share a formatter.
    if (!formatters.has(canonical)) formatters.set(canonical, formatterFor(zone));
    return canonical;
  } catch {
    return null;
  }
}

function wallClock(instant: number, zone: TimeZone): WallClock {
  if (zone === undefined) {
    // The visitor's own zone is the one Date already reads; building a formatter (and loading its zone
    // data) would cost the first render tens of milliseconds.
    const d = new Date(instant);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    };
  }
  if (temporal) return temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone);
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: TimeZone): number {
  const c = wallClock(instant, zone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / SECOND) * SECOND;
}

// Where a day begins in a zone cannot change, so each (zone, date) is computed once.
const dayStarts = new Map<string, number>();

/**
 * The first instant of a date in `zone` (month 1-based; a day outside the month rolls over, so 4 August
 * minus seven days is 28 July). Usually local midnight; where a DST change skips midnight it is the first
 * instant that exists on that day, and where midnight happens twice, the first.
 */
export function dayStart(year: number, month: number, day: number, zone: TimeZone): number {
  // The visitor's zone is Date's own, and it can change while the page is open (a laptop crossing a border),
  // so nothing of it is cached. Date finds the same instant: after a skipped midnight, the first that
  // exists; of a midnight that happens twice, the first.
  if (zone === undefined) return +new Date(year, month - 1, day);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  const key = `${zone}|${midnightAsUtc}`;
  let start = dayStarts.get(key);
  if (start === undefined && temporal) {
    // A date's start of day in the zone: the same first instant as below.
    start = new temporal.PlainDate(year, month, 1).add({ days: day - 1 }).toZonedDateTime(zone).epochMilliseconds;
    dayStarts.set(key, start);
  }
  if (start === undefined) {
    // The offsets in force a day either side cover any change near midnight.
    const candidates = [-DAY_MS, 0, DAY_MS].map((shift) => midnightAsUtc - offsetAt(midnightAsUtc + shift, zone));
    const onTheDay = candidates.filter((t) => {
      const c = wallClock(t, zone);
      return Date.UTC(c.year, c.month - 1, c.day) === midnightAsUtc;
    });
    start = Math.min(...(onTheDay.length ? onTheDay : candidates));
    dayStarts.set(key, start);
  }
  return start;
}

/** The first instant of 4 August of `year` in `zone`. */
export function solidarityDayStart(year: number, zone: TimeZone): number {
  return dayStart(year, SOLIDARITY_MONTH, SOLIDARITY_DAY, zone);
}

/** The finest unit the countdown shows, and so how often it changes. */
export type Precision = 'second' | 'minute' | 'day';

/**
 * What the widget shows at `now` in `zone`: the whole of 4 August is "today"; at any other moment, the
 * real time left until the next 4 August begins, down to `precision`. The last unit shown rounds up, so the
 * display reaches zero only when the day has come. To the day, the count is of calendar days in the zone
 * (on 3 August, one day), so it changes at the zone's midnight, not at the hour a DST change moves it to.
 * `nextChange` is the instant the display changes next.
 */
export function countdownAt(now: number, zone: TimeZone, precision: Precision = 'second'): Countdown {
  const { year, month, day } = wallClock(now, zone);
  if (month === SOLIDARITY_MONTH && day === SOLIDARITY_DAY) {
    return { today: true, year, nextChange: dayStart(year, SOLIDARITY_MONTH, SOLIDARITY_DAY + 1, zone) };
  }
  const beforeTheDay = month < SOLIDARITY_MONTH || (month === SOLIDARITY_MONTH && day < SOLIDARITY_DAY);
  const targetYear = beforeTheDay ? year : year + 1;
  const target = solidarityDayStart(targetYear, zone);
  if (precision === 'day') {
    const days = Math.round((Date.UTC(targetYear, SOLIDARITY_MONTH - 1, SOLIDARITY_DAY) - Date.UTC(year, month - 1, day)) / DAY_MS);
    return { today: false, year: targetYear, days, hours: 0, minutes: 0, seconds: 0, nextChange: dayStart(year, month, day + 1, zone) };
  }
  const unit = precision === 'minute' ? 60 * SECOND : SECOND;
  const units = Math.max(1, Math.ceil((target - now) / unit));
  const left = (units * unit) / SECOND;
  // One unit fewer shows from the instant exactly `units - 1` are left (in the past only if the zone's
  // data disagree with themselves: then a unit from now, never a busy loop).
  const change = target - (units - 1) * unit;
  return {
    today: false,
    year: targetYear,
    days: Math.floor(left / 86_400),
    hours: Math.floor(left / 3600) % 24,
    minutes: Math.floor(left / 60) % 60,
    seconds: left % 60,
    nextChange: change > now ? change : now + unit,
  };
}

/**
 * Whether a widget that shows from `daysBefore` days before 4 August through the end of the day is shown
 * at `now`, and the instant that changes; `countdown` is the one at `now` in `zone` (any precision), so
 * the wall clock is read once. `null` means always shown.
 */
export function scheduleAt(
  now: number,
  zone: TimeZone,
  daysBefore: number | null,
  countdown = countdownAt(now, zone),
): { shown: boolean; nextChange: number } | null {
  if (daysBefore === null) return null;
  if (countdown.today) return { shown: true, nextChange: countdown.nextChange };
  const opens = dayStart(countdown.year, SOLIDARITY_MONTH, SOLIDARITY_DAY - daysBefore, zone);
  return now >= opens
    ? { shown: true, nextChange: solidarityDayStart(countdown.year, zone) }
    : { shown: false, nextChange: opens };
}
