/**
 * Price overrides within limits for the order and shipping adjustments of Order Details: an
 * adjustment above the host's `max-adjustment-percent` (of the merchandise, or of the shipping
 * cost) does not enter the draft until an approver's code is given and the host approves it through
 * the cancelable `override-approval` event (kind 'order' or 'shipping'); unanswered, it is refused.
 * An order adjustment of more than the merchandise is refused at its field: the order never goes
 * below zero silently. The code goes into the event only: never into the draft, the element's
 * state or a log, and its field is emptied after each answer.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OverrideApprovalEvent, overrideVerdict } from '../../events/override-approval.js';
import { aboveLimit, amountShare, belowZero, orderAdjustmentShare } from '../../model/adjustment-limits.js';
import type { AdjustmentShare } from '../../model/adjustment-limits.js';
import { MAX_ORDER_AMOUNT } from '../../model/amount-limits.js';
import { setOrderAdjustment, setShippingAdjustment } from '../../model/draft.js';
import { formatMoney, parseMoney, parsePercent, sum } from '../../model/money.js';
import type { ParseMoneyResult, ParsePercentResult } from '../../model/money.js';
import { safeLineTotal } from '../../model/totals.js';
import { same } from '../../model/same.js';
import type { Money, OrderAdjustment, OrderDraft, ShippingAdjustment } from '../../model/types.js';
import { refusal, renderApprover } from '../shared/approver.js';

export type AdjustmentKey = 'order' | 'shipping';

/** What the dialog gives the controller. */
export interface OrderApprovalHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly maxAdjustmentPercent: number | null;
  readonly locale: string;
}

export interface OrderApprovalOptions {
  draft(): OrderDraft;
  /** The order's shipping cost, null while unknown (then any amount off it counts as all of it). */
  shipping(): Money | null;
  set(draft: OrderDraft): void;
  /** Says why at the adjustment's fields ('' when all is well): it also keeps "Save" from saving. */
  error(key: AdjustmentKey, message: string): void;
}

/** Why an adjustment's amount typed is not one, or '' when it is. */
function amountError(parsed: ParseMoneyResult | ParsePercentResult, percent: boolean): string {
  if (parsed.ok) return '';
  if (percent) return msg('Enter a percentage, like 10.');
  return parsed.code === 'too-large' ? msg('Enter a smaller amount.') : msg('Enter an amount, like 10.00.');
}

/**
 * An adjustment's fields ("kind", "amount", "reason", as `value` reads them) as an adjustment of
 * the order or its shipping (null when the amount is empty), or why the amount is not one.
 */
export function readAdjustment(
  value: (name: string) => string,
  currency: string | null,
  locale: string,
): { error: string; next: OrderAdjustment | null } {
  const [text, reason] = [value('amount'), value('reason')];
  const percent = value('kind') === 'percent';
  const parsed = percent
    ? parsePercent(text, locale)
    : parseMoney(text, currency ?? 'USD', locale, { max: MAX_ORDER_AMOUNT });
  const error = text ? amountError(parsed, percent) : '';
  if (error || !text) return { error, next: null };
  const next: OrderAdjustment =
    'basisPoints' in parsed
      ? { kind: 'percent', basisPoints: parsed.basisPoints, reason }
      : { kind: 'amount', amount: (parsed as { money: Money }).money, reason };
  return { error, next };
}

/** The amount of a shipping adjustment (always an amount off). */
const amountOf = (adjustment: OrderAdjustment) => (adjustment as { amount: Money }).amount;

/**
 * What a shipping adjustment is measured against: the shipping cost; while it is not priced yet, or
 * nothing (a method still to choose), the adjustment itself (all of it), so that it never gets past
 * the limit before the shipping is known.
 */
const shippingBase = (shipping: Money | null, off: Money): Money => (shipping && shipping.amount > 0 ? shipping : off);

/** An adjustment waiting for an approver: what it is, and what it takes off. */
interface Waiting {
  adjustment: OrderAdjustment;
  share: AdjustmentShare;
  /** The host is being asked. */
  asking: boolean;
}

export class OrderAdjustmentApproval implements ReactiveController {
  private waiting: Partial<Record<AdjustmentKey, Waiting>> = {};

  constructor(
    private readonly host: OrderApprovalHost,
    private readonly options: OrderApprovalOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.waiting = {};
  }

  /** Forgets what was waiting (the dialog opens afresh). */
  reset(): void {
    this.waiting = {};
  }

