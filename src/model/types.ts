/**
 * The domain: what a site, a customer, a product and an order draft are.
 *
 * Plain data, no DOM, no classes: every value here is JSON as it is, so it crosses the
 * HTTP contract (`api/openapi.yaml`) and session storage unchanged. The OpenAPI schemas
 * mirror these interfaces; a contract test keeps the two from drifting apart.
 *
 * Money is always integer minor units with an ISO 4217 code (see `money.ts`).
 */

import type { Money } from './money-type.js';
import type { Inventory } from './catalog-types.js';
export type { Money } from './money-type.js';
export type {
  ProductType,
  ProductSummary,
  ProductOption,
  VariantSummary,
  Product,
  Variant,
  FutureStock,
  Inventory,
} from './catalog-types.js';

/** A storefront the agent sells for. Its currency and locale drive prices and formatting. */
export interface Site {
  id: string;
  name: string;
  /** ISO 4217 code of the prices on this site. */
  currency: string;
  /** BCP 47 locale used to format numbers, dates and money on this site. */
  locale: string;
  /** Customers are shared by the sites of one customer set; an order's shopper must belong to it. */
  customerSetId: string;
  customerSetName: string;
}

/** A postal address of a customer. `country` is ISO 3166-1 alpha-2 ("US", "CA"). */
export interface Address {
  id: string;
  /** The addressee's name as printed on a label. */
  name: string;
  line1: string;
  line2?: string;
  city: string;
  /** State, province or region code ("TX", "ON"). */
  region: string;
  postalCode: string;
  country: string;
  phone?: string;
  isDefaultBilling: boolean;
  isDefaultShipping: boolean;
}

/** An address being created: the backend gives it an id. */
export type AddressInput = Omit<Address, 'id'> & { id?: string };

export interface Phones {
  home?: string;
  work?: string;
  mobile?: string;
}

export interface Customer {
  id: string;
  /** The number agents read out ("C000123"). */
  customerNumber: string;
  customerSetId: string;
  firstName: string;
  lastName: string;
  email: string;
  phones: Phones;
  addresses: Address[];
}

/** What an agent types to create or edit a customer. */
export interface CustomerInput {
  firstName: string;
  lastName: string;
  email: string;
  phones: Phones;
  addresses: AddressInput[];
}

/**
 * How a line reaches the shopper: shipped from the warehouses, picked up, delivered from a store, or
 * (a gift card, a download) delivered by email to a recipient (`digital`).
 */
export type FulfillmentKind = 'ship' | 'pickup' | 'delivery' | 'digital';

/** Who a line delivered by email (a `digital` fulfillment) goes to, and the message sent with it. */
export interface DigitalRecipient {
  /** Required; an email address (`validateEmail`). */
  email: string;
  /** Required: the recipient's name. */
  name: string;
  /** Optional (empty when none), at most `TEXT_LIMITS.recipientMessage` characters. */
  message: string;
}

/** Why a fulfillment option cannot be used for an item. */
export type FulfillmentUnavailableReason = 'not-supported' | 'out-of-stock' | 'location-closed';

/** One way an item can be fulfilled, with the inventory behind it. */
export interface FulfillmentOption {
  /** Stable id: "ship" for Direct Ship, "digital" for email delivery, otherwise `${kind}:${locationId}`. */
  id: string;
  kind: FulfillmentKind;
  /** Null for Direct Ship (its inventory is the aggregate of the ship-from locations) and for email delivery. */
  locationId: string | null;
  locationName: string | null;
  /** Not read for email delivery (`digital`): nothing is stocked, any quantity can be sent. */
  inventory: Inventory;
  available: boolean;
  unavailableReason?: FulfillmentUnavailableReason;
  /** A message for the agent explaining `unavailableReason`. */
  unavailableMessage?: string;
}

/** The fulfillment chosen for a line. */
export interface Fulfillment {
  kind: FulfillmentKind;
  locationId: string | null;
  locationName: string | null;
  /** Present for email delivery (`digital`, whose location is null): who receives it. */
  recipient?: DigitalRecipient;
}

/** A chosen option of a line, for display and for the backend ("Size" → "9"). */
export interface LineOption {
  name: string;
  value: string;
}

