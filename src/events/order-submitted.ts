import type { Money, OrderDraft, SubmittedOrder } from '../model/types.js';

/** Fired by `<offline-order-builder>` when the backend accepted the order. */
export class OrderSubmittedEvent extends Event {
  static readonly eventName = 'order-submitted';

  /** The backend's order id. */
  readonly orderId: string;
  /** The number agents read out ("10542"). */
  readonly orderNumber: string;
  /** The order total. */
  readonly total: Money;
  /** What the shopper still owes (total minus payments). */
  readonly balanceDue: Money;
  /** The whole answer of the backend. */
  readonly order: SubmittedOrder;
  /** The draft that was submitted. */
  readonly draft: OrderDraft;

  constructor(init: { order: SubmittedOrder; draft: OrderDraft }) {
    super(OrderSubmittedEvent.eventName, { bubbles: true, composed: true });
    this.order = init.order;
    this.draft = init.draft;
    this.orderId = init.order.id;
    this.orderNumber = init.order.number;
    this.total = init.order.total;
    this.balanceDue = init.order.balanceDue;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-submitted': OrderSubmittedEvent;
  }
}
