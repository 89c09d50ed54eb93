import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { $, $$, control, setValue, text } from '../../support/dom.js';
import { options, renderEditor, searchProducts } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { useEditorSuite } from './line-item-editor-support.js';

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('product search', () => {
    it('searches under "Name" and lists each product with its code, price and thumbnail', async () => {
      const el = await renderEditor(mock.adapter);
      expect(control(el, 'Name')?.getAttribute('role')).to.equal('combobox');
      const found = await searchProducts(el, 'Canvas');
      const tote = found.find((o) => text(o).includes('Canvas Tote Bag'))!;
      expect(text(tote)).to.include('CTB-200').and.include('$24.99');
      expect(tote.querySelector('mark')?.textContent).to.equal('Canvas');
      expect(tote.querySelector('img')?.getAttribute('src')).to.match(/^data:image\//);
      expect(control(el, 'Name')?.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('lists the product whose code (SKU) was typed exactly first, and forgives a typo in a long word', async () => {
      const byCode = await searchProducts(await renderEditor(mock.adapter), 'TRS-100');
      expect(text(byCode[0])).to.include('Trail Runner Shoe').and.include('TRS-100');
      const typo = await searchProducts(await renderEditor(mock.adapter), 'Insulted Water');
      expect(text(typo[0])).to.include('Insulated Water Bottle');
    });

    it('shows the price list price with the list price when the order has a price list', async () => {
      const el = await renderEditor(mock.adapter, { priceListId: 'vip' });
      const found = await searchProducts(el, 'Canvas Tote');
      const tote = found.find((o) => text(o).includes('Canvas Tote Bag'))!;
      expect(text(tote)).to.include('$22.49');
      expect(tote.querySelector('s')?.textContent).to.equal('$24.99');
      expect(mock.backend.requestsFor('searchProducts')[0]?.url).to.include('priceListId=vip');
    });

    it('shows no image for a URL that is not https: or data:image', async () => {
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/us/products`, () =>
          HttpResponse.json({
            items: [
              {
                id: 'x',
                code: 'X-1',
                name: 'Sketchy Hat',
                type: 'simple',
                price: { amount: 100, currency: 'USD' },
                imageUrl: 'javascript:alert(1)',
              },
              {
                id: 'y',
                code: 'Y-1',
                name: 'Plain Hat',
                type: 'simple',
                price: { amount: 100, currency: 'USD' },
                imageUrl: 'http://example.com/a.png',
              },
            ],
          }),
        ),
      );
      const el = await renderEditor(mock.adapter);
      const found = await searchProducts(el, 'Hat');
      expect(found).to.have.length(2);
      expect($$(el, '[role="option"] img')).to.have.length(0);
    });

    it('announces that nothing matches', async () => {
      const el = await renderEditor(mock.adapter);
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'zzzzqq' });
      const status = await until(
        () => $$(el, '[role="status"]').find((s) => text(s) === 'No products match.'),
        'no empty state',
      );
      expect(status.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps its live region in the page before it has anything to say, so that what it says is heard', async () => {
      const el = await renderEditor(mock.adapter);
      const region = $(el, '.combo [role="status"]')!;
      expect(region.hidden).to.equal(false);
      expect(text(region)).to.equal('');
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      await sendKeys({ type: 'C' });
      await el.updateComplete;
      // The same node, never hidden: its text changes.
      expect($(el, '.combo [role="status"]')).to.equal(region);
      expect(text(region)).to.equal('Type at least 2 characters.');
      expect(region.checkVisibility()).to.equal(true);
      await sendKeys({ type: 'anvas' });
      await until(() => options(el).length > 0, 'no suggestions');
      expect($(el, '.combo [role="status"]')).to.equal(region);
      expect(text(region)).to.match(/^\d+ products? found\.$/);
    });

    it('does not let the previous query’s products be seen or chosen while a new one loads', async () => {
      const el = await renderEditor(mock.adapter);
      const input = control(el, 'Name')!;
      await searchProducts(el, 'Canvas');
      const release = mock.scenario.holdNext('searchProducts');
      const before = mock.backend.requestsFor('searchProducts').length;
      // The agent types on: "Canvas" → "Canvas Tote", each keystroke a new query.
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' Tote' });
      await el.updateComplete;
      // At once, and for as long as the new answer is on its way: nothing from "Canvas".
      expect(options(el)).to.deep.equal([]);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(text($(el, '.combo [role="status"]'))).to.equal('Searching products…');
      await until(() => mock.backend.requestsFor('searchProducts').length > before, 'the new search was not sent');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="add-row"]'), 'a product was chosen').to.equal(null);
      expect(options(el)).to.deep.equal([]);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await expect(el).to.be.accessible();

      release();
      await until(() => options(el).length > 0, 'no suggestions for the new query');
      expect(mock.backend.requestsFor('searchProducts').at(-1)!.url).to.include('q=Canvas+Tote');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '[part="add-row"]'), 'the product was not chosen');
      expect(text($(el, '[part="add-row"]'))).to.include('Canvas Tote Bag');
    });

    it("says the product search failed, before a backend's words that do not say what failed", async () => {
      mock.scenario.failNext('searchProducts', 400);
      const el = await renderEditor(mock.adapter);
      // Entered at once (not key by key): one search, which meets the 400.
      $<HTMLInputElement>(el, '[role="combobox"]')!.focus();
      setValue($<HTMLInputElement>(el, '[role="combobox"]')!, 'Canvas');
      const shown = await until(
        () => $$(el, '[role="status"]').find((s) => text(s) !== '' && !/Searching/.test(text(s))),
        'no error shown',
      );
      expect(text(shown)).to.equal('The product search failed. The request was rejected by the test scenario.');
      expect($<HTMLInputElement>(el, '[role="combobox"]')!.value).to.equal('Canvas');
      expect(options(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
