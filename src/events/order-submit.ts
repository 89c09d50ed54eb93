import type { OrderDraft } from '../model/types.js';

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
  /** A message for the agent when the host vetoes; shown instead of the default. */
  reason: string | undefined;

  constructor(init: { draft: OrderDraft; idempotencyKey: string }) {
    super(OrderSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.draft = init.draft;
    this.idempotencyKey = init.idempotencyKey;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-submit': OrderSubmitEvent;
  }
}
