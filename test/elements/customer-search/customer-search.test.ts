import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { Customer } from '../../../src/model/types.js';
import { useMockBackend } from '../../support/mock.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, focused, focusName, getButton, press, text } from '../../support/dom.js';
import {
  enterQuery,
  input,
  options,
  recordChanges,
  renderSearch,
  search,
  status,
} from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';

describe('<customer-search>', function () {
  // Under load a test can outlast the default 10 s (the dialogs' tests likewise).
  this.timeout(30_000);
  const mock = useMockBackend();
  const us = SITES.us;

  /**
   * The mock's adapter with the searches for `query` held in this test until `release()` (the
   * held call then goes to the mock, ignoring any abort, so its answer really arrives late). A
   * gate of the test's own: a request still on its way from an earlier test cannot take it, as it
   * could take a hold queued on the shared mock scenario.
   */
  function holdingSearches(query: string) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queries: string[] = [];
    const signals: AbortSignal[] = [];
    const answers: Promise<Customer[]>[] = [];
    const adapter: OrderAdapter = {
      ...mock.adapter,
      searchCustomers: (q, init) => {
        queries.push(q.query);
        signals.push(init!.signal!);
        const answer =
          q.query === query ? gate.then(() => mock.adapter.searchCustomers(q)) : mock.adapter.searchCustomers(q, init);
        answers.push(answer);
        return answer;
      },
    };
    return { adapter, release, queries, signals, answers };
  }

  /** A stored customer of the mock backend, as the adapter returns it. */
  async function customer(id: string, siteId = 'us'): Promise<Customer> {
    const [found] = (
      await mock.adapter.searchCustomers({ siteId, query: id === 'grace' ? 'Grace Hopper' : id })
    ).filter((c) => c.id === id);
    if (!found) throw new Error(`No customer ${id}`);
    return found;
  }

  describe('closed', () => {
    it('is a combobox labelled "Customer Search" next to "Create New Customer"', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      const box = input(el);
      expect(box.labels?.[0] && text(box.labels[0])).to.equal('Customer Search');
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      expect(box.getAttribute('aria-autocomplete')).to.equal('list');
      expect($(el, `#${box.getAttribute('aria-controls')}`)?.getAttribute('role')).to.equal('listbox');
      expect(getButton(el.shadowRoot!, 'Create New Customer')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('asks for two characters and sends nothing for one', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      enterQuery(el, 'a');
      await el.updateComplete;
      expect(status(el)).to.equal('Type at least 2 characters.');
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(0);
    });
  });

  describe('searching', () => {
    it('lists matching customers with name, email, phone and default shipping city', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'lovelace');
      const [first] = options(el);
      expect(text(first)).to.equal('Ada Lovelace ada.lovelace@example.com · (512) 555-0100 · Austin');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(status(el)).to.equal('1 customer found.');
      expect(mock.backend.requestsFor('searchCustomers')[0]!.url).to.match(
        /^\/api\/v1\/sites\/us\/customers\?q=lovelace/,
      );
      await expect(el).to.be.accessible();
    });

    it('highlights the matched text as text, never as markup', async () => {
      const hostile: Customer = {
        ...(await customer('ada')),
        firstName: '<img src=x onerror="window.__pwned=1">',
        lastName: 'Ada',
      };
      const adapter: OrderAdapter = { ...mock.adapter, searchCustomers: async () => [hostile] };
      const el = await renderSearch({ adapter, site: us });
      await search(el, 'ada');
      const [option] = options(el);
      expect(option!.querySelector('img')).to.equal(null);
      expect(text(option!.querySelector('[part~="match"]'))).to.equal('Ada');
      expect(option!.textContent).to.contain('<img src=x');
    });

    it('says so, politely, while it searches and when nothing is found', async () => {
      const { adapter, release } = holdingSearches('zzqx');
      const el = await renderSearch({ adapter, site: us });
      enterQuery(el, 'zzqx');
      await waitUntil(() => status(el) === 'Searching…', 'no loading state', WAIT);
      expect($(el, '[role="status"]')?.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => status(el) === 'No customers found.', 'no empty state', WAIT);
      expect(options(el)).to.have.length(0);
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('keeps the typed text when the search fails, and Retry searches again', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      mock.scenario.failNext('searchCustomers', 'network', 4);
      await search(el, 'ada lovelace');
      expect(status(el)).to.equal(
        'The customer search failed. Could not search the customers: the order service could not be reached. Check the connection and try again. Retry',
      );
      expect($(el, '[part~="status"]')?.classList.contains('field__error')).to.equal(true);
      expect(input(el).value).to.equal('ada lovelace');
      await expect(el).to.be.accessible();

      press(getButton(el.shadowRoot!, 'Retry'));
      await waitUntil(() => options(el).length > 0, 'no results after Retry', WAIT);
      expect(text(options(el)[0])).to.contain('Ada Lovelace');
      expect(input(el).value).to.equal('ada lovelace');
      expect(focused(input(el)), focusName()).to.equal(true);
    });

    it("says the customer search failed before a backend's words that do not say what failed", async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      mock.scenario.failNext('searchCustomers', 404);
      await search(el, 'ada lovelace');
      expect(status(el)).to.equal('The customer search failed. The requested resource does not exist. Retry');
      expect(input(el).value).to.equal('ada lovelace');
      await expect(el).to.be.accessible();
    });

    it('aborts the previous request when the query changes', async () => {
      const { adapter, release, queries, signals, answers } = holdingSearches('al');
      const el = await renderSearch({ adapter, site: us });
      enterQuery(el, 'al');
      await waitUntil(() => queries.length === 1, 'the first query was not sent', WAIT);
      enterQuery(el, 'an', { append: true });
      await waitUntil(() => signals.length === 2, 'the second query was not sent', WAIT);
      expect(queries).to.deep.equal(['al', 'alan']);
      expect(signals[0]!.aborted).to.equal(true);
      expect(signals[1]!.aborted).to.equal(false);
      // The held call goes to the mock once released: it ends within this test, not in the next one.
      release();
      await Promise.allSettled(answers);
    });

    it('never shows a late answer to an older query (responses out of order)', async () => {
      // The answer to "al" is held until the answer to "alan t" is shown, then arrives last.
      const { adapter, release, queries, answers } = holdingSearches('al');
      const el = await renderSearch({ adapter, site: us });
      enterQuery(el, 'al');
      await waitUntil(() => queries.length === 1, 'the first query was not sent', WAIT);
      enterQuery(el, 'an t', { append: true });
      await waitUntil(
        () => options(el).length === 1 && text(options(el)[0]).includes('Alan Turing'),
        'no answer to the newer query',
        WAIT,
      );
      expect(queries).to.deep.equal(['al', 'alan t']);

      release();
      expect((await answers[0]!).map((c) => c.id)).to.include('alan'); // the answer to "al" arrived, last
      await el['combo'].searchComplete;
      await el.updateComplete;
      expect(options(el)).to.have.length(1);
      expect(text(options(el)[0])).to.contain('Alan Turing');
      expect(input(el).value).to.equal('alan t');
    });
  });

  describe('keyboard', () => {
    it('finds and selects a customer with the keyboard only', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      const events = recordChanges(el);
      await search(el, 'ada lovelace', { keyboard: true });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const active = $(el, `#${input(el).getAttribute('aria-activedescendant')}`);
      expect(text(active)).to.contain('Ada Lovelace');
      expect(active?.getAttribute('aria-selected')).to.equal('true');
      expect(focused(input(el)), focusName()).to.equal(true);

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      await sendKeys({ press: 'Enter' });
      const event = await changed;
      expect(event.customer?.id).to.equal('ada');
      expect(events).to.have.length(1);
      await el.updateComplete;
      expect(text($(el, '[part~="customer-name"]'))).to.equal('Ada Lovelace C000001');
      expect(focused($(el, '[part~="customer-name"]')), focusName()).to.equal(true);
    });

    it('closes the list with Escape, then clears the query with a second Escape', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'johnson');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).value).to.equal('johnson');
      await sendKeys({ press: 'Alt+ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(status(el)).to.equal('');
    });

    describe('Escape when no listbox is shown', () => {
      /** Presses Escape once and checks that the query and the status are gone, focus still in the input. */
      async function expectClearedByOneEscape(el: CustomerSearch): Promise<void> {
        expect(input(el).getAttribute('aria-expanded')).to.equal('false');
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(input(el).value).to.equal('');
        expect(status(el)).to.equal('');
        expect(options(el)).to.have.length(0);
        expect(focused(input(el)), focusName()).to.equal(true);
        await expect(el).to.be.accessible();
      }

      it('clears a too-short query with the first Escape', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: us });
        enterQuery(el, 'a');
        await el.updateComplete;
        expect(status(el)).to.equal('Type at least 2 characters.');
        await expectClearedByOneEscape(el);
      });

      it('clears the query with the first Escape when no customers were found', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: us });
        await search(el, 'zzqx');
        expect(status(el)).to.equal('No customers found.');
        await expect(el).to.be.accessible();
        await expectClearedByOneEscape(el);
      });

      it('clears the query with the first Escape after a failed search', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: us });
        mock.scenario.failNext('searchCustomers', 'network', 4);
        await search(el, 'ada lovelace');
        expect(status(el)).to.match(/^The customer search failed\. Could not search the customers/);
        await expectClearedByOneEscape(el);
      });
    });
  });

  describe('customer sets', () => {
    /** An adapter that, wrongly, also returns Grace Hopper (Wholesale) for the US site. */
    async function leakyAdapter(): Promise<OrderAdapter> {
      const grace = await customer('grace', 'wholesale');
      return {
        ...mock.adapter,
        searchCustomers: async (query, init) => [grace, ...(await mock.adapter.searchCustomers(query, init))],
      };
    }

    it('lists a customer of another customer set as disabled, with the reason', async () => {
      const el = await renderSearch({ adapter: await leakyAdapter(), site: us });
      await search(el, 'ada lovelace');
      const [grace, ada] = options(el);
      expect(text(grace)).to.contain('Grace Hopper');
      expect(grace!.getAttribute('aria-disabled')).to.equal('true');
      expect(text(grace!.querySelector('[part~="option-reason"]'))).to.equal('Not in the Retail customer set');
      expect(ada!.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('skips it with the arrow keys and ignores a click on it', async () => {
      const el = await renderSearch({ adapter: await leakyAdapter(), site: us });
      const events = recordChanges(el);
      await search(el, 'ada lovelace');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text($(el, `#${input(el).getAttribute('aria-activedescendant')}`))).to.contain('Ada Lovelace');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text($(el, `#${input(el).getAttribute('aria-activedescendant')}`))).to.contain('Ada Lovelace');

      options(el)[0]!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(el.customer).to.equal(null);
    });

    it('works alone with site-id: it loads the sites to know the customer set', async () => {
      const el = await renderSearch({ adapter: await leakyAdapter(), siteId: 'us' });
      await waitUntil(() => el.currentSite?.id === 'us', 'the site was not loaded', WAIT);
      await search(el, 'ada lovelace');
      expect(mock.backend.requestsFor('searchCustomers').at(-1)!.url).to.match(/\/sites\/us\/customers\?q=ada/);
      expect(options(el)[0]!.getAttribute('aria-disabled')).to.equal('true');
      expect(options(el)[1]!.getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('alone, with site-id', () => {
    it('holds the search until the site is known ("Loading…", no results), then offers selectable results', async () => {
      const release = mock.scenario.holdNext('listSites');
      const el = await renderSearch({ adapter: mock.adapter, siteId: 'us' });
      enterQuery(el, 'ada lovelace');
      await el.updateComplete;
      expect(status(el)).to.equal('Loading…');
      await expect(el).to.be.accessible();
      // What is tested is an absence over time: nothing is searched even once the 250 ms debounce
      // has run. No state marks that moment (the search itself is what is held), so this one
      // waits out the debounce; it is the debounce window under test, not a sleep for a state.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(status(el)).to.equal('Loading…');
      expect(options(el)).to.have.length(0);
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(0);

      release();
      await waitUntil(() => options(el).length > 0, 'no results once the site loaded', WAIT);
      expect(status(el)).to.equal('1 customer found.');
      expect(options(el)[0]!.getAttribute('aria-disabled')).to.equal('false');
      expect($(options(el)[0]!, '[part~="option-reason"]')).to.equal(null);
      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      options(el)[0]!.click();
      expect((await changed).customer?.id).to.equal('ada');
    });

    it('says so when the site cannot be loaded, and Retry loads it and searches', async () => {
      // Every attempt of the adapter's first load fails (it retries GETs itself).
      mock.scenario.failNext('listSites', 503, 4, { retryAfter: 0 });
      const el = await renderSearch({ adapter: mock.adapter, siteId: 'us' });
      const unavailable = 'The order service is unavailable. Try again in a moment. Retry';
      await waitUntil(() => status(el) !== '', 'no error for the site', WAIT);
      expect(status(el)).to.equal(unavailable);
      expect($(el, '[part~="status"]')?.classList.contains('field__error')).to.equal(true);
      expect(getButton(el.shadowRoot!, 'Retry')).to.exist;
      await expect(el).to.be.accessible();

      // A query entered meanwhile is not searched without the site.
      await search(el, 'ada lovelace');
      expect(status(el)).to.equal(unavailable);
      expect(options(el)).to.have.length(0);
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(0);

      press(getButton(el.shadowRoot!, 'Retry'));
      await waitUntil(() => options(el).length > 0, 'no results after Retry', WAIT);
      expect(el.currentSite?.id).to.equal('us');
      expect(status(el)).to.equal('1 customer found.');
      expect(options(el)[0]!.getAttribute('aria-disabled')).to.equal('false');
      expect(input(el).value).to.equal('ada lovelace');
      expect(focused(input(el)), focusName()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('loads the site with an AbortSignal, aborted when site-id changes or the element leaves the page', async () => {
      // The first two loads wait at a gate of this test's own (an aborted request may never reach
      // the mock, so a hold queued there could be left for the third load instead).
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const signals: AbortSignal[] = [];
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listSites: (init) => {
          signals.push(init!.signal!);
          return signals.length <= 2 ? gate.then(() => mock.adapter.listSites(init)) : mock.adapter.listSites(init);
        },
      };
      const el = await renderSearch({ adapter, siteId: 'us' });
      expect(signals).to.have.length(1);
      el.setAttribute('site-id', 'ca');
      await el.updateComplete;
      expect(signals).to.have.length(2);
      expect(signals[0]!.aborted).to.equal(true);
      const parent = el.parentElement!;
      el.remove();
      expect(signals[1]!.aborted).to.equal(true);
      parent.append(el);
      await waitUntil(() => el.currentSite?.id === 'ca', 'the site was not loaded after reconnecting', WAIT);
      expect(signals).to.have.length(3);
      release();
    });
  });

  describe('the chosen customer', () => {
    it('fires customer-change with the whole customer, bubbling out of the shadow root', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      await search(el, 'katherine');
      const changed = oneEvent<CustomerChangeEvent>(document, 'customer-change');
      options(el)[0]!.click();
      const event = await changed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.customer).to.deep.equal(await customer('katherine'));
      expect(event.customer?.phones).to.deep.equal({ mobile: '(757) 555-0102' });
      expect(event.customer?.addresses.map((a) => a.id)).to.deep.equal(['katherine-billing', 'katherine-shipping']);
      expect(el.customer?.id).to.equal('katherine');
    });

    it('shows the chosen customer: name, email, phones, default billing and shipping addresses', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us, customer: await customer('katherine') });
      const details = $$(el, '[part~="customer-details"] dd').map(text);
      expect(details).to.deep.equal([
        'katherine.johnson@example.com',
        'Mobile: (757) 555-0102',
        'Katherine Johnson, 1918 Orbit Rd, Hampton, VA 23666, US',
        'Katherine Johnson, 1962 Friendship Ave, Newport News, VA 23601, US',
      ]);
      expect(el.checkValidity()).to.equal(true);
      expect($(el, '[part~="problems"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('does not fire customer-change when a host sets the customer', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us });
      const events = recordChanges(el);
      el.customer = await customer('ada');
      await el.updateComplete;
      expect(text($(el, '[part~="customer-name"]'))).to.contain('Ada Lovelace');
      el.customer = null;
      await el.updateComplete;
      expect(input(el)).to.exist;
      expect(events).to.have.length(0);
    });

    it('"Change customer" clears the choice (customer-change with null) and goes back to the search', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us, customer: await customer('ada') });
      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      press(getButton(el.shadowRoot!, 'Change customer'));
      const event = await changed;
      expect(event.customer).to.equal(null);
      expect(el.customer).to.equal(null);
      await el.updateComplete;
      expect(focused(input(el)), focusName()).to.equal(true);
    });

    it('shows a name cut to three lines whole, with its customer number, while focus is in the card', async () => {
      const long = 'Wolfeschlegelsteinhausenbergerdorff '.repeat(30).trim();
      const ada = await customer('ada');
      const el = await renderSearch({ adapter: mock.adapter, site: us, customer: { ...ada, firstName: long } });
      el.style.inlineSize = '480px';
      await el.updateComplete;
      const name = $(el, '[part~="customer-name"]')!;
      const number = [...name.querySelectorAll('span')].find((s) => text(s) === 'C000001')!;
      // Cut short on screen (the number with it), whole for assistive technology and on hover.
      expect(name.scrollHeight).to.be.greaterThan(name.clientHeight + 1);
      expect(number.getBoundingClientRect().top).to.be.at.least(name.getBoundingClientRect().bottom - 1);
      expect(text(name)).to.equal(`${long} Lovelace C000001`);
      expect(name.title).to.equal(`${long} Lovelace`);

      getButton(el.shadowRoot!, 'Edit customer').focus();
      await waitUntil(
        () => name.scrollHeight <= name.clientHeight + 1,
        'the name is still cut short with focus in the card',
        WAIT,
      );
      const box = name.getBoundingClientRect();
      expect(number.getBoundingClientRect().bottom).to.be.at.most(box.bottom + 1);
      expect(number.getBoundingClientRect().height).to.be.greaterThan(0);
      // The buttons stay where they were, at the top of the card.
      expect(getButton(el.shadowRoot!, 'Edit customer').getBoundingClientRect().top).to.be.at.most(
        box.top + name.clientHeight / 2,
      );
      await expect(el).to.be.accessible();

      getButton(el.shadowRoot!, 'Edit customer').blur();
      await waitUntil(() => name.scrollHeight > name.clientHeight + 1, 'the name was not cut short again', WAIT);
    });

    it('shows what a customer lacks for the order and is invalid until fixed', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: us, customer: await customer('alan') });
      expect($$(el, '[part~="problems"] li').map(text)).to.deep.equal([
        'Enter at least one phone number: home, work or mobile.',
        'Choose a default shipping address.',
      ]);
      expect(el.checkValidity()).to.equal(false);
      expect(el.problems.map((p) => p.code)).to.deep.equal(['phone-required', 'default-shipping-required']);
      const edit = getButton(el.shadowRoot!, 'Edit customer');
      expect(edit.getAttribute('aria-describedby')).to.equal('problems');
      expect(el.reportValidity()).to.equal(false);
      expect(focused(edit), focusName()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
