// The configurator's catalogs (demo/po/): the template made from today's page, every language complete, and
// the build's refusal of a catalog that would break the page or invent a platform's menu.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import gettextParser from 'gettext-parser';
import { LANGUAGES } from '../scripts/catalogs.mjs';
import { pot, source, textsOf } from '../scripts/configurator-texts.mjs';

const read = (language) => readFileSync(new URL(`../demo/po/${language}.po`, import.meta.url), 'utf8');
const texts = source();
/** A language's catalog with one change made to its file's text. */
function changed(language, edit) {
  const before = read(language);
  const after = edit(before);
  assert.notEqual(after, before, 'the change applies');
  return gettextParser.po.parse(after);
}
/** The file with `from` replaced by `to` in the translation of `name` (not in its English). */
function inTranslation(po, name, from, to) {
  const at = po.indexOf('msgstr', po.indexOf(`msgctxt "${name}"`));
  return po.slice(0, at) + po.slice(at).replace(from, to);
}
/** The file's entry for `name`, to change one of its lines. */
const entry = (name) => new RegExp(`(msgctxt "${name}"\\nmsgid (?:"[^\\n]*"\\n)+msgstr )((?:"[^\\n]*"\\n)+)`);

describe('the configurator’s catalogs', () => {
  it('have a template made from today’s page, script and platforms', () => {
    assert.equal(readFileSync(new URL('../demo/po/configurator.pot', import.meta.url), 'utf8'), pot(texts));
  });

  for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en')) {
    it(`${language}: every text, with the source’s placeholders, tags and menu names`, () => {
      const translated = textsOf(language, gettextParser.po.parse(read(language)), texts);
      assert.deepEqual(Object.keys(translated), [...texts.keys()]);
    });
  }

  it('keep a translator’s no-break spaces (French puts one before a colon)', () => {
    const french = textsOf('fr', gettextParser.po.parse(read('fr')), texts);
    assert.ok(Object.values(french).some((text) => /\u00a0[:;?!»]|«\u00a0/.test(text)));
  });

  it('say in the README what each catalog’s X-Reviewed-By header says', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en')) {
      const reviewer = gettextParser.po.parse(read(language)).headers['X-Reviewed-By']?.trim();
      const row = readme.match(new RegExp(`^\\| [^|]+ \\| \`${language}\` \\| [^|]+ \\| ([^|]+) \\|$`, 'm'))?.[1].trim();
      assert.equal(row, reviewer ? `reviewed by a native speaker (${reviewer})` : 'drafted, awaiting review', language);
    }
  });

  it('stop the build on a missing or an untranslated text, naming it', () => {
    const missing = changed('pl', (po) => po.replace(/msgctxt "copy"\nmsgid "Copy"\nmsgstr "[^"]*"\n/, ''));
    assert.throws(() => textsOf('pl', missing, texts), /copy: missing/);
    const empty = changed('de', (po) => po.replace(entry('copy'), '$1""\n'));
    assert.throws(() => textsOf('de', empty, texts), /copy: not translated/);
  });

  it('stop the build on a placeholder missing or added', () => {
    const missing = changed('lt', (po) => po.replace(entry('download'), '$1"Atsisiųsti failą"\n'));
    assert.throws(() => textsOf('lt', missing, texts), /download: has no markup, the source \{file\}/);
    const added = changed('uk', (po) => po.replace(entry('copied'), '$1"Скопійовано {file}"\n'));
    assert.throws(() => textsOf('uk', added, texts), /copied: has \{file\}/);
  });

  it('stop the build on a platform’s menu name translated: the page says they are in English', () => {
    const catalog = changed('ru', (po) => inTranslation(po, 'steps-blogger', '<b>Layout → Add a Gadget → HTML/JavaScript</b>', '<b>Макет → Добавить гаджет → HTML/JavaScript</b>'));
    assert.throws(() => textsOf('ru', catalog, texts), /steps-blogger: has/);
  });

  it('stop the build on a tag the source does not have, or a link changed', () => {
    const script = changed('es', (po) => po.replace(entry('copy'), '$1"Copiar<img src=x onerror=alert(1)>"\n'));
    assert.throws(() => textsOf('es', script, texts), /copy: has <img/);
    const link = changed('it', (po) => inTranslation(po, 'lead', '<a href=\\"blog.html\\">', '<a href=\\"https://example.org/\\">'));
    assert.throws(() => textsOf('it', link, texts), /lead: has/);
  });

  it('stop the build on a translation of an older English text, and on a text the page does not have', () => {
    const stale = changed('fi', (po) => po.replace('msgid "Copy"\n', 'msgid "Copy it"\n'));
    assert.throws(() => textsOf('fi', stale, texts), /copy: translates another English text than the source's/);
    const unknown = changed('sv', (po) => `${po}\nmsgctxt "farewell"\nmsgid "Goodbye"\nmsgstr "Hej då"\n`);
    assert.throws(() => textsOf('sv', unknown, texts), /farewell: not a text of the configurator/);
  });
});
