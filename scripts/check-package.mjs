// Checks what `npm publish` would ship, after a build: exactly the files a user needs, and every entry
// point package.json names. The classic script for CDNs and copying (every language, and one file per
// language), the ES modules with their types (one
// per source module, less the classic script's own entry), the manifest with the typings and editor data
// made from it, README and LICENSE; no tests, demo, pictures, sources or source maps.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES } from './catalogs.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const shipped = new Set(pack.files.map((file) => file.path));

/** Source modules, as paths relative to src/ without extension. */
function modules(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') ? [relative('src', path).replace(/\.ts$/, '')] : [];
  });
}
const classicOnly = new Set(['script', 'auto-mount']);
const expected = new Set([
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/belarus-solidarity.js',
  // The same widget with one language, a file each.
  ...Object.keys(LANGUAGES).map((language) => `dist/belarus-solidarity.${language}.js`),
  // And as an ES module for bundlers, Lit left to them: `belarus-solidarity/languages/<code>`.
  ...Object.keys(LANGUAGES).map((language) => `dist/languages/${language}.js`),
  // Framework typings and editor data, generated from the manifest, and the framework entries over them.
  'dist/types/jsx.d.ts',
  'dist/types/solid.d.ts',
  'dist/types/vue.d.ts',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'types/react.d.ts',
  'types/preact.d.ts',
  'types/solid.d.ts',
  ...modules()
    .filter((module) => !classicOnly.has(module))
    .flatMap((module) => [`dist/esm/${module}.js`, `dist/esm/${module}.d.ts`]),
]);

const problems = [];
for (const file of expected) if (!shipped.has(file)) problems.push(`missing: ${file}`);
for (const file of shipped) if (!expected.has(file)) problems.push(`not needed: ${file}`);

/** Every file package.json points at must ship. */
const targets = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types'], ...pkg.sideEffects];
const collect = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(collect));
targets.push(...collect(pkg.exports));
for (const target of targets) {
  // A subpath pattern (`./dist/belarus-solidarity.*.js`) points at every file it matches.
  const file = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
  if (![...shipped].some((path) => file.test(path))) problems.push(`package.json points at ${target}, which does not ship`);
}

if (problems.length) {
  console.error(`npm pack would ship the wrong files:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm pack: ${pack.files.length} files, ${pack.size} B packed, ${pack.unpackedSize} B unpacked, as expected.`);
