/**
 * Products and stock of the mock backend: product search and details at a site's prices (after a
 * price list), configuring a variant, stock per location, and the fulfillment options of a line
 * (Direct Ship from the warehouse, pickup and delivery at the stores) with why one is unavailable.
 */
import type {
  FulfillmentOption,
  FutureStock,
  Inventory,
  Product,
  ProductSummary,
  Site,
  Variant,
  VariantSummary,
} from '../src/model/types.js';
import type { MockState } from './backend-state.js';
import type { CatalogProduct, MockLocation, StockByLocation } from './catalog-types.js';
import { catalogPrice, resolvePriceList } from './pricing.js';
import { MockProblem, notFound, validationProblem } from './problem.js';
import { IDENTIFIER, nameWords, queryWords, rankWords, type SearchText } from './search-rank.js';
import { DEFAULT_SEARCH_LIMIT, fold, searchLimit } from './text.js';

/** The value chosen for each option of a configurable product, by option name ("Size": "9"). */
export type OptionValues = Record<string, string>;

/** How many products a search answers, and at which price list's prices. */
export interface ProductSearchOptions {
  limit?: number;
  priceListId?: string | null;
}

/** The most items one batch of fulfillment options answers (the contract's `maxItems`). */
export const FULFILLMENT_BATCH_MAX = 100;

/** One item of a batch of fulfillment options, with its options (null: an item the backend does not know). */
export interface FulfillmentEntry {
  productId: string;
  variantId?: string;
  options: FulfillmentOption[] | null;
}

/** What a store offers besides Direct Ship. */
type StoreService = 'pickup' | 'delivery';

/** How the unavailable messages name a store service. */
const STORE_SERVICE_NAMES: Record<StoreService, string> = { pickup: 'Pickup', delivery: 'Delivery' };

/** What makes one fulfillment option: where, what stock, and the messages when it is unavailable. */
interface FulfillmentOptionInit {
  id: string;
  kind: FulfillmentOption['kind'];
  location: MockLocation | null;
  inventory: Inventory;
  supported: boolean;
  closed: boolean;
  notSupported: string;
  outOfStock: string;
}

function sumInventory(parts: Inventory[]): Inventory {
  const byDate = new Map<string, number>();
  let current = 0;
  for (const part of parts) {
    current += part.current;
    for (const f of part.future) byDate.set(f.expectedDate, (byDate.get(f.expectedDate) ?? 0) + f.quantity);
  }
  const future: FutureStock[] = [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([expectedDate, quantity]) => ({ quantity, expectedDate }));
  return { current, future };
}

function hasStock(inventory: Inventory): boolean {
  return inventory.current > 0 || inventory.future.some((f) => f.quantity > 0);
}

function cloneInventory(inventory: Inventory): Inventory {
  return { current: inventory.current, future: inventory.future.map((f) => ({ ...f })) };
}

/** What a product is found by: its name words, name and code, and its codes and its variants' (folded). */
interface ProductSearchText extends SearchText {
  codes: string[];
}

export class MockCatalog {
  private readonly searchText = new WeakMap<CatalogProduct, ProductSearchText>();

  constructor(private readonly state: MockState) {}

  private product(productId: string): CatalogProduct {
    const product = this.state.data.productById.get(productId);
    if (!product) throw notFound(`There is no product "${productId}".`);
    return product;
  }

  private stock(key: string): StockByLocation {
    return this.state.data.inventory.get(key) ?? {};
  }

  /** The stock of a variant (or of a simple product) at one location. */
  inventoryAt(stockKey: string, locationId: string): Inventory {
    return cloneInventory(this.stock(stockKey)[locationId] ?? { current: 0, future: [] });
  }

  /** Whether any open location has current or future stock of a variant or simple product. */
  inStock(stockKey: string): boolean {
    const stock = this.stock(stockKey);
    return this.state.data.locations.some(
      (l) => !this.state.closedLocations.has(l.id) && stock[l.id] && hasStock(stock[l.id]!),
    );
  }

  isLocationClosed(locationId: string): boolean {
    return this.state.closedLocations.has(locationId);
  }

  /** Closes (or reopens) a location: its pickup and delivery become unavailable ("location-closed"). */
  setLocationClosed(locationId: string, closed: boolean): void {
    if (closed) this.state.closedLocations.add(locationId);
    else this.state.closedLocations.delete(locationId);
  }

