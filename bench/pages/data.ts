/**
 * The bench's data and its instant adapter: an `OrderAdapter` that answers at once (a resolved
 * promise) with generated data, so that what the bench measures is the elements, not a backend.
 * 12 sites' worth of nothing: one site, 200 customers, 500 products (half configurable), 10,000
 * orders, and 1,000 draft lines. Everything is deterministic (a fixed seed), so every run and
 * every floor sees the same rows.
 */
import { zeroPricing } from '../../mocks/pricing.js';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type {
  Customer,
  DraftLine,
  FulfillmentOption,
  OrderStatus,
  OrderSummary,
  Pricing,
  Product,
  ProductSummary,
  Site,
} from '../../src/model/types.js';

export const ORDER_COUNT = 10_000;
export const LINE_COUNT = 1_000;
/** Options a typeahead shows for one query. */
export const OPTION_COUNT = 20;

export const SITE: Site = {
  id: 'us',
  name: 'US Store',
  currency: 'USD',
  locale: 'en-US',
  customerSetId: 'main',
  customerSetName: 'Main customers',
};

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Alan', 'Grace', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Ken', 'Frances', 'Dennis'];
const LAST = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Hamilton',
  'Thompson',
  'Allen',
  'Ritchie',
];
const THINGS = ['Trail Runner', 'Canvas Tote', 'Wool Socks', 'Rain Shell', 'Water Bottle', 'Day Pack', 'Beanie'];
const STATUSES: OrderStatus[] = ['new', 'open', 'shipped', 'completed', 'cancelled'];
const usd = (amount: number) => ({ amount, currency: 'USD' });

export const CUSTOMERS: Customer[] = Array.from({ length: 200 }, (_, i) => {
  const firstName = FIRST[i % FIRST.length]!;
  const lastName = `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}`;
  return {
    id: `c${i}`,
    customerNumber: `C${String(100000 + i)}`,
    customerSetId: 'main',
    firstName,
    lastName,
    email: `${firstName}.${lastName}.${i}@example.com`.toLowerCase(),
    phones: { mobile: `+1 555 01${String(i).padStart(2, '0')}` },
    addresses: [
      {
        id: `a${i}`,
        name: `${firstName} ${lastName}`,
        line1: `${i + 1} Main Street`,
        city: 'Austin',
        region: 'TX',
        postalCode: '78701',
        country: 'US',
        isDefaultBilling: true,
        isDefaultShipping: true,
      },
    ],
  };
});

export const PRODUCTS: ProductSummary[] = Array.from({ length: 500 }, (_, i) => ({
  id: `p${i}`,
  code: `SKU-${String(i).padStart(4, '0')}`,
  name: `${THINGS[i % THINGS.length]!} ${i}`,
  type: i % 2 ? 'configurable' : 'simple',
  price: usd(1000 + ((i * 137) % 9000)),
}));

function makeOrders(): OrderSummary[] {
  const next = random(14);
  const start = Date.UTC(2026, 11, 1);
  return Array.from({ length: ORDER_COUNT }, (_, i) => {
    const customer = CUSTOMERS[Math.floor(next() * CUSTOMERS.length)]!;
    const product = PRODUCTS[Math.floor(next() * PRODUCTS.length)]!;
    return {
      id: `o${i}`,
      number: String(100000 + ORDER_COUNT - i),
      siteId: 'us',
      createdAt: new Date(start - i * 3_600_000).toISOString(),
      customerId: customer.id,
      customerName: `${customer.firstName} ${customer.lastName}`,
      status: STATUSES[Math.floor(next() * STATUSES.length)]!,
      total: usd(500 + Math.floor(next() * 50_000)),
      items: [{ productId: product.id, productName: product.name, quantity: 1 + Math.floor(next() * 3) }],
    };
  });
}

export const ORDERS: OrderSummary[] = makeOrders();

/** A draft line of product `index` (simple products, shipped), quantity 1 to 3. */
export function makeLine(index: number): DraftLine {
  const product = PRODUCTS[(index * 2) % PRODUCTS.length]!;
  return {
    id: `line-${index}`,
    productId: product.id,
    variantId: null,
    productName: product.name,
    code: product.code,
    options: [],
    quantity: 1 + (index % 3),
    fulfillment: { kind: 'ship', locationId: null, locationName: null },
    unitPrice: product.price,
    adjustment: null,
    gift: false,
    giftMessage: '',
  };
}

export const LINES: DraftLine[] = Array.from({ length: LINE_COUNT }, (_, i) => makeLine(i));

