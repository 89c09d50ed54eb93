import { initialState, shallowArrayEquals, Task } from '@lit/task';
import { nothing } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { OnDemand } from '../../controllers/on-demand.js';
import type { LastOrderedItem, OrderDraft, OrderSummary } from '../../model/types.js';

/** What the chosen customer's history is asked for by: the adapter and the customer ('' when none). */
export type HistoryArgs = [adapter: OrderAdapter | undefined, siteId: string, customerId: string];

/** How many of the customer's last orders, and of their last ordered items, the card shows. */
export const LAST_ORDERS = 3;
export const LAST_ITEMS = 5;

/** The card's view and its quick "Add" (customer-history-view.ts), loaded once a customer is chosen. */
const loadView = () => import('./customer-history-view.js');

/** What the view module (customer-history-view.ts) offers. */
interface HistoryView {
  renderHistory(controller: CustomerHistoryController): unknown;
}

export interface CustomerHistoryOptions {
  adapter(): OrderAdapter | undefined;
  draft(): OrderDraft;
  locale(): string;
  /** Applies the edit that adds a line (the draft's `addLine`, as the line item editor's "Add") through the builder's one write path. */
  add(edit: (draft: OrderDraft) => OrderDraft): void;
}

/** What the last quick "Add" said: adding, added, or why not (`error`). */
export interface AddNote {
  customerId: string;
  text: string;
  error: boolean;
  /** Whether an "Add" is in flight. */
  busy: boolean;
}

/**
 * The chosen customer's last orders (`listOrders`, at most `LAST_ORDERS`) and last ordered items
 * (`listLastOrderedItems`, when the adapter has it; else none: the list is hidden), shown under the
 * customer in the new order. Each a Task: latest wins, a change of customer aborts the reads and a
 * quick "Add" in flight. The view loads on demand, once a customer is chosen.
 */
export class CustomerHistoryController implements ReactiveController {
  readonly orders: Task<HistoryArgs, OrderSummary[] | null>;
  /** Null: the adapter cannot list the items (the list is hidden). */
  readonly items: Task<HistoryArgs, LastOrderedItem[] | null>;
  note: AddNote | null = null;
  /** Aborts the quick "Add" in flight. */
  adding: AbortController | null = null;
  private readonly view: OnDemand<HistoryView>;

  constructor(
    readonly host: ReactiveElement,
    readonly options: CustomerHistoryOptions,
  ) {
    host.addController(this);
    this.view = new OnDemand(host, loadView);
    const args = (): HistoryArgs => {
      const { siteId, customer } = options.draft();
      return [options.adapter(), siteId ?? '', customer?.id ?? ''];
    };
    this.orders = new Task<HistoryArgs, OrderSummary[] | null>(host, {
      args,
      argsEqual: shallowArrayEquals,
      task: async ([adapter, siteId, customerId], { signal }) => {
        // Another customer: what was being added for the one before is not.
        this.adding?.abort();
        if (!adapter || !customerId) return initialState;
        const page = await adapter.listOrders({ siteId, customerId, limit: LAST_ORDERS }, { signal });
        return page.items.slice(0, LAST_ORDERS);
      },
    });
    this.items = new Task<HistoryArgs, LastOrderedItem[] | null>(host, {
      args,
      argsEqual: shallowArrayEquals,
      task: async ([adapter, siteId, customerId], { signal }) => {
        if (!adapter?.listLastOrderedItems || !customerId) return null;
        const items = await adapter.listLastOrderedItems({ siteId, customerId, limit: LAST_ITEMS }, { signal });
        return items.slice(0, LAST_ITEMS);
      },
    });
  }

  hostDisconnected(): void {
    this.adding?.abort();
  }

  /** Says `text` about the quick "Add" for the chosen customer. */
  say(text: string, error = false, busy = false): void {
    this.note = { customerId: this.options.draft().customer?.id ?? '', text, error, busy };
    this.host.requestUpdate();
  }

  /** Under the chosen customer: their last orders and last ordered items; nothing without a customer. */
  render(): unknown {
    if (!this.options.draft().customer) return nothing;
    const view = this.view.value;
    if (!view) this.view.preload();
    return view?.renderHistory(this) ?? nothing;
  }
}
