// Writes dist/site/: the configurator and the blog example as a static site any host serves as it is (a
// folder on a server, GitHub Pages under a sub-path, `python3 -m http.server`), and that works saved to disk.
// Every address in it is relative; it has the widget's files (every language, and one per language), the
// WordPress plugin's zip, one stylesheet, the configurator as one classic script (a module would not run
// from a saved copy) and its texts in each language (configurator/<language>.js), and nothing else. Each file's integrity hash and size, and the version, are written
// into the configurator's page.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const site = new URL('dist/site/', root);
const { version, browserslist } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
/** The widget's files: the one of every language and one per language. */
const files = readdirSync(new URL('dist/', root)).filter((name) => /^belarus-solidarity(\.[a-z]{2,3})?\.js$/.test(name));

/** Replaces each `[from, to]` in a page, and stops the build if one is not there: a page changed under it. */
function rewrite(page, replacements) {
  let html = readFileSync(new URL(`demo/${page}`, root), 'utf8');
  for (const [from, to] of replacements) {
    if (!html.includes(from)) throw new Error(`demo/${page} no longer has ${from}`);
    html = html.replaceAll(from, to);
  }
  writeFileSync(new URL(page, site), html);
}

mkdirSync(site, { recursive: true });
for (const file of files) copyFileSync(new URL(`dist/${file}`, root), new URL(file, site));
copyFileSync(new URL('dist/belarus-solidarity-wordpress.zip', root), new URL('belarus-solidarity-wordpress.zip', site));
copyFileSync(new URL('demo/demo.css', root), new URL('demo.css', site));
cpSync(new URL('dist/configurator/', root), new URL('configurator/', site), { recursive: true });

const facts = Object.fromEntries(
  files.map((file) => {
    const bytes = readFileSync(new URL(`dist/${file}`, root));
    return [file, { integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`, size: bytes.length }];
  }),
);
const metas = [
  `<meta name="belarus-solidarity-files" content="${JSON.stringify(facts).replaceAll('"', '&quot;')}" />`,
  `<meta name="belarus-solidarity-version" content="${version}" />`,
];
rewrite('index.html', [
  ['<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${metas.join('\n    ')}`],
  ['../dist/', ''],
  ['<script type="module" src="configurator.js"></script>', '<script src="configurator.js" defer></script>'],
]);
rewrite('blog.html', [['../dist/', '']]);

// The same browsers as the widget's: package.json's browserslist, in esbuild's words.
const names = { chrome: 'chrome', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };
await build({
  entryPoints: [new URL('demo/configurator.js', root).pathname],
  outfile: new URL('configurator.js', site).pathname,
  bundle: true,
  format: 'iife',
  minify: true,
  target: browserslist.map((query) => query.replace(/^(\w+) >= ([\d.]+)$/, (_, name, at) => `${names[name]}${at}`)),
  logLevel: 'warning',
});
console.log(`dist/site/: the configurator and the blog example, ${version}`);
