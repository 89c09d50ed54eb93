import { msg, str } from '../shared/localize.js';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import type { OnDemand } from '../../controllers/on-demand.js';
import { normalizeCoupon, sameShipTo } from '../../model/draft.js';
import { formatMoney } from '../../model/money.js';
import type { PricedDraft } from '../../model/pricing-diff.js';
import type { CouponResult, OrderDraft, Pricing } from '../../model/types.js';
import { BasePricingController } from '../shared/pricing-base.js';
import type { PricingControllerOptions } from '../shared/pricing-base.js';
import type { DraftController } from './draft-controller.js';
import type * as RepricingModule from './repricing.js';
import type { ShippingCheck, TotalMove } from './repricing.js';

/** `repricing.ts`: the diff's words, the shipping check, and taking an answer in (loaded on demand). */
export type Repricing = typeof RepricingModule;

/**
 * The builder's pricing: each new answer that follows another is handed to `changed` (to explain
 * how the total moved, once the diff has loaded); the base keeps `change` null.
 */
class BuilderPricing extends BasePricingController {
  private readonly changed: (before: PricedDraft, after: PricedDraft) => void;

  constructor(
    host: ReactiveControllerHost,
    options: PricingControllerOptions,
    changed: (before: PricedDraft, after: PricedDraft) => void,
  ) {
    super(host, options);
    this.changed = changed;
  }

  protected override explain(before: PricedDraft, after: PricedDraft): null {
    this.changed(before, after);
    return null;
  }
}

/** How the last answer moved the total, in words, for the answer it explains. */
interface TotalChange {
  pricing: Pricing;
  text: string;
}

/** The draft's shipping method as the Order Details dialog (or the shipping check) named it. */
interface NamedMethod {
  id: string | null;
  name: string;
}

/** What the shipping check asks about: the adapter, the draft after the change of address, the method's name so far. */
type ShippingCheckArgs = [adapter: OrderAdapter, draft: OrderDraft, name: string];

export interface RepricingOptions {
  adapter(): OrderAdapter | undefined;
  drafts: DraftController;
  locale(): string;
  /** Whether the order is submitted: no answer is taken into it then. */
  submitted(): boolean;
  /** `repricing.ts`, loaded on demand. */
  repricing: OnDemand<Repricing>;
  /** `repricing.ts` could not be loaded when due: the agent is told. */
  unavailable(): void;
}

/**
 * The draft's pricing and what the builder says when it moves: the adapter's answer (debounced,
 * stale-proof), taken into the draft (`takePricing`: new unit prices, rejected coupons out); how
 * the total moved and why; after a change of the shipping address, whether the shipping method
 * still applies (a latest-wins `Task`); and the method's name as far as it is known.
 */
