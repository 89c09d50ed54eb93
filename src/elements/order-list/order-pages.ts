/**
 * The pages of `<oo-order-list>`: what is loaded, where it sits among all the orders, and which page
 * to ask for next.
 *
 * Two ways of paging, chosen by the adapter:
 * - **By offset** (`OrderAdapter.orderOffsets`, and a first page that says its `total`): the list
 *   spans all `total` orders from the first page, a row not loaded yet being a placeholder, and the
 *   pages under the view are loaded when the view rests there (see `order-offsets.ts`, loaded on
 *   demand along with the first page).
 * - **By cursor** (any adapter): pages are asked for in order as the view nears the end of what is
 *   loaded; the list spans only what is loaded, so it never stands for rows it cannot show.
 */
import { msg, str } from '../shared/localize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter, OrderQuery } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import type { OrderSummary, Page, Site } from '../../model/types.js';
import { errorText } from '../shared/adapter-text.js';
import { formatCount } from '../shared/format.js';
import type { OffsetPages } from './order-offsets.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type MoreStatus = 'idle' | 'loading' | 'error';

/**
 * A row: an order, `undefined` while its page is not loaded (a placeholder), or `null` when its page
 * left it out (`Page.skipped`: a record the adapter could not use).
 */
export type Row = OrderSummary | null | undefined;

export interface OrderPagesHost extends ReactiveControllerHost {
  adapter: OrderAdapter | undefined;
  site: Site | undefined;
  pageSize: number;
  locale: string;
  /** The search and the status the orders are asked with (see `order-filter.ts`). */
  filterQuery(): Pick<OrderQuery, 'search' | 'status'>;
}

export class OrderPagesController implements ReactiveController {
  status: LoadStatus = 'idle';
  moreStatus: MoreStatus = 'idle';
  errorMessage = '';
  /** The backend's count of all orders, when it says it. */
  total: number | undefined;
  /** How many orders the adapter left out, over the pages loaded (`Page.skipped`). */
  skipped = 0;
  /** Whether paging stopped before the end (a cursor the backend answered before, or an empty page with one). */
  cutShort = false;
  /** What the polite live region says: how many rows a page added (by cursor). */
  announcement = '';
  /** @internal The rows (see `Row`): all orders by offset, the loaded ones by cursor. */
  rows: Row[] = [];
  /** @internal Where each loaded order is, by id: a prepended order may come again in a later page. */
  ids = new Map<string, number>();
  /** @internal The page on its way: its signal, and the rows it will fill. */
  inFlight: { controller: AbortController; from: number; to: number } | undefined;
  /** @internal Paging by offset, once loaded for an adapter that serves it. */
  private offsets: OffsetPages | undefined;
  private nextCursor: string | null = null;
  /** The cursors asked for since the first page: a cursor that comes again would page forever. */
  private cursors = new Set<string>();

