/**
 * The REST adapter over real HTTP: every method once against the mock server (mocks/http), called
 * cross-origin from the test page, each exchange checked against api/openapi.yaml as the MSW suite
 * does (test/adapter/rest-adapter.test.ts). What only real HTTP shows is in the other files here.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { BALANCE_CODES, CUSTOMERS, PRODUCTS, SITES, VARIANTS } from '../../support/fixtures.js';
import { useHttpMock } from '../../support/http-mock.js';
import { createContract, operationIds } from '../contract.js';
import { MARY, card, draftOver } from './support.js';

describe('createRestAdapter over real HTTP: every method', () => {
  const mock = useHttpMock();
  const contract = createContract();
  let adapter: OrderAdapter;
  let allPassed = true;

  beforeEach(() => {
    adapter = mock.adapter({ fetch: contract.fetch });
  });

  afterEach(async function () {
    const violations = await contract.settle();
    if (this.currentTest?.state !== 'passed' || violations.length > 0) allPassed = false;
    expect(violations, `exchanges that break api/openapi.yaml:\n${violations.join('\n')}\n`).to.deep.equal([]);
  });

  after(async () => {
    if (!allPassed) return;
    const missing = (await operationIds()).filter((id) => !contract.exercised.has(id));
    expect(missing.join(', '), 'operations of api/openapi.yaml never answered 2xx over real HTTP').to.equal('');
  });

  it('lists the sites and the orders of one, newest first', async () => {
    const sites = await adapter.listSites();
    expect(sites).to.deep.equal([SITES.us, SITES.ca, SITES.wholesale]);
    const page = await adapter.listOrders({ siteId: 'us', limit: 3 });
    expect(page.items).to.have.length(3);
    expect(page.nextCursor).to.be.a('string');
    const dates = page.items.map((o) => Date.parse(o.createdAt));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
  });

  it('searches, creates and updates customers', async () => {
    const [ada] = await adapter.searchCustomers({ siteId: 'us', query: CUSTOMERS.ada.name, limit: 1 });
    expect(ada).to.include({ id: 'ada', firstName: 'Ada', lastName: 'Lovelace' });
    const created = await adapter.createCustomer({ siteId: 'us', customer: MARY });
    expect(created.customerNumber).to.match(/^C\d+$/);
    const updated = await adapter.updateCustomer({
      siteId: 'us',
      customerId: created.id,
      customer: { ...MARY, phones: { mobile: '(757) 555-0199' } },
    });
    expect(updated.phones.mobile).to.equal('(757) 555-0199');
    const found = await adapter.searchCustomers({ siteId: 'us', query: 'Mary Jackson' });
    expect(found.map((c) => [c.id, c.phones.mobile])).to.deep.equal([[created.id, '(757) 555-0199']]);
  });

  it('searches, loads and configures products, with their fulfillment options', async () => {
    const [shoe] = await adapter.searchProducts({ siteId: 'us', query: 'Trail Runner', limit: 1 });
    expect(shoe).to.include({ id: PRODUCTS.trailRunner.id, name: PRODUCTS.trailRunner.name });
    const product = await adapter.getProduct({ siteId: 'us', productId: 'trail-runner', priceListId: 'vip' });
    expect(product.options.map((o) => o.name)).to.deep.equal(['Size', 'Color']);
    expect(product.price.amount).to.be.below(PRODUCTS.trailRunner.usd);
    const variant = await adapter.configureProduct({
      siteId: 'us',
      productId: 'trail-runner',
      options: VARIANTS.trailRunner9Blue.options,
    });
    expect(variant).to.include({ id: VARIANTS.trailRunner9Blue.id, code: VARIANTS.trailRunner9Blue.code });
    const options = await adapter.getFulfillmentOptions({
      siteId: 'us',
      productId: 'trail-runner',
      variantId: variant.id,
    });
    expect(options.find((o) => o.id === 'pickup:downtown')).to.include({ available: true });
    expect(options.find((o) => o.id === 'ship')!.inventory.current).to.equal(0);
    const batch = await adapter.getFulfillmentOptionsBatch!({
      siteId: 'us',
      items: [{ productId: 'trail-runner', variantId: variant.id }, { productId: 'no-such-product' }],
    });
    expect(batch).to.deep.equal([options, null]);
  });

  it('lists shipping methods and price lists, and prices a draft', async () => {
    const draft = await draftOver(adapter);
    const methods = await adapter.getShippingMethods({ draft });
    expect(methods.map((m) => [m.id, m.rate.amount])).to.deep.equal([
      ['ground', 795],
      ['2-day', 1495],
      ['overnight', 2995],
    ]);
    expect((await adapter.listPriceLists({ siteId: 'us' })).map((l) => l.id)).to.deep.equal(['vip', 'employee']);
    const pricing = await adapter.priceOrder({ draft });
    expect(pricing.subtotal).to.deep.equal({ amount: PRODUCTS.canvasTote.usd, currency: 'USD' });
    expect(pricing.shipping.amount).to.equal(795);
  });

  it('lists payment types, checks a balance and tokenizes a card', async () => {
    const types = await adapter.listPaymentTypes({ siteId: 'us' });
    expect(types.map((t) => t.kind)).to.include.members(['credit-card', 'purchase-order', 'gift-card']);
    const { typeId, code, amount } = BALANCE_CODES.giftCard25;
    const balance = await adapter.checkBalance({ siteId: 'us', typeId, code });
    expect(balance.available).to.deep.equal({ amount, currency: 'USD' });
    const summary = await adapter.tokenizeCard({ siteId: 'us', card: card() });
    expect(summary).to.include({ brand: 'visa', last4: '1111' });
    expect(summary.token).to.match(/^tok_/);
  });

  it('submits an order, found again by its idempotency key', async () => {
    const before = await mock.orderCount('us');
    const draft = await draftOver(adapter);
    const order = await adapter.submitOrder({ draft, idempotencyKey: 'http-submit-1' });
    expect(order).to.include({ status: 'new', idempotencyKey: 'http-submit-1' });
    expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'http-submit-1' })).to.deep.equal(order);
    expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'never-sent' })).to.equal(null);
    expect(await mock.submission('http-submit-1')).to.deep.equal(order);
    expect(await mock.orderCount('us')).to.equal(before + 1);
    const [sent] = await mock.requests('submitOrder');
    expect(sent!.headers['idempotency-key']).to.equal('http-submit-1');
    expect(sent!.headers['content-type']).to.equal('application/json');
  });

  it('sends the confirmation of a submitted order to the address given', async () => {
    const order = await adapter.submitOrder({ draft: await draftOver(adapter), idempotencyKey: 'http-confirm-1' });
    const sent = await adapter.sendConfirmation!({
      siteId: 'us',
      orderId: order.id,
      email: 'ada.lovelace@example.com',
    });
    expect(sent).to.deep.equal({ email: 'ada.lovelace@example.com' });
    const requests = await mock.requests('sendConfirmation');
    expect(requests).to.have.length(1);
  });

  it('lists the items a customer ordered recently', async () => {
    const items = await adapter.listLastOrderedItems!({ siteId: 'us', customerId: 'ada', limit: 2 });
    expect(items.map((i) => i.productName)).to.deep.equal(['Canvas Tote Bag', 'Recycled Slip-On']);
    expect(await mock.requests('listLastOrderedItems')).to.have.length(1);
  });

  it('saves a draft, lists it, replaces it and deletes it', async () => {
    const draft = await draftOver(adapter);
    const saved = await adapter.saveDraft!({ siteId: 'us', draft });
    const again = await adapter.saveDraft!({ siteId: 'us', draft, draftId: saved.id });
    expect(again.id).to.equal(saved.id);
    const listed = await adapter.listDrafts!({ siteId: 'us' });
    expect(listed.map((s) => s.id)).to.deep.equal([saved.id]);
    expect(listed[0]!.draft.id).to.equal(draft.id);
    await adapter.deleteDraft!({ siteId: 'us', draftId: saved.id });
    expect(await adapter.listDrafts!({ siteId: 'us' })).to.deep.equal([]);
  });

  it('sends a payment link: the order awaiting payment, found again by its key', async () => {
    const draft = await draftOver(adapter);
    const to = { email: 'ada.lovelace@example.com' };
    const order = await adapter.sendPaymentLink!(draft, to, { idempotencyKey: 'http-link-1' });
    expect(order).to.include({ status: 'awaiting-payment', idempotencyKey: 'http-link-1' });
    expect(order.paymentLink).to.deep.equal(to);
    expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'http-link-1' })).to.deep.equal(order);
    const [sent] = await mock.requests('sendPaymentLink');
    expect(sent!.headers['idempotency-key']).to.equal('http-link-1');
  });

  it('searches the orders (orderSearch) and reads one in full (getOrder)', async () => {
    const searching = mock.adapter({ fetch: contract.fetch, orderSearch: true });
    const page = await searching.listOrders({ siteId: 'us', search: '(512) 555-0100', status: 'new' });
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.items.every((o) => o.customerName === 'Ada Lovelace' && o.status === 'new')).to.equal(true);
    const order = await adapter.getOrder!({ siteId: 'us', orderId: page.items[0]!.id });
    expect(order).to.include({ id: page.items[0]!.id, number: page.items[0]!.number });
    expect(order.customer.id).to.equal('ada');
    expect(await mock.requests('getOrder')).to.have.length(1);
  });
});
