import type { Money, OrderDraft, SubmittedOrder } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/** Fired by `<offline-order-builder>` when the backend accepted the order. */
export class OrderSubmittedEvent extends OrderEvent<{
  /** The backend's order id. */
  orderId: string;
  /** The number agents read out ("10542"). */
  orderNumber: string;
  /** The order total. */
  total: Money;
  /** What the shopper still owes (total minus payments). */
  balanceDue: Money;
  /** The whole answer of the backend. */
  order: SubmittedOrder;
  /** The draft that was submitted. */
  draft: OrderDraft;
}> {
  static readonly eventName = 'order-submitted';

  constructor({ order, draft }: { order: SubmittedOrder; draft: OrderDraft }) {
    super({
      order,
      draft,
      orderId: order.id,
      orderNumber: order.number,
      total: order.total,
      balanceDue: order.balanceDue,
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-submitted': OrderSubmittedEvent;
  }
}
