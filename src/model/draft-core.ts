/**
 * The order draft's core: creation, the change of site, the customer, and the queries every view
 * needs (line totals, labels). The public module is `draft.ts`, which re-exports this one with the
 * edits (`draft-edits.ts`) and the JSON round trip (`draft-json.ts`): kept apart so that a page
 * showing the builder loads the edits of the Order Details dialog and the payment panel with them.
 */
import { newId } from './ids.js';
import { same } from './same.js';
import { clampToZero, isMoney, maxMoney, multiply, subtract, zero } from './money.js';
import type {
  Address,
  AddressInput,
  CardBrand,
  Customer,
  CustomerInput,
  DraftLine,
  Money,
  OrderDraft,
  Payment,
  PaymentKind,
  Pricing,
  Site,
} from './types.js';

/** The version of the draft's JSON; `parseDraft` refuses any other. */
export const DRAFT_SCHEMA = 1;

/** What a change of site cleared. */
export type ClearedKind =
  'customer' | 'shipping-method' | 'price-list' | 'payments' | 'prices' | 'adjustments' | 'custom-lines';

/**
 * One thing `changeSite` cleared, for the view to tell the agent. `label` names it in English
 * (the customer's name, the shipping method or price list id, the payments, "3 items", the
 * adjustments' reasons, the custom lines' names); views translate by `kind` and may show `label` as data.
 */
export interface ClearedItem {
  kind: ClearedKind;
  label: string;
}

// ---------------------------------------------------------------------------------------------
// Creation and site

