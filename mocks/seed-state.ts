/**
 * What `MockBackend` derives from its seed, and keeps of it across reloads.
 *
 * The instant the mock's seeded dates are relative to (the seed's "now") is kept with the stored
 * mock state (the demo's `localStorage`, key `offline-orders-mock:v1`) so that the demo's world
 * stays the same across reloads: order 10541 is placed at the same time on every reload, and so is
 * the recent order the duplicate warning names. `MockBackend.reset()` takes a fresh instant.
 */
import type { OrderSummary } from '../src/model/types.js';
import type { PricingCatalog } from './pricing.js';
import type { SeedData } from './seed.js';

/** The seed's instant saved in `storage` under `key` (the `seedNow` of the stored state), if readable. */
export function storedSeedNow(storage: Storage | undefined, key: string): Date | undefined {
  try {
    const raw = storage?.getItem(key);
    const value: unknown = raw ? (JSON.parse(raw) as { seedNow?: unknown }).seedNow : undefined;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    // Unreadable or blocked storage: a fresh instant, as for a first visit.
    return undefined;
  }
}

/** The seeded orders of each site, newest first. */
export function ordersBySite(data: SeedData): Map<string, OrderSummary[]> {
  const bySite = new Map<string, OrderSummary[]>(data.sites.map((site) => [site.id, []]));
  for (const order of data.orders) bySite.get(order.siteId)?.push(order);
  return bySite;
}

/** The part of the seed the pricing rules read. */
export function catalogOf(data: SeedData): PricingCatalog {
  const { locations, productById, variantById, shippingMethods, priceLists, coupons, siteCountries } = data;
  return { locations, productById, variantById, shippingMethods, priceLists, coupons, siteCountries };
}
