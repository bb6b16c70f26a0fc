// Builds a file of each language beside the all-in one: dist/belarus-solidarity.<code>.js, the whole
// widget with that one language, through vite.config.ts (its `language-<code>` mode).
import { build } from 'vite';
import { LANGUAGES } from './catalogs.mjs';

for (const language of Object.keys(LANGUAGES)) await build({ mode: `language-${language}`, logLevel: 'warn' });
