import { expect } from '@open-wc/testing';
import { countdownAt, solidarityDayStart, type Countdown } from '../src/countdown.js';

function left(c: Countdown): string {
  return c.today ? `today ${c.year}` : `${c.days}d ${c.hours}h ${c.minutes}m ${c.seconds}s to ${c.year}`;
}

const at = (iso: string, zone: string | undefined) => left(countdownAt(Date.parse(iso), zone));

describe('countdownAt', () => {
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
