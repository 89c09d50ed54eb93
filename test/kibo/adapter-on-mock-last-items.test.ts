/**
 * `listLastOrderedItems` of the Kibo adapter against the Kibo-shaped mock (mocks/kibo/, through
 * MSW): the seed's orders of Ada listed as Kibo lists them, with each item's variation, options
 * and fulfillment, read back as the builder's "Last ordered items"; the answer checked against
 * Kibo's definitions.
 */
import { expect } from '@open-wc/testing';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { CUSTOMERS, PRODUCTS } from '../support/fixtures.js';
import { kiboOnMock, useKiboMock } from '../support/kibo-mock.js';
import { describeErrors, validateResponse } from './validate.js';

const US = String(KIBO_SITE_IDS['us']);

describe('Kibo adapter on the Kibo-shaped mock: last ordered items', () => {
  useKiboMock();

  it('lists Ada’s last ordered items from her orders, with variation, options and fulfillment', async () => {
    const answers: unknown[] = [];
    const adapter = kiboOnMock(({ url, answer }) => {
      if (url.includes('/commerce/orders')) answers.push(answer);
    });
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const items = await adapter.listLastOrderedItems!({ siteId: US, customerId: ada!.id, limit: 5 });
    expect(items.map((i) => [i.productName, i.variantId !== null])).to.deep.equal([
      [PRODUCTS.canvasTote.name, false],
      ['Recycled Slip-On', true],
      ['Classic Camp Stove', false],
    ]);
    expect(items[0]).to.deep.include({ productId: PRODUCTS.canvasTote.code, code: PRODUCTS.canvasTote.code });
    expect(items[1]).to.deep.include({
      variantId: 'FW-1203-09-WHI',
      code: 'FW-1203-09-WHI',
      options: [
        { name: 'Size', value: '9' },
        { name: 'Color', value: 'White' },
      ],
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
    });
    // The variation the item names is one the product has (what a quick "Add" configures).
    const product = await adapter.getProduct({ siteId: US, productId: items[1]!.productId });
    expect(product.variants.map((v) => v.id)).to.include(items[1]!.variantId);
    expect(answers).to.have.length(1);
    const errors = await validateResponse('getOrders', 200, answers[0]);
    expect(errors, describeErrors(errors)).to.deep.equal([]);
  });
});
