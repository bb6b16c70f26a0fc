import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';

/**
 * Lit keeps styles as template text, which the JavaScript minifier leaves alone: this folds comments and
 * white space out of every css`…` template in the sources (and the quotes of attribute selectors, the
 * zeros before decimal points), the same rules.
 */
const minifyCssTemplates: Plugin = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    return code.replace(/css`([^`]*)`/g, (_, text: string) => {
      const folded = text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
        .replace(/ !important/g, '!important')
        .replace(/ ([*/]) /g, '$1')
        .replace(/([^\d.])0\.(\d)/g, '$1.$2')
        .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
        .trim();
      return `css\`${folded}\``;
    });
  },
};

/**
 * The element's html`…` templates are indented for reading; every line break in them would become a
 * white-space text node in each widget (a third of a compact widget's nodes), which costs memory and time
 * on a page of many widgets and shows nowhere. Lit's own minifier (html-minifier-next underneath) folds
 * them. The styles keep the step above: its CSS minifier (Lightning CSS) cannot parse a template that is
 * only declarations, such as the dark palette.
 */
const minifyHtmlTemplates: Plugin = {
  // A Rollup plugin, whose types are Rollup's own.
  ...(minifyHTML({ include: ['src/belarus-solidarity.ts'], failOnError: true, options: { minifyOptions: { minifyCSS: false, collapseInlineTagWhitespace: true } } }) as unknown as Plugin),
  enforce: 'pre',
};

/**
 * Lit registers its versions on `globalThis` (for dev-mode warnings about duplicate copies) and shares
 * decorator metadata through a global map and a `Symbol.metadata` it adds to `Symbol`. The widget lives on
 * other people's pages and promises to add no global at all, so its copy of Lit keeps all three to itself:
 * the version lists are dropped, the metadata map (only used by decorators, which the widget does not use)
 * becomes a module variable and `Symbol` is left as the page has it. Nor does it take the hooks Lit reads
 * from page globals (`litHtmlPolyfillSupport` and the like, for the ShadyDOM polyfill and server-side
 * hydration): a page's script must not reach into the widget's rendering. Fails the build if a Lit update
 * changes the code this expects, rather than letting the globals back in silently.
 */
