// The WordPress plugin's translations: the template holds every text the plugin's sources mark for
// translation and nothing else, every language the widget speaks has a complete catalog whose
// placeholders are the source's, and the zip gets what WordPress loads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import gettextParser from 'gettext-parser';
import { LOCALES, catalogs, compiled, extract, parse } from '../scripts/wordpress-i18n.mjs';

const key = (entry) => `${entry.msgctxt ? `${entry.msgctxt} | ` : ''}${entry.msgid}`;
/** The entries of a parsed catalog, header left out. */
const entriesOf = (catalog) => Object.values(catalog.translations).flatMap((byId) => Object.values(byId)).filter((entry) => entry.msgid !== '');
/** The printf placeholders of a text, in order: %s, %d, %1$s… */
const placeholders = (text) => (text.match(/%(\d+\$)?[sd]/g) ?? []).sort();

const template = parse(readFileSync(new URL('../wordpress/languages/belarus-solidarity.pot', import.meta.url)));
const sourceTexts = entriesOf(template);

describe('the WordPress plugin’s translations', () => {
  it('have a template with every text the sources mark for translation, and no other (node scripts/wordpress-i18n.mjs pot)', () => {
    assert.deepEqual(sourceTexts.map(key).sort(), extract().map(key).sort());
  });

  const found = catalogs();
  for (const [language, locale] of Object.entries(LOCALES)) {
    it(`have a complete catalog for ${language} (${locale}), with the source's placeholders`, () => {
      const catalog = found[locale];
      assert.ok(catalog, `wordpress/languages/belarus-solidarity-${locale}.po`);
      assert.equal(catalog.headers.Language, locale);
      assert.match(catalog.headers['Plural-Forms'] ?? '', /^nplurals=\d; plural=/);
      const translated = new Map(entriesOf(catalog).map((entry) => [key(entry), entry.msgstr[0]]));
      assert.deepEqual([...translated.keys()].filter((text) => !sourceTexts.some((entry) => key(entry) === text)), [], 'texts the source does not have');
      for (const entry of sourceTexts) {
        const text = translated.get(key(entry));
        assert.ok(text?.trim(), `“${key(entry)}” is translated`);
        assert.deepEqual(placeholders(text), placeholders(entry.msgid), `“${text}” keeps the placeholders of “${entry.msgid}”`);
      }
    });
  }

  it('compile into the .mo files and the editor script’s JSON that WordPress loads', () => {
    const files = compiled();
    // WordPress names the script's file by the MD5 of the script's path in the plugin.
    const json = JSON.parse(files['languages/belarus-solidarity-pl_PL-7ea2683d6f213926d1bc30eb2fbf4503.json']);
    assert.equal(json.locale_data.messages.Layout[0], found.pl_PL.translations[''].Layout.msgstr[0]);
    assert.equal(json.locale_data.messages['Show the banner'], undefined, 'only the editor script’s texts');
    const mo = gettextParser.mo.parse(files['languages/belarus-solidarity-pl_PL.mo']);
    assert.equal(mo.translations['block title']['Belarus solidarity countdown'].msgstr[0], found.pl_PL.translations['block title']['Belarus solidarity countdown'].msgstr[0]);
    // A site in Mexico gets the Spanish catalog; a German site that says "Sie" does not get one that says "du".
    assert.ok(files['languages/belarus-solidarity-es_MX.mo']);
    assert.equal(files['languages/belarus-solidarity-de_DE_formal.mo'], undefined);
  });
});
