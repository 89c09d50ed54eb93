/**
 * The Kibo adapter configuring a product (our option names and values → Kibo's attribute FQNs and
 * values) and reading the price lists the host allows.
 */
import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../src/adapter/errors.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const configuredRed = {
  productCode: 'TSHIRT',
  variationProductCode: 'TSHIRT-RED-M',
  price: { price: 20, salePrice: null },
  inventoryInfo: { manageStock: true, onlineStockAvailable: 4 },
  purchasableState: { isPurchasable: true },
  options: [],
};

const vip = {
  priceListCode: 'vip',
  name: 'VIP',
  description: '10% below list',
  enabled: true,
  validSites: [101, 102],
  filteredInStoreFront: false,
  isIndexed: true,
  isSiteDefault: false,
  priceListId: 7,
  resolvable: true,
};

function kibo(answer: (request: RecordedRequest, operation: string) => FakeAnswer) {
  return (request: RecordedRequest): FakeAnswer => {
    const operation = operationOf(request);
    if (operation === 'getTenant') return { body: fx.tenant };
    if (operation === 'getCustomerSets') return { body: fx.customerSets };
    if (operation === 'getProduct') return { body: fx.tshirt };
    return answer(request, operation);
  };
}

describe('Kibo adapter: catalog', () => {
  it('configures a product with Kibo’s attribute FQNs and values, and reads the variant back', async () => {
    const world = kiboWorld(kibo(() => ({ body: configuredRed })));
    const variant = await world.adapter.configureProduct({
      siteId: '101',
      productId: 'TSHIRT',
      options: { Color: 'Red', Size: 'M' },
    });
    const post = world.requests.at(-1)!;
    expect(post.method).to.equal('POST');
    expect(route(post).path).to.equal('/commerce/catalog/storefront/products/TSHIRT/configure');
    expect(post.headers['x-vol-site']).to.equal('101');
    expect(post.body).to.deep.equal({
      options: [
        { attributeFQN: 'tenant~color', value: 'red' },
        { attributeFQN: 'tenant~size', value: 'M' },
      ],
    });
    expect(variant).to.deep.equal({
      id: 'TSHIRT-RED-M',
      productId: 'TSHIRT',
      code: 'TSHIRT-RED-M',
      options: { Color: 'Red', Size: 'M' },
      price: { amount: 2000, currency: 'USD' },
      inStock: true,
    });
    expectSchemaTrue(world);
  });

  it('refuses a combination that does not exist with a NotFoundError, asking Kibo nothing for an unknown value', async () => {
    const world = kiboWorld(kibo(() => ({ body: { ...configuredRed, variationProductCode: null } })));
    const unknown = await world.adapter
      .configureProduct({ siteId: '101', productId: 'TSHIRT', options: { Color: 'Green', Size: 'M' } })
      .catch((e: unknown) => e);
    expect(unknown).to.be.instanceOf(NotFoundError);
    expect(world.requests.map(operationOf)).not.to.include('configureProduct');
    const none = await world.adapter
      .configureProduct({ siteId: '101', productId: 'TSHIRT', options: { Color: 'Blue', Size: 'M' } })
      .catch((e: unknown) => e);
    expect(none).to.be.instanceOf(NotFoundError);
    expect((none as Error).message).to.include('this combination of options does not exist');
    expectSchemaTrue(world);
  });

  it('lists the price lists of the host’s codes that are enabled for the site', async () => {
    const lists: Record<string, FakeAnswer> = {
      vip: { body: vip },
      employee: { body: { ...vip, priceListCode: 'employee', name: 'Employee', description: null, validSites: [103] } },
      old: { body: { ...vip, priceListCode: 'old', name: 'Old', enabled: false } },
      gone: { status: 404, body: fx.kiboError('Price list not found', [], 'ITEM_NOT_FOUND') },
    };
    const world = kiboWorld(
      kibo((request) => lists[route(request).path.split('/').pop()!]!),
      {
        priceListCodes: ['vip', 'employee', 'old', 'gone'],
      },
    );
    const found = await world.adapter.listPriceLists({ siteId: '101' });
    expect(found).to.deep.equal([{ id: 'vip', name: 'VIP', description: '10% below list' }]);
    expect(world.requests.map((r) => route(r).path)).to.deep.equal([
      '/commerce/catalog/storefront/pricelists/vip',
      '/commerce/catalog/storefront/pricelists/employee',
      '/commerce/catalog/storefront/pricelists/old',
      '/commerce/catalog/storefront/pricelists/gone',
    ]);
    for (const request of world.requests) expect(request.headers['x-vol-site']).to.equal('101');
    expectSchemaTrue(world);
  });

  it('lists no price lists, asking nothing, when the host names none', async () => {
    const world = kiboWorld(kibo(() => ({ body: vip })));
    expect(await world.adapter.listPriceLists({ siteId: '101' })).to.deep.equal([]);
    expect(world.requests).to.have.length(0);
  });
});
