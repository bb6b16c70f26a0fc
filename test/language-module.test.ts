/**
 * The ES module of one language, as a bundler user imports it (`belarus-solidarity/languages/pl`, which is
 * dist/languages/pl.js, with Lit from the project's own dependencies): the element with Polish alone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { catalogs } from '../src/i18n/index.js';
// @ts-expect-error: a built file, typed by dist/esm/index.d.ts in the package.
import * as polish from '../dist/languages/pl.js';

describe('belarus-solidarity/languages/pl', () => {
  it('registers the element, exports what the package entry exports, and holds Polish alone', async () => {
    expect(customElements.get('belarus-solidarity')).to.equal(polish.BelarusSolidarity);
    expect(Object.keys(polish.catalogs)).to.deep.equal(['pl']);
    const warn = sinon.stub(console, 'warn');
    try {
      const page = await fixture(html`<div lang="de"><belarus-solidarity></belarus-solidarity><belarus-solidarity lang="fr"></belarus-solidarity></div>`);
      const widgets = [...page.querySelectorAll('belarus-solidarity')] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(widgets.map((widget) => widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'))).to.deep.equal(['pl', 'pl']);
      expect(widgets[0].shadowRoot!.querySelector('[part~="heading"] slot')!.textContent).to.equal(catalogs.pl.heading);
      expect(warn.args.map((args) => args.join(' '))).to.deep.equal([
        '<belarus-solidarity>: lang="fr": this file, belarus-solidarity.pl.js, speaks only pl; belarus-solidarity.js speaks fr and every other language. Showing pl.',
      ]);
    } finally {
      warn.restore();
    }
  });
});
