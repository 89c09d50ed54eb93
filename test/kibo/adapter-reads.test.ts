/**
 * The Kibo adapter's reads (sites, customers, products, orders) against a fake Kibo: the exact
 * requests (path, query, headers), every body checked against Kibo's definitions, and the decoded
 * results.
 */
import { expect } from '@open-wc/testing';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

/** A fake Kibo answering each operation with its fixture. */
function answers(overrides: Record<string, unknown> = {}) {
  const bodies: Record<string, unknown> = {
    getTenant: fx.tenant,
    getCustomerSets: fx.customerSets,
    getAccounts: fx.customerSearch,
    searchProducts: fx.productSearch,
    getProduct: fx.tshirt,
    getOrders: fx.orders,
    ...overrides,
  };
  return (request: RecordedRequest): FakeAnswer => ({ body: bodies[operationOf(request)] });
}

describe('Kibo adapter: reads', () => {
  it('sends no Authorization header when the access token is empty (the host’s proxy adds it)', async () => {
    const world = kiboWorld(answers(), { getAccessToken: () => '' });
    await world.adapter.listSites();
    expect(world.requests).to.have.length(2);
    for (const request of world.requests) {
      expect(request.headers).not.to.have.property('authorization');
      expect(request.headers['x-vol-tenant']).to.equal('100');
    }
  });

  it('lists the tenant’s sites, each with its customer set, on tenant-level calls', async () => {
    const world = kiboWorld(answers());
    const sites = await world.adapter.listSites();
    expect(world.requests.map((r) => `${r.method} ${r.url.href}`)).to.deep.equal([
      'GET https://t100.sandbox.mozu.com/api/platform/tenants/100',
      'GET https://t100.sandbox.mozu.com/api/commerce/customer/customerSets?pageSize=200',
    ]);
    for (const request of world.requests) {
      expect(request.headers.authorization).to.match(/^Bearer token-\d$/);
      expect(request.headers['x-vol-tenant']).to.equal('100');
      expect(request.headers).not.to.have.property('x-vol-site');
      expect(request.headers.accept).to.equal('application/json');
    }
    expect([...sites]).to.deep.equal([
      {
        id: '101',
        name: 'US Store',
        currency: 'USD',
        locale: 'en-US',
        customerSetId: 'retail',
        customerSetName: 'Retail',
      },
      {
        id: '102',
        name: 'Canada Store',
        currency: 'CAD',
        locale: 'en-CA',
        customerSetId: 'retail',
        customerSetName: 'Retail',
      },
      // Listed by no set: the default one.
      {
        id: '103',
        name: 'Wholesale',
        currency: 'USD',
        locale: 'en-US',
        customerSetId: 'wholesale',
        customerSetName: 'Wholesale',
      },
    ]);
    expect(sites.skipped).to.equal(1);
    expectSchemaTrue(world);
  });

  it('finds Ada Lovelace in site 101’s customer set, with her contacts as addresses and phones', async () => {
    const world = kiboWorld(answers());
    const found = await world.adapter.searchCustomers({ siteId: '101', query: 'ada', limit: 10 });
    // The tenant is read once for the site's customer set, then the accounts on the site.
    const search = world.requests.at(-1)!;
    expect(search.method).to.equal('GET');
    expect(route(search)).to.deep.equal({
      path: '/commerce/customer/accounts',
      query: { q: 'ada', pageSize: '10', responseGroups: 'Contacts', filter: "customerSet eq 'retail'" },
    });
    expect(search.headers['x-vol-site']).to.equal('101');
    expect(search.headers['x-vol-tenant']).to.equal('100');
    expect([...found]).to.deep.equal([
      {
        id: '1001',
        customerNumber: '1001',
        customerSetId: 'retail',
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        phones: { home: '512-555-0100', mobile: '512-555-0101' },
        addresses: [
          {
            id: '11',
            name: 'Ada Lovelace',
            line1: '12 Analytical Way',
            line2: 'Suite 3',
            city: 'Austin',
            region: 'TX',
            postalCode: '78701',
            country: 'US',
            phone: '512-555-0100',
            isDefaultBilling: true,
            isDefaultShipping: true,
          },
          {
            id: '12',
            name: 'Ada Lovelace',
            line1: '1 Engine Row',
            city: 'Dallas',
            region: 'TX',
            postalCode: '75201',
            country: 'US',
            phone: '512-555-0199',
            isDefaultBilling: false,
            isDefaultShipping: false,
          },
        ],
      },
    ]);
    // The account without an email is counted; the wholesale one is not this site's.
    expect(found.skipped).to.equal(1);
    expectSchemaTrue(world);
  });

  it('reads the tenant once for the site calls that need the site’s currency or customer set', async () => {
    const world = kiboWorld(answers());
    await world.adapter.listSites();
    await world.adapter.searchProducts({ siteId: '102', query: 'shirt' });
    await world.adapter.searchCustomers({ siteId: '102', query: 'ada' });
    expect(world.requests.map(operationOf)).to.deep.equal([
      'getTenant',
      'getCustomerSets',
      'searchProducts',
      'getAccounts',
    ]);
  });

  it('refuses a site that is not the tenant’s with a NotFoundError', async () => {
    const world = kiboWorld(answers());
    const error = await world.adapter.searchProducts({ siteId: '999', query: 'mug' }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'not-found');
    expect((error as Error).message).to.include('not one of the tenant’s sites');
  });

  it('searches the products of the site, priced in its currency in minor units', async () => {
    const world = kiboWorld(answers());
    const found = await world.adapter.searchProducts({ siteId: '102', query: 'shirt', limit: 5 });
    const search = world.requests.at(-1)!;
    expect(route(search)).to.deep.equal({
      path: '/commerce/catalog/storefront/productsearch/search',
      query: { query: 'shirt', pageSize: '5' },
    });
    expect(search.headers['x-vol-site']).to.equal('102');
    expect([...found]).to.deep.equal([
      {
        id: 'TSHIRT',
        code: 'TSHIRT',
        name: 'Classic T-shirt',
        type: 'configurable',
        price: { amount: 1799, currency: 'CAD' },
        listPrice: { amount: 2000, currency: 'CAD' },
        imageUrl: 'https://cdn.example.com/tshirt.png',
      },
      { id: 'MUG', code: 'MUG', name: 'Mug', type: 'simple', price: { amount: 850, currency: 'CAD' } },
    ]);
    expect(found.skipped).to.equal(1);
    expectSchemaTrue(world);
  });

  it('reads a product with its options and variations', async () => {
    const world = kiboWorld(answers());
    const product = await world.adapter.getProduct({ siteId: '101', productId: 'TSHIRT' });
    const read = world.requests.at(-1)!;
    expect(route(read)).to.deep.equal({ path: '/commerce/catalog/storefront/products/TSHIRT', query: {} });
    expect(read.headers['x-vol-site']).to.equal('101');
    expect(product).to.deep.include({
      id: 'TSHIRT',
      description: 'Soft cotton.',
      price: { amount: 1799, currency: 'USD' },
      shippable: true,
      pickupAllowed: true,
    });
    expect(product.options).to.deep.equal([
      { name: 'Color', required: true, values: ['Red', 'Blue'] },
      { name: 'Size', required: true, values: ['M'] },
    ]);
    expect(product.variants).to.deep.equal([
      { id: 'TSHIRT-RED-M', code: 'TSHIRT-RED-M', options: { Color: 'Red', Size: 'M' }, inStock: true },
      { id: 'TSHIRT-BLUE-M', code: 'TSHIRT-BLUE-M', options: { Color: 'Blue', Size: 'M' }, inStock: false },
    ]);
    expectSchemaTrue(world);
  });

  it('asks for the orders at an offset with startIndex, so that the list can jump to any page', async () => {
    const world = kiboWorld(
      answers({ getOrders: { ...fx.orders, startIndex: 3, items: fx.orders.items.slice(0, 2) } }),
    );
    expect(world.adapter.orderOffsets).to.equal(true);
    const page = await world.adapter.listOrders({ siteId: '101', offset: 3, limit: 3 });
    expect(route(world.requests.at(-1)!).query).to.deep.equal({
      startIndex: '3',
      pageSize: '3',
      sortBy: 'submittedDate desc',
    });
    expect(page.total).to.equal(5);
    expect(page.nextCursor).to.equal(null);
    expectSchemaTrue(world);
  });

  it('pages the site’s orders newest first, filtered by customer and date', async () => {
    const world = kiboWorld(answers());
    const page = await world.adapter.listOrders({
      siteId: '101',
      limit: 3,
      customerId: '1001',
      since: '2026-11-01T00:00:00Z',
    });
    const list = world.requests.at(-1)!;
    expect(route(list)).to.deep.equal({
      path: '/commerce/orders',
      query: {
        startIndex: '0',
        pageSize: '3',
        sortBy: 'submittedDate desc',
        filter: 'customerAccountId eq 1001 and submittedDate ge 2026-11-01T00:00:00Z',
      },
    });
    expect(list.headers['x-vol-site']).to.equal('101');
    expect(page.nextCursor).to.equal('3');
    expect(page.total).to.equal(5);
    expect(page.skipped).to.equal(1);
    expect(page.items.map((o) => [o.id, o.number, o.status, o.createdAt])).to.deep.equal([
      ['o-3', '10003', 'completed', '2026-11-30T15:00:00Z'],
      ['o-1', '10001', 'shipped', '2026-11-29T09:00:00Z'],
    ]);
    expect(page.items[0]).to.deep.include({
      siteId: '101',
      customerId: '1001',
      customerName: 'Ada Lovelace',
      total: { amount: 4250, currency: 'USD' },
      items: [{ productId: 'MUG', productName: 'Mug', quantity: 2 }],
    });
    // The next page starts where this one ended; the last page has no cursor.
    const last = kiboWorld(answers({ getOrders: { ...fx.orders, startIndex: 3, items: fx.orders.items.slice(0, 2) } }));
    const next = await last.adapter.listOrders({ siteId: '101', cursor: page.nextCursor, limit: 3 });
    expect(route(last.requests[0]!).query).to.deep.equal({
      startIndex: '3',
      pageSize: '3',
      sortBy: 'submittedDate desc',
    });
    expect(next.nextCursor).to.equal(null);
    expectSchemaTrue(world);
    expectSchemaTrue(last);
  });

  it('sends every call to the host the apiHost function names for its site', async () => {
    const hosts: (string | null)[] = [];
    const world = kiboWorld(answers(), {
      apiHost: (siteId) => {
        hosts.push(siteId);
        return siteId ? `https://t100-s${siteId}.sandbox.mozu.com/api` : 'https://t100.sandbox.mozu.com/api';
      },
    });
    await world.adapter.getProduct({ siteId: '101', productId: 'TSHIRT' });
    expect(hosts).to.deep.equal([null, null, '101']);
    expect(world.requests.at(-1)!.url.host).to.equal('t100-s101.sandbox.mozu.com');
  });
});
