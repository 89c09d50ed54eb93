import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { UnavailableError } from '../../src/adapter/errors.js';
import { useMockBackend } from '../support/mock.js';

describe('createRestAdapter: lists and retries', () => {
  const mock = useMockBackend();

  describe('records that cannot be used', () => {
    it('leaves out an order in a currency outside ISO 4217 and counts it on the page', async () => {
      const page = mock.backend.listOrders('us', { limit: 3 });
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/:siteId/orders`, () =>
          HttpResponse.json({
            ...page,
            items: page.items.map((o, i) => (i === 1 ? { ...o, total: { amount: 100, currency: 'ZZZ' } } : o)),
          }),
        ),
      );
      const answer = await mock.adapter.listOrders({ siteId: 'us', limit: 3 });
      expect(answer.items.map((o) => o.number)).to.deep.equal([page.items[0]!.number, page.items[2]!.number]);
      expect(answer.skipped).to.equal(1);
      expect(answer.nextCursor).to.equal(page.nextCursor);
    });

    it('leaves out a site with a locale Intl cannot read, and one with an unknown currency', async () => {
      const sites = mock.backend.listSites();
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites`, () =>
          HttpResponse.json({
            items: [{ ...sites[0]!, locale: 'not a locale!!' }, { ...sites[1]!, currency: 'ZZZ' }, sites[2]],
          }),
        ),
      );
      const answer = await mock.adapter.listSites();
      expect(answer.map((s) => s.id)).to.deep.equal([sites[2]!.id]);
      expect(answer.skipped).to.equal(2);
    });

    it('leaves out a customer without a name among the results', async () => {
      const found = await mock.adapter.searchCustomers({ siteId: 'us', query: 'Lovelace' });
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/:siteId/customers`, () =>
          HttpResponse.json({ items: [...found, { ...found[0]!, id: 'broken', lastName: null }] }),
        ),
      );
      const answer = await mock.adapter.searchCustomers({ siteId: 'us', query: 'Lovelace' });
      expect(answer.map((c) => c.id)).to.deep.equal(found.map((c) => c.id));
      expect(answer.skipped).to.equal(1);
    });
  });

  describe('onRetry', () => {
    it('is told the number of each retry and of all attempts', async () => {
      mock.scenario.failNext('listSites', 'network', 2);
      const told: string[] = [];
      const sites = await mock.adapter.listSites({
        onRetry: (attempt, attempts) => told.push(`${attempt} of ${attempts}`),
      });
      expect(sites).to.have.length(3);
      expect(told).to.deep.equal(['2 of 4', '3 of 4']);
    });

    it('is told nothing for a call that is not retried (a card)', async () => {
      mock.scenario.failNext('tokenizeCard', 503, 1, { retryAfter: 0 });
      const told: number[] = [];
      const error = await mock.adapter
        .tokenizeCard(
          {
            siteId: 'us',
            card: {
              number: '4111111111111111',
              securityCode: '123',
              expiryMonth: 12,
              expiryYear: 2099,
              nameOnCard: 'A',
            },
          },
          { onRetry: (attempt) => told.push(attempt) },
        )
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UnavailableError);
      expect(told).to.deep.equal([]);
    });
  });
});
