import { initialState, shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import type { OrderDraft, OrderSummary } from '../../model/types.js';
import { abortableDelay } from '../shared/abortable-delay.js';

/** How long the shopper must stay the same before their orders are asked for. */
const DEBOUNCE_MS = 400;

/** How many of the shopper's latest orders are read: enough for the duplicate warning's 24 hours and the card's last orders. */
const LATEST = 20;

/**
 * What the shopper's orders are asked for by: the adapter, the shopper ('' for both ids when there is
 * none to ask about, or while the host is disconnected), and the host's connection (counted up at
 * each connect, so that a host back in the page asks again).
 */
export type RecentOrdersArgs = [
  adapter: OrderAdapter | undefined,
  siteId: string,
  customerId: string,
  connection: number,
];

export interface RecentOrdersOptions {
  adapter(): OrderAdapter | undefined;
  draft(): OrderDraft;
  /** Whether the order is submitted: nothing to warn about then. */
  finished(): boolean;
}

/**
 * The shopper's latest orders (newest first, at most `LATEST`), read once for both that need them:
 * the duplicate warning (once the draft has an item; it names those of the last 24 hours) and the customer's
 * card ("Last orders", see customer-history-view.ts, reads `latest`). Asked for (debounced, latest
 * wins: a newer shopper aborts the older call) once the draft has a shopper. Which of them share a
 * product with the draft is worked out at each render, so adding items asks nothing again.
 * A disconnect aborts the call in flight; connected again, the host asks again.
 */
export class RecentOrdersController implements ReactiveController {
  /** The read: the shopper's latest orders, one `listOrders` for the warning and the card. */
  readonly latest: Task<RecentOrdersArgs, OrderSummary[]>;
  private connection = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RecentOrdersOptions,
  ) {
    host.addController(this);
    this.latest = new Task<RecentOrdersArgs, OrderSummary[]>(host, {
      args: (): RecentOrdersArgs => {
        const { siteId, customer } = options.draft();
        const asked = host.isConnected && !!siteId && !!customer && !options.finished();
        return [options.adapter(), asked ? siteId : '', asked ? customer.id : '', this.connection];
      },
      argsEqual: shallowArrayEquals,
      task: async ([adapter, siteId, customerId], { signal }) => {
        if (!adapter || !customerId) return initialState;
        await abortableDelay(DEBOUNCE_MS, signal);
        return (await adapter.listOrders({ siteId, customerId, limit: LATEST }, { signal })).items;
      },
    });
  }

  hostConnected(): void {
    this.connection++;
    // Back in the page: the next update asks again (the first connect has its update pending already).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A host updated while out of the page asks nothing (see `args`).
    this.latest.abort();
  }

  /**
   * The shopper's latest orders for the duplicate warning (which names those of the last 24 hours,
   * see notices.ts); none before the draft has an item, while they are asked for or when they could
   * not be loaded (a courtesy).
   */
  get orders(): readonly OrderSummary[] {
    const { latest } = this;
    return latest.status === TaskStatus.COMPLETE && this.options.draft().lines.length ? (latest.value ?? []) : [];
  }

  /** Asks again (an attempt whose outcome is unknown may have created an order). */
  refresh(): void {
    void this.latest.run();
  }
}
