/**
 * The fulfillment options of the Kibo adapter (docs/KIBO.md, `getFulfillmentOptions`): for one
 * item, and for many at once (`getFulfillmentOptionsBatch`).
 *
 * A batch of up to `FULFILLMENT_BATCH_LIMIT` items costs, whatever its size: the three location
 * lists (pickup, delivery, direct-ship) once, one aggregate inventory call for every item's code
 * (`getAggregateInventory` takes many items) and one location inventory call for every code at
 * every location (`getLocationInventories`, Kibo's bulk "location inventories for a list of
 * products"). What Kibo cannot give in one call is the products' details, whose
 * `fulfillmentTypesSupported` say which fulfillment each product allows: the storefront's product
 * list filters only by `eq`, `ne`, `gt`, `lt`, `sw` and `cont` in its definitions (no `in`, no
 * `or`), so each distinct product is read on its own, in parallel (1,000 lines of 605 products of
 * which many variants share a product: one read per product, not per line).
 */
import { FULFILLMENT_BATCH_LIMIT, type CallInit, type OrderAdapter } from '../adapter/adapter.js';
import { NotFoundError, ValidationError } from '../adapter/errors.js';
import { pathOf } from '../adapter/http.js';
import type { FulfillmentOption, Inventory } from '../model/types.js';
import type { KiboRequest, KiboRequester } from './client.js';
import * as f from './decode-fulfillment.js';
import type { KiboAggregateRequest, KiboLocationInventoryQuery } from './kibo-types.js';

const ACTION = 'load the fulfillment options';
const PRODUCT_GONE = 'this product no longer exists. Search for it again.';
/** Kibo's largest page ("the maximum value is 200"). */
const MAX_PAGE = 200;

/** Where an item can be fulfilled from: the pickup and delivery locations, and the direct-ship location's code. */
interface Places {
  pickup: f.KiboPlace[];
  delivery: f.KiboPlace[];
  shipFrom: string | null;
}

/** The options of an item from its product's supported fulfillment, the places, and its stock. */
function optionsOf(
  product: f.Supported,
  { pickup, delivery, shipFrom }: Places,
  shipStock: number,
  stock: Map<string, Inventory>,
): FulfillmentOption[] {
  const none: Inventory = { current: 0, future: [] };
  if (product.digital) return [{ ...f.DIGITAL_OPTION, inventory: { current: 0, future: [] } }];
  return [
    f.option(
      'ship',
      null,
      { current: shipStock, future: (shipFrom && stock.get(shipFrom)?.future) || [] },
      product.ship,
    ),
    ...pickup.map((l) => f.option('pickup', l, stock.get(l.code) ?? none, product.pickup)),
    ...delivery.map((l) => f.option('delivery', l, stock.get(l.code) ?? none, product.delivery)),
  ];
}

/** The location codes whose stock the options need. */
const codesOf = ({ pickup, delivery, shipFrom }: Places) => [
  ...new Set([...pickup, ...delivery].map((l) => l.code).concat(shipFrom ?? [])),
];

