/**
 * The countdown's date arithmetic, by both of the ways it reads a named zone: the engine's Temporal, where
 * it has one, and Intl.DateTimeFormat, which the module uses when it finds no Temporal (as in WebKit
 * today); here it is loaded a second time with Temporal hidden, so every engine runs that way too.
 */
import { expect } from '@open-wc/testing';
import * as withTemporal from '../src/countdown.js';
import type { Countdown } from '../src/countdown.js';

const globals = globalThis as { Temporal?: unknown };
const native = globals.Temporal;
delete globals.Temporal;
// The same file under another address is another module, evaluated now, without Temporal.
const withIntl: typeof withTemporal = await import(`../src/countdown.ts?${'without-temporal'}`);
if (native) globals.Temporal = native;

function left(c: Countdown): string {
  return c.today ? `today ${c.year}` : `${c.days}d ${c.hours}h ${c.minutes}m ${c.seconds}s to ${c.year}`;
}

const ways = [
  [withTemporal, native ? 'the engine’s Temporal' : 'Intl (this engine has no Temporal)'],
  [withIntl, 'Intl'],
] as const;

for (const [{ countdownAt, solidarityDayStart, dayStart, canonicalTimeZone, scheduleAt }, way] of ways) {
  const at = (iso: string, zone: string | undefined) => left(countdownAt(Date.parse(iso), zone));
  const iso = (ms: number) => new Date(ms).toISOString();

  describe(`countdownAt, reading a named zone through ${way}`, () => {
    it('starts 4 August at local midnight in zones east and west of UTC', () => {
      expect(new Date(solidarityDayStart(2026, 'Europe/Minsk')).toISOString()).to.equal('2026-08-03T21:00:00.000Z');
      expect(new Date(solidarityDayStart(2026, 'Pacific/Kiritimati')).toISOString()).to.equal('2026-08-03T10:00:00.000Z');
      expect(new Date(solidarityDayStart(2026, 'America/Los_Angeles')).toISOString()).to.equal('2026-08-04T07:00:00.000Z');
      expect(new Date(solidarityDayStart(2026, 'UTC')).toISOString()).to.equal('2026-08-04T00:00:00.000Z');
    });

    it('counts the last second of 3 August, then the whole of 4 August is today', () => {
      expect(at('2026-08-03T23:59:59+03:00', 'Europe/Minsk')).to.equal('0d 0h 0m 1s to 2026');
      expect(at('2026-08-04T00:00:00+03:00', 'Europe/Minsk')).to.equal('today 2026');
      expect(at('2026-08-04T23:59:59.999+03:00', 'Europe/Minsk')).to.equal('today 2026');
      expect(at('2026-08-05T00:00:00+03:00', 'Europe/Minsk')).to.equal('364d 0h 0m 0s to 2027');
    });

    it('rounds a part second up, so zero is never shown before the day', () => {
      expect(at('2026-08-03T23:59:58.001+03:00', 'Europe/Minsk')).to.equal('0d 0h 0m 2s to 2026');
      expect(at('2026-08-03T23:59:59.999+03:00', 'Europe/Minsk')).to.equal('0d 0h 0m 1s to 2026');
    });

    it('uses the zone, not UTC, to decide which day it is', () => {
      // 11:59:59 UTC on 3 August is already the last second of that day in Auckland (UTC+12 in winter)…
      expect(at('2026-08-03T11:59:59Z', 'Pacific/Auckland')).to.equal('0d 0h 0m 1s to 2026');
      expect(at('2026-08-03T12:00:00Z', 'Pacific/Auckland')).to.equal('today 2026');
      // …while in Los Angeles (UTC-7 in summer) 4 August runs until 07:00 UTC on the 5th.
      expect(at('2026-08-05T06:59:59Z', 'America/Los_Angeles')).to.equal('today 2026');
      expect(at('2026-08-05T07:00:00Z', 'America/Los_Angeles')).to.equal('364d 0h 0m 0s to 2027');
      // UTC+14: the first place where the day begins.
      expect(at('2026-08-03T09:59:59Z', 'Pacific/Kiritimati')).to.equal('0d 0h 0m 1s to 2026');
    });

    it('counts real elapsed time across a DST change', () => {
      // Berlin springs forward on 29 March: from noon on 28 March (CET) the wall clock says 128 days 12
      // hours to midnight on 4 August (CEST), but only 128 days 11 hours really pass.
      expect(at('2026-03-28T12:00:00+01:00', 'Europe/Berlin')).to.equal('128d 11h 0m 0s to 2026');
      // Auckland falls back on 5 April: one hour more passes than the calendar shows.
      expect(at('2026-04-01T00:00:00+13:00', 'Pacific/Auckland')).to.equal('125d 1h 0m 0s to 2026');
      // New York springs forward on 8 March 2026.
      expect(at('2026-03-01T00:00:00-05:00', 'America/New_York')).to.equal('155d 23h 0m 0s to 2026');
    });

    it('counts one day more across 29 February', () => {
      expect(at('2027-08-05T00:00:00+03:00', 'Europe/Minsk')).to.equal('365d 0h 0m 0s to 2028');
    });

    it('follows the visitor’s own zone when none is given', () => {
      // The test browsers run in Pacific/Auckland (see web-test-runner.config.mjs).
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Auckland');
      expect(at('2026-08-03T11:59:59Z', undefined)).to.equal('0d 0h 0m 1s to 2026');
      expect(at('2026-08-03T12:00:00Z', undefined)).to.equal('today 2026');
    });
  });

  describe(`the zones partners name, through ${way}`, () => {
    it('starts 4 August at midnight where there is daylight saving time, none, or it is winter (Sydney)', () => {
      expect(iso(solidarityDayStart(2027, 'Europe/Berlin'))).to.equal('2027-08-03T22:00:00.000Z');
      expect(iso(solidarityDayStart(2027, 'America/New_York'))).to.equal('2027-08-04T04:00:00.000Z');
      expect(iso(solidarityDayStart(2027, 'Europe/Minsk'))).to.equal('2027-08-03T21:00:00.000Z');
      expect(iso(solidarityDayStart(2027, 'Australia/Sydney'))).to.equal('2027-08-03T14:00:00.000Z');
    });

    it('counts from a season whose offset differs from 4 August’s: winter in Berlin and New York, summer in Sydney', () => {
      // Berlin at UTC+1 on 1 February, UTC+2 on 4 August: one hour less than the wall clocks' difference.
      expect(at('2027-02-01T00:00:00+01:00', 'Europe/Berlin')).to.equal('183d 23h 0m 0s to 2027');
      expect(at('2027-02-01T00:00:00-05:00', 'America/New_York')).to.equal('183d 23h 0m 0s to 2027');
      // Sydney at UTC+11 in January, UTC+10 in August: one hour more.
      expect(at('2027-01-10T00:00:00+11:00', 'Australia/Sydney')).to.equal('206d 1h 0m 0s to 2027');
      // Minsk keeps UTC+3 all year.
      expect(at('2027-02-01T00:00:00+03:00', 'Europe/Minsk')).to.equal('184d 0h 0m 0s to 2027');
    });

    it('is on the day from the zone’s midnight to the next, and counts to the next year after', () => {
      expect(at('2027-08-03T21:59:59Z', 'Europe/Berlin')).to.equal('0d 0h 0m 1s to 2027');
      expect(at('2027-08-03T22:00:00Z', 'Europe/Berlin')).to.equal('today 2027');
      expect(at('2027-08-04T13:59:59Z', 'Australia/Sydney')).to.equal('today 2027');
      expect(at('2027-08-04T14:00:00Z', 'Australia/Sydney')).to.equal('365d 0h 0m 0s to 2028');
      expect(countdownAt(Date.parse('2027-08-04T12:00:00Z'), 'America/New_York').nextChange).to.equal(Date.parse('2027-08-05T04:00:00Z'));
    });

    it('finds a day’s first instant where a change skips its midnight, and the schedule’s first day in the zone', () => {
      // Santiago springs forward at midnight on the first Sunday of September 2027: 5 September starts at 01:00.
      expect(iso(dayStart(2027, 9, 5, 'America/Santiago'))).to.equal('2027-09-05T04:00:00.000Z');
      // Seven days before 4 August rolls back into July, in the zone.
      const schedule = scheduleAt(Date.parse('2027-07-27T23:00:00+02:00'), 'Europe/Berlin', 7);
      expect(schedule).to.deep.equal({ shown: false, nextChange: Date.parse('2027-07-28T00:00:00+02:00') });
    });

    it('takes a zone’s name in any case, and nothing else', () => {
      expect(canonicalTimeZone('europe/minsk')).to.equal('Europe/Minsk');
      expect(canonicalTimeZone('AUSTRALIA/SYDNEY')).to.equal('Australia/Sydney');
      expect(canonicalTimeZone('Mars/Olympus_Mons')).to.equal(null);
      // Temporal would read UTC out of a date; Intl refuses one, and so does the widget either way.
      expect(canonicalTimeZone('2027-08-04T00:00:00Z')).to.equal(null);
      expect(at('2027-08-03T20:59:59Z', 'europe/minsk')).to.equal('0d 0h 0m 1s to 2027');
    });
  });
}
