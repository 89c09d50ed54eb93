/**
 * The Kibo adapter against the Kibo-shaped mock (mocks/kibo/, through MSW): the two sides' readings
 * of Kibo's definitions meet. The adapter talks to the mock's base URL with tenant 50001; the
 * mock's sites are us 60001, ca 60002, wholesale 60003, and a customer's account id is the digits
 * of its customer number (mocks/README.md). Every request the adapter sends and every success the
 * mock answers is checked against Kibo's definitions (`validateRequest` / `validateResponse`).
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { DeclinedError, NotFoundError, ValidationError } from '../../src/adapter/errors.js';
import { addCoupon, addLine, addPayment, createDraft, setCustomer, setShippingMethod } from '../../src/model/draft.js';
import type { CardDetails, FulfillmentOption, OrderDraft } from '../../src/model/types.js';
import { MockProblem } from '../../mocks/problem.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import {
  BALANCE_CODES,
  buildDraft,
  COUPONS,
  CUSTOMERS,
  PRICE_LISTS,
  PRODUCTS,
  SHIPPING_METHODS,
  TEST_CARDS,
  VARIANTS,
} from '../support/fixtures.js';
import { type KiboExchange, kiboOnMock, useKiboMock } from '../support/kibo-mock.js';
import { describeErrors, validateRequest, validateResponse } from './validate.js';

const US = String(KIBO_SITE_IDS['us']);

describe('Kibo adapter on the Kibo-shaped mock', () => {
  const kibo = useKiboMock();
  let adapter: OrderAdapter;
  let exchanges: KiboExchange[];

  beforeEach(() => {
    exchanges = [];
    adapter = kiboOnMock((exchange) => exchanges.push(exchange), {
      priceListCodes: [PRICE_LISTS.vip.id, PRICE_LISTS.employee.id],
      storeCredit: true,
      giftCards: true,
    });
  });

  /** Checks each call the mock served, by its operation id: what the adapter sent and was answered. */
  async function expectKiboShapes() {
    const left = [...exchanges];
    const problems: string[] = [];
    for (const record of kibo.backend.requests) {
      const i = left.findIndex((e) => e.method === record.method && e.url === record.url);
      if (i === -1) continue;
      const [exchange] = left.splice(i, 1);
      const { body, status, answer } = exchange!;
      const sent = body === undefined ? [] : await validateRequest(record.operationId, body);
      const got = status >= 200 && status < 300 ? await validateResponse(record.operationId, status, answer) : [];
      if (sent.length) problems.push(`${record.operationId} request:\n${describeErrors(sent)}`);
      if (got.length) problems.push(`${record.operationId} ${status} answer:\n${describeErrors(got)}`);
    }
    expect(problems.join('\n')).to.equal('');
    // Nothing sent to a path the mock does not serve (its catch-all 404 records nothing).
    expect(left.map((e) => `${e.method} ${e.url}`)).to.deep.equal([]);
    expect(exchanges.length, 'requests the mock served').to.be.greaterThan(0);
  }

  /** A test whose requests and answers are then checked against Kibo's definitions. */
  function check(title: string, body: () => Promise<void>) {
    it(title, async () => {
      await body();
      await expectKiboShapes();
    });
  }

  /** Ada on the US store with one Canvas Tote Bag shipped by Ground, built from the adapter's answers. */
  async function toteDraft(): Promise<OrderDraft> {
    const sites = await adapter.listSites();
    const site = sites.find((s) => s.id === US)!;
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const [tote] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.canvasTote.name });
    let draft = setCustomer(createDraft({ site }), ada!);
    draft = addLine(draft, {
      productId: tote!.id,
      variantId: null,
      productName: tote!.name,
      code: tote!.code,
      options: [],
      quantity: 1,
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      unitPrice: tote!.price,
    });
    const [method] = (await adapter.getShippingMethods({ draft })).filter(
      (m) => m.name === SHIPPING_METHODS.ground.name,
    );
    return setShippingMethod(draft, method!.id);
  }

  check('lists the tenant’s sites with their customer sets', async () => {
    const sites = await adapter.listSites();
    expect(sites.map((s) => [s.id, s.name, s.currency, s.customerSetId])).to.deep.equal([
      [String(KIBO_SITE_IDS['us']), 'US Store', 'USD', 'retail'],
      [String(KIBO_SITE_IDS['ca']), 'Canada Store', 'CAD', 'retail'],
      [String(KIBO_SITE_IDS['wholesale']), 'Wholesale', 'USD', 'wholesale'],
    ]);
  });

  check('finds Ada Lovelace on the US store', async () => {
    const found = await adapter.searchCustomers({ siteId: US, query: 'Ada' });
    const ada = found.find((c) => `${c.firstName} ${c.lastName}` === CUSTOMERS.ada.name);
    expect(ada, JSON.stringify(found.map((c) => c.email))).to.exist;
    expect(ada!.email).to.equal(CUSTOMERS.ada.email);
    expect(ada!.customerSetId).to.equal('retail');
    expect(ada!.addresses.length).to.be.greaterThan(0);
  });

  check('finds the Canvas Tote Bag at $24.99', async () => {
    const found = await adapter.searchProducts({ siteId: US, query: 'tote' });
    const tote = found.find((p) => p.name === PRODUCTS.canvasTote.name);
    expect(tote, JSON.stringify(found.map((p) => p.name))).to.exist;
    expect(tote!.price).to.deep.equal({ amount: PRODUCTS.canvasTote.usd, currency: 'USD' });
  });

  check('gives the tote’s fulfillment options', async () => {
    const [tote] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.canvasTote.name });
    const options = await adapter.getFulfillmentOptions({ siteId: US, productId: tote!.id, variantId: null });
    expect(options.map((o) => o.kind)).to.include('ship');
    expect(options.some((o) => o.kind === 'pickup')).to.equal(true);
  });

  check('prices the tote with SAVE10 accepted and EXPIRED rejected with a reason', async () => {
    let draft = await toteDraft();
    draft = addCoupon(addCoupon(draft, COUPONS.save10), COUPONS.expired);
    const pricing = await adapter.priceOrder({ draft });
    const save10 = pricing.coupons.find((c) => c.code === COUPONS.save10);
    const expired = pricing.coupons.find((c) => c.code === COUPONS.expired);
    expect(save10, JSON.stringify(pricing.coupons)).to.deep.include({ status: 'accepted' });
    expect(expired, JSON.stringify(pricing.coupons)).to.deep.include({ status: 'rejected', reason: 'expired' });
    expect(pricing.subtotal).to.deep.equal({ amount: PRODUCTS.canvasTote.usd, currency: 'USD' });
    expect(save10!.discount?.amount).to.be.greaterThan(0);
    expect(pricing.shipping.amount).to.equal(SHIPPING_METHODS.ground.rate);
  });

  check('rejects coupons for the reasons the backend gives, with its messages', async () => {
    const codes = [COUPONS.save10, COUPONS.expired, COUPONS.bigSpender, 'NOSUCHCODE'];
    const withCoupons = (draft: OrderDraft) => codes.reduce((d, code) => addCoupon(d, code), draft);
    const pricing = await adapter.priceOrder({ draft: withCoupons(await toteDraft()) });
    const ours = kibo.backend.priceOrder('us', withCoupons(buildDraft(kibo.backend)));
    // A rejected coupon's message is the backend's (an accepted one's is not carried by Kibo's discount).
    const view = (c: (typeof ours.coupons)[number]) => [
      c.code,
      c.status,
      c.reason,
      c.status === 'rejected' ? c.message : null,
    ];
    expect(pricing.coupons.map(view)).to.deep.equal(ours.coupons.map(view));
    expect(pricing.coupons.map((c) => c.reason)).to.deep.equal([undefined, 'expired', 'minimum-not-met', 'unknown']);
  });

  check('lists the orders newest first', async () => {
    const page = await adapter.listOrders({ siteId: US });
    expect(page.items.length).to.be.greaterThan(1);
    const times = page.items.map((o) => Date.parse(o.createdAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
  });

  check('submits a draft paid by check: one order, found by its key', async () => {
    const priced = await toteDraft();
    const pricing = await adapter.priceOrder({ draft: priced });
    const draft = addPayment(priced, { typeId: 'Check', kind: 'check', amount: pricing.total, reference: '1042' });
    const key = `key-${Date.now()}`;
    expect(await adapter.findOrder!({ siteId: US, idempotencyKey: key })).to.equal(null);
    const order = await adapter.submitOrder({ draft, idempotencyKey: key });
    expect(order.total).to.deep.equal(pricing.total);
    expect(order.idempotencyKey).to.equal(key);
    const found = await adapter.findOrder!({ siteId: US, idempotencyKey: key });
    expect(found).to.deep.equal(order);
    expect(kibo.backend.requestsFor('performOrderAction')).to.have.length(1);
  });

  check('fails the submit of a draft with an expired coupon with Kibo’s reason', async () => {
    const priced = addCoupon(await toteDraft(), COUPONS.expired);
    const pricing = await adapter.priceOrder({ draft: priced });
    const draft = addPayment(priced, { typeId: 'Check', kind: 'check', amount: pricing.total, reference: '1042' });
    const error = await adapter.submitOrder({ draft, idempotencyKey: `key-${Date.now()}` }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).to.include('coupons');
    expect(kibo.backend.requestsFor('performOrderAction')).to.have.length(0);
  });

  check('refuses a second customer with Ada’s email, naming the email field', async () => {
    const error = await adapter
      .createCustomer({
        siteId: US,
        customer: { firstName: 'Ada', lastName: 'Again', email: CUSTOMERS.ada.email, phones: {}, addresses: [] },
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.path)).to.include('email');
  });

  check('answers a product that does not exist with a NotFoundError', async () => {
    const error = await adapter.getProduct({ siteId: US, productId: 'NO-SUCH-PRODUCT' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(NotFoundError);
  });

  check('reads the Trail Runner’s options and configures Size 9 Blue', async () => {
    const [shoe] = await adapter.searchProducts({ siteId: US, query: PRODUCTS.trailRunner.name });
    const product = await adapter.getProduct({ siteId: US, productId: shoe!.id });
    expect(product.options.map((o) => o.name)).to.have.members(['Size', 'Color']);
    const variant = await adapter.configureProduct({
      siteId: US,
      productId: shoe!.id,
      options: { ...VARIANTS.trailRunner9Blue.options },
    });
    expect(variant.code).to.equal(VARIANTS.trailRunner9Blue.code);
    expect(variant.price).to.deep.equal({ amount: PRODUCTS.trailRunner.usd, currency: 'USD' });
  });

  check('creates a customer, finds and edits it', async () => {
    const address = {
      name: 'Mary Somerville',
      line1: '1 Orbit Lane',
      city: 'Austin',
      region: 'TX',
      postalCode: '78702',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: true,
    };
    const created = await adapter.createCustomer({
      siteId: US,
      customer: {
        firstName: 'Mary',
        lastName: 'Somerville',
        email: 'mary.somerville@example.com',
        phones: { mobile: '(512) 555-0199' },
        addresses: [address],
      },
    });
    expect(created.addresses.map((a) => a.line1)).to.deep.equal(['1 Orbit Lane']);
    const [found] = await adapter.searchCustomers({ siteId: US, query: 'Somerville' });
    expect(found?.id).to.equal(created.id);
    const updated = await adapter.updateCustomer!({
      siteId: US,
      customerId: created.id,
      customer: {
        firstName: 'Mary',
        lastName: 'Fairfax',
        email: created.email,
        phones: created.phones,
        addresses: [
          { ...created.addresses[0]!, line1: '2 Orbit Lane' },
          { ...address, line1: '9 Comet Road', isDefaultBilling: false, isDefaultShipping: false },
        ],
      },
    });
    expect(updated.lastName).to.equal('Fairfax');
    expect(updated.addresses.map((a) => a.line1)).to.have.members(['2 Orbit Lane', '9 Comet Road']);
  });

  check('gives the shipping methods of the tote draft', async () => {
    const draft = await toteDraft();
    const methods = await adapter.getShippingMethods({ draft });
    expect(methods.map((m) => [m.name, m.rate.amount])).to.deep.include.members([
      [SHIPPING_METHODS.ground.name, SHIPPING_METHODS.ground.rate],
      [SHIPPING_METHODS.overnight.name, SHIPPING_METHODS.overnight.rate],
    ]);
  });

  check('lists the price lists of each site', async () => {
    const us = await adapter.listPriceLists!({ siteId: US });
    const wholesale = await adapter.listPriceLists!({ siteId: String(KIBO_SITE_IDS['wholesale']) });
    expect(us.map((l) => l.name)).to.deep.equal([PRICE_LISTS.vip.name, PRICE_LISTS.employee.name]);
    expect(wholesale.map((l) => l.name)).to.deep.equal([PRICE_LISTS.vip.name]);
  });

  check('lists the payment types and reads Ada’s store credit', async () => {
    const types = await adapter.listPaymentTypes({ siteId: US });
    expect(types.map((t) => t.kind)).to.include.members(['credit-card', 'check', 'store-credit']);
    const balance = await adapter.checkBalance!({
      siteId: US,
      typeId: 'StoreCredit',
      code: BALANCE_CODES.storeCreditAda.code,
    });
    expect(balance.available).to.deep.equal({ amount: BALANCE_CODES.storeCreditAda.amount, currency: 'USD' });
  });

  check('lists the same orders as the backend holds, with their status and total', async () => {
    const page = await adapter.listOrders({ siteId: US, limit: 20 });
    const ours = kibo.backend.listOrders('us', { limit: 20 }).items;
    const view = (o: { number: string; status: string; total: unknown; customerName: string }) => [
      o.number,
      o.status,
      o.total,
      o.customerName,
    ];
    expect(page.items.map(view)).to.deep.equal(ours.map(view));
  });

  check('lists the orders at an offset as the backend does', async () => {
    const page = await adapter.listOrders({ siteId: US, offset: 30, limit: 10 });
    const ours = kibo.backend.listOrders('us', { offset: 30, limit: 10 });
    expect(page.items.map((o) => o.number)).to.deep.equal(ours.items.map((o) => o.number));
    expect(page.total).to.equal(ours.total);
  });

  check('lists the orders since a time as the backend does', async () => {
    const since = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    const page = await adapter.listOrders({ siteId: US, since, limit: 50 });
    const ours = kibo.backend.listOrders('us', { since, limit: 50 }).items;
    expect(page.items.map((o) => o.number)).to.deep.equal(ours.map((o) => o.number));
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.items.every((o) => o.createdAt >= since)).to.equal(true);
  });

  check('lists a customer’s orders, page by page', async () => {
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const mine = await adapter.listOrders({ siteId: US, customerId: ada!.id });
    expect(mine.items.length).to.be.greaterThan(0);
    expect(mine.items.every((o) => o.customerId === ada!.id)).to.equal(true);
    const first = await adapter.listOrders({ siteId: US, limit: 2 });
    expect(first.items).to.have.length(2);
    const second = await adapter.listOrders({ siteId: US, limit: 2, cursor: first.nextCursor! });
    expect(second.items[0]!.id).to.not.equal(first.items[1]!.id);
    expect(Date.parse(second.items[0]!.createdAt)).to.be.at.most(Date.parse(first.items[1]!.createdAt));
  });

  check('submits a draft paid partly by store credit and partly by check; the credit is spent', async () => {
    const priced = await toteDraft();
    const pricing = await adapter.priceOrder({ draft: priced });
    const credit = { amount: 1000, currency: 'USD' };
    const rest = { amount: pricing.total.amount - credit.amount, currency: 'USD' };
    const code = BALANCE_CODES.storeCreditAda.code;
    let draft = addPayment(priced, { typeId: 'StoreCredit', kind: 'store-credit', amount: credit, reference: code });
    draft = addPayment(draft, { typeId: 'Check', kind: 'check', amount: rest, reference: '1043' });
    const order = await adapter.submitOrder({ draft, idempotencyKey: `key-credit-${Date.now()}` });
    expect(order.total).to.deep.equal(pricing.total);
    const after = await adapter.checkBalance!({ siteId: US, typeId: 'StoreCredit', code });
    expect(after.available.amount).to.equal(BALANCE_CODES.storeCreditAda.amount - credit.amount);
  });

  check('prices as the backend does: the same subtotal, discounts, shipping, tax and total', async () => {
    const draft = addCoupon(await toteDraft(), COUPONS.save10);
    const pricing = await adapter.priceOrder({ draft });
    const ours = kibo.backend.priceOrder('us', addCoupon(buildDraft(kibo.backend), COUPONS.save10));
    const totals = (p: typeof pricing) => [p.subtotal, p.shipping, p.tax, p.duty, p.handling, p.total];
    expect(totals(pricing)).to.deep.equal(totals(ours));
    expect(pricing.discounts.map((d) => d.amount)).to.deep.equal(ours.discounts.map((d) => d.amount));
  });

  for (const [name, productId, variantId] of [
    ['the tote', PRODUCTS.canvasTote.id, null],
    ['the Trail Runner 9 Blue', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id],
    ['the water bottle', PRODUCTS.waterBottle.id, null],
  ] as const) {
    check(`gives the fulfillment options of ${name} as the backend does`, async () => {
      const product = kibo.backend.getProduct('us', productId);
      const variant = product.variants.find((v) => v.id === variantId);
      const [found] = await adapter.searchProducts({ siteId: US, query: product.name });
      const options = await adapter.getFulfillmentOptions({
        siteId: US,
        productId: found!.id,
        variantId: variant ? variant.code : null,
      });
      const ours = kibo.backend.getFulfillmentOptions('us', productId, variantId);
      const view = (o: (typeof ours)[number]) => [o.kind, o.locationName, o.inventory.current, o.available];
      expect(options.map(view)).to.deep.equal(ours.map(view));
    });
  }

  check('gives the fulfillment options of many items in one batch as the backend does', async () => {
    const items = [
      [PRODUCTS.canvasTote.id, null],
      [PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id],
      [PRODUCTS.waterBottle.id, null],
    ] as const;
    // Kibo's codes: the product code, and the variation product code.
    const codes = items.map(([productId, variantId]) => {
      const product = kibo.backend.getProduct('us', productId);
      return { productId: product.code, variantId: product.variants.find((v) => v.id === variantId)?.code ?? null };
    });
    const batch = await adapter.getFulfillmentOptionsBatch!({
      siteId: US,
      items: [...codes, { productId: 'NO-SUCH-CODE' }],
    });
    const view = (o: FulfillmentOption) => [o.kind, o.locationName, o.inventory.current, o.available];
    const ours = items.map(([productId, variantId]) =>
      kibo.backend.getFulfillmentOptions('us', productId, variantId).map(view),
    );
    expect(batch.map((options) => options?.map(view) ?? null)).to.deep.equal([...ours, null]);
  });

  check('searches customers and products as the backend does', async () => {
    for (const query of ['Ada', 'example.com', 'Johnson']) {
      const found = await adapter.searchCustomers({ siteId: US, query });
      const ours = kibo.backend.searchCustomers('us', query);
      expect(found.map((c) => c.email).sort(), query).to.deep.equal(ours.map((c) => c.email).sort());
    }
    for (const query of ['tote', 'shoe', 'bottle']) {
      const found = await adapter.searchProducts({ siteId: US, query });
      const ours = kibo.backend.searchProducts('us', query);
      const view = (p: { name: string; price: unknown }) => [p.name, p.price];
      expect(found.map(view), query).to.deep.equal(ours.map(view));
    }
  });

  check('gives the shipping methods and payment types the backend has', async () => {
    const draft = await toteDraft();
    const methods = await adapter.getShippingMethods({ draft });
    const ours = kibo.backend.getShippingMethods('us', buildDraft(kibo.backend));
    const view = (m: { name: string; rate: unknown }) => [m.name, m.rate];
    expect(methods.map(view)).to.deep.equal(ours.map(view));
    const types = await adapter.listPaymentTypes({ siteId: US });
    const ourTypes = kibo.backend.listPaymentTypes('us');
    expect(types.map((t) => t.kind).sort()).to.deep.equal(ourTypes.map((t) => t.kind).sort());
  });

  check('reads a gift card’s balance and spends it on a submit', async () => {
    const { code, amount } = BALANCE_CODES.giftCard25;
    const before = await adapter.checkBalance!({ siteId: US, typeId: 'GiftCard', code });
    expect(before).to.deep.equal({ typeId: 'GiftCard', code, available: { amount, currency: 'USD' } });
    const priced = await toteDraft();
    const pricing = await adapter.priceOrder({ draft: priced });
    const gift = { amount, currency: 'USD' };
    const rest = { amount: pricing.total.amount - amount, currency: 'USD' };
    let draft = addPayment(priced, { typeId: 'GiftCard', kind: 'gift-card', amount: gift, reference: code });
    draft = addPayment(draft, { typeId: 'Check', kind: 'check', amount: rest, reference: '1044' });
    await adapter.submitOrder({ draft, idempotencyKey: `key-gift-${Date.now()}` });
    const after = await adapter.checkBalance!({ siteId: US, typeId: 'GiftCard', code });
    expect(after.available.amount).to.equal(0);
  });

  check('takes a gift card’s code only as a gift card, and a store credit’s only as store credit', async () => {
    const gift = BALANCE_CODES.giftCard25.code;
    const credit = BALANCE_CODES.storeCreditAda.code;
    const failure = (typeId: string, code: string) =>
      adapter.checkBalance!({ siteId: US, typeId, code }).then(
        () => null,
        (e: unknown) => (e instanceof NotFoundError ? e.message : e),
      );
    const unknown = await failure('StoreCredit', 'NO-SUCH-CODE');
    expect(unknown)
      .to.be.a('string')
      .and.match(/this code is not known/);
    expect(await failure('StoreCredit', gift)).to.equal(unknown);
    expect(await failure('GiftCard', credit)).to.equal(unknown);
    expect(await failure('GiftCard', gift)).to.equal(null);
    expect(await failure('StoreCredit', credit)).to.equal(null);
  });

  /** A card as the payment panel hands it on. */
  const cardOf = (number: string, securityCode = '737'): CardDetails => ({
    number,
    securityCode,
    expiryMonth: 12,
    expiryYear: new Date().getFullYear() + 3,
    nameOnCard: CUSTOMERS.ada.name,
  });

  check(
    'tokenizes a Visa and submits an order paid by card: found by its key, paid by card in the backend',
    async () => {
      const card = await adapter.tokenizeCard({ siteId: US, card: cardOf(TEST_CARDS.visa) });
      expect([card.brand, card.last4]).to.deep.equal(['visa', '1111']);
      const priced = await toteDraft();
      const pricing = await adapter.priceOrder({ draft: priced });
      const draft = addPayment(priced, { typeId: 'CreditCard', kind: 'credit-card', amount: pricing.total, card });
      const placed: OrderDraft[] = [];
      const submit = kibo.backend.submitOrder.bind(kibo.backend);
      kibo.backend.submitOrder = (siteId, placedDraft, key) => {
        placed.push(placedDraft);
        return submit(siteId, placedDraft, key);
      };
      const key = `key-card-${Date.now()}`;
      try {
        const order = await adapter.submitOrder({ draft, idempotencyKey: key });
        expect(order.balanceDue.amount).to.equal(0);
        expect(await adapter.findOrder!({ siteId: US, idempotencyKey: key })).to.deep.equal(order);
      } finally {
        kibo.backend.submitOrder = submit;
      }
      const paid = placed.flatMap((d) => d.payments ?? []);
      expect(paid.map((p) => [p.kind, p.card?.token, p.card?.brand, p.card?.last4, p.amount])).to.deep.equal([
        ['credit-card', card.token, 'visa', '1111', pricing.total],
      ]);
    },
  );

  check('declines the declined test card as the REST backend does, and refuses an invalid number', async () => {
    const backendSays = (number: string) => {
      try {
        kibo.backend.tokenizeCard('us', cardOf(number));
      } catch (error) {
        return error instanceof MockProblem ? [error.code, error.message] : [];
      }
      return [];
    };
    for (const number of [TEST_CARDS.declined, TEST_CARDS.insufficientFunds]) {
      const error = await adapter.tokenizeCard({ siteId: US, card: cardOf(number) }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DeclinedError);
      expect([(error as DeclinedError).code, (error as Error).message]).to.deep.equal(backendSays(number));
    }
    const invalid = await adapter
      .tokenizeCard({ siteId: US, card: cardOf(TEST_CARDS.invalid) })
      .catch((e: unknown) => e);
    expect(invalid).to.be.instanceOf(ValidationError);
    expect((invalid as ValidationError).at('number').map((p) => p.code)).to.deep.equal(['invalid-card-number']);
    expect((invalid as Error).message).to.not.include(TEST_CARDS.invalid);
  });

  /** The steps of the submit sequence (docs/KIBO.md), each of which may lose its answer after its change. */
  const STEPS = [
    'createOrder',
    'createOrderItem',
    'applyCoupon',
    'setFulfillmentInfo',
    'setBillingInfo',
    'createPaymentAction',
    'performOrderAction',
  ] as const;

  for (const step of STEPS) {
    check(`resumes a submit whose ${step} answer was lost: one order, its line and payment once`, async () => {
      const priced = addCoupon(await toteDraft(), COUPONS.save10);
      const pricing = await adapter.priceOrder({ draft: priced });
      const draft = addPayment(priced, { typeId: 'Check', kind: 'check', amount: pricing.total, reference: '1042' });
      const key = `key-${step}-${Date.now()}`;
      kibo.scenario.failNext(step, 'network', 1, { afterProcessing: true });
      const lost = await adapter.submitOrder({ draft, idempotencyKey: key }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(lost, 'the first submit fails').to.be.instanceOf(Error);
      const order = await adapter.submitOrder({ draft, idempotencyKey: key });
      expect(order.total).to.deep.equal(pricing.total);
      expect(await adapter.findOrder!({ siteId: US, idempotencyKey: key })).to.deep.equal(order);
      const { body } = await kibo.call<{ items: { items: unknown[]; payments: unknown[]; status: string }[] }>(
        'getOrders',
        `/commerce/orders?filter=${encodeURIComponent(`externalId eq 'ooe:${key}'`)}`,
      );
      expect(body.items.map((o) => [o.status, o.items.length, o.payments.length])).to.deep.equal([['Submitted', 1, 1]]);
    });
  }
});
