/**
 * The stateful in-memory backend behind the MSW handlers: the store and every business rule
 * of the HTTP contract (docs/ARCHITECTURE.md), as plain methods that tests can call without HTTP.
 *
 * The seed is built once and never mutated. What the agent does (customers created or edited,
 * orders submitted, balances spent, submissions by idempotency key) is layered over it, so
 * `reset()` only drops the layer. With a `storage` (the demo passes `localStorage`) the layer is
 * saved after every change and restored on construction, so it survives a reload.
 *
 * Methods throw `MockProblem` for every refusal; the handlers turn it into problem+json.
 */
import type {
  Address,
  Balance,
  CardBrand,
  CardDetails,
  CardSummary,
  Customer,
  CustomerInput,
  FulfillmentOption,
  FutureStock,
  Inventory,
  Money,
  OrderDraft,
  OrderSummary,
  Page,
  PaymentType,
  PriceList,
  Pricing,
  Problem,
  Product,
  ProductSummary,
  ShippingMethod,
  Site,
  SubmittedOrder,
  Variant,
  VariantSummary,
} from '../src/model/types.js';
import { validateCustomer, validateOrderReadiness, validatePayments } from '../src/model/validation.js';
import { MockProblem, badRequest, notFound, validationProblem } from './problem.js';
import { catalogPrice, priceDraft, priceListsFor, resolvePriceList, type PricingCatalog } from './pricing.js';
import { Prng } from './prng.js';
import { catalogOf, ordersBySite, storedSeedNow } from './seed-state.js';
import {
  NEWEST_SEEDED_ORDER_NUMBER,
  createSeed,
  fold,
  type CatalogProduct,
  type MockLocation,
  type SeedData,
  type SeedOptions,
} from './seed.js';

export interface MockBackendOptions {
  /**
   * The clock; seeded dates are relative to its value at construction (or `reset()`), or to the
   * one kept in `storage` when that is at most 6 hours old (`SEED_MAX_AGE_MS`).
   */
  now?: () => Date;
  /** Where created customers, submitted orders and the seed's instant are kept across reloads (the demo passes `localStorage`). */
  storage?: Storage;
  /** The storage key (default `offline-orders-mock:v1`). */
  storageKey?: string;
  seed?: SeedOptions;
}

/** One request the handlers served, for tests that count calls. Never a body. */
export interface MockRequestRecord {
  operationId: string;
  method: string;
  url: string;
  idempotencyKey: string | null;
  bodySize: number;
  /** The coupon codes of the draft a `submitOrder` carried (codes only: nothing of the rest of the body). */
  coupons?: string[];
}

export interface OrderListQuery {
  cursor?: string | null;
  limit?: number;
  customerId?: string | null;
  since?: string | null;
}

/** What `submitOrder` answers: the order, and whether the key had been used before. */
export interface SubmitResult {
  order: SubmittedOrder;
  replayed: boolean;
}

interface Submission {
  siteId: string;
  order: SubmittedOrder;
}

/** The part of the state that is saved to storage. */
interface PersistedState {
  version: 1;
  /** Customers created or edited, by id. */
  customers: Customer[];
  /** Submitted orders, newest first. */
  orders: OrderSummary[];
  submissions: Array<[string, Submission]>;
  balances: Array<[string, number]>;
  nextOrderNumber: number;
  nextCustomerNumber: number;
  /** The instant the seeded dates are relative to (ISO), so that they stay put across reloads. */
  seedNow?: string;
}

export const DEFAULT_ORDER_PAGE_SIZE = 50;
export const MAX_ORDER_PAGE_SIZE = 200;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/** Test cards (mocks/README.md). */
export const DECLINED_CARD = '4000000000000002';
export const INSUFFICIENT_FUNDS_CARD = '4000000000009995';

