import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import {
  ConflictError,
  DeclinedError,
  InvalidResponseError,
  NotFoundError,
  TimeoutError,
  UnavailableError,
  ValidationError,
} from '../../src/adapter/errors.js';
import { type RestAdapterOptions, createRestAdapter } from '../../src/adapter/rest-adapter.js';
import {
  addCoupon,
  addPayment,
  createDraft,
  setCustomerNotes,
  setGiftMessage,
  setLineGift,
} from '../../src/model/draft.js';
import type { CardDetails, Customer, CustomerInput, OrderDraft } from '../../src/model/types.js';
import { buildDraft, PRODUCTS, SITES, TEST_CARDS, VARIANTS, pickupAt, LOCATIONS } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';
import { createContract, operationIds } from './contract.js';

/** What an error exposes anywhere a host might put it: message, JSON, string form. */
function everythingIn(error: unknown): string {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), JSON.stringify((e as { problems?: unknown }).problems ?? null)].join(
    '\n',
  );
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

function card(number: string, overrides: Partial<CardDetails> = {}): CardDetails {
  return { number, expiryMonth: 12, expiryYear: 2099, securityCode: '123', nameOnCard: 'Ada Lovelace', ...overrides };
}

function inputOf(customer: Customer): CustomerInput {
  const { firstName, lastName, email, phones, addresses } = customer;
  return { firstName, lastName, email, phones: { ...phones }, addresses: addresses.map((a) => ({ ...a })) };
}

const newCustomer: CustomerInput = {
  firstName: 'Mary',
  lastName: 'Jackson',
  email: 'mary.jackson@example.com',
  phones: { mobile: '(757) 555-0142' },
  addresses: [
    {
      name: 'Mary Jackson',
      line1: '1 Langley Blvd',
      city: 'Hampton',
      region: 'VA',
      postalCode: '23681',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: true,
    },
  ],
};

