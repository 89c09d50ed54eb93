import { expect } from '@open-wc/testing';
import { MockBackend } from '../../mocks/backend.js';
import { validateCustomer } from '../../src/model/validation.js';
import type { OrderSummary } from '../../src/model/types.js';
import { CUSTOMERS, LOCATIONS, NEWEST_ORDER_NUMBER, PRODUCTS, SITES } from '../support/fixtures.js';

const NOW = new Date('2026-06-15T15:00:00.000Z');
const DAY = 86_400_000;

function allOrders(backend: MockBackend, siteId: string): OrderSummary[] {
  return backend.listOrders(siteId, { limit: 100_000 }).items;
}

describe('mock seed', () => {
  const backend = new MockBackend({ now: () => NOW });

  describe('determinism', () => {
    it('gives the same data to two backends with the same clock', () => {
      const other = new MockBackend({ now: () => NOW });
      expect(other.seed.customers).to.deep.equal(backend.seed.customers);
      expect(other.seed.products).to.deep.equal(backend.seed.products);
      expect([...other.seed.inventory]).to.deep.equal([...backend.seed.inventory]);
      expect(other.seed.orders).to.deep.equal(backend.seed.orders);
    });

    it('shifts only the dates with another clock', () => {
      const later = new MockBackend({ now: () => new Date(NOW.getTime() + 7 * DAY) });
      expect(later.seed.customers).to.deep.equal(backend.seed.customers);
      expect(later.seed.orders.map((o) => [o.number, o.customerId, o.total, o.items])).to.deep.equal(
        backend.seed.orders.map((o) => [o.number, o.customerId, o.total, o.items]),
      );
      expect(Date.parse(later.seed.orders[0]!.createdAt) - Date.parse(backend.seed.orders[0]!.createdAt)).to.equal(
        7 * DAY,
      );
    });
  });

  describe('sites', () => {
    it('has the three fixture sites', () => {
      expect(backend.listSites()).to.deep.equal([SITES.us, SITES.ca, SITES.wholesale]);
    });
  });

  describe('customers', () => {
    it('has the fixtures and at least 500 generated customers across both sets', () => {
      const { customers } = backend.seed;
      expect(customers.length).to.be.at.least(504);
      for (const id of ['ada', 'grace', 'alan', 'katherine']) expect(customers.some((c) => c.id === id)).to.equal(true);
      expect(customers.filter((c) => c.customerSetId === 'retail').length).to.be.at.least(250);
      expect(customers.filter((c) => c.customerSetId === 'wholesale').length).to.be.at.least(100);
    });

    it('gives Ada a home phone and one address in Austin TX that is default billing and shipping', () => {
      const ada = backend.findCustomer(CUSTOMERS.ada.id)!;
      expect(`${ada.firstName} ${ada.lastName}`).to.equal('Ada Lovelace');
      expect(ada.customerSetId).to.equal('retail');
      expect(ada.phones).to.deep.equal({ home: CUSTOMERS.ada.phone });
      expect(ada.addresses).to.have.length(1);
      expect(ada.addresses[0]).to.include({
        city: 'Austin',
        region: 'TX',
        country: 'US',
        isDefaultBilling: true,
        isDefaultShipping: true,
      });
    });

    it('makes Alan Turing fail the customer rules (no phone, no default shipping address)', () => {
      const alan = backend.findCustomer(CUSTOMERS.alan.id)!;
      expect(validateCustomer(alan).map((p) => `${p.path}:${p.code}`)).to.have.members([
        'phones:phone-required',
        'addresses:default-shipping-required',
      ]);
    });

    it('gives Katherine Johnson separate default addresses and only a mobile phone', () => {
      const katherine = backend.findCustomer(CUSTOMERS.katherine.id)!;
      expect(Object.keys(katherine.phones)).to.deep.equal(['mobile']);
      const billing = katherine.addresses.find((a) => a.isDefaultBilling)!;
      const shipping = katherine.addresses.find((a) => a.isDefaultShipping)!;
      expect(billing.id).not.to.equal(shipping.id);
    });

    it('puts Grace Hopper in the Wholesale set only', () => {
      expect(backend.seed.customers.filter((c) => c.lastName === 'Hopper').map((c) => c.customerSetId)).to.deep.equal([
        'wholesale',
      ]);
    });

    it('generates customers who pass every customer rule, with valid US ZIP and Canadian postal codes', () => {
      const generated = backend.seed.customers.filter((c) => c.id.startsWith('cust-'));
      const failing = generated.filter((c) => validateCustomer(c).length > 0);
      expect(failing.map((c) => c.id)).to.deep.equal([]);
      expect(generated.some((c) => c.addresses.some((a) => a.country === 'CA'))).to.equal(true);
      expect(generated.some((c) => c.addresses.some((a) => a.country === 'US'))).to.equal(true);
    });

    it('keeps emails unique within each customer set', () => {
      for (const set of ['retail', 'wholesale']) {
        const emails = backend.seed.customers.filter((c) => c.customerSetId === set).map((c) => c.email.toLowerCase());
        expect(new Set(emails).size).to.equal(emails.length);
      }
    });
  });

  describe('catalog', () => {
    it('has the fixture products and at least 300 generated ones', () => {
      expect(backend.seed.products.length).to.be.at.least(304);
      for (const p of Object.values(PRODUCTS)) expect(backend.seed.productById.get(p.id)?.name).to.equal(p.name);
    });

    it('offers the Trail Runner Shoe in Size 7-12 and Red, Blue, Black', () => {
      const product = backend.getProduct('us', PRODUCTS.trailRunner.id);
      expect(product.type).to.equal('configurable');
      expect(product.options).to.deep.equal([
        { name: 'Size', required: true, values: ['7', '8', '9', '10', '11', '12'] },
        { name: 'Color', required: true, values: ['Red', 'Blue', 'Black'] },
      ]);
      expect(product.variants).to.have.length(18);
    });

    it('has the locations, Uptown offering delivery', () => {
      expect(backend.seed.locations.map((l) => [l.id, l.name])).to.deep.equal(
        Object.values(LOCATIONS).map((l) => [l.id, l.name]),
      );
      expect(backend.seed.locations.filter((l) => l.delivery).map((l) => l.id)).to.deep.equal(['uptown']);
      expect(backend.seed.locations.filter((l) => l.shipFrom).map((l) => l.id)).to.deep.equal(['central-warehouse']);
    });
  });

  describe('orders', () => {
    it('has at least 2,000 orders across the three sites', () => {
      expect(backend.seed.orders.length).to.be.at.least(2000);
      for (const site of Object.values(SITES)) expect(allOrders(backend, site.id).length).to.be.greaterThan(100);
    });

    it('numbers them ascending by date, the newest being 10541', () => {
      const { orders } = backend.seed;
      expect(orders[0]!.number).to.equal(String(NEWEST_ORDER_NUMBER));
      for (let i = 1; i < orders.length; i++) {
        expect(Number(orders[i]!.number)).to.be.lessThan(Number(orders[i - 1]!.number));
        expect(Date.parse(orders[i]!.createdAt)).to.be.lessThan(Date.parse(orders[i - 1]!.createdAt));
      }
    });

    it('keeps every order in its site currency, with real products and the customer set of its site', () => {
      const customers = new Map(backend.seed.customers.map((c) => [c.id, c]));
      for (const order of backend.seed.orders) {
        const site = Object.values(SITES).find((s) => s.id === order.siteId)!;
        expect(order.total.currency).to.equal(site.currency);
        expect(order.total.amount).to.be.greaterThan(0);
        expect(customers.get(order.customerId)?.customerSetId).to.equal(site.customerSetId);
        for (const item of order.items)
          expect(backend.seed.productById.get(item.productId)?.name).to.equal(item.productName);
      }
    });

    it('gives Ada an order from the last 24 hours with a Canvas Tote Bag', () => {
      const since = new Date(NOW.getTime() - DAY).toISOString();
      const recent = backend.listOrders('us', { customerId: 'ada', since }).items;
      expect(recent.some((o) => o.items.some((i) => i.productName === 'Canvas Tote Bag'))).to.equal(true);
      expect(recent[0]!.customerName).to.equal('Ada Lovelace');
    });

    it('marks recent orders new and old ones completed or cancelled', () => {
      const { orders } = backend.seed;
      expect(orders[0]!.status).to.equal('new');
      expect(['completed', 'cancelled']).to.include(orders[orders.length - 1]!.status);
    });
  });

  describe('options', () => {
    it('scales the orders up for a "many orders" story, the newest still 10541', () => {
      const many = new MockBackend({ now: () => NOW, seed: { orders: 10_000 } });
      expect(many.seed.orders).to.have.length(10_000);
      expect(many.seed.orders[0]!.number).to.equal('10541');
      expect(many.listOrders('us', { limit: 1 }).total).to.be.greaterThan(4000);
    });

    it('restricts the sites for a one-site story', () => {
      const one = new MockBackend({ now: () => NOW, seed: { siteIds: ['us'] } });
      expect(one.listSites().map((s) => s.id)).to.deep.equal(['us']);
      expect(one.seed.orders.every((o) => o.siteId === 'us')).to.equal(true);
      expect(() => one.listOrders('ca'))
        .to.throw()
        .with.property('status', 404);
    });

    it('empties the orders for an "empty" story', () => {
      const empty = new MockBackend({ now: () => NOW, seed: { emptyOrders: true } });
      expect(empty.listOrders('us')).to.deep.equal({ items: [], nextCursor: null, total: 0 });
    });
  });
});
