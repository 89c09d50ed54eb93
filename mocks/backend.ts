/**
 * The stateful in-memory backend behind the MSW handlers: the store and every business rule
 * of the HTTP contract (docs/ARCHITECTURE.md), as plain methods that tests can call without HTTP.
 *
 * A facade: each resource has its own module, all over one `MockState` (`backend-state.ts`):
 * customers (`backend-customers.ts`), products, stock and fulfillment (`backend-catalog.ts`),
 * shipping methods, price lists and pricing (`backend-pricing.ts`, rules in `pricing.ts`),
 * payment types, balances and card tokens (`backend-payments.ts`), order lists and submissions
 * (`backend-orders.ts`).
 *
 * The seed is built once and never mutated. What the agent does (customers created or edited,
 * orders submitted, balances spent, submissions by idempotency key) is layered over it, so
 * `reset()` only drops the layer. With a `storage` (the demo passes `localStorage`) the layer is
 * saved after every change and restored on construction, so it survives a reload.
 *
 * Methods throw `MockProblem` for every refusal; the handlers turn it into problem+json.
 */
import type { SavedDraft } from '../src/adapter/adapter.js';
import type {
  Balance,
  CardDetails,
  CardSummary,
  Customer,
  CustomerElsewhere,
  CustomerInput,
  FulfillmentOption,
  Inventory,
  LastOrderedItem,
  OrderDraft,
  OrderRecord,
  OrderSummary,
  Page,
  PaymentLinkDestination,
  PaymentType,
  PriceList,
  Pricing,
  Product,
  ProductSummary,
  ShippingMethod,
  Site,
  SubmittedOrder,
  Variant,
} from '../src/model/types.js';
import { MockCatalog, type FulfillmentEntry, type OptionValues, type ProductSearchOptions } from './backend-catalog.js';
import { MockCustomers } from './backend-customers.js';
import { lastOrderedItems } from './backend-last-items.js';
import { MockDrafts } from './backend-drafts.js';
import { MockOrders, type OrderListQuery, type SubmitResult } from './backend-orders.js';
import { MockPayments } from './backend-payments.js';
import { MockPricing } from './backend-pricing.js';
import { MockState, type MockBackendOptions } from './backend-state.js';
import type { SeedData } from './seed.js';
import { DEFAULT_SEARCH_LIMIT } from './text.js';