/**
 * A price adjustment on a line, per unit, so that it survives quantity changes:
 * either an amount off each unit or a new unit price. Always with the agent's reason.
 */
export type LineAdjustment =
  { kind: 'amount-off'; amount: Money; reason: string } | { kind: 'unit-price'; unitPrice: Money; reason: string };

export interface DraftLine {
  /** Client-generated, stable across edits. */
  id: string;
  productId: string;
  /** The variant of a configurable product; null for a simple product. */
  variantId: string | null;
  productName: string;
  /** The SKU: the variant's code when configured, else the product's. */
  code: string;
  options: LineOption[];
  /** Integer ≥ 1. */
  quantity: number;
  fulfillment: Fulfillment | null;
  /** The unit price the product was added at (after the order's price list). */
  unitPrice: Money;
  adjustment: LineAdjustment | null;
  gift: boolean;
  giftMessage: string;
  imageUrl?: string;
  /**
   * True once `unitPrice` may no longer hold: the site or the price list changed since the line
   * was priced. Set by `changeSite`/`setPriceList`, cleared by `repriceLines`. Absent means false.
   */
  needsRepricing?: boolean;
  /**
   * Present on a custom line: an item the catalog lacks, typed by the agent (name, unit price,
   * quantity). It has no product (`productId`, `code` are '', `variantId` null), ships with the
   * order (Direct Ship, never another fulfillment) and has no stock. `taxable` false: no tax on it.
   */
  custom?: CustomLine;
}

/** What marks a line as custom (see `DraftLine.custom`). */
export interface CustomLine {
  taxable: boolean;
}

/** An adjustment to the order total: an amount off, or a percentage (basis points: 1000 = 10%). */
export type OrderAdjustment =
  { kind: 'amount'; amount: Money; reason: string } | { kind: 'percent'; basisPoints: number; reason: string };

/** An adjustment to the shipping cost: an amount off. */
export interface ShippingAdjustment {
  kind: 'amount';
  amount: Money;
  reason: string;
}

/**
 * An order-level tax exemption: the shopper's exemption certificate number (required, at most
 * `TEXT_LIMITS.taxCertificate` characters). A backend charges no tax on an exempt order.
 */
export interface TaxExemption {
  certificateNumber: string;
}

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown';

/** What is kept of a card after tokenization. Never the number or the security code. */
export interface CardSummary {
  token: string;
  brand: CardBrand;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}

/** Payment kinds the elements know how to collect. A backend may offer others as `other`. */
export type PaymentKind = 'credit-card' | 'check' | 'purchase-order' | 'store-credit' | 'gift-card' | 'other';

export interface Payment {
  /** Client-generated id. */
  id: string;
  /** The adapter's payment type id. */
  typeId: string;
  kind: PaymentKind;
  amount: Money;
  /** Present for card payments: token, brand, last four and expiry only. */
  card?: CardSummary;
  /** Check number, PO number, or store credit / gift card code. */
  reference?: string;
  /** Payment terms id of a purchase order ("net-30"). */
  termsId?: string;
  /** Values of the custom fields a payment type declares. */
  fields?: Record<string, string>;
}

/**
 * An order being created. Edits are pure functions in `draft.ts` returning a new draft.
 * `schema` versions the JSON kept in session storage.
 */
