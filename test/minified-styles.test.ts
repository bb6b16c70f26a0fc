/**
 * The styles in the built file are the source's styles, folded by the build's own CSS step (vite.config.ts,
 * `minifyCssTemplates`; a maintained minifier cannot parse a template of declarations alone): the browser
 * must read the same rules from both. A rule the step mangled (a selector, a value, a lost declaration)
 * reads back differently here.
 */
import { expect } from '@open-wc/testing';
import { styles } from '../src/belarus-solidarity.styles.js';
import { loadBuiltFile } from './helpers.js';

/**
 * Every rule as the browser reads it back: its selector or condition exact, each declaration's name and
 * priority exact, and each value without its white space and with `0.5` as `.5`, because a browser keeps a
 * value holding `var()` as it was written, spaces and all, and the step drops those spaces.
 */
function rules(list: CSSRuleList): unknown[] {
  return [...list].map((rule) => {
    if (rule instanceof CSSStyleRule) {
      const style = rule.style;
      return [
        rule.selectorText,
        [...style].map((name) => [name, style.getPropertyPriority(name), style.getPropertyValue(name).replace(/\s+/g, '').replace(/(^|[^\d.])0\.(\d)/g, '$1.$2')]),
      ];
    }
    if (rule instanceof CSSGroupingRule) return [rule.cssText.slice(0, rule.cssText.indexOf('{')).trim(), rules(rule.cssRules)];
    return rule.cssText;
  });
}

describe('the built file’s styles', () => {
  it('are the rules of the source’s styles, as the browser reads them', async () => {
    await loadBuiltFile();
    const widget = document.createElement('belarus-solidarity');
    document.body.append(widget);
    await customElements.whenDefined('belarus-solidarity');
    const built = widget.shadowRoot!.adoptedStyleSheets;
    expect(built.length).to.equal(1);
    const source = new CSSStyleSheet();
    source.replaceSync(styles.cssText);
    expect(rules(built[0]!.cssRules)).to.deep.equal(rules(source.cssRules));
    expect(source.cssRules.length).to.be.greaterThan(20);
    widget.remove();
  });
});
