/**
 * Retries, timeouts and aborts of the REST adapter: run over MSW (rest-adapter-retries.test.ts) and
 * over real HTTP (rest-adapter-retries-http.test.ts).
 */
import { expect } from '@open-wc/testing';
import type { OperationId } from '../../../mocks/handlers.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { TimeoutError, UnavailableError } from '../../../src/adapter/errors.js';
import { buildDraft, TEST_CARDS } from '../../support/fixtures.js';
import { type ContractSuite, everythingIn, rejection, card, inputOf, newCustomer } from '../rest-adapter-support.js';

/** The POSTs that only read: safe to retry. */
const READ_ONLY_POSTS: OperationId[] = ['priceOrder', 'getShippingMethods', 'checkBalance', 'configureProduct'];

export function retriesSuite({ transport, contract, restAdapter }: ContractSuite): void {
  let adapter: OrderAdapter;

  beforeEach(() => {
    adapter = restAdapter();
  });

  describe('retries', () => {
    it('retries a read after a 503 and answers once', async () => {
      await transport.fail('listSites', 503, 1, { retryAfter: 0 });
      const sites = await adapter.listSites();
      expect(sites).to.have.length(3);
      expect(await transport.requests('listSites')).to.have.length(2);
    });

    it('retries after a 429 once Retry-After has passed', async () => {
      await transport.fail('searchProducts', 429, 1, { retryAfter: 0 });
      const products = await adapter.searchProducts({ siteId: 'us', query: 'Canvas Tote' });
      expect(products[0]!.name).to.equal('Canvas Tote Bag');
      expect(await transport.requests('searchProducts')).to.have.length(2);
    });

    it('gives up at once when Retry-After is longer than it will wait', async () => {
      await transport.fail('listSites', 429, 1, { retryAfter: 120 });
      const error = (await rejection(adapter.listSites())) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(await transport.requests('listSites')).to.have.length(1);
    });

    it('retries a read after no response', async () => {
      await transport.fail('getProduct', 'network');
      const product = await adapter.getProduct({ siteId: 'us', productId: 'canvas-tote' });
      expect(product.name).to.equal('Canvas Tote Bag');
      expect(await transport.requests('getProduct')).to.have.length(2);
    });

    it('retries the read-only POSTs (pricing, shipping methods, balances, configure)', async () => {
      for (const id of READ_ONLY_POSTS) await transport.fail(id, 503, 1, { retryAfter: 0 });
      const draft = buildDraft(transport.seed);
      await adapter.priceOrder({ draft });
      await adapter.getShippingMethods({ draft });
      await adapter.checkBalance({ siteId: 'us', typeId: 'store-credit', code: 'SC-ADA-0001' });
      await adapter.configureProduct({
        siteId: 'us',
        productId: 'trail-runner',
        options: { Size: '10', Color: 'Black' },
      });
      for (const id of READ_ONLY_POSTS) expect(await transport.requests(id), id).to.have.length(2);
    });

    it('stops after the configured number of retries with the last error', async () => {
      await transport.fail('listSites', 503, 10, { retryAfter: 0 });
      const error = await rejection(restAdapter({ retry: { retries: 2 } }).listSites());
      expect(error).to.be.instanceOf(UnavailableError);
      expect(await transport.requests('listSites')).to.have.length(3);
    });

    it('never retries when retry is false', async () => {
      await transport.fail('listSites', 503, 1, { retryAfter: 0 });
      await rejection(restAdapter({ retry: false }).listSites());
      expect(await transport.requests('listSites')).to.have.length(1);
    });

    it('makes a single attempt when the call says retry: false (the caller retries)', async () => {
      await transport.fail('submitOrder', 503, 1, { retryAfter: 0 });
      const draft = buildDraft(transport.seed);
      const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'caller-retries' }, { retry: false }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect(await transport.requests('submitOrder')).to.have.length(1);
      // The caller's own retry with the same key then places the order.
      const order = await adapter.submitOrder({ draft, idempotencyKey: 'caller-retries' }, { retry: false });
      expect(await transport.submission('caller-retries')).to.deep.equal(order);
    });

    it('does not retry createCustomer after a 503 or no response', async () => {
      await transport.fail('createCustomer', 503, 1, { retryAfter: 0 });
      expect(await rejection(adapter.createCustomer({ siteId: 'us', customer: newCustomer }))).to.be.instanceOf(
        UnavailableError,
      );
      await transport.fail('createCustomer', 'network');
      expect(await rejection(adapter.createCustomer({ siteId: 'us', customer: newCustomer }))).to.be.instanceOf(
        UnavailableError,
      );
      expect(await transport.requests('createCustomer')).to.have.length(2);
    });

    it('does not retry updateCustomer', async () => {
      await transport.fail('updateCustomer', 503, 1, { retryAfter: 0 });
      const customer = inputOf(transport.seed.findCustomer('ada')!);
      await rejection(adapter.updateCustomer({ siteId: 'us', customerId: 'ada', customer }));
      expect(await transport.requests('updateCustomer')).to.have.length(1);
    });

    it('does not retry tokenizeCard, and its errors never carry the card', async () => {
      await transport.fail('tokenizeCard', 503, 1, { retryAfter: 0 });
      const unavailable = await rejection(adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) }));
      await transport.fail('tokenizeCard', 'network');
      const unreachable = await rejection(adapter.tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) }));
      expect(unavailable).to.be.instanceOf(UnavailableError);
      expect(unreachable).to.be.instanceOf(UnavailableError);
      expect(await transport.requests('tokenizeCard')).to.have.length(2);
      for (const error of [unavailable, unreachable]) expect(everythingIn(error)).not.to.contain(TEST_CARDS.visa);
    });
  });

  describe('timeouts and aborts', () => {
    it('throws TimeoutError when the backend does not answer in time', async () => {
      await transport.fail('listSites', 'timeout');
      const error = await rejection(restAdapter({ timeoutMs: 50, retry: false }).listSites());
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as Error).message).to.equal(
        'Could not load the sites: the order service did not answer in time. Try again.',
      );
    });

    it('throws TimeoutError when latency exceeds timeoutMs', async () => {
      await transport.latency(2000);
      const error = await rejection(
        restAdapter({ timeoutMs: 50, retry: false }).getProduct({ siteId: 'us', productId: 'canvas-tote' }),
      );
      expect(error).to.be.instanceOf(TimeoutError);
    });

    it('retries a read after a timeout', async () => {
      await transport.fail('listPriceLists', 'timeout');
      // The first attempt hangs until the timeout; the second must answer within it even on a busy machine.
      const lists = await restAdapter({ timeoutMs: 1000 }).listPriceLists({ siteId: 'us' });
      expect(lists).to.have.length(2);
      expect(await transport.requests('listPriceLists')).to.have.length(2);
    });

    it("rejects with the caller's AbortError, untouched, when aborted in flight", async () => {
      await transport.fail('searchCustomers', 'timeout');
      const controller = new AbortController();
      const pending = adapter.searchCustomers({ siteId: 'us', query: 'Ada' }, { signal: controller.signal });
      // In flight: the backend has it (and will never answer). Waiting for that, not for a time, holds under load.
      await transport.waitForRequests('searchCustomers', 1);
      const reason = new DOMException('A newer search replaced this one.', 'AbortError');
      controller.abort(reason);
      expect(await rejection(pending)).to.equal(reason);
      expect(await transport.requests('searchCustomers')).to.have.length(1);
    });

    it('sends nothing when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(adapter.listSites({ signal: controller.signal }));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(await transport.requests('listSites')).to.be.empty;
    });

    it('stops waiting for a retry when aborted during the backoff', async () => {
      await transport.fail('listSites', 503, 1, { retryAfter: 20 });
      let answered!: () => void;
      const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
      const statuses: number[] = [];
      const watched = restAdapter({
        fetch: (input, init) =>
          contract
            .fetch(input, init)
            .then((response) => (statuses.push(response.status), response))
            .finally(answered),
      });
      const controller = new AbortController();
      const pending = watched.listSites({ signal: controller.signal });
      // Abort once the first attempt has been answered 503 and the adapter waits out the 20 s Retry-After.
      await firstAnswer;
      controller.abort();
      expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
      expect(statuses).to.deep.equal([503]);
      expect(await transport.requests('listSites')).to.have.length(1);
    });
  });
}
