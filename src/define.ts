/**
 * Registers `<belarus-solidarity>`. Importing this module twice, or a second copy of the widget's script on
 * the same page, is harmless: the first definition stays and nothing is thrown or logged.
 */
import { BelarusSolidarity } from './belarus-solidarity.js';

export const TAG_NAME = 'belarus-solidarity';

if (!customElements.get(TAG_NAME)) {
  try {
    customElements.define(TAG_NAME, BelarusSolidarity);
  } catch (error) {
    // Another copy may have defined the name in between; anything else is a real fault.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'belarus-solidarity': BelarusSolidarity;
  }
  interface HTMLElementEventMap {
    'solidarity-day': CustomEvent<undefined>;
  }
}
