/**
 * Checkout settings, customer credits, price lists and inventory v5 of the Kibo-shaped mock
 * (docs/KIBO.md: `listPaymentTypes`, `checkBalance`, `listPriceLists`, `getFulfillmentOptions`).
 *
 * - `getCheckoutSettings`: a credit-card payment type is one gateway, a check `payByMail`, a
 *   purchase order `purchaseOrder` with its terms and custom fields. Store credit and gift cards
 *   have no site setting in Kibo.
 * - `getCredit`: our store-credit and gift-card balance codes are Kibo customer credits
 *   (`creditType` `StoreCredit` or `GiftCard`), in the site's currency; a code the site does not
 *   take is not found.
 * - `getResolvedPriceList`: 404 (`ITEM_NOT_FOUND`): our customers have no price list of their own
 *   and our sites no default one.
 * - `getPriceList`: our price lists by code; `validSites` are the Kibo numbers of the sites whose
 *   customer set may use them.
 * - Inventory v5: `partNumber` (or `sku`) is our variant's code, or a simple product's code.
 *   `getInventory` answers one entry per location (after `locationWhitelist`, and `pickup: true`
 *   keeping the pickup locations) with stock, or every one for `type: 'ALL_STORES'`;
 *   `getAggregateInventory` with `directShip: true` sums the ship-from locations, otherwise all.
 */
import type { CatalogProduct, CatalogVariant } from '../catalog-types.js';
import { MockProblem } from '../problem.js';
import { fieldError, kiboBadParameter, kiboNotFound } from './errors.js';
import type { KiboContext, KiboRoute } from './route.js';
import { KIBO_TENANT_ID, kiboSiteId, toMajor } from './shapes.js';

interface ItemRef {
  partNumber?: string;
  sku?: string;
  quantity?: number;
}

function objectBody<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw kiboBadParameter('The request body must be a JSON object.');
  return body as T;
}