/** The customers a search for `query` finds (at most `limit`): name or email containing it. */
export function findCustomers(query: string, limit = OPTION_COUNT): Customer[] {
  const q = query.toLowerCase();
  return CUSTOMERS.filter((c) => `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase().includes(q)).slice(0, limit);
}

export function findProducts(query: string, limit = OPTION_COUNT): ProductSummary[] {
  const q = query.toLowerCase();
  return PRODUCTS.filter((p) => `${p.name} ${p.code}`.toLowerCase().includes(q)).slice(0, limit);
}

const SHIP: FulfillmentOption = {
  id: 'ship',
  kind: 'ship',
  locationId: null,
  locationName: null,
  inventory: { current: 500, future: [] },
  available: true,
};

function pricing(lines: readonly DraftLine[]): Pricing {
  const priced = lines.map((line) => ({
    lineId: line.id,
    unitPrice: line.unitPrice,
    adjustedUnitPrice: line.unitPrice,
    total: usd(line.unitPrice.amount * line.quantity),
  }));
  const subtotal = usd(priced.reduce((sum, line) => sum + line.total.amount, 0));
  return { ...zeroPricing('USD'), lines: priced, subtotal, total: subtotal };
}

/** What the instant adapter was asked, and when its last answer was handed over. */
export interface AdapterLog {
  calls: Record<string, number>;
  /** `performance.now()` when each method answered (its promise was resolved), one entry per call in order. */
  at: Record<string, number[]>;
}

/** An adapter answering every call at once with the data above; `log` counts the calls. */
export function instantAdapter(log: AdapterLog = { calls: {}, at: {} }): OrderAdapter & { log: AdapterLog } {
  const answer = <T>(name: string, value: T): Promise<T> => {
    log.calls[name] = (log.calls[name] ?? 0) + 1;
    (log.at[name] ??= []).push(performance.now());
    return Promise.resolve(value);
  };
  const product = (id: string): Product => {
    const found = PRODUCTS.find((p) => p.id === id) ?? PRODUCTS[0]!;
    return { ...found, options: [], variants: [], shippable: true, pickupAllowed: false };
  };
  return {
    log,
    listSites: () => answer('listSites', [SITE]),
    // Pages at any offset, as the REST contract's `offset` and Kibo's startIndex serve them.
    orderOffsets: true,
    listOrders: (query) => {
      const from = query.offset ?? Number(query.cursor ?? 0);
      const limit = query.limit ?? 50;
      const items = ORDERS.slice(from, from + limit);
      const next = from + limit < ORDERS.length ? String(from + limit) : null;
      return answer('listOrders', { items, nextCursor: next, total: ORDERS.length });
    },
    searchCustomers: (query) => answer('searchCustomers', findCustomers(query.query, query.limit)),
    createCustomer: () => answer('createCustomer', CUSTOMERS[0]!),
    updateCustomer: () => answer('updateCustomer', CUSTOMERS[0]!),
    searchProducts: (query) => answer('searchProducts', findProducts(query.query, query.limit)),
    getProduct: (request) => answer('getProduct', product(request.productId)),
    configureProduct: (request) =>
      answer('configureProduct', {
        id: `${request.productId}-v`,
        productId: request.productId,
        code: 'V',
        options: request.options,
        price: usd(1000),
        inStock: true,
      }),
    getFulfillmentOptions: () => answer('getFulfillmentOptions', [SHIP]),
    getFulfillmentOptionsBatch: (request) =>
      answer(
        'getFulfillmentOptionsBatch',
        request.items.map(() => [SHIP]),
      ),
    getShippingMethods: () => answer('getShippingMethods', [{ id: 'ground', name: 'Ground', rate: usd(500) }]),
    listPriceLists: () => answer('listPriceLists', []),
    priceOrder: (request) => answer('priceOrder', pricing(request.draft.lines)),
    listPaymentTypes: () => answer('listPaymentTypes', [{ id: 'check', kind: 'check', label: 'Check' }]),
    checkBalance: (request) =>
      answer('checkBalance', { typeId: request.typeId, code: request.code, available: usd(0) }),
    tokenizeCard: () =>
      answer('tokenizeCard', { token: 't', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 }),
    submitOrder: () =>
      answer('submitOrder', {
        id: 'new',
        number: '1',
        status: 'new',
        createdAt: new Date().toISOString(),
        total: usd(0),
        balanceDue: usd(0),
      }),
  };
}

/**
 * The instant adapter with stock answered late, each call at its own moment within `spreadMs` (a
 * seeded spread, the same every run), as a backend under load answers: what the editor does
 * while its look-ups come back one by one. `batch: false` takes away the batch method, as an
 * adapter without one (each product looked up alone).
 */
export function slowStockAdapter({ spreadMs = 200, batch = true } = {}): ReturnType<typeof instantAdapter> {
  const adapter = instantAdapter();
  let seed = 0x5eed;
  const later = <T>(value: Promise<T>): Promise<T> => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const delay = (seed / 2 ** 31) * spreadMs;
    // Each late answer counts as a call in `log.calls.stockAnswered`, so that waiting for a quiet
    // adapter (`quiet()`) also waits for the answers still to come.
    return value.then(
      (answer) =>
        new Promise((resolve) =>
          setTimeout(() => {
            adapter.log.calls['stockAnswered'] = (adapter.log.calls['stockAnswered'] ?? 0) + 1;
            resolve(answer);
          }, delay),
        ),
    );
  };
  const single = adapter.getFulfillmentOptions.bind(adapter);
  const many = adapter.getFulfillmentOptionsBatch!.bind(adapter);
  adapter.getFulfillmentOptions = (request, init) => later(single(request, init));
  if (batch) adapter.getFulfillmentOptionsBatch = (request, init) => later(many(request, init));
  else delete adapter.getFulfillmentOptionsBatch;
  return adapter;
}
