/**
 * Reading partner-supplied attributes: every value is checked, bad ones are reported once on the console
 * and replaced by a safe default. Nothing here throws.
 */

import { canonicalTimeZone } from './countdown.js';

const warned = new Set<string>();

/** Logs a console warning the first time this exact message comes up on the page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<belarus-solidarity>: ${message}`);
}

/** A value quoted for a warning, shortened so a pasted essay does not flood the console. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/** One of `allowed` (trimmed, any case), or `fallback` with a warning. A missing attribute is silent. */
export function readEnum<T extends string>(name: string, value: string | null, allowed: readonly T[], fallback: T): T {
  if (value === null) return fallback;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  warnOnce(`${name}=${quote(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

/** A whole number from `min` to `max`, or `fallback` with a warning. A missing attribute is silent. */
export function readInteger(name: string, value: string | null, min: number, max: number, fallback: number): number {
  if (value === null) return fallback;
  const n = Number(value.trim());
  if (value.trim() && Number.isInteger(n) && n >= min && n <= max) return n;
  warnOnce(`${name}=${quote(value)} is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * The absolute URL for a link, or `null` when the value is not an http, https or mailto URL. The URL is
 * parsed the way the browser would follow it (relative to the page, with whitespace and control
 * characters stripped), so `" JavaScript:…"` and `"java\tscript:…"` are caught, and the link gets the
 * parsed form rather than the raw text.
 */
export function readSafeUrl(name: string, value: string | null): string | null {
  if (value === null) return null;
  let url: URL | null = null;
  try {
    url = value.trim() ? new URL(value, document.baseURI) : null;
  } catch {
    url = null;
  }
  if (url && SAFE_PROTOCOLS.includes(url.protocol)) return url.href;
  warnOnce(`${name}=${quote(value)} is not an http, https or mailto link; it is ignored.`);
  return null;
}

/** Trimmed text, or `null` when missing or blank (blank with a warning). */
export function readText(name: string, value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (!text) warnOnce(`${name} is empty; using the default.`);
  return text || null;
}

/** A canonical IANA zone name, or `undefined` (the visitor's own zone) when missing or unknown. */
export function readTimeZone(name: string, value: string | null): string | undefined {
  if (value === null) return undefined;
  const zone = value.trim() ? canonicalTimeZone(value.trim()) : null;
  if (zone) return zone;
  warnOnce(`${name}=${quote(value)} is not a time zone this browser knows; using the visitor's own zone.`);
  return undefined;
}
