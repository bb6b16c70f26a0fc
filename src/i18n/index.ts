/**
 * Languages: which catalog an element uses, and the cached `Intl` formatters that turn numbers into the
 * language's words.
 */
import { en } from './en.js';
import type { Messages, Unit } from './messages.js';

export type { Messages, Unit } from './messages.js';

/** Every shipped language. Adding one is a catalog file and a line here. */
export const catalogs = { en } satisfies Record<string, Messages>;

export type Language = keyof typeof catalogs;

export const FALLBACK_LANGUAGE: Language = 'en';

function isLanguage(code: string): code is Language {
  return Object.hasOwn(catalogs, code);
}

/**
 * The shipped language for a BCP 47 tag: its primary language subtag (`ru-RU` → `ru`), or `null` when the
 * tag is malformed or the language is not shipped.
 */
export function supportedLanguage(tag: string): Language | null {
  try {
    const { language } = new Intl.Locale(tag.trim());
    return isLanguage(language) ? language : null;
  } catch {
    return null;
  }
}

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

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const listFormats = new Map<Language, Intl.ListFormat>();

function cached<T>(cache: Map<Language, T>, language: Language, create: () => T): T {
  let value = cache.get(language);
  if (value === undefined) {
    value = create();
    cache.set(language, value);
  }
  return value;
}

export function formatNumber(language: Language, value: number): string {
  return cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(value);
}

/** The unit word that goes with `count` ("1 day", "2 days"), chosen by the language's plural rules. */
export function unitWord(language: Language, unit: Unit, count: number): string {
  const words = catalogs[language].units[unit];
  const category = cached(pluralRules, language, () => new Intl.PluralRules(language)).select(count);
  return words[category] ?? words.other;
}

/** "33 days, 12 hours, 5 minutes" in the language's own list style. */
export function formatDuration(language: Language, amounts: ReadonlyArray<readonly [Unit, number]>): string {
  const list = cached(listFormats, language, () => new Intl.ListFormat(language, { style: 'long', type: 'unit' }));
  return list.format(amounts.map(([unit, n]) => `${formatNumber(language, n)} ${unitWord(language, unit, n)}`));
}
