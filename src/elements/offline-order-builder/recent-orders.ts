import { initialState, shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import type { OrderDraft, OrderSummary } from '../../model/types.js';
import { abortableDelay } from '../shared/abortable-delay.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long the shopper must stay the same before their orders are asked for. */
const DEBOUNCE_MS = 400;

/** What the recent orders are asked for by: the adapter, and the shopper ('' for both ids when there is none to ask about). */
type RecentOrdersArgs = [adapter: OrderAdapter | undefined, siteId: string, customerId: string];

export interface RecentOrdersOptions {
  adapter(): OrderAdapter | undefined;
  draft(): OrderDraft;
  /** Whether the order is submitted: nothing to warn about then. */
  finished(): boolean;
}

/**
 * The shopper's orders of the last 24 hours, for the duplicate warning: asked for (debounced, latest
 * wins: a newer shopper aborts the older call) once the draft has a shopper and an item. Which of
 * them share a product with the draft is worked out at each render, so adding items asks nothing again.
 */
export class RecentOrdersController {
  private readonly task: Task<RecentOrdersArgs, OrderSummary[]>;

  constructor(host: ReactiveControllerHost, options: RecentOrdersOptions) {
    this.task = new Task<RecentOrdersArgs, OrderSummary[]>(host, {
      args: (): RecentOrdersArgs => {
        const { siteId, customer, lines } = options.draft();
        const asked = !!siteId && !!customer && lines.length > 0 && !options.finished();
        return [options.adapter(), asked ? siteId : '', asked ? customer.id : ''];
      },
      argsEqual: shallowArrayEquals,
      task: async ([adapter, siteId, customerId], { signal }) => {
        if (!adapter || !siteId || !customerId) return initialState;
        await abortableDelay(DEBOUNCE_MS, signal);
        const since = new Date(Date.now() - DAY_MS).toISOString();
        return (await adapter.listOrders({ siteId, customerId, since, limit: 20 }, { signal })).items;
      },
    });
  }

  /** The shopper's recent orders; none while they are asked for or when they could not be loaded (a courtesy). */
  get orders(): readonly OrderSummary[] {
    return this.task.status === TaskStatus.COMPLETE ? (this.task.value ?? []) : [];
  }

  /** Asks again (an attempt whose outcome is unknown may have created an order). */
  refresh(): void {
    void this.task.run();
  }
}
