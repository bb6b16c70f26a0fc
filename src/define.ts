/**
 * Registers `<belarus-solidarity>` where the browser can run it whole. Importing this module twice, or a
 * second copy of the widget's script on the same page, is harmless: the first definition stays and nothing
 * is thrown or logged.
 */
import { BelarusSolidarity } from './belarus-solidarity.js';

export const TAG_NAME = 'belarus-solidarity';

/**
 * Container queries are the newest thing the widget cannot do without (Chromium 105, Firefox 110, Safari
 * 16; every API it uses is older, see the README's "Browsers"). An older browser, or a page without custom
 * elements, keeps the element's fallback content, and no error.
 */
export const supported = !!self.customElements && CSS.supports('container-type:inline-size');

if (supported && !customElements.get(TAG_NAME)) customElements.define(TAG_NAME, BelarusSolidarity);

declare global {
  interface HTMLElementTagNameMap {
    'belarus-solidarity': BelarusSolidarity;
  }
  interface HTMLElementEventMap {
    'solidarity-day': CustomEvent<undefined>;
  }
}