const litWithoutGlobals: Plugin = {
  name: 'lit-without-globals',
  transform(code, id) {
    const file = id.replace(/\\/g, '/');
    const edits: Array<[RegExp, string]> = [];
    if (/\/node_modules\/(lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/reactive-element)\.js$/.test(file)) {
      edits.push([/\(\w+\.(?:litHtml|litElement|reactiveElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0']);
      edits.push([/\b\w+\.(?:litHtml|litElement|reactiveElement)PolyfillSupport\b/, '(void 0)']);
    }
    if (file.endsWith('/lit-element/lit-element.js')) edits.push([/\b\w+\.litElementHydrateSupport\b/, '(void 0)']);
    if (file.endsWith('/@lit/reactive-element/reactive-element.js')) {
      edits.push([/\w+\.litPropertyMetadata\?\?=new WeakMap/, '0']);
      // Read back as `this[Symbol.metadata]`, which is then `this[undefined]`: no metadata, as intended.
      edits.push([/Symbol\.metadata\?\?=Symbol\("metadata"\)/, '0']);
    }
    if (!edits.length) return null;
    let result = code;
    for (const [pattern, replacement] of edits) {
      if (!pattern.test(result)) this.error(`lit-without-globals: ${pattern} not found in ${file}; check the Lit update.`);
      result = result.replace(pattern, replacement);
    }
    if (file.endsWith('/@lit/reactive-element/reactive-element.js')) result = `const litPropertyMetadata=new WeakMap;${result}`;
    return { code: result, map: null };
  },
};

/**
 * Lit creates a Trusted Types policy named "lit-html" as soon as it loads. On a page that requires Trusted
 * Types, a second policy of one name is refused (and then Lit cannot render), so the widget's copy of Lit
 * would clash with the page's own Lit and with a second copy of the widget's file. Its copy of Lit names
 * the policy after the widget and creates it at the first render, which only the copy that defined the
 * element ever reaches. Fails the build if a Lit update changes the code this expects.
 */
const TRUSTED_TYPES_POLICY = 'belarus-solidarity';
const ownTrustedTypesPolicy: Plugin = {
  name: 'own-trusted-types-policy',
  transform(code, id) {
    if (!id.replace(/\\/g, '/').endsWith('/node_modules/lit-html/lit-html.js')) return null;
    const creation = /(\w+)=(\w+)\?\2\.createPolicy\("lit-html",\{createHTML:(\w+)=>\3\}\):void 0/;
    if (!creation.test(code)) this.error('own-trusted-types-policy: the policy creation was not found; check the Lit update.');
    const lazy = code.replace(
      creation,
      (_, policy, trustedTypes) =>
        `${policy}=${trustedTypes}?{createHTML:h=>(ownPolicy??=${trustedTypes}.createPolicy("${TRUSTED_TYPES_POLICY}",{createHTML:t=>t})).createHTML(h)}:void 0`,
    );
    return { code: `let ownPolicy;${lazy}`, map: null };
  },
};

/**
 * What the file starts with, before any code.
 *
 * A byte order mark. The file holds twelve languages as UTF-8. A browser decodes a classic script by its
 * byte order mark first, then by the charset of the response, then by the page's encoding: a self-hosted
 * copy served without a charset (nginx's and Apache's default for .js) on a windows-1251 page would show
 * "РњС–Р¶РЅР°СЂРѕРґРЅС‹" for Belarusian. Three bytes of BOM make every browser read it as UTF-8 wherever it lands.
 *
 * V8's compile hint, which must be the first line: nearly everything in the file runs when the widget
 * first renders, and without the hint V8 compiles each function on the main thread when it is first called
 * (a fifth of the first render at 4x throttling). With it, Chromium compiles them all while the script
 * streams in, off the main thread. Other engines ignore the comment.
 */
const FILE_HEAD = '\uFEFF//# allFunctionsCalledOnLoad\n';
const fileHead: Plugin = {
  name: 'file-head',
  apply: 'build',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = FILE_HEAD + chunk.code;
  },
};

/**
 * The most a file may weigh gzipped, measured with zlib at its highest level, which reads a few hundred
 * bytes above the gzip command. Everything partners get counts: Lit as Lit ships it, the element, its
 * styles and its languages. The all-in file: 23 KB (23,552 bytes) for the first twelve languages, and
 * 1 KB more for each language added since (English and a catalog in src/i18n/po/ each). A file of one language: 15 KB (the goal is 14).
 */
const LANGUAGE_COUNT = readdirSync('src/i18n/po').filter((name) => name.endsWith('.po')).length + 1;
const GZIP_BUDGET = (23 + (LANGUAGE_COUNT - 12)) * 1024;
const ONE_LANGUAGE_GZIP_BUDGET = 15 * 1024;

/**
 * After every build: the file's size as partners download it (raw, gzip, brotli, each at its highest
 * level) and its Subresource Integrity hash for the snippet. A file over its budget fails the build.
 */
const reportBundle = (budget: number): Plugin => ({
  name: 'report-bundle',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      const file = `${options.dir}/${name}`;
      const body = readFileSync(file);
      const gzip = gzipSync(body, { level: 9 }).length;
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
      console.log(
        `\n${name}: ${body.length} B raw, ${gzip} B gzip (budget ${budget} B, ${budget - gzip} B to spare), ` +
          `${brotli} B brotli\nintegrity="${integrity}"\n`,
      );
      if (gzip > budget) this.error(`${name} is ${gzip} B gzipped, over the budget of ${budget} B.`);
    }
  },
});

/**
 * A file of one language: the catalogs module the widget imports is that language's alone
 * (src/i18n/generated/catalogs-<code>.ts, made by scripts/catalogs.mjs with the rest).
 */
const oneLanguage = (language: string): Plugin => ({
  name: 'one-language',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source !== './generated/catalogs.js' || !importer?.replace(/\\/g, '/').endsWith('/src/i18n/index.ts')) return null;
    return join(process.cwd(), `src/i18n/generated/catalogs-${language}.ts`);
  },
});

