import type { Payment } from '../model/types.js';

/**
 * Fired by `<payment-panel>` when the agent adds or removes a payment. It carries the whole list
 * as the draft keeps it: per payment its type, amount, reference and, for a card, only the token,
 * brand, last four digits and expiry. Never a card number or a security code. Not fired when a
 * host sets `payments`.
 */
export class PaymentsChangeEvent extends Event {
  static readonly eventName = 'payments-change';

  /** Every payment of the order after the change, in the order they were added. */
  readonly payments: Payment[];

  constructor(init: { payments: Payment[] }) {
    super(PaymentsChangeEvent.eventName, { bubbles: true, composed: true });
    this.payments = init.payments;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'payments-change': PaymentsChangeEvent;
  }
}
