import { defineConfig, type Plugin } from 'vite';

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
  plugins: [demoAsFrontPage],
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
