/**
 * The pages of `<oo-order-list>`: what is loaded, where it sits among all the orders, and which page
 * to ask for next.
 *
 * Two ways of paging, chosen by the adapter:
 * - **By offset** (`OrderAdapter.orderOffsets`, and a first page that says its `total`): the list
 *   spans all `total` orders from the first page; a row not loaded yet is a placeholder, and the
 *   pages under the view are asked for when the view stops on them (scrolled, dragged, End). Latest
 *   wins: a view that moves on before its page is asked for asks for nothing, and a page on its way
 *   that is no longer in view is aborted.
 * - **By cursor** (any adapter): pages are asked for in order as the view nears the end of what is
 *   loaded; the list spans only what is loaded, so it never stands for rows it cannot show.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import type { OrderSummary, Page, Site } from '../../model/types.js';
import { errorText } from '../shared/adapter-text.js';
import { formatCount } from '../shared/format.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
export type MoreStatus = 'idle' | 'loading' | 'error';

/**
 * A row: an order, `undefined` while its page is not loaded (a placeholder), or `null` when its page
 * left it out (`Page.skipped`: a record the adapter could not use).
 */
export type Row = OrderSummary | null | undefined;

/** How long the view must rest on rows not loaded before their page is asked for, in ms. */
const SETTLE_MS = 80;

export interface OrderPagesHost extends ReactiveControllerHost {
  adapter: OrderAdapter | undefined;
  site: Site | undefined;
  pageSize: number;
  locale: string;
}

/** A page on its way: its signal, and the rows it will fill (by offset). */
interface InFlight {
  controller: AbortController;
  from: number;
  to: number;
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
  /** Whether the list spans all orders and loads pages at any offset. */
  byOffset = false;

  private rows: Row[] = [];
  private nextCursor: string | null = null;
  /** Where each loaded order is, by id: a prepended order may come again in a later page. */
  private ids = new Map<string, number>();
  /** The cursors asked for since the first page: a cursor that comes again would page forever. */
  private cursors = new Set<string>();
  /** The offsets asked for (by offset): a page the backend answered short is then asked from its first missing row. */
  private asked = new Set<number>();
  /** Skipped orders per offset asked for, so that a page loaded again is not counted twice. */
  private skippedAt = new Map<number, number>();
  private inFlight: InFlight | undefined;
  /** The rows in view (by offset), as last told by `want`. */
  private view = { first: 0, last: -1 };
  /** The view's first row when the settle timer was set: a view that has moved on by more than a view resets it. */
  private settleFrom = 0;
  private settle = 0;
  /** The offset of the page that failed, asked for again on Retry. */
  private failedAt: number | null = null;

