import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { FoundCustomers } from '../../../src/model/types.js';
import { SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, text } from '../../support/dom.js';
import { input, options, recordChanges, renderSearch, search, status } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';

describe('<customer-search> relevance', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  const us = SITES.us;
  const names = (el: CustomerSearch) => options(el).map((option) => text(option.querySelector('span')));

  describe('ranking (the mock backend)', () => {
    it('lists Ada Lovelace first for "Ada", and Enter after one ArrowDown chooses her', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      const events = recordChanges(el);
      await search(el, 'Ada', { keyboard: true });
      expect(names(el)[0]).to.equal('Ada Lovelace');
      expect(names(el).length).to.be.greaterThan(1);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(events.map((event) => event.customer?.id)).to.deep.equal(['ada']);
    });

    it('finds Katherine Johnson for "Kathrine" (one typo)', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'Kathrine');
      expect(names(el)).to.deep.equal(['Katherine Johnson']);
      expect(status(el)).to.equal('1 customer found.');
    });

    it('finds a customer by a phone in another formatting, first', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, '+1 512 555 0100');
      expect(names(el)[0]).to.equal('Ada Lovelace');
    });
  });

  describe('a customer of another customer set', () => {
    it('says "Grace Hopper is a customer of Wholesale" in the status, offering no option', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'Grace Hopper');
      expect(status(el)).to.equal('No customers found. Grace Hopper is a customer of Wholesale.');
      expect($(el, '[role="status"]')!.textContent).to.contain('Grace Hopper is a customer of Wholesale.');
      expect(options(el)).to.have.length(0);
      expect(text($(el, '[role="listbox"]'))).to.equal('');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('cannot be chosen with the keyboard', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      const events = recordChanges(el);
      await search(el, 'Grace Hopper');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(events).to.have.length(0);
      expect(el.customer).to.equal(null);
    });

    it('is said only when nothing is found on the site', async () => {
      const [ada] = await mock.adapter.searchCustomers({ siteId: 'us', query: 'Ada Lovelace' });
      const found: FoundCustomers = Object.assign([ada!], {
        elsewhere: [{ name: 'Grace Hopper', customerSetName: 'Wholesale' }],
      });
      const adapter: OrderAdapter = { ...mock.adapter, searchCustomers: async () => found };
      const el = await renderSearch({ adapter, site: us });
      await search(el, 'Ada Lovelace');
      expect(status(el)).to.equal('1 customer found.');
      expect(names(el)).to.deep.equal(['Ada Lovelace']);
    });

    it('goes when the next query finds customers', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'Grace Hopper');
      expect(status(el)).to.contain('Wholesale');
      await search(el, 'Lovelace');
      expect(status(el)).to.equal('1 customer found.');
      await search(el, 'zzqx');
      expect(status(el)).to.equal('No customers found.');
    });

    it('says at most three, and only names that are text, as text', async () => {
      const hint = (name: unknown, customerSetName: unknown = 'Wholesale') => ({ name, customerSetName });
      const elsewhere = [
        hint('<img src=x onerror="window.__pwned=1">'),
        hint(42),
        null,
        hint('Grace Hopper', { html: '<b>' }),
        hint('Alan Kay', 'B2B'),
        hint('Barbara Liskov'),
        hint('Edsger Dijkstra'),
      ];
      const adapter = {
        ...mock.adapter,
        searchCustomers: async () => Object.assign([], { elsewhere }),
      } as unknown as OrderAdapter;
      const el = await renderSearch({ adapter, site: us });
      await search(el, 'someone');
      expect(status(el)).to.equal(
        'No customers found. <img src=x onerror="window.__pwned=1"> is a customer of Wholesale. ' +
          'Alan Kay is a customer of B2B. Barbara Liskov is a customer of Wholesale.',
      );
      expect($(el, '[role="status"] img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores an answer whose elsewhere is not a list', async () => {
      mock.worker.use(
        http.get(`${mock.baseUrl}/sites/:siteId/customers`, () =>
          HttpResponse.json({ items: [], elsewhere: 'Grace Hopper' }),
        ),
      );
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'Grace Hopper');
      expect(status(el)).to.equal('No customers found.');
    });

    it('is said in French', async () => {
      const el = await fixture<CustomerSearch>(
        html`<customer-search locale="fr-CA" .adapter=${mock.adapter} .site=${us}></customer-search>`,
      );
      await waitUntil(() => /client/i.test(text(el.shadowRoot as unknown as Element)), 'not in French', WAIT);
      await search(el, 'Grace Hopper');
      expect(status(el)).to.equal('Aucun client trouvé. Grace Hopper fait partie de l’ensemble de clients Wholesale.');
      await expect(el).to.be.accessible();
    });
  });
});
