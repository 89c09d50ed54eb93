import type { Money } from '../model/types.js';

/** A host's answer to an `override-approval`: approved, or refused (with a reason for the agent). */
export type OverrideAnswer = boolean | { approved: true } | { approved: false; reason?: string };

/** Which adjustment an override is for. */
export type OverrideKind = 'line' | 'order' | 'shipping';

/** What an override asks for: which adjustment, how large, and the approver's code typed. */
export interface OverrideApprovalInit {
  /** A line's price adjustment, the order adjustment, or the shipping adjustment (of Order Details). */
  kind: OverrideKind;
  /** The line's id and product name (null for the order and shipping adjustments). */
  lineId: string | null;
  lineName: string | null;
  /** What the adjustment takes off in all: for a line, per unit × quantity (minor units). */
  amount: Money;
  /** `amount` as a percentage of the line's unit price × quantity, of the merchandise subtotal, or of the shipping cost. */
  percent: number;
  /** The largest percentage an agent may give (the element's `max-adjustment-percent`). */
  maxPercent: number;
  /** The approver's code as typed. A credential: check it, never store or log it. */
  approverCode: string;
}

/**
 * A request event fired by `<line-item-editor>` for a line, and by `<order-details-dialog>` for
 * the order and shipping adjustments (and so inside `<offline-order-builder>`), when an agent
 * applies an adjustment above `max-adjustment-percent` with an approver's code. Bubbles, composed, cancelable.
 *
 * The host answers with `respondWith(answer)`, synchronously in its listener; `answer` may be a
 * promise (check the code with a server). `true` or `{ approved: true }` applies the adjustment;
 * `false`, `{ approved: false, reason }`, a rejected promise or `preventDefault()` (with `reason`
 * set to say why) refuses it, and the reason shows at the field. **Without an answer the adjustment
 * is refused**: an override nobody approved is never applied.
 *
 * The approver's code is only on this event: it never enters the draft, `draft-change`,
 * `line-items-change`, sessionStorage or the adapter.
 */
export class OverrideApprovalEvent extends Event {
  static readonly eventName = 'override-approval';

  declare readonly kind: OverrideKind;
  declare readonly lineId: string | null;
  declare readonly lineName: string | null;
  declare readonly amount: Money;
  declare readonly percent: number;
  declare readonly maxPercent: number;
  declare readonly approverCode: string;
  /** A message for the agent when the host calls `preventDefault()`; shown instead of the default. */
  reason: string | undefined;
  /** @internal The host's answer, once given. */
  answer: Promise<OverrideAnswer> | undefined;

  constructor(init: OverrideApprovalInit) {
    super(OverrideApprovalEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    Object.assign(this, init);
  }

  /** Answers the request (once; later answers are ignored), now or with a promise. */
  respondWith(answer: OverrideAnswer | Promise<OverrideAnswer>): void {
    this.answer ??= Promise.resolve(answer);
  }
}

/**
 * What the element makes of an `override-approval` once dispatched: `true` only on an approving
 * answer; else refused, with the host's reason (a string), without one (undefined: cancelled
 * without `reason`, false, a failed promise), or because nobody answered (null).
 */
export async function overrideVerdict(event: OverrideApprovalEvent): Promise<true | string | null | undefined> {
  if (event.defaultPrevented) return event.reason || undefined;
  if (!event.answer) return null;
  const answer = await event.answer.catch(() => false as const);
  if (answer === true || (answer && answer.approved)) return true;
  return (answer && answer.reason) || undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'override-approval': OverrideApprovalEvent;
  }
}
