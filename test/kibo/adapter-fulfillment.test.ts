/**
 * The Kibo adapter's fulfillment options for an item: Direct Ship from the aggregate inventory,
 * with the direct-ship location's future stock, and each pickup and delivery location with its
 * stock, current and future; stock expected makes an option available, as in our backend.
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/adapter/errors.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const location = (code: string, name: string, extra: Record<string, unknown> = {}) => ({
  code,
  name,
  isDisabled: false,
  allowFulfillmentWithNoStock: false,
  fulfillmentTypes: [{ code: 'SP', name: 'In Store Pickup' }],
  ...extra,
});

const pickup = {
  startIndex: 0,
  pageSize: 200,
  pageCount: 1,
  totalCount: 3,
  items: [
    location('downtown', 'Downtown'),
    location('airport', 'Airport', { isDisabled: true }),
    location('uptown', 'Uptown'),
  ],
};
const delivery = {
  startIndex: 0,
  pageSize: 200,
  pageCount: 1,
  totalCount: 1,
  items: [location('downtown', 'Downtown')],
};
const stock = {
  totalCount: 4,
  items: [
    { locationCode: 'downtown', productCode: 'TSHIRT-RED-M', stockAvailable: 3, futureInventories: [] },
    { locationCode: 'airport', productCode: 'TSHIRT-RED-M', stockAvailable: 5 },
    {
      locationCode: 'uptown',
      productCode: 'TSHIRT-RED-M',
      stockAvailable: 0,
      futureInventories: [{ available: 6, deliveryDate: '2026-12-15T00:00:00Z' }],
    },
    {
      locationCode: 'warehouse',
      productCode: 'TSHIRT-RED-M',
      stockAvailable: 12,
      futureInventories: [{ available: 20, deliveryDate: '2027-01-10T00:00:00Z' }],
    },
  ],
};

function kibo(overrides: Record<string, FakeAnswer> = {}) {
  const answers: Record<string, FakeAnswer> = {
    getProduct: { body: fx.tshirt },
    getAggregateInventory: { body: [{ partNumber: 'TSHIRT-RED-M', available: 12, onHand: 14 }] },
    getInStorePickupLocations: { body: pickup },
    getDeliveryLocations: { body: delivery },
    getDirectShipLocation: { body: location('warehouse', 'Warehouse') },
    getLocationInventory: { body: stock },
    ...overrides,
  };
  return (request: RecordedRequest): FakeAnswer => answers[operationOf(request)]!;
}

describe('Kibo adapter: fulfillment options', () => {
  it('offers Direct Ship and each pickup and delivery location with its stock', async () => {
    const world = kiboWorld(kibo());
    const options = await world.adapter.getFulfillmentOptions({
      siteId: '101',
      productId: 'TSHIRT',
      variantId: 'TSHIRT-RED-M',
    });
    const byOperation = Object.fromEntries(world.requests.map((r) => [operationOf(r), r]));
    expect(byOperation.getAggregateInventory!.body).to.deep.equal({
      items: [{ partNumber: 'TSHIRT-RED-M' }],
      directShip: true,
    });
    expect(route(byOperation.getAggregateInventory!).query).to.deep.equal({ 'x-vol-site': '101' });
    expect(route(byOperation.getLocationInventory!)).to.deep.equal({
      path: '/commerce/catalog/storefront/products/TSHIRT-RED-M/locationinventory',
      query: { locationCodes: 'downtown,airport,uptown,warehouse', includeFutureInventory: 'true' },
    });
    for (const request of world.requests) expect(request.headers['x-vol-site']).to.equal('101');
    expect(options).to.deep.equal([
      {
        id: 'ship',
        kind: 'ship',
        locationId: null,
        locationName: null,
        inventory: { current: 12, future: [{ quantity: 20, expectedDate: '2027-01-10' }] },
        available: true,
      },
      {
        id: 'pickup:downtown',
        kind: 'pickup',
        locationId: 'downtown',
        locationName: 'Downtown',
        inventory: { current: 3, future: [] },
        available: true,
      },
      {
        id: 'pickup:airport',
        kind: 'pickup',
        locationId: 'airport',
        locationName: 'Airport',
        inventory: { current: 5, future: [] },
        available: false,
        unavailableReason: 'location-closed',
        unavailableMessage: 'Airport is closed.',
      },
      {
        id: 'pickup:uptown',
        kind: 'pickup',
        locationId: 'uptown',
        locationName: 'Uptown',
        inventory: { current: 0, future: [{ quantity: 6, expectedDate: '2026-12-15' }] },
        available: true,
      },
      {
        id: 'delivery:downtown',
        kind: 'delivery',
        locationId: 'downtown',
        locationName: 'Downtown',
        inventory: { current: 3, future: [] },
        available: false,
        unavailableReason: 'not-supported',
        unavailableMessage: 'This item cannot be fulfilled at Downtown.',
      },
    ]);
    expectSchemaTrue(world);
  });

  it('asks no location inventory when the site has no pickup, delivery or direct-ship location', async () => {
    const empty = { startIndex: 0, pageSize: 200, pageCount: 0, totalCount: 0, items: [] };
    const world = kiboWorld(
      kibo({
        getInStorePickupLocations: { body: empty },
        getDeliveryLocations: { body: empty },
        getDirectShipLocation: { status: 404, body: { errorCode: 'ITEM_NOT_FOUND', message: 'Item not found' } },
      }),
    );
    const options = await world.adapter.getFulfillmentOptions({ siteId: '101', productId: 'MUG' });
    expect(options.map((o) => o.id)).to.deep.equal(['ship']);
    expect(world.requests.map(operationOf)).not.to.include('getLocationInventory');
    expectSchemaTrue(world);
  });
});

describe('Kibo adapter: fulfillment options of many items at once', () => {
  const gone = { status: 404, body: { errorCode: 'ITEM_NOT_FOUND', message: 'Item not found' } };
  const bulkStock = {
    totalCount: 6,
    items: [
      ...stock.items,
      { locationCode: 'downtown', productCode: 'MUG', stockAvailable: 1 },
      { locationCode: 'warehouse', productCode: 'MUG', stockAvailable: 4 },
    ],
  };

  /** The fake Kibo, answering each product by its code and the bulk calls for the tee and the mug. */
  function bulk(request: RecordedRequest): FakeAnswer {
    const operation = operationOf(request);
    if (operation === 'getProduct') {
      const code = decodeURIComponent(route(request).path.split('/').pop()!);
      return code === 'TSHIRT' ? { body: fx.tshirt } : code === 'MUG' ? { body: fx.mug } : gone;
    }
    if (operation === 'getAggregateInventory') {
      return {
        body: [
          { partNumber: 'TSHIRT-RED-M', available: 12, onHand: 14 },
          { partNumber: 'MUG', available: 4, onHand: 4 },
        ],
      };
    }
    if (operation === 'getLocationInventories') return { body: bulkStock };
    return kibo()(request);
  }

  it('asks each product once, and the stock of every item in one aggregate and one location inventory call', async () => {
    const world = kiboWorld(bulk);
    const batch = await world.adapter.getFulfillmentOptionsBatch!({
      siteId: '101',
      items: [
        { productId: 'TSHIRT', variantId: 'TSHIRT-RED-M' },
        { productId: 'MUG' },
        { productId: 'GONE' },
        // A configurable product without its variation: Kibo stocks none.
        { productId: 'TSHIRT', variantId: null },
        { productId: 'MUG', variantId: null },
      ],
    });
    const count = (operation: string) => world.requests.filter((r) => operationOf(r) === operation);
    expect(count('getProduct').map((r) => route(r).path)).to.deep.equal([
      '/commerce/catalog/storefront/products/TSHIRT',
      '/commerce/catalog/storefront/products/MUG',
      '/commerce/catalog/storefront/products/GONE',
    ]);
    expect(count('getAggregateInventory').map((r) => r.body)).to.deep.equal([
      { items: [{ partNumber: 'TSHIRT-RED-M' }, { partNumber: 'MUG' }], directShip: true },
    ]);
    expect(count('getLocationInventories').map((r) => r.body)).to.deep.equal([
      {
        productCodes: ['TSHIRT-RED-M', 'MUG'],
        locationCodes: ['downtown', 'airport', 'uptown', 'warehouse'],
        includeFutureInventory: true,
      },
    ]);
    expect(count('getLocationInventory')).to.deep.equal([]);
    for (const operation of ['getInStorePickupLocations', 'getDeliveryLocations', 'getDirectShipLocation'])
      expect(count(operation), operation).to.have.length(1);
    for (const request of world.requests) expect(request.headers['x-vol-site']).to.equal('101');

    // The tee as the single-item call gives it; the mug with its own stock; the others unknown.
    const single = await kiboWorld(kibo()).adapter.getFulfillmentOptions({
      siteId: '101',
      productId: 'TSHIRT',
      variantId: 'TSHIRT-RED-M',
    });
    expect(batch[0]).to.deep.equal(single);
    const stockOf = (options: typeof single | null | undefined) =>
      options?.map((o) => [o.id, o.inventory.current, o.available]);
    expect(stockOf(batch[1])).to.deep.equal([
      ['ship', 4, true],
      ['pickup:downtown', 1, true],
      ['pickup:airport', 0, false],
      ['pickup:uptown', 0, false],
      ['delivery:downtown', 1, true],
    ]);
    expect(batch[4]).to.deep.equal(batch[1]);
    expect(batch.slice(2, 4)).to.deep.equal([null, null]);
    expectSchemaTrue(world);
  });

  it('refuses more than 100 items, and asks nothing for none', async () => {
    const world = kiboWorld(bulk);
    const items = Array.from({ length: 101 }, () => ({ productId: 'MUG' }));
    const error = await world.adapter.getFulfillmentOptionsBatch!({ siteId: '101', items }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect(await world.adapter.getFulfillmentOptionsBatch!({ siteId: '101', items: [] })).to.deep.equal([]);
    expect(world.requests).to.deep.equal([]);
  });
});
