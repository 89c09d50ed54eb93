/**
 * Deterministic seed data for the mock backend: the same sites, customers, catalog, inventory
 * and existing orders on every run. Everything random is drawn from one seeded PRNG in a fixed
 * order; only dates depend on the injected `now` (they are relative to it).
 *
 * Fixture ids and names are fixed in docs/ARCHITECTURE.md ("Fixture ids"); tests rely on them.
 * The seed is built once per backend and never mutated: the backend layers what the agent
 * creates over it, which makes `reset()` instant.
 */
import type { Customer, OrderSummary, PaymentType, Site } from '../src/model/types.js';
import type {
  CatalogProduct,
  InventoryTable,
  MockBalanceCode,
  MockCoupon,
  MockLocation,
  MockPriceList,
  MockShippingMethod,
  PricingCatalog,
  VariantEntry,
} from './catalog-types.js';
import { Prng } from './prng.js';
import { fixtureProducts, generateProducts } from './seed-catalog.js';
import { fixtureCustomers, generateCustomers } from './seed-customers.js';
import { generateInventory } from './seed-inventory.js';
import { generateOrders, type SeededOrderDetail, type TimelessOrder } from './seed-orders.js';
import {
  ALL_SITES,
  BALANCES,
  COUPONS,
  LOCATIONS,
  PAYMENT_TYPES,
  PRICE_LISTS,
  SHIPPING_METHODS,
  SITE_COUNTRIES,
} from './seed-sites.js';
import { isoDate } from './text.js';

// Kept importable from here, as before the seed was split (stories import ALL_SITES).
export { GENERATED_PRODUCT_COUNT } from './seed-catalog.js';
export { NEWEST_SEEDED_ORDER_NUMBER } from './seed-orders.js';
export { ALL_SITES } from './seed-sites.js';
export { fold } from './text.js';

export interface SeedOptions {
  /** How many existing orders across the sites (default 2 100). */
  orders?: number;
  /** Only these sites (e.g. `['us']` for a one-site story). Defaults to all three. */
  siteIds?: string[];
  /** No existing orders at all (an "empty" story). */
  emptyOrders?: boolean;
}

export interface SeedData {
  /** The instant the dates are relative to. */
  now: Date;
  sites: Site[];
  /** The country a site's prices and default tax belong to. */
  siteCountries: Record<string, string>;
  customers: Customer[];
  locations: MockLocation[];
  products: CatalogProduct[];
  productById: Map<string, CatalogProduct>;
  variantById: Map<string, VariantEntry>;
  /** Stock per stock key (variant id, or product id of a simple product), per location id. */
  inventory: InventoryTable;
  shippingMethods: MockShippingMethod[];
  priceLists: MockPriceList[];
  coupons: MockCoupon[];
  paymentTypes: Record<string, PaymentType[]>;
  balances: MockBalanceCode[];
  /** Existing orders of every site, newest first. */
  orders: OrderSummary[];
  /**
   * Each seeded order's lines (product, variant, quantity, fulfillment) and shipping method, by
   * order id: what `getOrder`, `listLastOrderedItems` and the Kibo mock's order items read.
   */
  orderDetails: Map<string, SeededOrderDetail>;
  /** The highest seeded customer number, so created customers continue after it. */
  lastCustomerNumber: number;
}

export const DEFAULT_ORDER_COUNT = 2100;

interface TimelessSeed {
  customers: Customer[];
  products: CatalogProduct[];
  productById: Map<string, CatalogProduct>;
  variantById: Map<string, VariantEntry>;
}

let timeless: TimelessSeed | undefined;
let inventoryCache: { day: string; inventory: InventoryTable } | undefined;
const ordersCache = new Map<string, TimelessOrder[]>();
const ORDERS_CACHE_SIZE = 8;

/**
 * Customers and catalog do not depend on the clock or the options, so every backend of the page
 * shares one copy (stories and tests build many backends). Nothing may mutate it: the backend
 * layers its changes over the seed and hands out clones.
 */
function timelessSeed(): TimelessSeed {
  if (!timeless) {
    const prng = new Prng(0x5eed0001);
    const customers = [...fixtureCustomers(), ...generateCustomers(prng)];
    const products = [...fixtureProducts(), ...generateProducts(prng)];
    const productById = new Map(products.map((p) => [p.id, p]));
    const variantById = new Map<string, VariantEntry>();
    for (const product of products)
      for (const variant of product.variants) variantById.set(variant.id, { product, variant });
    timeless = { customers, products, productById, variantById };
  }
  return timeless;
}

/**
 * Builds the seed. The same options and `now` always give equal data; different `now`s shift
 * only the dates.
 */
export function createSeed(now: Date, options: SeedOptions = {}): SeedData {
  const sites = options.siteIds ? ALL_SITES.filter((s) => options.siteIds!.includes(s.id)) : ALL_SITES.slice();
  const { customers, products, productById, variantById } = timelessSeed();
  // Inventory and orders draw from their own streams, so that changing the order count
  // (a "many orders" story) leaves customers, catalog and stock exactly as they were.
  // Expected dates are whole days from today, so the stock is the same all day long.
  const day = isoDate(now);
  if (inventoryCache?.day !== day)
    inventoryCache = { day, inventory: generateInventory(products, new Prng(0x5eed0002), now) };
  const { inventory } = inventoryCache;
  const catalog: PricingCatalog = {
    locations: LOCATIONS,
    productById,
    variantById,
    shippingMethods: SHIPPING_METHODS,
    priceLists: PRICE_LISTS,
    coupons: COUPONS,
    siteCountries: SITE_COUNTRIES,
  };
  const orderCount = options.emptyOrders ? 0 : Math.max(0, options.orders ?? DEFAULT_ORDER_COUNT);
  // Orders are kept by age, so that backends built at other instants (every test, every story)
  // only date them: pricing 2,000-10,000 orders happens once per page and option set.
  const key = `${orderCount}|${sites.map((s) => s.id).join(',')}`;
  let timelessOrders = ordersCache.get(key);
  if (!timelessOrders) {
    timelessOrders = generateOrders(orderCount, sites, customers, products, catalog, new Prng(0x5eed0003));
    if (ordersCache.size >= ORDERS_CACHE_SIZE) ordersCache.delete(ordersCache.keys().next().value!);
    ordersCache.set(key, timelessOrders);
  }
  const nowMs = now.getTime();
  const orders: OrderSummary[] = timelessOrders.map(({ ageMs, order }) => ({
    ...order,
    createdAt: new Date(nowMs - ageMs).toISOString(),
  }));
  return {
    now,
    sites,
    siteCountries: SITE_COUNTRIES,
    customers,
    locations: LOCATIONS,
    products,
    productById,
    variantById,
    inventory,
    shippingMethods: SHIPPING_METHODS,
    priceLists: PRICE_LISTS,
    coupons: COUPONS,
    paymentTypes: PAYMENT_TYPES,
    balances: BALANCES,
    orders,
    orderDetails: new Map(timelessOrders.map(({ order, detail }) => [order.id, detail])),
    lastCustomerNumber: Math.max(...customers.map((c) => Number(c.customerNumber.slice(1)))),
  };
}