/**
 * The dev server's root is the project (the demo loads ../dist); its front page is the demo. The built file
 * goes out byte for byte, as a partner's server would send it: Vite's own pipeline would append an inline
 * source map, and the demo's integrity hash and download would then be of a file no partner ever gets.
 */
const demoServer: Plugin = {
  name: 'demo-server',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const path = request.url?.split('?')[0];
      if (path === '/') {
        response.writeHead(302, { Location: '/demo/' });
        response.end();
      } else if (path === '/dist/belarus-solidarity.js') {
        const body = readFileSync(join(server.config.root, 'dist/belarus-solidarity.js'));
        response.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
        response.end(body);
      } else {
        next();
      }
    });
  },
};

/**
 * The oldest browsers that get the widget, package.json's `browserslist` (see the README's "Browsers"), as the
 * build's syntax target: syntax newer than they parse is rewritten for them, so only the APIs the widget
 * needs set the floor, never its syntax (a test checks the built file against the same list).
 */
const SYNTAX_TARGET: string[] = JSON.parse(readFileSync('package.json', 'utf8')).browserslist.map((query: string) =>
  query.replace('ios_saf', 'ios').replace(' >= ', ''),
);

// `vite build` writes the one classic script partners paste: Lit, the element, every language and the
// data-mount embed, minified into dist/belarus-solidarity.js. `vite build --mode language-<code>` writes the
// same file with one language, dist/belarus-solidarity.<code>.js, and `--mode module-<code>` the ES module
// entry of one language for bundlers, dist/languages/<code>.js (the package's `belarus-solidarity/languages/<code>`),
// with Lit left to the bundler as in dist/esm/ (scripts/languages.mjs builds them all). `vite` alone serves
// the demo from the project root.
export default defineConfig(({ mode }) => {
  const [, kind, language] = /^(language|module)-([a-z]{2,3})$/.exec(mode) ?? [];
  const lib = kind === 'module'
    ? { entry: 'src/index.ts', formats: ['es' as const], fileName: () => `languages/${language}.js` }
    : {
        entry: 'src/script.ts',
        formats: ['iife' as const],
        name: 'BelarusSolidarity',
        fileName: () => (language ? `belarus-solidarity.${language}.js` : 'belarus-solidarity.js'),
      };
  return {
    plugins: [
      ...(language ? [oneLanguage(language)] : []),
      minifyCssTemplates,
      minifyHtmlTemplates,
      litWithoutGlobals,
      ownTrustedTypesPolicy,
      // The classic files start with their byte order mark and compile hint, and each is held to its budget.
      ...(kind === 'module' ? [] : [fileHead, reportBundle(language ? ONE_LANGUAGE_GZIP_BUDGET : GZIP_BUDGET)]),
      demoServer,
    ],
    build: {
      target: SYNTAX_TARGET,
      emptyOutDir: false,
      lib,
      // A bundler gets readable code and its own copy of Lit, as from dist/esm/.
      minify: kind !== 'module',
      rollupOptions: kind === 'module' ? { external: [/^lit(\/|$)/, /^@lit\//] } : {},
      // A partner copies one file; a map comment would point at a file they do not have.
      sourcemap: false,
      // The report-bundle plugin prints the sizes that count, at the highest compression levels.
      reportCompressedSize: false,
    },
    // The dev server only serves the demo; the test pages belong to web-test-runner.
    optimizeDeps: { entries: ['demo/**/*.html'] },
    server: {
      port: 5173,
      strictPort: false,
    },
  };
});
