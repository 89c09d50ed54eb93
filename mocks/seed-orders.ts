/**
 * The seed's existing orders: drawn per site, priced by the pricing rules, kept by age so that
 * only their dates depend on the clock. Ada's recent Canvas Tote Bag order is always the third newest.
 */
import type { Customer, OrderItemSummary, OrderStatus, OrderSummary, Site } from '../src/model/types.js';
import type { CatalogProduct, PricingCatalog } from './catalog-types.js';
import { priceDraft, type PricingInput } from './pricing.js';
import type { Prng } from './prng.js';
import { SITE_COUNTRIES } from './seed-sites.js';
import { DAY_MS, MINUTE_MS } from './text.js';

/** The number of the newest seeded order; the next submitted order gets the one after it. */
export const NEWEST_SEEDED_ORDER_NUMBER = 10541;

function statusFor(ageMs: number, prng: Prng): OrderStatus {
  if (ageMs > DAY_MS && prng.chance(0.03)) return 'cancelled';
  if (ageMs < DAY_MS) return 'new';
  if (ageMs < 3 * DAY_MS) return 'open';
  if (ageMs < 10 * DAY_MS) return 'shipped';
  return 'completed';
}

function defaultShippingCountry(customer: Customer): string | undefined {
  return customer.addresses.find((a) => a.isDefaultShipping)?.country;
}

/** An order without its date: everything about it but `createdAt` is independent of the clock. */
export interface TimelessOrder {
  ageMs: number;
  order: Omit<OrderSummary, 'createdAt'>;
  /**
   * What the order was priced from: its lines (with their variants and fulfillment; the summary's
   * items name only the products) and shipping method (`getOrder`, `listLastOrderedItems`).
   */
  detail: SeededOrderDetail;
}

/** A seeded order's lines and shipping method, from which `getOrder` answers it in full. */
export interface SeededOrderDetail {
  lines: PricingInput['lines'];
  shippingMethodId: string;
}

/** A drawn line's quantity: mostly one, sometimes two to four. */
function drawQuantity(prng: Prng): number {
  return prng.chance(0.75) ? 1 : prng.int(2, 4);
}

export function generateOrders(
  count: number,
  sites: Site[],
  customers: Customer[],
  products: CatalogProduct[],
  catalog: PricingCatalog,
  prng: Prng,
): TimelessOrder[] {
  if (count === 0 || sites.length === 0) return [];
  const eligible = new Map<string, Customer[]>();
  for (const site of sites) {
    const country = SITE_COUNTRIES[site.id];
    eligible.set(
      site.id,
      customers.filter(
        (c) =>
          c.customerSetId === site.customerSetId &&
          c.id !== 'alan' &&
          (site.customerSetId !== 'retail' || defaultShippingCountry(c) === country),
      ),
    );
  }
  const orderable = products.filter((p) => p.shippable);
  const weights: Record<string, number> = { us: 55, ca: 25, wholesale: 20 };
  const totalWeight = sites.reduce((sum, s) => sum + (weights[s.id] ?? 10), 0);
  const pickSite = (): Site => {
    let roll = prng.next() * totalWeight;
    for (const site of sites) {
      roll -= weights[site.id] ?? 10;
      if (roll < 0) return site;
    }
    return sites[sites.length - 1]!;
  };

  // Ada's recent order: the third newest, within the last 24 hours, on a Retail site.
  const adaSite = sites.find((s) => s.id === 'us') ?? sites.find((s) => s.customerSetId === 'retail');
  const adaIndex = Math.min(2, count - 1);
  const ada = customers.find((c) => c.id === 'ada')!;
  const tote = catalog.productById.get('canvas-tote')!;

  // Spread the orders over about a year; the newest ten are minutes to hours apart.
  const meanGap = Math.max(MINUTE_MS, Math.floor((365 * DAY_MS) / count));
  const orders: TimelessOrder[] = [];
  let age = prng.int(10, 40) * MINUTE_MS;
  for (let index = 0; index < count; index++) {
    if (index > 0)
      age +=
        index < 10 ? prng.int(20, 100) * MINUTE_MS : prng.int(Math.floor(meanGap / 4), Math.floor((meanGap * 7) / 4));
    const isAda = index === adaIndex && adaSite !== undefined;
    const site = isAda ? adaSite : pickSite();
    const pool = eligible.get(site.id)!;
    if (pool.length === 0) continue;
    const customer = isAda ? ada : prng.pick(pool);

    const lines: PricingInput['lines'] = [];
    const items: OrderItemSummary[] = [];
    const lineCount = isAda ? 1 : prng.int(1, 3);
    for (let lineIndex = 0; lineIndex < lineCount; lineIndex++) {
      const product = isAda ? tote : prng.pick(orderable);
      const variant = product.type === 'configurable' ? prng.pick(product.variants) : null;
      const quantity = isAda ? 1 : drawQuantity(prng);
      lines.push({
        id: `l${lineIndex}`,
        productId: product.id,
        variantId: variant?.id ?? null,
        quantity,
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
        adjustment: null,
      });
      items.push({ productId: product.id, productName: product.name, quantity });
    }
    const shippingMethodId = prng.chance(0.8) ? 'ground' : '2-day';
    const pricing = priceDraft(catalog, site, {
      siteId: site.id,
      currency: site.currency,
      customer,
      lines,
      shippingMethodId,
      coupons: [],
      priceListId: null,
      orderAdjustment: null,
      shippingAdjustment: null,
    });
    const number = NEWEST_SEEDED_ORDER_NUMBER - index;
    orders.push({
      ageMs: age,
      order: {
        id: `ord-${number}`,
        number: String(number),
        siteId: site.id,
        customerId: customer.id,
        customerName: `${customer.firstName} ${customer.lastName}`,
        status: statusFor(age, prng),
        total: pricing.total,
        items,
      },
      detail: { lines, shippingMethodId },
    });
  }
  return orders;
}
