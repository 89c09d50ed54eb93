import type { OrderDraft } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/** What an `order-submit` carries. */
interface OrderSubmitInit {
  /** The draft about to be submitted (card payments carry only token, brand, last four, expiry). */
  draft: OrderDraft;
  /** The idempotency key this attempt is submitted with. */
  idempotencyKey: string;
}

/**
 * A request event fired by `<offline-order-builder>` just before it submits the order, after the
 * agent confirmed it. Cancelable: a host that calls `preventDefault()` vetoes the submission (the
 * draft stays as it is and the agent is told the submission was stopped; set `reason` to say why).
 */
export class OrderSubmitEvent extends OrderEvent<OrderSubmitInit> {
  static readonly eventName = 'order-submit';

  /** A message for the agent when the host vetoes; shown instead of the default. */
  reason: string | undefined;

  constructor(init: OrderSubmitInit) {
    super({ draft: init.draft, idempotencyKey: init.idempotencyKey }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-submit': OrderSubmitEvent;
  }
}