  private summary(product: CatalogProduct, site: Site, priceListId: string | null | undefined): ProductSummary {
    const priceList = resolvePriceList(this.state.catalog, site, priceListId);
    const { price, listPrice } = catalogPrice(product, site.currency, priceList);
    const summary: ProductSummary = {
      id: product.id,
      code: product.code,
      name: product.name,
      type: product.type,
      price,
    };
    if (listPrice.amount !== price.amount) summary.listPrice = listPrice;
    summary.imageUrl = product.imageUrl;
    return summary;
  }

  /** What a product is found by (search-rank.ts), computed once per product. */
  private searchFields(product: CatalogProduct): ProductSearchText {
    let fields = this.searchText.get(product);
    if (!fields) {
      const codes = [product.code, ...product.variants.map((v) => v.code)].map(fold);
      fields = { words: nameWords(fold(product.name)), text: product.search, codes };
      this.searchText.set(product, fields);
    }
    return fields;
  }

  /**
   * Products whose name or code matches, best first: the product or variant code (SKU) typed
   * exactly; then by the loosest match among the query's words (a whole word of the name, a word
   * it begins, any part of name or code, one typo in a word of 5 letters or more); then catalog
   * order (the fixtures lead it).
   */
  searchProducts(siteId: string, query: string, options: ProductSearchOptions = {}): ProductSummary[] {
    const site = this.state.site(siteId);
    resolvePriceList(this.state.catalog, site, options.priceListId);
    const folded = fold(query.trim());
    if (!folded) return [];
    const words = queryWords(folded);
    const found: { product: CatalogProduct; rank: [number, number]; index: number }[] = [];
    this.state.data.products.forEach((product, index) => {
      const fields = this.searchFields(product);
      const rank = fields.codes.includes(folded)
        ? ([IDENTIFIER, IDENTIFIER] as [number, number])
        : rankWords(words, fields);
      if (rank) found.push({ product, rank, index });
    });
    found.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.index - b.index);
    const limit = searchLimit(options.limit ?? DEFAULT_SEARCH_LIMIT);
    return found.slice(0, limit).map(({ product }) => this.summary(product, site, options.priceListId));
  }

  getProduct(siteId: string, productId: string, priceListId?: string | null): Product {
    const site = this.state.site(siteId);
    const product = this.product(productId);
    const variants: VariantSummary[] = product.variants.map((v) => ({
      id: v.id,
      code: v.code,
      options: { ...v.options },
      inStock: this.inStock(v.id),
    }));
    return {
      ...this.summary(product, site, priceListId),
      description: product.description,
      options: product.options.map((o) => ({ ...o, values: o.values.slice() })),
      variants,
      shippable: product.shippable,
      pickupAllowed: product.pickupAllowed,
      ...(product.digital ? { digital: true } : {}),
    };
  }

  configureProduct(siteId: string, productId: string, options: OptionValues, priceListId?: string | null): Variant {
    const site = this.state.site(siteId);
    const product = this.product(productId);
    const priceList = resolvePriceList(this.state.catalog, site, priceListId);
    const chosen = options && typeof options === 'object' ? options : {};
    const missing = product.options.filter((o) => o.required && !chosen[o.name]);
    if (missing.length > 0) {
      throw validationProblem(
        'Choose a value for every option.',
        missing.map((o) => ({
          path: `options.${o.name}`,
          code: 'required',
          message: `Choose a ${o.name.toLowerCase()}.`,
        })),
      );
    }
    const names = Object.keys(chosen);
    const variant = product.variants.find(
      (v) => names.length === Object.keys(v.options).length && names.every((n) => v.options[n] === chosen[n]),
    );
    if (!variant) {
      const described = names.map((n) => `${n} ${chosen[n]}`).join(', ');
      throw notFound(`${product.name} does not come in ${described || 'that combination'}.`);
    }
    const { price, listPrice } = catalogPrice(product, site.currency, priceList);
    const result: Variant = {
      id: variant.id,
      productId: product.id,
      code: variant.code,
      options: { ...variant.options },
      price,
      inStock: this.inStock(variant.id),
    };
    if (listPrice.amount !== price.amount) result.listPrice = listPrice;
    return result;
  }

  getFulfillmentOptions(siteId: string, productId: string, variantId?: string | null): FulfillmentOption[] {
    this.state.site(siteId);
    const product = this.product(productId);
    let key = product.id;
    if (product.type === 'configurable') {
      if (!variantId) {
        throw validationProblem('Choose the options of the product first.', [
          { path: 'variantId', code: 'required', message: 'Choose the options of this product.' },
        ]);
      }
      const variant = product.variants.find((v) => v.id === variantId);
      if (!variant) throw notFound(`${product.name} has no variant "${variantId}".`);
      key = variant.id;
    }
    // Delivered by email: no location, no stock (see `digitalOption`).
    if (product.digital) return [digitalOption()];
    const stock = this.stock(key);
    const stockAt = (location: MockLocation) => cloneInventory(stock[location.id] ?? { current: 0, future: [] });

    const shipFrom = this.state.data.locations.filter(
      (location) => location.shipFrom && !this.state.closedLocations.has(location.id),
    );
    const aggregate = sumInventory(shipFrom.map(stockAt));
    const options: FulfillmentOption[] = [
      this.option({
        id: 'ship',
        kind: 'ship',
        location: null,
        inventory: aggregate,
        supported: product.shippable,
        closed: false,
        notSupported: `${product.name} cannot be shipped.`,
        outOfStock: 'Out of stock at the warehouse, and none expected.',
      }),
    ];
    for (const location of this.state.data.locations.filter((store) => store.pickup)) {
      options.push(this.storeOption('pickup', location, product, stockAt(location)));
    }
    for (const location of this.state.data.locations.filter((store) => store.delivery)) {
      options.push(this.storeOption('delivery', location, product, stockAt(location)));
    }
    return options;
  }

  /**
   * The fulfillment options of each item, in their order: what `getFulfillmentOptions` answers,
   * null for an item it refuses (an unknown product or variant, a configurable product without its
   * variant). An unknown site fails the whole call, as do more than `FULFILLMENT_BATCH_MAX` items.
   */
  getFulfillmentOptionsBatch(siteId: string, items: readonly { productId: string; variantId?: string | null }[]) {
    this.state.site(siteId);
    if (items.length > FULFILLMENT_BATCH_MAX) {
      throw validationProblem(`Ask for at most ${FULFILLMENT_BATCH_MAX} items at a time.`, [
        { path: 'items', code: 'too-many', message: `At most ${FULFILLMENT_BATCH_MAX} items.` },
      ]);
    }
    return items.map(({ productId, variantId }): FulfillmentEntry => {
      const entry = { productId, ...(variantId ? { variantId } : {}) };
      try {
        return { ...entry, options: this.getFulfillmentOptions(siteId, productId, variantId) };
      } catch (error) {
        if (error instanceof MockProblem && (error.status === 404 || error.status === 422))
          return { ...entry, options: null };
        throw error;
      }
    });
  }

  /** Pickup or delivery at a store: offered when the product may be picked up, the store is open and has stock. */
  private storeOption(
    kind: StoreService,
    location: MockLocation,
    product: CatalogProduct,
    inventory: Inventory,
  ): FulfillmentOption {
    return this.option({
      id: `${kind}:${location.id}`,
      kind,
      location,
      inventory,
      supported: product.pickupAllowed,
      closed: this.state.closedLocations.has(location.id),
      notSupported: `${STORE_SERVICE_NAMES[kind]} is not offered for ${product.name}.`,
      outOfStock: `Out of stock at ${location.name}.`,
    });
  }

  private option(init: FulfillmentOptionInit): FulfillmentOption {
    const option: FulfillmentOption = {
      id: init.id,
      kind: init.kind,
      locationId: init.location?.id ?? null,
      locationName: init.location?.name ?? null,
      inventory: init.inventory,
      available: true,
    };
    if (!init.supported) {
      return { ...option, available: false, unavailableReason: 'not-supported', unavailableMessage: init.notSupported };
    }
    if (init.closed) {
      return {
        ...option,
        available: false,
        unavailableReason: 'location-closed',
        unavailableMessage: `${init.location?.name ?? 'This location'} is closed.`,
      };
    }
    if (!hasStock(init.inventory)) {
      return { ...option, available: false, unavailableReason: 'out-of-stock', unavailableMessage: init.outOfStock };
    }
    return option;
  }
}

/** Email delivery: always available, whatever the quantity; its inventory is not read. */
function digitalOption(): FulfillmentOption {
  const id = 'digital';
  return {
    id,
    kind: 'digital',
    locationId: null,
    locationName: null,
    inventory: { current: 0, future: [] },
    available: true,
  };
}
