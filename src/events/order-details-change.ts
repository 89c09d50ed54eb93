import type { OrderDraft } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<order-details-dialog>` when the agent saves the Order Details: `draft` is the draft
 * with the lines and the order-level details as saved. Not fired on Cancel, nor when a host opens it.
 */
export class OrderDetailsChangeEvent extends OrderEvent<{ draft: OrderDraft }> {
  static readonly eventName = 'order-details-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-details-change': OrderDetailsChangeEvent;
  }
}
