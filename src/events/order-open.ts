import type { OrderSummary } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<oo-order-list>` when the agent activates an order (a click, or Enter on its row), only
 * when the adapter can read an order in full (`getOrder`). `<offline-order-builder>` opens the order
 * read-only in a side sheet; a host using the list alone may show it its own way.
 */
export class OrderOpenEvent extends OrderEvent<{
  /** The order activated, as the list shows it. */
  order: OrderSummary;
}> {
  static readonly eventName = 'order-open';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-open': OrderOpenEvent;
  }
}
