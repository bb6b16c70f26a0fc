import { defineConfig, type Plugin } from 'vite';

/**
 * Lit keeps styles as template text, which the JavaScript minifier leaves alone: this folds comments and
 * white space out of every css`…` template in the sources, byte for byte the same rules.
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
        .trim();
      return `css\`${folded}\``;
    });
  },
};

/** The dev server's root is the project (the demo loads ../dist); its front page is the demo. */
const demoAsFrontPage: Plugin = {
  name: 'demo-as-front-page',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.writeHead(302, { Location: '/demo/' });
      response.end();
    });
  },
};

// `vite build` writes the one classic script partners paste: Lit, the element and the data-mount embed,
// minified into dist/belarus-solidarity.js. `vite` alone serves the demo from the project root.
export default defineConfig({
  plugins: [minifyCssTemplates, demoAsFrontPage],
  build: {
    target: 'es2021',
    emptyOutDir: false,
    lib: {
      entry: 'src/script.ts',
      formats: ['iife'],
      name: 'BelarusSolidarity',
      fileName: () => 'belarus-solidarity.js',
    },
    minify: true,
    // A partner copies one file; a map comment would point at a file they do not have.
    sourcemap: false,
  },
  // The dev server only serves the demo; the test pages belong to web-test-runner.
  optimizeDeps: { entries: ['demo/**/*.html'] },
  server: {
    port: 5173,
    strictPort: false,
  },
});
