/**
 * A stateful fake of Kibo's order calls for the submit tests: orders created, items, coupons,
 * fulfillment and billing info, payments and the SubmitOrder action, each changing the order as
 * Kibo would (every unit priced 10.00; coupon SAVE5 takes 5.00 off, any other is refused), and a
 * fault to inject: the n-th change is made, then its answer is lost (a 503).
 */
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';

type KiboOrder = Record<string, unknown> & {
  id: string;
  items: Record<string, unknown>[];
  payments: Record<string, unknown>[];
};

const CHANGES = new Set([
  'createOrder',
  'createOrderItem',
  'applyCoupon',
  'setFulfillmentInfo',
  'setBillingInfo',
  'createPaymentAction',
  'performOrderAction',
]);

export class FakeOrders {
  readonly orders: KiboOrder[] = [];
  /** The changes made, by operation. */
  readonly changes: string[] = [];
  /** The index (in `changes`) of the change whose answer is lost, or -1. */
  constructor(private failAfter = -1) {}

  private reprice(order: KiboOrder): void {
    const subtotal = order.items.reduce((sum, item) => sum + 10 * (item.quantity as number), 0);
    const discounts = (order.orderDiscounts as { impact: number }[] | undefined) ?? [];
    const total = subtotal + discounts.reduce((sum, d) => sum + d.impact, 0);
    const paid = order.payments.reduce((sum, p) => sum + (p.amountRequested as number), 0);
    Object.assign(order, { subtotal, total, amountRemainingForPayment: total - paid });
  }

  private orderOf(request: RecordedRequest): KiboOrder {
    const id = route(request).path.split('/')[3];
    const order = this.orders.find((o) => o.id === id);
    if (!order) throw new Error(`no order ${id}`);
    return order;
  }

  answer = (request: RecordedRequest): FakeAnswer => {
    const operation = operationOf(request);
    if (operation === 'getTenant') return { body: fx.tenant };
    if (operation === 'getCustomerSets') return { body: fx.customerSets };
    const reply = this.change(request, operation);
    if (CHANGES.has(operation)) {
      this.changes.push(operation);
      if (this.changes.length - 1 === this.failAfter) return { status: 503, text: '' };
    }
    return reply;
  };

  private change(request: RecordedRequest, operation: string): FakeAnswer {
    const body = request.body as Record<string, unknown>;
    switch (operation) {
      case 'getOrders': {
        const filter = route(request).query.filter ?? '';
        const items = this.orders.filter((o) => filter === `externalId eq '${String(o.externalId)}'`);
        return { body: { startIndex: 0, pageSize: 1, pageCount: 1, totalCount: items.length, items } };
      }
      case 'getOrder':
        return { body: this.orderOf(request) };
      case 'createOrder': {
        const order: KiboOrder = {
          ...body,
          id: `o-${this.orders.length + 1}`,
          status: 'Created',
          items: [],
          payments: [],
          orderDiscounts: [],
          invalidCoupons: [],
        };
        this.reprice(order);
        this.orders.push(order);
        return { body: order };
      }
      case 'createOrderItem': {
        const order = this.orderOf(request);
        order.items.push({ ...body, id: `item-${order.items.length + 1}` });
        this.reprice(order);
        return { body: order };
      }
      case 'applyCoupon': {
        const order = this.orderOf(request);
        const code = route(request).path.split('/').pop()!;
        if (code === 'SAVE5') (order.orderDiscounts as unknown[]).push({ couponCode: code, impact: -5 });
        else (order.invalidCoupons as unknown[]).push({ couponCode: code, reason: 'Unknown coupon', reasonCode: 1 });
        this.reprice(order);
        return { body: order };
      }
      case 'setFulfillmentInfo':
        Object.assign(this.orderOf(request), { fulfillmentInfo: body });
        return { body };
      case 'setBillingInfo':
        Object.assign(this.orderOf(request), { billingInfo: body });
        return { body };
      case 'createPaymentAction': {
        const order = this.orderOf(request);
        const billing = body.newBillingInfo as Record<string, unknown>;
        order.payments.push({
          id: `pay-${order.payments.length + 1}`,
          amountRequested: body.amount,
          paymentType: billing.paymentType,
          status: 'New',
          data: body.data,
        });
        this.reprice(order);
        return { body: order };
      }
      case 'performOrderAction': {
        const order = this.orderOf(request);
        if (order.submittedDate)
          return { status: 409, body: fx.kiboError('The order is already submitted.', [], 'CONFLICT') };
        Object.assign(order, {
          status: 'Submitted',
          submittedDate: '2026-12-04T12:00:00Z',
          orderNumber: 10000 + this.orders.length,
        });
        return { body: order };
      }
      default:
        throw new Error(`the fake orders do not answer ${operation}`);
    }
  }
}