/** A new, empty draft; with `site`, already for that site and its currency. */
export function createDraft(init: { id?: string; now?: Date; site?: Site } = {}): OrderDraft {
  const stamp = (init.now ?? new Date()).toISOString();
  return {
    schema: DRAFT_SCHEMA,
    id: init.id ?? newId('draft'),
    siteId: init.site?.id ?? null,
    currency: init.site?.currency ?? null,
    customer: null,
    lines: [],
    shippingMethodId: null,
    coupons: [],
    customerNotes: '',
    giftMessage: '',
    priceListId: null,
    orderAdjustment: null,
    shippingAdjustment: null,
    payments: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** @internal An edit's result: the draft with `changes`, stamped `now`. */
export function touch(draft: OrderDraft, changes: Partial<OrderDraft>, now: Date): OrderDraft {
  return { ...draft, ...changes, updatedAt: now.toISOString() };
}

/** @internal Refuses money that is not valid or not in the draft's currency (a programming error). */
export function assertDraftCurrency(draft: Pick<OrderDraft, 'currency'>, amount: Money, what: string): void {
  if (!isMoney(amount)) throw new RangeError(`${what}: not a valid amount of money`);
  if (draft.currency !== null && amount.currency !== draft.currency) {
    throw new RangeError(`${what} is in ${amount.currency}; the draft is in ${draft.currency}`);
  }
}

/**
 * Whether a pricing answer can be taken into a draft in `currency` and shown: the answer is in
 * `currency`, and so is every amount of money in it (each object with a `currency` under it:
 * lines, totals, discounts, coupons, breakdowns), each valid money. An adapter's answer is
 * untrusted: a line priced in CAD in an answer for a USD draft would throw in the draft's edits
 * and in the totals' arithmetic. Never throws, whatever the shape of `pricing`.
 */
export function isPricingIn(pricing: Pricing, currency: string): boolean {
  const fits = (value: unknown): boolean =>
    typeof value !== 'object' ||
    value === null ||
    ('currency' in value ? isMoney(value) && value.currency === currency : Object.values(value).every(fits));
  try {
    return pricing.currency === currency && Object.values(pricing).every(fits);
  } catch {
    return false;
  }
}

/** Whether a customer may shop on a site: it belongs to the site's customer set. */
export function isCustomerOfSite(
  customer: Pick<Customer, 'customerSetId'>,
  site: Pick<Site, 'customerSetId'>,
): boolean {
  return customer.customerSetId === site.customerSetId;
}

/**
 * Moves the draft to a site and says what no longer applies there, so the view can tell the agent:
 * a customer of another customer set, the shipping method, the price list and the payments are
 * cleared; every line is marked `needsRepricing`; and when the currency changes, adjustments in
 * the old currency (line amounts, order amount, shipping) are cleared too, and so are custom lines
 * (`custom`) priced in it: their unit price is the agent's, typed in that currency, which no backend
 * can reprice (the agent adds them again in the new one). The catalog items, quantities,
 * fulfillment, coupons, notes and gift messages stay. Choosing the draft's own site changes nothing.
 */
export function changeSite(
  draft: OrderDraft,
  site: Site,
  now: Date = new Date(),
): { draft: OrderDraft; cleared: ClearedItem[] } {
  if (draft.siteId === site.id && draft.currency === site.currency) return { draft, cleared: [] };
  const cleared: ClearedItem[] = [];
  const changes: Partial<OrderDraft> = { siteId: site.id, currency: site.currency };

  if (draft.customer && !isCustomerOfSite(draft.customer, site)) {
    cleared.push({ kind: 'customer', label: customerName(draft.customer) });
    changes.customer = null;
  }
  if (draft.shippingMethodId !== null) {
    cleared.push({ kind: 'shipping-method', label: draft.shippingMethodId });
    changes.shippingMethodId = null;
  }
  if (draft.priceListId !== null) {
    cleared.push({ kind: 'price-list', label: draft.priceListId });
    changes.priceListId = null;
  }
  if (draft.payments.length > 0) {
    cleared.push({ kind: 'payments', label: draft.payments.map(paymentLabel).join(', ') });
    changes.payments = [];
  }

  const foreign = (amount: Money): boolean => amount.currency !== site.currency;
  const droppedReasons: string[] = [];
  // A custom line's price is the agent's, in the old currency: it goes, named (`changeSite` above).
  const dropped = draft.lines.filter((line) => line.custom !== undefined && foreign(line.unitPrice));
  const lines = draft.lines
    .filter((line) => !dropped.includes(line))
    .map((line): DraftLine => {
      const adjustmentMoney =
        line.adjustment && (line.adjustment.kind === 'amount-off' ? line.adjustment.amount : line.adjustment.unitPrice);
      const dropAdjustment = adjustmentMoney !== null && foreign(adjustmentMoney);
      if (dropAdjustment && line.adjustment) droppedReasons.push(line.adjustment.reason);
      return { ...line, adjustment: dropAdjustment ? null : line.adjustment, needsRepricing: true };
    });
  if (lines.length > 0) cleared.push({ kind: 'prices', label: itemCount(lines.length) });
  if (dropped.length > 0) cleared.push({ kind: 'custom-lines', label: dropped.map((l) => l.productName).join(', ') });
  if (draft.lines.length > 0) changes.lines = lines;
  if (draft.orderAdjustment?.kind === 'amount' && foreign(draft.orderAdjustment.amount)) {
    droppedReasons.push(draft.orderAdjustment.reason);
    changes.orderAdjustment = null;
  }
  if (draft.shippingAdjustment && foreign(draft.shippingAdjustment.amount)) {
    droppedReasons.push(draft.shippingAdjustment.reason);
    changes.shippingAdjustment = null;
  }
  if (droppedReasons.length > 0) cleared.push({ kind: 'adjustments', label: droppedReasons.join(', ') });

  return { draft: touch(draft, changes, now), cleared };
}

/** `changeSite` without the report: use `changeSite` when the agent must be told what was cleared. */
export function setSite(draft: OrderDraft, site: Site, now: Date = new Date()): OrderDraft {
  return changeSite(draft, site, now).draft;
}

function itemCount(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

// ---------------------------------------------------------------------------------------------
// Customer

/**
 * Sets (or with null, removes) the order's shopper. Check `isCustomerOfSite` before offering one.
 * The ship-to address (`shipTo`) follows: another customer (or none) drops it; the same customer
 * edited keeps a one-time address, and a saved one as the customer has it now (dropped when gone).
 */
export function setCustomer(draft: OrderDraft, customer: Customer | null, now: Date = new Date()): OrderDraft {
  const { shipTo, ...rest } = draft;
  if (!shipTo) return touch(draft, { customer }, now);
  const kept = customer && customer.id === draft.customer?.id;
  const saved = shipTo.id === undefined ? shipTo : customer?.addresses.find((a) => a.id === shipTo.id);
  return touch(rest, kept && saved ? { customer, shipTo: saved } : { customer }, now);
}

/** The customer's default billing address, or null. The first one wins if several claim it. */
export function defaultBillingAddress<A extends Address | AddressInput>(customer: { addresses: A[] }): A | null {
  return customer.addresses.find((a) => a.isDefaultBilling) ?? null;
}

/** The customer's default shipping address, or null. The first one wins if several claim it. */
export function defaultShippingAddress<A extends Address | AddressInput>(customer: { addresses: A[] }): A | null {
  return customer.addresses.find((a) => a.isDefaultShipping) ?? null;
}

/**
 * Where the order ships: its `shipTo` (another saved address, or a one-time one), else the
 * customer's default shipping address; null when there is neither.
 */
export function shipToAddress(draft: Pick<OrderDraft, 'customer' | 'shipTo'>): Address | AddressInput | null {
  return draft.shipTo ?? (draft.customer && defaultShippingAddress(draft.customer));
}

/** "First Last", trimmed; the email when both names are blank. */
export function customerName(customer: Pick<CustomerInput, 'firstName' | 'lastName' | 'email'>): string {
  const name = `${customer.firstName.trim()} ${customer.lastName.trim()}`.trim();
  return name || customer.email.trim();
}

// ---------------------------------------------------------------------------------------------
// Queries

/** Whether any line waits for a new price (after a change of site or price list). */
export function needsRepricing(draft: OrderDraft): boolean {
  return draft.lines.some((l) => l.needsRepricing === true);
}

/** Whether any line is shipped (Direct Ship), which makes a shipping method necessary. */
export function anyLineShips(draft: OrderDraft): boolean {
  return draft.lines.some((l) => l.fulfillment?.kind === 'ship');
}

/**
 * The unit price after the line's adjustment: the price minus the amount off, or the adjusted unit
 * price; never below zero.
 */
export function effectiveUnitPrice(line: DraftLine): Money {
  const { adjustment, unitPrice } = line;
  if (!adjustment) return unitPrice;
  if (adjustment.kind === 'amount-off') return clampToZero(subtract(unitPrice, adjustment.amount));
  return maxMoney(adjustment.unitPrice, zero(adjustment.unitPrice.currency));
}

/**
 * The line's total: effective unit price × quantity. A quantity the agent is still typing that is
 * not a whole number ≥ 0 counts as 0 here (`validateLine` reports it).
 */
export function lineTotal(line: DraftLine): Money {
  const quantity = Number.isSafeInteger(line.quantity) && line.quantity > 0 ? line.quantity : 0;
  return multiply(effectiveUnitPrice(line), quantity);
}
/** A coupon code as stored: trimmed and upper-cased. */
export function normalizeCoupon(code: string): string {
  return code.trim().toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Labels

const BRAND_NAMES: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** The networks' own names of the card brands ("Visa", "American Express"); "Card" for an unknown brand. */
export const CARD_BRAND_NAMES: Readonly<Record<CardBrand, string>> = BRAND_NAMES;

const KIND_NAMES: Record<PaymentKind, string> = {
  'credit-card': 'Credit card',
  check: 'Check',
  'purchase-order': 'Purchase order',
  'store-credit': 'Store credit',
  'gift-card': 'Gift card',
  other: 'Payment',
};

/** A short English name of a payment: "Visa ending 1111", "Check 1024", "Purchase order". */
export function paymentLabel(payment: Pick<Payment, 'kind' | 'card' | 'reference'>): string {
  if (payment.card) return `${BRAND_NAMES[payment.card.brand] ?? 'Card'} ending ${payment.card.last4}`;
  const name = KIND_NAMES[payment.kind] ?? 'Payment';
  return payment.reference ? `${name} ${payment.reference}` : name;
}

/** Whether two drafts ship to the same address (`shipToAddress`), compared by value (`same`). */
export function sameShipTo(before: OrderDraft, after: OrderDraft): boolean {
  return same(shipToAddress(before), shipToAddress(after));
}