export interface OrderDraft {
  schema: 1;
  id: string;
  siteId: string | null;
  /** The site's currency, fixed when the site is chosen. */
  currency: string | null;
  customer: Customer | null;
  lines: DraftLine[];
  shippingMethodId: string | null;
  /** Coupon codes as the agent entered them, upper-cased. */
  coupons: string[];
  customerNotes: string;
  giftMessage: string;
  priceListId: string | null;
  orderAdjustment: OrderAdjustment | null;
  shippingAdjustment: ShippingAdjustment | null;
  /** The order's tax exemption; absent or null: the order is taxed. */
  taxExemption?: TaxExemption | null;
  payments: Payment[];
  /**
   * Where the order ships when not to the customer's default shipping address: a copy of another of
   * the customer's saved addresses (with its `id`), or a one-time address (without one). Absent or
   * null: the customer's default shipping address (`shipToAddress` answers either). Set with
   * `setShipTo`; never changes the customer's addresses.
   */
  shipTo?: AddressInput | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** A problem with a draft or an input, addressed to a field so the view can show it there. */
export interface Problem {
  /**
   * Dotted path of the field: "customer.email", "customer.phones", "lines.<lineId>.quantity",
   * "shippingMethodId", "payments". Adapter validation errors use the same convention.
   */
  path: string;
  /** Stable machine code ("required", "invalid-email", "min-quantity", …) for tests and translations. */
  code: string;
  /** An English message fit to show an agent. Elements translate by `code`. */
  message: string;
}

/** A row of a breakdown of shipping, handling, tax or duty. */
export interface BreakdownItem {
  label: string;
  /** The line this row belongs to, when the backend itemizes per line. */
  lineId?: string;
  amount: Money;
}

export type CouponStatus = 'accepted' | 'rejected';

export interface CouponResult {
  code: string;
  status: CouponStatus;
  /** The discount given, for an accepted coupon. */
  discount?: Money;
  /** Why a coupon was rejected: "expired", "minimum-not-met", "unknown", "not-applicable". */
  reason?: string;
  /** The backend's message for the agent. */
  message?: string;
  /**
   * For a coupon rejected as "minimum-not-met": the subtotal it needs, so that a view can say it as
   * money in its own locale ("BIGSPENDER needs a subtotal of at least $200.00").
   */
  minimumSubtotal?: Money;
}

export interface PricedLine {
  lineId: string;
  unitPrice: Money;
  /** Unit price after the line adjustment. */
  adjustedUnitPrice: Money;
  /** adjustedUnitPrice × quantity. */
  total: Money;
}

/** A discount given by pricing (a coupon or a promotion), as a positive amount. */
export interface Discount {
  label: string;
  code?: string;
  amount: Money;
}

/** The backend's authoritative totals for a draft. Discounts and adjustments are positive amounts subtracted. */
export interface Pricing {
  currency: string;
  lines: PricedLine[];
  /** Sum of the line totals. */
  subtotal: Money;
  discounts: Discount[];
  coupons: CouponResult[];
  orderAdjustment: Money;
  shipping: Money;
  shippingAdjustment: Money;
  shippingBreakdown: BreakdownItem[];
  handling: Money;
  handlingBreakdown: BreakdownItem[];
  tax: Money;
  taxBreakdown: BreakdownItem[];
  duty: Money;
  dutyBreakdown: BreakdownItem[];
  /** Never below zero. */
  total: Money;
}

export interface ShippingMethod {
  id: string;
  name: string;
  description?: string;
  rate: Money;
  /**
   * The site's default method (at most one of the rates should say so): Order Details preselects it
   * for an order that ships and has no method yet, visibly and with its price. Optional.
   */
  isDefault?: boolean;
}

export interface PriceList {
  id: string;
  name: string;
  description?: string;
}

export interface PaymentTerms {
  id: string;
  label: string;
}

export interface PaymentField {
  name: string;
  label: string;
  required: boolean;
}

export interface PaymentType {
  id: string;
  kind: PaymentKind;
  label: string;
  /** Purchase order terms to choose from. */
  terms?: PaymentTerms[];
  /** Extra fields the backend requires for this type. */
  fields?: PaymentField[];
}

/** The available balance of a store credit or gift card code. */
export interface Balance {
  typeId: string;
  code: string;
  available: Money;
}

/** A card as keyed by the agent: exists only inside <payment-panel> and the tokenizer call. */
export interface CardDetails {
  number: string;
  expiryMonth: number;
  expiryYear: number;
  securityCode: string;
  nameOnCard: string;
  billingAddress?: AddressInput;
}

/**
 * Where an order stands. `awaiting-payment`: submitted with a payment link sent to the shopper
 * (`OrderAdapter.sendPaymentLink`), not paid yet; shown as "Payment link sent".
 */
export type OrderStatus = 'new' | 'open' | 'shipped' | 'completed' | 'cancelled' | 'awaiting-payment';

/** Where a payment link goes: the shopper's email address, or a phone number (by text message). */
export type PaymentLinkDestination = { email: string } | { phone: string };

/** An item of an existing order, enough to spot a duplicate order. */
export interface OrderItemSummary {
  productId: string;
  productName: string;
  quantity: number;
}

/** An existing order as listed on the left of the builder. */
export interface OrderSummary {
  id: string;
  /** The number agents read out ("10542"). */
  number: string;
  siteId: string;
  /** ISO timestamp. */
  createdAt: string;
  customerId: string;
  customerName: string;
  status: OrderStatus;
  total: Money;
  items: OrderItemSummary[];
}

/** What the backend answers to a submitted order. */
export interface SubmittedOrder {
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: string;
  total: Money;
  /** Total minus payments: what the shopper still owes. */
  balanceDue: Money;
  /**
   * The idempotency key of the submission that created the order, echoed by the backend so that an
   * answer for another order is never taken for this one (the REST adapter requires it).
   */
  idempotencyKey?: string;
  /** Where the payment link went, for an order submitted with `sendPaymentLink` (as the backend wrote it). */
  paymentLink?: PaymentLinkDestination;
}

/** A page of a long list. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** The number of items in all pages, when the backend knows it. */
  total?: number;
  /**
   * How many records of this page were left out because they could not be used (a currency
   * outside ISO 4217, a missing field): the list shows "1 order could not be shown". Set by the
   * REST adapter's decoders; a host adapter may set it too.
   */
  skipped?: number;
}

