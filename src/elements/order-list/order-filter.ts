/**
 * "Search orders" and "Status" of `<oo-order-list>`, for an adapter that serves them
 * (`OrderAdapter.orderSearch`): what the agent typed or chose, and the list loaded again for it once
 * they pause. Latest wins through `@lit/task`: a newer search aborts the older one's wait, and the
 * pages abort the older request (see `order-pages.ts`), so a slower answer to older text never shows.
 */
import { msg } from '../shared/localize.js';
import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import type { ReactiveElement } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { OrderAdapter, OrderQuery } from '../../adapter/adapter.js';
import type { OrderStatus } from '../../model/types.js';
import { abortableDelay } from '../shared/abortable-delay.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { orderStatusLabel } from '../shared/order-status.js';

/** The statuses an order can have, in the order "Status" lists them. */
const ORDER_STATUSES: readonly OrderStatus[] = ['new', 'open', 'shipped', 'completed', 'cancelled', 'awaiting-payment'];

/** Quiet time after the last keystroke before the list is asked again. */
const DEBOUNCE_MS = 250;

/** The controls' look, adopted with the module (the list's own sheets give `.notice`). Needs `tokens`. */
const filterStyles = css`
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_oo-space-2);
    padding: var(--_oo-space-2) var(--_oo-space-4);
  }
  .filter__search {
    flex: 1 1 10rem;
  }
`;

export interface OrderFilterHost extends ReactiveControllerHost {
  adapter: OrderAdapter | undefined;
  /** Loads the first page again for the filter now applied. */
  reload(): Promise<void>;
}

/** The search and the status of one run: the text, the status ('' for all), and how long to wait first. */
type FilterArgs = [search: string, status: OrderStatus | '', quietMs: number];

export class OrderFilterController implements ReactiveController {
  /** What the agent typed in "Search orders". */
  search = '';
  /** The status chosen in "Status"; '' for "All statuses". */
  status: OrderStatus | '' = '';
  /** The search and the status the orders shown were asked with. */
  private applied: { search: string; status: OrderStatus | '' } = { search: '', status: '' };
  private readonly task: Task<FilterArgs, void>;

  constructor(private readonly host: OrderFilterHost & ReactiveElement) {
    host.addController(this);
    adoptStyles(host, fieldStyles, filterStyles);
    this.task = new Task<FilterArgs, void>(host, {
      autoRun: false,
      task: async ([search, status, quietMs], { signal }) => {
        await abortableDelay(quietMs, signal);
        this.applied = { search, status };
        await this.host.reload();
      },
    });
  }

  hostDisconnected(): void {
    this.task.abort();
  }

  /** Whether the adapter searches: the controls show, and the query carries the filter. */
  get enabled(): boolean {
    return !!this.host.adapter?.orderSearch;
  }

  /** Whether the orders shown are filtered (an empty list then says "No orders match."). */
  get active(): boolean {
    return this.enabled && !!(this.applied.search || this.applied.status);
  }

  /** What the list query carries of the filter: nothing for an adapter that does not search. */
  query(): Pick<OrderQuery, 'search' | 'status'> {
    if (!this.enabled) return {};
    const { search, status } = this.applied;
    return { ...(search ? { search } : {}), ...(status ? { status } : {}) };
  }

  /** Resolves when the search on its way (its wait and its first page) has settled; for tests. */
  get searchComplete(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Another site or adapter: the filter starts empty again (the list reloads by itself). */
  clear(): void {
    this.task.abort();
    this.search = '';
    this.status = '';
    this.applied = { search: '', status: '' };
  }

  private schedule(quietMs: number): void {
    const search = this.search.trim();
    if (search === this.applied.search && this.status === this.applied.status) {
      this.task.abort();
      return;
    }
    void this.task.run([search, this.status, quietMs]);
  }

  private handleInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
    this.schedule(DEBOUNCE_MS);
  };

  private handleStatus = (event: Event): void => {
    this.status = (event.target as HTMLSelectElement).value as OrderStatus | '';
    this.schedule(0);
  };

  /** What the list says when the filter matches no order. */
  renderEmpty(): TemplateResult {
    return html`<div class="notice" part="empty" tabindex="-1">
      <p class="notice__title">${msg('No orders match.')}</p>
    </div>`;
  }

  /** "Search orders" and "Status", each with its visible label; nothing for an adapter that does not search. */
  render(): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    return html`<div class="filter" part="filter" role="search">
      <div class="field filter__search">
        <label class="field__label" for="order-search">${msg('Search orders')}</label>
        <input
          id="order-search"
          class="field__control"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.search)}
          @input=${this.handleInput}
        />
      </div>
      <div class="field">
        <label class="field__label" for="order-status">${msg('Status')}</label>
        <select id="order-status" class="field__control" part="status-select" @change=${this.handleStatus}>
          <option value="" ?selected=${this.status === ''}>${msg('All statuses')}</option>
          ${ORDER_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${this.status === status}>${orderStatusLabel(status)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }
}
