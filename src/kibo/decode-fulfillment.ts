/**
 * The fulfillment options of an item from Kibo's answers (docs/KIBO.md, `getFulfillmentOptions`):
 * Direct Ship from the aggregate inventory of the ship-from locations (its future stock from the
 * direct-ship location's, DS: the aggregate has no dates), then each pickup (usage type SP) and
 * delivery (DL) location with its own inventory, current and future. An option with stock
 * expected is available, as in our backend (the agent sees when it is expected). Untrusted
 * input, as in `decode.ts`: a location without a code is left out.
 *
 * The product's `fulfillmentTypesSupported` values ("DirectShip", "InStorePickup", "Delivery")
 * are **not in the definitions**; they are matched without regard to case, and no list means all.
 */
import { DecodeError } from '../adapter/decode.js';
import type * as model from '../model/types.js';
import type * as kibo from './kibo-types.js';
import { isObject, view, list, someText as text } from './read.js';

/** A quantity: a whole number of zero or more (Kibo's may be null, negative or fractional). */
const quantity = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;

/** Which fulfillment types a product supports, and whether it is configurable (stocked only by variation). */
export interface Supported {
  ship: boolean;
  pickup: boolean;
  delivery: boolean;
  configurable: boolean;
  /** Delivered by email: `goodsType` "Digital" or "DigitalCredit" (a gift card). */
  digital: boolean;
}

/** Whether a product's `goodsType` ("Physical, Digital, DigitalCredit") says it is delivered by email. */
export const isDigitalGoods = (goodsType: unknown): boolean =>
  typeof goodsType === 'string' && goodsType.toLowerCase().startsWith('digital');

/** Email delivery: no location and no stock (Kibo's `fulfillmentMethod` "Digital"). */
export const DIGITAL_OPTION: model.FulfillmentOption = {
  id: 'digital',
  kind: 'digital',
  locationId: null,
  locationName: null,
  inventory: { current: 0, future: [] },
  available: true,
};

/** Which fulfillment types a product supports. */
export function supported(product: unknown): Supported {
  const p = view<kibo.KiboProduct>(product, '');
  const configurable = p.productUsage === 'Configurable';
  const digital = isDigitalGoods(p.goodsType);
  if (!Array.isArray(p.fulfillmentTypesSupported))
    return { ship: true, pickup: true, delivery: true, configurable, digital };
  const types = p.fulfillmentTypesSupported.map((t) => (typeof t === 'string' ? t.toLowerCase() : ''));
  return {
    ship: types.includes('directship'),
    pickup: types.includes('instorepickup'),
    delivery: types.includes('delivery'),
    configurable,
    digital,
  };
}

/** One `LocationInventory`: its product and location codes and its stock, or null without codes. */
function locationEntry(raw: unknown): { product?: string; location: string; inventory: model.Inventory } | null {
  if (!isObject(raw)) return null;
  const item = view<kibo.KiboLocationInventory>(raw, '');
  const location = text(item.locationCode);
  if (!location) return null;
  const future = list(item.futureInventories).flatMap((f) => {
    const entry = isObject(f) ? view<kibo.KiboFutureInventory>(f, '') : {};
    const date = text(entry.deliveryDate)?.slice(0, 10);
    const units = quantity(entry.available);
    return date && /^\d{4}-\d{2}-\d{2}$/.test(date) && units > 0 ? [{ quantity: units, expectedDate: date }] : [];
  });
  const product = text(item.productCode);
  return { ...(product ? { product } : {}), location, inventory: { current: quantity(item.stockAvailable), future } };
}

/** Current stock by location code, with its future stock (`LocationInventoryCollection`). */
export function locationStock(value: unknown): Map<string, model.Inventory> {
  const collection = view<kibo.KiboLocationInventoryCollection>(value, '');
  const stock = new Map<string, model.Inventory>();
  for (const entry of list(collection.items).map(locationEntry)) if (entry) stock.set(entry.location, entry.inventory);
  return stock;
}

/**
 * The stock of several products (`LocationInventoryCollection` of `getLocationInventories`): by
 * product code, then location code. An entry that names no product cannot be told apart: left out.
 */
export function locationStockByCode(value: unknown): Map<string, Map<string, model.Inventory>> {
  const collection = view<kibo.KiboLocationInventoryCollection>(value, '');
  const stock = new Map<string, Map<string, model.Inventory>>();
  for (const entry of list(collection.items).map(locationEntry)) {
    if (!entry?.product) continue;
    const at = stock.get(entry.product) ?? new Map<string, model.Inventory>();
    stock.set(entry.product, at.set(entry.location, entry.inventory));
  }
  return stock;
}

/** The units available to Direct Ship (`AggregateResponse[]`, summed). */
export function aggregateStock(value: unknown): number {
  if (!Array.isArray(value)) throw new DecodeError('', 'a list');
  return value.reduce<number>(
    (sum, raw) => sum + (isObject(raw) ? quantity(view<kibo.KiboAggregateResponse>(raw, '').available) : 0),
    0,
  );
}

/** The units available to Direct Ship of each part number (`AggregateResponse[]`, summed by `partNumber`). */
export function aggregateByCode(value: unknown): Map<string, number> {
  if (!Array.isArray(value)) throw new DecodeError('', 'a list');
  const stock = new Map<string, number>();
  for (const raw of value) {
    const entry = isObject(raw) ? view<kibo.KiboAggregateResponse>(raw, '') : {};
    const code = text(entry.partNumber);
    if (code) stock.set(code, (stock.get(code) ?? 0) + quantity(entry.available));
  }
  return stock;
}

/** A location where an item may be picked up or delivered from. */
export interface KiboPlace {
  code: string;
  name: string;
  closed: boolean;
  noStockNeeded: boolean;
}

/** The locations of a usage type (`LocationCollection`): code, name, closed, fulfilled without stock. */
export function locations(value: unknown): KiboPlace[] {
  const collection = view<kibo.KiboLocationCollection>(value, '');
  return list(collection.items).flatMap((raw) => {
    if (!isObject(raw)) return [];
    const l = view<kibo.KiboLocation>(raw, '');
    const code = text(l.code);
    if (!code) return [];
    return [
      {
        code,
        name: text(l.name) ?? code,
        closed: l.isDisabled === true,
        noStockNeeded: l.allowFulfillmentWithNoStock === true,
      },
    ];
  });
}

/** The code of the direct-ship location (`Location`), or null when it has none. */
export function directShipCode(value: unknown): string | null {
  return text(view<kibo.KiboLocation>(value, '').code) ?? null;
}

/** One option, available or with the reason it is not (stock now or expected, as our backend has it). */
export function option(
  kind: model.FulfillmentKind,
  location: KiboPlace | null,
  inventory: model.Inventory,
  isSupported: boolean,
): model.FulfillmentOption {
  const where = location ? ` at ${location.name}` : '';
  const reason: [model.FulfillmentUnavailableReason, string] | null = !isSupported
    ? ['not-supported', kind === 'ship' ? 'This item cannot be shipped.' : `This item cannot be fulfilled${where}.`]
    : location?.closed
      ? ['location-closed', `${location.name} is closed.`]
      : inventory.current <= 0 && !inventory.future.length && !location?.noStockNeeded
        ? ['out-of-stock', `Out of stock${where}.`]
        : null;
  return {
    id: location ? `${kind}:${location.code}` : 'ship',
    kind,
    locationId: location?.code ?? null,
    locationName: location?.name ?? null,
    inventory,
    available: reason === null,
    ...(reason ? { unavailableReason: reason[0], unavailableMessage: reason[1] } : {}),
  };
}
