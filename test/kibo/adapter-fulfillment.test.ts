/**
 * The Kibo adapter's fulfillment options for an item: Direct Ship from the aggregate inventory,
 * with the direct-ship location's future stock, and each pickup and delivery location with its
 * stock, current and future; stock expected makes an option available, as in our backend.
 */
import { expect } from '@open-wc/testing';
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
