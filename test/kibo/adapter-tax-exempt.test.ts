/**
 * The Kibo adapter and a tax-exempt order (issue 16): the exemption as Kibo's order fields
 * (`isTaxExempt`, and the certificate number as `customerTaxId`) when pricing and when creating the
 * order at submit (every body validated against Kibo's definitions), and nothing for a taxed order.
 */
import { expect } from '@open-wc/testing';
import { taxExemptFields } from '../../src/kibo/encode.js';
import { setTaxExemption } from '../../src/model/draft.js';
import { kiboDraft, usd } from './drafts.js';
import { FakeOrders } from './fake-orders.js';
import { expectSchemaTrue, kiboWorld, siteAnswers } from './kibo-world.js';

const taxed = kiboDraft();

const exempt = setTaxExemption(taxed, { certificateNumber: 'EX-4471' });

/** Kibo's priced order: exempt, so no tax. */
const priced = {
  id: null,
  siteId: 101,
  tenantId: 100,
  currencyCode: 'USD',
  type: 'Offline',
  isTaxExempt: true,
  customerTaxId: 'EX-4471',
  items: [{ id: 'l-1', quantity: 2, unitPrice: { listAmount: 10, extendedAmount: 10 }, total: 20 }],
  subtotal: 20,
  shippingSubTotal: 7.95,
  shippingTotal: 7.95,
  handlingTotal: 0,
  itemTaxTotal: 0,
  shippingTaxTotal: 0,
  taxTotal: 0,
  dutyTotal: 0,
  total: 27.95,
};

describe('Kibo adapter: tax exemption', () => {
  it('maps the exemption to isTaxExempt and customerTaxId, and nothing for a taxed order', () => {
    expect(taxExemptFields(exempt)).to.deep.equal({ isTaxExempt: true, customerTaxId: 'EX-4471' });
    expect(taxExemptFields(taxed)).to.deep.equal({});
  });

  it('prices an exempt draft as an exempt Kibo order, and reads its tax of zero', async () => {
    const world = kiboWorld(siteAnswers({ body: priced }));
    const pricing = await world.adapter.priceOrder({ draft: exempt });
    const body = world.requests.at(-1)!.body as Record<string, unknown>;
    expect(body).to.deep.include({ isTaxExempt: true, customerTaxId: 'EX-4471' });
    expect(pricing.tax).to.deep.equal(usd(0));
    expect(pricing.total).to.deep.equal(usd(2795));
    expectSchemaTrue(world);
  });

  it('prices a taxed draft without the exemption fields', async () => {
    const world = kiboWorld(siteAnswers({ body: { ...priced, isTaxExempt: false, customerTaxId: null } }));
    await world.adapter.priceOrder({ draft: taxed });
    const body = world.requests.at(-1)!.body as Record<string, unknown>;
    expect(body).not.to.have.property('isTaxExempt');
    expect(body).not.to.have.property('customerTaxId');
  });

  it('creates the order at submit with isTaxExempt and its certificate number as customerTaxId', async () => {
    const orders = new FakeOrders();
    const world = kiboWorld(orders.answer);
    await world.adapter.submitOrder({ draft: exempt, idempotencyKey: 'key-exempt' });
    const [created] = orders.orders;
    expect(created).to.deep.include({ isTaxExempt: true, customerTaxId: 'EX-4471', externalId: 'ooe:key-exempt' });
    expectSchemaTrue(world);
  });
});
