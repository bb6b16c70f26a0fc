/**
 * The one-line embed: a `<script data-mount>` puts a widget right after itself and hands it its other
 * `data-*` attributes (`data-join-url` → `join-url`).
 */
import { quote, warnOnce } from './options.js';
import { ATTRIBUTES } from './belarus-solidarity.js';
import { TAG_NAME } from './define.js';

export function mountFrom(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement) || !script.hasAttribute('data-mount')) return;
  const widget = document.createElement(TAG_NAME);
  for (const { name, value } of Array.from(script.attributes)) {
    if (!name.startsWith('data-') || name === 'data-mount') continue;
    const attribute = name.slice('data-'.length);
    // Only the widget's own attributes are copied: a data-onclick must never become an onclick.
    if ((ATTRIBUTES as readonly string[]).includes(attribute)) widget.setAttribute(attribute, value);
    else warnOnce(`${quote(name)} on the script tag is not a widget setting; it is ignored.`);
  }
  if (script.closest('head') || !script.parentNode) {
    // A widget in <head> would never show: it goes to the top of the body instead.
    const place = () => document.body.prepend(widget);
    if (document.body) place();
    else document.addEventListener('DOMContentLoaded', place, { once: true });
  } else {
    script.after(widget);
  }
}
