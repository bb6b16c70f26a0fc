// The widget's texts live in translators' files: src/i18n/po/messages.pot is the English source (each text
// under the name the widget knows it by, as msgctxt), and src/i18n/po/<language>.po one catalog per
// language, which Poedit, Weblate and GlotPress open. The build turns them into TypeScript modules in
// src/i18n/generated/ (never edited, not kept in git), in the shape src/i18n/messages.ts describes, so the
// widget reads plain objects at run time as before. A catalog that lacks a text, a plural form or a
// placeholder, or has one the source does not, stops the build with what is wrong.
// Usage: node scripts/catalogs.mjs (run by npm run build).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import gettextParser from 'gettext-parser';

const folder = new URL('../src/i18n/po/', import.meta.url);
const generated = new URL('../src/i18n/generated/', import.meta.url);

/**
 * The languages the widget speaks, in the order it lists them, each with the name of its plural rule in
 * src/i18n/plural-rules.ts (CLDR's categories for whole numbers, written out). Adding a language is its
 * catalog and its line here.
 */
export const LANGUAGES = {
  en: 'oneOther',
  be: 'eastSlavic',
  ru: 'eastSlavic',
  uk: 'eastSlavic',
  pl: 'polish',
  lt: 'lithuanian',
  lv: 'latvian',
  et: 'oneOther',
  de: 'oneOther',
  fr: 'upToOneOther',
  es: 'oneOther',
  it: 'oneOther',
  bg: 'oneOther',
  cs: 'czechSlovak',
  da: 'oneOther',
  el: 'oneOther',
  fi: 'oneOther',
  hr: 'croatian',
  hu: 'oneOther',
  nl: 'oneOther',
  pt: 'upToOneOther',
  ro: 'romanian',
  sk: 'czechSlovak',
  sl: 'slovenian',
  sv: 'oneOther',
  nb: 'oneOther',
  ka: 'oneOther',
  hy: 'upToOneOther',
  az: 'oneOther',
  kk: 'oneOther',
  tr: 'oneOther',
};

/** The texts that are lists in the widget: the catalog names their items `contrasts 1`, `contrasts 2`… */
const LISTS = ['contrasts', 'actions'];
const UNITS = ['days', 'hours', 'minutes', 'seconds'];
/** Every whole number a countdown shows. */
const COUNTS = Array.from({ length: 367 }, (_, n) => n);

/** The entries of a parsed catalog by their name (msgctxt), the header left out. */
export function entries(catalog) {
  return new Map(
    Object.entries(catalog.translations)
      .filter(([context]) => context !== '')
      .map(([context, byId]) => [context, Object.values(byId)[0]]),
  );
}

const placeholders = (text) => (text.match(/%(\d+\$)?[sd]/g) ?? []).sort().join(' ');

/**
 * Which CLDR category each of gettext's plural forms stands for, in `language`: gettext numbers a
 * catalog's forms by its Plural-Forms formula, CLDR names them, and each form must be exactly one category
 * for every count a countdown shows (as the engine's Intl.PluralRules has it).
 */
export function pluralCategories(language, pluralForms) {
  const [, count, formula] = pluralForms?.match(/nplurals\s*=\s*(\d+);\s*plural\s*=\s*([^;]+);?/) ?? [];
  if (!formula) throw new Error(`${language}: no Plural-Forms header`);
  // The formula is C, which reads as JavaScript with booleans as numbers.
  const form = new Function('n', `return +(${formula});`);
  const rules = new Intl.PluralRules(language);
  const categories = Array.from({ length: Number(count) }, () => new Set());
  for (const n of COUNTS) categories[form(n)]?.add(rules.select(n));
  return categories.map((found, i) => {
    if (found.size !== 1) throw new Error(`${language}: plural form ${i} is ${found.size ? [...found].join(' and ') : 'no'} CLDR category for whole numbers; check Plural-Forms`);
    return [...found][0];
  });
}

/**
 * The messages of `language` from its catalog, checked against the source: every text, every plural form of
 * the language and every placeholder the source has, and nothing else. Throws, listing what is wrong.
 */
