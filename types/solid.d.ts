// Solid: `import type {} from 'belarus-solidarity/solid'` once in a project types <belarus-solidarity> in JSX
// (with Solid's `on:solidarity-day`, `attr:` and `prop:` forms).
import type { CustomElements } from '../dist/types/solid.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