  constructor(private readonly host: OrderPagesHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** How many rows the list spans: all orders by offset, the loaded ones by cursor. */
  get count(): number {
    return this.rows.length;
  }

  /** The row at `index` (see `Row`). */
  at(index: number): Row {
    return this.rows[index];
  }

  /** The orders loaded, in list order. */
  get loaded(): OrderSummary[] {
    return this.byOffset ? this.rows.filter((row): row is OrderSummary => !!row) : (this.rows as OrderSummary[]);
  }

  /** How many orders are loaded. */
  get loadedCount(): number {
    return this.byOffset ? this.ids.size : this.rows.length;
  }

  /** Whether the adapter has orders that are not loaded. */
  get hasMore(): boolean {
    return this.byOffset ? this.ids.size < this.rows.length : this.nextCursor !== null;
  }

  /** `aria-setsize` of every row: the count, or -1 while it is unknown. */
  get setSize(): number {
    if (this.cutShort || this.byOffset) return this.rows.length;
    return this.total ?? (this.nextCursor === null ? this.rows.length : -1);
  }

  /** The index of a loaded order, or -1. */
  indexOf(orderId: string): number {
    return this.ids.get(orderId) ?? -1;
  }

  /** Stops what is on its way and forgets everything. */
  clear(): void {
    this.abort();
    this.forget();
    this.status = 'idle';
    this.moreStatus = 'idle';
    this.announcement = '';
    this.host.requestUpdate();
  }

  /** Puts an order at the top (one just submitted). False when it is listed already. */
  prepend(order: OrderSummary): boolean {
    if (this.ids.has(order.id)) return false;
    this.rows.unshift(order);
    this.reindex();
    // Every offset moved down a place: what was asked for is no guide any more.
    this.asked.clear();
    if (this.total !== undefined) this.total += 1;
    if (this.status !== 'loading') this.status = 'ready';
    this.host.requestUpdate();
    return true;
  }

  /** Loads the first page, dropping what is loaded. */
  async reload(): Promise<void> {
    const { adapter, site } = this.host;
    if (!adapter || !site) return;
    this.abort();
    this.forget();
    this.status = 'loading';
    this.moreStatus = 'idle';
    this.announcement = '';
    const offsets = !!adapter.orderOffsets;
    await this.fetch(offsets ? 0 : null, { first: true, offsets });
  }

  /** Asks for the next page by cursor, unless one is on its way, failed, or there is none. */
  loadNext(): void {
    if (this.byOffset || this.nextCursor === null || this.moreStatus !== 'idle' || this.status !== 'ready') return;
    void this.fetch(this.nextCursor, {});
  }

  /** After "Retry": the first page again, or the page that failed. */
  retry(): void {
    if (this.status === 'error') {
      void this.reload();
      return;
    }
    this.moreStatus = 'idle';
    if (!this.byOffset) this.loadNext();
    else this.load(this.failedAt ?? this.view.first);
  }

  /**
   * The rows from `first` to `last` are in view (by offset): their pages are asked for once the view
   * rests there (`now`: at once, for a key that jumps there). A page on its way for rows no longer
   * in view is aborted.
   */
  want(first: number, last: number, now = false): void {
    if (!this.byOffset || this.status !== 'ready') return;
    const moved = Math.abs(first - this.settleFrom) > Math.max(1, last - first);
    this.view = { first, last };
    const missing = this.firstMissing(first, last);
    const flight = this.inFlight;
    if (flight && (flight.to <= first || flight.from > last)) this.abort();
    if (missing < 0 || this.moreStatus === 'error') {
      this.stopSettling();
      return;
    }
    if (this.inFlight && missing >= this.inFlight.from && missing < this.inFlight.to) return;
    if (now) {
      this.stopSettling();
      this.load(missing);
      return;
    }
    if (this.settle && !moved) return;
    this.stopSettling();
    this.settleFrom = first;
    this.settle = window.setTimeout(() => {
      this.settle = 0;
      const at = this.firstMissing(this.view.first, this.view.last);
      if (at >= 0 && this.moreStatus !== 'error') this.load(at);
    }, SETTLE_MS);
  }

  private firstMissing(first: number, last: number): number {
    for (let i = Math.max(0, first); i <= Math.min(last, this.rows.length - 1); i++) {
      if (this.rows[i] === undefined) return i;
    }
    return -1;
  }

  /** Asks for the page holding row `index`: its page, or from the row itself when that page was asked for already. */
  private load(index: number): void {
    if (this.inFlight && index >= this.inFlight.from && index < this.inFlight.to) return;
    const size = this.host.pageSize;
    const page = index - (index % size);
    void this.fetch(this.asked.has(page) ? index : page, { offsets: true });
  }

  private async fetch(at: string | number | null, how: { first?: boolean; offsets?: boolean }): Promise<void> {
    const { adapter, site, pageSize } = this.host;
    if (!adapter || !site) return;
    // A newer request aborts the older one, so no stale page is shown.
    this.abort();
    const controller = new AbortController();
    const offset = typeof at === 'number' ? at : undefined;
    this.inFlight = { controller, from: offset ?? this.rows.length, to: (offset ?? this.rows.length) + pageSize };
    if (!how.first) this.moreStatus = 'loading';
    // What is shown is said where it is shown; this one only says how many rows a page added.
    this.announcement = '';
    this.host.requestUpdate();
    try {
      const query = how.offsets
        ? { siteId: site.id, offset: offset ?? 0, limit: pageSize }
        : { siteId: site.id, cursor: typeof at === 'string' ? at : null, limit: pageSize };
      const page = await adapter.listOrders(query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (how.first) this.byOffset = !!how.offsets && page.total !== undefined;
      if (offset !== undefined && this.byOffset) this.placeAt(offset, page);
      else this.append(page, typeof at === 'string' ? at : null, !how.first);
      this.status = 'ready';
      this.moreStatus = 'idle';
      this.failedAt = null;
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.errorMessage = errorText(error);
      if (how.first) this.status = 'error';
      else this.moreStatus = 'error';
      this.failedAt = offset ?? null;
    } finally {
      if (this.inFlight?.controller === controller) this.inFlight = undefined;
      this.host.requestUpdate();
    }
  }

  /** A page by cursor: its new orders after the loaded ones. */
  private append(page: Page<OrderSummary>, cursor: string | null, announce: boolean): void {
    const fresh = page.items.filter((order) => !this.ids.has(order.id));
    const start = this.rows.length;
    fresh.forEach((order, i) => this.ids.set(order.id, start + i));
    this.rows = [...this.rows, ...fresh];
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
    if (announce) this.announcement = msg(str`${formatCount(this.rows.length, this.host.locale)} orders shown`);
  }

  /** A page by offset: its orders in their places, the orders it left out as rows that say so. */
  private placeAt(offset: number, page: Page<OrderSummary>): void {
    const total = page.total ?? this.rows.length;
    if (total !== this.rows.length && !this.cutShort) {
      this.rows.length = total;
      this.total = total;
    }
    this.asked.add(offset);
    const skipped = page.skipped ?? 0;
    this.skipped += skipped - (this.skippedAt.get(offset) ?? 0);
    this.skippedAt.set(offset, skipped);
    if (!page.items.length && !skipped && offset < this.rows.length) {
      // Nothing where the count says there are orders: the list ends here, and says so.
      this.rows.length = offset;
      this.cutShort = true;
      for (const [id, index] of this.ids) if (index >= offset) this.ids.delete(id);
      return;
    }
    page.items.forEach((order, i) => {
      const index = offset + i;
      if (index >= this.rows.length) return;
      const before = this.ids.get(order.id);
      // An order that moved (orders arrived meanwhile) leaves its old place to be loaded again.
      if (before !== undefined && before !== index && this.rows[before]?.id === order.id) this.rows[before] = undefined;
      const replaced = this.rows[index];
      if (replaced && replaced.id !== order.id) this.ids.delete(replaced.id);
      this.rows[index] = order;
      this.ids.set(order.id, index);
    });
    const end = Math.min(this.rows.length, offset + page.items.length + skipped);
    for (let i = offset + page.items.length; i < end; i++) if (this.rows[i] === undefined) this.rows[i] = null;
  }

  private reindex(): void {
    this.ids = new Map();
    this.rows.forEach((row, i) => {
      if (row) this.ids.set(row.id, i);
    });
  }

  private forget(): void {
    this.rows = [];
    this.ids = new Map();
    this.cursors = new Set();
    this.asked = new Set();
    this.skippedAt = new Map();
    this.nextCursor = null;
    this.total = undefined;
    this.skipped = 0;
    this.cutShort = false;
    this.byOffset = false;
    this.failedAt = null;
    this.view = { first: 0, last: -1 };
  }

  private stopSettling(): void {
    clearTimeout(this.settle);
    this.settle = 0;
  }

  private abort(): void {
    this.stopSettling();
    const flight = this.inFlight;
    this.inFlight = undefined;
    if (!flight) return;
    flight.controller.abort();
    if (this.moreStatus === 'loading') this.moreStatus = 'idle';
  }
}
