import { expect } from '@open-wc/testing';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { LOCATIONS, PRODUCTS, SHIPPING_METHODS, VARIANTS } from '../support/fixtures.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface PricedOrder {
  subtotal: number;
  total: number;
  shippingSubTotal: number;
  taxTotal: number;
  items: { id: string; total: number; unitPrice: { listAmount: number; extendedAmount: number } }[];
  orderDiscounts: { couponCode?: string; impact: number }[];
  invalidCoupons: { couponCode: string; reason: string; reasonCode: number }[];
}

interface Rates {
  rates: { carrierId: string; shippingRates: { code: string; amount: number; content: { name: string } }[] }[];
}

const ORDER = {
  siteId: KIBO_SITE_IDS['us'],
  currencyCode: 'USD',
  customerAccountId: 1,
  couponCodes: ['SAVE10', 'EXPIRED'],
  items: [
    { id: 'l1', quantity: 2, product: { productCode: PRODUCTS.canvasTote.code }, fulfillmentMethod: 'Ship' },
    {
      id: 'l2',
      quantity: 1,
      product: { productCode: PRODUCTS.trailRunner.code, variationProductCode: VARIANTS.trailRunner9Blue.code },
      fulfillmentMethod: 'Pickup',
      fulfillmentLocationCode: LOCATIONS.downtown.id,
    },
  ],
  fulfillmentInfo: { shippingMethodCode: SHIPPING_METHODS.ground.id },
};

describe('Kibo-shaped mock: pricing and shipping rates', () => {
  const kibo = useKiboMock();

  it('prices an order with coupons, refusing one with its reason', async () => {
    const { body } = await kibo.call<PricedOrder>('priceOrder', '/commerce/orders/price?refreshShipping=true', {
      body: ORDER,
    });
    expect(body.subtotal).to.equal(2 * 24.99 + 89.99);
    expect(body.items.map((i) => [i.id, i.unitPrice.listAmount])).to.deep.equal([
      ['l1', 24.99],
      ['l2', 89.99],
    ]);
    expect(body.shippingSubTotal).to.equal(7.95);
    expect(body.orderDiscounts.map((d) => d.couponCode)).to.deep.equal(['SAVE10']);
    expect(body.orderDiscounts[0]!.impact).to.be.below(0);
    expect(body.invalidCoupons.map((c) => [c.couponCode, c.reasonCode])).to.deep.equal([['EXPIRED', 101]]);
    expect(body.invalidCoupons[0]!.reason).to.match(/expired/);
    expect(body.taxTotal).to.be.above(0);
    expect(body.total).to.be.closeTo(body.subtotal + body.orderDiscounts[0]!.impact + 7.95 + body.taxTotal, 0.011);
  });

  it('charges no tax on an order with isTaxExempt and its certificate number as customerTaxId', async () => {
    const { body } = await kibo.call<PricedOrder>('priceOrder', '/commerce/orders/price?refreshShipping=true', {
      body: { ...ORDER, isTaxExempt: true, customerTaxId: 'EX-4471' },
    });
    expect(body.taxTotal).to.equal(0);
    expect(body.total).to.be.closeTo(body.subtotal + body.orderDiscounts[0]!.impact + 7.95, 0.011);
  });

  it('answers a line our pricing refuses with a Kibo 400 naming the item', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('priceOrder', '/commerce/orders/price', {
      body: { ...ORDER, items: [{ ...ORDER.items[0], quantity: 0 }] },
      expectError: true,
    });
    expect(status).to.equal(400);
    expect(body.errorCode).to.equal('VALIDATION_CONFLICT');
    expect(body.items.flatMap((i) => i.additionalErrorData.map((d) => d.value))).to.deep.equal(['items[0].quantity']);
  });

  it('gives shipping rates in the site currency', async () => {
    const { body } = await kibo.call<Rates>('requestRates', '/commerce/catalog/storefront/shipping/request-rates', {
      body: {
        isoCurrencyCode: 'CAD',
        destinationAddress: { address1: '1 Front St', cityOrTown: 'Toronto', countryCode: 'CA' },
        items: [{ itemId: 'l1', quantity: 1, fulfillmentMethod: 'Ship' }],
      },
      site: 'ca',
    });
    expect(body.rates[0]!.shippingRates.map((r) => [r.code, r.content.name, r.amount])).to.deep.equal([
      ['ground', 'Ground', 7.95],
      ['2-day', '2-Day', 14.95],
      ['overnight', 'Overnight', 29.95],
    ]);
  });
});
