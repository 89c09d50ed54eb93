/**
 * Records of a list that cannot be used (left out and counted), and what `onRetry` is told: run
 * over MSW (rest-adapter-lists.test.ts) and over real HTTP (rest-adapter-lists-http.test.ts).
 */
import { expect } from '@open-wc/testing';
import { UnavailableError } from '../../../src/adapter/errors.js';
import { TEST_CARDS } from '../../support/fixtures.js';
import { type ContractSuite, card } from '../rest-adapter-support.js';

export function listsSuite({ transport, restAdapter, plainAdapter }: ContractSuite): void {
  describe('records that cannot be used', () => {
    // The real answer, then the same with a record broken: the broken one through a plain adapter,
    // outside the contract check.

    it('leaves out an order in a currency outside ISO 4217 and counts it on the page', async () => {
      const page = await restAdapter().listOrders({ siteId: 'us', limit: 3 });
      await transport.rewrite('listOrders', [{ op: 'set', path: '/items/1/total/currency', value: 'ZZZ' }]);
      const answer = await plainAdapter().listOrders({ siteId: 'us', limit: 3 });
      expect(answer.items.map((o) => o.number)).to.deep.equal([page.items[0]!.number, page.items[2]!.number]);
      expect(answer.skipped).to.equal(1);
      expect(answer.nextCursor).to.equal(page.nextCursor);
    });

    it('leaves out a site with a locale Intl cannot read, and one with an unknown currency', async () => {
      const sites = transport.seed.listSites();
      await transport.rewrite('listSites', [
        { op: 'set', path: '/items/0/locale', value: 'not a locale!!' },
        { op: 'set', path: '/items/1/currency', value: 'ZZZ' },
      ]);
      const answer = await plainAdapter().listSites();
      expect(answer.map((s) => s.id)).to.deep.equal([sites[2]!.id]);
      expect(answer.skipped).to.equal(2);
    });

    it('leaves out a customer without a name among the results', async () => {
      const found = await restAdapter().searchCustomers({ siteId: 'us', query: 'Lovelace' });
      const broken = { ...found[0]!, id: 'broken', lastName: null };
      await transport.rewrite('searchCustomers', [{ op: 'set', path: '/items/-', value: broken }]);
      const answer = await plainAdapter().searchCustomers({ siteId: 'us', query: 'Lovelace' });
      expect(answer.map((c) => c.id)).to.deep.equal(found.map((c) => c.id));
      expect(answer.skipped).to.equal(1);
    });
  });

  describe('customers of other customer sets (elsewhere)', () => {
    it('names the matches of another customer set when none is on the site', async () => {
      const found = await restAdapter().searchCustomers({ siteId: 'us', query: 'Grace Hopper' });
      expect([...found]).to.deep.equal([]);
      expect(found.elsewhere).to.deep.equal([{ name: 'Grace Hopper', customerSetName: 'Wholesale' }]);
      const here = await restAdapter().searchCustomers({ siteId: 'wholesale', query: 'Grace Hopper' });
      expect(here.map((c) => c.id)).to.deep.equal(['grace']);
      expect(here.elsewhere).to.equal(undefined);
    });

    it('keeps the search when the hint is malformed: entries dropped, a value that is not a list ignored', async () => {
      await transport.rewrite('searchCustomers', [
        { op: 'set', path: '/elsewhere/-', value: { name: 7, customerSetName: 'Wholesale' } },
        { op: 'set', path: '/elsewhere/-', value: { name: 'Ada <b>Lovelace</b>', customerSetName: 'Retail' } },
      ]);
      const answer = await plainAdapter().searchCustomers({ siteId: 'us', query: 'Grace Hopper' });
      expect(answer.elsewhere).to.deep.equal([
        { name: 'Grace Hopper', customerSetName: 'Wholesale' },
        { name: 'Ada <b>Lovelace</b>', customerSetName: 'Retail' },
      ]);
      await transport.rewrite('searchCustomers', [{ op: 'set', path: '/elsewhere', value: { name: 'Grace Hopper' } }]);
      const ignored = await plainAdapter().searchCustomers({ siteId: 'us', query: 'Grace Hopper' });
      expect([...ignored]).to.deep.equal([]);
      expect(ignored.elsewhere).to.equal(undefined);
    });
  });

  describe('onRetry', () => {
    it('is told the number of each retry and of all attempts', async () => {
      await transport.fail('listSites', 'network', 2);
      const told: string[] = [];
      const sites = await restAdapter().listSites({
        onRetry: (attempt, attempts) => told.push(`${attempt} of ${attempts}`),
      });
      expect(sites).to.have.length(3);
      expect(told).to.deep.equal(['2 of 4', '3 of 4']);
    });

    it('is told nothing for a call that is not retried (a card)', async () => {
      await transport.fail('tokenizeCard', 503, 1, { retryAfter: 0 });
      const told: number[] = [];
      const error = await restAdapter()
        .tokenizeCard({ siteId: 'us', card: card(TEST_CARDS.visa) }, { onRetry: (attempt) => told.push(attempt) })
        .catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UnavailableError);
      expect(told).to.deep.equal([]);
    });
  });
}
