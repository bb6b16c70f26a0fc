// Preact: `import type {} from 'belarus-solidarity/preact'` once in a project types <belarus-solidarity> in JSX.
import type { CustomElements } from '../dist/types/jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
