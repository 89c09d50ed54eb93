/**
 * When the shipping address changes in the builder (another customer, or the customer edited in
 * Customer Search): the shipping method is checked against the adapter's rates for the new
 * address (kept when it still applies, cleared with a message when not), and the summary says how
 * the new pricing moved the total and why.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { setCustomer } from '../../../src/model/draft.js';
import { formatMoney, money } from '../../../src/model/money.js';
import type { Customer, OrderDraft, ShippingMethod } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, text } from '../../support/dom.js';
import { renderBuilder, untilPriced } from '../../support/harness/offline-order-builder.js';
import { record, WAIT } from '../../support/wait.js';

interface RatesRequest {
  country: string | undefined;
  signal: AbortSignal;
}

/** A summary item's value, by its label. */
function summary(el: OfflineOrderBuilder, label: string): string {
  const dt = $$(el, '[part~="details-summary"] dt').find((d) => text(d) === label);
  return text(dt?.nextElementSibling);
}

const totalChange = (el: OfflineOrderBuilder) => text($(el, '[part~="total-change"]'));
const shippingNotice = (el: OfflineOrderBuilder) => text($(el, '[part~="shipping-notice"]'));

/** Ada, her default shipping address moved to Toronto (what "Edit Customer" in Customer Search gives). */
function movedToCanada(customer: Customer): Customer {
  return {
    ...customer,
    addresses: customer.addresses.map((a) =>
      a.isDefaultShipping
        ? { ...a, line1: '1921 Insulin Cres', city: 'Toronto', region: 'ON', postalCode: 'M5S 1A8', country: 'CA' }
        : a,
    ),
  };
}

