// The analyzer writes custom-elements.json from the element's JSDoc; these plugins of the
// custom-elements-manifest ecosystem turn that one manifest into framework typings and editor data, so
// nothing here is written by hand twice.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
// Built before the analyzer runs (see the build script): the element's own lists of allowed values.
import { LAYOUTS, PRECISIONS, THEMES } from './dist/esm/options.js';

const types = { outdir: 'dist/types', globalTypePath: '../esm/index.js', hideLogs: true };

/**
 * `lang` is the element's built-in property; the analyzer, seeing no field for it in the class, leaves the
 * attribute unlinked, and the typings would then name a property `undefined`.
 */
const langIsBuiltIn = {
  name: 'lang-is-the-built-in-property',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const attribute of declaration.attributes ?? []) if (attribute.name === 'lang') attribute.fieldName ??= 'lang';
    }
  },
};

/**
 * The analyzer writes an option's type as its alias (`Layout`), which editors cannot offer as values; the
 * element's own lists spell them out (`'card' | 'banner' | 'compact'`).
 */
const ALIASES = { Layout: LAYOUTS, Theme: THEMES, Precision: PRECISIONS };
const valuesSpelledOut = {
  name: 'values-spelled-out',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
        const values = ALIASES[item.type?.text];
        if (values) item.type.text = values.map((value) => `'${value}'`).join(' | ');
      }
    }
  },
};

/**
 * Vue's templates match an attribute to a property by camelizing it (`join-url` sets `joinUrl`), and its
 * typings check them the same way; the generator names props by attribute. So it gets a copy of the
 * manifest in which each attribute carries its property's name.
 */
const vueTypes = {
  name: 'vue-types-by-property-name',
  packageLinkPhase({ customElementsManifest }) {
    const manifest = structuredClone(customElementsManifest);
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const attribute of declaration.attributes ?? []) attribute.name = attribute.fieldName ?? attribute.name;
    }
    generateVuejsTypes(manifest, { ...types, fileName: 'vue.d.ts' });
  },
};

export default {
  globs: ['src/belarus-solidarity.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    langIsBuiltIn,
    valuesSpelledOut,
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementSolidJsPlugin({ ...types, fileName: 'solid.d.ts' }),
    vueTypes,
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
  ],
};
