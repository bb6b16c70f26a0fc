// The WordPress plugin's own texts in the languages the widget speaks, as WordPress's tools keep them: every
// translatable text of the plugin in a template (wordpress/languages/belarus-solidarity.pot), one gettext
// catalog per WordPress locale beside it, for Poedit, GlotPress or Weblate. The zip gets them compiled into
// what WordPress loads: `.mo` for PHP and block.json, and the editor script's JSON for
// wp_set_script_translations.
// Usage: node scripts/wordpress-i18n.mjs pot   writes the template from the plugin's sources (as
// `wp i18n make-pot` would) and adds what is new to every catalog, untranslated.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import gettextParser from 'gettext-parser';

const plugin = new URL('../wordpress/', import.meta.url);
const languages = new URL('languages/', plugin);
const DOMAIN = 'belarus-solidarity';
const read = (name) => readFileSync(new URL(name, plugin), 'utf8');

/** The WordPress locale of each language the widget speaks but English, the plugin's source language. */
export const LOCALES = {
  be: 'bel',
  ru: 'ru_RU',
  uk: 'uk',
  pl: 'pl_PL',
  lt: 'lt_LT',
  lv: 'lv',
  et: 'et',
  de: 'de_DE',
  fr: 'fr_FR',
  es: 'es_ES',
  it: 'it_IT',
  bg: 'bg_BG',
  cs: 'cs_CZ',
  da: 'da_DK',
  el: 'el',
  fi: 'fi',
  hr: 'hr',
  hu: 'hu_HU',
  nl: 'nl_NL',
  pt: 'pt_PT',
  ro: 'ro_RO',
  sk: 'sk_SK',
  sl: 'sl_SI',
  sv: 'sv_SE',
  nb: 'nb_NO',
  ka: 'ka_GE',
  hy: 'hy',
  az: 'az',
  kk: 'kk',
  tr: 'tr_TR',
};

/**
 * Locales WordPress offers for the same language in another country: WordPress looks for a plugin's
 * translation under the site's exact locale, so each gets a copy of its language's.
 */
const REGIONS = {
  // Only the informal German locales: the German catalog says "du", as WordPress's de_DE does.
  de_DE: ['de_CH_informal'],
  es_ES: ['es_AR', 'es_CL', 'es_CO', 'es_CR', 'es_DO', 'es_EC', 'es_GT', 'es_MX', 'es_PE', 'es_PR', 'es_UY', 'es_VE'],
  fr_FR: ['fr_BE', 'fr_CA'],
  ru_RU: ['ru_UA'],
  // Brazilian sites get the European Portuguese texts until a Brazilian catalog exists.
  pt_PT: ['pt_BR', 'pt_AO', 'pt_PT_ao90'],
  nl_NL: ['nl_BE'],
};

/** A PHP or JavaScript string literal's value, quoted in ' or ". */
const unquote = (literal) => (literal[0] === "'" ? literal.slice(1, -1).replace(/\\(['\\])/g, '$1') : JSON.parse(literal));
const STRING = String.raw`('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;

/** Every translatable text of the plugin, with where it is and what the translator is told about it. */
export function extract() {
  const entries = new Map();
  const add = (msgid, { context, comment, reference }) => {
    const key = `${context ?? ''}\u0004${msgid}`;
    const entry = entries.get(key) ?? { msgctxt: context, msgid, msgstr: [''], comments: { reference: '', extracted: '' } };
    entry.comments.reference = [entry.comments.reference, reference].filter(Boolean).join('\n');
    if (comment) entry.comments.extracted = comment;
    entries.set(key, entry);
  };

  // The plugin's header, which the Plugins screen shows translated.
  const header = read('belarus-solidarity.php');
  for (const field of ['Plugin Name', 'Description']) {
    add(header.match(new RegExp(`^ \\* ${field}:\\s+(.+)$`, 'm'))[1].trim(), { comment: `${field} of the plugin`, reference: 'belarus-solidarity.php' });
  }
  // block.json's texts, under the contexts WordPress translates them with.
  const block = JSON.parse(read('block.json'));
  add(block.title, { context: 'block title', reference: 'block.json' });
  add(block.description, { context: 'block description', reference: 'block.json' });
  for (const keyword of block.keywords) add(keyword, { context: 'block keyword', reference: 'block.json' });

  // __(), esc_html__(), esc_html_e() and the like with the plugin's text domain, in PHP and in the editor script.
  const call = new RegExp(String.raw`(?:/\*\s*(translators:[^*]*)\*/\s*(?:sprintf\(\s*)?)?\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${STRING}\s*,\s*'${DOMAIN}'\s*\)`, 'g');
  for (const file of readdirSync(plugin).filter((name) => /\.(php|js)$/.test(name)).sort()) {
    const source = read(file);
    for (const match of source.matchAll(call)) {
      const line = source.slice(0, match.index).split('\n').length;
      add(unquote(match[2]), { comment: match[1]?.trim(), reference: `${file}:${line}` });
    }
  }
  return [...entries.values()];
}

/** The editor script's texts: the only ones WordPress reads from the script's JSON. */
const editorTexts = () => new Set(extract().filter((entry) => entry.comments.reference.split('\n').some((where) => where.startsWith('editor.js:'))).map((entry) => entry.msgid));

/** A catalog's entries by context and text, from a `.po` file's contents. */
export const parse = (po) => gettextParser.po.parse(po);

/** The catalog files in wordpress/languages, by locale. */
export function catalogs() {
  return Object.fromEntries(
    readdirSync(languages)
      .map((name) => name.match(new RegExp(`^${DOMAIN}-(.+)\\.po$`)))
      .filter(Boolean)
      .map(([name, locale]) => [locale, parse(readFileSync(new URL(name, languages)))]),
  );
}

/** A Jed 1.x locale file as WordPress's load_script_textdomain() reads it. */
function scriptJson(catalog, locale, texts) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': catalog.headers['Plural-Forms'] } };
  for (const entry of Object.values(catalog.translations[''] ?? {})) {
    if (texts.has(entry.msgid) && entry.msgstr[0]) messages[entry.msgid] = entry.msgstr;
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

/**
 * What the zip holds for translations, by path in the plugin: each locale's `.mo`, and the JSON for the
 * editor script, named by the MD5 of the script's path in the plugin, as WordPress looks it up.
 */
export function compiled() {
  const files = {};
  const texts = editorTexts();
  const script = createHash('md5').update('editor.js').digest('hex');
  for (const [locale, catalog] of Object.entries(catalogs())) {
    for (const as of [locale, ...(REGIONS[locale] ?? [])]) {
      files[`languages/${DOMAIN}-${as}.mo`] = gettextParser.mo.compile({ ...catalog, headers: { ...catalog.headers, Language: as } });
      files[`languages/${DOMAIN}-${as}-${script}.json`] = Buffer.from(scriptJson(catalog, as, texts));
    }
  }
  return files;
}

if (process.argv[2] === 'pot') {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const entries = extract();
  const template = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `Belarus Solidarity Countdown ${version}`,
      'Report-Msgid-Bugs-To': '',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Domain': DOMAIN,
    },
    translations: {},
  };
  for (const entry of entries) (template.translations[entry.msgctxt ?? ''] ??= {})[entry.msgid] = entry;
  writeFileSync(new URL(`${DOMAIN}.pot`, languages), gettextParser.po.compile(template, { sort: false }));
  console.log(`wordpress/languages/${DOMAIN}.pot: ${entries.length} texts`);
}
