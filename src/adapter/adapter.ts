/**
 * The data adapter: the one seam between the elements and a host's backend.
 *
 * A host implements `OrderAdapter` over its own backend, or uses `createRestAdapter()` over the
 * HTTP contract in `api/openapi.yaml`. Every method is async and takes an `AbortSignal` (in
 * `init.signal`); an aborted call rejects with the signal's reason (a `DOMException` named
 * "AbortError" by default). Failures reject with the typed errors of `errors.ts`, each carrying
 * a message fit to show an agent.
 *
 * Elements never talk HTTP; they call these methods.
 */
import type {
  Balance,
  CardDetails,
  CardSummary,
  Customer,
  CustomerInput,
  FoundCustomers,
  FulfillmentOption,
  LastOrderedItem,
  Listed,
  Money,
  OrderDraft,
  OrderRecord,
  OrderStatus,
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
} from '../model/types.js';

/** Options of every adapter call. */
export interface CallInit {
  /** Aborts the call: a newer search, a closed dialog, a removed element. */
  signal?: AbortSignal;
  /**
   * False: the caller retries; make a single attempt. For a caller that runs its own retries
   * (the builder's submit, with `withRetry` and one idempotency key), so that retries do not nest.
   * An adapter without retries of its own may ignore it.
   */
  retry?: boolean;
  /**
   * Told before each retry of this call, so that the page can say what is happening ("Still
   * trying… (attempt 2 of 4)"): `attempt` is the number of the attempt about to be made (2 for the
   * first retry), `attempts` the most that will be made in all. Optional: an adapter that does not
   * retry, or does not report its retries, never calls it.
   */
  onRetry?: (attempt: number, attempts: number) => void;
}

export interface OrderQuery {
  siteId: string;
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string | null;
  /**
   * The page starting at this place among all the orders (0 for the newest), instead of a cursor.
   * Asked only of an adapter that says it serves it (`OrderAdapter.orderOffsets`).
   */
  offset?: number;
  /** Page size (the backend may cap it). */
  limit?: number;
  /** Only the orders of this customer. */
  customerId?: string;
  /** Only orders created at or after this ISO timestamp. */
  since?: string;
  /**
   * Only the orders whose number, customer name, email or phone matches this text (a phone in any
   * formatting: its digits). Asked only of an adapter that says it serves it (`OrderAdapter.orderSearch`).
   */
  search?: string;
  /** Only the orders of this status. Asked only of an adapter that serves `orderSearch`. */
  status?: OrderStatus;
}

export interface CustomerQuery {
  siteId: string;
  /** Name, email or phone, at least 2 characters. */
  query: string;
  limit?: number;
}

export interface ProductQuery {
  siteId: string;
  /** Product name or code. */
  query: string;
  /** Price the results with this price list. */
  priceListId?: string | null;
  limit?: number;
}

/** An item whose fulfillment options are asked for: a product, or a variant of a configurable product. */
export interface FulfillmentItem {
  productId: string;
  /** The variant of a configurable product; absent or null for a simple product. */
  variantId?: string | null;
}

/**
 * The most items one `getFulfillmentOptionsBatch` call is asked about: callers split a larger set
 * into calls of at most this many, and an adapter may reject a call with more.
 */
export const FULFILLMENT_BATCH_LIMIT = 100;

/**
 * A draft saved through `saveDraft`, as `listDrafts` lists it: what the "Drafts" view shows and
 * what "Resume" opens. Untrusted like every answer: the builder reads `draft` again with the
 * model's `parseDraft` before it opens it.
 */
export interface SavedDraft {
  /** The backend's id of the saved draft (what `saveDraft`'s `draftId` and `deleteDraft` name). */
  id: string;
  /** When it was saved (ISO timestamp). */
  savedAt: string;
  /** What the backend names it by, such as the customer's name and the item count ("Ada Lovelace, 2 items"). */
  label: string;
  /** The draft's total when it was saved, when the backend priced it. */
  total?: Money;
  /** The draft as it was saved: card payments by token, brand, last four and expiry only. */
  draft: OrderDraft;
}

/** What `sendConfirmation` answers: the address the confirmation went to (as the backend wrote it). */
export interface ConfirmationSent {
  email: string;
}

