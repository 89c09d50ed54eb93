import { expect } from '@open-wc/testing';
import type { KiboConfiguredProduct, KiboProduct } from '../../mocks/kibo/shapes.js';
import { attributeFqn } from '../../mocks/kibo/shapes.js';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { LOCATIONS, PRODUCTS, VARIANTS } from '../support/fixtures.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface Collection<T> {
  items: T[];
  totalCount: number;
}

interface LocationInventory {
  locationCode: string;
  stockAvailable: number;
  futureInventories?: { available: number; deliveryDate: string }[];
}

interface KiboLocation {
  code: string;
  name: string;
  isDisabled: boolean;
  fulfillmentTypes: { code: string; name: string }[];
}

describe('Kibo-shaped mock: catalog and locations', () => {
  const kibo = useKiboMock();

  it('finds the Canvas Tote Bag by search, priced in the site currency', async () => {
    const { body } = await kibo.call<Collection<KiboProduct>>(
      'searchProducts',
      '/commerce/catalog/storefront/productsearch/search?query=canvas%20tote&pageSize=5',
    );
    const tote = body.items.find((p) => p.productCode === PRODUCTS.canvasTote.code);
    expect(tote, JSON.stringify(body.items.map((p) => p.productCode))).to.exist;
    expect(tote!.content.productName).to.equal('Canvas Tote Bag');
    expect(tote!.productUsage).to.equal('Standard');
    expect(tote!.price.price).to.equal(24.99);

    const { body: canada } = await kibo.call<Collection<KiboProduct>>(
      'searchProducts',
      '/commerce/catalog/storefront/productsearch/search?query=canvas%20tote',
      { site: 'ca' },
    );
    expect(canada.items.find((p) => p.productCode === PRODUCTS.canvasTote.code)!.price.price).to.equal(32.99);
  });

  it('reads a configurable product with its options and variations', async () => {
    const { body } = await kibo.call<KiboProduct>(
      'getProduct',
      `/commerce/catalog/storefront/products/${PRODUCTS.trailRunner.code}`,
    );
    expect(body.productUsage).to.equal('Configurable');
    expect(body.options.map((o) => o.attributeDetail.name)).to.deep.equal(['Size', 'Color']);
    const blue9 = body.variations.find((v) => v.productCode === VARIANTS.trailRunner9Blue.code)!;
    expect(blue9.options.map((o) => [o.attributeFQN, o.value])).to.deep.equal([
      [attributeFqn('Size'), '9'],
      [attributeFqn('Color'), 'Blue'],
    ]);
    expect(blue9.inventoryInfo.onlineStockAvailable).to.equal(3);
    const red12 = body.variations.find((v) => v.productCode === VARIANTS.trailRunner12Red.code)!;
    expect(red12.inventoryInfo.onlineStockAvailable).to.equal(0);
  });

  it('configures a variation from option selections', async () => {
    const { body } = await kibo.call<KiboConfiguredProduct>(
      'configureProduct',
      `/commerce/catalog/storefront/products/${PRODUCTS.trailRunner.code}/configure`,
      {
        body: {
          options: [
            { attributeFQN: attributeFqn('Size'), value: '9' },
            { attributeFQN: attributeFqn('Color'), value: 'Blue' },
          ],
        },
      },
    );
    expect(body.variationProductCode).to.equal(VARIANTS.trailRunner9Blue.code);
    expect(body.price.price).to.equal(89.99);
    expect(body.purchasableState.isPurchasable).to.equal(true);
  });

  it('answers options still to choose as not purchasable, without a variation code', async () => {
    const { body } = await kibo.call<KiboConfiguredProduct>(
      'configureProduct',
      `/commerce/catalog/storefront/products/${PRODUCTS.trailRunner.code}/configure`,
      { body: { options: [{ attributeFQN: attributeFqn('Size'), value: '9' }] } },
    );
    expect(body.variationProductCode).to.equal(undefined);
    expect(body.purchasableState.isPurchasable).to.equal(false);
    expect(body.purchasableState.messages.map((m) => m.validationType)).to.deep.equal(['MissingOption']);
  });

  it('answers a combination that does not exist as not purchasable, without a variation code', async () => {
    const { body } = await kibo.call<KiboConfiguredProduct>(
      'configureProduct',
      `/commerce/catalog/storefront/products/${PRODUCTS.trailRunner.code}/configure`,
      {
        body: {
          options: [
            { attributeFQN: attributeFqn('Size'), value: '42' },
            { attributeFQN: attributeFqn('Color'), value: 'Blue' },
          ],
        },
      },
    );
    expect(body.variationProductCode).to.equal(undefined);
    expect(body.purchasableState.isPurchasable).to.equal(false);
    expect(body.purchasableState.messages).to.have.length.greaterThan(0);
  });

  it('answers an unknown product with a Kibo 404', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>(
      'getProduct',
      '/commerce/catalog/storefront/products/NOPE',
      {
        expectError: true,
      },
    );
    expect(status).to.equal(404);
    expect(body).to.include({ errorCode: 'ITEM_NOT_FOUND', applicationName: 'Catalog' });
  });

  it('gives stock per location, with future stock when asked', async () => {
    const { body: tote } = await kibo.call<Collection<LocationInventory>>(
      'getLocationInventory',
      `/commerce/catalog/storefront/products/${PRODUCTS.canvasTote.code}/locationinventory`,
    );
    expect(Object.fromEntries(tote.items.map((i) => [i.locationCode, i.stockAvailable]))).to.deep.equal({
      [LOCATIONS.centralWarehouse.id]: 240,
      [LOCATIONS.downtown.id]: 18,
      [LOCATIONS.airport.id]: 6,
      [LOCATIONS.uptown.id]: 12,
    });

    const { body: blue9 } = await kibo.call<Collection<LocationInventory>>(
      'getLocationInventory',
      `/commerce/catalog/storefront/products/${VARIANTS.trailRunner9Blue.code}/locationinventory` +
        `?locationCodes=${LOCATIONS.centralWarehouse.id},${LOCATIONS.downtown.id}&includeFutureInventory=true`,
    );
    expect(
      blue9.items.map((i) => [i.locationCode, i.stockAvailable, i.futureInventories!.map((f) => f.available)]),
    ).to.deep.equal([
      [LOCATIONS.centralWarehouse.id, 0, [2, 5]],
      [LOCATIONS.downtown.id, 3, []],
    ]);
    expect(blue9.items[0]!.futureInventories![0]!.deliveryDate).to.match(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('lists pickup (SP) and delivery (DL) locations and the direct ship one, closed ones disabled', async () => {
    kibo.backend.setLocationClosed(LOCATIONS.airport.id, true);
    const { body: pickup } = await kibo.call<Collection<KiboLocation>>(
      'getInStorePickupLocations',
      '/commerce/storefront/locationUsageTypes/SP/locations',
    );
    expect(pickup.items.map((l) => [l.code, l.isDisabled])).to.deep.equal([
      [LOCATIONS.downtown.id, false],
      [LOCATIONS.airport.id, true],
      [LOCATIONS.uptown.id, false],
    ]);
    const { body: delivery } = await kibo.call<Collection<KiboLocation>>(
      'getDeliveryLocations',
      '/commerce/storefront/locationUsageTypes/DL/locations',
    );
    expect(delivery.items.map((l) => l.code)).to.deep.equal([LOCATIONS.uptown.id]);
    expect(delivery.items[0]!.fulfillmentTypes.map((t) => t.code)).to.deep.equal(['SP', 'DL']);
    const { body: directShip } = await kibo.call<KiboLocation>(
      'getDirectShipLocation',
      '/commerce/storefront/locationUsageTypes/DS/location',
    );
    expect(directShip.code).to.equal(LOCATIONS.centralWarehouse.id);
  });
});
