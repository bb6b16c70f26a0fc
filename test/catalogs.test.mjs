// The widget's catalogs (src/i18n/po/) as translators leave them: every one complete, and a catalog that
// lacks a text, a plural form or a placeholder, or has one the source does not, stops the build with what
// is wrong. The plural forms of each catalog are held to CLDR's categories for every count a countdown
// shows; that each language's rule at run time is the engine's is test/i18n.test.ts's.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import gettextParser from 'gettext-parser';
import { LANGUAGES, messagesOf, pluralCategories, source } from '../scripts/catalogs.mjs';

const folder = new URL('../src/i18n/po/', import.meta.url);
const read = (language) => readFileSync(new URL(`${language}.po`, folder), 'utf8');
const { texts } = source();
/** The catalog of `language` with `change` made to its text. */
const changed = (language, change) => gettextParser.po.parse(change(read(language)));

describe('the widget’s catalogs', () => {
  it('are one per language the widget speaks, beside the English template', () => {
    assert.deepEqual(
      readdirSync(folder).sort(),
      ['messages.pot', ...Object.keys(LANGUAGES).filter((language) => language !== 'en').map((language) => `${language}.po`)].sort(),
    );
  });

  for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en')) {
    it(`${language}: every text, every plural form, every placeholder`, () => {
      const messages = messagesOf(language, gettextParser.po.parse(read(language)), texts);
      assert.equal(messages.contrasts.length, 5);
      assert.equal(messages.actions.length, 2);
      assert.match(messages.timeLeft, /%s/);
    });
  }

  it('say in the README what each catalog’s X-Reviewed-By header says: reviewed by a native speaker only where one has', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const language of Object.keys(LANGUAGES).filter((code) => code !== 'en')) {
      const reviewer = gettextParser.po.parse(read(language)).headers['X-Reviewed-By']?.trim();
      const row = readme.match(new RegExp(`^\\| [^|]+ \\| \`${language}\` \\| ([^|]+) \\|`, 'm'))?.[1].trim();
      assert.equal(row, reviewer ? `reviewed by a native speaker (${reviewer})` : 'drafted, awaiting review', language);
    }
  });

  it('stop the build on a missing text, naming it', () => {
    const catalog = changed('pl', (po) => po.replace(/msgctxt "readMore"\nmsgid "About the appeal"\nmsgstr "[^"]*"\n/, ''));
    assert.throws(() => messagesOf('pl', catalog, texts), /“readMore” is missing/);
  });

  it('stop the build on an untranslated text', () => {
    const catalog = changed('de', (po) => po.replace(/(msgctxt "joinLabel"\nmsgid "[^"]*"\nmsgstr )"[^"]*"/, '$1""'));
    assert.throws(() => messagesOf('de', catalog, texts), /“joinLabel” is missing/);
  });

  it('stop the build on a missing plural form', () => {
    const catalog = changed('ru', (po) => po.replace(/(msgctxt "hours"[\s\S]*?msgstr\[1\] "[^"]*"\n)msgstr\[2\] "[^"]*"\n/, '$1'));
    assert.throws(() => messagesOf('ru', catalog, texts), /“hours” needs 3 plural forms/);
  });

  it('stop the build on a missing or an extra placeholder', () => {
    const missing = changed('fr', (po) => po.replace(/(msgctxt "timeLeft"\nmsgid "[^"]*"\nmsgstr )"[^"]*"/, '$1"Bientôt le 4 août"'));
    assert.throws(() => messagesOf('fr', missing, texts), /“timeLeft” must have the placeholders “%s”/);
    const extra = changed('it', (po) => po.replace(/(msgctxt "today"\nmsgid "[^"]*"\nmsgstr )"([^"]*)"/, '$1"$2 %s"'));
    assert.throws(() => messagesOf('it', extra, texts), /“today” must have the placeholders “”/);
  });

  it('stop the build on a text the widget does not have', () => {
    const catalog = changed('lt', (po) => `${po}\nmsgctxt "farewell"\nmsgid "Goodbye"\nmsgstr "Viso gero"\n`);
    assert.throws(() => messagesOf('lt', catalog, texts), /“farewell” is not a text of the widget/);
  });

  it('stop the build on a translation of another text than the source’s', () => {
    const catalog = changed('es', (po) => po.replace('msgid "How to join"', 'msgid "How to take part"'));
    assert.throws(() => messagesOf('es', catalog, texts), /“howToJoin” translates “How to take part”/);
  });

  it('give each plural form the CLDR category it stands for, and refuse a formula that mixes two', () => {
    assert.deepEqual(pluralCategories('pl', 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);'), ['one', 'few', 'many']);
    assert.deepEqual(pluralCategories('lv', 'nplurals=3; plural=(n%10==0 || (n%100>=11 && n%100<=19) ? 0 : (n%10==1 && n%100!=11 ? 1 : 2));'), ['zero', 'one', 'other']);
    // gettext's usual Latvian formula puts 10–20 with 2–9, where CLDR (and the widget) has 10–20 with 0.
    assert.throws(() => pluralCategories('lv', 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);'), /plural form 1 is (zero and other|other and zero)/);
  });
});
