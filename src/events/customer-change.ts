import type { Customer } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<customer-search>` when the agent chooses a customer (from the search, or by creating
 * or editing one in its dialog) or clears the choice. Not fired when a host sets `.customer`.
 */
export class CustomerChangeEvent extends OrderEvent<{
  /** The chosen customer (ids, names, email, phones, addresses), or null when the agent cleared the choice. */
  customer: Customer | null;
}> {
  static readonly eventName = 'customer-change';

  constructor(customer: Customer | null) {
    super({ customer });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-change': CustomerChangeEvent;
  }
}
