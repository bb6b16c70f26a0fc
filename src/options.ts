/**
 * The widget's options: whatever a partner hands in, through an attribute or a property, before or after the
 * script loads, is turned here into the values the widget uses. Every value is checked; a bad one becomes
 * the documented default and a warning. Nothing here throws, touches the page or logs: the element logs the
 * warnings, once each.
 */
import { canonicalTimeZone, type Precision } from './countdown.js';
import { EVERY_LANGUAGE, FALLBACK_LANGUAGE, ONE_LANGUAGE, languageCode, supportedLanguage, type Language } from './i18n/index.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const LAYOUTS = ['card', 'banner', 'compact'] as const;
export const PRECISIONS = ['second', 'minute', 'day'] as const satisfies readonly Precision[];
export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];

/** What a partner set, as given: a string from an attribute, anything at all from a property. */
export interface RawOptions {
  joinUrl: unknown;
  joinLabel: unknown;
  timeZone: unknown;
  theme: unknown;
  layout: unknown;
  headingLevel: unknown;
  showDaysBefore: unknown;
  precision: unknown;
}

export const NO_OPTIONS: RawOptions = {
  joinUrl: null,
  joinLabel: null,
  timeZone: null,
  theme: null,
  layout: null,
  headingLevel: null,
  showDaysBefore: null,
  precision: null,
};

/** What the page around the widget contributes. */
export interface Context {
  /** The `lang` in force at the widget (its own or an ancestor's), `null` when none is set. */
  lang: string | null;
  /** The widget's own `lang` attribute: only that one is worth a warning when it is not shipped. */
  ownLang: string | null;
  /** The URL relative join links resolve against (the document's base URL). */
  baseUrl: string;
}

/** The options in use. `''` means "not set": the default label, the visitor's zone, no link. */
export interface Options {
  language: Language;
  joinUrl: string;
  joinLabel: string;
  timeZone: string;
  theme: Theme;
  layout: Layout;
  headingLevel: number;
  /** Days before 4 August the widget starts to show; `null`: all year. */
  showDaysBefore: number | null;
  precision: Precision;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** A value quoted for a warning, shortened so a pasted essay does not flood the console. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/**
 * The text of a raw value: `null` when unset, `undefined` when it has no usable text (a symbol, a function,
 * an object whose `toString` throws). Numbers count, so `headingLevel = 3` works; so do objects that are
 * text at heart, such as a `URL`.
 */
function textOf(value: unknown): string | null | undefined {
  if (value == null) return null;
  if (typeof value === 'symbol' || typeof value === 'function') return undefined;
  try {
    return String(value);
  } catch {
    return undefined;
  }
}

/**
 * Resolves everything at once. `warnings` lists each bad value, in words a partner understands; a missing
 * value is never one.
 */
export function resolveOptions(raw: RawOptions, context: Context): { options: Options; warnings: string[] } {
  const warnings: string[] = [];
  const text = (name: string, value: unknown): string | null => {
    const result = textOf(value);
    if (result === undefined) warnings.push(`${name} was set to a ${typeof value}, not text; using the default.`);
    return result ?? null;
  };

  const oneOf = <T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T => {
    const given = text(name, value);
    if (given === null) return fallback;
    const normalized = given.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
    warnings.push(`${name}=${quote(given)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  };

  /** A whole number from `min` to `max` written in plain digits; anything else warns and means `fallback`. */
  const whole = <T>(name: string, value: unknown, min: number, max: number, fallback: T, meaning: string): number | T => {
    const given = text(name, value);
    if (given === null) return fallback;
    const n = Number(given.trim());
    if (/^\+?\d+$/.test(given.trim()) && n >= min && n <= max) return n;
    warnings.push(`${name}=${quote(given)} is not a whole number from ${min} to ${max}; ${meaning}.`);
    return fallback;
  };

  // The URL is parsed the way the browser would follow it (relative to the page, whitespace and control
  // characters stripped), so " JavaScript:…" and "java\tscript:…" are caught, and the link gets the
  // parsed form rather than the raw text.
  const link = (): string => {
    const given = text('join-url', raw.joinUrl);
    if (given === null) return '';
    let url: URL | null = null;
    try {
      url = given.trim() ? new URL(given, context.baseUrl) : null;
    } catch {
      url = null;
    }
    if (url && SAFE_PROTOCOLS.includes(url.protocol)) return url.href;
    warnings.push(`join-url=${quote(given)} is not an http, https or mailto link; it is ignored.`);
    return '';
  };

  const label = (): string => {
    const given = text('join-label', raw.joinLabel);
    if (given === null) return '';
    if (!given.trim()) warnings.push(`join-label=${quote(given)} is blank; using the default.`);
    return given.trim();
  };

  const zone = (): string => {
    const given = text('time-zone', raw.timeZone);
    if (given === null) return '';
    const canonical = given.trim() ? canonicalTimeZone(given.trim()) : null;
    if (canonical) return canonical;
    warnings.push(`time-zone=${quote(given)} is not a time zone this browser knows; using the visitor's own zone.`);
    return '';
  };

  const language = supportedLanguage(context.lang ?? '');
  if (context.ownLang !== null && !language) {
    const code = languageCode(context.ownLang);
    warnings.push(
      ONE_LANGUAGE && code !== null && EVERY_LANGUAGE.includes(code)
        ? `lang=${quote(context.ownLang)}: this file, belarus-solidarity.${FALLBACK_LANGUAGE}.js, speaks only ${FALLBACK_LANGUAGE}; ` +
            `belarus-solidarity.js speaks ${code} and every other language. Showing ${FALLBACK_LANGUAGE}.`
        : `lang=${quote(context.ownLang)} is not a shipped language; using ${ONE_LANGUAGE ? FALLBACK_LANGUAGE : 'English'}.`,
    );
  }

  return {
    options: {
      language: language ?? FALLBACK_LANGUAGE,
      joinUrl: link(),
      joinLabel: label(),
      timeZone: zone(),
      theme: oneOf('theme', raw.theme, THEMES, 'light'),
      layout: oneOf('layout', raw.layout, LAYOUTS, 'card'),
      headingLevel: whole('heading-level', raw.headingLevel, 1, 6, 2, 'using 2'),
      showDaysBefore: whole('show-days-before', raw.showDaysBefore, 0, 365, null, 'showing all year'),
      precision: oneOf('precision', raw.precision, PRECISIONS, 'second'),
    },
    warnings,
  };
}

const warned = new Set<string>();

/** Logs a console warning the first time this exact message comes up on the page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<belarus-solidarity>: ${message}`);
}
