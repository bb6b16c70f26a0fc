// The configurator's texts in translators' files, as the widget's are: demo/po/configurator.pot is the English
// source, made from the page (the elements of demo/index.html marked data-text, the placeholders marked
// data-text-placeholder), the script's texts (demo/texts.js) and the platforms' (demo/platforms.js); and
// demo/po/<language>.po one catalog per language the widget speaks. The build writes one script per
// language, dist/configurator/<language>.js, which the configurator loads as a classic script (it runs from
// a copy saved to disk, where nothing can be fetched). A catalog whose text lacks a {name}, a tag or a
// platform's menu name (a <b>) of the source, or has one the source does not, stops the build.
// Usage: node scripts/configurator-texts.mjs (run by npm run build); node scripts/configurator-texts.mjs pot
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import gettextParser from 'gettext-parser';
import { PLATFORMS } from '../demo/platforms.js';
import { TEXTS } from '../demo/texts.js';
import { LANGUAGES, entries } from './catalogs.mjs';

const root = new URL('../', import.meta.url);
const folder = new URL('demo/po/', root);
const output = new URL('dist/configurator/', root);

/** What a translator needs to know of a text that its English does not say. */
const NOTES = {
  'language-name': 'The name of your language, in your language, as a menu of languages lists it.',
  'page-title': 'The title of the page, in browser tabs and search results.',
  'step-platform': 'The first question: where the partner will put the widget.',
  'menu-names': 'Shown under steps whose platform menu names (in bold) stay in English.',
  'layout-card': 'The names card, banner and compact are the layouts the widget has; any words that say what each is.',
};

// Folds the page's line breaks and indentation; a no-break space is typography and stays.
const clean = (html) => html.replace(/[ \t\r\n]+/g, ' ').trim();

/** The contents of the element whose start tag is at `at` in `html`, with nested elements of its kind. */
function contents(html, at) {
  const name = html.slice(at + 1).match(/^[a-z0-9]+/)[0];
  const start = html.indexOf('>', at) + 1;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  tags.lastIndex = start;
  let depth = 1;
  for (let match; (match = tags.exec(html)); ) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index);
  }
  throw new Error(`demo/index.html: <${name}> at ${at} is not closed`);
}

/** Every text of the configurator, by name, in English, in the order a reader meets them. */
export function source() {
  const texts = new Map();
  const add = (name, text) => {
    if (texts.has(name) && texts.get(name) !== text) throw new Error(`${name}: two different English texts`);
    texts.set(name, text);
  };
  const page = readFileSync(new URL('demo/index.html', root), 'utf8');
  for (const tag of page.matchAll(/<[a-z0-9]+\b[^>]*>/g)) {
    const name = tag[0].match(/\sdata-text="([^"]+)"/)?.[1];
    if (name) add(name, clean(contents(page, tag.index)));
    const placeholder = tag[0].match(/\sdata-text-placeholder="([^"]+)"/)?.[1];
    if (placeholder) add(placeholder, tag[0].match(/\splaceholder="([^"]*)"/)[1]);
  }
  for (const [name, text] of Object.entries(TEXTS)) add(name, text);
  for (const [id, platform] of Object.entries(PLATFORMS)) {
    // A platform's own name (Blogger, Google Sites) is the same in every language; a description is not.
    if (/(^| )[a-z]/.test(platform.name)) add(`platform-${id}`, platform.name);
    if (platform.steps) add(`steps-${id}`, platform.steps);
  }
  return texts;
}

