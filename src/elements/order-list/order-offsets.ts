/**
 * Paging by offset for `<oo-order-list>` (see `OrderPagesController`), loaded on demand: only a list
 * whose adapter serves offsets (`OrderAdapter.orderOffsets`) loads it, along with its first page.
 *
 * The list spans all `total` orders; a row not loaded yet is a placeholder. The page under the view
 * is asked for once the view rests there (at once for a key): latest wins, so a view that moves on
 * by more than its height before then asks for nothing, and a page on its way that is no longer in
 * view is aborted.
 */
import type { OrderSummary, Page } from '../../model/types.js';

/** What paging by offset reads and writes of the list's pages (`OrderPagesController`). */
export interface OffsetHost {
  rows: (OrderSummary | null | undefined)[];
  ids: Map<string, number>;
  inFlight: { from: number; to: number } | undefined;
  moreStatus: string;
  total: number | undefined;
  skipped: number;
  cutShort: boolean;
  readonly pageSize: number;
  fetch(offset: number): Promise<void>;
  abort(): void;
  reindex(): void;
}

/** How long the view must rest on rows not loaded before their page is asked for, in ms. */
const SETTLE_MS = 80;

export class OffsetPages {
  /** The offsets asked for: a page the backend answered short is then asked from its first missing row. */
  private asked = new Set<number>();
  /** The rows rendered, as last told by `want`. */
  private view = { first: 0, last: -1 };
  /** The view's first row when the settle timer was set. */
  private settleFrom = 0;
  private settle = 0;
  /** The offset of the page that failed, asked for again on Retry. */
  private failedAt = 0;

  constructor(private readonly pages: OffsetHost) {}

  /** The rows from `first` to `last` are rendered: asks for their pages once the view rests (`now`: at once). */
  want(first: number, last: number, now: boolean): void {
    const { pages } = this;
    const moved = Math.abs(first - this.settleFrom) > Math.max(1, last - first);
    this.view = { first, last };
    const flight = pages.inFlight;
    if (flight && (flight.to <= first || flight.from > last)) pages.abort();
    const missing = this.firstMissing();
    if (missing < 0 || pages.moreStatus === 'error') return this.stop();
    if (this.covered(missing) || (this.settle && !moved && !now)) return;
    this.stop();
    if (now) return this.load(missing);
    this.settleFrom = first;
    this.settle = window.setTimeout(() => {
      this.settle = 0;
      const at = this.firstMissing();
      if (at >= 0 && pages.moreStatus !== 'error') this.load(at);
    }, SETTLE_MS);
  }

  /** After "Retry": the page that failed. */
  retry(): void {
    this.load(this.failedAt);
  }

  /** A page could not be loaded. */
  failed(offset: number): void {
    this.failedAt = offset;
  }

  /** Orders were put at the top: every offset moved down a place, so what was asked for is no guide. */
  shifted(): void {
    this.asked.clear();
  }

  stop(): void {
    clearTimeout(this.settle);
    this.settle = 0;
  }

  /** A page's orders in their places, the orders it left out as rows that say so. */
  place(offset: number, page: Page<OrderSummary>): void {
    const { pages } = this;
    const rows = pages.rows;
    const skipped = page.skipped ?? 0;
    if (!this.asked.has(offset)) pages.skipped += skipped;
    this.asked.add(offset);
    if (page.total !== undefined && !pages.cutShort && page.total !== rows.length) {
      const shorter = page.total < rows.length;
      rows.length = pages.total = page.total;
      if (shorter) pages.reindex();
    }
    if (!page.items.length && !skipped && offset < rows.length) {
      // Nothing where the count says there are orders: the list ends here, and says so.
      rows.length = offset;
      pages.cutShort = true;
      return pages.reindex();
    }
    page.items.forEach((order, i) => {
      const index = offset + i;
      if (index >= rows.length) return;
      // An order that moved (orders arrived meanwhile) leaves its old place to be loaded again.
      const before = pages.ids.get(order.id);
      if (before !== undefined && before !== index) rows[before] = undefined;
      const replaced = rows[index];
      if (replaced) pages.ids.delete(replaced.id);
      rows[index] = order;
      pages.ids.set(order.id, index);
    });
    const end = Math.min(rows.length, offset + page.items.length + skipped);
    for (let i = offset + page.items.length; i < end; i++) rows[i] ??= null;
  }

  private covered(index: number): boolean {
    const flight = this.pages.inFlight;
    return !!flight && index >= flight.from && index < flight.to;
  }

  private firstMissing(): number {
    const rows = this.pages.rows;
    for (let i = Math.max(0, this.view.first); i <= Math.min(this.view.last, rows.length - 1); i++) {
      if (rows[i] === undefined) return i;
    }
    return -1;
  }

  /** Asks for the page holding row `index`: its page, or from the row itself when that page was asked for already. */
  private load(index: number): void {
    if (this.covered(index)) return;
    const size = this.pages.pageSize;
    const page = index - (index % size);
    void this.pages.fetch(this.asked.has(page) ? index : page);
  }
}
