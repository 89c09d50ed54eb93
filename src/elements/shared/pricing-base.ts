import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { same } from '../../model/same.js';
import { isPricingIn } from '../../model/draft-core.js';
import type { PricedDraft, PricingChange } from '../../model/pricing-diff.js';
import { pricingDraft } from '../../model/pricing-request.js';
import type { DraftLine, OrderDraft, Pricing } from '../../model/types.js';
import { abortableDelay } from './abortable-delay.js';

/** Quiet time after the last edit before asking, unless the host says otherwise. */
const DEBOUNCE_MS = 300;

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

/** What of a draft can move its pricing: not `updatedAt`, the payments, the lines' unit prices or `needsRepricing`. */
type PricingInput = Omit<OrderDraft, 'updatedAt' | 'payments' | 'lines'> & {
  lines: Omit<DraftLine, 'unitPrice' | 'needsRepricing'>[];
};

/**
 * The draft without what cannot move its pricing: `updatedAt` and the payments; the lines' unit
 * prices and their `needsRepricing` mark, which the pricing answers (the backend prices from its
 * catalog, the price list and the line adjustments): taking an answer's unit prices into the draft
 * does not ask again.
 */
function pricingInput(draft: OrderDraft): PricingInput {
  const { updatedAt: _updated, payments: _payments, lines, ...rest } = draft;
  return { ...rest, lines: lines.map(({ unitPrice: _price, needsRepricing: _stale, ...line }) => line) };
}

/** Whether two drafts differ only in what cannot move a price (`same`: key order does not matter). */
function samePricing(a: OrderDraft, b: OrderDraft): boolean {
  return a === b || same(pricingInput(a), pricingInput(b));
}

/**
 * What a pricing run reads: the adapter, the draft as it was at the edit, and the host's
 * connection (counted up at each disconnect, so that a host back in the page prices again).
 */
type PricingArgs = [adapter: OrderAdapter | undefined, draft: OrderDraft, connection: number];

/**
 * The Task's argument equality: the adapter by identity (two adapters alike field for field are
 * still two backends, and an adapter may hold cycles that `deepEquals` cannot walk), the draft
 * through `samePricing` (`same` over what can move a price), the connection as a number.
 */
function samePricingArgs([adapterA, draftA, connectionA]: PricingArgs, [adapterB, draftB, connectionB]: PricingArgs) {
  return adapterA === adapterB && connectionA === connectionB && samePricing(draftA, draftB);
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
export class BasePricingController implements ReactiveController {
  /** The latest answer (see `status` for whether it answers the current draft). */
  pricing: Pricing | null = null;
  status: PricingStatus = 'idle';
  /** Why the current draft could not be priced, when `status` is "error". */
  error: unknown = undefined;
  /** How the latest answer differs from the one before (null for the first, or when nothing moved). */
  change: PricingChange | null = null;

  private readonly options: PricingControllerOptions;
  /**
   * Prices the draft when its args change: waits out the debounce on the run's signal, then asks.
   * A newer run (another edit, `refresh`) aborts the older one's wait or request, and only the
   * latest run's answer is taken.
   */
  private readonly task: Task<PricingArgs, Pricing | null>;
  /** The draft `pricing` answers, to explain the next change. */
  private priced: OrderDraft | undefined;
  /** The quiet time of the next run: the debounce, or none for `refresh`. */
  private wait: number;
  private connection = 0;

  constructor(host: ReactiveControllerHost, options: PricingControllerOptions) {
    this.options = options;
    this.wait = options.debounceMs ?? DEBOUNCE_MS;
    host.addController(this);
    this.task = new Task<PricingArgs, Pricing | null>(host, {
      args: (): PricingArgs => [options.adapter(), options.draft(), this.connection],
      argsEqual: samePricingArgs,
      task: (args, { signal }) => this.price(args, signal),
    });
  }

  /** Resolves once the latest request (if any) has settled; for tests and hosts that wait. */
  get settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Whether `pricing` is the answer for `draft` as it is: the status is "ready" and `draft` differs
   * from the draft that was priced only in what cannot move a price. A host that takes an answer
   * into its draft (new unit prices, rejected coupons out) checks this first: an answer for an
   * earlier draft (another price list) must never be taken in.
   */
  answers(draft: OrderDraft): boolean {
    return this.status === 'ready' && !!this.pricing && !!this.priced && samePricing(draft, this.priced);
  }

  hostDisconnected(): void {
    this.task.abort();
    // Reconnected, the host prices its draft again (at its next update: the args differ).
    this.connection++;
  }

  /** Asks again now for the current draft (the "Retry" of an error). */
  refresh(): Promise<void> {
    this.wait = 0;
    void this.task.run();
    return this.settled;
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

  /**
   * One run of the task. Its first part runs at once, in the host's update: the status is "idle"
   * (nothing to price: no adapter, no site or no line) or "pending" before the host renders. After
   * each wait, an aborted signal means a newer run (or a disconnect) took over: nothing is taken.
   */
  private async price([adapter, draft]: PricingArgs, signal: AbortSignal): Promise<Pricing | null> {
    const wait = this.wait;
    this.wait = this.options.debounceMs ?? DEBOUNCE_MS;
    if (!adapter || !draft.siteId || draft.lines.length === 0) {
      this.status = 'idle';
      this.pricing = this.change = null;
      this.priced = this.error = undefined;
      return null;
    }
    this.status = 'pending';
    try {
      await abortableDelay(wait, signal);
      // Only what pricing needs travels: no notes, gift messages or payments.
      const pricing = await adapter.priceOrder({ draft: pricingDraft(draft) }, { signal });
      signal.throwIfAborted();
      // Untrusted: a line in CAD on a US draft would throw in the draft's edits and in the totals.
      if (!isPricingIn(pricing, draft.currency ?? pricing?.currency)) throw this.refused();
      this.take(draft, pricing);
      return pricing;
    } catch (error) {
      if (!signal.aborted && !isAbortError(error)) {
        this.status = 'error';
        this.error = error;
      }
      throw error;
    }
  }

  /** Takes the answer for `draft` (the latest run's: its signal was not aborted). */
  private take(draft: OrderDraft, pricing: Pricing): void {
    const { pricing: previous, priced } = this;
    const change = previous && priced ? this.explain({ draft: priced, pricing: previous }, { draft, pricing }) : null;
    this.change = change && change.total.amount !== 0 ? change : null;
    this.pricing = pricing;
    this.priced = draft;
    this.status = 'ready';
    this.error = undefined;
  }
}
