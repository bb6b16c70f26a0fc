/**
 * Languages: which catalog an element uses, and the word each number takes.
 * The numbers themselves are written as plain digits: a countdown shows whole numbers from 0 to 366, which
 * every shipped language writes that way (no grouping below 1,000, Latin digits), so `Intl.NumberFormat`
 * would only add its start-up cost (tens of milliseconds on a slow phone) for the same text.
 */
import { catalogs as generated, EVERY_LANGUAGE, ONE_LANGUAGE } from './generated/catalogs.js';
import type { Messages, Unit } from './messages.js';

export type { Messages, Unit } from './messages.js';

/**
 * Every shipped language, by its ISO 639-1 code: made by the build from the translators' catalogs in
 * src/i18n/po/ (scripts/catalogs.mjs, where adding a language is its catalog and its line).
 */
export const catalogs = generated satisfies Record<string, Messages>;

export type Language = keyof typeof catalogs;

/**
 * The language a widget shows when its own is not in the file: English in the all-in file, the one
 * language of a file of its own (which shows it whatever the page's language).
 */
export const FALLBACK_LANGUAGE = Object.keys(catalogs)[0] as Language;

/**
 * Every language of the all-in file, by code: what a file of one language knows of the others; and whether
 * this file holds one language only (`belarus-solidarity.<code>.js`).
 */
export { EVERY_LANGUAGE, ONE_LANGUAGE };

function isLanguage(code: string): code is Language {
  return Object.hasOwn(catalogs, code);
}

/**
 * The primary language subtag of a BCP 47 tag, lower case (`ru-RU` → `ru`, `bel` → `be`), or `null` when
 * the tag is malformed.
 */
export function languageCode(tag: string): string | null {
  return cached(codes, tag, () => {
    // Most pages write a bare two-letter code; Intl.Locale's first call costs the first render a few
    // milliseconds, so only other tags (a region, a script, a three-letter code) get it.
    const code = tag.trim().toLowerCase();
    if (/^[a-z]{2}$/.test(code)) return code;
    try {
      return new Intl.Locale(tag.trim()).language;
    } catch {
      return null;
    }
  });
}

/**
 * The shipped language for a BCP 47 tag: its primary language subtag, or `null` when the tag is malformed
 * or the language is not in this file.
 */
export function supportedLanguage(tag: string): Language | null {
  const code = languageCode(tag);
  return code !== null && isLanguage(code) ? code : null;
}

// A page's widgets share a handful of tags; parsing each once is enough.
const codes = new Map<string, string | null>();

/**
 * The `lang` that applies to an element, as HTML defines it: its own attribute, else the nearest
 * ancestor's, crossing shadow roots to their hosts. `null` when no ancestor has one.
 */
export function inheritedLang(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return null;
}

const unitFormTexts = new Map<string, string>();

/** The value for `key` in `cache`, made by `create` the first time: for what every widget on a page shares. */
export function cached<K, T>(cache: Map<K, T>, key: K, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** The unit word that goes with `count` ("1 day", "2 days"), chosen by the language's plural rules. */
export function unitWord(language: Language, unit: Unit, count: number): string {
  const { units, plural } = catalogs[language];
  const words = units[unit];
  return words[plural(count)] ?? words.other ?? '';
}

/** Every word a unit can take in the language, one per line ("day\ndays"), for sizing to the widest. */
export function unitForms(language: Language, unit: Unit): string {
  return cached(unitFormTexts, language + unit, () => Object.values(catalogs[language].units[unit]).join('\n'));
}

/**
 * "33 days, 12 hours and 5 minutes". The catalog gives the conjunction because `Intl.ListFormat` lacks
 * some of the shipped languages in some engines (Chromium has no Belarusian list data).
 */
export function formatDuration(language: Language, amounts: ReadonlyArray<readonly [Unit, number]>): string {
  const items = amounts.map(([unit, n]) => `${n} ${unitWord(language, unit, n)}`);
  const last = items.pop();
  return items.length ? `${items.join(', ')} ${catalogs[language].and} ${last}` : (last ?? '');
}
