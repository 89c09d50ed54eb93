/**
 * What only a real connection shows, against the mock server (mocks/http): resets before, after and
 * in the middle of an answer, redirects, slow bodies and hangs. Counts come from the server's
 * request log; nothing here waits for a time.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { InvalidResponseError, TimeoutError, UnavailableError } from '../../../src/adapter/errors.js';
import { useHttpMock } from '../../support/http-mock.js';
import { MARY, card, rejection } from './support.js';

describe('createRestAdapter over real HTTP: the connection', () => {
  const mock = useHttpMock();

  describe('a connection reset', () => {
    it('before the answer: a read is retried and answers once', async () => {
      await mock.fail('listSites', { kind: 'reset' });
      const sites = await mock.adapter().listSites();
      expect(sites.map((s) => s.id)).to.deep.equal(['us', 'ca', 'wholesale']);
      expect((await mock.requests('listSites')).map((r) => r.fault)).to.deep.equal(['reset', null]);
    });

    it('in the middle of the body: a read is retried and answers once', async () => {
      await mock.fail('getProduct', { kind: 'reset', at: 'mid-body' });
      const product = await mock.adapter().getProduct({ siteId: 'us', productId: 'canvas-tote' });
      expect(product.name).to.equal('Canvas Tote Bag');
      expect(await mock.requests('getProduct')).to.have.length(2);
    });

    it('is UnavailableError saying to check the connection, once retries are spent', async () => {
      await mock.fail('listPaymentTypes', { kind: 'reset' }, 2);
      const error = await rejection(mock.adapter({ retry: { retries: 1 } }).listPaymentTypes({ siteId: 'us' }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect((error as Error).message).to.equal(
        'Could not load the payment types: the order service could not be reached. Check the connection and try again.',
      );
      expect(await mock.requests('listPaymentTypes')).to.have.length(2);
    });

    for (const at of ['before', 'mid-body'] as const) {
      it(`${at === 'before' ? 'before the answer' : 'in the middle of the body'}: a card is never sent twice`, async () => {
        await mock.fail('tokenizeCard', { kind: 'reset', at });
        const error = await rejection(mock.adapter().tokenizeCard({ siteId: 'us', card: card() }));
        expect(error).to.be.instanceOf(UnavailableError);
        expect((error as Error).message).to.match(/^Could not add the card: the card service could not be reached/);
        expect(await mock.requests('tokenizeCard')).to.have.length(1);
      });
    }

    it('after the customer was created: not retried (a retry would create it twice)', async () => {
      await mock.fail('createCustomer', { kind: 'reset', at: 'after-processing' });
      const error = await rejection(mock.adapter().createCustomer({ siteId: 'us', customer: MARY }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect(await mock.requests('createCustomer')).to.have.length(1);
      // It did take effect: the agent's search finds the customer, once.
      const found = await mock.adapter().searchCustomers({ siteId: 'us', query: 'Mary Jackson' });
      expect(found).to.have.length(1);
    });

    it('before the answer on a kept-alive connection: Chromium itself sends the request again, a POST included', async () => {
      // Why the server closes every connection by default (ResetRequest.keepAlive): on a connection
      // it reused, the browser resends a request reset before any byte of its answer, without the
      // adapter knowing. A card is then sent twice, whatever the adapter's "never retried".
      await mock.reset({ keepAlive: true });
      const adapter = mock.adapter();
      await adapter.tokenizeCard({ siteId: 'us', card: card() });
      await mock.fail('tokenizeCard', { kind: 'reset' });
      await adapter.tokenizeCard({ siteId: 'us', card: card() });
      expect((await mock.requests('tokenizeCard')).map((r) => r.fault)).to.deep.equal([null, 'reset', null]);
    });
  });

  describe('a redirect', () => {
    /** The same path on the same server under another origin (localhost, not 127.0.0.1). */
    const elsewhere = (path: string) => `${mock.url.replace('127.0.0.1', 'localhost')}${path}`;

    for (const [status, where] of [
      [302, 'the same origin'],
      [307, 'another origin'],
    ] as const) {
      it(`to ${where} (${status}) is refused after one request: InvalidResponseError, not retried`, async () => {
        const location = where === 'the same origin' ? '/api/v1/sites' : elsewhere('/api/v1/sites');
        await mock.fail('listSites', { kind: 'redirect', status, location });
        const error = await rejection(mock.adapter().listSites());
        expect(error).to.be.instanceOf(InvalidResponseError);
        expect((error as Error).message).to.match(/^Could not load the sites: the order service sent the request on/);
        expect((await mock.requests()).map((r) => r.fault)).to.deep.equal(['redirect']);
      });
    }

    it('of a card (307 to another origin) is never followed: the card goes nowhere else', async () => {
      await mock.fail('tokenizeCard', {
        kind: 'redirect',
        status: 307,
        location: elsewhere('/api/v1/sites/us/card-tokens'),
      });
      const error = await rejection(mock.adapter().tokenizeCard({ siteId: 'us', card: card() }));
      expect(error).to.be.instanceOf(UnavailableError);
      expect((error as Error).message).to.contain('nothing was sent on');
      // One request in all: the redirect's target (this same server) never saw the card.
      expect((await mock.requests()).map((r) => [r.operationId, r.fault])).to.deep.equal([
        ['tokenizeCard', 'redirect'],
      ]);
    });
  });

  describe('a slow body', () => {
    it('within the timeout is read whole', async () => {
      await mock.fail('listOrders', { kind: 'slow', durationMs: 400, chunks: 4 });
      const page = await mock.adapter({ timeoutMs: 10_000 }).listOrders({ siteId: 'us', limit: 20 });
      expect(page.items).to.have.length(20);
      expect(await mock.requests('listOrders')).to.have.length(1);
    });

    it('past the timeout is TimeoutError (headers came at once), and the server stops sending', async () => {
      await mock.fail('listOrders', { kind: 'slow', durationMs: 20_000, chunks: 100 });
      const error = await rejection(mock.adapter({ timeoutMs: 300, retry: false }).listOrders({ siteId: 'us' }));
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as Error).message).to.equal(
        'Could not load the orders: the order service did not answer in time. Try again.',
      );
      await waitUntil(async () => (await mock.status()).pending === 0, 'the slow body was still being sent', {
        timeout: 5000,
      });
    });
  });

  describe('no answer at all', () => {
    it('is TimeoutError when the client gives up; the server then lets go of the request', async () => {
      await mock.fail('searchProducts', { kind: 'hang' });
      const error = await rejection(
        mock.adapter({ timeoutMs: 300, retry: false }).searchProducts({ siteId: 'us', query: 'tote' }),
      );
      expect(error).to.be.instanceOf(TimeoutError);
      await waitUntil(async () => (await mock.status()).pending === 0, 'the hang was still open', { timeout: 5000 });
    });

    it('ends by the server at its bound: the client sees the connection drop (UnavailableError)', async () => {
      await mock.fail('searchProducts', { kind: 'hang', maxMs: 100 });
      const error = await rejection(
        mock.adapter({ timeoutMs: 0, retry: false }).searchProducts({ siteId: 'us', query: 'tote' }),
      );
      expect(error).to.be.instanceOf(UnavailableError);
      expect((await mock.status()).pending).to.equal(0);
    });

    it('is retried after the timeout for a read: the second attempt answers', async () => {
      await mock.fail('listPriceLists', { kind: 'hang' });
      const lists = await mock.adapter({ timeoutMs: 1000 }).listPriceLists({ siteId: 'us' });
      expect(lists.map((l) => l.id)).to.deep.equal(['vip', 'employee']);
      expect((await mock.requests('listPriceLists')).map((r) => r.fault)).to.deep.equal(['hang', null]);
    });
  });
});
