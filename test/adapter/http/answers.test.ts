/**
 * Answers the REST adapter cannot use, and answers that ask it to wait, over real HTTP (mocks/http):
 * malformed JSON, missing fields and hostile values (the real answer rewritten), an oversized body,
 * and `Retry-After` on 429 and 503, honoured as the server sees it (the request log, never a clock
 * in the test).
 */
import { expect } from '@open-wc/testing';
import { InvalidResponseError, UnavailableError } from '../../../src/adapter/errors.js';
import { useHttpMock } from '../../support/http-mock.js';
import { card, rejection } from './support.js';

describe('createRestAdapter over real HTTP: the answers', () => {
  const mock = useHttpMock();

  describe('an answer it cannot use', () => {
    it('refuses malformed JSON (a body cut in the middle) after one request', async () => {
      await mock.fail('listSites', { kind: 'malformed' });
      const error = await rejection(mock.adapter().listSites());
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.equal(
        'Could not load the sites: the order service sent an answer this page cannot use (the answer is not JSON). ' +
          'Try again; if it keeps happening, ask an administrator.',
      );
      expect(await mock.requests('listSites')).to.have.length(1);
    });

    it('refuses a product without its required name, naming the field and not retrying', async () => {
      await mock.fail('getProduct', { kind: 'rewrite', ops: [{ op: 'delete', path: '/name' }] });
      const error = await rejection(mock.adapter().getProduct({ siteId: 'us', productId: 'canvas-tote' }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect((error as Error).message).to.match(/^Could not load the product: .*\(name should be present\)/);
      expect(await mock.requests('getProduct')).to.have.length(1);
    });

    it('leaves out a site missing its currency, and one in currency "ZZZ", counting them', async () => {
      await mock.fail('listSites', {
        kind: 'rewrite',
        ops: [
          { op: 'delete', path: '/items/0/currency' },
          { op: 'set', path: '/items/1/currency', value: 'ZZZ' },
        ],
      });
      const sites = await mock.adapter().listSites();
      expect(sites.map((s) => s.id)).to.deep.equal(['wholesale']);
      expect(sites.skipped).to.equal(2);
    });

    it('keeps hostile text as data: markup in a name arrives as the same characters', async () => {
      const name = '<img src=x onerror="alert(1)">\u202Egnp.exe';
      await mock.fail('searchCustomers', {
        kind: 'rewrite',
        ops: [{ op: 'set', path: '/items/0/firstName', value: name }],
      });
      const [first] = await mock.adapter().searchCustomers({ siteId: 'us', query: 'Ada Lovelace', limit: 1 });
      expect(first!.firstName).to.equal(name);
    });

    it('refuses a tokenizer answer without the last four digits: no card summary is made up', async () => {
      await mock.fail('tokenizeCard', { kind: 'rewrite', ops: [{ op: 'delete', path: '/last4' }] });
      const error = await rejection(mock.adapter().tokenizeCard({ siteId: 'us', card: card() }));
      expect(error).to.be.instanceOf(InvalidResponseError);
      expect(await mock.requests('tokenizeCard')).to.have.length(1);
    });
  });

  describe('an oversized body', () => {
    // The adapter sets no size limit (src/adapter/http.ts, rest-adapter.ts read the whole text): a
    // valid answer of 5 MB is read and decoded like any other, once.
    it('of 5 MB of valid JSON is read and decoded like any other answer, after one request', async () => {
      await mock.fail('listPaymentTypes', { kind: 'oversized', bytes: 5 * 1024 * 1024 });
      const types = await mock.adapter().listPaymentTypes({ siteId: 'us' });
      expect(types[0]!.kind).to.equal('credit-card');
      expect(await mock.requests('listPaymentTypes')).to.have.length(1);
    });
  });

  describe('Retry-After', () => {
    for (const status of [429, 503]) {
      it(`after ${status}: the retry arrives once Retry-After has passed, and answers`, async () => {
        await mock.fail('searchProducts', { kind: 'status', status, retryAfter: 1 });
        // The backoff jitter is 0: without Retry-After the retry would leave at once.
        const products = await mock.adapter().searchProducts({ siteId: 'us', query: 'Canvas Tote' });
        expect(products[0]!.name).to.equal('Canvas Tote Bag');
        const requests = await mock.requests('searchProducts');
        expect(requests.map((r) => [r.fault, r.early])).to.deep.equal([
          ['status', false],
          [null, false],
        ]);
      });
    }

    it('is seen by the server when a client does not wait for it (the check above can fail)', async () => {
      await mock.fail('searchProducts', { kind: 'status', status: 503, retryAfter: 30 });
      const adapter = mock.adapter({ retry: false });
      const error = (await rejection(adapter.searchProducts({ siteId: 'us', query: 'tote' }))) as UnavailableError;
      expect(error.retryAfterMs).to.equal(30_000);
      await adapter.searchProducts({ siteId: 'us', query: 'tote' });
      expect((await mock.requests('searchProducts')).map((r) => r.early)).to.deep.equal([false, true]);
    });

    it('longer than the adapter waits (over 30 s): UnavailableError at once, with the wait it asked for', async () => {
      await mock.fail('listSites', { kind: 'status', status: 503, retryAfter: 120 });
      const error = (await rejection(mock.adapter().listSites())) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(await mock.requests('listSites')).to.have.length(1);
    });

    it('on a problem written by the test: its detail is what the agent reads', async () => {
      const detail = 'The order service is being updated. Try again in a minute.';
      await mock.fail('listSites', { kind: 'status', status: 503, retryAfter: 60, body: { status: 503, detail } });
      const error = (await rejection(mock.adapter({ retry: false }).listSites())) as UnavailableError;
      expect(error.message).to.equal(detail);
      expect(error.retryAfterMs).to.equal(60_000);
    });
  });
});
