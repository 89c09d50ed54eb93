/**
 * The seed's fixture ids and names (docs/ARCHITECTURE.md, "Fixture ids"; mocks/README.md), and
 * a helper that builds drafts from them, for every test file.
 */
import { addLine, createDraft, setCustomer, setShippingMethod } from '../../src/model/draft.js';
import type { Fulfillment, OrderDraft, Site } from '../../src/model/types.js';
import type { MockBackend } from '../../mocks/backend.js';

export const SITES = {
  us: {
    id: 'us',
    name: 'US Store',
    currency: 'USD',
    locale: 'en-US',
    customerSetId: 'retail',
    customerSetName: 'Retail',
  },
  ca: {
    id: 'ca',
    name: 'Canada Store',
    currency: 'CAD',
    locale: 'en-CA',
    customerSetId: 'retail',
    customerSetName: 'Retail',
  },
  wholesale: {
    id: 'wholesale',
    name: 'Wholesale',
    currency: 'USD',
    locale: 'en-US',
    customerSetId: 'wholesale',
    customerSetName: 'Wholesale',
  },
} as const satisfies Record<string, Site>;

export const CUSTOMERS = {
  /** Retail; home phone; one address, default billing and shipping, in Austin TX; an order in the last 24 h. */
  ada: { id: 'ada', name: 'Ada Lovelace', email: 'ada.lovelace@example.com', phone: '(512) 555-0100' },
  /** Wholesale only. */
  grace: { id: 'grace', name: 'Grace Hopper', email: 'grace.hopper@example.com', phone: '(703) 555-0101' },
  /** Retail; no phone and no default shipping address: fails the order rules. */
  alan: { id: 'alan', name: 'Alan Turing', email: 'alan.turing@example.com' },
  /** Retail; separate default billing and shipping addresses; mobile phone only. */
  katherine: {
    id: 'katherine',
    name: 'Katherine Johnson',
    email: 'katherine.johnson@example.com',
    phone: '(757) 555-0102',
  },
  /** Retail; ships to Toronto: Canadian tax and duty. */
  frederick: {
    id: 'frederick',
    name: 'Frederick Banting',
    email: 'frederick.banting@example.com',
    phone: '(416) 555-0103',
  },
} as const;

export const LOCATIONS = {
  centralWarehouse: { id: 'central-warehouse', name: 'Central Warehouse' },
  downtown: { id: 'downtown', name: 'Downtown Store' },
  airport: { id: 'airport', name: 'Airport Kiosk' },
  /** Also offers Delivery. */
  uptown: { id: 'uptown', name: 'Uptown Store' },
} as const;

export const PRODUCTS = {
  /** Configurable: Size 7-12 × Color Red/Blue/Black. USD 89.99 / CAD 119.99; 6 % duty to Canada. */
  trailRunner: { id: 'trail-runner', name: 'Trail Runner Shoe', code: 'TRS-100', usd: 8999, cad: 11999 },
  /** Simple, in stock everywhere. USD 24.99 / CAD 32.99. */
  canvasTote: { id: 'canvas-tote', name: 'Canvas Tote Bag', code: 'CTB-200', usd: 2499, cad: 3299 },
  /** Simple, none at the warehouse, in stock at the stores; handling 1.50 per unit. USD 32.00 / CAD 42.00. */
  waterBottle: { id: 'water-bottle', name: 'Insulated Water Bottle', code: 'IWB-300', usd: 3200, cad: 4200 },
  /** Delivered by email (its only fulfillment is "Email delivery"): not shippable, pickup not offered. */
  giftCard: { id: 'gift-card', name: 'Gift Card', code: 'GFT-025', usd: 2500, cad: 2500 },
} as const;

export const VARIANTS = {
  /** Current stock only at Downtown (3); 2 + 5 expected at Central Warehouse in 3 and 6 weeks. */
  trailRunner9Blue: { id: 'trail-runner-9-blue', code: 'TRS-100-09-BLU', options: { Size: '9', Color: 'Blue' } },
  /** Out of stock everywhere, nothing expected. */
  trailRunner12Red: { id: 'trail-runner-12-red', code: 'TRS-100-12-RED', options: { Size: '12', Color: 'Red' } },
  trailRunner10Black: { id: 'trail-runner-10-black', code: 'TRS-100-10-BLA', options: { Size: '10', Color: 'Black' } },
} as const;

export const SHIPPING_METHODS = {
  ground: { id: 'ground', name: 'Ground', rate: 795 },
  twoDay: { id: '2-day', name: '2-Day', rate: 1495 },
  overnight: { id: 'overnight', name: 'Overnight', rate: 2995 },
} as const;

