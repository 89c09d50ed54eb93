import type { OrderDraft } from '../model/types.js';

/**
 * Fired by `<order-details-dialog>` when the agent saves the Order Details: the draft with the
 * lines and the order-level details as saved. Not fired on Cancel, nor when a host opens it.
 */
export class OrderDetailsChangeEvent extends Event {
  static readonly eventName = 'order-details-change';

  /** The draft as saved. */
  readonly draft: OrderDraft;

  constructor(init: { draft: OrderDraft }) {
    super(OrderDetailsChangeEvent.eventName, { bubbles: true, composed: true });
    this.draft = init.draft;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-details-change': OrderDetailsChangeEvent;
  }
}