export function settingsRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;

  /** The stock key and part number of an item of an inventory request. */
  const stockItem = (item: ItemRef, index: number): { key: string; partNumber: string } => {
    const code = item.partNumber ?? item.sku ?? '';
    let found: { product: CatalogProduct; variant: CatalogVariant | undefined } | undefined;
    for (const product of backend.seed.products) {
      const variant = product.variants.find((v) => v.code === code);
      if (variant || (product.code === code && product.type === 'simple')) found = { product, variant };
    }
    if (!found) {
      throw kiboBadParameter(`Unknown part number ${code || '(none)'}.`, [
        fieldError(`items[${index}].partNumber`, 'Use a simple product code or a variation product code.'),
      ]);
    }
    return { key: found.variant?.id ?? found.product.id, partNumber: code };
  };

  const itemsOf = (body: { items?: ItemRef[] }): ItemRef[] => {
    if (!Array.isArray(body.items) || body.items.length === 0) {
      throw kiboBadParameter('items is required.', [fieldError('items', 'Name at least one item.')]);
    }
    return body.items;
  };

  return [
    {
      method: 'get',
      path: '/commerce/settings/checkout',
      operationId: 'getCheckoutSettings',
      application: 'Settings',
      run: (call) => {
        const types = backend.listPaymentTypes(call.site().id);
        const card = types.find((t) => t.kind === 'credit-card');
        const purchaseOrder = types.find((t) => t.kind === 'purchase-order');
        return {
          body: {
            paymentSettings: {
              gateways: card
                ? [
                    {
                      areGatewayCredentialFieldsSet: true,
                      supportedCards: ['VISA', 'MC', 'AMEX', 'DISCOVER'],
                      siteGatewaySupportedCards: ['VISA', 'MC', 'AMEX', 'DISCOVER'].map((cardTypeId) => ({
                        cardTypeId,
                        paymentType: 'CreditCard',
                        gatewayAccountId: 'mock-gateway',
                      })),
                    },
                  ]
                : [],
              payByMail: types.some((t) => t.kind === 'check'),
              purchaseOrder: {
                isEnabled: Boolean(purchaseOrder),
                allowSplitPayment: true,
                paymentTerms: (purchaseOrder?.terms ?? []).map((t, i) => ({
                  code: t.id,
                  description: t.label,
                  sequenceNumber: i + 1,
                })),
                customFields: (purchaseOrder?.fields ?? []).map((f, i) => ({
                  code: f.name,
                  label: f.label,
                  isRequired: f.required,
                  isEnabled: true,
                  sequenceNumber: i + 1,
                })),
              },
              externalPaymentWorkflowDefinitions: [],
            },
          },
        };
      },
    },
    {
      method: 'get',
      path: '/commerce/customer/credits/:code',
      operationId: 'getCredit',
      application: 'Customer',
      run: (call) => {
        const site = call.site();
        const code = call.params['code']!;
        const entry = backend.seed.balances.find((b) => b.code.toUpperCase() === code.toUpperCase());
        if (!entry) throw kiboNotFound(`credit ${code}`, 'Customer');
        let available: number;
        try {
          available = backend.checkBalance(site.id, entry.typeId, entry.code).available.amount;
        } catch (error) {
          if (error instanceof MockProblem) throw kiboNotFound(`credit ${code}`, 'Customer');
          throw error;
        }
        return {
          body: {
            code: entry.code,
            creditType: entry.typeId === 'gift-card' ? 'GiftCard' : 'StoreCredit',
            currencyCode: site.currency,
            currentBalance: toMajor({ amount: available, currency: site.currency }),
            initialBalance: toMajor({ amount: entry.amount, currency: site.currency }),
          },
        };
      },
    },
    // Before the price list by code, whose path would take "resolved" for a code.
    {
      method: 'get',
      path: '/commerce/catalog/storefront/pricelists/resolved',
      operationId: 'getResolvedPriceList',
      application: 'Catalog',
      run: (call) => {
        call.site();
        const raw = call.query.get('customerAccountId');
        if (raw !== null && !context.customerByAccountId(Number(raw)))
          throw kiboNotFound(`customer account ${raw}`, 'Catalog');
        // Our customers have no price list of their own, and our sites no default one.
        throw kiboNotFound('no price list resolves for this customer on this site', 'Catalog');
      },
    },
    {
      method: 'get',
      path: '/commerce/catalog/storefront/pricelists/:priceListCode',
      operationId: 'getPriceList',
      application: 'Catalog',
      run: (call) => {
        const code = call.params['priceListCode']!;
        const index = backend.seed.priceLists.findIndex((l) => l.id === code);
        const list = backend.seed.priceLists[index];
        if (!list) throw kiboNotFound(`price list ${code}`, 'Catalog');
        const sites = backend.listSites();
        return {
          body: {
            priceListCode: list.id,
            priceListId: index + 1,
            name: list.name,
            description: list.description,
            enabled: true,
            isSiteDefault: false,
            filteredInStoreFront: false,
            resolvable: true,
            validSites: sites
              .filter((s) => list.customerSetIds.includes(s.customerSetId))
              .map((s) => kiboSiteId(sites, s.id)),
          },
        };
      },
    },
    {
      method: 'post',
      path: '/commerce/inventory/v5/inventory',
      operationId: 'getInventory',
      application: 'Inventory',
      run: (call) => {
        call.site();
        const body = objectBody<{
          type?: string;
          items?: ItemRef[];
          locationWhitelist?: string[];
          pickup?: boolean;
          includeFutureInventory?: boolean;
        }>(call.body);
        if (!['ALL', 'PARTIAL', 'ANY', 'ALL_STORES'].includes(body.type ?? '')) {
          throw kiboBadParameter('type must be ALL, PARTIAL, ANY or ALL_STORES.', [fieldError('type', 'Required.')]);
        }
        const items = itemsOf(body).map(stockItem);
        let locations = backend.seed.locations;
        if (Array.isArray(body.locationWhitelist) && body.locationWhitelist.length > 0) {
          locations = locations.filter((l) => body.locationWhitelist!.includes(l.id));
        }
        if (body.pickup) locations = locations.filter((l) => l.pickup);
        return {
          body: items.flatMap(({ key, partNumber }) =>
            locations
              .map((location) => ({ location, stock: backend.inventoryAt(key, location.id) }))
              .filter(({ stock }) => body.type === 'ALL_STORES' || stock.current > 0 || stock.future.length > 0)
              .map(({ location, stock }) => ({
                tenantID: KIBO_TENANT_ID,
                locationCode: location.id,
                locationName: location.name,
                partNumber,
                sku: partNumber,
                onHand: stock.current,
                available: stock.current,
                allocated: 0,
                pending: 0,
                pickup: location.pickup,
                directShip: location.shipFrom,
                countryCode: location.country,
                ...(body.includeFutureInventory
                  ? {
                      futureInventory: stock.future.map((f) => ({
                        available: f.quantity,
                        onhand: f.quantity,
                        deliveryDate: `${f.expectedDate}T00:00:00Z`,
                      })),
                    }
                  : {}),
              })),
          ),
        };
      },
    },
    {
      method: 'post',
      path: '/commerce/inventory/v5/inventory/aggregate',
      operationId: 'getAggregateInventory',
      application: 'Inventory',
      run: (call) => {
        call.site();
        const body = objectBody<{ items?: ItemRef[]; directShip?: boolean; includeFutureInventory?: string }>(
          call.body,
        );
        const locations = backend.seed.locations.filter(
          (l) => (!body.directShip || l.shipFrom) && !backend.isLocationClosed(l.id),
        );
        return {
          body: itemsOf(body)
            .map(stockItem)
            .map(({ key, partNumber }) => {
              const stocks = locations.map((l) => backend.inventoryAt(key, l.id));
              const current = stocks.reduce((sum, s) => sum + s.current, 0);
              const future = stocks.reduce((sum, s) => sum + s.future.reduce((n, f) => n + f.quantity, 0), 0);
              const available =
                body.includeFutureInventory === 'futureOnly'
                  ? future
                  : body.includeFutureInventory === 'futureAndCurrent'
                    ? current + future
                    : current;
              return { tenantID: KIBO_TENANT_ID, partNumber, sku: partNumber, onHand: current, available };
            }),
        };
      },
    },
  ];
}
