/**
 * The catalog storefront and locations of the Kibo-shaped mock (docs/KIBO.md: `searchProducts`,
 * `getProduct`, `configureProduct`, `getFulfillmentOptions`).
 *
 * Products are addressed by Kibo's product code (our `code`); a variant by its variation product
 * code (our variant `code`), which `getLocationInventory` also takes. `onlineStockAvailable` is
 * the units on hand over all locations. Prices are the site's list prices (Kibo's storefront
 * declares no price-list parameter).
 */
import type { Product, Site } from '../../src/model/types.js';
import type { CatalogProduct } from '../catalog-types.js';
import { MockProblem } from '../problem.js';
import { fieldError, kiboBadParameter, kiboNotFound } from './errors.js';
import { intParam, type KiboContext, type KiboRoute } from './route.js';
import {
  attributeFqn,
  toKiboConfigured,
  toKiboLocation,
  toKiboPrice,
  toKiboProduct,
  toKiboSearchItem,
  fulfillmentTypesOf,
} from './shapes.js';

const MAX_PAGE_SIZE = 200;

export function catalogRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;

  const stockOf = (key: string): number =>
    backend.seed.locations.reduce((sum, l) => sum + backend.inventoryAt(key, l.id).current, 0);

  const catalogProduct = (code: string): CatalogProduct => {
    const product = backend.seed.products.find((p) => p.code === code);
    if (!product) throw kiboNotFound(`product ${code}`, 'Catalog');
    return product;
  };

  /** The product whose code, or one of whose variations' codes, is `code`. */
  const ownerOf = (code: string) =>
    backend.seed.products.find((p) => p.code === code || p.variants.some((v) => v.code === code));

  /**
   * The `LocationInventory` entries of a product or variation code at the `wanted` locations (all
   * when none), with future stock when asked; none for a code that is not a stocked item's.
   */
  const stockAt = (code: string, wanted: string[], future: boolean) => {
    const owner = ownerOf(code);
    const variant = owner?.variants.find((v) => v.code === code);
    if (!owner || (owner.type === 'configurable' && !variant)) return [];
    const key = variant?.id ?? owner.id;
    const locations = wanted.length
      ? backend.seed.locations.filter((l) => wanted.includes(l.id))
      : backend.seed.locations;
    return locations.map((location) => {
      const stock = backend.inventoryAt(key, location.id);
      return {
        locationCode: location.id,
        productCode: code,
        stockAvailable: stock.current,
        ...(future
          ? {
              futureInventories: stock.future.map((f) => ({
                available: f.quantity,
                deliveryDate: `${f.expectedDate}T00:00:00Z`,
              })),
            }
          : {}),
      };
    });
  };

  const product = (site: Site, code: string): Product => backend.getProduct(site.id, catalogProduct(code).id);

  const locationsPage = (usage: 'pickup' | 'delivery', query: URLSearchParams) => {
    const all = backend.seed.locations.filter((l) => l[usage]);
    const startIndex = intParam(query, 'startIndex', 0);
    const pageSize = Math.min(intParam(query, 'pageSize', 20, 1), MAX_PAGE_SIZE);
    return {
      items: all.slice(startIndex, startIndex + pageSize).map((l) => toKiboLocation(l, backend.isLocationClosed(l.id))),
      startIndex,
      pageSize,
      pageCount: Math.ceil(all.length / pageSize),
      totalCount: all.length,
    };
  };

  return [
    {
      method: 'get',
      path: '/commerce/catalog/storefront/productsearch/search',
      operationId: 'searchProducts',
      application: 'Catalog',
      run: (call) => {
        const site = call.site();
        const startIndex = intParam(call.query, 'startIndex', 0);
        const pageSize = Math.min(intParam(call.query, 'pageSize', 20, 1), MAX_PAGE_SIZE);
        const found = backend.searchProducts(site.id, call.query.get('query') ?? '', { limit: startIndex + pageSize });
        const page = found.slice(startIndex, startIndex + pageSize);
        return {
          body: {
            items: page.map((summary) => toKiboSearchItem(summary, backend.getProduct(site.id, summary.id), stockOf)),
            startIndex,
            pageSize,
            pageCount: Math.ceil(found.length / pageSize),
            totalCount: found.length,
            facets: [],
          },
        };
      },
    },
    {
      method: 'get',
      path: '/commerce/catalog/storefront/products/:productCode',
      operationId: 'getProduct',
      application: 'Catalog',
      run: (call) => ({ body: toKiboProduct(product(call.site(), call.params['productCode']!), stockOf) }),
    },
    {
      method: 'post',
      path: '/commerce/catalog/storefront/products/:productCode/configure',
      operationId: 'configureProduct',
      application: 'Catalog',
      run: (call) => {
        const site = call.site();
        const found = product(site, call.params['productCode']!);
        const body = call.body as { options?: { attributeFQN?: string | null; value?: unknown }[] } | undefined;
        if (!body || !Array.isArray(body.options)) {
          throw kiboBadParameter('The request body must be ProductOptionSelections.', [
            fieldError('options', 'Required.'),
          ]);
        }
        const selections: Record<string, string> = {};
        for (const selection of body.options) {
          const option = found.options.find((o) => attributeFqn(o.name) === selection.attributeFQN);
          if (!option) {
            throw kiboBadParameter(`Unknown attribute ${String(selection.attributeFQN)}.`, [
              fieldError('options.attributeFQN', 'Not an option of this product.'),
            ]);
          }
          selections[option.name] = String(selection.value ?? '');
        }
        try {
          const variant = backend.configureProduct(site.id, found.id, selections);
          return { body: toKiboConfigured(found, variant, stockOf(variant.id)) };
        } catch (error) {
          // Options still to choose, or a combination that does not exist: no variation code, not
          // purchasable, with why (see errors.ts).
          if (!(error instanceof MockProblem) || (error.status !== 404 && error.status !== 422)) throw error;
          const validationType = error.status === 404 ? 'InvalidOptionCombination' : 'MissingOption';
          const messages = (error.errors?.length ? error.errors.map((e) => e.message) : [error.message]).map(
            (message) => ({ message, severity: 'Error', validationType }),
          );
          const kibo = toKiboProduct(found, stockOf);
          return {
            body: {
              productCode: found.code,
              price: toKiboPrice(found),
              options: kibo.options,
              fulfillmentTypesSupported: fulfillmentTypesOf(found),
              inventoryInfo: { onlineStockAvailable: 0, manageStock: true },
              purchasableState: {
                isPurchasable: false,
                messages,
              },
            },
          };
        }
      },
    },
    {
      method: 'get',
      path: '/commerce/catalog/storefront/products/:productCode/locationinventory',
      operationId: 'getLocationInventory',
      application: 'Catalog',
      run: (call) => {
        call.site();
        const code = call.params['productCode']!;
        const owner = ownerOf(code);
        if (!owner) throw kiboNotFound(`product ${code}`, 'Catalog');
        if (owner.type === 'configurable' && !owner.variants.some((v) => v.code === code)) {
          throw kiboBadParameter(`${code} is a configurable product: ask for a variation product code.`, [
            fieldError('productCode', 'Use a variation product code.'),
          ]);
        }
        const wanted = (call.query.get('locationCodes') ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean);
        const items = stockAt(code, wanted, call.query.get('includeFutureInventory') === 'true');
        return { body: { items, totalCount: items.length } };
      },
    },
    {
      method: 'post',
      path: '/commerce/catalog/storefront/products/locationinventory',
      operationId: 'getLocationInventories',
      application: 'Catalog',
      run: (call) => {
        call.site();
        const body = (call.body ?? {}) as {
          productCodes?: unknown;
          locationCodes?: unknown;
          includeFutureInventory?: unknown;
        };
        const strings = (value: unknown) =>
          Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
        // A code that is not a product's or a variation's (or a configurable product's own) has no entries.
        const items = strings(body.productCodes).flatMap((code) =>
          stockAt(code, strings(body.locationCodes), body.includeFutureInventory === true),
        );
        return { body: { items, totalCount: items.length } };
      },
    },
    {
      method: 'get',
      path: '/commerce/storefront/locationUsageTypes/DS/location',
      operationId: 'getDirectShipLocation',
      application: 'Location',
      run: () => {
        const location = backend.seed.locations.find((l) => l.shipFrom);
        if (!location) throw kiboNotFound('direct ship location', 'Location');
        return { body: toKiboLocation(location, backend.isLocationClosed(location.id)) };
      },
    },
    {
      method: 'get',
      path: '/commerce/storefront/locationUsageTypes/SP/locations',
      operationId: 'getInStorePickupLocations',
      application: 'Location',
      run: ({ query }) => ({ body: locationsPage('pickup', query) }),
    },
    {
      method: 'get',
      path: '/commerce/storefront/locationUsageTypes/DL/locations',
      operationId: 'getDeliveryLocations',
      application: 'Location',
      run: ({ query }) => ({ body: locationsPage('delivery', query) }),
    },
  ];
}
