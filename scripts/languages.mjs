// Builds, for each language, the widget with that language alone, through vite.config.ts: the classic file
// dist/belarus-solidarity.<code>.js beside the file of every language (its `language-<code>` mode), and the ES
// module entry dist/languages/<code>.js for bundlers (its `module-<code>` mode).
import { build } from 'vite';
import { LANGUAGES } from './catalogs.mjs';

for (const language of Object.keys(LANGUAGES)) {
  await build({ mode: `language-${language}`, logLevel: 'warn' });
  await build({ mode: `module-${language}`, logLevel: 'warn' });
}