export type { FulfillmentEntry, OptionValues, ProductSearchOptions } from './backend-catalog.js';
export { customerProblems } from './backend-customers.js';
export {
  DEFAULT_ORDER_PAGE_SIZE,
  MAX_ORDER_PAGE_SIZE,
  requireIdempotencyKey,
  type OrderListQuery,
  type SubmitResult,
} from './backend-orders.js';
export { DECLINED_CARD, INSUFFICIENT_FUNDS_CARD } from './backend-payments.js';
export type { MockBackendOptions } from './backend-state.js';
export { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './text.js';

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

export class MockBackend {
  /** Requests served through the handlers, oldest first (never bodies). Cleared by `reset()`. */
  readonly requests: MockRequestRecord[] = [];

  private readonly state: MockState;
  private readonly customers: MockCustomers;
  private readonly catalog: MockCatalog;
  private readonly pricing: MockPricing;
  private readonly payments: MockPayments;
  private readonly orders: MockOrders;
  private readonly drafts: MockDrafts;

  constructor(options: MockBackendOptions = {}) {
    this.state = new MockState(options);
    this.customers = new MockCustomers(this.state);
    this.catalog = new MockCatalog(this.state);
    this.pricing = new MockPricing(this.state);
    this.payments = new MockPayments(this.state);
    this.orders = new MockOrders(this.state, {
      customers: this.customers,
      catalog: this.catalog,
      pricing: this.pricing,
      payments: this.payments,
    });
    this.drafts = new MockDrafts(this.state, (siteId, draft) => this.pricing.priceOrder(siteId, draft));
  }

  /** The seed this backend was built from (read-only: tests look fixtures up in it). */
  get seed(): SeedData {
    return this.state.data;
  }

  /** Idempotency keys whose request is still being served (a test reads it to wait for a held submit to end). */
  protected get inFlight(): ReadonlySet<string> {
    return this.state.inFlight;
  }

  /** The confirmations `sendConfirmation` accepted, oldest first (what a test checks was sent). Cleared by `reset()`. */
  readonly confirmations: { siteId: string; orderId: string; email: string }[] = [];

  /** The payment links `sendPaymentLink` sent (once per order), oldest first. Cleared by `reset()`. */
  readonly paymentLinks: { siteId: string; orderId: string; to: PaymentLinkDestination }[] = [];

  /** Back to the seed, dated from now: forgets created customers, submitted orders, spent balances, the request log (and the saved copy). */
  reset(): void {
    this.state.reset();
    this.requests.length = 0;
    this.confirmations.length = 0;
    this.drafts.reset();
    this.paymentLinks.length = 0;
  }

  recordRequest(record: MockRequestRecord): void {
    this.requests.push(record);
  }

  /** The recorded requests of one operation (e.g. `'submitOrder'`). */
  requestsFor(operationId: string): MockRequestRecord[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  // Sites and orders

  listSites(): Site[] {
    return this.state.data.sites.map((s) => ({ ...s }));
  }

  site(siteId: string): Site {
    return this.state.site(siteId);
  }

  listOrders(siteId: string, query: OrderListQuery = {}): Page<OrderSummary> {
    return this.orders.list(siteId, query);
  }

  /** An order of the site in full (`getOrder`): customer, lines, totals, payments by last four; 404 for another. */
  getOrder(siteId: string, orderId: string): OrderRecord {
    return this.orders.get(siteId, orderId);
  }

  // Customers

  /** A customer by id, in any customer set; undefined when there is none. */
  findCustomer(customerId: string): Customer | undefined {
    return this.customers.find(customerId);
  }

  /** Every customer of every customer set as it is now (seeded, edited, created). */
  listCustomers(): Customer[] {
    return this.customers.list();
  }

  /** Customers of the site's customer set whose name, email, number or phone matches. */
  searchCustomers(siteId: string, query: string, limit = DEFAULT_SEARCH_LIMIT): Customer[] {
    return this.customers.search(siteId, query, limit);
  }

  /**
   * The few customers (at most 3) of the other customer sets whose name, email, number or phone
   * matches, named with their set: what a search with no result on the site tells the agent.
   */
  customersElsewhere(siteId: string, query: string): CustomerElsewhere[] {
    return this.customers.elsewhere(siteId, query);
  }

  createCustomer(siteId: string, input: CustomerInput): Customer {
    return this.customers.create(siteId, input);
  }

  updateCustomer(siteId: string, customerId: string, input: CustomerInput): Customer {
    return this.customers.update(siteId, customerId, input);
  }

  // Products and inventory

  /** The stock of a variant (or of a simple product) at one location. */
  inventoryAt(stockKey: string, locationId: string): Inventory {
    return this.catalog.inventoryAt(stockKey, locationId);
  }

  /** Closes (or reopens) a location: its pickup and delivery become unavailable ("location-closed"). */
  setLocationClosed(locationId: string, closed: boolean): void {
    this.catalog.setLocationClosed(locationId, closed);
  }

  /** Whether a location was closed with `setLocationClosed`. */
  isLocationClosed(locationId: string): boolean {
    return this.catalog.isLocationClosed(locationId);
  }

  searchProducts(siteId: string, query: string, options: ProductSearchOptions = {}): ProductSummary[] {
    return this.catalog.searchProducts(siteId, query, options);
  }

  getProduct(siteId: string, productId: string, priceListId?: string | null): Product {
    return this.catalog.getProduct(siteId, productId, priceListId);
  }

  configureProduct(siteId: string, productId: string, options: OptionValues, priceListId?: string | null): Variant {
    return this.catalog.configureProduct(siteId, productId, options, priceListId);
  }

  getFulfillmentOptions(siteId: string, productId: string, variantId?: string | null): FulfillmentOption[] {
    return this.catalog.getFulfillmentOptions(siteId, productId, variantId);
  }

  getFulfillmentOptionsBatch(
    siteId: string,
    items: readonly { productId: string; variantId?: string | null }[],
  ): FulfillmentEntry[] {
    return this.catalog.getFulfillmentOptionsBatch(siteId, items);
  }

  // Order-level details and pricing

  getShippingMethods(siteId: string, draft: OrderDraft): ShippingMethod[] {
    return this.pricing.getShippingMethods(siteId, draft);
  }

  listPriceLists(siteId: string): PriceList[] {
    return this.pricing.listPriceLists(siteId);
  }

  priceOrder(siteId: string, draft: OrderDraft): Pricing {
    return this.pricing.priceOrder(siteId, draft);
  }

  // Payments

  listPaymentTypes(siteId: string): PaymentType[] {
    return this.payments.listPaymentTypes(siteId);
  }

  checkBalance(siteId: string, typeId: string, code: string): Balance {
    return this.payments.checkBalance(siteId, typeId, code);
  }

  /**
   * Tokenizes a card. The number and the security code are read there and never kept, logged or
   * echoed (not even in error messages): only the summary leaves it.
   */
  tokenizeCard(siteId: string, card: CardDetails): CardSummary {
    return this.payments.tokenizeCard(siteId, card);
  }

  // Submission

  /** The order a key produced, if any. */
  submission(idempotencyKey: string): SubmittedOrder | undefined {
    return this.orders.submission(idempotencyKey);
  }

  /** Whether a request with this key is still being served (held, or before its answer). */
  isInFlight(idempotencyKey: string): boolean {
    return this.state.inFlight.has(idempotencyKey);
  }

  /** `findOrder`: the order a key produced on the site; 404 when none, 409 while the key is in flight. */
  findSubmission(siteId: string, idempotencyKey: string): SubmittedOrder {
    return this.orders.findSubmission(siteId, idempotencyKey);
  }

  /**
   * Marks a key as in flight while its request waits for its (simulated) latency; a second
   * request with the same key meanwhile gets 409 + Retry-After. Returns the release function.
   */
  beginSubmission(idempotencyKey: string): () => void {
    return this.orders.beginSubmission(idempotencyKey);
  }

  /** Records the confirmation of an order of the site to `email`: 404 for an unknown order, 422 for an address that is not one. */
  sendConfirmation(siteId: string, orderId: string, email: string): { email: string } {
    const sent = this.orders.sendConfirmation(siteId, orderId, email);
    this.confirmations.push({ siteId, orderId, email: sent.email });
    return sent;
  }

  /**
   * Places the order once per idempotency key. The same key always answers the order it first
   * produced (`replayed: true`), whatever its body; see mocks/README.md.
   */
  submitOrder(siteId: string, draft: OrderDraft, idempotencyKey: string): SubmitResult {
    return this.orders.submitOrder(siteId, draft, idempotencyKey);
  }

  /** The items the customer ordered on the site, distinct, newest first (see backend-last-items.ts): 404 for a customer of another set. */
  listLastOrderedItems(siteId: string, customerId: string, limit?: number): LastOrderedItem[] {
    return lastOrderedItems(this.state, this.customers, { siteId, customerId, limit });
  }

  // Saved drafts (in memory only)

  /** `listDrafts`: the site's saved drafts, newest first. */
  listDrafts(siteId: string): SavedDraft[] {
    return this.drafts.list(siteId);
  }

  /** `saveDraft`: saves `draft` (the body's), or with `draftId` replaces that saved draft; 400 for what is not a draft, 422 for another site's. */
  saveDraft(siteId: string, draft: unknown, draftId?: string): SavedDraft {
    return this.drafts.save(siteId, draft, draftId);
  }

  /** `deleteDraft`: 404 when the site has no such draft. */
  deleteDraft(siteId: string, draftId: string): void {
    this.drafts.delete(siteId, draftId);
  }

  /**
   * `sendPaymentLink`: places the order as `submitOrder` does (once per idempotency key, the same
   * keys: `findOrder` finds it), with the status `awaiting-payment`, and records the link sent to
   * `to` (not sent: recorded once, when the order is created). 422 at `email` or `phone` for a
   * destination that is not one.
   */
  sendPaymentLink(siteId: string, draft: OrderDraft, idempotencyKey: string, to: PaymentLinkDestination): SubmitResult {
    const result = this.orders.submitOrder(siteId, draft, idempotencyKey, to);
    const { order } = result;
    if (!result.replayed && order.paymentLink)
      this.paymentLinks.push({ siteId, orderId: order.id, to: order.paymentLink });
    return result;
  }
}
