import { expect } from '@open-wc/testing';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { KIBO_OPERATION_IDS } from '../../mocks/kibo/handlers.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { kiboOperations } from '../kibo/validate.js';
import { BALANCE_CODES, LOCATIONS, PRODUCTS, VARIANTS } from '../support/fixtures.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface CheckoutSettings {
  paymentSettings: {
    gateways: { supportedCards: string[] }[];
    payByMail: boolean;
    purchaseOrder: {
      isEnabled: boolean;
      paymentTerms: { code: string; description: string }[];
      customFields: { code: string; label: string; isRequired: boolean }[];
    };
  };
}

interface InventoryEntry {
  locationCode: string;
  partNumber: string;
  available: number;
  futureInventory?: { available: number; deliveryDate: string }[];
}

describe('Kibo-shaped mock: checkout settings, credits, price lists, inventory v5', () => {
  const kibo = useKiboMock();

  it("gives each site's payment settings", async () => {
    const { body: us } = await kibo.call<CheckoutSettings>('getCheckoutSettings', '/commerce/settings/checkout');
    expect(us.paymentSettings.gateways).to.have.length(1);
    expect(us.paymentSettings.payByMail).to.equal(true);
    expect(us.paymentSettings.purchaseOrder.paymentTerms.map((t) => t.code)).to.deep.equal(['net-30', 'net-60']);
    expect(us.paymentSettings.purchaseOrder.customFields.map((f) => [f.code, f.isRequired])).to.deep.equal([
      ['buyer', false],
    ]);
    const { body: wholesale } = await kibo.call<CheckoutSettings>(
      'getCheckoutSettings',
      '/commerce/settings/checkout',
      {
        site: 'wholesale',
      },
    );
    expect(wholesale.paymentSettings.purchaseOrder.customFields.map((f) => [f.code, f.isRequired])).to.deep.equal([
      ['buyer', false],
      ['costCenter', true],
    ]);
  });

  it('answers store credit and gift card balances as customer credits', async () => {
    const { body: credit } = await kibo.call<{ creditType: string; currentBalance: number; currencyCode: string }>(
      'getCredit',
      `/commerce/customer/credits/${BALANCE_CODES.storeCreditAda.code}`,
    );
    expect(credit).to.include({ creditType: 'StoreCredit', currentBalance: 40, currencyCode: 'USD' });
    const { body: gift } = await kibo.call<{ creditType: string; currentBalance: number }>(
      'getCredit',
      `/commerce/customer/credits/${BALANCE_CODES.giftCard25.code}`,
    );
    expect(gift).to.include({ creditType: 'GiftCard', currentBalance: 25 });
    const { status, body } = await kibo.call<KiboErrorBody>('getCredit', '/commerce/customer/credits/NOPE', {
      expectError: true,
    });
    expect([status, body.errorCode]).to.deep.equal([404, 'ITEM_NOT_FOUND']);
  });

  it('reads a price list with the sites it is valid on', async () => {
    const { body } = await kibo.call<{ priceListCode: string; name: string; enabled: boolean; validSites: number[] }>(
      'getPriceList',
      '/commerce/catalog/storefront/pricelists/employee',
    );
    expect(body).to.include({ priceListCode: 'employee', name: 'Employee', enabled: true });
    expect(body.validSites).to.deep.equal([KIBO_SITE_IDS['us'], KIBO_SITE_IDS['ca']]);
  });

  it('gives stock per location and the direct-ship aggregate with future stock', async () => {
    const { body } = await kibo.call<InventoryEntry[]>(
      'getInventory',
      `/commerce/inventory/v5/inventory?x-vol-site=${KIBO_SITE_IDS['us']}`,
      {
        site: null,
        body: { type: 'ANY', items: [{ partNumber: VARIANTS.trailRunner9Blue.code }], includeFutureInventory: true },
      },
    );
    expect(body.map((e) => [e.locationCode, e.available, e.futureInventory!.map((f) => f.available)])).to.deep.equal([
      [LOCATIONS.centralWarehouse.id, 0, [2, 5]],
      [LOCATIONS.downtown.id, 3, []],
    ]);

    const { body: pickup } = await kibo.call<InventoryEntry[]>('getInventory', '/commerce/inventory/v5/inventory', {
      body: { type: 'ALL_STORES', items: [{ partNumber: PRODUCTS.canvasTote.code }], pickup: true },
    });
    expect(pickup.map((e) => [e.locationCode, e.available])).to.deep.equal([
      [LOCATIONS.downtown.id, 18],
      [LOCATIONS.airport.id, 6],
      [LOCATIONS.uptown.id, 12],
    ]);

    const { body: aggregate } = await kibo.call<{ partNumber: string; available: number }[]>(
      'getAggregateInventory',
      '/commerce/inventory/v5/inventory/aggregate',
      {
        body: {
          items: [{ partNumber: VARIANTS.trailRunner9Blue.code }, { partNumber: PRODUCTS.canvasTote.code }],
          directShip: true,
          includeFutureInventory: 'futureAndCurrent',
        },
      },
    );
    expect(aggregate.map((a) => [a.partNumber, a.available])).to.deep.equal([
      [VARIANTS.trailRunner9Blue.code, 7],
      [PRODUCTS.canvasTote.code, 240],
    ]);
  });
});

describe('Kibo-shaped mock: coverage of the trimmed definitions', () => {
  const kibo = useKiboMock();

  it('serves every operation of test/kibo/kibo-openapi.json and of our payment service schema, and only those', async () => {
    const { operations } = await kiboOperations();
    expect([...KIBO_OPERATION_IDS].sort()).to.deep.equal(operations.map((o) => o.id).sort());
  });

  it('resolves no price list (our customers have none of their own)', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>(
      'getResolvedPriceList',
      '/commerce/catalog/storefront/pricelists/resolved?customerAccountId=1',
      { expectError: true },
    );
    expect([status, body.errorCode]).to.deep.equal([404, 'ITEM_NOT_FOUND']);
    expect(body.message).to.match(/no price list resolves/);
  });
});
