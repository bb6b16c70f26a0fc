/**
 * The "add to calendar" file: an iCalendar (RFC 5545) all-day event on 4 August that repeats every year,
 * made in the browser from the widget's own texts, so adding the day to a calendar sends nothing anywhere.
 */
import { SOLIDARITY_DAY, SOLIDARITY_MONTH } from './countdown.js';

export interface CalendarEvent {
  /** The first 4 August the event falls on. */
  year: number;
  title: string;
  description: string;
  /** BCP 47 language of the title and description. */
  language: string;
  /** The join link, if the widget has one. */
  url?: string | null;
  /** When the file is made, for DTSTAMP. */
  now: number;
}

export const CALENDAR_FILE_NAME = 'solidarity-with-belarus-4-august.ics';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (pieces.length ? 74 : 75)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateValue(year: number, month: number, day: number): string {
  return `${year}${pad(month)}${pad(day)}`;
}

function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function icsFor(event: CalendarEvent): string {
  const next = new Date(Date.UTC(event.year, SOLIDARITY_MONTH - 1, SOLIDARITY_DAY + 1));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//belarus-solidarity//widget//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // One UID for every copy, so adding the day twice updates one event instead of making two.
    'UID:international-day-of-solidarity-with-belarus-4-august@belarus-solidarity',
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART;VALUE=DATE:${dateValue(event.year, SOLIDARITY_MONTH, SOLIDARITY_DAY)}`,
    `DTEND;VALUE=DATE:${dateValue(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())}`,
    'RRULE:FREQ=YEARLY',
    `SUMMARY;LANGUAGE=${event.language}:${text(event.title)}`,
    `DESCRIPTION;LANGUAGE=${event.language}:${text(event.url ? `${event.description}\n\n${event.url}` : event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
