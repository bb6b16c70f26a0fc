// Packs the WordPress plugin: the folder wordpress/ as it is in the project, with the built widget file
// beside it and its translations compiled (scripts/wordpress-i18n.mjs), into
// dist/belarus-solidarity-wordpress.zip, the file WordPress's "Upload Plugin" form takes.
// The plugin's version is written in four places WordPress reads (the plugin's header and constant, its
// readme's stable tag, block.json); the build stops when one of them is not package.json's.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { compiled } from './wordpress-i18n.mjs';

const root = new URL('../', import.meta.url);
const plugin = new URL('wordpress/', root);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const text = (name) => readFileSync(new URL(name, plugin), 'utf8');

const versions = {
  'belarus-solidarity.php header': text('belarus-solidarity.php').match(/^ \* Version:\s+(\S+)/m)?.[1],
  'belarus-solidarity.php constant': text('belarus-solidarity.php').match(/BELARUS_SOLIDARITY_VERSION = '([^']+)'/)?.[1],
  'readme.txt stable tag': text('readme.txt').match(/^Stable tag:\s+(\S+)/m)?.[1],
  'block.json': JSON.parse(text('block.json')).version,
};
const stale = Object.entries(versions).filter(([, found]) => found !== version);
if (stale.length) {
  console.error(stale.map(([where, found]) => `wordpress/${where} says ${found}, package.json ${version}`).join('\n'));
  process.exit(1);
}

// A fixed date, so the same sources give the same zip.
const mtime = new Date('2011-08-04T00:00:00Z');
const files = { 'belarus-solidarity/': [new Uint8Array(), { mtime }] };
for (const entry of readdirSync(plugin, { recursive: true, withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
  if (!entry.isFile()) continue;
  const path = `${entry.parentPath ?? entry.path}/${entry.name}`.slice(new URL(plugin).pathname.length).replace(/^\/+/, '');
  files[`belarus-solidarity/${path}`] = [readFileSync(new URL(path, plugin)), { mtime }];
}
// The widget's files: the all-in one and one per language; the plugin serves the smallest a page needs.
for (const name of readdirSync(new URL('dist/', root)).filter((file) => /^belarus-solidarity(\.[a-z]{2,3})?\.js$/.test(file))) {
  files[`belarus-solidarity/${name}`] = [readFileSync(new URL(`dist/${name}`, root)), { mtime }];
}
// The plugin's texts as WordPress loads them, compiled from the catalogs in wordpress/languages.
for (const [path, bytes] of Object.entries(compiled())) files[`belarus-solidarity/${path}`] = [bytes, { mtime }];

const zip = zipSync(files, { level: 9 });
writeFileSync(new URL('dist/belarus-solidarity-wordpress.zip', root), zip);
console.log(`dist/belarus-solidarity-wordpress.zip: ${zip.length} B, ${Object.keys(files).length - 1} files, version ${version}`);
