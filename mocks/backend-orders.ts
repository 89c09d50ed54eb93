/**
 * Orders of the mock backend: a site's order list (seeded and submitted, filtered and paged) and
 * submission: readiness and payment checks, one order per idempotency key, 409 while a request
 * with the key is still being served.
 */
import { validateLinkDestination } from '../src/model/payment-link.js';
import type {
  OrderDraft,
  OrderRecord,
  OrderStatus,
  OrderSummary,
  Page,
  PaymentLinkDestination,
  Problem,
  Site,
  SubmittedOrder,
} from '../src/model/types.js';
import { validateEmail, validateOrderReadiness } from '../src/model/validation.js';
import type { MockCatalog } from './backend-catalog.js';
import type { MockCustomers } from './backend-customers.js';
import type { MockPayments } from './backend-payments.js';
import type { MockPricing } from './backend-pricing.js';
import type { MockState } from './backend-state.js';
import { matchesSearch, orderRecord, seededRecord } from './backend-order-records.js';
import { priceDraft } from './pricing.js';
import { MockProblem, badRequest, notFound, validationProblem } from './problem.js';

export const DEFAULT_ORDER_PAGE_SIZE = 50;
export const MAX_ORDER_PAGE_SIZE = 200;

export interface OrderListQuery {
  cursor?: string | null;
  /** The page at this place (0 for the newest), instead of a cursor. */
  offset?: number | null;
  limit?: number;
  customerId?: string | null;
  since?: string | null;
  /** Order number, customer name, email or phone (digits in any formatting). */
  search?: string | null;
  status?: OrderStatus | null;
}

/** What `submitOrder` answers: the order, and whether the key had been used before. */
export interface SubmitResult {
  order: SubmittedOrder;
  replayed: boolean;
}

/** The key itself; a 400 problem when it is missing or blank. */
export function requireIdempotencyKey(key: string | null | undefined): string {
  if (!key?.trim()) {
    throw badRequest('An Idempotency-Key header is required to submit an order.', [
      { path: 'idempotencyKey', code: 'required', message: 'Send an Idempotency-Key header.' },
    ]);
  }
  return key;
}

/** The resources a submission checks the draft against. */
export interface OrderResources {
  customers: MockCustomers;
  catalog: MockCatalog;
  pricing: MockPricing;
  payments: MockPayments;
}

export class MockOrders {
  constructor(
    private readonly state: MockState,
    private readonly resources: OrderResources,
  ) {}

