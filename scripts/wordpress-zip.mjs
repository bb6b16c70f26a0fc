// Packs the WordPress plugin: the folder wordpress/ as it is in the project, with the built widget file
// beside it, into dist/belarus-solidarity-wordpress.zip, the file WordPress's "Upload Plugin" form takes.
// The plugin's version is written in four places WordPress reads (the plugin's header and constant, its
// readme's stable tag, block.json); the build stops when one of them is not package.json's.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';

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
files['belarus-solidarity/belarus-solidarity.js'] = [readFileSync(new URL('dist/belarus-solidarity.js', root)), { mtime }];

const zip = zipSync(files, { level: 9 });
writeFileSync(new URL('dist/belarus-solidarity-wordpress.zip', root), zip);
console.log(`dist/belarus-solidarity-wordpress.zip: ${zip.length} B, ${Object.keys(files).length - 1} files, version ${version}`);