  constructor(private readonly host: OrderPagesHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  get pageSize(): number {
    return this.host.pageSize;
  }

  /** Whether the list spans all orders and loads pages at any offset. */
  get byOffset(): boolean {
    return !!this.offsets;
  }

  /** How many rows the list spans. */
  get count(): number {
    return this.rows.length;
  }

  /** The row at `index` (see `Row`). */
  at(index: number): Row {
    return this.rows[index];
  }

  /** The orders loaded, in list order. */
  get loaded(): OrderSummary[] {
    return this.rows.filter((row): row is OrderSummary => !!row);
  }

  /** Whether the adapter has orders that are not loaded. */
  get hasMore(): boolean {
    return this.offsets ? this.ids.size < this.rows.length : this.nextCursor !== null;
  }

  /** `aria-setsize` of every row: the count, or -1 while it is unknown. */
  get setSize(): number {
    if (this.cutShort || this.offsets) return this.rows.length;
    return this.total ?? (this.nextCursor === null ? this.rows.length : -1);
  }

  /** The index of a loaded order, or -1. */
  indexOf(orderId: string): number {
    return this.ids.get(orderId) ?? -1;
  }

  /** Stops what is on its way and forgets everything. */
  clear(): void {
    this.forget();
    this.status = 'idle';
    this.host.requestUpdate();
  }

  /** Puts an order at the top (one just submitted). False when it is listed already. */
  prepend(order: OrderSummary): boolean {
    if (this.ids.has(order.id)) return false;
    this.rows.unshift(order);
    this.reindex();
    this.offsets?.shifted();
    if (this.total !== undefined) this.total += 1;
    if (this.status !== 'loading') this.status = 'ready';
    this.host.requestUpdate();
    return true;
  }

  /** Loads the first page, dropping what is loaded. */
  reload(): Promise<void> {
    if (!this.host.adapter || !this.host.site) return Promise.resolve();
    this.forget();
    this.status = 'loading';
    return this.fetch(null);
  }

  /** Asks for the next page by cursor, unless one is on its way, failed, or there is none. */
  loadNext(): void {
    if (!this.offsets && this.nextCursor !== null && this.moreStatus === 'idle' && this.status === 'ready') {
      void this.fetch(this.nextCursor);
    }
  }

  /** After "Retry": the first page again, or the page that failed. */
  retry(): void {
    if (this.status === 'error') {
      void this.reload();
      return;
    }
    this.moreStatus = 'idle';
    if (this.offsets) this.offsets.retry();
    else this.loadNext();
  }

  /** The rows from `first` to `last` are rendered (by offset: their pages are asked for; `now`: at once, for a key). */
  want(first: number, last: number, now = false): void {
    if (this.status === 'ready') this.offsets?.want(first, last, now);
  }

  /**
   * @internal Asks for a page: the first (`null`), the one after a cursor, or the one at an offset.
   * A newer request aborts the older one, so no stale page is shown.
   */
  async fetch(at: string | number | null): Promise<void> {
    const { adapter, site, pageSize, locale } = this.host;
    if (!adapter || !site) return;
    this.abort();
    const controller = new AbortController();
    const from = typeof at === 'number' ? at : this.rows.length;
    this.inFlight = { controller, from, to: from + pageSize };
    const first = at === null;
    // The code that pages by offset loads beside the first page of an adapter that serves offsets;
    // the first page is shown without waiting for it. Without it (it could not be loaded), the list
    // pages by cursor.
    const byOffset = first && adapter.orderOffsets;
    const loading = byOffset ? import('./order-offsets.js').catch(() => undefined) : undefined;
    if (!first) this.moreStatus = 'loading';
    // What is shown is said where it is shown; this one only says how many rows a page added.
    this.announcement = '';
    this.host.requestUpdate();
    try {
      const filter = this.host.filterQuery();
      const query =
        typeof at === 'number' || byOffset
          ? { siteId: site.id, offset: from, limit: pageSize, ...filter }
          : { siteId: site.id, cursor: at, limit: pageSize, ...filter };
      const page = await adapter.listOrders(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (loading && page.total !== undefined) void this.spanAll(loading);
      if (this.offsets) this.offsets.place(from, page);
      else this.append(page, typeof at === 'string' ? at : null);
      if (!first && !this.offsets) this.announcement = msg(str`${formatCount(this.rows.length, locale)} orders shown`);
      this.status = 'ready';
      this.moreStatus = 'idle';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.errorMessage = errorText(error);
      if (first) this.status = 'error';
      else this.moreStatus = 'error';
      this.offsets?.failed(from);
    } finally {
      if (this.inFlight?.controller === controller) this.inFlight = undefined;
      this.host.requestUpdate();
    }
  }

  /** Once the code is there, spans all the orders of the first page's count, and pages by offset. */
  private async spanAll(loading: Promise<{ OffsetPages: typeof OffsetPages } | undefined>): Promise<void> {
    const rows = this.rows;
    const module = await loading;
    // Not for a list reloaded meanwhile (another site), nor one the count turned out wrong for.
    if (!module || rows !== this.rows || this.cutShort || this.total === undefined) return;
    this.offsets = new module.OffsetPages(this);
    this.rows.length = Math.max(this.total, this.rows.length);
    this.host.requestUpdate();
  }

  /** A page by cursor: its new orders after the loaded ones. */
  private append(page: Page<OrderSummary>, cursor: string | null): void {
    const fresh = page.items.filter((order) => !this.ids.has(order.id));
    const start = this.rows.length;
    fresh.forEach((order, i) => this.ids.set(order.id, start + i));
    this.rows.push(...fresh);
    this.skipped += page.skipped ?? 0;
    if (cursor !== null) this.cursors.add(cursor);
    // The list ends at a cursor asked for before, or at an empty page (no order, none left out):
    // a backend repeating itself would otherwise be asked again and again. A page of orders all
    // loaded already is no end: offsets shift as orders arrive (a submitted order moves every
    // other one down a place), so a page may repeat what the one before brought.
    const stuck =
      page.nextCursor !== null && (this.cursors.has(page.nextCursor) || (!page.items.length && !page.skipped));
    // The backend's count stays; the list says that it ends early.
    this.nextCursor = stuck ? null : page.nextCursor;
    this.total = page.total;
    this.cutShort ||= stuck;
  }

  /** @internal Finds every loaded order's place again. */
  reindex(): void {
    this.ids = new Map();
    this.rows.forEach((row, i) => row && this.ids.set(row.id, i));
  }

  private forget(): void {
    this.abort();
    this.offsets = undefined;
    this.rows = [];
    this.ids = new Map();
    this.cursors = new Set();
    this.nextCursor = null;
    this.total = undefined;
    this.skipped = 0;
    this.cutShort = false;
    this.moreStatus = 'idle';
    this.announcement = '';
  }

  /** @internal Stops the page on its way, and the wait for the view to rest. */
  abort(): void {
    this.offsets?.stop();
    const flight = this.inFlight;
    this.inFlight = undefined;
    if (!flight) return;
    flight.controller.abort();
    if (this.moreStatus === 'loading') this.moreStatus = 'idle';
  }
}
