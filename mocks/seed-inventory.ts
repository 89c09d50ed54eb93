/**
 * The seed's stock per location and variant: fixed figures for the fixture products, drawn ones
 * for the rest; expected dates in whole days from the seed's instant.
 */
import type { FutureStock } from '../src/model/types.js';
import type { CatalogProduct, InventoryTable, MockLocation, StockByLocation } from './catalog-types.js';
import type { Prng } from './prng.js';
import { LOCATIONS } from './seed-sites.js';
import { DAY_MS, isoDate } from './text.js';

function stockKeys(p: CatalogProduct): string[] {
  return p.type === 'configurable' ? p.variants.map((v) => v.id) : [p.id];
}

function emptyStock(): StockByLocation {
  return Object.fromEntries(LOCATIONS.map((l) => [l.id, { current: 0, future: [] }]));
}

/** Stock on hand at a generated location: the warehouse is rarely out, stores more often. */
function drawnCurrentStock(location: MockLocation, prng: Prng): number {
  if (location.shipFrom) return prng.chance(0.1) ? 0 : prng.int(5, 200);
  return prng.chance(0.3) ? 0 : prng.int(1, 20);
}

export function generateInventory(products: CatalogProduct[], prng: Prng, now: Date): InventoryTable {
  const inventory: InventoryTable = new Map();
  const inDays = (days: number) => isoDate(new Date(now.getTime() + days * DAY_MS));
  for (const product of products) {
    for (const key of stockKeys(product)) {
      const stock = emptyStock();
      if (product.id === 'gift-card') {
        // Unlimited in reality; the figure only shows that ship and pickup are refused for another reason.
        stock['central-warehouse'] = { current: 999, future: [] };
      } else if (product.id === 'canvas-tote') {
        stock['central-warehouse'] = { current: 240, future: [] };
        stock['downtown'] = { current: 18, future: [] };
        stock['airport'] = { current: 6, future: [] };
        stock['uptown'] = { current: 12, future: [] };
      } else if (product.id === 'water-bottle') {
        stock['downtown'] = { current: 9, future: [] };
        stock['airport'] = { current: 4, future: [] };
        stock['uptown'] = { current: 15, future: [] };
      } else if (key === 'trail-runner-12-red') {
        // Out of stock everywhere, nothing expected.
      } else if (key === 'trail-runner-9-blue') {
        stock['downtown'] = { current: 3, future: [] };
        stock['central-warehouse'] = {
          current: 0,
          future: [
            { quantity: 2, expectedDate: inDays(21) },
            { quantity: 5, expectedDate: inDays(42) },
          ],
        };
      } else if (product.id === 'trail-runner') {
        stock['central-warehouse'] = { current: prng.int(20, 60), future: [] };
        stock['downtown'] = { current: prng.int(0, 6), future: [] };
        stock['airport'] = { current: prng.int(0, 3), future: [] };
        stock['uptown'] = { current: prng.int(1, 6), future: [] };
      } else if (!prng.chance(0.03)) {
        for (const location of LOCATIONS) {
          const current = drawnCurrentStock(location, prng);
          const future: FutureStock[] = [];
          if (location.shipFrom && prng.chance(0.15)) {
            future.push({ quantity: prng.int(10, 50), expectedDate: inDays(prng.int(7, 45)) });
          }
          stock[location.id] = { current, future };
        }
      }
      inventory.set(key, stock);
    }
  }
  return inventory;
}