export const PRICE_LISTS = {
  vip: { id: 'vip', name: 'VIP', basisPointsOff: 1000 },
  /** Retail sites only. */
  employee: { id: 'employee', name: 'Employee', basisPointsOff: 3000 },
} as const;

export const PAYMENT_TYPES = {
  creditCard: 'credit-card',
  check: 'check',
  purchaseOrder: 'purchase-order',
  storeCredit: 'store-credit',
  giftCard: 'gift-card',
} as const;

export const COUPONS = {
  save10: 'SAVE10',
  freeShip: 'FREESHIP',
  expired: 'EXPIRED',
  bigSpender: 'BIGSPENDER',
} as const;

export const TEST_CARDS = {
  /** Tokenizes (Visa). */
  visa: '4111111111111111',
  /** Declined: 402, code "card-declined". */
  declined: '4000000000000002',
  /** Declined: 402, code "insufficient-funds". */
  insufficientFunds: '4000000000009995',
  /** Luhn-valid Mastercard: tokenizes. */
  mastercard: '5555555555554444',
  /** Luhn-valid American Express (4-digit security code): tokenizes. */
  amex: '378282246310005',
  /** Fails the Luhn check: 422 at "number". */
  invalid: '4111111111111112',
} as const;

/** Balance codes and their seeded balances, in the minor units of the site's currency. */
export const BALANCE_CODES = {
  giftCard25: { typeId: 'gift-card', code: 'GC-1000-0001', amount: 2500 },
  giftCard100: { typeId: 'gift-card', code: 'GC-5000-0002', amount: 10000 },
  giftCard250: { typeId: 'gift-card', code: 'GC-2500-0003', amount: 25000 },
  giftCardEmpty: { typeId: 'gift-card', code: 'GC-0000-0004', amount: 0 },
  storeCreditAda: { typeId: 'store-credit', code: 'SC-ADA-0001', amount: 4000 },
  storeCreditKatherine: { typeId: 'store-credit', code: 'SC-KJ-0002', amount: 1550 },
  storeCreditEmpty: { typeId: 'store-credit', code: 'SC-0000-0003', amount: 0 },
} as const;

/** The number of the newest seeded order; the next submitted one is 10542. */
export const NEWEST_ORDER_NUMBER = 10541;

export const SHIP: Fulfillment = { kind: 'ship', locationId: null, locationName: null };

export function pickupAt(location: { id: string; name: string }): Fulfillment {
  return { kind: 'pickup', locationId: location.id, locationName: location.name };
}

export function deliveryFrom(location: { id: string; name: string }): Fulfillment {
  return { kind: 'delivery', locationId: location.id, locationName: location.name };
}

export interface DraftLineSpec {
  productId: string;
  variantId?: string | null;
  quantity?: number;
  fulfillment?: Fulfillment | null;
}

/**
 * A draft built from the backend's data with the model's pure edits: the site, the customer as
 * stored, the lines at their catalog price, and Ground when any line ships (unless told otherwise).
 * Defaults: site "us", Ada, one Canvas Tote Bag by Direct Ship.
 */
export function buildDraft(
  backend: MockBackend,
  spec: {
    siteId?: string;
    customerId?: string | null;
    lines?: DraftLineSpec[];
    shippingMethodId?: string | null;
    now?: Date;
  } = {},
): OrderDraft {
  const siteId = spec.siteId ?? 'us';
  const site = backend.site(siteId);
  const now = spec.now ?? new Date();
  let draft = createDraft({ site, now });
  const customerId = spec.customerId === undefined ? 'ada' : spec.customerId;
  if (customerId) draft = setCustomer(draft, backend.findCustomer(customerId) ?? null, now);
  for (const line of spec.lines ?? [{ productId: 'canvas-tote' }]) {
    const product = backend.getProduct(siteId, line.productId);
    const variant = line.variantId ? product.variants.find((v) => v.id === line.variantId) : undefined;
    draft = addLine(
      draft,
      {
        productId: product.id,
        variantId: variant?.id ?? null,
        productName: product.name,
        code: variant?.code ?? product.code,
        options: variant ? Object.entries(variant.options).map(([name, value]) => ({ name, value })) : [],
        quantity: line.quantity ?? 1,
        fulfillment: line.fulfillment === undefined ? SHIP : line.fulfillment,
        unitPrice: product.price,
      },
      now,
    );
  }
  const ships = draft.lines.some((l) => l.fulfillment?.kind === 'ship');
  const method = spec.shippingMethodId === undefined ? (ships ? 'ground' : null) : spec.shippingMethodId;
  return setShippingMethod(draft, method, now);
}
