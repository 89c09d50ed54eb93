/**
 * Orders placed through the Kibo adapter against the Kibo-shaped mock (mocks/kibo/, through MSW),
 * then read as Kibo answers them:
 * - ship to another address: the order Kibo builds is priced and placed for its fulfillment
 *   contact, as `priceOrder` priced it, so a card for the priced total pays it in full (the Kibo
 *   demo refused it: "The payments add up to more than the order total", the order priced for the
 *   customer's default address at submit);
 * - a configured product's options (Size, Color) are on the order's item, so the side sheet
 *   (`getOrder`) shows them (it showed the variant's code alone).
 */
import { expect } from '@open-wc/testing';
import { createKiboAdapter } from '../../src/kibo/index.js';
import { addLine, addPayment, createDraft, setCustomer, setShippingMethod, setShipTo } from '../../src/model/draft.js';
import type { OrderDraft } from '../../src/model/types.js';
import { KIBO_SITE_IDS, KIBO_TENANT_ID } from '../../mocks/kibo/shapes.js';
import { CUSTOMERS, PRODUCTS, SHIPPING_METHODS, TEST_CARDS, VARIANTS } from '../support/fixtures.js';
import { KIBO_BASE_URL, KIBO_PAYMENT_SERVICE_URL, useKiboMock } from '../support/kibo-mock.js';

const US = String(KIBO_SITE_IDS['us']);

const TORONTO = {
  name: 'Ada Lovelace',
  line1: '100 King St W',
  city: 'Toronto',
  region: 'ON',
  postalCode: 'M5H 1A1',
  country: 'CA',
  isDefaultBilling: false,
  isDefaultShipping: false,
};

describe('Kibo adapter on the Kibo-shaped mock: orders placed, then read', () => {
  const kibo = useKiboMock();

  it('reads a configured product placed on Kibo with its options', async () => {
    const adapter = createKiboAdapter({
      apiHost: KIBO_BASE_URL,
      tenantId: KIBO_TENANT_ID,
      getAccessToken: () => 'test-token',
      retry: false,
    });
    const site = (await adapter.listSites()).find((s) => s.id === US)!;
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const [shoe] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.trailRunner.name });
    const variant = await adapter.configureProduct({
      siteId: US,
      productId: shoe!.id,
      options: { ...VARIANTS.trailRunner9Blue.options },
    });
    let draft: OrderDraft = addLine(setCustomer(createDraft({ site }), ada!), {
      productId: shoe!.id,
      variantId: variant.id,
      productName: shoe!.name,
      code: variant.code,
      options: Object.entries(variant.options).map(([name, value]) => ({ name, value })),
      quantity: 1,
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      unitPrice: variant.price,
    });
    const [ground] = (await adapter.getShippingMethods({ draft })).filter(
      (m) => m.name === SHIPPING_METHODS.ground.name,
    );
    draft = setShippingMethod(draft, ground!.id);
    const order = await adapter.submitOrder({ draft, idempotencyKey: `key-options-${Date.now()}` });
    const read = await adapter.getOrder!({ siteId: US, orderId: order.id });
    expect(read.lines.map((l) => [l.productName, l.code, l.options])).to.deep.equal([
      [
        PRODUCTS.trailRunner.name,
        VARIANTS.trailRunner9Blue.code,
        [
          { name: 'Size', value: '9' },
          { name: 'Color', value: 'Blue' },
        ],
      ],
    ]);
  });

  it('places the order for its one-time address, at the total priceOrder gave for it', async () => {
    const adapter = createKiboAdapter({
      apiHost: KIBO_BASE_URL,
      tenantId: KIBO_TENANT_ID,
      getAccessToken: () => 'test-token',
      retry: false,
      paymentServiceUrl: KIBO_PAYMENT_SERVICE_URL,
    });
    const site = (await adapter.listSites()).find((s) => s.id === US)!;
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const [tote] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.canvasTote.name });
    let draft: OrderDraft = addLine(setCustomer(createDraft({ site }), ada!), {
      productId: tote!.id,
      variantId: null,
      productName: tote!.name,
      code: tote!.code,
      options: [],
      quantity: 1,
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      unitPrice: tote!.price,
    });
    const [ground] = (await adapter.getShippingMethods({ draft })).filter(
      (m) => m.name === SHIPPING_METHODS.ground.name,
    );
    draft = setShipTo(setShippingMethod(draft, ground!.id), TORONTO);
    const atHome = await adapter.priceOrder({ draft: { ...draft, shipTo: null } });
    const pricing = await adapter.priceOrder({ draft });
    // Priced for Canada: its tax, above that of Ada's Austin address.
    expect(pricing.tax.amount).to.be.greaterThan(atHome.tax.amount);

    const card = await adapter.tokenizeCard({
      siteId: US,
      card: {
        number: TEST_CARDS.visa,
        securityCode: '737',
        expiryMonth: 12,
        expiryYear: new Date().getFullYear() + 3,
        nameOnCard: CUSTOMERS.ada.name,
      },
    });
    const placed: OrderDraft[] = [];
    const submit = kibo.backend.submitOrder.bind(kibo.backend);
    kibo.backend.submitOrder = (siteId, placedDraft, key) => {
      placed.push(placedDraft);
      return submit(siteId, placedDraft, key);
    };
    try {
      const paid = addPayment(draft, { typeId: 'CreditCard', kind: 'credit-card', amount: pricing.total, card });
      const order = await adapter.submitOrder({ draft: paid, idempotencyKey: `key-ship-to-${Date.now()}` });
      expect(order.total).to.deep.equal(pricing.total);
      expect(order.balanceDue.amount).to.equal(0);
    } finally {
      kibo.backend.submitOrder = submit;
    }
    expect(placed).to.have.length(1);
    expect(placed[0]!.shipTo).to.deep.include({
      name: 'Ada Lovelace',
      line1: TORONTO.line1,
      city: TORONTO.city,
      region: TORONTO.region,
      postalCode: TORONTO.postalCode,
      country: 'CA',
    });
  });
});