export function messagesOf(language, catalog, source) {
  const wrong = [];
  const given = entries(catalog);
  const categories = pluralCategories(language, catalog.headers['Plural-Forms']);
  for (const name of given.keys()) if (!source.has(name)) wrong.push(`“${name}” is not a text of the widget`);
  const text = (name) => {
    const entry = given.get(name);
    const english = source.get(name);
    if (!entry || !entry.msgstr.some((form) => form.trim())) return wrong.push(`“${name}” is missing`), '';
    if (entry.msgid !== english.msgid) wrong.push(`“${name}” translates “${entry.msgid}”, the source says “${english.msgid}”`);
    if (english.msgid_plural !== undefined) {
      if (entry.msgstr.length !== categories.length || entry.msgstr.some((form) => !form.trim())) wrong.push(`“${name}” needs ${categories.length} plural forms`);
      return Object.fromEntries(categories.map((category, i) => [category, entry.msgstr[i] ?? '']));
    }
    if (placeholders(entry.msgstr[0]) !== placeholders(english.msgid)) wrong.push(`“${name}” must have the placeholders “${placeholders(english.msgid)}”`);
    return entry.msgstr[0];
  };
  const messages = {};
  for (const name of source.keys()) {
    const [list] = name.split(' ');
    if (LISTS.includes(list)) (messages[list] ??= []).push(text(name));
    else if (UNITS.includes(name)) (messages.units ??= {})[name] = text(name);
    else messages[name] = text(name);
  }
  if (wrong.length) throw new Error(`src/i18n/po/${language}.po:\n  ${wrong.join('\n  ')}`);
  return messages;
}

/** The source's texts, and the English messages, which are the source's. */
export function source() {
  const template = gettextParser.po.parse(readFileSync(new URL('messages.pot', folder)));
  const texts = entries(template);
  const english = { ...template, translations: Object.fromEntries([...texts].map(([name, entry]) => [name, { [entry.msgid]: { ...entry, msgstr: entry.msgid_plural ? [entry.msgid, entry.msgid_plural] : [entry.msgid] } }])) };
  english.headers = { ...english.headers, 'Plural-Forms': 'nplurals=2; plural=(n != 1);' };
  return { texts, english };
}

/** A TypeScript module for `language`'s messages. */
function moduleOf(language, messages) {
  const rule = LANGUAGES[language];
  const literal = (value) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const [before, after] = messages.timeLeft.split('%s');
  const { timeLeft, units, ...texts } = messages;
  return `// Made by scripts/catalogs.mjs from src/i18n/po/${language === 'en' ? 'messages.pot' : `${language}.po`}: edit that file, not this one.
import type { Messages } from '../messages.js';
import { ${rule} } from '../plural-rules.js';

export const ${language}: Messages = {
${Object.entries(texts).map(([name, value]) => `  ${name}: ${literal(value)},`).join('\n')}
  timeLeft: (duration) => ${[before && JSON.stringify(before), 'duration', after && JSON.stringify(after)].filter(Boolean).join(' + ')},
  plural: ${rule},
  units: ${literal(units)},
};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { texts, english } = source();
  const found = readdirSync(folder).filter((name) => name.endsWith('.po')).map((name) => name.slice(0, -3));
  const unknown = found.filter((language) => !(language in LANGUAGES));
  if (unknown.length) throw new Error(`src/i18n/po/: ${unknown.join(', ')} not in scripts/catalogs.mjs's LANGUAGES`);
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  const reviewers = {};
  for (const language of Object.keys(LANGUAGES)) {
    const catalog = language === 'en' ? english : gettextParser.po.parse(readFileSync(new URL(`${language}.po`, folder)));
    writeFileSync(new URL(`${language}.ts`, generated), moduleOf(language, messagesOf(language, catalog, texts)));
    if (catalog.headers['X-Reviewed-By']?.trim()) reviewers[language] = catalog.headers['X-Reviewed-By'].trim();
  }
  // Who has read each catalog as a native speaker, from its X-Reviewed-By header (empty until someone has):
  // what the configurator says of each language.
  writeFileSync(
    new URL('reviews.ts', generated),
    `// Made by scripts/catalogs.mjs from the X-Reviewed-By headers of src/i18n/po/*.po.
export const REVIEWED_BY: Partial<Record<string, string>> = ${JSON.stringify(reviewers)};
`,
  );
  // The catalogs a file holds: every language (the all-in file and the ES modules), or one (a file of its
  // own, which vite.config.ts builds with its language's module in place of the first).
  // ONE_LANGUAGE is a literal, so that the build drops what only a file of one language needs from the other.
  const every = `export const EVERY_LANGUAGE = ${JSON.stringify(Object.keys(LANGUAGES))};\n`;
  writeFileSync(
    new URL('catalogs.ts', generated),
    `// Made by scripts/catalogs.mjs: every language the widget speaks, from src/i18n/po/.
${Object.keys(LANGUAGES).map((language) => `import { ${language} } from './${language}.js';`).join('\n')}

${every}export const ONE_LANGUAGE = false;
export const catalogs = { ${Object.keys(LANGUAGES).join(', ')} };
`,
  );
  for (const language of Object.keys(LANGUAGES)) {
    writeFileSync(
      new URL(`catalogs-${language}.ts`, generated),
      `// Made by scripts/catalogs.mjs: the one language of belarus-solidarity.${language}.js.
import { ${language} } from './${language}.js';

${every}export const ONE_LANGUAGE = true;
export const catalogs = { ${language} };
`,
    );
  }
  console.log(`src/i18n/generated/: ${Object.keys(LANGUAGES).length} languages from src/i18n/po/`);
}