  list(siteId: string, query: OrderListQuery = {}): Page<OrderSummary> {
    this.state.site(siteId);
    const limit = query.limit ?? DEFAULT_ORDER_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1) {
      throw badRequest('The page size must be a whole number of at least 1.', [
        { path: 'limit', code: 'invalid', message: 'Enter a whole number of at least 1.' },
      ]);
    }
    if (query.cursor && query.offset !== undefined && query.offset !== null) {
      throw badRequest('Ask for a page by cursor or by offset, not both.', [
        { path: 'offset', code: 'invalid', message: 'Leave out the cursor when giving an offset.' },
      ]);
    }
    if (query.offset !== undefined && query.offset !== null && (!Number.isInteger(query.offset) || query.offset < 0)) {
      throw badRequest('The offset must be a whole number of at least 0.', [
        { path: 'offset', code: 'invalid', message: 'Enter a whole number of at least 0.' },
      ]);
    }
    const offset = query.offset ?? (query.cursor ? Number(query.cursor) : 0);
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
    let orders = [
      ...this.state.submittedOrders.filter((o) => o.siteId === siteId),
      ...this.state.seededOrdersBySite.get(siteId)!,
    ];
    if (query.customerId) orders = orders.filter((o) => o.customerId === query.customerId);
    if (since !== null) orders = orders.filter((o) => Date.parse(o.createdAt) >= since);
    if (query.status) orders = orders.filter((o) => o.status === query.status);
    const search = query.search?.trim();
    if (search) {
      const customers = this.resources.customers;
      orders = orders.filter((o) => matchesSearch(o, customers.find(o.customerId), search));
    }
    const size = Math.min(limit, MAX_ORDER_PAGE_SIZE);
    const items = orders.slice(offset, offset + size).map((o) => structuredClone(o));
    const next = offset + size;
    return { items, nextCursor: next < orders.length ? String(next) : null, total: orders.length };
  }

  /**
   * `sendConfirmation`: the order must be one of the site's (submitted or seeded) and the address
   * look like one (the customer dialog's rule); the confirmation is recorded, not sent.
   */
  sendConfirmation(siteId: string, orderId: string, email: string): { email: string } {
    this.state.site(siteId);
    const known =
      this.state.submittedOrders.some((o) => o.siteId === siteId && o.id === orderId) ||
      this.state.seededOrdersBySite.get(siteId)!.some((o) => o.id === orderId);
    if (!known) throw notFound('There is no such order on this site.');
    const problems = validateEmail(email);
    if (problems.length) throw validationProblem('The confirmation was not sent: check the email address.', problems);
    return { email: email.trim() };
  }

  /** `getOrder`: an order of the site in full (submitted or seeded); 404 for another. */
  get(siteId: string, orderId: string): OrderRecord {
    const site = this.state.site(siteId);
    const kept = this.state.orderRecords.get(orderId);
    if (kept?.siteId === siteId) return structuredClone(kept);
    const summary = this.state.seededOrdersBySite.get(siteId)!.find((o) => o.id === orderId);
    const detail = this.state.data.orderDetails.get(orderId);
    const customer = summary && this.resources.customers.find(summary.customerId);
    if (!summary || !detail || !customer) throw notFound('There is no such order on this site.');
    const types = this.state.data.paymentTypes[siteId] ?? [];
    return seededRecord(this.state.catalog, site, summary, customer, detail, types);
  }

  /** The order a key produced, if any. */
  submission(idempotencyKey: string): SubmittedOrder | undefined {
    const found = this.state.submissions.get(idempotencyKey);
    return found ? structuredClone(found.order) : undefined;
  }

  /** `findOrder`: the order a key produced on the site; 404 when none, 409 while the key is in flight. */
  findSubmission(siteId: string, idempotencyKey: string): SubmittedOrder {
    this.state.site(siteId);
    this.beginSubmission(idempotencyKey)();
    const found = this.state.submissions.get(idempotencyKey);
    if (found?.siteId !== siteId) throw notFound('No order was submitted with this key.');
    return { ...structuredClone(found.order), idempotencyKey };
  }

  /**
   * Marks a key as in flight while its request waits for its (simulated) latency; a second
   * request with the same key meanwhile gets 409 + Retry-After. Returns the release function.
   */
  beginSubmission(idempotencyKey: string): () => void {
    if (this.state.inFlight.has(idempotencyKey)) {
      throw new MockProblem({
        status: 409,
        type: 'conflict',
        title: 'Submission in progress',
        detail: 'This order is already being submitted. Wait a moment; it will not be placed twice.',
        retryAfter: 1,
      });
    }
    this.state.inFlight.add(idempotencyKey);
    return () => this.state.inFlight.delete(idempotencyKey);
  }

  /**
   * The model's readiness rules, checked against the customer as stored (not the draft's copy),
   * plus what only the backend knows: the customer exists and belongs to the site's customer set,
   * and each line's fulfillment is available.
   */
  private readinessProblems(site: Site, draft: OrderDraft): Problem[] {
    const stored = draft.customer ? this.resources.customers.find(draft.customer.id) : undefined;
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
      const product = this.state.data.productById.get(line.productId);
      if (!product || (product.type === 'configurable' && !product.variants.some((v) => v.id === line.variantId)))
        continue;
      const optionId =
        line.fulfillment.kind === 'ship' || line.fulfillment.kind === 'digital'
          ? line.fulfillment.kind
          : `${line.fulfillment.kind}:${line.fulfillment.locationId}`;
      const option = this.resources.catalog
        .getFulfillmentOptions(site.id, product.id, line.variantId)
        .find((o) => o.id === optionId);
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
   * Places the order once per idempotency key. The same key always answers the order it first
   * produced (`replayed: true`), whatever the body; see mocks/README.md.
   */
  submitOrder(
    siteId: string,
    draft: OrderDraft,
    idempotencyKey: string,
    paymentLink?: PaymentLinkDestination,
  ): SubmitResult {
    requireIdempotencyKey(idempotencyKey);
    const previous = this.state.submissions.get(idempotencyKey);
    if (previous) return { order: { ...structuredClone(previous.order), idempotencyKey }, replayed: true };
    // `sendPaymentLink`: the destination checked first (the customer dialog's email rule, the model's phone rule).
    const linkProblems = paymentLink ? validateLinkDestination(paymentLink) : [];
    if (linkProblems.length)
      throw validationProblem('The payment link was not sent: check where it goes.', linkProblems);
    const to =
      paymentLink &&
      ('email' in paymentLink ? { email: paymentLink.email.trim() } : { phone: paymentLink.phone.trim() });
    const status = to ? 'awaiting-payment' : 'new';

    const site = this.resources.pricing.draftSite(siteId, draft);
    const readiness = this.readinessProblems(site, draft);
    if (readiness.length > 0) throw validationProblem('The order is not ready to submit.', readiness);
    const customer = this.resources.customers.find(draft.customer!.id)!;
    const pricing = priceDraft(this.state.catalog, site, { ...draft, customer, coupons: draft.coupons ?? [] });
    const paymentProblems = this.resources.payments.problems(site, draft, pricing.total);
    if (paymentProblems.length > 0)
      throw validationProblem('The payments cannot be taken as entered.', paymentProblems);

    this.resources.payments.spend(site, draft);
    const paid = (draft.payments ?? []).reduce((sum, p) => sum + p.amount.amount, 0);
    const number = this.state.nextOrderNumber++;
    const createdAt = this.state.now().toISOString();
    const order: SubmittedOrder = {
      id: `ord-${number}`,
      number: String(number),
      status,
      createdAt,
      total: pricing.total,
      balanceDue: { amount: Math.max(0, pricing.total.amount - paid), currency: site.currency },
      idempotencyKey,
      ...(to ? { paymentLink: to } : {}),
    };
    const summary: OrderSummary = {
      id: order.id,
      number: order.number,
      siteId: site.id,
      createdAt,
      customerId: customer.id,
      customerName: `${customer.firstName} ${customer.lastName}`,
      status,
      total: pricing.total,
      items: draft.lines.map((l) => ({ productId: l.productId, productName: l.productName, quantity: l.quantity })),
    };
    this.state.submittedOrders.unshift(summary);
    this.state.orderRecords.set(
      order.id,
      orderRecord(this.state.catalog, {
        summary,
        site,
        customer,
        lines: draft.lines,
        shippingMethodId: draft.shippingMethodId,
        pricing,
        payments: draft.payments ?? [],
        paymentTypes: this.state.data.paymentTypes[site.id] ?? [],
      }),
    );
    this.state.submissions.set(idempotencyKey, { siteId: site.id, order });
    this.state.persist();
    return { order: structuredClone(order), replayed: false };
  }
}