  /**
   * An adjustment read from its fields: into the draft when within the limit (or as it already was),
   * refused when it takes the order below zero, else waiting for an approver's code.
   */
  offer(key: AdjustmentKey, adjustment: OrderAdjustment | null): void {
    const { options, host } = this;
    delete this.waiting[key];
    const current = options.draft()[`${key}Adjustment`];
    const draft = options.draft();
    const currency = draft.currency ?? 'USD';
    // The merchandise: the sum of the line totals (after their own adjustments).
    const totals = draft.lines.map(safeLineTotal).filter((total): total is Money => total?.currency === currency);
    const merchandise = sum(totals, currency);
    if (key === 'order' && adjustment && belowZero(adjustment, merchandise)) {
      const most = formatMoney(merchandise, host.locale);
      return options.error(key, msg(str`Enter an amount off no larger than the merchandise (${most}).`));
    }
    const share = !adjustment
      ? null
      : key === 'order'
        ? orderAdjustmentShare(adjustment, merchandise)
        : amountShare(amountOf(adjustment), shippingBase(options.shipping(), amountOf(adjustment)));
    // What the draft already has (approved before, or given so) is not asked again when only its reason changes.
    const unchanged = current && adjustment && same({ ...current, reason: '' }, { ...adjustment, reason: '' });
    if (!share || unchanged || !aboveLimit(share, host.maxAdjustmentPercent)) return this.apply(key, adjustment);
    this.waiting[key] = { adjustment: adjustment!, share, asking: false };
    options.error(key, '');
    host.requestUpdate();
  }

  /** Puts the adjustment into the draft (null removes it). */
  private apply(key: AdjustmentKey, next: OrderAdjustment | null): void {
    const { draft, set } = this.options;
    set(
      key === 'order'
        ? setOrderAdjustment(draft(), next)
        : setShippingAdjustment(draft(), next as ShippingAdjustment | null),
    );
  }

  /** "Apply" beside "Approver code": asks the host, and applies the adjustment only if it approves. */
  async approve(key: AdjustmentKey): Promise<void> {
    const { host, options } = this;
    const waiting = this.waiting[key];
    if (!waiting || waiting.asking) return;
    const input = host.renderRoot.querySelector<HTMLInputElement>(`#${key}-approver`);
    const approverCode = input?.value.trim() ?? '';
    if (!approverCode) return options.error(key, msg("Enter the approver's code."));
    const event = new OverrideApprovalEvent({
      kind: key,
      lineId: null,
      lineName: null,
      ...waiting.share,
      maxPercent: host.maxAdjustmentPercent!,
      approverCode,
    });
    waiting.asking = true;
    options.error(key, '');
    host.requestUpdate();
    // Documented by the dialog's @fires tag.
    host.dispatchEvent(event);
    const verdict = await overrideVerdict(event);
    if (input) input.value = '';
    if (this.waiting[key] !== waiting) return;
    waiting.asking = false;
    if (verdict === true) {
      delete this.waiting[key];
      options.error(key, '');
      this.apply(key, waiting.adjustment);
    } else {
      options.error(key, refusal(verdict));
    }
    host.requestUpdate();
  }

  /** What keeps "Save" from saving: an adjustment still waiting for its approver. */
  problems(): { path: string; code: string; message: string }[] {
    return (Object.keys(this.waiting) as AdjustmentKey[]).map((key) => ({
      path: `${key}Approver`,
      code: 'approval-required',
      message: msg("Enter the approver's code."),
    }));
  }

  /** "Approver code", why it is asked for, and "Apply", while an adjustment waits for its approver. */
  render(key: AdjustmentKey): unknown {
    const waiting = this.waiting[key];
    if (!waiting) return nothing;
    const approver = renderApprover({
      id: `${key}-approver`,
      statusId: `${key}-approval`,
      describedBy: '',
      invalid: false,
      pending: waiting.asking,
      max: this.host.maxAdjustmentPercent ?? 0,
      locale: this.host.locale,
      keydown: (event) => {
        if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
        event.preventDefault();
        void this.approve(key);
      },
    });
    const apply = () => void this.approve(key);
    return html`<div class="adjust">
        ${approver.field}
        <button class="button button--small" type="button" ?disabled=${waiting.asking} @click=${apply}>
          ${msg('Apply')}
        </button>
      </div>
      ${approver.status}`;
  }
}
