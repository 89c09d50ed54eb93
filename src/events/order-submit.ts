import type { OrderDraft, PaymentLinkDestination } from '../model/types.js';

/**
 * A request event fired by `<offline-order-builder>` just before it submits the order, after the
 * agent confirmed it. Cancelable: a host that calls `preventDefault()` vetoes the submission (the
 * draft stays as it is and the agent is told the submission was stopped; set `reason` to say why).
 */
export class OrderSubmitEvent extends Event {
  static readonly eventName = 'order-submit';

  /** The draft about to be submitted (card payments carry only token, brand, last four, expiry). */
  readonly draft: OrderDraft;
  /** The idempotency key this attempt is submitted with. */
  readonly idempotencyKey: string;
  /**
   * Set when the order is submitted by "Send payment link" (the adapter's `sendPaymentLink`, as
   * awaiting payment) rather than "Submit Order": where the link goes (`{ to: { email } }` or
   * `{ to: { phone } }`). Undefined for "Submit Order".
   */
  readonly paymentLink: { readonly to: PaymentLinkDestination } | undefined;
  /** A message for the agent when the host vetoes; shown instead of the default. */
  reason: string | undefined;

  constructor(init: { draft: OrderDraft; idempotencyKey: string; paymentLink?: { to: PaymentLinkDestination } }) {
    super(OrderSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.draft = init.draft;
    this.idempotencyKey = init.idempotencyKey;
    this.paymentLink = init.paymentLink;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-submit': OrderSubmitEvent;
  }
}