export class RepricingController implements ReactiveController {
  /** The adapter's pricing of the draft: the total the payments are taken against, the figures read back. */
  readonly pricing: BuilderPricing;
  private totalChange: TotalChange | null = null;
  /** What became of the shipping method after the shipping address changed. */
  private shippingNotice = '';
  /** The answer's results of the coupon codes it rejected and were taken out of the draft (worded when shown). */
  private removedCoupons: readonly CouponResult[] = [];
  /**
   * The move of the total the summary explains, up to the latest answer: usually from the answer
   * before it, but across an answer that left the total as it was after another change of the
   * shipping address (see `explainTotal`).
   */
  private totalMove: TotalMove | null = null;
  private namedMethod: NamedMethod = { id: null, name: '' };
  /** The name of the draft's shipping method when the Order Details dialog did not give it (a restored draft, a host's). */
  private readonly methodName: Task<[OrderAdapter | undefined, string | null], string>;
  /** Whether the shipping method still applies after a change of the shipping address (a newer change aborts it). */
  private readonly shippingCheck: Task<ShippingCheckArgs, ShippingCheck>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RepricingOptions,
  ) {
    const draft = () => options.drafts.draft;
    this.pricing = new BuilderPricing(
      host,
      { adapter: options.adapter, draft },
      (before, after) => void this.explainTotal(before, after),
    );
    this.methodName = new Task(host, {
      task: async ([adapter, id], { signal }) =>
        adapter && id
          ? ((await adapter.getShippingMethods({ draft: draft() }, { signal })).find((method) => method.id === id)
              ?.name ?? id)
          : initialState,
      args: () => [
        options.adapter(),
        this.namedMethod.id === draft().shippingMethodId ? null : draft().shippingMethodId,
      ],
    });
    this.shippingCheck = new Task(host, {
      autoRun: false,
      task: ([adapter, asked, name], { signal }) => this.checkShipping(adapter, asked, name, signal),
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.shippingCheck.abort();
  }

  /** A fresh start (another draft opened): nothing to explain or re-check. */
  reset(): void {
    this.shippingCheck.abort();
    this.shippingNotice = '';
    this.removedCoupons = [];
    this.totalMove = null;
  }

  /** A new order: the shipping method's name is no longer known. */
  forgetMethod(): void {
    this.namedMethod = { id: null, name: '' };
    this.host.requestUpdate();
  }

  /** The Order Details were saved, naming the shipping method: the notices about earlier changes go. */
  detailsSaved(draft: OrderDraft, methodName: string): void {
    this.namedMethod = { id: draft.shippingMethodId, name: methodName };
    this.shippingNotice = '';
    this.removedCoupons = [];
    this.host.requestUpdate();
  }

  /**
   * The customer changed: when that moved the shipping address (another customer, or the same one
   * edited) and the draft has a shipping method, the adapter's rates for the new draft say whether
   * it still applies: kept (its price may change), or cleared and the agent told.
   */
  customerChanged(before: OrderDraft, after: OrderDraft): void {
    this.shippingCheck.abort();
    this.shippingNotice = '';
    this.host.requestUpdate();
    const adapter = this.options.adapter();
    if (!adapter || !after.shippingMethodId || !after.customer || sameShipTo(before, after)) return;
    void this.shippingCheck.run([adapter, after, this.shippingName()]);
  }

  private async checkShipping(
    adapter: OrderAdapter,
    asked: OrderDraft,
    name: string,
    signal: AbortSignal,
  ): Promise<ShippingCheck> {
    const repricing = await this.options.repricing.load().catch(() => undefined);
    if (!repricing) {
      this.options.unavailable();
      throw new Error('repricing.ts could not be loaded');
    }
    const check = await repricing.recheckShipping(adapter, asked, name, signal, this.options.drafts);
    if (check.applies) this.namedMethod = { id: asked.shippingMethodId, name: check.name };
    this.shippingNotice = check.notice;
    return check;
  }

  /** Explains how a new pricing answer moved the total, once `repricing.ts` has loaded (see its `explainTotal`). */
  private async explainTotal(before: PricedDraft, after: PricedDraft): Promise<void> {
    // Awaited also once loaded: the answer is the pricing's by then.
    const repricing = await this.options.repricing.load().catch(() => undefined);
    if (!repricing) return;
    const { move, text } = repricing.explainTotal(this.totalMove, before, after, this.options.locale());
    this.totalMove = move;
    if (!move || this.pricing.pricing !== after.pricing) return;
    this.totalChange = { pricing: after.pricing, text };
    this.host.requestUpdate();
  }

  /**
   * Takes the pricing answer for the draft as it is into the draft (never an answer for an earlier
   * one): the lines' unit prices (after a change of price list or site, the new ones), and the
   * coupon codes the answer rejected out of it (the order's coupons are the accepted ones), telling
   * the agent which and why. Within the Order Details dialog this happened already; here it catches
   * what changed outside it (a change of site or customer, a restored draft, details saved before
   * their answer). After an edit of the agent it is one too (`draft-change`); after a host's draft, not.
   */
  takePricing(): void {
    const { pricing } = this.pricing;
    const { drafts } = this.options;
    const draft = drafts.draft;
    if (!pricing || this.options.submitted() || !this.pricing.answers(draft)) return;
    // Its code loads when the browser is idle after the workspace shows, before any answer in practice.
    const repricing = this.options.repricing.value;
    if (!repricing) return this.options.repricing.preload();
    const { draft: next, rejected } = repricing.takePricing(draft, pricing);
    if (next === draft) return;
    if (rejected.length) this.removedCoupons = rejected;
    drafts.apply(next, 'answer');
  }

  /** The draft's coupon codes less those its latest pricing answer rejected: the order's (see `takePricing`). */
  orderCoupons(): string[] {
    const rejected =
      this.pricing.pricing?.coupons.filter((c) => c.status === 'rejected').map((c) => normalizeCoupon(c.code)) ?? [];
    return this.options.drafts.draft.coupons.filter((code) => !rejected.includes(normalizeCoupon(code)));
  }

  /** The name of the draft's shipping method, as far as it is known. */
  shippingName(): string {
    const id = this.options.drafts.draft.shippingMethodId;
    return (this.namedMethod.id === id && this.namedMethod.name) || this.methodName.value || id || '';
  }

  /** The order total as the summary shows it: the answer's, or why there is none. */
  totalText(): string {
    const { pricing, status } = this.pricing;
    if (status === 'ready' && pricing) return formatMoney(pricing.total, this.options.locale());
    return status === 'error' ? msg('Not available') : msg('Recalculating…');
  }

  /** How many items the draft has, in words. */
  itemsText(): string {
    const count = this.options.drafts.draft.lines.reduce((sum, line) => sum + line.quantity, 0);
    return count === 1 ? msg('1 item') : msg(str`${count} items`);
  }

  /** The live region under the summary: how the total moved, what became of the shipping method and of the coupons. */
  renderStatus(): TemplateResult {
    const { pricing, status } = this.pricing;
    const change = status === 'ready' && this.totalChange?.pricing === pricing ? this.totalChange.text : '';
    const note = (part: string, text: string) =>
      text ? html`<p class="text-small" part=${part}>${text}</p>` : nothing;
    // Why there is no total ("Could not price the order: …") and Retry, not only "Not available".
    // Its words come with repricing.ts (loaded when the browser is idle after the workspace shows).
    const code = this.options.repricing.value;
    const failed = status === 'error' && code?.renderPricingError(this.pricing);
    // Worded now, in the page's language as it is (not when the answer came: see `removedCouponsText`).
    const removed = code?.removedCouponsText(this.removedCoupons, this.options.locale()) ?? '';
    return html`<div class="details-status" role="status"
      >${failed || nothing}${note('total-change', change)}${note('shipping-notice', this.shippingNotice)}${note(
        'coupon-notice',
        removed,
      )}</div
    >`;
  }
}
