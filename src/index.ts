/** The ES module entry for bundler users: the element class and its types, registered on import. */
import './define.js';

export { BelarusSolidarity, ATTRIBUTES, LAYOUTS, PRECISIONS, THEMES, type Layout, type Precision, type Theme } from './belarus-solidarity.js';
export { TAG_NAME } from './define.js';
export { countdownAt, solidarityDayStart, type Countdown } from './countdown.js';
export { catalogs, type Language, type Messages } from './i18n/index.js';
