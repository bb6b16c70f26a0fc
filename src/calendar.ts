/**
 * "Add to calendar": an iCalendar (RFC 5545) file with an all-day event on 4 August that repeats every year,
 * made in the browser from the widget's own texts, so adding the day to a calendar sends nothing anywhere;
 * and, for browsers that cannot open such a file (iOS Chrome, the in-app browsers of social networks),
 * links that open the same event prefilled in Google Calendar or Outlook.com, plain links that request
 * nothing until the visitor follows one.
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

/** What a calendar link carries: no language (the services take none) and no timestamp. */
type EventText = Pick<CalendarEvent, 'year' | 'title' | 'description' | 'url'>;

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

/** 4 August of `year`, or a day after it (the exclusive end of the all-day event). */
const august = (year: number, daysAfter = 0) => new Date(Date.UTC(year, SOLIDARITY_MONTH - 1, SOLIDARITY_DAY + daysAfter));

/** A date as iCalendar and Google write it (20270804), or with dashes as Outlook.com reads it. */
function dateValue(date: Date, separator = ''): string {
  return [date.getUTCFullYear(), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())].join(separator);
}

function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The event's description with the join link, if any, on a line of its own. */
const details = (event: EventText) => (event.url ? `${event.description}\n\n${event.url}` : event.description);

/**
 * Google Calendar's event template, yearly; Outlook.com's compose page, which takes no repetition, so
 * there the event is this year's alone.
 */
export function calendarLinks(event: EventText): { google: string; outlook: string } {
  const [start, end] = [august(event.year), august(event.year, 1)];
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${dateValue(start)}/${dateValue(end)}`,
    details: details(event),
    recur: 'RRULE:FREQ=YEARLY',
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    allday: 'true',
    startdt: dateValue(start, '-'),
    enddt: dateValue(end, '-'),
    subject: event.title,
    body: details(event),
  });
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
  };
}

export function icsFor(event: CalendarEvent): string {
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
    `DTSTART;VALUE=DATE:${dateValue(august(event.year))}`,
    `DTEND;VALUE=DATE:${dateValue(august(event.year, 1))}`,
    'RRULE:FREQ=YEARLY',
    `SUMMARY;LANGUAGE=${event.language}:${text(event.title)}`,
    `DESCRIPTION;LANGUAGE=${event.language}:${text(details(event))}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
