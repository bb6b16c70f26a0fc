// React 19: `import type {} from 'belarus-solidarity/react'` once in a project types <belarus-solidarity>
// in JSX (attributes, their values, the solidarity-day handler). Only React projects import this file, so a
// project without React never sees the 'react' module named.
import type { CustomElements } from '../dist/types/jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
