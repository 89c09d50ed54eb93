/**
 * Each endpoint of api/openapi.yaml through the REST adapter, and submitting once by idempotency
 * key: run over MSW (rest-adapter-endpoints.test.ts) and over real HTTP
 * (rest-adapter-endpoints-http.test.ts).
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { ConflictError, InvalidResponseError, NotFoundError, ValidationError } from '../../../src/adapter/errors.js';
import { addCoupon, addPayment, setTaxExemption } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft, PRODUCTS, SITES, TEST_CARDS, VARIANTS, pickupAt, LOCATIONS } from '../../support/fixtures.js';
import { type ContractSuite, rejection, card, inputOf, newCustomer } from '../rest-adapter-support.js';

/** The suite, in the caller's describe (whose `useContractSuite` must have `everyOperation`). */
export function endpointsSuite({ transport, contract, restAdapter, plainAdapter }: ContractSuite): void {
  let adapter: OrderAdapter;

  beforeEach(() => {
    adapter = restAdapter();
  });

  describe('each endpoint', () => {
    it('lists the sites', async () => {
      const sites = await adapter.listSites();
      expect(sites.map((s) => s.name)).to.deep.equal(['US Store', 'Canada Store', 'Wholesale']);
      expect(sites[0]).to.deep.equal(SITES.us);
    });

    it('lists orders newest first, page by page with the cursor', async () => {
      const first = await adapter.listOrders({ siteId: 'us', limit: 5 });
      expect(first.items).to.have.length(5);
      expect(first.nextCursor).to.be.a('string');
      expect(first.total).to.be.greaterThan(5);
      const dates = first.items.map((o) => Date.parse(o.createdAt));
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
      const second = await adapter.listOrders({ siteId: 'us', limit: 5, cursor: first.nextCursor });
      expect(second.items[0]!.id).not.to.equal(first.items[4]!.id);
      expect(Date.parse(second.items[0]!.createdAt)).to.be.at.most(dates[4]!);
    });

    it('lists the orders at an offset for a backend said to serve it (orderOffsets)', async () => {
      const all = await adapter.listOrders({ siteId: 'us', limit: 12 });
      const rest = restAdapter({ orderOffsets: true });
      expect(rest.orderOffsets).to.equal(true);
      const page = await rest.listOrders({ siteId: 'us', offset: 7, limit: 5 });
      expect(page.items.map((o) => o.id)).to.deep.equal(all.items.slice(7, 12).map((o) => o.id));
      expect(page.total).to.equal(all.total);
      const query = new URL((await transport.requests('listOrders')).at(-1)!.path, location.origin).searchParams;
      expect(query.toString()).to.equal('offset=7&limit=5');
    });

    it('never sends an offset for a backend not said to serve it, and pages by cursor', async () => {
      expect(adapter.orderOffsets).to.equal(undefined);
      const page = await adapter.listOrders({ siteId: 'us', offset: 7, limit: 5 });
      const first = await adapter.listOrders({ siteId: 'us', limit: 5 });
      expect(page.items.map((o) => o.id)).to.deep.equal(first.items.map((o) => o.id));
      const [request] = await transport.requests('listOrders');
      expect(new URL(request!.path, location.origin).searchParams.has('offset')).to.equal(false);
    });

    it("filters orders by customer and date: Ada's recent Canvas Tote Bag", async () => {
      const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
      const page = await adapter.listOrders({ siteId: 'us', customerId: 'ada', since });
      expect(page.items.length).to.be.greaterThan(0);
      expect(page.items.every((o) => o.customerName === 'Ada Lovelace')).to.equal(true);
      expect(page.items.some((o) => o.items.some((i) => i.productName === 'Canvas Tote Bag'))).to.equal(true);
      const [request] = await transport.requests('listOrders');
      expect(new URL(request!.path, location.origin).searchParams.get('customerId')).to.equal('ada');
    });

    it('searches the orders by number, name, email and phone digits, and by status, for a backend said to serve it (orderSearch)', async () => {
      const rest = restAdapter({ orderSearch: true });
      expect(rest.orderSearch).to.equal(true);
      const byName = await rest.listOrders({ siteId: 'us', search: 'ada lovelace' });
      expect(byName.items.length).to.be.greaterThan(0);
      expect(byName.items.every((o) => o.customerName === 'Ada Lovelace')).to.equal(true);
      const byEmail = await rest.listOrders({ siteId: 'us', search: 'ADA.LOVELACE@example' });
      const byPhone = await rest.listOrders({ siteId: 'us', search: '512.555.0100' });
      expect(byEmail.items.map((o) => o.id)).to.deep.equal(byName.items.map((o) => o.id));
      expect(byPhone.items.map((o) => o.id)).to.deep.equal(byName.items.map((o) => o.id));
      const { number } = byName.items[0]!;
      const byNumber = await rest.listOrders({ siteId: 'us', search: number });
      expect(byNumber.items.map((o) => o.number)).to.deep.equal([number]);
      const shipped = await rest.listOrders({ siteId: 'us', status: 'shipped', limit: 20 });
      expect(shipped.items.length).to.be.greaterThan(0);
      expect(shipped.items.every((o) => o.status === 'shipped')).to.equal(true);
      expect((await rest.listOrders({ siteId: 'us', search: 'nobody-at-all' })).items).to.deep.equal([]);
      const query = new URL((await transport.requests('listOrders')).at(-1)!.path, location.origin).searchParams;
      expect(query.get('search')).to.equal('nobody-at-all');
      const sent = (await transport.requests('listOrders')).map((r) => new URL(r.path, location.origin).searchParams);
      expect(sent.some((q) => q.get('status') === 'shipped')).to.equal(true);
    });

    it('never sends a search or a status to a backend not said to serve them', async () => {
      expect(adapter.orderSearch).to.equal(undefined);
      await adapter.listOrders({ siteId: 'us', search: 'ada', status: 'open', limit: 5 });
      const [request] = await transport.requests('listOrders');
      const query = new URL(request!.path, location.origin).searchParams;
      expect([query.has('search'), query.has('status')]).to.deep.equal([false, false]);
    });

    it('reads an order in full (getOrder): customer, lines, totals, payments by last four', async () => {
      const [listed] = (await adapter.listOrders({ siteId: 'us', customerId: 'ada', limit: 1 })).items;
      const order = await adapter.getOrder!({ siteId: 'us', orderId: listed!.id });
      expect(order).to.include({ id: listed!.id, number: listed!.number, status: listed!.status });
      expect(order.customer.email).to.equal('ada.lovelace@example.com');
      expect(order.total).to.deep.equal(listed!.total);
      expect(order.lines.map((l) => l.productName)).to.deep.equal(listed!.items.map((i) => i.productName));
      expect(order.payments.every((p) => !p.last4 || /^\d{4}$/.test(p.last4))).to.equal(true);
      const [request] = await transport.requests('getOrder');
      expect(request!.path).to.equal(`/api/v1/sites/us/orders/${encodeURIComponent(listed!.id)}`);
      // A submitted order, with its options and fulfillment; an unknown one: not found.
      const placed = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'get-order-1' });
      const full = await adapter.getOrder!({ siteId: 'us', orderId: placed.id });
      expect(full.lines[0]!.fulfillment).to.deep.equal({ kind: 'ship', locationId: null, locationName: null });
      expect(full.total).to.deep.equal(placed.total);
      expect(await rejection(adapter.getOrder!({ siteId: 'us', orderId: 'no-such-order' }))).to.be.instanceOf(
        NotFoundError,
      );
    });

    it("searches the customers of the site's customer set only", async () => {
      const retail = await adapter.searchCustomers({ siteId: 'us', query: 'Ada Lovelace' });
      expect(retail.map((c) => `${c.firstName} ${c.lastName}`)).to.include('Ada Lovelace');
      expect(retail.every((c) => c.customerSetId === 'retail')).to.equal(true);
      const wholesale = await adapter.searchCustomers({ siteId: 'wholesale', query: 'Grace Hopper', limit: 5 });
      expect(wholesale.map((c) => c.id)).to.include('grace');
      expect(await adapter.searchCustomers({ siteId: 'us', query: 'Grace Hopper' })).to.deep.equal([]);
    });

    it('creates a customer the search then finds', async () => {
      const created = await adapter.createCustomer({ siteId: 'us', customer: newCustomer });
      expect(created.id).to.be.a('string');
      expect(created.customerNumber).to.match(/^C\d+$/);
      expect(created.customerSetId).to.equal('retail');
      expect(created.addresses[0]!.id).to.be.a('string');
      const found = await adapter.searchCustomers({ siteId: 'us', query: 'Mary Jackson' });
      expect(found.map((c) => c.id)).to.deep.equal([created.id]);
    });

    it("updates a customer's details", async () => {
      const ada = transport.seed.findCustomer('ada')!;
      const customer = { ...inputOf(ada), phones: { ...ada.phones, mobile: '(512) 555-0199' } };
      const updated = await adapter.updateCustomer({ siteId: 'us', customerId: 'ada', customer });
      expect(updated.phones.mobile).to.equal('(512) 555-0199');
      expect(updated.customerNumber).to.equal(ada.customerNumber);
    });

    it('searches products, priced with a price list when asked', async () => {
      const [shoe] = await adapter.searchProducts({ siteId: 'us', query: 'Trail Runner' });
      expect(shoe).to.include({ id: PRODUCTS.trailRunner.id, name: 'Trail Runner Shoe', type: 'configurable' });
      expect(shoe!.price).to.deep.equal({ amount: PRODUCTS.trailRunner.usd, currency: 'USD' });
      const [vip] = await adapter.searchProducts({ siteId: 'us', query: 'Trail Runner', priceListId: 'vip', limit: 1 });
      expect(vip!.listPrice).to.deep.equal({ amount: PRODUCTS.trailRunner.usd, currency: 'USD' });
      expect(vip!.price.amount).to.be.below(PRODUCTS.trailRunner.usd);
    });

    it('loads a product with its options and variants', async () => {
      const product = await adapter.getProduct({ siteId: 'us', productId: 'trail-runner' });
      expect(product.options.map((o) => o.name)).to.deep.equal(['Size', 'Color']);
      expect(product.options[1]!.values).to.deep.equal(['Red', 'Blue', 'Black']);
      expect(product.variants.find((v) => v.id === VARIANTS.trailRunner12Red.id)?.inStock).to.equal(false);
      expect(product.shippable).to.equal(true);
    });

    it('configures Size 9 Blue to its variant', async () => {
      const variant = await adapter.configureProduct({
        siteId: 'us',
        productId: 'trail-runner',
        options: { Size: '9', Color: 'Blue' },
      });
      expect(variant).to.include({
        id: VARIANTS.trailRunner9Blue.id,
        code: VARIANTS.trailRunner9Blue.code,
        inStock: true,
      });
      expect(variant.price).to.deep.equal({ amount: PRODUCTS.trailRunner.usd, currency: 'USD' });
    });

    it('lists fulfillment options with current and future inventory', async () => {
      const options = await adapter.getFulfillmentOptions({
        siteId: 'us',
        productId: 'trail-runner',
        variantId: VARIANTS.trailRunner9Blue.id,
      });
      const ship = options.find((o) => o.id === 'ship')!;
      expect(ship).to.include({ kind: 'ship', locationId: null });
      expect(ship.inventory.current).to.equal(0);
      expect(ship.inventory.future.length).to.be.greaterThan(0);
      const downtown = options.find((o) => o.id === 'pickup:downtown')!;
      expect(downtown).to.include({ locationName: 'Downtown Store', available: true });
      expect(downtown.inventory.current).to.be.greaterThan(0);
    });

    it('lists the fulfillment options of many items in one request, in their order, null for an unknown one', async () => {
      const items = [
        { productId: 'canvas-tote' },
        { productId: 'trail-runner', variantId: VARIANTS.trailRunner9Blue.id },
        { productId: 'no-such-product' },
        // A configurable product without its variant: not an item the backend knows.
        { productId: 'trail-runner', variantId: null },
      ];
      const batch = await adapter.getFulfillmentOptionsBatch!({ siteId: 'us', items });
      expect(batch).to.have.length(4);
      expect(batch[0]).to.deep.equal(await adapter.getFulfillmentOptions({ siteId: 'us', productId: 'canvas-tote' }));
      expect(batch[1]).to.deep.equal(await adapter.getFulfillmentOptions({ siteId: 'us', ...items[1]! }));
      expect(batch[1]!.find((o) => o.id === 'pickup:downtown')!.inventory.current).to.be.greaterThan(0);
      expect(batch.slice(2)).to.deep.equal([null, null]);
    });

    it('refuses a batch of more than 100 items before sending it, and asks nothing for none', async () => {
      const items = Array.from({ length: 101 }, () => ({ productId: 'canvas-tote' }));
      const error = await rejection(adapter.getFulfillmentOptionsBatch!({ siteId: 'us', items }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.path)).to.deep.equal(['items']);
      expect(await adapter.getFulfillmentOptionsBatch!({ siteId: 'us', items: [] })).to.deep.equal([]);
      expect(await transport.requests('getFulfillmentOptionsBatch')).to.deep.equal([]);
    });

    it('refuses a batch answer about other items than those asked, or in another order', async () => {
      const items = [{ productId: 'canvas-tote' }, { productId: 'water-bottle' }];
      const swapped = [...items].reverse().map((item) => ({ ...item, options: [] }));
      await transport.answer('getFulfillmentOptionsBatch', 200, { items: swapped });
      const error = await rejection(adapter.getFulfillmentOptionsBatch!({ siteId: 'us', items }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.equal(
        'Could not load the fulfillment options: the stock service answered about other items. Try again; if it keeps happening, ask an administrator.',
      );
    });

    it('lists shipping methods with rates for a draft', async () => {
      const methods = await adapter.getShippingMethods({ draft: buildDraft(transport.seed) });
      expect(methods.map((m) => [m.name, m.rate.amount])).to.deep.equal([
        ['Ground', 795],
        ['2-Day', 1495],
        ['Overnight', 2995],
      ]);
    });

    it("says which shipping method is the site's default (Ground), and only that one", async () => {
      const methods = await adapter.getShippingMethods({ draft: buildDraft(transport.seed) });
      expect(methods.filter((m) => m.isDefault).map((m) => m.name)).to.deep.equal(['Ground']);
      expect(methods.filter((m) => 'isDefault' in m)).to.have.length(1);
    });

    it('lists the price lists of a site', async () => {
      expect((await adapter.listPriceLists({ siteId: 'us' })).map((l) => l.name)).to.deep.equal(['VIP', 'Employee']);
      expect((await adapter.listPriceLists({ siteId: 'wholesale' })).map((l) => l.name)).to.deep.equal(['VIP']);
    });

    it('prices a draft with coupons accepted and rejected', async () => {
      let draft = buildDraft(transport.seed, {
        lines: [
          {
            productId: 'trail-runner',
            variantId: VARIANTS.trailRunner9Blue.id,
            fulfillment: pickupAt(LOCATIONS.downtown),
          },
        ],
      });
      draft = addCoupon(addCoupon(draft, 'save10'), 'EXPIRED');
      const pricing = await adapter.priceOrder({ draft });
      expect(pricing.subtotal).to.deep.equal({ amount: PRODUCTS.trailRunner.usd, currency: 'USD' });
      expect(pricing.coupons.map((c) => [c.code, c.status])).to.deep.equal([
        ['SAVE10', 'accepted'],
        ['EXPIRED', 'rejected'],
      ]);
      expect(pricing.coupons[1]!.reason).to.equal('expired');
      expect(Number.isSafeInteger(pricing.total.amount)).to.equal(true);
    });

    it('prices a tax-exempt draft with no tax (the exemption travels with the draft), and submits it so', async () => {
      const taxed = buildDraft(transport.seed, { shippingMethodId: 'ground' });
      const draft = setTaxExemption(taxed, { certificateNumber: 'EX-4471' });
      const withTax = await adapter.priceOrder({ draft: taxed });
      expect(withTax.tax.amount).to.be.greaterThan(0);
      const pricing = await adapter.priceOrder({ draft });
      expect(pricing.tax).to.deep.equal({ amount: 0, currency: 'USD' });
      expect(pricing.taxBreakdown).to.deep.equal([]);
      expect(pricing.total.amount).to.equal(withTax.total.amount - withTax.tax.amount);
      const order = await adapter.submitOrder({ draft, idempotencyKey: 'key-exempt-1' });
      expect(order.total).to.deep.equal(pricing.total);
    });

    it('refuses an exemption without its certificate number: ValidationError at taxExemption.certificateNumber', async () => {
      const draft = { ...buildDraft(transport.seed), taxExemption: { certificateNumber: ' ' } };
      const error = (await rejection(adapter.priceOrder({ draft }))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.problems.map((p) => [p.path, p.code])).to.deep.include([
        'taxExemption.certificateNumber',
        'required',
      ]);
    });

    it('lists payment types, credit card first, purchase order with terms', async () => {
      const types = await adapter.listPaymentTypes({ siteId: 'us' });
      expect(types[0]!.kind).to.equal('credit-card');
      const po = types.find((t) => t.kind === 'purchase-order')!;
      expect(po.terms!.map((t) => t.label)).to.deep.equal(['Net 30', 'Net 60']);
    });

    it('checks the balance of a gift card code', async () => {
      const balance = await adapter.checkBalance({ siteId: 'us', typeId: 'gift-card', code: 'GC-1000-0001' });
      expect(balance).to.deep.equal({
        typeId: 'gift-card',
        code: 'GC-1000-0001',
        available: { amount: 2500, currency: 'USD' },
      });
    });

    it('tokenizes 4111 1111 1111 1111 and keeps only what may be kept', async () => {
      const summary = await adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) });
      expect(summary).to.include({ brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2099 });
      expect(summary.token).to.match(/^tok_/);
      expect(JSON.stringify(summary)).not.to.contain(TEST_CARDS.visa);
    });

    it('submits an order, which then heads the orders list', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'key-submit-1' });
      expect(order.status).to.equal('new');
      expect(order.total.currency).to.equal('USD');
      const page = await adapter.listOrders({ siteId: 'us', limit: 1 });
      expect(page.items[0]).to.include({ id: order.id, number: order.number, customerName: 'Ada Lovelace' });
    });
  });

  describe('idempotent submit', () => {
    /** How many orders the US Store has. */
    async function orderCount(): Promise<number> {
      return (await adapter.listOrders({ siteId: 'us', limit: 1 })).total!;
    }

    it('answers the same order for the same key, and places it once', async () => {
      const before = await orderCount();
      const draft = buildDraft(transport.seed);
      const first = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-1' });
      const again = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-1' });
      expect(again).to.deep.equal(first);
      expect(await orderCount()).to.equal(before + 1);
    });

    it('places another order for another key', async () => {
      const draft = buildDraft(transport.seed);
      const first = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-a' });
      const second = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-b' });
      expect(second.number).not.to.equal(first.number);
    });

    it('retries a submit whose answer was lost with the same key: one order', async () => {
      const before = await orderCount();
      await transport.fail('submitOrder', 'network', 1, { afterProcessing: true });
      const order = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'lost-answer' });
      const requests = await transport.requests('submitOrder');
      expect(requests.map((r) => r.idempotencyKey)).to.deep.equal(['lost-answer', 'lost-answer']);
      expect(await transport.submission('lost-answer')).to.deep.equal(order);
      expect(await orderCount()).to.equal(before + 1);
    });

    it('gets the submitted order back with its key echoed', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'echo-1' });
      expect(order.idempotencyKey).to.equal('echo-1');
      const again = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'echo-1' });
      expect(again).to.deep.equal(order);
    });

    it('refuses an answer about another submission (another key): InvalidResponseError, not retried', async () => {
      const draft = buildDraft(transport.seed);
      const existing = await adapter.submitOrder({ draft, idempotencyKey: 'someone-else' });
      // The answer replaced on the way: an existing order, under the key of another submission.
      await transport.answer('submitOrder', 201, existing);
      const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'mine' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.match(/^Could not submit the order: .*another order.*Try again/);
      // The submit that placed "someone-else", then the one answered about it, not retried.
      const keys = (await transport.requests('submitOrder')).map((r) => r.idempotencyKey);
      expect(keys).to.deep.equal(['someone-else', 'mine']);
    });

    it('finds the order a key created (findOrder), and null for a key that created none', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'find me/1' });
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'find me/1' })).to.deep.equal(order);
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'never-sent' })).to.equal(null);
      // Keys are per site.
      expect(await adapter.findOrder!({ siteId: 'ca', idempotencyKey: 'find me/1' })).to.equal(null);
      const [request] = await transport.requests('findOrder');
      expect(request!.path).to.equal('/api/v1/sites/us/submissions/find%20me%2F1');
    });

    it('sends the confirmation of an order (sendConfirmation) once, to the address given', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(transport.seed), idempotencyKey: 'confirm-1' });
      const sent = await adapter.sendConfirmation!({
        siteId: 'us',
        orderId: order.id,
        email: 'ada.lovelace@example.com',
      });
      expect(sent).to.deep.equal({ email: 'ada.lovelace@example.com' });
      const requests = await transport.requests('sendConfirmation');
      expect(requests.map((r) => r.path)).to.deep.equal([
        `/api/v1/sites/us/orders/${encodeURIComponent(order.id)}/confirmation`,
      ]);
      // An address the backend refuses: a ValidationError at "email", nothing sent; an unknown order: not found.
      const refused = await rejection(adapter.sendConfirmation!({ siteId: 'us', orderId: order.id, email: 'ada@' }));
      expect(refused).to.be.instanceOf(ValidationError);
      expect((refused as ValidationError).problems.map((p) => p.path)).to.deep.equal(['email']);
      const unknown = await rejection(
        adapter.sendConfirmation!({ siteId: 'us', orderId: 'no-such-order', email: 'ada.lovelace@example.com' }),
      );
      expect(unknown).to.be.instanceOf(NotFoundError);
    });

    it('lists the items a customer ordered recently (listLastOrderedItems): distinct, the latest first', async () => {
      // A Water Bottle picked up at the Downtown Store: Ada's newest order.
      const draft = buildDraft(transport.seed, {
        lines: [{ productId: PRODUCTS.waterBottle.id, fulfillment: pickupAt(LOCATIONS.downtown) }],
        shippingMethodId: null,
      });
      await adapter.submitOrder({ draft, idempotencyKey: 'last-items-1' });
      const items = await adapter.listLastOrderedItems!({ siteId: 'us', customerId: 'ada', limit: 3 });
      expect(items.map((i) => [i.productId, i.variantId])).to.deep.equal([
        [PRODUCTS.waterBottle.id, null],
        [PRODUCTS.canvasTote.id, null],
        ['p-0203', 'p-0203-9-white'],
      ]);
      expect(items[0]!.fulfillment).to.deep.equal({
        kind: 'pickup',
        locationId: 'downtown',
        locationName: 'Downtown Store',
      });
      expect(items[2]).to.deep.include({
        productName: 'Recycled Slip-On',
        code: 'FW-1203-09-WHI',
        options: [
          { name: 'Size', value: '9' },
          { name: 'Color', value: 'White' },
        ],
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
      });
      const requests = await transport.requests('listLastOrderedItems');
      expect(requests.map((r) => r.path)).to.deep.equal(['/api/v1/sites/us/customers/ada/last-ordered-items?limit=3']);
      // A customer the site does not have: not found.
      const unknown = await rejection(adapter.listLastOrderedItems!({ siteId: 'us', customerId: 'nobody' }));
      expect(unknown).to.be.instanceOf(NotFoundError);
    });

    it('sends a payment link (sendPaymentLink): one order awaiting payment per key, found by findOrder, where it went echoed', async () => {
      const before = await orderCount();
      const draft = buildDraft(transport.seed);
      const to = { email: 'ada.lovelace@example.com' };
      const order = await adapter.sendPaymentLink!(draft, to, { idempotencyKey: 'link-1' });
      expect(order).to.include({ status: 'awaiting-payment', idempotencyKey: 'link-1' });
      expect(order.paymentLink).to.deep.equal(to);
      // The same key again: the same order, no second order.
      expect(await adapter.sendPaymentLink!(draft, to, { idempotencyKey: 'link-1' })).to.deep.equal(order);
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'link-1' })).to.deep.equal(order);
      expect(await orderCount()).to.equal(before + 1);
      const requests = await transport.requests('sendPaymentLink');
      expect(requests.map((r) => [r.path, r.idempotencyKey])).to.deep.equal([
        ['/api/v1/sites/us/orders/payment-link', 'link-1'],
        ['/api/v1/sites/us/orders/payment-link', 'link-1'],
      ]);
      // By text message; a phone that is not one: a ValidationError at "phone", nothing created.
      const texted = await adapter.sendPaymentLink!(draft, { phone: '(512) 555-0100' }, { idempotencyKey: 'link-2' });
      expect(texted.paymentLink).to.deep.equal({ phone: '(512) 555-0100' });
      const refused = await rejection(adapter.sendPaymentLink!(draft, { phone: '12' }, { idempotencyKey: 'link-3' }));
      expect(refused).to.be.instanceOf(ValidationError);
      expect((refused as ValidationError).problems.map((p) => p.path)).to.deep.equal(['phone']);
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'link-3' })).to.equal(null);
      expect(await orderCount()).to.equal(before + 2);
    });

    it('retries a payment link whose answer was lost with the same key: one order, one link', async () => {
      const before = await orderCount();
      await transport.fail('sendPaymentLink', 'network', 1, { afterProcessing: true });
      const to = { email: 'ada.lovelace@example.com' };
      const order = await adapter.sendPaymentLink!(buildDraft(transport.seed), to, { idempotencyKey: 'link-lost' });
      const requests = await transport.requests('sendPaymentLink');
      expect(requests.map((r) => r.idempotencyKey)).to.deep.equal(['link-lost', 'link-lost']);
      expect(await transport.submission('link-lost')).to.deep.equal(order);
      expect(await orderCount()).to.equal(before + 1);
    });

    it('answers findOrder once a submission with the key is no longer in flight (409 meanwhile, retried)', async () => {
      const draft = buildDraft(transport.seed);
      const release = await transport.hold('submitOrder');
      const submitted = adapter.submitOrder({ draft, idempotencyKey: 'in-flight' });
      await transport.waitForRequests('submitOrder', 1);
      const found = restAdapter({ retry: { retries: 0 } }).findOrder!({ siteId: 'us', idempotencyKey: 'in-flight' });
      expect(await rejection(found)).to.be.instanceOf(ConflictError);
      await release();
      const order = await submitted;
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'in-flight' })).to.deep.equal(order);
    });

    it('retries a submit still in progress (409) and gets the one order', async () => {
      const draft = buildDraft(transport.seed);
      const before = await orderCount();
      // The first request is held in flight until the second has met it (and got its 409).
      const release = await transport.hold('submitOrder');
      const both = Promise.all([
        adapter.submitOrder({ draft, idempotencyKey: 'double-click' }),
        adapter.submitOrder({ draft, idempotencyKey: 'double-click' }),
      ]);
      await transport.waitForRequests('submitOrder', 2);
      await release();
      const [a, b] = await both;
      expect(b).to.deep.equal(a);
      const statuses = (await transport.requests('submitOrder')).map((r) => r.idempotencyKey);
      expect(statuses.every((k) => k === 'double-click')).to.equal(true);
      expect(statuses.length).to.be.at.least(3);
      expect(await orderCount()).to.equal(before + 1);
    });
  });

  describe('saved drafts', () => {
    /** Ada's draft paid by a Visa token, with a card number and code a careless caller attached to the card. */
    function draftWithCard(): OrderDraft {
      const draft = addPayment(buildDraft(transport.seed), {
        typeId: 'credit-card',
        kind: 'credit-card',
        amount: { amount: 1000, currency: 'USD' },
        card: { token: 'tok_saved', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2099 },
      });
      const card = draft.payments[0]!.card as unknown as Record<string, unknown>;
      card['number'] = TEST_CARDS.visa;
      card['securityCode'] = '123';
      return draft;
    }

    it('saves a draft with its card by token only, lists it with the whole draft, replaces and deletes it', async () => {
      const bodies: string[] = [];
      const saving = restAdapter({
        fetch: (input, init) => {
          if (typeof init?.body === 'string') bodies.push(init.body);
          return contract.fetch(input, init);
        },
      });
      const draft = draftWithCard();
      const saved = await saving.saveDraft!({ siteId: 'us', draft });
      expect(saved.id).to.be.a('string');
      expect(saved.label).to.equal('Ada Lovelace, 1 item');
      expect(saved.total?.currency).to.equal('USD');
      expect(Number.isNaN(Date.parse(saved.savedAt))).to.equal(false);
      expect(saved.draft.payments[0]!.card).to.deep.equal({
        token: 'tok_saved',
        brand: 'visa',
        last4: '1111',
        expiryMonth: 12,
        expiryYear: 2099,
      });
      // What was sent: the token, never the number or the code.
      expect(bodies).to.have.length(1);
      expect(bodies[0]).to.contain('tok_saved');
      expect(bodies[0]).not.to.contain(TEST_CARDS.visa);
      expect(bodies[0]).not.to.contain('securityCode');
      expect(bodies[0]).not.to.contain('"number"');

      const listed = await adapter.listDrafts!({ siteId: 'us' });
      expect(listed.map((s) => s.id)).to.deep.equal([saved.id]);
      expect(listed[0]!.draft.lines.map((l) => l.productId)).to.deep.equal(['canvas-tote']);
      expect(await adapter.listDrafts!({ siteId: 'ca' })).to.deep.equal([]);

      const again = await adapter.saveDraft!({
        siteId: 'us',
        draft: { ...draft, customerNotes: 'Call back' },
        draftId: saved.id,
      });
      expect(again.id).to.equal(saved.id);
      const replaced = await adapter.listDrafts!({ siteId: 'us' });
      expect(replaced.map((s) => [s.id, s.draft.customerNotes])).to.deep.equal([[saved.id, 'Call back']]);
      expect((await transport.requests('replaceDraft')).map((r) => r.method)).to.deep.equal(['PUT']);

      await adapter.deleteDraft!({ siteId: 'us', draftId: saved.id });
      expect(await adapter.listDrafts!({ siteId: 'us' })).to.deep.equal([]);
      // Gone already: done, not an error.
      await adapter.deleteDraft!({ siteId: 'us', draftId: saved.id });
      expect((await transport.requests('deleteDraft')).map((r) => r.path)).to.deep.equal([
        `/api/v1/sites/us/drafts/${encodeURIComponent(saved.id)}`,
        `/api/v1/sites/us/drafts/${encodeURIComponent(saved.id)}`,
      ]);
    });

    it('never repeats the save of a new draft (a lost answer must not save it twice), but repeats a replace', async () => {
      await transport.fail('saveDraft', 503);
      expect(await rejection(adapter.saveDraft!({ siteId: 'us', draft: buildDraft(transport.seed) }))).to.be.an(
        'error',
      );
      expect(await transport.requests('saveDraft')).to.have.length(1);
      const saved = await adapter.saveDraft!({ siteId: 'us', draft: buildDraft(transport.seed) });
      await transport.fail('replaceDraft', 503);
      await adapter.saveDraft!({ siteId: 'us', draft: buildDraft(transport.seed), draftId: saved.id });
      expect(await transport.requests('replaceDraft')).to.have.length(2);
    });

    it('refuses the replace of a draft deleted meanwhile (NotFoundError)', async () => {
      const refused = await rejection(
        adapter.saveDraft!({ siteId: 'us', draft: buildDraft(transport.seed), draftId: 'no-such-draft' }),
      );
      expect(refused).to.be.instanceOf(NotFoundError);
    });

    it("leaves out a listed draft that is not one, or is another site's, and counts it", async () => {
      const saved = await adapter.saveDraft!({ siteId: 'us', draft: buildDraft(transport.seed) });
      const good = (await adapter.listDrafts!({ siteId: 'us' }))[0]!;
      await transport.answer('listDrafts', 200, {
        items: [
          good,
          { ...good, id: 'bad-1', draft: { ...good.draft, lines: 'none' } },
          { ...good, id: 'bad-2', draft: { ...good.draft, siteId: 'ca' } },
        ],
      });
      // A deliberately broken answer: outside the contract check.
      const listed = await plainAdapter().listDrafts!({ siteId: 'us' });
      expect(listed.map((s) => s.id)).to.deep.equal([saved.id]);
      expect(listed.skipped).to.equal(2);
    });
  });
}
