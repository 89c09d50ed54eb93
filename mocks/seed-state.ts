/**
 * What `MockBackend` derives from its seed, and keeps of it across reloads.
 *
 * The instant the mock's seeded dates are relative to (the seed's "now") is kept with the stored
 * mock state (the demo's `localStorage`, key `offline-orders-mock:v1`) so that the demo's world
 * stays the same across the reloads of a working session: order 10541 is placed at the same time
 * on every reload, and so is the recent order the duplicate warning names. A kept instant older
 * than `SEED_MAX_AGE_MS` (6 hours) is dropped for a fresh one, which is kept in turn: a day later
 * the duplicate warning's order is still within its 24 hours and expected stock is still to come.
 * `MockBackend.reset()` takes a fresh instant.
 */
import type { OrderSummary } from '../src/model/types.js';
import type { PricingCatalog } from './catalog-types.js';
import type { SeedData } from './seed.js';

/** How old a kept seed instant may be before the seed is dated afresh: a working session. */
export const SEED_MAX_AGE_MS = 6 * 60 * 60 * 1000;

/**
 * The seed's instant saved in `storage` under `key` (the `seedNow` of the stored state), if
 * readable and at most `SEED_MAX_AGE_MS` before `now` (nor after it: a clock set back).
 */
export function storedSeedNow(storage: Storage | undefined, key: string, now: Date): Date | undefined {
  try {
    const raw = storage?.getItem(key);
    const value: unknown = raw ? (JSON.parse(raw) as { seedNow?: unknown }).seedNow : undefined;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    const age = date ? now.getTime() - date.getTime() : NaN;
    return date && age >= 0 && age <= SEED_MAX_AGE_MS ? date : undefined;
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
