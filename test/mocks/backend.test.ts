import { expect } from '@open-wc/testing';
import { MockBackend } from '../../mocks/backend.js';
import { addPayment, setCustomer } from '../../src/model/draft.js';
import type { CustomerInput, OrderDraft } from '../../src/model/types.js';
import { CUSTOMERS, LOCATIONS, PRODUCTS, TEST_CARDS, VARIANTS, buildDraft, pickupAt } from '../support/fixtures.js';
import { card, paths, problemOf } from './problems.js';

const NOW = new Date('2026-06-15T15:00:00.000Z');
const HOUR = 3_600_000;

/** A Storage over a Map, standing in for localStorage. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  dump(): string {
    return [...this.items.values()].join('\n');
  }
}

function newCustomer(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
    firstName: 'Mary',
    lastName: 'Jackson',
    email: 'mary.jackson@example.com',
    phones: { mobile: '(757) 555-0150' },
    addresses: [
      {
        name: 'Mary Jackson',
        line1: '1 Wind Tunnel Rd',
        city: 'Hampton',
        region: 'VA',
        postalCode: '23681',
        country: 'US',
        isDefaultBilling: true,
        isDefaultShipping: true,
      },
    ],
    ...overrides,
  };
}

describe('MockBackend', () => {
  const backend = new MockBackend({ now: () => NOW });

  beforeEach(() => backend.reset());

  describe('customer search', () => {
    it('finds a customer by name, case-insensitively, best match first', () => {
      const found = backend.searchCustomers('us', 'ada LOVE');
      expect(found.map((c) => c.id)).to.deep.equal(['ada']);
    });

    it('finds a customer by email and by phone digits', () => {
      expect(backend.searchCustomers('us', 'katherine.johnson@')[0]!.id).to.equal('katherine');
      expect(backend.searchCustomers('us', '512-555-0100').map((c) => c.id)).to.include('ada');
      expect(backend.searchCustomers('us', '5125550100').map((c) => c.id)).to.include('ada');
    });

    it("answers only the site's customer set", () => {
      expect(backend.searchCustomers('wholesale', 'Ada Lovelace')).to.deep.equal([]);
      expect(backend.searchCustomers('us', 'Grace Hopper')).to.deep.equal([]);
      expect(backend.searchCustomers('wholesale', 'Grace Hopper').map((c) => c.id)).to.deep.equal(['grace']);
      expect(backend.searchCustomers('ca', 'Ada Lovelace').map((c) => c.id)).to.deep.equal(['ada']);
      expect(backend.searchCustomers('us', 'a', 100).length).to.equal(0);
      for (const c of backend.searchCustomers('wholesale', 'smith', 100)) expect(c.customerSetId).to.equal('wholesale');
    });

    it('caps the results at the limit (20 by default)', () => {
      expect(backend.searchCustomers('us', 'example')).to.have.length(20);
      expect(backend.searchCustomers('us', 'example', 5)).to.have.length(5);
    });

    it('ignores accents', () => {
      const found = backend.searchCustomers('us', 'cote', 100);
      expect(found.length).to.be.greaterThan(0);
      expect(found.every((c) => c.lastName === 'Côté')).to.equal(true);
    });
  });

  describe('creating and editing customers', () => {
    it("creates a customer in the site's set, findable at once", () => {
      const created = backend.createCustomer('ca', newCustomer());
      expect(created.customerSetId).to.equal('retail');
      expect(created.customerNumber).to.match(/^C\d{6}$/);
      expect(created.addresses[0]!.id).to.be.a('string');
      expect(backend.searchCustomers('us', 'Mary Jackson').map((c) => c.id)).to.deep.equal([created.id]);
    });

    it('refuses a duplicate email in the same set only', () => {
      const problem = problemOf(() => backend.createCustomer('us', newCustomer({ email: 'ADA.lovelace@example.com' })));
      expect(problem.status).to.equal(422);
      expect(problem.errors).to.deep.equal([
        { path: 'email', code: 'duplicate', message: 'A customer with this email already exists.' },
      ]);
      expect(
        backend.createCustomer('wholesale', newCustomer({ email: 'ada.lovelace@example.com' })).customerSetId,
      ).to.equal('wholesale');
    });

    it('checks the required fields with paths', () => {
      const problem = problemOf(() =>
        backend.createCustomer(
          'us',
          newCustomer({
            firstName: ' ',
            email: 'not-an-email',
            phones: {},
            addresses: [{ ...newCustomer().addresses[0]!, postalCode: 'ABCDE', isDefaultShipping: false }],
          }),
        ),
      );
      expect(paths(problem)).to.have.members([
        'firstName:required',
        'email:invalid-email',
        'phones:phone-required',
        'addresses:default-shipping-required',
        'addresses.0.postalCode:invalid-postal-code',
      ]);
    });

    it('updates a customer, keeping its id and number', () => {
      const ada = backend.findCustomer('ada')!;
      const updated = backend.updateCustomer('us', 'ada', {
        ...ada,
        phones: { ...ada.phones, mobile: '(512) 555-0199' },
      });
      expect(updated.id).to.equal('ada');
      expect(updated.customerNumber).to.equal(ada.customerNumber);
      expect(backend.findCustomer('ada')!.phones.mobile).to.equal('(512) 555-0199');
      expect(problemOf(() => backend.updateCustomer('wholesale', 'ada', ada)).status).to.equal(404);
    });
  });

  describe('products', () => {
    it('finds products by name or code', () => {
      expect(backend.searchProducts('us', 'tote')[0]!.id).to.equal(PRODUCTS.canvasTote.id);
      expect(backend.searchProducts('us', 'iwb-300').map((p) => p.id)).to.deep.equal([PRODUCTS.waterBottle.id]);
      expect(backend.searchProducts('us', 'shoe', { limit: 5 })).to.have.length(5);
    });

    it('configures a variant, and answers 404 for a combination that does not exist', () => {
      const variant = backend.configureProduct('us', PRODUCTS.trailRunner.id, { Size: '9', Color: 'Blue' });
      expect(variant).to.deep.equal({
        id: VARIANTS.trailRunner9Blue.id,
        productId: PRODUCTS.trailRunner.id,
        code: VARIANTS.trailRunner9Blue.code,
        options: { Size: '9', Color: 'Blue' },
        price: { amount: 8999, currency: 'USD' },
        inStock: true,
      });
      expect(
        backend.configureProduct('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner12Red.options).inStock,
      ).to.equal(false);
      const problem = problemOf(() =>
        backend.configureProduct('us', PRODUCTS.trailRunner.id, { Size: '13', Color: 'Blue' }),
      );
      expect(problem.status).to.equal(404);
      expect(problem.message).to.equal('Trail Runner Shoe does not come in Size 13, Color Blue.');
      expect(
        paths(problemOf(() => backend.configureProduct('us', PRODUCTS.trailRunner.id, { Size: '9' }))),
      ).to.deep.equal(['options.Color:required']);
    });

    it('marks the variants with no stock anywhere', () => {
      const product = backend.getProduct('us', PRODUCTS.trailRunner.id);
      const stock = Object.fromEntries(product.variants.map((v) => [v.id, v.inStock]));
      expect(stock[VARIANTS.trailRunner12Red.id]).to.equal(false);
      expect(stock[VARIANTS.trailRunner9Blue.id]).to.equal(true);
      expect(Object.values(stock).filter((inStock) => !inStock)).to.have.length(1);
    });
  });

  describe('fulfillment options', () => {
    const summary = (productId: string, variantId?: string) =>
      backend
        .getFulfillmentOptions('us', productId, variantId)
        .map((o) => [o.id, o.available, o.unavailableReason ?? null, o.inventory.current]);

    it('lists Direct Ship, pickup at each store, and delivery from Uptown', () => {
      const options = backend.getFulfillmentOptions('us', PRODUCTS.canvasTote.id);
      expect(options.map((o) => [o.id, o.kind, o.locationId, o.locationName])).to.deep.equal([
        ['ship', 'ship', null, null],
        ['pickup:downtown', 'pickup', 'downtown', 'Downtown Store'],
        ['pickup:airport', 'pickup', 'airport', 'Airport Kiosk'],
        ['pickup:uptown', 'pickup', 'uptown', 'Uptown Store'],
        ['delivery:uptown', 'delivery', 'uptown', 'Uptown Store'],
      ]);
      expect(options.every((o) => o.available)).to.equal(true);
    });

    it('has Trail Runner Size 9 Blue at Downtown now and at the warehouse in the future only', () => {
      const options = backend.getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id);
      const ship = options.find((o) => o.id === 'ship')!;
      expect(ship.available).to.equal(true);
      expect(ship.inventory).to.deep.equal({
        current: 0,
        future: [
          { quantity: 2, expectedDate: '2026-07-06' },
          { quantity: 5, expectedDate: '2026-07-27' },
        ],
      });
      expect(summary(PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id)).to.deep.equal([
        ['ship', true, null, 0],
        ['pickup:downtown', true, null, 3],
        ['pickup:airport', false, 'out-of-stock', 0],
        ['pickup:uptown', false, 'out-of-stock', 0],
        ['delivery:uptown', false, 'out-of-stock', 0],
      ]);
    });

    it('has Trail Runner Size 12 Red out of stock everywhere', () => {
      const options = backend.getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner12Red.id);
      expect(options.every((o) => !o.available && o.unavailableReason === 'out-of-stock')).to.equal(true);
      expect(options[0]!.unavailableMessage).to.equal('Out of stock at the warehouse, and none expected.');
      expect(options[1]!.unavailableMessage).to.equal('Out of stock at Downtown Store.');
    });

    it('has no Insulated Water Bottle at the warehouse, but some in the stores', () => {
      expect(summary(PRODUCTS.waterBottle.id).map(([id, available]) => [id, available])).to.deep.equal([
        ['ship', false],
        ['pickup:downtown', true],
        ['pickup:airport', true],
        ['pickup:uptown', true],
        ['delivery:uptown', true],
      ]);
    });

    it('offers a Gift Card by email only: one digital option, no location, available', () => {
      const options = backend.getFulfillmentOptions('us', PRODUCTS.giftCard.id);
      expect(options).to.deep.equal([
        {
          id: 'digital',
          kind: 'digital',
          locationId: null,
          locationName: null,
          inventory: { current: 0, future: [] },
          available: true,
        },
      ]);
      expect(backend.getProduct('us', PRODUCTS.giftCard.id).digital).to.equal(true);
      expect(backend.getProduct('us', PRODUCTS.canvasTote.id).digital).to.equal(undefined);
    });

    it('marks a closed location', () => {
      backend.setLocationClosed('airport', true);
      const airport = backend
        .getFulfillmentOptions('us', PRODUCTS.canvasTote.id)
        .find((o) => o.id === 'pickup:airport')!;
      expect(airport).to.include({
        available: false,
        unavailableReason: 'location-closed',
        unavailableMessage: 'Airport Kiosk is closed.',
      });
    });

    it('needs the variant of a configurable product', () => {
      expect(paths(problemOf(() => backend.getFulfillmentOptions('us', PRODUCTS.trailRunner.id)))).to.deep.equal([
        'variantId:required',
      ]);
      expect(problemOf(() => backend.getFulfillmentOptions('us', PRODUCTS.trailRunner.id, 'nope')).status).to.equal(
        404,
      );
    });
  });

  describe('fulfillment options of many items', () => {
    it('answers each item in the order asked, null for one it does not know', () => {
      const batch = backend.getFulfillmentOptionsBatch('us', [
        { productId: PRODUCTS.trailRunner.id, variantId: VARIANTS.trailRunner9Blue.id },
        { productId: PRODUCTS.canvasTote.id },
        { productId: 'nope' },
        { productId: PRODUCTS.trailRunner.id },
        { productId: PRODUCTS.trailRunner.id, variantId: 'nope' },
      ]);
      expect(batch).to.deep.equal([
        {
          productId: PRODUCTS.trailRunner.id,
          variantId: VARIANTS.trailRunner9Blue.id,
          options: backend.getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id),
        },
        { productId: PRODUCTS.canvasTote.id, options: backend.getFulfillmentOptions('us', PRODUCTS.canvasTote.id) },
        { productId: 'nope', options: null },
        { productId: PRODUCTS.trailRunner.id, options: null },
        { productId: PRODUCTS.trailRunner.id, variantId: 'nope', options: null },
      ]);
    });

    it('refuses more than 100 items, and an unknown site', () => {
      const items = Array.from({ length: 101 }, () => ({ productId: PRODUCTS.canvasTote.id }));
      expect(paths(problemOf(() => backend.getFulfillmentOptionsBatch('us', items)))).to.deep.equal(['items:too-many']);
      expect(backend.getFulfillmentOptionsBatch('us', items.slice(1))).to.have.length(100);
      expect(problemOf(() => backend.getFulfillmentOptionsBatch('mars', items.slice(1))).status).to.equal(404);
    });
  });

  describe('orders by offset', () => {
    it('answers the page at an offset, the same as the cursor of that place', () => {
      const byCursor = backend.listOrders('us', { cursor: '20', limit: 5 });
      expect(backend.listOrders('us', { offset: 20, limit: 5 })).to.deep.equal(byCursor);
    });

    it('refuses a cursor and an offset at once, and an offset below 0', () => {
      const both = problemOf(() => backend.listOrders('us', { cursor: '20', offset: 20 }));
      expect(both.status).to.equal(400);
      expect(both.errors?.[0]?.path).to.equal('offset');
      expect(problemOf(() => backend.listOrders('us', { offset: -1 })).status).to.equal(400);
    });
  });

  describe('submitting', () => {
    const ready = (): OrderDraft => buildDraft(backend, { now: NOW });

    it("places the order as 10542, at the top of the site's orders", () => {
      const { order, replayed } = backend.submitOrder('us', ready(), 'key-1');
      expect(replayed).to.equal(false);
      expect(order).to.deep.equal({
        id: 'ord-10542',
        number: '10542',
        status: 'new',
        createdAt: NOW.toISOString(),
        total: { amount: 3566, currency: 'USD' },
        balanceDue: { amount: 3566, currency: 'USD' },
        // Issue 9 item 32: the answer echoes the key it was submitted with.
        idempotencyKey: 'key-1',
      });
      const top = backend.listOrders('us', { limit: 1 }).items[0]!;
      expect(top).to.deep.include({ number: '10542', customerId: 'ada', customerName: 'Ada Lovelace' });
      expect(top.items).to.deep.equal([
        { productId: PRODUCTS.canvasTote.id, productName: 'Canvas Tote Bag', quantity: 1 },
      ]);
    });

    it('answers the same order for the same key, never a second one', () => {
      const draft = ready();
      const first = backend.submitOrder('us', draft, 'key-1');
      const again = backend.submitOrder('us', { ...draft, lines: [] }, 'key-1');
      expect(again).to.deep.equal({ order: first.order, replayed: true });
      expect(backend.listOrders('us', { customerId: 'ada', since: NOW.toISOString() }).total).to.equal(1);
      expect(backend.submitOrder('us', draft, 'key-2').order.number).to.equal('10543');
    });

    it('needs an idempotency key', () => {
      const problem = problemOf(() => backend.submitOrder('us', ready(), ''));
      expect(problem.status).to.equal(400);
      expect(paths(problem)).to.deep.equal(['idempotencyKey:required']);
    });

    it('refuses a customer who fails the rules, with paths', () => {
      const draft = setCustomer(ready(), backend.findCustomer(CUSTOMERS.alan.id)!, NOW);
      const problem = problemOf(() => backend.submitOrder('us', draft, 'key-alan'));
      expect(problem.status).to.equal(422);
      expect(paths(problem)).to.have.members([
        'customer.phones:phone-required',
        'customer.addresses:default-shipping-required',
      ]);
      expect(backend.submission('key-alan')).to.equal(undefined);
    });

    it('refuses a customer of another customer set', () => {
      const draft = setCustomer(ready(), backend.findCustomer(CUSTOMERS.grace.id)!, NOW);
      expect(paths(problemOf(() => backend.submitOrder('us', draft, 'k')))).to.deep.equal([
        'customer:wrong-customer-set',
      ]);
    });

    it('refuses an order without lines or without a shipping method', () => {
      expect(
        paths(problemOf(() => backend.submitOrder('us', buildDraft(backend, { lines: [], now: NOW }), 'k'))),
      ).to.deep.equal(['lines:no-lines']);
      const noMethod = buildDraft(backend, { shippingMethodId: null, now: NOW });
      expect(paths(problemOf(() => backend.submitOrder('us', noMethod, 'k')))).to.deep.equal([
        'shippingMethodId:required',
      ]);
    });

    it('refuses a line whose fulfillment is out of stock', () => {
      const draft = buildDraft(backend, {
        lines: [
          {
            productId: PRODUCTS.trailRunner.id,
            variantId: VARIANTS.trailRunner9Blue.id,
            fulfillment: pickupAt(LOCATIONS.airport),
          },
        ],
        now: NOW,
      });
      const lineId = draft.lines[0]!.id;
      expect(paths(problemOf(() => backend.submitOrder('us', draft, 'k')))).to.deep.equal([
        `lines.${lineId}.fulfillment:out-of-stock`,
      ]);
    });

    it('takes payments, spends balances and answers the balance due', () => {
      let draft = ready();
      draft = addPayment(
        draft,
        {
          typeId: 'gift-card',
          kind: 'gift-card',
          amount: { amount: 2000, currency: 'USD' },
          reference: 'GC-1000-0001',
        },
        NOW,
      );
      const { order } = backend.submitOrder('us', draft, 'paid');
      expect(order.balanceDue).to.deep.equal({ amount: 1566, currency: 'USD' });
      expect(backend.checkBalance('us', 'gift-card', 'GC-1000-0001').available.amount).to.equal(500);
      const again = addPayment(
        ready(),
        { typeId: 'gift-card', kind: 'gift-card', amount: { amount: 600, currency: 'USD' }, reference: 'GC-1000-0001' },
        NOW,
      );
      const problems = paths(problemOf(() => backend.submitOrder('us', again, 'paid-2')));
      expect(problems).to.deep.equal([`payments.${again.payments[0]!.id}.amount:insufficient-balance`]);
    });

    it('refuses payments above the total', () => {
      const draft = addPayment(
        ready(),
        { typeId: 'check', kind: 'check', amount: { amount: 5000, currency: 'USD' }, reference: '1001' },
        NOW,
      );
      expect(paths(problemOf(() => backend.submitOrder('us', draft, 'k')))).to.deep.equal([
        'payments:payments-exceed-total',
      ]);
    });
  });

  describe('storage', () => {
    it('keeps created customers and submitted orders across a reload, and never a card number', () => {
      const storage = new MemoryStorage();
      const first = new MockBackend({ now: () => NOW, storage });
      const created = first.createCustomer('us', newCustomer());
      first.tokenizeCard('us', card(TEST_CARDS.visa));
      const draft = setCustomer(buildDraft(first, { now: NOW }), created, NOW);
      first.submitOrder('us', draft, 'reload-key');

      const reloaded = new MockBackend({ now: () => NOW, storage });
      expect(reloaded.findCustomer(created.id)).to.deep.equal(created);
      expect(reloaded.listOrders('us', { limit: 1 }).items[0]!.number).to.equal('10542');
      expect(reloaded.submitOrder('us', draft, 'reload-key').replayed).to.equal(true);
      expect(reloaded.submitOrder('us', draft, 'another-key').order.number).to.equal('10543');
      expect(storage.dump()).not.to.contain(TEST_CARDS.visa);

      reloaded.reset();
      expect(new MockBackend({ now: () => NOW, storage }).findCustomer(created.id)).to.equal(undefined);
    });

    it('dates the seeded orders from the instant kept in storage, so that a reload shows the same times', () => {
      const storage = new MemoryStorage();
      let clock = NOW;
      const first = new MockBackend({ now: () => clock, storage });
      const newest = () => first.listOrders('us', { limit: 1 }).items[0]!;
      const placed = newest().createdAt;
      expect(newest().number).to.equal('10541');

      // Reloads later within a working session: the clock moved, the world did not.
      clock = new Date(NOW.getTime() + 37 * 60_000);
      const reloaded = new MockBackend({ now: () => clock, storage });
      expect(reloaded.listOrders('us', { limit: 1 }).items[0]!.createdAt).to.equal(placed);
      clock = new Date(NOW.getTime() + 6 * HOUR);
      expect(
        new MockBackend({ now: () => clock, storage }).listOrders('us', { limit: 1 }).items[0]!.createdAt,
      ).to.equal(placed);

      // reset() takes a fresh instant, which the next reload keeps in turn.
      reloaded.reset();
      const fresh = reloaded.listOrders('us', { limit: 1 }).items[0]!;
      expect(fresh.number).to.equal('10541');
      expect(Date.parse(fresh.createdAt) - Date.parse(placed)).to.equal(6 * HOUR);
      clock = new Date(NOW.getTime() + 8 * HOUR);
      expect(
        new MockBackend({ now: () => clock, storage }).listOrders('us', { limit: 1 }).items[0]!.createdAt,
      ).to.equal(fresh.createdAt);
    });

    describe('a day later (a kept instant older than 6 hours)', () => {
      const DAY = 24 * HOUR;

      it('dates the seed afresh, keeping created customers and submitted orders, and keeps the new instant', () => {
        const storage = new MemoryStorage();
        let clock = NOW;
        const first = new MockBackend({ now: () => clock, storage });
        const placed = first.listOrders('us', { limit: 1 }).items[0]!.createdAt;
        const created = first.createCustomer('us', newCustomer());
        const submitted = first.submitOrder(
          'us',
          setCustomer(buildDraft(first, { now: NOW }), created, NOW),
          'day-one',
        ).order;

        clock = new Date(NOW.getTime() + DAY + 5 * 60_000);
        const nextDay = new MockBackend({ now: () => clock, storage });
        const seeded = nextDay.listOrders('us', { limit: 2 }).items;
        // The submitted order stays at the top, the seed's newest comes next, placed as long before now as on day one.
        expect(seeded.map((o) => o.number)).to.deep.equal([submitted.number, '10541']);
        expect(Date.parse(seeded[1]!.createdAt) - Date.parse(placed)).to.equal(clock.getTime() - NOW.getTime());
        expect(nextDay.findCustomer(created.id)).to.deep.equal(created);
        expect(
          nextDay.submitOrder('us', setCustomer(buildDraft(nextDay, { now: NOW }), created, NOW), 'day-one').replayed,
        ).to.equal(true);

        // The fresh instant is kept: a reload an hour later shows the same times.
        const shown = seeded[1]!.createdAt;
        clock = new Date(clock.getTime() + HOUR);
        expect(
          new MockBackend({ now: () => clock, storage }).listOrders('us', { limit: 2 }).items[1]!.createdAt,
        ).to.equal(shown);
      });

      it('still has Ada’s order of the last 24 hours, which the duplicate warning names', () => {
        const storage = new MemoryStorage();
        let clock = NOW;
        new MockBackend({ now: () => clock, storage });
        clock = new Date(NOW.getTime() + DAY);
        const backend = new MockBackend({ now: () => clock, storage });
        const since = new Date(clock.getTime() - DAY).toISOString();
        const recent = backend.listOrders('us', { customerId: CUSTOMERS.ada.id, since }).items;
        expect(recent.some((o) => o.items.some((i) => i.productId === PRODUCTS.canvasTote.id))).to.equal(true);
        expect(recent.every((o) => Date.parse(o.createdAt) <= clock.getTime())).to.equal(true);
      });

      it('expects stock after today, also after reset()', () => {
        const storage = new MemoryStorage();
        let clock = NOW;
        const first = new MockBackend({ now: () => clock, storage });
        const expected = (backend: MockBackend) =>
          backend
            .getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id)
            .find((o) => o.id === 'ship')!
            .inventory.future.map((f) => f.expectedDate);
        expect(expected(first)).to.deep.equal(['2026-07-06', '2026-07-27']);

        clock = new Date(NOW.getTime() + 30 * DAY);
        expect(expected(new MockBackend({ now: () => clock, storage }))).to.deep.equal(['2026-08-05', '2026-08-26']);
        // reset() dates the seed, its stock and the catalog from the clock as well.
        clock = new Date(NOW.getTime() + 60 * DAY);
        first.reset();
        expect(expected(first)).to.deep.equal(['2026-09-04', '2026-09-25']);
        expect(first.priceOrder('us', buildDraft(first, { now: clock })).total.amount).to.be.greaterThan(0);
      });

      it('dates the seed afresh when the kept instant lies ahead of the clock (a clock set back)', () => {
        const storage = new MemoryStorage();
        let clock = NOW;
        const placed = new MockBackend({ now: () => clock, storage }).listOrders('us', { limit: 1 }).items[0]!
          .createdAt;
        clock = new Date(NOW.getTime() - HOUR);
        const shown = new MockBackend({ now: () => clock, storage }).listOrders('us', { limit: 1 }).items[0]!.createdAt;
        expect(Date.parse(placed) - Date.parse(shown)).to.equal(HOUR);
      });
    });

    it('starts from the seed when the saved state is unreadable', () => {
      const storage = new MemoryStorage();
      storage.setItem('offline-orders-mock:v1', '{not json');
      expect(new MockBackend({ now: () => NOW, storage }).listOrders('us', { limit: 1 }).items[0]!.number).to.equal(
        '10541',
      );
    });
  });
});
