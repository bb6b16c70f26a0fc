/**
 * custom-elements.json is what editors, Storybook and catalogs read about the widget. It is built from the
 * class's JSDoc, so these tests hold it to what the element really observes, renders and styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import { ATTRIBUTES, BelarusSolidarity } from '../src/belarus-solidarity.js';
import { styles } from '../src/belarus-solidarity.styles.js';
import { LAYOUTS, shadowElements, useClock } from './helpers.js';

interface Described {
  name: string;
  description?: string;
  default?: string;
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  attributes: Described[];
  members: Array<Described & { kind: string; privacy?: string; static?: boolean }>;
  cssParts: Described[];
  cssStates: Described[];
  cssProperties: Described[];
  events: Described[];
}

const clock = useClock();

async function declaration(): Promise<Declaration> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const found = manifest.modules
    .flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? [])
    .filter((d: Declaration) => d.tagName === 'belarus-solidarity');
  expect(found).to.have.length(1);
  return found[0];
}

const names = (list: Described[]) => list.map((item) => item.name).sort();

/** Every part name in the widget's shadow DOM, over every layout, both join forms, counting and on the day. */
async function renderedParts(): Promise<string[]> {
  const parts = new Set<string>();
  for (const instant of ['2026-07-31T12:00:00+12:00', '2026-08-04T12:00:00+12:00']) {
    clock.at(instant);
    for (const layout of LAYOUTS) {
      for (const joinUrl of [undefined, 'https://example.org/']) {
        const el = await fixture<BelarusSolidarity>(
          html`<belarus-solidarity layout=${layout} join-url=${joinUrl ?? nothing}></belarus-solidarity>`,
        );
        for (const element of shadowElements(el)) element.part.forEach((name) => parts.add(name));
      }
    }
  }
  return [...parts].sort();
}

describe('custom-elements.json', () => {
  it('lists exactly the attributes the element observes, each described and tied to its property', async () => {
    const { attributes } = await declaration();
    expect(names(attributes)).to.deep.equal([...ATTRIBUTES].sort());
    for (const attribute of attributes) {
      expect(attribute.description, attribute.name).to.be.a('string').and.not.empty;
      if (attribute.name === 'lang') continue; // the built-in HTMLElement.lang
      expect(attribute.fieldName, attribute.name).to.be.a('string');
      expect(attribute.fieldName! in BelarusSolidarity.prototype, attribute.fieldName).to.be.true;
      expect(attribute.default, attribute.name).to.be.a('string');
    }
  });

  it('documents each public property with its default', async () => {
    const { members } = await declaration();
    const fields = members.filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_'));
    expect(fields.map((f) => f.name).sort()).to.deep.equal(
      ['joinUrl', 'joinLabel', 'timeZone', 'theme', 'layout', 'headingLevel', 'showDaysBefore', 'precision'].sort(),
    );
    for (const field of fields) {
      expect(field.description, field.name).to.be.a('string').and.not.empty;
      expect(field.default, field.name).to.be.a('string');
    }
  });

  it('names exactly the parts the widget renders', async () => {
    const { cssParts } = await declaration();
    expect(names(cssParts)).to.deep.equal(await renderedParts());
    for (const part of cssParts) expect(part.description, part.name).to.be.a('string').and.not.empty;
  });

  it('names exactly the custom properties the styles read, with the light theme defaults', async () => {
    const { cssProperties } = await declaration();
    const read = [...new Set(styles.cssText.match(/--solidarity-[a-z-]+/g))].sort();
    expect(names(cssProperties)).to.deep.equal(read);
    for (const property of cssProperties) {
      expect(property.description, property.name).to.be.a('string').and.not.empty;
      expect(styles.cssText, property.name).to.include(`var(${property.name}, ${property.default})`);
    }
  });

  it('lists the today and off-season states and the solidarity-day event', async () => {
    const { cssStates, events } = await declaration();
    expect(names(cssStates)).to.deep.equal(['off-season', 'today']);
    expect(names(events)).to.deep.equal(['solidarity-day']);
  });
});