/** The key itself; a 400 problem when it is missing or blank. */
export function requireIdempotencyKey(key: string | null | undefined): string {
  if (!key?.trim()) {
    throw badRequest('An Idempotency-Key header is required to submit an order.', [
      { path: 'idempotencyKey', code: 'required', message: 'Send an Idempotency-Key header.' },
    ]);
  }
  return key;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card brand from the issuer identification number (the leading digits). */
export function cardBrand(digits: string): CardBrand {
  const two = Number(digits.slice(0, 2));
  const three = Number(digits.slice(0, 3));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (four === 6011 || two === 65 || (three >= 644 && three <= 649)) return 'discover';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (two === 36 || two === 38 || (three >= 300 && three <= 305)) return 'diners';
  if (two === 62) return 'unionpay';
  return 'unknown';
}

/**
 * The backend's own check of a customer: the model's rules (the ones the Create Customer dialog
 * applies), so that a host that skips the dialog still gets the same field-addressed problems.
 * `prefix` is "" for the customer endpoints and "customer." when a submitted draft is checked.
 */
export function customerProblems(input: CustomerInput, prefix = ''): Problem[] {
  return validateCustomer(
    { ...input, phones: input.phones ?? {}, addresses: Array.isArray(input.addresses) ? input.addresses : [] },
    prefix,
  );
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

export class MockBackend {
  /** Requests served through the handlers, oldest first (never bodies). Cleared by `reset()`. */
  readonly requests: MockRequestRecord[] = [];

  private readonly now: () => Date;
  private readonly storage: Storage | undefined;
  private readonly storageKey: string;
  private data: SeedData;
  private readonly seedOptions: SeedOptions | undefined;
  private catalog: PricingCatalog;
  private seededOrdersBySite: Map<string, OrderSummary[]>;
  private readonly searchText = new WeakMap<Customer, { text: string; phones: string[] }>();

  private customerOverrides = new Map<string, Customer>();
  private submittedOrders: OrderSummary[] = [];
  private submissions = new Map<string, Submission>();
  private balances = new Map<string, number>();
  private nextOrderNumber = NEWEST_SEEDED_ORDER_NUMBER + 1;
  private nextCustomerNumber: number;
  private closedLocations = new Set<string>();
  private inFlight = new Set<string>();
  private tokenPrng = new Prng(0x70c3);

  constructor(options: MockBackendOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.storage = options.storage;
    this.storageKey = options.storageKey ?? 'offline-orders-mock:v1';
    const now = this.now();
    this.data = createSeed(storedSeedNow(this.storage, this.storageKey, now) ?? now, (this.seedOptions = options.seed));
    this.catalog = catalogOf(this.data);
    this.seededOrdersBySite = ordersBySite(this.data);
    this.nextCustomerNumber = this.data.lastCustomerNumber + 1;
    this.restore();
    this.persist();
  }

  /** The seed this backend was built from (read-only: tests look fixtures up in it). */
  get seed(): SeedData {
    return this.data;
  }

  /** Back to the seed, dated from now: forgets created customers, submitted orders, spent balances, the request log (and the saved copy). */
  reset(): void {
    this.data = createSeed(this.now(), this.seedOptions);
    this.catalog = catalogOf(this.data);
    this.seededOrdersBySite = ordersBySite(this.data);
    this.customerOverrides = new Map();
    this.submittedOrders = [];
    this.submissions = new Map();
    this.balances = new Map();
    this.nextOrderNumber = NEWEST_SEEDED_ORDER_NUMBER + 1;
    this.nextCustomerNumber = this.data.lastCustomerNumber + 1;
    this.closedLocations = new Set();
    this.inFlight = new Set();
    this.tokenPrng = new Prng(0x70c3);
    this.requests.length = 0;
    this.persist();
  }

  recordRequest(record: MockRequestRecord): void {
    this.requests.push(record);
  }

  /** The recorded requests of one operation (e.g. `'submitOrder'`). */
  requestsFor(operationId: string): MockRequestRecord[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  // -------------------------------------------------------------------------------------------
  // Sites and orders

  listSites(): Site[] {
    return this.data.sites.map((s) => ({ ...s }));
  }

  site(siteId: string): Site {
    const site = this.data.sites.find((s) => s.id === siteId);
    if (!site) throw notFound(`There is no site "${siteId}".`);
    return site;
  }

  listOrders(siteId: string, query: OrderListQuery = {}): Page<OrderSummary> {
    this.site(siteId);
    const limit = query.limit ?? DEFAULT_ORDER_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1) {
      throw badRequest('The page size must be a whole number of at least 1.', [
        { path: 'limit', code: 'invalid', message: 'Enter a whole number of at least 1.' },
      ]);
    }
    const offset = query.cursor ? Number(query.cursor) : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      throw badRequest('The cursor is not one this service gave out.', [
        { path: 'cursor', code: 'invalid', message: 'Start again from the first page.' },
      ]);
    }
    let since: number | null = null;
    if (query.since) {
      since = Date.parse(query.since);
      if (Number.isNaN(since)) {
        throw badRequest('"since" must be an ISO timestamp.', [
          { path: 'since', code: 'invalid', message: 'Use an ISO timestamp such as 2026-01-31T00:00:00Z.' },
        ]);
      }
    }
    let orders = [...this.submittedOrders.filter((o) => o.siteId === siteId), ...this.seededOrdersBySite.get(siteId)!];
    if (query.customerId) orders = orders.filter((o) => o.customerId === query.customerId);
    if (since !== null) orders = orders.filter((o) => Date.parse(o.createdAt) >= since);
    const size = Math.min(limit, MAX_ORDER_PAGE_SIZE);
    const items = orders.slice(offset, offset + size).map((o) => structuredClone(o));
    const next = offset + size;
    return { items, nextCursor: next < orders.length ? String(next) : null, total: orders.length };
  }

  // -------------------------------------------------------------------------------------------
  // Customers

  /** Every customer as it is now (seeded, edited, created). Internal: not clones. */
  private allCustomers(): Customer[] {
    const seeded = this.data.customers.map((c) => this.customerOverrides.get(c.id) ?? c);
    const created = [...this.customerOverrides.values()].filter((c) => !this.isSeededCustomer(c.id));
    return [...seeded, ...created];
  }

  /** A customer by id, in any customer set; undefined when there is none. */
  findCustomer(customerId: string): Customer | undefined {
    const customer = this.customerOverrides.get(customerId) ?? this.data.customers.find((c) => c.id === customerId);
    return customer ? structuredClone(customer) : undefined;
  }

  private isSeededCustomer(id: string): boolean {
    return this.data.customers.some((c) => c.id === id);
  }

  private searchFields(customer: Customer): { text: string; phones: string[] } {
    let fields = this.searchText.get(customer);
    if (!fields) {
      fields = {
        text: fold(`${customer.firstName} ${customer.lastName} ${customer.email} ${customer.customerNumber}`),
        phones: Object.values(customer.phones)
          .filter((p): p is string => !!p)
          .map(digitsOf),
      };
      this.searchText.set(customer, fields);
    }
    return fields;
  }

  /** Customers of the site's customer set whose name, email, number or phone matches. */
  searchCustomers(siteId: string, query: string, limit = DEFAULT_SEARCH_LIMIT): Customer[] {
    const site = this.site(siteId);
    const q = fold(query.trim());
    if (q.length < 2) return [];
    const tokens = q.split(/\s+/);
    const digits = digitsOf(q);
    const phoneQuery = digits.length >= 3 && /^[\d\s()+.-]+$/.test(q);
    const matches = this.allCustomers().filter((c) => {
      if (c.customerSetId !== site.customerSetId) return false;
      const fields = this.searchFields(c);
      if (phoneQuery && fields.phones.some((p) => p.includes(digits))) return true;
      return tokens.every((t) => fields.text.includes(t));
    });
    const rank = (c: Customer) =>
      fold(`${c.firstName} ${c.lastName}`).startsWith(q) || fold(c.lastName).startsWith(q) ? 0 : 1;
    matches.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.lastName.localeCompare(b.lastName) ||
        a.firstName.localeCompare(b.firstName) ||
        a.id.localeCompare(b.id),
    );
    return matches.slice(0, Math.max(1, Math.min(limit, MAX_SEARCH_LIMIT))).map((c) => structuredClone(c));
  }

  private duplicateEmail(customerSetId: string, email: string, exceptId?: string): boolean {
    const wanted = email.trim().toLowerCase();
    return this.allCustomers().some(
      (c) => c.customerSetId === customerSetId && c.id !== exceptId && c.email.toLowerCase() === wanted,
    );
  }

  private checkCustomerInput(site: Site, input: CustomerInput, exceptId?: string): void {
    if (!input || typeof input !== 'object') throw badRequest('The body must be a customer.');
    const problems = customerProblems(input);
    if (input.email?.trim() && this.duplicateEmail(site.customerSetId, input.email, exceptId)) {
      problems.push({ path: 'email', code: 'duplicate', message: 'A customer with this email already exists.' });
    }
    if (problems.length > 0) throw validationProblem('The customer cannot be saved as entered.', problems);
  }

  private toAddresses(customerId: string, addresses: CustomerInput['addresses']): Address[] {
    let billing = false;
    let shipping = false;
    return addresses.map((a, index) => {
      // One default of each kind: the first one marked wins.
      const isDefaultBilling = a.isDefaultBilling && !billing;
      const isDefaultShipping = a.isDefaultShipping && !shipping;
      billing ||= isDefaultBilling;
      shipping ||= isDefaultShipping;
      const address: Address = {
        id: a.id ?? `${customerId}-addr-${index + 1}`,
        name: a.name.trim(),
        line1: a.line1.trim(),
        city: a.city.trim(),
        region: a.region.trim().toUpperCase(),
        postalCode: a.postalCode.trim().toUpperCase(),
        country: a.country.trim().toUpperCase(),
        isDefaultBilling,
        isDefaultShipping,
      };
      if (a.line2?.trim()) address.line2 = a.line2.trim();
      if (a.phone?.trim()) address.phone = a.phone.trim();
      return address;
    });
  }

  private toCustomer(id: string, customerNumber: string, customerSetId: string, input: CustomerInput): Customer {
    const phones: Customer['phones'] = {};
    for (const kind of ['home', 'work', 'mobile'] as const) {
      const value = input.phones[kind]?.trim();
      if (value) phones[kind] = value;
    }
    return {
      id,
      customerNumber,
      customerSetId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email.trim(),
      phones,
      addresses: this.toAddresses(id, input.addresses),
    };
  }

  createCustomer(siteId: string, input: CustomerInput): Customer {
    const site = this.site(siteId);
    this.checkCustomerInput(site, input);
    const number = this.nextCustomerNumber++;
    const customerNumber = `C${String(number).padStart(6, '0')}`;
    const customer = this.toCustomer(
      `cust-${String(number).padStart(6, '0')}`,
      customerNumber,
      site.customerSetId,
      input,
    );
    this.customerOverrides.set(customer.id, customer);
    this.persist();
    return structuredClone(customer);
  }

  updateCustomer(siteId: string, customerId: string, input: CustomerInput): Customer {
    const site = this.site(siteId);
    const existing = this.findCustomer(customerId);
    if (!existing || existing.customerSetId !== site.customerSetId) {
      throw notFound(`There is no customer "${customerId}" on ${site.name}.`);
    }
    this.checkCustomerInput(site, input, customerId);
    const customer = this.toCustomer(existing.id, existing.customerNumber, existing.customerSetId, input);
    this.customerOverrides.set(customer.id, customer);
    this.persist();
    return structuredClone(customer);
  }

  // -------------------------------------------------------------------------------------------
  // Products and inventory

  private product(productId: string): CatalogProduct {
    const product = this.data.productById.get(productId);
    if (!product) throw notFound(`There is no product "${productId}".`);
    return product;
  }

  private stock(key: string): Record<string, Inventory> {
    return this.data.inventory.get(key) ?? {};
  }

  /** The stock of a variant (or of a simple product) at one location. */
  inventoryAt(stockKey: string, locationId: string): Inventory {
    return cloneInventory(this.stock(stockKey)[locationId] ?? { current: 0, future: [] });
  }

  /** Whether any open location has current or future stock of a variant or simple product. */
  private inStock(stockKey: string): boolean {
    const stock = this.stock(stockKey);
    return this.data.locations.some((l) => !this.closedLocations.has(l.id) && stock[l.id] && hasStock(stock[l.id]!));
  }

  /** Closes (or reopens) a location: its pickup and delivery become unavailable ("location-closed"). */
  setLocationClosed(locationId: string, closed: boolean): void {
    if (closed) this.closedLocations.add(locationId);
    else this.closedLocations.delete(locationId);
  }

  private summary(product: CatalogProduct, site: Site, priceListId: string | null | undefined): ProductSummary {
    const priceList = resolvePriceList(this.catalog, site, priceListId);
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

  searchProducts(
    siteId: string,
    query: string,
    options: { limit?: number; priceListId?: string | null } = {},
  ): ProductSummary[] {
    const site = this.site(siteId);
    resolvePriceList(this.catalog, site, options.priceListId);
    const q = fold(query.trim());
    if (!q) return [];
    const tokens = q.split(/\s+/);
    const matches = this.data.products.filter((p) => tokens.every((t) => p.search.includes(t)));
    // Names that start with the query first; otherwise catalog order (the fixtures lead it).
    const first = matches.filter((p) => p.search.startsWith(q));
    const rest = matches.filter((p) => !p.search.startsWith(q));
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT));
    return [...first, ...rest].slice(0, limit).map((p) => this.summary(p, site, options.priceListId));
  }

  getProduct(siteId: string, productId: string, priceListId?: string | null): Product {
    const site = this.site(siteId);
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
    };
  }

  configureProduct(
    siteId: string,
    productId: string,
    options: Record<string, string>,
    priceListId?: string | null,
  ): Variant {
    const site = this.site(siteId);
    const product = this.product(productId);
    const priceList = resolvePriceList(this.catalog, site, priceListId);
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
    this.site(siteId);
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
    const stock = this.stock(key);
    const at = (l: MockLocation) => cloneInventory(stock[l.id] ?? { current: 0, future: [] });

    const shipFrom = this.data.locations.filter((l) => l.shipFrom && !this.closedLocations.has(l.id));
    const aggregate = sumInventory(shipFrom.map(at));
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
    for (const location of this.data.locations.filter((l) => l.pickup)) {
      options.push(
        this.option({
          id: `pickup:${location.id}`,
          kind: 'pickup',
          location,
          inventory: at(location),
          supported: product.pickupAllowed,
          closed: this.closedLocations.has(location.id),
          notSupported: `Pickup is not offered for ${product.name}.`,
          outOfStock: `Out of stock at ${location.name}.`,
        }),
      );
    }
    for (const location of this.data.locations.filter((l) => l.delivery)) {
      options.push(
        this.option({
          id: `delivery:${location.id}`,
          kind: 'delivery',
          location,
          inventory: at(location),
          supported: product.pickupAllowed,
          closed: this.closedLocations.has(location.id),
          notSupported: `Delivery is not offered for ${product.name}.`,
          outOfStock: `Out of stock at ${location.name}.`,
        }),
      );
    }
    return options;
  }

  private option(init: {
    id: string;
    kind: FulfillmentOption['kind'];
    location: MockLocation | null;
    inventory: Inventory;
    supported: boolean;
    closed: boolean;
    notSupported: string;
    outOfStock: string;
  }): FulfillmentOption {
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

  // -------------------------------------------------------------------------------------------
  // Order-level details and pricing

  private draftSite(siteId: string, draft: OrderDraft): Site {
    const site = this.site(siteId);
    if (!draft || typeof draft !== 'object' || !Array.isArray(draft.lines))
      throw badRequest('The body must be { draft: OrderDraft }.');
    if (draft.siteId !== null && draft.siteId !== undefined && draft.siteId !== siteId) {
      throw validationProblem('The draft belongs to another site.', [
        {
          path: 'siteId',
          code: 'site-mismatch',
          message: `This order is for site "${draft.siteId}", not ${site.name}.`,
        },
      ]);
    }
    return site;
  }

  getShippingMethods(siteId: string, draft: OrderDraft): ShippingMethod[] {
    const site = this.draftSite(siteId, draft);
    return this.data.shippingMethods.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description,
      rate: { amount: m.rates[site.currency] ?? 0, currency: site.currency },
    }));
  }

  listPriceLists(siteId: string): PriceList[] {
    const site = this.site(siteId);
    return priceListsFor(this.catalog, site).map((l) => ({ id: l.id, name: l.name, description: l.description }));
  }

  priceOrder(siteId: string, draft: OrderDraft): Pricing {
    const site = this.draftSite(siteId, draft);
    return priceDraft(this.catalog, site, {
      ...draft,
      coupons: Array.isArray(draft.coupons) ? draft.coupons : [],
    });
  }

  // -------------------------------------------------------------------------------------------
  // Payments

  listPaymentTypes(siteId: string): PaymentType[] {
    this.site(siteId);
    return structuredClone(this.data.paymentTypes[siteId] ?? []);
  }

  private paymentType(siteId: string, typeId: string): PaymentType | undefined {
    return (this.data.paymentTypes[siteId] ?? []).find((t) => t.id === typeId);
  }

  private balanceCode(typeId: string, code: string) {
    const wanted = code.trim().toUpperCase();
    return this.data.balances.find((b) => b.typeId === typeId && b.code === wanted);
  }

  private remaining(code: string): number {
    return this.balances.get(code) ?? this.data.balances.find((b) => b.code === code)?.amount ?? 0;
  }

  checkBalance(siteId: string, typeId: string, code: string): Balance {
    const site = this.site(siteId);
    const type = this.paymentType(siteId, typeId);
    if (!type || (type.kind !== 'gift-card' && type.kind !== 'store-credit')) {
      throw validationProblem(`${site.name} does not take balances of "${typeId}".`, [
        { path: 'typeId', code: 'not-offered', message: 'This payment type has no balance to check.' },
      ]);
    }
    const entry = typeof code === 'string' ? this.balanceCode(typeId, code) : undefined;
    if (!entry) throw notFound(`No ${type.label.toLowerCase()} has this code. Check the code with the shopper.`);
    return { typeId, code: entry.code, available: { amount: this.remaining(entry.code), currency: site.currency } };
  }

  /**
   * Tokenizes a card. The number and the security code are read here and never kept, logged or
   * echoed (not even in error messages): only the summary leaves this method.
   */
  tokenizeCard(siteId: string, card: CardDetails): CardSummary {
    this.site(siteId);
    if (!card || typeof card !== 'object') throw badRequest('The body must be a card.');
    const number = typeof card.number === 'string' ? card.number.replace(/[\s-]/g, '') : '';
    if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) {
      throw validationProblem('The card number is not valid.', [
        {
          path: 'number',
          code: 'invalid-card-number',
          message: 'This card number is not valid. Check it with the shopper.',
        },
      ]);
    }
    const brand = cardBrand(number);
    const problems: Problem[] = [];
    const month = card.expiryMonth;
    const year = card.expiryYear < 100 ? 2000 + card.expiryYear : card.expiryYear;
    const now = this.now();
    if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) {
      problems.push({ path: 'expiry', code: 'invalid-expiry', message: 'Enter the expiry as a month and a year.' });
    } else if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
      problems.push({ path: 'expiry', code: 'expired', message: 'This card has expired.' });
    }
    const codeLength = brand === 'amex' ? 4 : 3;
    if (typeof card.securityCode !== 'string' || !new RegExp(`^\\d{${codeLength}}$`).test(card.securityCode)) {
      problems.push({
        path: 'securityCode',
        code: 'invalid-security-code',
        message: `Enter the ${codeLength}-digit security code.`,
      });
    }
    if (problems.length > 0) throw validationProblem('The card details are not valid.', problems);
    if (number === DECLINED_CARD) {
      throw new MockProblem({
        status: 402,
        type: 'declined',
        title: 'Card declined',
        detail: 'The card was declined. Ask the shopper for another card.',
        code: 'card-declined',
      });
    }
    if (number === INSUFFICIENT_FUNDS_CARD) {
      throw new MockProblem({
        status: 402,
        type: 'declined',
        title: 'Card declined',
        detail: 'The card was declined for insufficient funds. Ask the shopper for another card.',
        code: 'insufficient-funds',
      });
    }
    return {
      token: `tok_${this.tokenPrng.hex(24)}`,
      brand,
      last4: number.slice(-4),
      expiryMonth: month,
      expiryYear: year,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Submission

  /** The order a key produced, if any. */
  submission(idempotencyKey: string): SubmittedOrder | undefined {
    const found = this.submissions.get(idempotencyKey);
    return found ? structuredClone(found.order) : undefined;
  }

  /** `findOrder`: the order a key produced on the site; 404 when none, 409 while the key is in flight. */
  findSubmission(siteId: string, idempotencyKey: string): SubmittedOrder {
    this.site(siteId);
    this.beginSubmission(idempotencyKey)();
    const found = this.submissions.get(idempotencyKey);
    if (found?.siteId !== siteId) throw notFound('No order was submitted with this key.');
    return { ...structuredClone(found.order), idempotencyKey };
  }

  /**
   * Marks a key as in flight while its request waits for its (simulated) latency; a second
   * request with the same key meanwhile gets 409 + Retry-After. Returns the release function.
   */
  beginSubmission(idempotencyKey: string): () => void {
    if (this.inFlight.has(idempotencyKey)) {
      throw new MockProblem({
        status: 409,
        type: 'conflict',
        title: 'Submission in progress',
        detail: 'This order is already being submitted. Wait a moment; it will not be placed twice.',
        retryAfter: 1,
      });
    }
    this.inFlight.add(idempotencyKey);
    return () => this.inFlight.delete(idempotencyKey);
  }

  /**
   * The model's readiness rules, checked against the customer as stored (not the draft's copy),
   * plus what only the backend knows: the customer exists and belongs to the site's customer set,
   * and each line's fulfillment is available.
   */
  private readinessProblems(site: Site, draft: OrderDraft): Problem[] {
    const stored = draft.customer ? this.findCustomer(draft.customer.id) : undefined;
    const problems = validateOrderReadiness({ ...draft, customer: stored ?? draft.customer });
    if (draft.customer && !stored) {
      problems.push({ path: 'customer', code: 'unknown-customer', message: 'This customer no longer exists.' });
    } else if (stored && stored.customerSetId !== site.customerSetId) {
      problems.push({
        path: 'customer',
        code: 'wrong-customer-set',
        message: `This customer does not belong to the ${site.customerSetName} customers of ${site.name}.`,
      });
    }
    for (const line of draft.lines) {
      if (!line.fulfillment) continue;
      const product = this.data.productById.get(line.productId);
      if (!product || (product.type === 'configurable' && !product.variants.some((v) => v.id === line.variantId)))
        continue;
      const optionId =
        line.fulfillment.kind === 'ship' ? 'ship' : `${line.fulfillment.kind}:${line.fulfillment.locationId}`;
      const option = this.getFulfillmentOptions(site.id, product.id, line.variantId).find((o) => o.id === optionId);
      const path = `lines.${line.id}.fulfillment`;
      if (!option) {
        problems.push({ path, code: 'unknown-location', message: 'This location does not offer that fulfillment.' });
      } else if (!option.available) {
        problems.push({
          path,
          code: option.unavailableReason ?? 'unavailable',
          message: option.unavailableMessage ?? 'This fulfillment is not available.',
        });
      }
    }
    return problems;
  }

  /**
   * The model's payment rules (currency, amounts, not more than the total), plus what the
   * payment types require: a card token, a check or PO number, PO terms, a known balance code
   * with enough on it.
   */
  private paymentProblems(site: Site, draft: OrderDraft, total: Money): Problem[] {
    const payments = Array.isArray(draft.payments) ? draft.payments : [];
    const problems = validatePayments({ ...draft, payments }, total);
    for (const payment of payments) {
      const at = `payments.${payment.id}`;
      const type = this.paymentType(site.id, payment.typeId);
      if (!type) {
        problems.push({
          path: `${at}.typeId`,
          code: 'not-offered',
          message: `${site.name} does not take this payment type.`,
        });
        continue;
      }
      if (type.kind === 'credit-card' && !/^tok_\w+$/.test(payment.card?.token ?? '')) {
        problems.push({ path: `${at}.card`, code: 'required', message: 'Enter the card again.' });
      }
      if (type.kind === 'check' && !payment.reference?.trim()) {
        problems.push({ path: `${at}.reference`, code: 'required', message: 'Enter the check number.' });
      }
      if (type.kind === 'purchase-order') {
        if (!payment.reference?.trim())
          problems.push({ path: `${at}.reference`, code: 'required', message: 'Enter the PO number.' });
        if (!type.terms?.some((t) => t.id === payment.termsId)) {
          problems.push({ path: `${at}.termsId`, code: 'required', message: 'Choose the payment terms.' });
        }
      }
      if (type.kind === 'gift-card' || type.kind === 'store-credit') {
        const entry = this.balanceCode(type.id, payment.reference ?? '');
        if (!entry) {
          problems.push({ path: `${at}.reference`, code: 'unknown-code', message: 'No balance has this code.' });
        } else if (this.remaining(entry.code) < payment.amount.amount) {
          problems.push({
            path: `${at}.amount`,
            code: 'insufficient-balance',
            message: 'The amount is more than the available balance.',
          });
        }
      }
    }
    return problems;
  }

  /**
   * Places the order once per idempotency key. The same key always answers the order it first
   * produced (`replayed: true`), whatever the body; see mocks/README.md.
   */
  submitOrder(siteId: string, draft: OrderDraft, idempotencyKey: string): SubmitResult {
    requireIdempotencyKey(idempotencyKey);
    const previous = this.submissions.get(idempotencyKey);
    if (previous) return { order: { ...structuredClone(previous.order), idempotencyKey }, replayed: true };

    const site = this.draftSite(siteId, draft);
    const readiness = this.readinessProblems(site, draft);
    if (readiness.length > 0) throw validationProblem('The order is not ready to submit.', readiness);
    const customer = this.findCustomer(draft.customer!.id)!;
    const pricing = priceDraft(this.catalog, site, { ...draft, customer, coupons: draft.coupons ?? [] });
    const paymentProblems = this.paymentProblems(site, draft, pricing.total);
    if (paymentProblems.length > 0)
      throw validationProblem('The payments cannot be taken as entered.', paymentProblems);

    for (const payment of draft.payments ?? []) {
      const type = this.paymentType(site.id, payment.typeId)!;
      if (type.kind === 'gift-card' || type.kind === 'store-credit') {
        const entry = this.balanceCode(type.id, payment.reference ?? '')!;
        this.balances.set(entry.code, this.remaining(entry.code) - payment.amount.amount);
      }
    }
    const paid = (draft.payments ?? []).reduce((sum, p) => sum + p.amount.amount, 0);
    const number = this.nextOrderNumber++;
    const createdAt = this.now().toISOString();
    const order: SubmittedOrder = {
      id: `ord-${number}`,
      number: String(number),
      status: 'new',
      createdAt,
      total: pricing.total,
      balanceDue: { amount: Math.max(0, pricing.total.amount - paid), currency: site.currency },
      idempotencyKey,
    };
    this.submittedOrders.unshift({
      id: order.id,
      number: order.number,
      siteId: site.id,
      createdAt,
      customerId: customer.id,
      customerName: `${customer.firstName} ${customer.lastName}`,
      status: 'new',
      total: pricing.total,
      items: draft.lines.map((l) => ({ productId: l.productId, productName: l.productName, quantity: l.quantity })),
    });
    this.submissions.set(idempotencyKey, { siteId: site.id, order });
    this.persist();
    return { order: structuredClone(order), replayed: false };
  }

  // -------------------------------------------------------------------------------------------
  // Storage

  private persist(): void {
    if (!this.storage) return;
    const state: PersistedState = {
      version: 1,
      customers: [...this.customerOverrides.values()],
      orders: this.submittedOrders,
      submissions: [...this.submissions],
      balances: [...this.balances],
      nextOrderNumber: this.nextOrderNumber,
      nextCustomerNumber: this.nextCustomerNumber,
      seedNow: this.data.now.toISOString(),
    };
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(state));
    } catch {
      // Quota or privacy settings: the session goes on in memory only.
    }
  }

  private restore(): void {
    let state: PersistedState | undefined;
    try {
      const raw = this.storage?.getItem(this.storageKey);
      state = raw ? (JSON.parse(raw) as PersistedState) : undefined;
    } catch {
      state = undefined;
    }
    if (!state || state.version !== 1 || !Array.isArray(state.customers) || !Array.isArray(state.orders)) return;
    const siteIds = new Set(this.data.sites.map((s) => s.id));
    this.customerOverrides = new Map(state.customers.map((c) => [c.id, c]));
    this.submittedOrders = state.orders.filter((o) => siteIds.has(o.siteId));
    this.submissions = new Map(Array.isArray(state.submissions) ? state.submissions : []);
    this.balances = new Map(Array.isArray(state.balances) ? state.balances : []);
    if (Number.isInteger(state.nextOrderNumber))
      this.nextOrderNumber = Math.max(this.nextOrderNumber, state.nextOrderNumber);
    if (Number.isInteger(state.nextCustomerNumber)) {
      this.nextCustomerNumber = Math.max(this.nextCustomerNumber, state.nextCustomerNumber);
    }
  }
}
