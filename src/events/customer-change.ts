import type { Customer } from '../model/types.js';

/**
 * Fired by `<customer-search>` when the agent chooses a customer (from the search, or by creating
 * or editing one in its dialog) or clears the choice. Not fired when a host sets `.customer`.
 */
export class CustomerChangeEvent extends Event {
  static readonly eventName = 'customer-change';

  /** The chosen customer (ids, names, email, phones, addresses), or null when the agent cleared the choice. */
  readonly customer: Customer | null;

  constructor(customer: Customer | null) {
    super(CustomerChangeEvent.eventName, { bubbles: true, composed: true });
    this.customer = customer;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-change': CustomerChangeEvent;
  }
}
