/**
 * The mock's existing orders in full (`getOrder`) and the orders list's search and status filter.
 *
 * A submitted order's record is built when it is placed (from its draft and its pricing) and kept
 * with the state; a seeded order's is built on demand from the lines and shipping method it was
 * priced from (`SeedData.orderDetails`), paid by one card whose last four follow from its number.
 */
import type {
  Customer,
  DraftLine,
  OrderRecord,
  OrderRecordLine,
  OrderRecordPayment,
  OrderStatus,
  OrderSummary,
  Payment,
  PaymentType,
  Pricing,
  Site,
} from '../src/model/types.js';
import type { PricingCatalog } from './catalog-types.js';
import { priceDraft } from './pricing.js';
import { badRequest } from './problem.js';

export const ORDER_STATUSES: readonly OrderStatus[] = ['new', 'open', 'shipped', 'completed', 'cancelled'];

/** A status query parameter: one of the statuses, or a 400 problem. */
export function statusOf(value: string | null | undefined): OrderStatus | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if ((ORDER_STATUSES as readonly string[]).includes(value)) return value as OrderStatus;
  throw badRequest('The status is not one of new, open, shipped, completed or cancelled.', [
    { path: 'status', code: 'invalid', message: 'Choose one of the order statuses.' },
  ]);
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Whether an order matches what the agent typed: its number, or its customer's name, email or a
 * phone (by digits, whatever the formatting on either side: "(555) 010-4477", "555.010.4477").
 */
export function matchesSearch(order: OrderSummary, customer: Customer | undefined, search: string): boolean {
  const text = search.trim().toLowerCase();
  if (!text) return true;
  if (order.number.toLowerCase().includes(text)) return true;
  if (order.customerName.toLowerCase().includes(text)) return true;
  if (!customer) return false;
  if (`${customer.firstName} ${customer.lastName}`.toLowerCase().includes(text)) return true;
  if (customer.email.toLowerCase().includes(text)) return true;
  // A phone only for text that is a phone: digits and the signs phones are written with.
  const digits = digitsOf(text);
  if (digits.length < 3 || /[^\d\s().+-]/.test(text)) return false;
  return Object.values(customer.phones).some((phone) => !!phone && digitsOf(phone).includes(digits));
}

/** What a record's lines are built from: a draft's lines (a custom line with its own name), or a seeded order's. */
type RecordLineInput = Pick<DraftLine, 'id' | 'productId' | 'variantId' | 'quantity' | 'fulfillment'> &
  Partial<Pick<DraftLine, 'productName'>>;

function recordLines(catalog: PricingCatalog, lines: readonly RecordLineInput[], pricing: Pricing): OrderRecordLine[] {
  return lines.map((line) => {
    const product = catalog.productById.get(line.productId);
    const variant = line.variantId ? catalog.variantById.get(line.variantId)?.variant : undefined;
    const priced = pricing.lines.find((p) => p.lineId === line.id);
    const zero = { amount: 0, currency: pricing.currency };
    return {
      id: line.id,
      productId: line.productId,
      variantId: line.variantId,
      // A catalog product by its catalog name; a custom line (no product) by the name it was given.
      productName: product?.name ?? line.productName ?? line.productId,
      code: variant?.code ?? product?.code ?? '',
      options: Object.entries(variant?.options ?? {}).map(([name, value]) => ({ name, value })),
      quantity: line.quantity,
      fulfillment: line.fulfillment,
      unitPrice: priced?.adjustedUnitPrice ?? zero,
      total: priced?.total ?? zero,
    };
  });
}

/** A payment as an order keeps it: the card's brand and last four, never its token. */
function recordPayment(payment: Payment, types: readonly PaymentType[]): OrderRecordPayment {
  const label = types.find((t) => t.id === payment.typeId)?.label ?? payment.kind;
  const card = payment.card ? { brand: payment.card.brand, last4: payment.card.last4 } : {};
  return { kind: payment.kind, label, amount: payment.amount, ...card };
}

export interface RecordInput {
  summary: OrderSummary;
  site: Site;
  customer: Customer;
  lines: readonly RecordLineInput[];
  shippingMethodId: string | null;
  pricing: Pricing;
  payments: readonly Payment[];
  paymentTypes: readonly PaymentType[];
}

/** An order in full, from what it was placed with and its pricing. */
export function orderRecord(catalog: PricingCatalog, input: RecordInput): OrderRecord {
  const { summary, customer, pricing } = input;
  const discounts =
    pricing.discounts.reduce((sum, d) => sum + d.amount.amount, 0) +
    pricing.orderAdjustment.amount +
    pricing.shippingAdjustment.amount;
  const method = catalog.shippingMethods.find((m) => m.id === input.shippingMethodId);
  return {
    id: summary.id,
    number: summary.number,
    siteId: summary.siteId,
    createdAt: summary.createdAt,
    status: summary.status,
    customer: structuredClone(customer),
    lines: recordLines(catalog, input.lines, pricing),
    shippingMethodId: method?.id ?? null,
    shippingMethodName: method?.name ?? null,
    subtotal: pricing.subtotal,
    discounts: { amount: discounts, currency: pricing.currency },
    shipping: pricing.shipping,
    tax: { amount: pricing.tax.amount + pricing.duty.amount, currency: pricing.currency },
    total: pricing.total,
    payments: input.payments.map((p) => recordPayment(p, input.paymentTypes)),
  };
}

/** A seeded order in full: priced again from its lines, paid by one card of the total. */
export function seededRecord(
  catalog: PricingCatalog,
  site: Site,
  summary: OrderSummary,
  customer: Customer,
  detail: { lines: RecordLineInput[]; shippingMethodId: string },
  paymentTypes: readonly PaymentType[],
): OrderRecord {
  const lines = detail.lines.map((line) => ({ ...line, adjustment: null }));
  const pricing = priceDraft(catalog, site, {
    siteId: site.id,
    currency: site.currency,
    customer,
    lines,
    shippingMethodId: detail.shippingMethodId,
    coupons: [],
    priceListId: null,
    orderAdjustment: null,
    shippingAdjustment: null,
  });
  const card = paymentTypes.find((t) => t.kind === 'credit-card');
  const last4 = String((Number(summary.number) * 7919) % 10_000).padStart(4, '0');
  const payment: Payment = {
    id: 'p0',
    typeId: card?.id ?? 'credit-card',
    kind: 'credit-card',
    amount: pricing.total,
    card: { token: '', brand: 'visa', last4, expiryMonth: 1, expiryYear: 2030 },
  };
  return orderRecord(catalog, {
    summary,
    site,
    customer,
    lines,
    shippingMethodId: detail.shippingMethodId,
    pricing,
    payments: [payment],
    paymentTypes,
  });
}