describe('createRestAdapter', () => {
  const mock = useMockBackend();
  // Every exchange of this file (except the deliberately broken answers of "checks responses")
  // goes through the contract check against api/openapi.yaml.
  const contract = createContract();
  let adapter: OrderAdapter;

  /** An adapter over the mock through the contract check, without backoff delays. */
  function restAdapter(options: Partial<RestAdapterOptions> = {}): OrderAdapter {
    return createRestAdapter({ baseUrl: mock.baseUrl, fetch: contract.fetch, random: () => 0, ...options });
  }

  beforeEach(() => {
    adapter = restAdapter();
  });

  let allPassed = true;

  afterEach(async function () {
    const violations = await contract.settle();
    if (this.currentTest?.state !== 'passed' || violations.length > 0) allPassed = false;
    expect(violations, `exchanges that break api/openapi.yaml:\n${violations.join('\n')}\n`).to.deep.equal([]);
  });

  after(async () => {
    // Only meaningful when every test ran through; otherwise their own failures say more.
    if (!allPassed) return;
    // A new operation in the document without a successful exchange here fails the suite.
    const missing = (await operationIds()).filter((id) => !contract.exercised.has(id));
    expect(missing.join(', '), 'operations of api/openapi.yaml never answered 2xx in these tests').to.equal('');
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

    it("filters orders by customer and date: Ada's recent Canvas Tote Bag", async () => {
      const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
      const page = await adapter.listOrders({ siteId: 'us', customerId: 'ada', since });
      expect(page.items.length).to.be.greaterThan(0);
      expect(page.items.every((o) => o.customerName === 'Ada Lovelace')).to.equal(true);
      expect(page.items.some((o) => o.items.some((i) => i.productName === 'Canvas Tote Bag'))).to.equal(true);
      const [request] = mock.backend.requestsFor('listOrders');
      expect(new URL(request!.url, location.origin).searchParams.get('customerId')).to.equal('ada');
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
      const ada = mock.backend.findCustomer('ada')!;
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

    it('lists shipping methods with rates for a draft', async () => {
      const methods = await adapter.getShippingMethods({ draft: buildDraft(mock.backend) });
      expect(methods.map((m) => [m.name, m.rate.amount])).to.deep.equal([
        ['Ground', 795],
        ['2-Day', 1495],
        ['Overnight', 2995],
      ]);
    });

    it('lists the price lists of a site', async () => {
      expect((await adapter.listPriceLists({ siteId: 'us' })).map((l) => l.name)).to.deep.equal(['VIP', 'Employee']);
      expect((await adapter.listPriceLists({ siteId: 'wholesale' })).map((l) => l.name)).to.deep.equal(['VIP']);
    });

    it('prices a draft with coupons accepted and rejected', async () => {
      let draft = buildDraft(mock.backend, {
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
      const order = await adapter.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'key-submit-1' });
      expect(order.status).to.equal('new');
      expect(order.total.currency).to.equal('USD');
      const page = await adapter.listOrders({ siteId: 'us', limit: 1 });
      expect(page.items[0]).to.include({ id: order.id, number: order.number, customerName: 'Ada Lovelace' });
    });
  });

  describe('errors', () => {
    it('maps a missing option combination to NotFoundError with the backend detail', async () => {
      const error = await rejection(
        adapter.configureProduct({ siteId: 'us', productId: 'trail-runner', options: { Size: '9', Color: 'Purple' } }),
      );
      expect(error).to.be.instanceOf(NotFoundError);
      expect((error as NotFoundError).status).to.equal(404);
      expect((error as Error).message).to.contain('Trail Runner Shoe');
      expect(mock.backend.requestsFor('configureProduct')).to.have.length(1);
    });

    it('maps an unknown product and an unknown balance code to NotFoundError', async () => {
      expect(await rejection(adapter.getProduct({ siteId: 'us', productId: 'no-such-product' }))).to.be.instanceOf(
        NotFoundError,
      );
      const error = await rejection(adapter.checkBalance({ siteId: 'us', typeId: 'gift-card', code: 'GC-9999-9999' }));
      expect(error).to.be.instanceOf(NotFoundError);
    });

    it('maps a refused customer to ValidationError with field paths, without retrying', async () => {
      const customer = { ...newCustomer, email: 'not-an-email', phones: {} };
      const error = (await rejection(adapter.createCustomer({ siteId: 'us', customer }))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.status).to.equal(422);
      expect(error.at('email')[0]!.code).to.equal('invalid-email');
      expect(error.at('phones')).to.have.length(1);
      expect(error.message).to.be.a('string').and.not.be.empty;
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(1);
    });

    it('reports a duplicate email at "email"', async () => {
      const ada = mock.backend.findCustomer('ada')!;
      const error = (await rejection(
        adapter.createCustomer({ siteId: 'us', customer: { ...newCustomer, email: ada.email } }),
      )) as ValidationError;
      expect(error.at('email').map((p) => p.code)).to.deep.equal(['duplicate']);
    });

    it('maps a declined card to DeclinedError with its code, never echoing the card', async () => {
      const error = await rejection(adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.declined) }));
      expect(error).to.be.instanceOf(DeclinedError);
      expect((error as DeclinedError).code).to.equal('card-declined');
      expect((error as Error).message).to.contain('declined');
      expect(everythingIn(error)).not.to.contain(TEST_CARDS.declined);
      expect(everythingIn(error)).not.to.contain('123');
    });

    it('maps an invalid card number to ValidationError at "number"', async () => {
      const error = (await rejection(
        adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.invalid) }),
      )) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.at('number')).to.have.length(1);
      expect(everythingIn(error)).not.to.contain(TEST_CARDS.invalid);
    });

    it('maps an order that is not ready to ValidationError with the draft paths', async () => {
      const draft = buildDraft(mock.backend, { customerId: 'alan' });
      const error = (await rejection(adapter.submitOrder({ draft, idempotencyKey: 'key-alan' }))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.at('customer.phones')).to.have.length(1);
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(1);
    });

    it('maps 409 to ConflictError once retries are spent', async () => {
      mock.scenario.failNext('submitOrder', 409, 2, { retryAfter: 0 });
      const error = await rejection(
        restAdapter({ retry: { retries: 1 } }).submitOrder({
          draft: buildDraft(mock.backend),
          idempotencyKey: 'k-409',
        }),
      );
      expect(error).to.be.instanceOf(ConflictError);
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(2);
    });

    it('maps 503 to UnavailableError with Retry-After in milliseconds', async () => {
      mock.scenario.failNext('listSites', 503, 1, { retryAfter: 7 });
      const error = (await rejection(restAdapter({ retry: false }).listSites())) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.status).to.equal(503);
      expect(error.retryAfterMs).to.equal(7000);
      expect(error.message).to.be.a('string').and.not.be.empty;
    });

    it('maps no response to UnavailableError saying to check the connection', async () => {
      mock.scenario.failNext('listPaymentTypes', 'network');
      const error = await rejection(restAdapter({ retry: false }).listPaymentTypes({ siteId: 'us' }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect((error as Error).message).to.equal(
        'Could not load the payment types: the order service could not be reached. Check the connection and try again.',
      );
    });

    it('refuses a draft without a site before sending anything', async () => {
      const error = (await rejection(adapter.priceOrder({ draft: createDraft() }))) as ValidationError;
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.at('siteId')).to.have.length(1);
      expect(mock.backend.requestsFor('priceOrder')).to.be.empty;
    });
  });

  describe('checks responses', () => {
    // Deliberately broken answers: through a plain adapter, outside the contract check.
    let plain: OrderAdapter;
    beforeEach(() => {
      plain = createRestAdapter({ baseUrl: mock.baseUrl, random: () => 0 });
    });

    // Issue 9, item 27: a bad record among the records of a list is left out and counted (it used to
    // fail the whole list); a single object that fails is still refused.
    it('refuses a decimal money amount, naming where it was', async () => {
      const product = { id: 'x', code: 'X', name: 'X', type: 'simple', price: { amount: 19.99, currency: 'USD' } };
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/:siteId/products`, () => HttpResponse.json({ items: [product] })),
        http.get(`${mock.baseUrl}/sites/:siteId/products/:productId`, () =>
          HttpResponse.json({ ...product, options: [], variants: [], shippable: true, pickupAllowed: true }),
        ),
      );
      const found = await plain.searchProducts({ siteId: 'us', query: 'x' });
      expect(found).to.have.length(0);
      expect(found.skipped).to.equal(1);
      const error = await rejection(plain.getProduct({ siteId: 'us', productId: 'x' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('price.amount should be an integer');
      expect((error as Error).message).to.match(/^Could not load the product: /);
    });

    it('leaves out a site missing a required field, and refuses a list without its items', async () => {
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () => HttpResponse.json({ items: [{ id: 'us', name: 'US Store' }] })),
      );
      const sites = await plain.listSites();
      expect(sites).to.have.length(0);
      expect(sites.skipped).to.equal(1);
      mock.worker.use(http.get(`${mock.baseUrl}/sites`, () => HttpResponse.json({ sites: [] })));
      const error = await rejection(plain.listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('items should be present');
    });

    it('refuses an answer that is not JSON, without retrying it', async () => {
      let requests = 0;
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () => {
          requests += 1;
          return new HttpResponse('<html>Welcome</html>', { headers: { 'Content-Type': 'text/html' } });
        }),
      );
      const error = await rejection(plain.listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('not JSON');
      expect(requests).to.equal(1);
    });

    it('refuses a pricing answer with a line priced in another currency than the answer (a CAD line on the US site)', async () => {
      const draft = buildDraft(mock.backend);
      const answer = mock.backend.priceOrder('us', draft);
      const lines = answer.lines.map((l) => ({ ...l, unitPrice: { ...l.unitPrice, currency: 'CAD' } }));
      mock.worker.use(
        http.post(`${mock.baseUrl}/sites/:siteId/pricing`, () => HttpResponse.json({ ...answer, lines })),
      );
      const error = await rejection(plain.priceOrder({ draft }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain(
        'lines[0].unitPrice.currency should be USD, the currency of the answer',
      );
    });

    it('refuses a submit answer that does not echo the key', async () => {
      const draft = buildDraft(mock.backend);
      const { idempotencyKey: _key, ...order } = await adapter.submitOrder({ draft, idempotencyKey: 'no-echo' });
      mock.worker.use(
        http.post(`${mock.baseUrl}/sites/:siteId/orders`, () => HttpResponse.json(order, { status: 200 })),
      );
      const error = await rejection(plain.submitOrder({ draft, idempotencyKey: 'no-echo' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      // Review of issue 9, item 4: in the agent's words, no field name of the contract.
      expect((error as Error).message).to.equal(
        'Could not submit the order: the order service did not say which order it answered about. Try again; if it keeps happening, ask an administrator.',
      );
    });

    it('refuses a submit answer about another order, saying so in the agent’s words', async () => {
      const draft = buildDraft(mock.backend);
      const order = await adapter.submitOrder({ draft, idempotencyKey: 'first' });
      mock.worker.use(
        http.post(`${mock.baseUrl}/sites/:siteId/orders`, () => HttpResponse.json(order, { status: 200 })),
      );
      const error = await rejection(plain.submitOrder({ draft, idempotencyKey: 'second' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.equal(
        'Could not submit the order: the order service answered about another order. Try again; if it keeps happening, ask an administrator.',
      );
      expect((error as Error).message).not.to.match(/idempotencyKey|\(/);
    });

    it('maps a status outside the contract (403) to InvalidResponseError, not retried', async () => {
      let requests = 0;
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () => {
          requests += 1;
          return new HttpResponse(null, { status: 403 });
        }),
      );
      const error = await rejection(plain.listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.contain('Sign in again');
      expect(requests).to.equal(1);
    });
  });

  describe('retries', () => {
    it('retries a read after a 503 and answers once', async () => {
      mock.scenario.failNext('listSites', 503, 1, { retryAfter: 0 });
      const sites = await adapter.listSites();
      expect(sites).to.have.length(3);
      expect(mock.backend.requestsFor('listSites')).to.have.length(2);
    });

    it('retries after a 429 once Retry-After has passed', async () => {
      mock.scenario.failNext('searchProducts', 429, 1, { retryAfter: 0 });
      const products = await adapter.searchProducts({ siteId: 'us', query: 'Canvas Tote' });
      expect(products[0]!.name).to.equal('Canvas Tote Bag');
      expect(mock.backend.requestsFor('searchProducts')).to.have.length(2);
    });

    it('gives up at once when Retry-After is longer than it will wait', async () => {
      mock.scenario.failNext('listSites', 429, 1, { retryAfter: 120 });
      const error = (await rejection(adapter.listSites())) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(mock.backend.requestsFor('listSites')).to.have.length(1);
    });

    it('retries a read after no response', async () => {
      mock.scenario.failNext('getProduct', 'network');
      const product = await adapter.getProduct({ siteId: 'us', productId: 'canvas-tote' });
      expect(product.name).to.equal('Canvas Tote Bag');
      expect(mock.backend.requestsFor('getProduct')).to.have.length(2);
    });

    it('retries the read-only POSTs (pricing, shipping methods, balances, configure)', async () => {
      for (const id of ['priceOrder', 'getShippingMethods', 'checkBalance', 'configureProduct']) {
        mock.scenario.failNext(id, 503, 1, { retryAfter: 0 });
      }
      const draft = buildDraft(mock.backend);
      await adapter.priceOrder({ draft });
      await adapter.getShippingMethods({ draft });
      await adapter.checkBalance({ siteId: 'us', typeId: 'store-credit', code: 'SC-ADA-0001' });
      await adapter.configureProduct({
        siteId: 'us',
        productId: 'trail-runner',
        options: { Size: '10', Color: 'Black' },
      });
      for (const id of ['priceOrder', 'getShippingMethods', 'checkBalance', 'configureProduct']) {
        expect(mock.backend.requestsFor(id), id).to.have.length(2);
      }
    });

    it('stops after the configured number of retries with the last error', async () => {
      mock.scenario.failNext('listSites', 503, 10, { retryAfter: 0 });
      const error = await rejection(restAdapter({ retry: { retries: 2 } }).listSites());
      expect(error).to.be.instanceOf(UnavailableError);
      expect(mock.backend.requestsFor('listSites')).to.have.length(3);
    });

    it('never retries when retry is false', async () => {
      mock.scenario.failNext('listSites', 503, 1, { retryAfter: 0 });
      await rejection(restAdapter({ retry: false }).listSites());
      expect(mock.backend.requestsFor('listSites')).to.have.length(1);
    });

    it('makes a single attempt when the call says retry: false (the caller retries)', async () => {
      mock.scenario.failNext('submitOrder', 503, 1, { retryAfter: 0 });
      const draft = buildDraft(mock.backend);
      const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'caller-retries' }, { retry: false }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(1);
      // The caller's own retry with the same key then places the order.
      const order = await adapter.submitOrder({ draft, idempotencyKey: 'caller-retries' }, { retry: false });
      expect(mock.backend.submission('caller-retries')).to.deep.equal(order);
    });

    it('does not retry createCustomer after a 503 or no response', async () => {
      mock.scenario.failNext('createCustomer', 503, 1, { retryAfter: 0 });
      expect(await rejection(adapter.createCustomer({ siteId: 'us', customer: newCustomer }))).to.be.instanceOf(
        UnavailableError,
      );
      mock.scenario.failNext('createCustomer', 'network');
      expect(await rejection(adapter.createCustomer({ siteId: 'us', customer: newCustomer }))).to.be.instanceOf(
        UnavailableError,
      );
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(2);
    });

    it('does not retry updateCustomer', async () => {
      mock.scenario.failNext('updateCustomer', 503, 1, { retryAfter: 0 });
      const customer = inputOf(mock.backend.findCustomer('ada')!);
      await rejection(adapter.updateCustomer({ siteId: 'us', customerId: 'ada', customer }));
      expect(mock.backend.requestsFor('updateCustomer')).to.have.length(1);
    });

    it('does not retry tokenizeCard, and its errors never carry the card', async () => {
      mock.scenario.failNext('tokenizeCard', 503, 1, { retryAfter: 0 });
      const unavailable = await rejection(adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) }));
      mock.scenario.failNext('tokenizeCard', 'network');
      const unreachable = await rejection(adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) }));
      expect(unavailable).to.be.instanceOf(UnavailableError);
      expect(unreachable).to.be.instanceOf(UnavailableError);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(2);
      for (const error of [unavailable, unreachable]) expect(everythingIn(error)).not.to.contain(TEST_CARDS.visa);
    });
  });

  describe('timeouts and aborts', () => {
    it('throws TimeoutError when the backend does not answer in time', async () => {
      mock.scenario.failNext('listSites', 'timeout');
      const error = await rejection(restAdapter({ timeoutMs: 50, retry: false }).listSites());
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as Error).message).to.equal(
        'Could not load the sites: the order service did not answer in time. Try again.',
      );
    });

    it('throws TimeoutError when latency exceeds timeoutMs', async () => {
      mock.scenario.delayNext('getProduct', 2000);
      const error = await rejection(
        restAdapter({ timeoutMs: 50, retry: false }).getProduct({ siteId: 'us', productId: 'canvas-tote' }),
      );
      expect(error).to.be.instanceOf(TimeoutError);
    });

    it('retries a read after a timeout', async () => {
      mock.scenario.failNext('listPriceLists', 'timeout');
      // The first attempt hangs until the timeout; the second must answer within it even on a busy machine.
      const lists = await restAdapter({ timeoutMs: 1000 }).listPriceLists({ siteId: 'us' });
      expect(lists).to.have.length(2);
      expect(mock.backend.requestsFor('listPriceLists')).to.have.length(2);
    });

    it("rejects with the caller's AbortError, untouched, when aborted in flight", async () => {
      mock.scenario.failNext('searchCustomers', 'timeout');
      const controller = new AbortController();
      const pending = adapter.searchCustomers({ siteId: 'us', query: 'Ada' }, { signal: controller.signal });
      // In flight: the backend has it (and will never answer). Waiting for that, not for a time, holds under load.
      await waitUntil(() => mock.backend.requestsFor('searchCustomers').length === 1, 'the request was not sent', {
        timeout: 5000,
      });
      const reason = new DOMException('A newer search replaced this one.', 'AbortError');
      controller.abort(reason);
      expect(await rejection(pending)).to.equal(reason);
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(1);
    });

    it('sends nothing when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.listSites({ signal: controller.signal }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(mock.backend.requestsFor('listSites')).to.be.empty;
    });

    it('stops waiting for a retry when aborted during the backoff', async () => {
      mock.scenario.failNext('listSites', 503, 1, { retryAfter: 20 });
      let answered!: () => void;
      const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
      const watched = restAdapter({
        fetch: (input, init) => contract.fetch(input, init).finally(answered),
      });
      const controller = new AbortController();
      const pending = watched.listSites({ signal: controller.signal });
      // Abort once the first attempt has been answered 503 and the adapter waits out the 20 s Retry-After.
      await firstAnswer;
      controller.abort();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
      expect(mock.backend.requestsFor('listSites')).to.have.length(1);
    });
  });

  describe('idempotent submit', () => {
    /** How many orders the US Store has. */
    async function orderCount(): Promise<number> {
      return (await adapter.listOrders({ siteId: 'us', limit: 1 })).total!;
    }

    it('answers the same order for the same key, and places it once', async () => {
      const before = await orderCount();
      const draft = buildDraft(mock.backend);
      const first = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-1' });
      const again = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-1' });
      expect(again).to.deep.equal(first);
      expect(await orderCount()).to.equal(before + 1);
    });

    it('places another order for another key', async () => {
      const draft = buildDraft(mock.backend);
      const first = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-a' });
      const second = await adapter.submitOrder({ draft, idempotencyKey: 'attempt-b' });
      expect(second.number).not.to.equal(first.number);
    });

    it('retries a submit whose answer was lost with the same key: one order', async () => {
      const before = await orderCount();
      mock.scenario.failNext('submitOrder', 'network', 1, { afterProcessing: true });
      const order = await adapter.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'lost-answer' });
      const requests = mock.backend.requestsFor('submitOrder');
      expect(requests.map((r) => r.idempotencyKey)).to.deep.equal(['lost-answer', 'lost-answer']);
      expect(mock.backend.submission('lost-answer')).to.deep.equal(order);
      expect(await orderCount()).to.equal(before + 1);
    });

    it('gets the submitted order back with its key echoed', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'echo-1' });
      expect(order.idempotencyKey).to.equal('echo-1');
      const again = await adapter.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'echo-1' });
      expect(again).to.deep.equal(order);
    });

    it('refuses an answer about another submission (another key): InvalidResponseError, not retried', async () => {
      const draft = buildDraft(mock.backend);
      const existing = await adapter.submitOrder({ draft, idempotencyKey: 'someone-else' });
      let answered = 0;
      // The answer rewritten on the way: an existing order, under the key of another submission.
      mock.worker.use(
        http.post(`${mock.baseUrl}/sites/:siteId/orders`, () => {
          answered += 1;
          return HttpResponse.json(existing, { status: 201 });
        }),
      );
      const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'mine' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.match(/^Could not submit the order: .*another order.*Try again/);
      expect(answered).to.equal(1);
    });

    it('finds the order a key created (findOrder), and null for a key that created none', async () => {
      const order = await adapter.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'find me/1' });
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'find me/1' })).to.deep.equal(order);
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'never-sent' })).to.equal(null);
      // Keys are per site.
      expect(await adapter.findOrder!({ siteId: 'ca', idempotencyKey: 'find me/1' })).to.equal(null);
      expect(mock.backend.requestsFor('findOrder')[0]!.url).to.equal('/api/v1/sites/us/submissions/find%20me%2F1');
    });

    it('answers findOrder once a submission with the key is no longer in flight (409 meanwhile, retried)', async () => {
      const draft = buildDraft(mock.backend);
      const release = mock.scenario.holdNext('submitOrder');
      const submitted = adapter.submitOrder({ draft, idempotencyKey: 'in-flight' });
      await waitUntil(() => mock.backend.requestsFor('submitOrder').length === 1, 'the submit was not sent', {
        timeout: 5000,
      });
      const found = restAdapter({ retry: { retries: 0 } }).findOrder!({ siteId: 'us', idempotencyKey: 'in-flight' });
      expect(await rejection(found)).to.be.instanceOf(ConflictError);
      release();
      const order = await submitted;
      expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'in-flight' })).to.deep.equal(order);
    });

    it('retries a submit still in progress (409) and gets the one order', async () => {
      const draft = buildDraft(mock.backend);
      const before = await orderCount();
      // The first request is held in flight until the second has met it (and got its 409).
      const release = mock.scenario.holdNext('submitOrder');
      const both = Promise.all([
        adapter.submitOrder({ draft, idempotencyKey: 'double-click' }),
        adapter.submitOrder({ draft, idempotencyKey: 'double-click' }),
      ]);
      await waitUntil(() => mock.backend.requestsFor('submitOrder').length >= 2, 'the second submit was not sent', {
        timeout: 5000,
      });
      release();
      const [a, b] = await both;
      expect(b).to.deep.equal(a);
      const statuses = mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey);
      expect(statuses.every((k) => k === 'double-click')).to.equal(true);
      expect(statuses.length).to.be.at.least(3);
      expect(await orderCount()).to.equal(before + 1);
    });
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
      mock.scenario.failNext('submitOrder', 503, 1, { retryAfter: 0 });
      await rest.submitOrder({ draft: buildDraft(mock.backend), idempotencyKey: 'hdr-key' });
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
      let draft = setGiftMessage(setCustomerNotes(buildDraft(mock.backend), 'Call on arrival'), 'Enjoy!');
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

    it('encodes path parameters and leaves out empty query parameters', async () => {
      const error = await rejection(adapter.getProduct({ siteId: 'us', productId: 'a/b?c', priceListId: null }));
      expect(error).to.be.instanceOf(NotFoundError);
      expect(mock.backend.requestsFor('getProduct')[0]!.url).to.equal('/api/v1/sites/us/products/a%2Fb%3Fc');
    });

    it('works with an absolute base URL with a trailing slash', async () => {
      const rest = restAdapter({ baseUrl: `${location.origin}${mock.baseUrl}/` });
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
  });
});
