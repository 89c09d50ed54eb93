/**
 * Custom lines (items the catalog lacks) through the REST adapter: priced, rated and submitted by
 * the backend of api/openapi.yaml, every exchange checked against it. Run over MSW
 * (rest-adapter-custom-lines.test.ts) and over real HTTP (rest-adapter-custom-lines-http.test.ts).
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../../../src/adapter/errors.js';
import { addLine } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft, PRODUCTS } from '../../support/fixtures.js';
import { type ContractSuite, rejection } from '../rest-adapter-support.js';

const SHIP = { kind: 'ship', locationId: null, locationName: null } as const;

/** The draft with a custom line "Engraving" of `quantity` at `unit` cents, taxable or not. */
function withCustom(draft: OrderDraft, taxable: boolean, unit = 1000, quantity = 3): OrderDraft {
  return addLine(draft, {
    id: 'custom-1',
    productId: '',
    variantId: null,
    productName: 'Engraving',
    code: '',
    quantity,
    fulfillment: SHIP,
    unitPrice: { amount: unit, currency: 'USD' },
    custom: { taxable },
  });
}

export function customLinesSuite({ transport, restAdapter }: ContractSuite): void {
  describe('custom lines', () => {
    it('says the backend takes custom lines, unless the host says it does not', () => {
      expect(restAdapter().customLines).to.equal(true);
      expect(restAdapter({ customLines: false }).customLines).to.equal(false);
    });

    it('prices a taxable custom line at its unit price × quantity, taxed with its share of the shipping', async () => {
      const draft = withCustom(buildDraft(transport.seed, { lines: [] }), true);
      const pricing = await restAdapter().priceOrder({ draft: { ...draft, shippingMethodId: 'ground' } });
      expect(pricing.lines).to.deep.equal([
        {
          lineId: 'custom-1',
          unitPrice: { amount: 1000, currency: 'USD' },
          adjustedUnitPrice: { amount: 1000, currency: 'USD' },
          total: { amount: 3000, currency: 'USD' },
        },
      ]);
      // 8.25 % (US) of 30.00 + 7.95 Ground: 3.13.
      expect(pricing.tax).to.deep.equal({ amount: 313, currency: 'USD' });
      expect(pricing.taxBreakdown.map((item) => item.lineId)).to.deep.equal(['custom-1']);
      expect(pricing.total).to.deep.equal({ amount: 3000 + 795 + 313, currency: 'USD' });
    });

    it('charges no tax on a custom line that is not taxable, and still taxes the products beside it', async () => {
      const alone = withCustom(buildDraft(transport.seed, { lines: [] }), false);
      const untaxed = await restAdapter().priceOrder({ draft: { ...alone, shippingMethodId: 'ground' } });
      expect(untaxed.tax.amount).to.equal(0);
      expect(untaxed.total.amount).to.equal(3000 + 795);

      const mixed = withCustom(buildDraft(transport.seed), false);
      const pricing = await restAdapter().priceOrder({ draft: mixed });
      expect(pricing.subtotal.amount).to.equal(PRODUCTS.canvasTote.usd + 3000);
      expect(pricing.taxBreakdown.map((item) => item.lineId)).to.deep.equal([mixed.lines[0]!.id]);
    });

    it('refuses a custom line without a unit price above zero, at the line', async () => {
      const draft = withCustom(buildDraft(transport.seed, { lines: [] }), true, 0);
      const error = await rejection(restAdapter().priceOrder({ draft }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path)).to.deep.equal(['lines.custom-1.unitPrice']);
    });

    it('rates the shipping of a draft with a custom line', async () => {
      const draft = withCustom(buildDraft(transport.seed, { lines: [] }), true);
      const methods = await restAdapter().getShippingMethods({ draft });
      expect(methods.map((m) => m.name)).to.include('Ground');
    });

    it('submits an order with a custom line, its total that of the pricing', async () => {
      const draft = withCustom(buildDraft(transport.seed), false);
      const adapter = restAdapter();
      const pricing = await adapter.priceOrder({ draft });
      const order = await adapter.submitOrder({ draft, idempotencyKey: 'key-custom-1' });
      expect(order.total).to.deep.equal(pricing.total);
      const page = await adapter.listOrders({ siteId: 'us', limit: 1 });
      expect(page.items[0]!.items.map((item) => item.productName)).to.deep.equal(['Canvas Tote Bag', 'Engraving']);
    });
  });
}
