import { expect, fixture, html } from '@open-wc/testing';
import { hostLocale } from '../../../src/elements/shared/locale.js';
import { defaultLocale, safeLocale } from '../../../src/model/locale.js';

describe('hostLocale', () => {
  afterEach(() => (document.documentElement.lang = ''));

  /** An element inside the shadow root of a host inside `outer`. */
  async function nested(outer: string | null, inner: string | null): Promise<Element> {
    const wrapper = await fixture<HTMLElement>(html`<div lang=${outer ?? ''}><section></section></div>`);
    const root = wrapper.querySelector('section')!.attachShadow({ mode: 'open' });
    root.innerHTML = inner === null ? '<p><span></span></p>' : `<p lang="${inner}"><span></span></p>`;
    return root.querySelector('span')!;
  }

  it('takes the nearest lang up the ancestors, crossing shadow roots', async () => {
    expect(hostLocale(await nested('fr-CA', null))).to.equal('fr-CA');
    expect(hostLocale(await nested('fr-CA', 'de-DE'))).to.equal('de-DE');
  });

  it('skips a lang that is not a locale, and an empty one', async () => {
    expect(hostLocale(await nested('fr-CA', 'not a locale!!'))).to.equal('fr-CA');
    document.documentElement.lang = 'en-GB';
    expect(hostLocale(await nested(null, ''))).to.equal('en-GB');
  });

  it('falls back to the document’s language, then the browser’s: the model’s fallback', async () => {
    const plain = await nested(null, null);
    document.documentElement.lang = 'es-MX';
    expect(hostLocale(plain)).to.equal('es-MX');
    document.documentElement.lang = '';
    expect(hostLocale(plain)).to.equal(defaultLocale());
    expect(hostLocale(plain)).to.equal(safeLocale('not a locale!!'));
  });

  it('puts an element’s own locale first, when it is one', async () => {
    const el = await nested('fr-CA', null);
    expect(hostLocale(el, 'de-CH')).to.equal('de-CH');
    expect(hostLocale(el, 'nonsense locale')).to.equal('fr-CA');
  });

  it('gives locales in canonical form, with the white space around a lang trimmed', async () => {
    expect(hostLocale(await nested('EN-us', null))).to.equal('en-US');
    expect(hostLocale(await nested(' fr-ca ', null))).to.equal('fr-CA');
  });
});