export function fulfillmentReads(
  request: KiboRequester,
): Required<Pick<OrderAdapter, 'getFulfillmentOptions' | 'getFulfillmentOptionsBatch'>> {
  const read = <T>(
    siteId: string,
    path: string,
    decode: (value: unknown) => T,
    init?: CallInit,
    extra: Pick<KiboRequest<T>, 'notFound' | 'query'> = {},
  ) => request({ action: ACTION, method: 'GET', path, siteId, retry: true, decode, ...extra }, init);

  const product = (siteId: string, productId: string, init?: CallInit) =>
    read(siteId, pathOf`/commerce/catalog/storefront/products/${productId}`, f.supported, init, {
      notFound: PRODUCT_GONE,
    });

  async function places(siteId: string, init?: CallInit): Promise<Places> {
    const locationsOf = (type: 'SP' | 'DL') =>
      read(siteId, `/commerce/storefront/locationUsageTypes/${type}/locations`, f.locations, init, {
        query: { pageSize: MAX_PAGE },
      });
    const directShip = read(
      siteId,
      '/commerce/storefront/locationUsageTypes/DS/location',
      f.directShipCode,
      init,
    ).catch((error: unknown) => {
      // No direct-ship location: no future stock to ship from.
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    const [pickup, delivery, shipFrom] = await Promise.all([locationsOf('SP'), locationsOf('DL'), directShip]);
    return { pickup, delivery, shipFrom };
  }

  /** The units available to Direct Ship of `codes`, in one call (`decode` reads the answer). */
  function aggregate<T>(siteId: string, codes: string[], decode: (value: unknown) => T, init?: CallInit) {
    const body: KiboAggregateRequest = { items: codes.map((partNumber) => ({ partNumber })), directShip: true };
    return request(
      {
        action: ACTION,
        method: 'POST',
        path: '/commerce/inventory/v5/inventory/aggregate',
        // The inventory service takes the site as a query parameter (its definitions say so).
        query: { 'x-vol-site': siteId },
        body,
        siteId,
        retry: true,
        decode,
      },
      init,
    );
  }

  return {
    async getFulfillmentOptions({ siteId, productId, variantId }, init) {
      // The inventory of a configured item is its variation's (which code Kibo's inventory wants
      // for a variation is not in the definitions: the variation product code).
      const code = variantId ?? productId;
      const [supported, shipStock, where] = await Promise.all([
        product(siteId, productId, init),
        aggregate(siteId, [code], f.aggregateStock, init),
        places(siteId, init),
      ]);
      const locationCodes = codesOf(where);
      const stock = locationCodes.length
        ? await read(
            siteId,
            pathOf`/commerce/catalog/storefront/products/${code}/locationinventory`,
            f.locationStock,
            init,
            {
              notFound: PRODUCT_GONE,
              query: { locationCodes: locationCodes.join(','), includeFutureInventory: 'true' },
            },
          )
        : new Map<string, Inventory>();
      return optionsOf(supported, where, shipStock, stock);
    },

    async getFulfillmentOptionsBatch({ siteId, items }, init) {
      if (items.length > FULFILLMENT_BATCH_LIMIT) {
        throw new ValidationError(`Could not ${ACTION}: at most ${FULFILLMENT_BATCH_LIMIT} items at a time.`, [
          { path: 'items', code: 'too-many', message: `Ask for at most ${FULFILLMENT_BATCH_LIMIT} items.` },
        ]);
      }
      if (!items.length) return [];
      const productIds = [...new Set(items.map((item) => item.productId))];
      const [products, where] = await Promise.all([
        Promise.all(
          productIds.map((id) =>
            product(siteId, id, init).catch((error: unknown) => {
              // A product Kibo does not know: its items are unknown, the others still answered.
              if (error instanceof NotFoundError) return null;
              throw error;
            }),
          ),
        ),
        places(siteId, init),
      ]);
      const byId = new Map(productIds.map((id, i) => [id, products[i]]));
      // A configurable product has stock only by variation: without its variant, an item is unknown.
      const codes = items.map(({ productId, variantId }) => {
        const found = byId.get(productId);
        return found && (variantId || !found.configurable) ? (variantId ?? productId) : null;
      });
      const stocked = [...new Set(codes.filter((code) => code !== null))];
      const locationCodes = codesOf(where);
      const query: KiboLocationInventoryQuery = { productCodes: stocked, locationCodes, includeFutureInventory: true };
      const [shipStock, stock] = await Promise.all([
        stocked.length ? aggregate(siteId, stocked, f.aggregateByCode, init) : new Map<string, number>(),
        stocked.length && locationCodes.length
          ? request(
              {
                action: ACTION,
                method: 'POST',
                path: '/commerce/catalog/storefront/products/locationinventory',
                body: query,
                siteId,
                // Reads only: safe to repeat.
                retry: true,
                decode: f.locationStockByCode,
              },
              init,
            )
          : new Map<string, Map<string, Inventory>>(),
      ]);
      return items.map(({ productId }, i) => {
        const code = codes[i];
        const supported = byId.get(productId);
        if (!code || !supported) return null;
        return optionsOf(supported, where, shipStock.get(code) ?? 0, stock.get(code) ?? new Map());
      });
    },
  };
}
