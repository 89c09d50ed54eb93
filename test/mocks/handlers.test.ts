import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createRestAdapter } from '../../src/adapter/rest-adapter.js';
import type { ValidationError } from '../../src/adapter/errors.js';
import { DeclinedError, NotFoundError, UnavailableError } from '../../src/adapter/errors.js';
import { addCoupon } from '../../src/model/draft.js';
import { createContract } from '../adapter/contract.js';
import { BALANCE_CODES, PRODUCTS, TEST_CARDS, VARIANTS, buildDraft } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';

const BASE = '/api/v1';

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('mock handlers (HTTP)', () => {
  const mock = useMockBackend();

  describe('the contract', () => {
    it('answers every operation in the shapes of api/openapi.yaml', async () => {
      const contract = createContract();
      const adapter = createRestAdapter({ baseUrl: BASE, fetch: contract.fetch, retry: false });
      const draft = addCoupon(buildDraft(mock.backend), 'SAVE10');
      const site = { siteId: 'us' };

      await adapter.listSites();
      await adapter.listOrders({ ...site, limit: 3 });
      const [ada] = await adapter.searchCustomers({ ...site, query: 'Ada' });
      // No one on the site: the answer names Grace Hopper of Wholesale (elsewhere), in the contract's shape.
      expect((await adapter.searchCustomers({ ...site, query: 'Grace Hopper' })).elsewhere).to.have.length(1);
      const input = {
        firstName: 'Mary',
        lastName: 'Jackson',
        email: 'mary@example.com',
        phones: { work: '(757) 555-0150' },
        addresses: ada!.addresses.map(({ id: _id, ...address }) => address),
      };
      const created = await adapter.createCustomer({ ...site, customer: input });
      await adapter.updateCustomer({
        ...site,
        customerId: created.id,
        customer: { ...input, lastName: 'Jackson-Smith' },
      });
      await adapter.searchProducts({ ...site, query: 'shoe', priceListId: 'vip' });
      await adapter.getProduct({ ...site, productId: PRODUCTS.trailRunner.id });
      await adapter.configureProduct({
        ...site,
        productId: PRODUCTS.trailRunner.id,
        options: VARIANTS.trailRunner9Blue.options,
      });
      await adapter.getFulfillmentOptions({
        ...site,
        productId: PRODUCTS.trailRunner.id,
        variantId: VARIANTS.trailRunner9Blue.id,
      });
      await adapter.getShippingMethods({ draft });
      await adapter.listPriceLists(site);
      await adapter.priceOrder({ draft });
      await adapter.listPaymentTypes(site);
      await adapter.checkBalance({ ...site, typeId: 'gift-card', code: BALANCE_CODES.giftCard100.code });
      await adapter.tokenizeCard({
        ...site,
        card: {
          number: TEST_CARDS.visa,
          expiryMonth: 1,
          expiryYear: 2099,
          securityCode: '123',
          nameOnCard: 'Ada Lovelace',
        },
      });
      await adapter.submitOrder({ draft, idempotencyKey: 'contract-1' });
      await adapter.submitOrder({ draft, idempotencyKey: 'contract-1' });

      // Error answers are problems of the contract too.
      const failures = [
        adapter.getProduct({ ...site, productId: 'nope' }),
        adapter.configureProduct({
          ...site,
          productId: PRODUCTS.trailRunner.id,
          options: { Size: '13', Color: 'Red' },
        }),
        adapter.createCustomer({ ...site, customer: { ...input, email: 'ada.lovelace@example.com' } }),
        adapter.tokenizeCard({
          ...site,
          card: { number: TEST_CARDS.declined, expiryMonth: 1, expiryYear: 2099, securityCode: '123', nameOnCard: 'A' },
        }),
        adapter.submitOrder({ draft: { ...draft, lines: [] }, idempotencyKey: 'contract-2' }),
      ];
      for (const failure of failures) await failure.catch(() => undefined);

      expect(await contract.settle()).to.deep.equal([]);
      expect([...contract.exercised].sort()).to.have.length(16);
    });
  });

  describe('errors', () => {
    it('answers application/problem+json with type, title, status and detail', async () => {
      const response = await fetch(`${BASE}/sites/mars/orders`);
      expect(response.status).to.equal(404);
      expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
      expect(await response.json()).to.deep.equal({
        type: 'not-found',
        title: 'Not found',
        status: 404,
        detail: 'There is no site "mars".',
      });
    });

    it('answers 422 with field problems', async () => {
      const response = await post('/sites/us/customers', {
        firstName: '',
        lastName: 'X',
        email: 'x@example.com',
        phones: {},
        addresses: [],
      });
      expect(response.status).to.equal(422);
      const body = await response.json();
      expect(body.type).to.equal('validation');
      expect(body.errors.map((e: { path: string }) => e.path)).to.include.members(['firstName', 'phones', 'addresses']);
    });

    it('answers 404 for a path outside the contract', async () => {
      const response = await fetch(`${BASE}/nowhere`);
      expect(response.status).to.equal(404);
      expect((await response.json()).type).to.equal('not-found');
    });

    it('answers 400 for a body that is not JSON', async () => {
      const response = await fetch(`${BASE}/sites/us/pricing`, { method: 'POST', body: '{oops' });
      expect(response.status).to.equal(400);
      expect((await response.json()).type).to.equal('bad-request');
    });

    it('maps to the typed errors of the REST adapter', async () => {
      const { adapter } = mock;
      const missing = await adapter.getProduct({ siteId: 'us', productId: 'nope' }).catch((e: unknown) => e);
      expect(missing).to.be.instanceOf(NotFoundError);
      const declined = await adapter
        .tokenizeCard({
          siteId: 'us',
          card: { number: TEST_CARDS.declined, expiryMonth: 1, expiryYear: 2099, securityCode: '123', nameOnCard: 'A' },
        })
        .catch((e: unknown) => e);
      expect(declined).to.be.instanceOf(DeclinedError);
      expect((declined as DeclinedError).code).to.equal('card-declined');
      const invalid = await adapter
        .tokenizeCard({
          siteId: 'us',
          card: { number: TEST_CARDS.invalid, expiryMonth: 1, expiryYear: 2099, securityCode: '123', nameOnCard: 'A' },
        })
        .catch((e: unknown) => e);
      expect((invalid as ValidationError).at('number')).to.have.length(1);
    });
  });

  describe('the card number', () => {
    it('is never kept in the request log', async () => {
      await mock.adapter.tokenizeCard({
        siteId: 'us',
        card: { number: TEST_CARDS.visa, expiryMonth: 1, expiryYear: 2099, securityCode: '737', nameOnCard: 'Ada' },
      });
      const [record] = mock.backend.requestsFor('tokenizeCard');
      expect(record!.bodySize).to.be.greaterThan(0);
      expect(JSON.stringify(mock.backend.requests)).not.to.contain(TEST_CARDS.visa);
      expect(JSON.stringify(mock.backend.requests)).not.to.contain('737');
    });
  });

  describe('scenario faults', () => {
    it('answers a scripted 503 with Retry-After, then recovers', async () => {
      mock.scenario.failNext('listSites', 503);
      const first = await fetch(`${BASE}/sites`);
      expect(first.status).to.equal(503);
      expect(first.headers.get('Retry-After')).to.equal('1');
      expect((await first.json()).type).to.equal('unavailable');
      expect((await fetch(`${BASE}/sites`)).status).to.equal(200);
    });

    it('answers 429 with Retry-After, as many times as asked', async () => {
      mock.scenario.failNext('searchProducts', 429, 2, { retryAfter: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${BASE}/sites/us/products?q=tote`);
        statuses.push(response.status);
        if (response.status === 429) expect(response.headers.get('Retry-After')).to.equal('7');
      }
      expect(statuses).to.deep.equal([429, 429, 200]);
    });

    it('fails a call without a response on a network fault', async () => {
      mock.scenario.failNext('listPriceLists', 'network');
      const error = await fetch(`${BASE}/sites/us/price-lists`).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(TypeError);
    });

    it('lets the adapter retry through faults, counting each attempt', async () => {
      mock.scenario.failNext('listSites', 503, 2, { retryAfter: 0 });
      const sites = await mock.adapter.listSites();
      expect(sites).to.have.length(3);
      expect(mock.backend.requestsFor('listSites')).to.have.length(3);
    });

    it('answers every call with 503 or no response in "down" mode', async () => {
      mock.scenario.mode = 'down';
      for (let i = 0; i < 6; i++) {
        const outcome = await fetch(`${BASE}/sites`).then(
          (r) => r.status,
          () => 'network',
        );
        expect([503, 'network']).to.include(outcome);
      }
      const error = await createRestAdapter({ baseUrl: BASE, retry: false })
        .listSites()
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UnavailableError);
    });

    it('fails some calls in "flaky" mode, the same ones on every run', async () => {
      const run = async () => {
        mock.scenario.reset();
        mock.scenario.mode = 'flaky';
        const outcomes: Array<number | string> = [];
        for (let i = 0; i < 40; i++)
          outcomes.push(
            await fetch(`${BASE}/sites`).then(
              (r) => r.status,
              () => 'network',
            ),
          );
        return outcomes;
      };
      const first = await run();
      expect(first.filter((o) => o !== 200).length).to.be.greaterThan(0);
      expect(first.filter((o) => o === 200).length).to.be.greaterThan(20);
      expect(await run()).to.deep.equal(first);
    });

    it('holds one call so that answers arrive out of order', async () => {
      const release = mock.scenario.holdNext('searchCustomers');
      const arrived: string[] = [];
      const slow = fetch(`${BASE}/sites/us/customers?q=ad`).then(() => arrived.push('first'));
      // The hold goes to the call that reaches the backend first: send the second one after it.
      await waitUntil(() => mock.backend.requests.length === 1);
      const fast = fetch(`${BASE}/sites/us/customers?q=ada`).then(() => arrived.push('second'));
      await fast;
      release();
      await slow;
      expect(arrived).to.deep.equal(['second', 'first']);
    });

    it('can lose the answer of a submission that took effect; the same key then answers it', async () => {
      const draft = buildDraft(mock.backend);
      mock.scenario.failNext('submitOrder', 'network', 1, { afterProcessing: true });
      const lost = await post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'lost-1' }).catch((e: unknown) => e);
      expect(lost).to.be.instanceOf(TypeError);
      const retried = await post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'lost-1' });
      expect(retried.status).to.equal(200);
      expect((await retried.json()).number).to.equal('10542');
      expect(mock.backend.listOrders('us', { limit: 2 }).items.map((o) => o.number)).to.deep.equal(['10542', '10541']);
    });

    it('lets a test override one endpoint with worker.use()', async () => {
      mock.worker.use(http.get(`${BASE}/sites`, () => HttpResponse.json({ items: [] })));
      expect(await mock.adapter.listSites()).to.deep.equal([]);
    });

    it('drops the override and the queued faults before the next test', async () => {
      expect(await mock.adapter.listSites()).to.have.length(3);
      expect(mock.backend.requests).to.have.length(1);
    });
  });

  describe('submitting', () => {
    it('needs an Idempotency-Key header (400)', async () => {
      const response = await post('/sites/us/orders', { draft: buildDraft(mock.backend) });
      expect(response.status).to.equal(400);
      expect((await response.json()).errors[0].path).to.equal('idempotencyKey');
    });

    it('answers 201, then 200 with the same order for the same key', async () => {
      const draft = buildDraft(mock.backend);
      const first = await post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'k-1' });
      const second = await post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'k-1' });
      expect([first.status, second.status]).to.deep.equal([201, 200]);
      expect(await second.json()).to.deep.equal(await first.json());
      expect(mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey)).to.deep.equal(['k-1', 'k-1']);
    });

    it('answers 409 with Retry-After while the same key is still in flight', async () => {
      const draft = buildDraft(mock.backend);
      const release = mock.scenario.holdNext('submitOrder');
      const slow = post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'k-2' });
      await waitUntil(() => mock.backend.requests.length === 1);
      const meanwhile = await post('/sites/us/orders', { draft }, { 'Idempotency-Key': 'k-2' });
      expect(meanwhile.status).to.equal(409);
      expect(meanwhile.headers.get('Retry-After')).to.equal('1');
      release();
      expect((await slow).status).to.equal(201);
      expect(mock.backend.submission('k-2')?.number).to.equal('10542');
    });
  });
});
