/**
 * The Kibo adapter pricing a draft: the draft as a Kibo order for `orders/price` (validated
 * against Kibo's definitions), and the priced order read back as our totals.
 */
import { expect } from '@open-wc/testing';
import { kiboDraft, mugLine, shirtLine, torontoContact, torontoShipTo, usd } from './drafts.js';
import { route } from './fake-fetch.js';
import { expectSchemaTrue, kiboWorld, siteAnswers } from './kibo-world.js';

const draft = kiboDraft({
  lines: [
    mugLine({
      unitPrice: usd(850),
      adjustment: { kind: 'amount-off', amount: usd(50), reason: 'Chipped' },
    }),
    shirtLine({ unitPrice: usd(2000) }),
  ],
  coupons: ['SAVE5', 'EXPIRED'],
  customerNotes: 'Call first',
  orderAdjustment: { kind: 'percent', basisPoints: 1000, reason: 'Loyal customer' },
  shippingAdjustment: { kind: 'amount', amount: usd(200), reason: 'Late' },
});

const priced = {
  id: null,
  siteId: 101,
  tenantId: 100,
  currencyCode: 'USD',
  type: 'Offline',
  items: [
    { id: 'l-1', quantity: 2, unitPrice: { listAmount: 8.5, overrideAmount: 8, extendedAmount: 8 }, total: 16 },
    {
      id: 'l-2',
      quantity: 1,
      unitPrice: { listAmount: 20, extendedAmount: 20 },
      total: 20,
      productDiscounts: [{ couponCode: 'SAVE5', impact: -5, discount: { id: 9, name: '$5 off shirts' } }],
    },
  ],
  subtotal: 36,
  orderDiscounts: [{ impact: -1, discount: { id: 3, name: 'Winter sale' }, excluded: false }],
  invalidCoupons: [{ couponCode: 'EXPIRED', reason: 'The coupon has expired.', reasonCode: 4, discountId: 0 }],
  adjustment: { amount: -3.6, description: 'Loyal customer' },
  shippingSubTotal: 7.95,
  shippingAdjustment: { amount: -2, description: 'Late' },
  shippingTotal: 5.95,
  handlingTotal: 0,
  itemTaxTotal: 2.5,
  shippingTaxTotal: 0.5,
  taxTotal: 3,
  dutyTotal: 0,
  total: 35.35,
};

describe('Kibo adapter: pricing', () => {
  it('prices the draft as an Offline order with its adjustments, coupons and shipping', async () => {
    const world = kiboWorld(siteAnswers({ body: priced }));
    const pricing = await world.adapter.priceOrder({ draft });
    const post = world.requests.at(-1)!;
    expect(route(post)).to.deep.equal({ path: '/commerce/orders/price', query: { refreshShipping: 'true' } });
    expect(post.headers['x-vol-site']).to.equal('101');
    const body = post.body as Record<string, unknown>;
    expect(body).to.deep.include({
      siteId: 101,
      tenantId: 100,
      type: 'Offline',
      currencyCode: 'USD',
      customerAccountId: 1001,
      email: 'ada@example.com',
      couponCodes: ['SAVE5', 'EXPIRED'],
      // 10% of (8.00 × 2 + 20.00).
      adjustment: { amount: -3.6, description: 'Loyal customer' },
      shippingAdjustment: { amount: -2, description: 'Late' },
    });
    expect((body.items as unknown[])[0]).to.deep.equal({
      id: 'l-1',
      quantity: 2,
      product: { productCode: 'MUG', variationProductCode: null, name: 'Mug', options: [] },
      fulfillmentMethod: 'Ship',
      fulfillmentLocationCode: null,
      unitPrice: { overrideAmount: 8 },
    });
    expect((body.items as Record<string, unknown>[])[1]).to.deep.include({
      fulfillmentMethod: 'Pickup',
      fulfillmentLocationCode: 'downtown',
    });
    expect(body.fulfillmentInfo).to.deep.include({ shippingMethodCode: 'ground' });
    // Notes and gift messages do not travel with pricing.
    expect(JSON.stringify(body)).not.to.include('Call first');
    const usd = (amount: number) => ({ amount, currency: 'USD' });
    expect(pricing).to.deep.include({
      currency: 'USD',
      subtotal: usd(3600),
      orderAdjustment: usd(360),
      shipping: usd(795),
      shippingAdjustment: usd(200),
      tax: usd(300),
      total: usd(3535),
    });
    expect(pricing.lines).to.deep.equal([
      { lineId: 'l-1', unitPrice: usd(850), adjustedUnitPrice: usd(800), total: usd(1600) },
      { lineId: 'l-2', unitPrice: usd(2000), adjustedUnitPrice: usd(2000), total: usd(2000) },
    ]);
    expect(pricing.discounts).to.deep.equal([
      { label: 'Winter sale', amount: usd(100) },
      { label: '$5 off shirts', code: 'SAVE5', amount: usd(500) },
    ]);
    expect(pricing.coupons).to.deep.equal([
      { code: 'SAVE5', status: 'accepted', discount: usd(500) },
      { code: 'EXPIRED', status: 'rejected', reason: 'not-applicable', message: 'The coupon has expired.' },
    ]);
    expect(pricing.taxBreakdown).to.deep.equal([
      { label: 'Items', amount: usd(250) },
      { label: 'Shipping', amount: usd(50) },
    ]);
    expectSchemaTrue(world);
  });

  it('puts the ship-to address (another than the default) in fulfillmentInfo.fulfillmentContact', async () => {
    const world = kiboWorld(siteAnswers({ body: priced }));
    await world.adapter.priceOrder({ draft: { ...draft, shipTo: torontoShipTo } });
    const body = world.requests.at(-1)!.body as { fulfillmentInfo: unknown };
    expect(body.fulfillmentInfo).to.deep.equal({ shippingMethodCode: 'ground', fulfillmentContact: torontoContact });
    expectSchemaTrue(world);
  });

  it('reads each invalid coupon’s reasonCode as our rejection reason, with Kibo’s reason as its message', async () => {
    const cases: [string, number | undefined, string][] = [
      ['NOSUCH', 100, 'unknown'],
      ['EXPIRED', 101, 'expired'],
      ['BIGSPENDER', 102, 'minimum-not-met'],
      ['SHOESONLY', 103, 'not-applicable'],
      ['ODD', 999, 'not-applicable'],
      ['NOCODE', undefined, 'not-applicable'],
    ];
    const invalidCoupons = cases.map(([couponCode, reasonCode]) => ({
      couponCode,
      reason: `${couponCode} was refused.`,
      ...(reasonCode === undefined ? {} : { reasonCode }),
    }));
    const coupons = [...cases.map(([code]) => code), 'SILENT'];
    const world = kiboWorld(siteAnswers({ body: { ...priced, invalidCoupons } }));
    const pricing = await world.adapter.priceOrder({ draft: { ...draft, coupons } });
    expect(pricing.coupons.map((c) => [c.code, c.status, c.reason, c.message])).to.deep.equal([
      ...cases.map(([code, , reason]) => [code, 'rejected', reason, `${code} was refused.`]),
      // Neither applied nor listed: unknown, without a message.
      ['SILENT', 'rejected', 'unknown', undefined],
    ]);
    expectSchemaTrue(world);
  });

  it('refuses a priced order in another currency than the draft’s', async () => {
    const world = kiboWorld(siteAnswers({ body: { ...priced, currencyCode: 'CAD' } }));
    const error = await world.adapter.priceOrder({ draft }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'invalid-response');
  });
});