/**
 * A list answer (sites, customers, products) with, as on `Page`, how many records were left out
 * because they could not be used. A plain array is a `Listed` with none left out.
 */
export type Listed<T> = T[] & { skipped?: number };

/** A customer of another customer set that a search found: named for the agent, never offered. */
export interface CustomerElsewhere {
  /** The customer's name ("Grace Hopper"). */
  name: string;
  /** The name of the customer set they belong to ("Wholesale"). */
  customerSetName: string;
}

/**
 * A customer search's answer: the customers of the site's customer set, best first, and, when
 * there are none, optionally a few customers of other customer sets that match (`elsewhere`), which
 * `<customer-search>` names ("Grace Hopper is a customer of Wholesale") without offering them.
 */
export type FoundCustomers = Listed<Customer> & { elsewhere?: CustomerElsewhere[] };

/**
 * An item a customer ordered recently (`OrderAdapter.listLastOrderedItems`): what a quick "Add"
 * needs to add it again (product, variant, options, the fulfillment last used), distinct per
 * product and variant, the most recently ordered first.
 */
export interface LastOrderedItem extends Pick<
  DraftLine,
  'productId' | 'variantId' | 'productName' | 'code' | 'options'
> {
  /** How it was fulfilled the last time; null when unknown. */
  fulfillment: Fulfillment | null;
  /** When it was last ordered (the order's ISO timestamp). */
  orderedAt: string;
}

/** A line of an existing order, as `getOrder` answers it: what was ordered, how, and at what price. */
export interface OrderRecordLine extends Pick<
  DraftLine,
  'id' | 'productId' | 'variantId' | 'productName' | 'code' | 'options' | 'quantity' | 'fulfillment'
> {
  /** The unit price charged (after adjustments; a draft line's is the price it was added at). */
  unitPrice: Money;
  /** unitPrice × quantity. */
  total: Money;
}

/** A payment of an existing order: never more of a card than its brand and last four digits. */
export interface OrderRecordPayment {
  kind: PaymentKind;
  /** The payment type as the agent knows it ("Credit card", "Check"). */
  label: string;
  amount: Money;
  /** For a card: its brand. */
  brand?: CardBrand;
  /** For a card: its last four digits. */
  last4?: string;
}

/** An existing order read in full (`getOrder`): its customer, lines, totals, payments and status. */
export interface OrderRecord {
  id: string;
  /** The number agents read out ("10542"). */
  number: string;
  siteId: string;
  /** ISO timestamp. */
  createdAt: string;
  status: OrderStatus;
  customer: Customer;
  lines: OrderRecordLine[];
  /** The shipping method's id and name, when the order ships. */
  shippingMethodId: string | null;
  shippingMethodName: string | null;
  subtotal: Money;
  /** Discounts and adjustments, as a positive amount subtracted. */
  discounts: Money;
  shipping: Money;
  tax: Money;
  total: Money;
  payments: OrderRecordPayment[];
}
