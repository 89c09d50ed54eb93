/**
 * Email delivery (issue 16: the Gift Card) through the Kibo adapter: a product whose `goodsType`
 * is "DigitalCredit" (or "Digital") offers email delivery only; a line delivered by email is a Kibo
 * item with `fulfillmentMethod` "Digital", no location, and its recipient in the item's `data`
 * (Kibo's definitions name no recipient field). Against the Kibo-shaped mock, every request and
 * answer checked against Kibo's definitions, and on the encoding alone.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { supported } from '../../src/kibo/decode-fulfillment.js';
import { orderItem } from '../../src/kibo/pricing.js';
import { addLine, createDraft, setCustomer } from '../../src/model/draft.js';
import type { DraftLine, Fulfillment, OrderDraft } from '../../src/model/types.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { CUSTOMERS, PRODUCTS } from '../support/fixtures.js';
import { kiboOnMock, useKiboMock } from '../support/kibo-mock.js';
import { describeErrors, validateRequest } from './validate.js';

const US = String(KIBO_SITE_IDS['us']);
const RECIPIENT = { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' };
const BY_EMAIL: Fulfillment = { kind: 'digital', locationId: null, locationName: null, recipient: RECIPIENT };

describe('Kibo adapter: email delivery', () => {
  describe('encoding', () => {
    const line: DraftLine = {
      id: 'l-gift',
      productId: 'GFT-025',
      variantId: null,
      productName: 'Gift Card',
      code: 'GFT-025',
      options: [],
      quantity: 2,
      fulfillment: BY_EMAIL,
      unitPrice: { amount: 2500, currency: 'USD' },
      adjustment: null,
      gift: false,
      giftMessage: '',
    };

    it('sends a line delivered by email as fulfillmentMethod "Digital", without a location', async () => {
      const item = orderItem(line);
      expect(item).to.deep.include({ fulfillmentMethod: 'Digital', fulfillmentLocationCode: null, quantity: 2 });
      const order = { items: [item], currencyCode: 'USD', siteId: 1, tenantId: 1, type: 'Offline' };
      expect(describeErrors(await validateRequest('priceOrder', order))).to.equal('');
    });

    it('reads a "DigitalCredit" or "Digital" product as delivered by email, a "Physical" one not', () => {
      expect(supported({ goodsType: 'DigitalCredit', fulfillmentTypesSupported: [] }).digital).to.equal(true);
      expect(supported({ goodsType: 'Digital' }).digital).to.equal(true);
      expect(supported({ goodsType: 'Physical', fulfillmentTypesSupported: ['DirectShip'] }).digital).to.equal(false);
      expect(supported({}).digital).to.equal(false);
    });
  });

  describe('on the Kibo-shaped mock', () => {
    const kibo = useKiboMock();
    let adapter: OrderAdapter;
    let sent: { method: string; path: string; body: unknown }[];

    beforeEach(() => {
      sent = [];
      adapter = kiboOnMock(({ method, url, body }) => sent.push({ method, path: url.split('?')[0]!, body }));
    });

    /** Ada's draft with two Gift Cards delivered by email, as the adapter's own reads give them. */
    async function giftCardDraft(): Promise<OrderDraft> {
      const site = (await adapter.listSites()).find((s) => s.id === US)!;
      const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
      const [card] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.giftCard.name });
      const draft = setCustomer(createDraft({ site }), ada!);
      return addLine(draft, {
        productId: card!.id,
        variantId: null,
        productName: card!.name,
        code: card!.code,
        quantity: 2,
        fulfillment: BY_EMAIL,
        unitPrice: card!.price,
      });
    }

    it('offers the Gift Card email delivery only, and reads it as delivered by email', async () => {
      const [card] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.giftCard.name });
      const options = await adapter.getFulfillmentOptions({ siteId: US, productId: card!.id, variantId: null });
      expect(options.map((o) => [o.id, o.kind, o.locationId, o.available])).to.deep.equal([
        ['digital', 'digital', null, true],
      ]);
      expect((await adapter.getProduct({ siteId: US, productId: card!.id, priceListId: null })).digital).to.equal(true);
    });

    it('prices the Gift Cards without shipping or the recipient’s message, and submits them with their recipient and no shipping method', async () => {
      const draft = await giftCardDraft();
      const pricing = await adapter.priceOrder({ draft });
      expect(pricing.subtotal.amount).to.equal(2 * PRODUCTS.giftCard.usd);
      expect(pricing.shipping.amount).to.equal(0);
      await adapter.getShippingMethods({ draft });
      // The recipient's personal message goes with the order only, never with a pricing or rates request.
      expect(sent.some((r) => r.method === 'POST')).to.equal(true);
      expect(JSON.stringify(sent.map((r) => r.body))).not.to.contain(RECIPIENT.message);

      const placed: OrderDraft[] = [];
      const submit = kibo.backend.submitOrder.bind(kibo.backend);
      kibo.backend.submitOrder = (siteId, placedDraft, key) => {
        placed.push(placedDraft);
        return submit(siteId, placedDraft, key);
      };
      try {
        await adapter.submitOrder({ draft, idempotencyKey: `key-email-${Date.now()}` });
      } finally {
        kibo.backend.submitOrder = submit;
      }
      const item = sent.find((r) => r.method === 'POST' && /\/commerce\/orders\/[^/]+\/items$/.test(r.path))!;
      expect(item.body).to.deep.include({
        fulfillmentMethod: 'Digital',
        fulfillmentLocationCode: null,
        data: { lineId: draft.lines[0]!.id, recipient: RECIPIENT },
      });
      expect(describeErrors(await validateRequest('createOrderItem', item.body))).to.equal('');
      expect(placed).to.have.length(1);
      expect(placed[0]!.lines[0]!.fulfillment).to.deep.equal(BY_EMAIL);
      expect(placed[0]!.shippingMethodId).to.equal(null);
    });
  });
});
