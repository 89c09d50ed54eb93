import type { Payment } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<payment-panel>` when the agent adds or removes a payment. `payments` is every payment
 * of the order after the change, in the order they were added, as the draft keeps them: per payment
 * its type, amount, reference and, for a card, only the token, brand, last four digits and expiry.
 * Never a card number or a security code. Not fired when a host sets `payments`.
 */
export class PaymentsChangeEvent extends OrderEvent<{ payments: Payment[] }> {
  static readonly eventName = 'payments-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'payments-change': PaymentsChangeEvent;
  }
}