/** The template translators start from. */
export function pot(texts = source()) {
  return gettextParser.po
    .compile(
      {
        charset: 'utf-8',
        headers: {
          'Project-Id-Version': 'belarus-solidarity configurator',
          'Content-Type': 'text/plain; charset=UTF-8',
          'X-Reviewed-By': '',
        },
        translations: {
          '': { '': { msgid: '', msgstr: [''] } },
          ...Object.fromEntries(
            [...texts].map(([name, text]) => [
              name,
              { [text]: { msgctxt: name, msgid: text, msgstr: [''], ...(NOTES[name] && { comments: { extracted: NOTES[name] } }) } },
            ]),
          ),
        },
      },
      { foldLength: 0, sort: false },
    )
    .toString()
    .replace(/^msgid ""/m, (start) =>
      [
        '# The configurator of belarus-solidarity (demo/index.html), in English. Made by',
        '# `node scripts/configurator-texts.mjs pot`: edit the page, demo/texts.js or demo/platforms.js, not this.',
        '# A {name} is filled in by the page: keep each. Keep every tag and its attributes; a <b> is a name a',
        '# platform shows in its menus in English: keep it unchanged too.',
        start,
      ].join('\n'),
    );
}

/** The tags of a text, with their attributes, and the words of its <b> and <code> elements, sorted. */
const markup = (text) =>
  [
    ...(text.match(/<[^>]+>/g) ?? []),
    ...[...text.matchAll(/<(b|code)>([\s\S]*?)<\/\1>/g)].map((match) => match[0]),
    ...(text.match(/\{[a-z]+\}/g) ?? []),
  ].sort();

/**
 * A catalog's texts by name, checked against the source: every text translated, from today's English, with
 * the source's placeholders, tags and menu names; nothing else.
 */
export function textsOf(language, catalog, texts = source()) {
  const found = entries(catalog);
  const problems = [];
  for (const name of found.keys()) if (!texts.has(name)) problems.push(`${name}: not a text of the configurator`);
  const result = {};
  for (const [name, english] of texts) {
    const entry = found.get(name);
    const text = entry?.msgstr?.[0] ?? '';
    if (!entry) problems.push(`${name}: missing`);
    else if (clean(entry.msgid) !== english) problems.push(`${name}: translates another English text than the source's (run msgmerge)`);
    else if (!text.trim()) problems.push(`${name}: not translated`);
    else if (markup(text).join(' ') !== markup(english).join(' '))
      problems.push(`${name}: has ${markup(text).join(' ') || 'no markup'}, the source ${markup(english).join(' ') || 'none'}`);
    result[name] = clean(text);
  }
  if (problems.length) throw new Error(`demo/po/${language}.po:\n  ${problems.join('\n  ')}`);
  return result;
}

/** The script of one language: its texts, whether a native speaker has read them, every language's name. */
function scriptOf(language, texts, reviewedBy, names) {
  const data = { language, reviewedBy, names, texts };
  return `// Made by scripts/configurator-texts.mjs from demo/po/: the configurator in ${names[language]}.\nself.belarusSolidarityConfigurator = ${JSON.stringify(data)};\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const texts = source();
  if (process.argv[2] === 'pot') {
    writeFileSync(new URL('configurator.pot', folder), pot(texts));
    console.log(`demo/po/configurator.pot: ${texts.size} texts`);
  } else if (process.argv[2] === 'check') {
    // One catalog, as a translator checks it: node scripts/configurator-texts.mjs check pl
    const language = process.argv[3];
    textsOf(language, gettextParser.po.parse(readFileSync(new URL(`${language}.po`, folder))), texts);
    console.log(`demo/po/${language}.po: every text, with the source's placeholders, tags and menu names`);
  } else {
    const catalogs = Object.fromEntries(
      Object.keys(LANGUAGES).map((language) => {
        if (language === 'en') return [language, { texts: Object.fromEntries(texts), reviewedBy: '' }];
        const catalog = gettextParser.po.parse(readFileSync(new URL(`${language}.po`, folder)));
        return [language, { texts: textsOf(language, catalog, texts), reviewedBy: catalog.headers['X-Reviewed-By']?.trim() ?? '' }];
      }),
    );
    const names = Object.fromEntries(Object.entries(catalogs).map(([language, { texts }]) => [language, texts['language-name']]));
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
    for (const [language, { texts, reviewedBy }] of Object.entries(catalogs)) {
      writeFileSync(new URL(`${language}.js`, output), scriptOf(language, texts, reviewedBy, names));
    }
    console.log(`dist/configurator/: the configurator in ${Object.keys(catalogs).length} languages`);
  }
}
