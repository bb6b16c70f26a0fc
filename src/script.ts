/**
 * Entry of the single classic script partners paste (`dist/belarus-solidarity.js`): it registers the
 * element and performs the `data-mount` embed, where the browser gets the widget. `document.currentScript`
 * is only set while this file's top level runs, so it is read here, at once.
 */
import { supported } from './define.js';
import { mountFrom } from './auto-mount.js';

if (supported) mountFrom(document.currentScript);
