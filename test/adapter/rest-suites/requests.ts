/**
 * What the REST adapter sends (headers, bodies, paths and queries): run over MSW
 * (rest-adapter-requests.test.ts) and over real HTTP (rest-adapter-requests-http.test.ts).
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { NotFoundError, ValidationError } from '../../../src/adapter/errors.js';
import { addPayment, setCustomerNotes, setGiftMessage, setLineGift, setShipTo } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft, PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { type ContractSuite, rejection } from '../rest-adapter-support.js';

export function requestsSuite({ transport, contract, restAdapter }: ContractSuite): void {
  let adapter: OrderAdapter;

  beforeEach(() => {
    adapter = restAdapter();
  });

  describe('requests', () => {
    /** A fetch in front of the contract check that keeps every request it sees. */
    function recording() {
      const seen: Request[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        seen.push(new Request(new URL(String(input), location.origin), init));
        return contract.fetch(input, init);
      };
      return { seen, fetch };
    }

    it('sends the host headers (a function is called again for a retry), JSON and the idempotency key', async () => {
      const { seen, fetch } = recording();
      let tokens = 0;
      const headers = () => ({ Authorization: `Bearer token-${++tokens}` });
      const rest = restAdapter({ fetch, headers });
      await transport.fail('submitOrder', 503, 1, { retryAfter: 0 });
      await rest.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'hdr-key' });
      await rest.listSites();
      expect(seen.map((r) => r.headers.get('Authorization'))).to.deep.equal([
        'Bearer token-1',
        'Bearer token-2',
        'Bearer token-3',
      ]);
      expect(seen.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['hdr-key', 'hdr-key', null]);
      expect(seen[0]!.headers.get('Content-Type')).to.equal('application/json');
      expect(seen[2]!.headers.get('Content-Type')).to.equal(null);
      expect(seen[2]!.headers.get('Accept')).to.contain('application/json');
      expect(await seen[0]!.json()).to.have.property('draft');
    });

    it('sends pricing and shipping rates the draft without notes, gift messages or payments', async () => {
      const { seen, fetch } = recording();
      const rest = restAdapter({ fetch });
      let draft = setGiftMessage(setCustomerNotes(buildDraft(transport.seed), 'Call on arrival'), 'Enjoy!');
      draft = setLineGift(draft, draft.lines[0]!.id, true, 'Happy birthday');
      draft = addPayment(draft, {
        typeId: 'check',
        kind: 'check',
        amount: { amount: 500, currency: 'USD' },
        reference: '1024',
      });
      await rest.priceOrder({ draft });
      await rest.getShippingMethods({ draft });
      for (const request of seen) {
        const sent = ((await request.json()) as { draft: OrderDraft }).draft;
        expect(sent).to.deep.equal({
          ...draft,
          customerNotes: '',
          giftMessage: '',
          payments: [],
          lines: [{ ...draft.lines[0]!, giftMessage: '' }],
        });
      }
      expect(seen).to.have.length(2);
    });

    it('sends the ship-to address (a one-time one) with rates, pricing and the order; the backend taxes by it', async () => {
      const { seen, fetch } = recording();
      const rest = restAdapter({ fetch });
      const home = buildDraft(transport.seed);
      const toronto = {
        name: 'Ada Lovelace',
        line1: '1 Front St W',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5J 1E6',
        country: 'CA',
        isDefaultBilling: false,
        isDefaultShipping: false,
      };
      const draft = setShipTo(home, toronto);
      await rest.getShippingMethods({ draft });
      const [atHome, abroad] = [await rest.priceOrder({ draft: home }), await rest.priceOrder({ draft })];
      await rest.submitOrder({ draft, idempotencyKey: 'ship-to-key' });
      const sent = await Promise.all(seen.map(async (r) => ((await r.json()) as { draft: OrderDraft }).draft));
      expect(sent.map((d) => d.shipTo ?? null)).to.deep.equal([toronto, null, toronto, toronto]);
      // Canadian tax (13%) instead of Texas's 8.25%: the address, not the customer's default, is taxed.
      expect(abroad.tax.amount).to.be.above(atHome.tax.amount);
    });

    it('encodes path parameters and leaves out empty query parameters', async () => {
      const error = await rejection(adapter.getProduct({ siteId: 'us', productId: 'a/b?c', priceListId: null }));
      expect(error).to.be.instanceOf(NotFoundError);
      const [request] = await transport.requests('getProduct');
      expect(request!.path).to.equal('/api/v1/sites/us/products/a%2Fb%3Fc');
    });

    it('works with an absolute base URL with a trailing slash', async () => {
      const rest = restAdapter({ baseUrl: `${transport.absoluteBaseUrl}/` });
      expect((await rest.listSites()).map((s) => s.id)).to.deep.equal(['us', 'ca', 'wholesale']);
    });

    it('sends the price list only when there is one', async () => {
      const { seen, fetch } = recording();
      const rest = restAdapter({ fetch });
      await rest.configureProduct({
        siteId: 'us',
        productId: 'trail-runner',
        options: VARIANTS.trailRunner9Blue.options,
      });
      await rest.configureProduct({
        siteId: 'us',
        productId: 'trail-runner',
        options: VARIANTS.trailRunner9Blue.options,
        priceListId: 'vip',
      });
      expect(await seen[0]!.json()).to.deep.equal({ options: { Size: '9', Color: 'Blue' } });
      expect(await seen[1]!.json()).to.deep.equal({ options: { Size: '9', Color: 'Blue' }, priceListId: 'vip' });
    });

    describe('email delivery (the Gift Card)', () => {
      const recipient = { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' };
      const byEmail = (withRecipient = true): OrderDraft =>
        buildDraft(transport.seed, {
          lines: [
            {
              productId: PRODUCTS.giftCard.id,
              fulfillment: {
                kind: 'digital',
                locationId: null,
                locationName: null,
                ...(withRecipient && { recipient }),
              },
            },
          ],
        });

      it('reads the Gift Card’s one option, email delivery, and that it is delivered by email', async () => {
        const options = await adapter.getFulfillmentOptions({ siteId: 'us', productId: PRODUCTS.giftCard.id });
        expect(options.map((o) => [o.id, o.kind, o.locationId, o.available])).to.deep.equal([
          ['digital', 'digital', null, true],
        ]);
        const product = await adapter.getProduct({ siteId: 'us', productId: PRODUCTS.giftCard.id, priceListId: null });
        expect(product.digital).to.equal(true);
      });

      it('sends the recipient to pricing and shipping rates without the message; priced and placed without shipping', async () => {
        const { seen, fetch } = recording();
        const rest = restAdapter({ fetch });
        const draft = byEmail();
        expect(draft.shippingMethodId).to.equal(null);
        const pricing = await rest.priceOrder({ draft });
        expect(pricing.subtotal.amount).to.equal(PRODUCTS.giftCard.usd);
        expect(pricing.shipping.amount).to.equal(0);
        await rest.getShippingMethods({ draft });
        const order = await rest.submitOrder({ draft, idempotencyKey: 'key-email-delivery' });
        expect(order.status).to.equal('new');
        await rest.saveDraft!({ siteId: 'us', draft });
        const sent = await Promise.all(seen.map(async (r) => ((await r.json()) as { draft: OrderDraft }).draft));
        const fulfillment = (message: string) => ({
          kind: 'digital',
          locationId: null,
          locationName: null,
          recipient: { ...recipient, message },
        });
        // The personal message goes with the order (and a saved draft), never with each pricing or rates request.
        expect(seen.map((r) => new URL(r.url).pathname.split('/').at(-1))).to.deep.equal([
          'pricing',
          'shipping-methods',
          'orders',
          'drafts',
        ]);
        expect(sent.map((d) => d.lines[0]!.fulfillment)).to.deep.equal([
          fulfillment(''),
          fulfillment(''),
          fulfillment(recipient.message),
          fulfillment(recipient.message),
        ]);
        expect(JSON.stringify(sent.slice(0, 2))).not.to.contain(recipient.message);
      });

      it('sends the whole recipient with a payment link', async () => {
        const { seen, fetch } = recording();
        const rest = restAdapter({ fetch });
        await rest.sendPaymentLink!(byEmail(), { email: 'ada@example.com' }, { idempotencyKey: 'key-email-link' });
        const sent = ((await seen[0]!.json()) as { draft: OrderDraft }).draft;
        expect(sent.lines[0]!.fulfillment!.recipient).to.deep.equal(recipient);
      });

      it('is refused at submit without its recipient, at the line: a ValidationError', async () => {
        const draft = byEmail(false);
        const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'key-email-no-recipient' }));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).problems.map((p) => p.path)).to.deep.equal([
          `lines.${draft.lines[0]!.id}.fulfillment.recipient.email`,
        ]);
      });
    });
  });
}