export interface OrderAdapter {
  /**
   * The sites the agent may sell for. A site that cannot be used (a currency outside ISO 4217, a
   * locale `Intl` cannot read) is left out and counted in `skipped` (see `Listed`), as are the
   * customers and products of the searches below and the orders of a page (`Page.skipped`): the
   * elements say "1 site could not be shown". A plain array means none was left out.
   */
  listSites(init?: CallInit): Promise<Listed<Site>>;
  /**
   * Optional. True when `listOrders` serves `OrderQuery.offset` (a page at any place). With it, and a
   * `Page.total`, the orders list spans all the orders from its first page and loads the pages the
   * agent scrolls or jumps to; without it, the list pages by cursor, in order.
   */
  readonly orderOffsets?: boolean;
  /** Existing orders of a site, newest first, paged. */
  listOrders(query: OrderQuery, init?: CallInit): Promise<Page<OrderSummary>>;
  /**
   * Customers of the site's customer set matching a name, email or phone, best first (the ranking
   * expected of a backend is in README.md, "Write an adapter"). Optional in the answer: when none
   * matches on the site, `elsewhere` names a few customers of other customer sets that do
   * (`FoundCustomers`), which `<customer-search>` says without offering them.
   */
  searchCustomers(query: CustomerQuery, init?: CallInit): Promise<FoundCustomers>;
  /** Creates a customer in the site's customer set. Rejects with a ValidationError (e.g. a duplicate email at "email"). */
  createCustomer(request: { siteId: string; customer: CustomerInput }, init?: CallInit): Promise<Customer>;
  /** Replaces a customer's details and addresses. */
  updateCustomer(
    request: { siteId: string; customerId: string; customer: CustomerInput },
    init?: CallInit,
  ): Promise<Customer>;
  searchProducts(query: ProductQuery, init?: CallInit): Promise<Listed<ProductSummary>>;
  /** A product with its options and existing variants. */
  getProduct(
    request: { siteId: string; productId: string; priceListId?: string | null },
    init?: CallInit,
  ): Promise<Product>;
  /** Resolves chosen options to a variant with its code, price and stock. Rejects with NotFoundError when the combination does not exist. */
  configureProduct(
    request: { siteId: string; productId: string; options: Record<string, string>; priceListId?: string | null },
    init?: CallInit,
  ): Promise<Variant>;
  /** Direct Ship (aggregate inventory) and each pickup/delivery location, with inventory, for an item. */
  getFulfillmentOptions(
    request: { siteId: string; productId: string; variantId?: string | null },
    init?: CallInit,
  ): Promise<FulfillmentOption[]>;
  /**
   * Optional. What `getFulfillmentOptions` answers, for many items in one call (at most
   * `FULFILLMENT_BATCH_LIMIT`): one entry per item, in the order of `items`, each the item's
   * options, or null for an item the backend does not know (a product or variant that no longer
   * exists, a configurable product without its variant). `<line-item-editor>` looks up the stock
   * of the lines it is given through it, one call per set of lines; without it, item by item.
   */
  getFulfillmentOptionsBatch?(
    request: { siteId: string; items: readonly FulfillmentItem[] },
    init?: CallInit,
  ): Promise<(FulfillmentOption[] | null)[]>;
  /** Shipping methods and their rates for a draft (its lines and shipping address). */
  getShippingMethods(request: { draft: OrderDraft }, init?: CallInit): Promise<ShippingMethod[]>;
  listPriceLists(request: { siteId: string }, init?: CallInit): Promise<PriceList[]>;
  /** The authoritative totals for a draft: lines, coupons, adjustments, shipping, handling, tax, duty. */
  priceOrder(request: { draft: OrderDraft }, init?: CallInit): Promise<Pricing>;
  listPaymentTypes(request: { siteId: string }, init?: CallInit): Promise<PaymentType[]>;
  /** The available balance of a store credit or gift card code. */
  checkBalance(request: { siteId: string; typeId: string; code: string }, init?: CallInit): Promise<Balance>;
  /**
   * Hands a card to the payment provider and returns what may be kept of it. The only place a
   * card number or security code ever goes. Rejects with DeclinedError, or with a ValidationError
   * at "number" when the number itself is invalid.
   */
  tokenizeCard(request: { siteId: string; card: CardDetails }, init?: CallInit): Promise<CardSummary>;
  /**
   * Submits the draft. The same `idempotencyKey` always yields the same order, never a second one;
   * callers reuse it on every retry of one attempt.
   */
  submitOrder(request: { draft: OrderDraft; idempotencyKey: string }, init?: CallInit): Promise<SubmittedOrder>;
  /**
   * Optional. The order that a `submitOrder` with this idempotency key created on the site, or null
   * when none was. The builder asks it when a submission's outcome is unknown (its answer was lost,
   * or the page was reloaded meanwhile), so that it can show the order as submitted instead of
   * offering to submit it again. Without it, the builder reuses the key, which alone guarantees
   * that a resubmission answers the same order.
   */
  findOrder?(request: { siteId: string; idempotencyKey: string }, init?: CallInit): Promise<SubmittedOrder | null>;
  /**
   * Optional. Emails the confirmation of a submitted order (`SubmittedOrder.id`) to `email`. The
   * builder's success view offers "Email confirmation" only when the adapter has it. Rejects with a
   * ValidationError at "email" when the backend refuses the address, NotFoundError for an order it
   * does not know. Not retried by the REST adapter: a lost answer must not send the email twice.
   */
  sendConfirmation?(
    request: { siteId: string; orderId: string; email: string },
    init?: CallInit,
  ): Promise<ConfirmationSent>;
  /**
   * Optional. The items the customer ordered on the site recently, distinct per product and variant,
   * the most recently ordered first, at most `limit` (the backend may cap it): the chosen customer's
   * "Last ordered items" in the builder, each with a quick "Add". Without it, the list is hidden (the
   * customer's last orders still show, from `listOrders`).
   */
  listLastOrderedItems?(
    request: { siteId: string; customerId: string; limit?: number },
    init?: CallInit,
  ): Promise<LastOrderedItem[]>;
  /**
   * Optional, with `listDrafts` and `deleteDraft` (the builder offers "Save draft" and "Drafts"
   * only when the adapter has all three). Saves the draft for another agent or another device to
   * resume: a new saved draft, or with `draftId` the one it replaces. The builder hands over the
   * draft exactly as it keeps it in `sessionStorage` (the model's `serializeDraft`: card payments
   * by token, never a card number or security code). Not retried by the REST adapter when it
   * creates one: a lost answer must not save it twice.
   */
  saveDraft?(request: { siteId: string; draft: OrderDraft; draftId?: string }, init?: CallInit): Promise<SavedDraft>;
  /** Optional (see `saveDraft`). The drafts saved on the site, newest first, each with the whole draft. */
  listDrafts?(request: { siteId: string }, init?: CallInit): Promise<Listed<SavedDraft>>;
  /** Optional (see `saveDraft`). Deletes a saved draft: "Delete" in the Drafts view, and once a resumed draft is submitted. One already gone is not an error. */
  deleteDraft?(request: { siteId: string; draftId: string }, init?: CallInit): Promise<void>;
  /**
   * Optional. Submits the draft as awaiting payment (`status: 'awaiting-payment'`) and sends the
   * shopper a link to pay it, to the email address or the phone number `to`: no card is taken
   * during the call. A submission like `submitOrder`: the same `init.idempotencyKey` always yields
   * the same order and sends the link once, never a second order or link (the builder reuses the
   * key on every retry, and `findOrder` finds the order by it). The answer's `paymentLink` says
   * where the link went. Rejects with a ValidationError (at `email` or `phone` for a destination
   * the backend refuses, or the draft's paths as `submitOrder` does). The builder's Payments offer
   * "Send payment link" only when the adapter has it.
   */
  sendPaymentLink?(
    draft: OrderDraft,
    to: PaymentLinkDestination,
    init: CallInit & { idempotencyKey: string },
  ): Promise<SubmittedOrder>;
  /**
   * Optional. True when the backend takes custom lines (`DraftLine.custom`: an item the catalog
   * lacks, with the agent's name, unit price and quantity, taxable or not) in the drafts it prices
   * and submits. `<line-item-editor>` offers "Add custom item" only then.
   */
  readonly customLines?: boolean;
  /**
   * Optional. True when `listOrders` serves `OrderQuery.search` and `OrderQuery.status`: the orders
   * list then shows "Search orders" and "Status". Without it, the list has neither.
   */
  readonly orderSearch?: boolean;
  /**
   * Optional. An existing order of the site in full: customer, lines with their options and
   * fulfillment, totals, payments (a card by its last four digits only) and status. With it, an
   * order of the orders list opens read-only in a side sheet, with "Reorder"; without it, the rows
   * are not activatable. Rejects with NotFoundError for an order the backend does not know.
   */
  getOrder?(request: { siteId: string; orderId: string }, init?: CallInit): Promise<OrderRecord>;
}
