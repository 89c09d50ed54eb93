/**
 * A custom line in the builder's read-back: the confirmation and the success view mark it "Custom"
 * (and "Not taxable"), with the backend's price of it; the order submitted carries it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addLine } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, text } from '../../support/dom.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { confirm, openConfirmation, readBack, withDraft } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> custom line', function () {
  // A whole flow with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  /** A tote, and 3 × "Engraving" at $10.00, not taxable. */
  function draftWithEngraving(): OrderDraft {
    return addLine(buildDraft(mock.backend), {
      id: 'engraving',
      productId: '',
      productName: 'Engraving',
      code: '',
      quantity: 3,
      fulfillment: SHIP,
      unitPrice: { amount: 1000, currency: 'USD' },
      custom: { taxable: false },
    });
  }

  it('reads the custom line back marked Custom, in the confirmation and after submitting', async () => {
    const draft = draftWithEngraving();
    const pricing = mock.backend.priceOrder('us', draft);
    // The backend taxes the tote only.
    expect(pricing.taxBreakdown.map((item) => item.lineId)).to.deep.equal([draft.lines[0]!.id]);
    const el = await withDraft(mock, draft);
    await openConfirmation(el);
    await waitUntil(() => $(el, '[part~="read-back-total"]'), 'no figures in the read-back', WAIT);
    const items = Object.fromEntries(readBack(el))['Items'];
    expect(items).to.equal(
      '1 × Canvas Tote Bag: Direct Ship, $24.99. 3 × Engraving Custom Not taxable: Direct Ship, $30.00.',
    );
    await expect(el).to.be.accessible();

    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', WAIT);
    expect(text($(el, '[part~="success"] [part~="read-back"]'))).to.contain(
      '3 × Engraving Custom Not taxable: Direct Ship, $30.00.',
    );
    expect(mock.backend.requestsFor('submitOrder')).to.have.length(1);
    const [order] = mock.backend.listOrders('us', { limit: 1 }).items;
    expect(order!.items.map((item) => item.productName)).to.deep.equal(['Canvas Tote Bag', 'Engraving']);
    await expect(el).to.be.accessible();
  });

  it('never takes another order’s custom line for a duplicate of the draft’s', async () => {
    const onlyCustom = (name: string) =>
      addLine(buildDraft(mock.backend, { lines: [], shippingMethodId: 'ground' }), {
        productId: '',
        productName: name,
        code: '',
        fulfillment: SHIP,
        unitPrice: { amount: 500, currency: 'USD' },
        custom: { taxable: true },
      });
    mock.backend.submitOrder('us', onlyCustom('Gift wrap'), 'key-earlier-custom');
    const el = await withDraft(mock, onlyCustom('Engraving'));
    await waitUntil(
      () => mock.backend.requestsFor('listOrders').some((r) => r.url.includes('customerId=ada')),
      'the shopper’s recent orders were not asked',
      WAIT,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect($(el, '[part~="duplicate-warning"]')).to.equal(null);
  });
});
