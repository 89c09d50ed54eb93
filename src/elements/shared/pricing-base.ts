import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { isPricingIn } from '../../model/draft-core.js';
import type { PricedDraft, PricingChange } from '../../model/pricing-diff.js';
import { pricingDraft } from '../../model/pricing-request.js';
import type { OrderDraft, Pricing } from '../../model/types.js';

/**
 * Where the pricing of the current draft stands: `idle` (nothing to price: no site or no line),
 * `pending` (an edit is waiting for its answer), `ready` (`pricing` is the answer for the current
 * draft), `error` (the current draft could not be priced).
 */
export type PricingStatus = 'idle' | 'pending' | 'ready' | 'error';

export interface PricingControllerOptions {
  /** The adapter to price with; nothing is priced without one. */
  adapter: () => OrderAdapter | undefined;
  /** The draft to price, read at each update of the host. */
  draft: () => OrderDraft;
  /** Quiet time after the last edit before asking. Default 300 ms. */
  debounceMs?: number;
}

/**
 * @internal `PricingController` without the explanation of changes: what the builder needs for its
 * summary, its payments and its confirmation, without the pricing diff (pricing-diff.ts) that only
 * the Order Details dialog shows; the dialog, loaded on demand, brings `PricingController`.
 *
 * Prices the host's draft through `adapter.priceOrder` after every edit: debounced, each call
 * aborting the previous one, and an answer for an older draft never replacing a newer one (even
 * when it arrives last). Edits that cannot move a price (`updatedAt`, payments, the lines' unit
 * prices, which the answer gives) do not ask again. A request carries only what prices depend on
 * (`pricingDraft`: no notes, gift messages, payments).
 *
 * `pricing` is the latest answer. It is the answer for the current draft only while `status` is
 * "ready" (`answers(draft)` checks it for a given draft); while "pending" or "error" it belongs to
 * an earlier draft, and a view shows it as such (recalculating) or not at all. `change` stays null
 * here (see `explain`). An answer with an amount in another currency than the draft's, or that is
 * not valid money (`isPricingIn`), is never taken: the status is "error" (an InvalidResponseError).
 */
/**
 * What of a draft can move its pricing. Not `updatedAt` nor the payments; nor the lines' unit
 * prices and their `needsRepricing` mark, which the pricing answers (the backend prices from its
 * catalog, the price list and the line adjustments): taking an answer's unit prices into the draft
 * does not ask again.
 */
function pricingKey(draft: OrderDraft): string {
  const lines = draft.lines.map(({ unitPrice: _price, needsRepricing: _stale, ...line }) => line);
  return JSON.stringify({ ...draft, lines, updatedAt: 0, payments: 0 });
}

export class BasePricingController implements ReactiveController {
  pricing: Pricing | null = null;
  status: PricingStatus = 'idle';
  /** Why the current draft could not be priced, when `status` is "error". */
  error: unknown = undefined;
  /** How the latest answer differs from the one before (null for the first, or when nothing moved). */
  change: PricingChange | null = null;

  private readonly host: ReactiveControllerHost;
  private readonly options: PricingControllerOptions;
  private key = '';
  private adapter: OrderAdapter | undefined;
  private draft: OrderDraft | undefined;
  /** The draft `pricing` answers, to explain the next change. */
  private priced: OrderDraft | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  /** Increases with every request; only the latest one's answer is taken. */
  private generation = 0;
  private done: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: PricingControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Resolves once the latest request (if any) has settled; for tests and hosts that wait. */
  get settled(): Promise<void> {
    return this.done;
  }

  /**
   * Whether `pricing` is the answer for `draft` as it is: the status is "ready" and `draft` differs
   * from the draft that was priced only in what cannot move a price. A host that takes an answer
   * into its draft (new unit prices, rejected coupons out) checks this first: an answer for an
   * earlier draft (another price list) must never be taken in.
   */
  answers(draft: OrderDraft): boolean {
    return (
      this.status === 'ready' &&
      !!this.pricing &&
      !!this.priced &&
      (draft === this.priced || pricingKey(draft) === pricingKey(this.priced))
    );
  }

  hostUpdate(): void {
    const adapter = this.options.adapter();
    const draft = this.options.draft();
    const key = pricingKey(draft);
    if (key === this.key && adapter === this.adapter) return;
    this.key = key;
    this.adapter = adapter;
    this.draft = draft;
    this.schedule(this.options.debounceMs ?? 300);
  }

  hostDisconnected(): void {
    this.cancel();
    // Reconnected, the host prices its draft again.
    this.key = '';
  }

  /** Asks again now for the current draft (the "Retry" of an error). */
  refresh(): Promise<void> {
    this.schedule(0);
    this.host.requestUpdate();
    return this.done;
  }

  /**
   * The error of an answer that cannot be used (`isPricingIn`: an amount in another currency than
   * the draft's). The builder only says "Not available"; `PricingController` says why.
   */
  protected refused(): unknown {
    return new Error();
  }

  /** How pricing moved from `before` to `after`: not explained here (see `PricingController`). */
  protected explain(_before: PricedDraft, _after: PricedDraft): PricingChange | null {
    return null;
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.abort?.abort();
  }

  private schedule(delay: number): void {
    this.cancel();
    const { adapter, draft } = this;
    if (!adapter || !draft?.siteId || draft.lines.length === 0) {
      this.status = 'idle';
      this.pricing = this.change = null;
      this.priced = this.error = undefined;
      this.done = Promise.resolve();
      return;
    }
    this.status = 'pending';
    const generation = this.generation;
    this.done = new Promise<void>((resolve) => {
      this.timer = setTimeout(() => void this.run(adapter, draft, generation).finally(resolve), delay);
    });
  }

  private async run(adapter: OrderAdapter, draft: OrderDraft, generation: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      // Only what pricing needs travels: no notes, gift messages or payments.
      const pricing = await adapter.priceOrder({ draft: pricingDraft(draft) }, { signal: abort.signal });
      if (generation !== this.generation) return;
      // Untrusted: a line in CAD on a US draft would throw in the draft's edits and in the totals.
      if (!isPricingIn(pricing, draft.currency ?? pricing?.currency)) throw this.refused();
      const { pricing: previous, priced } = this;
      const change = previous && priced ? this.explain({ draft: priced, pricing: previous }, { draft, pricing }) : null;
      this.change = change && change.total.amount !== 0 ? change : null;
      this.pricing = pricing;
      this.priced = draft;
      this.status = 'ready';
      this.error = undefined;
    } catch (error) {
      if (generation !== this.generation || isAbortError(error)) return;
      this.status = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }
}