describe('<offline-order-builder> when the shipping address changes', function () {
  // Flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();
  const rates: RatesRequest[] = [];

  beforeEach(() => (rates.length = 0));
  afterEach(() => sessionStorage.clear());

  /**
   * The mock over REST, as a backend whose Overnight does not ship to Canada: the shipping-methods
   * answer leaves it out for a Canadian ship-to address. Records each rates request.
   */
  function adapter() {
    return createRestAdapter({
      baseUrl: mock.baseUrl,
      random: () => 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (!request.url.endsWith('/shipping-methods')) return fetch(request);
        const { draft } = (await request.clone().json()) as { draft: OrderDraft };
        const country = draft.customer?.addresses.find((a) => a.isDefaultShipping)?.country;
        rates.push({ country, signal: request.signal });
        const response = await fetch(request);
        if (!response.ok || country !== 'CA') return response;
        const { items } = (await response.json()) as { items: ShippingMethod[] };
        return Response.json({ items: items.filter((m) => m.id !== 'overnight') });
      },
    });
  }

  /** The builder on the US Store with Ada's order of a tote shipped by `method`, priced and named. */
  async function builder(method: string, name: string): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(adapter(), { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    el.draft = buildDraft(mock.backend, { shippingMethodId: method });
    await untilPriced(el, mock);
    await waitUntil(() => summary(el, 'Shipping Method') === name, `the summary does not name ${name}`, WAIT);
    rates.length = 0;
    return el;
  }

  /** What <customer-search> fires when the agent picks a customer or saves "Edit Customer". */
  function chooseCustomer(el: OfflineOrderBuilder, customer: Customer): void {
    $<CustomerSearch>(el, 'customer-search')!.dispatchEvent(new CustomerChangeEvent(customer));
  }

  it('keeps a method that still ships to the new customer’s address, and says how the total moved and why', async () => {
    const el = await builder('ground', 'Ground');
    const before = el.draft;
    const frederick = mock.backend.findCustomer('frederick')!;
    chooseCustomer(el, frederick);

    await waitUntil(() => rates.length === 1, 'the rates for the new address were not asked for', WAIT);
    expect(rates[0]!.country).to.equal('CA');
    await untilPriced(el, mock);
    expect(el.draft.shippingMethodId).to.equal('ground');
    expect(summary(el, 'Shipping Method')).to.equal('Ground');
    expect(shippingNotice(el)).to.equal('');

    // "+$x tax: shipping address changed", and duty on a Direct Ship line to Canada, from the two answers.
    const was = mock.backend.priceOrder('us', before);
    const now = mock.backend.priceOrder('us', setCustomer(before, frederick));
    const signed = (amount: number) => formatMoney(money(amount, 'USD'), 'en-US', { signDisplay: 'always' });
    const parts = [
      [now.shipping.amount - was.shipping.amount, 'shipping'],
      [now.tax.amount - was.tax.amount, 'tax'],
      [now.duty.amount - was.duty.amount, 'duty'],
    ]
      .filter(([amount]) => amount !== 0)
      .map(([amount, noun]) => `${signed(amount as number)} ${noun}: shipping address changed`);
    expect(now.tax.amount).to.be.greaterThan(was.tax.amount);
    const expected = `Total ${signed(now.total.amount - was.total.amount)}: ${parts.join('; ')}`;
    await waitUntil(
      () => totalChange(el) === expected,
      `the summary did not say "${expected}" (it says "${totalChange(el)}")`,
      WAIT,
    );
    expect(expected).to.match(/^Total \+\$\d+\.\d\d: \+\$\d+\.\d\d tax: shipping address changed/);
    // In a polite live region next to the total.
    const region = $(el, '[part~="total-change"]')!.closest('[role="status"]');
    expect(region, 'the explanation is not in a live region').not.to.equal(null);
    expect(region!.closest('[part~="section-order-details"]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    // Another edit that does not move the total leaves no stale explanation: a new answer, a new text.
    chooseCustomer(el, mock.backend.findCustomer('ada')!);
    await untilPriced(el, mock);
    await waitUntil(() => totalChange(el).startsWith('Total -'), 'the way back was not explained', WAIT);
  });

  it('clears a method that no longer ships to the edited address, says so politely, and fires draft-change', async () => {
    const el = await builder('overnight', 'Overnight');
    const changes = record<DraftChangeEvent>(el, 'draft-change');
    const ada = el.draft.customer!;
    chooseCustomer(el, movedToCanada(ada));

    await waitUntil(
      () => shippingNotice(el) === 'Overnight no longer applies and was cleared.',
      'no message about Overnight',
      WAIT,
    );
    expect(rates.map((r) => r.country)).to.deep.equal(['CA']);
    expect(el.draft.shippingMethodId).to.equal(null);
    expect(el.draft.customer?.addresses.find((a) => a.isDefaultShipping)?.city).to.equal('Toronto');
    expect(summary(el, 'Shipping Method')).to.equal('None');
    expect(changes.at(-1)!.draft.shippingMethodId).to.equal(null);
    const region = $(el, '[part~="shipping-notice"]')!.closest('[role="status"]');
    expect(region, 'the message is not in a live region').not.to.equal(null);
    expect($(el, '[part~="shipping-notice"]')!.checkVisibility()).to.equal(true);
    await untilPriced(el, mock);
    await expect(el).to.be.accessible();
  });

  it('aborts the rates request when the customer changes again, and keeps to the newer answer', async () => {
    const el = await builder('overnight', 'Overnight');
    const ada = el.draft.customer!;
    const release = mock.scenario.holdNext('getShippingMethods');
    chooseCustomer(el, mock.backend.findCustomer('frederick')!);
    await waitUntil(() => rates.length === 1, 'the rates for Toronto were not asked for', WAIT);

    // Back to Ada before Toronto's answer is in.
    chooseCustomer(el, ada);
    await waitUntil(() => rates.length === 2, 'the rates for Austin were not asked for', WAIT);
    expect(rates.map((r) => r.country)).to.deep.equal(['CA', 'US']);
    expect(rates[0]!.signal.aborted, 'the rates for Toronto were not aborted').to.equal(true);
    release();
    await untilPriced(el, mock);
    expect(el.draft.customer).to.equal(ada);
    expect(el.draft.shippingMethodId).to.equal('overnight');
    expect(summary(el, 'Shipping Method')).to.equal('Overnight');
    expect(shippingNotice(el)).to.equal('');
  });

  it('keeps the method and says the rates could not be checked when the adapter fails', async () => {
    const el = await builder('overnight', 'Overnight');
    mock.scenario.failNext('getShippingMethods', 400);
    chooseCustomer(el, mock.backend.findCustomer('frederick')!);
    await waitUntil(() => shippingNotice(el), 'no message', WAIT);
    expect(shippingNotice(el)).to.equal(
      'The shipping rates for the new address could not be loaded: check the shipping method in Edit Details.',
    );
    expect(el.draft.shippingMethodId).to.equal('overnight');
    await expect(el).to.be.accessible();
  });

  it('asks nothing when the new customer ships to the same address, or the order has no shipping method', async () => {
    const el = await builder('ground', 'Ground');
    const ada = el.draft.customer!;
    chooseCustomer(el, { ...ada, email: 'ada@example.org' });
    el.draft = buildDraft(mock.backend, { shippingMethodId: null });
    chooseCustomer(el, mock.backend.findCustomer('frederick')!);
    await untilPriced(el, mock);
    expect(rates).to.deep.equal([]);
    expect(shippingNotice(el)).to.equal('');
  });
});

describe('<offline-order-builder> on the Canada Store, between a customer in Austin and one in Toronto (issue 9, item 4)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  // An English (US) page: Canadian dollars read "CA$".
  before(() => (document.documentElement.lang = 'en-US'));
  after(() => (document.documentElement.lang = ''));
  afterEach(() => sessionStorage.clear());

  /** "Change customer" in Customer Search, then the summary's total for the draft without a customer. */
  async function changeCustomer(el: OfflineOrderBuilder): Promise<void> {
    const search = $<CustomerSearch>(el, 'customer-search')!;
    $<HTMLButtonElement>(search, '[part~="change-button"]')!.click();
    await waitUntil(() => el.draft.customer === null, 'the customer was not cleared', WAIT);
    await untilPriced(el, mock);
  }

  /** What <customer-search> fires when the agent picks a customer from the search. */
  async function choose(el: OfflineOrderBuilder, customer: Customer): Promise<void> {
    $<CustomerSearch>(el, 'customer-search')!.dispatchEvent(new CustomerChangeEvent(customer));
    await untilPriced(el, mock);
  }

  /** "Total +CA$x: +CA$y tax: shipping address changed; …" from the mock's answers for two drafts. */
  function explanation(before: OrderDraft, after: OrderDraft): string {
    const was = mock.backend.priceOrder('ca', before);
    const now = mock.backend.priceOrder('ca', after);
    const signed = (amount: number) => formatMoney(money(amount, 'CAD'), 'en-US', { signDisplay: 'always' });
    const parts = (['shipping', 'tax', 'duty'] as const)
      .map((c) => [now[c].amount - was[c].amount, c] as const)
      .filter(([amount]) => amount !== 0)
      .map(([amount, noun]) => `${signed(amount)} ${noun}: shipping address changed`);
    return `Total ${signed(now.total.amount - was.total.amount)}: ${parts.join('; ')}`;
  }

  it('explains the move of the total both ways, also when the customer was cleared in between', async () => {
    const el = await renderBuilder(mock.adapter, { siteId: 'ca', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    el.draft = buildDraft(mock.backend, { siteId: 'ca', customerId: 'ada' });
    await untilPriced(el, mock);
    const inAustin = el.draft;
    const ada = inAustin.customer!;
    const frederick = mock.backend.findCustomer('frederick')!;

    // To Toronto: the draft without a customer is priced at the site's country (Canada), so choosing
    // Frederick leaves the total where clearing Ada moved it: the move from Austin is still explained.
    await changeCustomer(el);
    await choose(el, frederick);
    const toToronto = explanation(inAustin, setCustomer(inAustin, frederick));
    expect(toToronto).to.match(/^Total \+CA\$\d+\.\d\d: \+CA\$\d+\.\d\d tax: shipping address changed/);
    await waitUntil(
      () => totalChange(el) === toToronto,
      `not explained: "${totalChange(el)}" instead of "${toToronto}"`,
      WAIT,
    );
    expect($(el, '[part~="total-change"]')!.closest('[role="status"]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    // And back to Austin.
    const inToronto = el.draft;
    await changeCustomer(el);
    await choose(el, ada);
    const toAustin = explanation(inToronto, setCustomer(inToronto, ada));
    expect(toAustin).to.match(/^Total -CA\$\d+\.\d\d: -CA\$\d+\.\d\d tax: shipping address changed/);
    await waitUntil(
      () => totalChange(el) === toAustin,
      `not explained: "${totalChange(el)}" instead of "${toAustin}"`,
      WAIT,
    );
  });
});
