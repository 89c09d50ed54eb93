import type { Money } from '../model/types.js';

/** A host's answer to an `override-approval`: approved, or refused (with a reason for the agent). */
export type OverrideAnswer = boolean | { approved: true } | { approved: false; reason?: string };

/** What the element makes of the answer: approved, or refused with the reason shown at the field. */
export type OverrideVerdict =
  { approved: true } | { approved: false; reason: string | undefined; /** Nobody answered. */ unanswered?: boolean };

/** What an override asks for: which adjustment, how large, and the approver's code typed. */
export interface OverrideApprovalInit {
  /** A line's price adjustment, or the order adjustment. */
  kind: 'line' | 'order';
  /** The line's id and product name (null for the order adjustment). */
  lineId: string | null;
  lineName: string | null;
  /** What the adjustment takes off in all: for a line, per unit × quantity (minor units). */
  amount: Money;
  /** `amount` as a percentage of the line's unit price × quantity, or of the merchandise subtotal. */
  percent: number;
  /** The largest percentage an agent may give (the element's `max-adjustment-percent`). */
  maxPercent: number;
  /** The approver's code as typed. A credential: check it, never store or log it. */
  approverCode: string;
}

/**
 * A request event fired by `<line-item-editor>` (and so inside `<order-details-dialog>` and
 * `<offline-order-builder>`) when an agent applies an adjustment above `max-adjustment-percent`
 * with an approver's code. Bubbles, composed, cancelable.
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

  readonly kind: 'line' | 'order';
  readonly lineId: string | null;
  readonly lineName: string | null;
  readonly amount: Money;
  readonly percent: number;
  readonly maxPercent: number;
  readonly approverCode: string;
  /** A message for the agent when the host calls `preventDefault()`; shown instead of the default. */
  reason: string | undefined;
  /** @internal The host's answer, once given. */
  private answer: Promise<OverrideAnswer> | undefined;

  constructor(init: OverrideApprovalInit) {
    super(OverrideApprovalEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.kind = init.kind;
    this.lineId = init.lineId;
    this.lineName = init.lineName;
    this.amount = init.amount;
    this.percent = init.percent;
    this.maxPercent = init.maxPercent;
    this.approverCode = init.approverCode;
  }

  /** Answers the request (once; later answers are ignored), now or with a promise. */
  respondWith(answer: OverrideAnswer | Promise<OverrideAnswer>): void {
    this.answer ??= Promise.resolve(answer);
  }

  /**
   * @internal What the element makes of the event once dispatched: refused when cancelled, when
   * nobody answered, or when the answer is false or failed; approved only on an approving answer.
   */
  async verdict(): Promise<OverrideVerdict> {
    if (this.defaultPrevented) return { approved: false, reason: this.reason };
    if (!this.answer) return { approved: false, reason: undefined, unanswered: true };
    try {
      const answer = await this.answer;
      if (answer === true || (typeof answer === 'object' && answer !== null && answer.approved === true)) {
        return { approved: true };
      }
      const reason = typeof answer === 'object' && answer !== null && !answer.approved ? answer.reason : undefined;
      return { approved: false, reason: typeof reason === 'string' && reason.trim() ? reason : undefined };
    } catch {
      return { approved: false, reason: undefined };
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'override-approval': OverrideApprovalEvent;
  }
}
