import { localized, msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { formatMoney } from '../../model/money.js';
import type { OrderSummary } from '../../model/types.js';
import { orderStatusLabel } from '../shared/order-status.js';
import type { OrderQuery } from '../../adapter/adapter.js';
import { OrderOpenEvent } from '../../events/order-open.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { skippedNote } from '../shared/adapter-text.js';
import { buttonStyles } from '../shared/button.styles.js';
import { formatCount, formatDateTime } from '../shared/format.js';
import { headingStyles } from '../shared/heading.styles.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { orderListStyles } from './order-list.styles.js';
import type { OrderFilterController } from './order-filter.js';
import { OrderPagesController, type Row } from './order-pages.js';

/** How many rows before the end of what is loaded the next page is asked for. */
const PREFETCH_ROWS = 15;
/** Rows rendered beyond each edge of the view, so that a quick scroll does not show blank space. */
const OVERSCAN = 5;
/** Rows rendered before a row has been measured: more than a tall pane shows. */
const FIRST_ROWS = 20;

/**
 * @tagname oo-order-list
 * @summary The existing orders of a site, newest first: paged as the agent scrolls, virtualized.
 *
 * @description Follows the WAI-ARIA APG Feed pattern: a `role="feed"` of `<article>`s, each
 * labelled by its order number and described by its customer, date, status and total, with
 * `aria-posinset`/`aria-setsize` so that assistive technology knows the place of each rendered
 * row among all orders. One article is in the tab sequence (roving tabindex), so Tab enters and
 * leaves the feed in one step; inside it, Arrow Down/Page Down and Arrow Up/Page Up move between
 * orders, Home and End go to the first and the last order. Only the rows in view (and a few
 * beyond) are in the DOM, so ten thousand orders scroll smoothly.
 *
 * With an adapter that serves pages at any offset (`orderOffsets`) and says its `total`, the feed
 * spans all the orders from the first page: a row whose page is not loaded yet is a "Loading…"
 * placeholder (`aria-busy`, in its place by `aria-posinset`), and the page under the view is asked
 * for when the view rests there, or at once for End. Otherwise pages load in order as the agent
 * scrolls near the end of what is loaded, and End goes to the last order loaded. Used inside
 * `<offline-order-builder>`, which provides the adapter and the site; also works alone when a host
 * sets `.adapter` and `.site`.
 *
 * With an adapter that searches (`orderSearch`), "Search orders" (number, customer name, email or
 * phone; asked once the agent pauses, the latest text winning) and "Status" filter the list, still
 * paged and windowed; "No orders match." when none does. With an adapter that reads an order in
 * full (`getOrder`), a click or Enter on an order fires `order-open`.
 *
 * @fires {OrderOpenEvent} order-open - The agent activated an order (click or Enter), only when the adapter has `getOrder`.
 *
 * @csspart filter - The "Search orders" and "Status" controls (a search landmark).
 * @csspart search-input - The "Search orders" input.
 * @csspart status-select - The "Status" select.
 * @csspart summary - The bar above the list with the number of orders.
 * @csspart feed - The scrolling feed of orders.
 * @csspart order-row - One order (an `<article>`); also a row whose page is loading.
 * @csspart order-placeholder - A row whose page is not loaded yet ("Loading…"), or an order left out.
 * @csspart order-number - The order number in a row.
 * @csspart order-total - The order total in a row.
 * @csspart order-customer - The customer name in a row.
 * @csspart order-date - The order date in a row.
 * @csspart order-status - The status badge in a row.
 * @csspart loading - The notice shown while the first page loads.
 * @csspart empty - The notice shown when the site has no orders.
 * @csspart error - The notice shown when the orders could not be loaded.
 * @csspart retry-button - The "Retry" button of an error notice.
 * @csspart footer - The bar below the list saying more orders are loading, or failed to.
 * @csspart skipped-note - "1 order could not be shown": orders the adapter left out because they could not be used.
 * @csspart cut-short-note - "Showing the 100 orders the service returned; it did not send the rest.": paging stopped on a cursor answered before.
 *
 * @cssprop [--oo-color-text=#1f2328] - Text colour.
 * @cssprop [--oo-color-text-muted=#59636e] - Secondary text (dates, counts).
 * @cssprop [--oo-color-surface=#f6f8fa] - Row hover background.
 * @cssprop [--oo-color-surface-raised=#ffffff] - List background.
 * @cssprop [--oo-color-divider=#d1d9e0] - Lines between rows.
 * @cssprop [--oo-color-accent=#0969da] - "New" and "Open" statuses, spinner.
 * @cssprop [--oo-color-warning=#9a6700] - "Shipped" status.
 * @cssprop [--oo-color-success=#1a7f37] - "Completed" status.
 * @cssprop [--oo-color-danger=#cf222e] - Error titles.
 * @cssprop [--oo-focus-ring=2px solid #0969da] - Outline of the focused row or button.
 */
@localized()
export class OrderList extends OrderElement {
  static override styles = [tokens, a11yStyles, buttonStyles, headingStyles, noticeStyles, orderListStyles];

  /** @internal */
  private get feed(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.feed');
  }

  /** @internal The row in the tab sequence (roving tabindex). */
  @state() private activeIndex = 0;
  /** @internal The first row in the DOM (index in `orders`). */
  @state() private start = 0;
  /** @internal One past the last row in the DOM. */
  @state() private end = FIRST_ROWS;

  /** How many orders to ask the adapter for at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The accessible name of the feed. Defaults to "Orders". */
  @property() label = '';

  /** @internal The pages: what is loaded, where, and what to ask for next. */
  private pages = new OrderPagesController(this);
  /**
   * @internal "Search orders" and "Status", for an adapter that serves them: loaded on demand beside
   * its first page (a list without them does not pay for them).
   */
  private filter: OrderFilterController | undefined;
  /** @internal Adapter and site id of the orders shown, to reload only when either really changes. */
  private source: { adapter: OrderAdapter; siteId: string } | undefined;
  /**
   * @internal After "Retry", the row to focus once the answer is in (the first order, or the first of the
   * page that failed), so that focus is not lost with the button.
   */
  private focusAfterLoad: number | null = null;
  /**
   * @internal The height of one row in px, from the rendered rows. Every row has the same height
   * (see the styles), so the rows out of the DOM are stood for by spacers of that many rows.
   */
  private rowHeight = 0;
  /** @internal The pending animation frame that lays the rows out (one per frame at most). */
  private frame = 0;
  /** @internal Watches the feed (pane resized) and its first row (restyled by a partner, font size). */
  private resizeObserver: ResizeObserver | undefined;
  /** @internal */
  private observed: Element[] = [];
  /** @internal Passive: scrolling never waits for this element. */
  private scrollListener = { handleEvent: () => this.scheduleLayout(), passive: true };

  /** The orders loaded so far, newest first. */
  get loadedOrders(): readonly OrderSummary[] {
    return this.pages.loaded;
  }

  /** Whether the adapter has more orders than are loaded. */
  get hasMore(): boolean {
    return this.pages.hasMore;
  }

  /**
   * Puts an order at the top of the list, e.g. one just submitted, without reloading. An order
   * already listed (same id) is not added twice; an order of another site is ignored.
   */
  prependOrder(order: OrderSummary): void {
    if (this.site && order.siteId !== this.site.id) return;
    const row = (this.renderRoot as ShadowRoot).activeElement?.closest<HTMLElement>('[data-index]');
    if (!this.pages.prepend(order)) return;
    if (this.activeIndex > 0 || row) this.activeIndex += 1;
    // Rows are kept by place: the order with focus moved down one, and focus goes with it.
    if (row) void this.updateComplete.then(() => this.focusRow(Number(row.dataset['index']) + 1));
  }

  /**
   * Scrolls to a loaded order and focuses its row (e.g. the order a duplicate warning names).
   * Resolves false when the order is not among the loaded ones.
   */
  async focusOrder(orderId: string): Promise<boolean> {
    const index = this.pages.indexOf(orderId);
    if (index < 0) return false;
    await this.focusRow(index);
    return true;
  }

  /** Loads the first page again, dropping what is loaded. */
  reload(): Promise<void> {
    this.forgetView();
    return this.pages.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Reconnecting loads afresh: the pages' abort (hostDisconnected) may have dropped a page on its way.
    this.source = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizeObserver?.disconnect();
    this.observed = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(): void {
    // An update may still run after removal (a late state change); a removed list asks nothing.
    if (!this.isConnected) return;
    const adapter = this.adapter;
    const siteId = this.site?.id;
    if (!adapter || !siteId) {
      if (this.source || this.pages.status !== 'idle') {
        this.source = undefined;
        this.forgetView();
        this.pages.clear();
      }
      return;
    }
    if (this.source?.adapter !== adapter || this.source.siteId !== siteId) {
      this.source = { adapter, siteId };
      this.filter?.clear();
      if (adapter.orderSearch && !this.filter) void this.loadFilter();
      void this.reload();
    }
  }

  protected override updated(): void {
    this.placeRows();
    this.scheduleLayout();
    this.keepTabStopInList();
    const { status, moreStatus } = this.pages;
    if (this.focusAfterLoad === null || status === 'loading' || moreStatus === 'loading') return;
    const index = this.focusAfterLoad;
    this.focusAfterLoad = null;
    const retry = this.renderRoot.querySelector<HTMLElement>('[data-retry]');
    if (retry) retry.focus();
    // Focusing sets state, which is for after this update.
    else if (index < this.pages.count) void this.updateComplete.then(() => this.focusRow(index));
    else this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  /** Drops the rows' place and tab stop (the pages forget their orders themselves). */
  private forgetView(): void {
    this.activeIndex = 0;
    this.start = 0;
    this.end = FIRST_ROWS;
    this.focusAfterLoad = null;
  }

  /**
   * Keeps the tab stop on a row that exists when the list got shorter (a page answered that the list
   * ends earlier than its count said). A placeholder with focus needs nothing: it becomes its order
   * in place, focus and all.
   */
  private keepTabStopInList(): void {
    if (this.activeIndex >= this.pages.count && this.pages.count > 0) this.activeIndex = this.pages.count - 1;
  }

  private countText(): string {
    const count = this.pages.total ?? this.pages.count;
    const formatted = formatCount(count, this.locale);
    return new Intl.PluralRules(this.locale).select(count) === 'one'
      ? msg(str`${formatted} order`)
      : msg(str`${formatted} orders`);
  }

  /**
   * When paging stopped before the backend's count (or without one): "Showing the 100 orders the
   * service returned; it did not send the rest."
   */
  private renderCutShort(): TemplateResult | typeof nothing {
    const { cutShort, total, count } = this.pages;
    if (!cutShort || (total !== undefined && total <= count)) return nothing;
    const shown = formatCount(count, this.locale);
    const note =
      new Intl.PluralRules(this.locale).select(count) === 'one'
        ? msg(str`Showing the ${shown} order the service returned; it did not send the rest.`)
        : msg(str`Showing the ${shown} orders the service returned; it did not send the rest.`);
    return html`<p class="skipped" part="cut-short-note">${note}</p>`;
  }

  /** "1 order could not be shown", after the count; nothing when no order was left out. */
  private renderSkipped(): TemplateResult | typeof nothing {
    const note = skippedNote('order', this.pages.skipped);
    return note ? html`<p class="skipped" part="skipped-note">${note}</p>` : nothing;
  }

  /** @internal The search and the status of the list query (see `order-filter.ts`). */
  filterQuery(): Pick<OrderQuery, 'search' | 'status'> {
    return this.filter?.query() ?? {};
  }

  /** Loads "Search orders" and "Status" (once; a failed load leaves the list without them). */
  private async loadFilter(): Promise<void> {
    const module = await import('./order-filter.js').catch(() => undefined);
    if (!module || this.filter) return;
    this.filter = new module.OrderFilterController(this);
    this.requestUpdate();
  }

  /** A click or Enter on an order: `order-open`, for the builder's side sheet. */
  private open(row: HTMLElement | null): void {
    // Only with an adapter that reads an order in full (`getOrder`).
    const order = row && this.adapter?.getOrder ? this.pages.at(Number(row.dataset['index'])) : undefined;
    if (order) this.dispatchEvent(new OrderOpenEvent({ order }));
  }

  private handleClick(event: MouseEvent): void {
    this.open((event.target as Element).closest<HTMLElement>('[data-index]'));
  }

  private handleRetry(): void {
    const reset = this.pages.status === 'error';
    // By cursor, the first order of the page that failed; by offset, the row the agent was on.
    this.focusAfterLoad = reset ? 0 : this.pages.byOffset ? this.activeIndex : this.pages.count;
    this.pages.retry();
  }

  /**
   * Measures a row and sizes the spacers that stand for the rows out of the DOM, through the CSSOM
   * (which a strict CSP allows, unlike a `style` attribute in the template).
   */
  private placeRows(): HTMLElement | undefined {
    const feed = this.feed;
    const rows = feed?.querySelectorAll<HTMLElement>('.row');
    if (!feed || !rows?.length) return undefined;
    const watched = [feed, rows[0]!];
    if (watched.some((element, i) => element !== this.observed[i])) {
      this.resizeObserver ??= new ResizeObserver(() => this.scheduleLayout());
      this.resizeObserver.disconnect();
      // The border box: a partner's padding on a row changes its height but not its content box.
      for (const element of watched) this.resizeObserver.observe(element, { box: 'border-box' });
      this.observed = watched;
    }
    const size = (): void => {
      feed.style.setProperty('--_oo-rows-before', `${this.start * this.rowHeight}px`);
      feed.style.setProperty('--_oo-rows-after', `${Math.max(0, this.pages.count - this.end) * this.rowHeight}px`);
    };
    // Sized before measuring: a layout with the spacers of the previous rows would be a row or more
    // short or long, and the browser would clamp the scroll position near the end.
    size();
    // A row with focus may be taller (it shows its text whole): measured on one without.
    const at = rows[0]!.matches(':focus-within') && rows[1] ? 1 : 0;
    const first = rows[at]!.getBoundingClientRect();
    // From one top to the next, so that margins a partner gives ::part(order-row) count too.
    const next = rows[at + 1];
    const height = next ? next.getBoundingClientRect().top - first.top : first.height;
    // A hidden feed measures 0: keep the last height.
    if (height > 0 && height !== this.rowHeight) {
      this.rowHeight = height;
      size();
    }
    return feed;
  }

  private scheduleLayout(): void {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.layoutRows();
    });
  }

  /**
   * Renders the rows in view and a few beyond, asks for the pages in view (by offset: once the view
   * rests there, at once when `now`) or the next page when the view nears the end of what is loaded
   * (by cursor), and keeps the tab stop on a rendered row.
   */
  private layoutRows(now = false): void {
    const feed = this.placeRows();
    const count = this.pages.count;
    if (!feed || !this.rowHeight) return;
    const first = Math.min(count - 1, Math.floor(feed.scrollTop / this.rowHeight));
    const last = Math.min(count - 1, Math.floor((feed.scrollTop + feed.clientHeight) / this.rowHeight));
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(count, last + 1 + OVERSCAN);
    // Unchanged numbers do not re-render (Lit compares state).
    this.start = start;
    this.end = end;
    // A page that failed waits for "Retry": its error stays in view until the agent acts on it.
    if (this.pages.byOffset) this.pages.want(start, end - 1, now);
    else if (last >= count - 1 - PREFETCH_ROWS) this.pages.loadNext();
    // A row scrolled far away leaves the DOM, and with it the only way into the feed by Tab.
    const focusInside = !!(this.renderRoot as ShadowRoot).activeElement?.closest('.feed');
    if (!focusInside && (this.activeIndex < start || this.activeIndex >= end)) this.activeIndex = first;
  }

  private handleFocusIn(event: FocusEvent): void {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (row) this.activeIndex = Number(row.dataset.index);
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const last = this.pages.count - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'PageDown':
        next = Math.min(index + 1, last);
        break;
      case 'ArrowUp':
      case 'PageUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'Enter':
        if (event.target === row) this.open(row);
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.focusRow(next);
  }

  private async focusRow(index: number): Promise<void> {
    this.activeIndex = index;
    const feed = this.feed;
    const height = this.rowHeight;
    if (feed && height) {
      // Scrolls the row into view ('nearest') and renders the rows there, then focuses it.
      const top = index * height;
      feed.scrollTop = Math.min(top, Math.max(feed.scrollTop, top + height - feed.clientHeight));
      // A key goes where it goes at once: its page is asked for without waiting for the view to rest.
      this.layoutRows(true);
    }
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`.feed > [data-index="${index}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * One row: an order, or a placeholder for one whose page is not loaded (or that its page left
   * out). One template for both, so that a placeholder becomes its order in place, with focus.
   */
  private renderRow(row: Row, index: number): TemplateResult {
    const id = `order-${index}`;
    return html`<article
      class="row ${row ? '' : 'row--placeholder'}"
      part=${row ? 'order-row' : 'order-row order-placeholder'}
      data-index=${index}
      tabindex=${index === this.activeIndex ? 0 : -1}
      aria-label=${row ? msg(str`Order ${row.number}`) : this.placeholderText(row)}
      aria-describedby=${row ? `${id}-meta ${id}-status ${id}-total` : nothing}
      aria-busy=${ifDefined(row === undefined ? 'true' : undefined)}
      aria-posinset=${index + 1}
      aria-setsize=${this.pages.setSize}
      >${row ? this.renderOrder(row, id) : this.renderPlaceholder(row)}</article
    >`;
  }

  /** "Loading…" while the row's page loads; "1 order could not be shown" for an order its page left out. */
  private placeholderText(row: null | undefined): string {
    return row === null ? skippedNote('order', 1) : msg('Loading…');
  }

  /** The placeholder's text where an order's number is, and the empty lines of its meta so that it has a row's height. */
  private renderPlaceholder(row: null | undefined): TemplateResult {
    return html`<span class="row__number">${this.placeholderText(row)}</span
      ><span class="row__meta" aria-hidden="true"><span>&nbsp;</span><span>&nbsp;</span></span>`;
  }

  private renderOrder(order: OrderSummary, id: string): TemplateResult {
    const locale = this.locale;
    // DOM order is reading order (number, customer, date, status, total); the grid areas of
    // .row place them in two lines.
    return html`<span class="row__number" part="order-number" title=${order.number}>${order.number}</span>
      <span class="row__meta" id="${id}-meta">
        <span class="row__customer" part="order-customer" title=${order.customerName}>${order.customerName}</span>
        <time part="order-date" datetime=${order.createdAt}>${formatDateTime(order.createdAt, locale)}</time>
      </span>
      <span class="row__status row__status--${order.status}" part="order-status" id="${id}-status"
        >${orderStatusLabel(order.status)}</span
      >
      <span class="row__total" part="order-total" id="${id}-total">${formatMoney(order.total, locale)}</span>`;
  }

  private renderError(title: string, inline: boolean): TemplateResult {
    return html`<div class="notice notice--error ${inline ? 'notice--inline' : ''}" part="error">
      <p class="notice__title">${title}</p>
      ${inline ? nothing : html`<p class="notice__text">${this.pages.errorMessage}</p>`}
      <div class="notice__actions">
        <button
          class="button ${inline ? 'button--small' : ''}"
          part="retry-button"
          type="button"
          data-retry
          @click=${this.handleRetry}
        >
          ${msg('Retry')}
        </button>
      </div>
    </div>`;
  }

  /** Loading, the error, "No orders yet" or the count (with the orders left out): what the list's status says. */
  private renderStatus(): TemplateResult | typeof nothing {
    switch (this.pages.status) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<div class="notice" part="loading">
          <span class="spinner" aria-hidden="true"></span>
          <p class="notice__text">${msg('Loading orders…')}</p>
        </div>`;
      case 'error':
        return this.renderError(msg('The orders could not be loaded.'), false);
      case 'ready':
        if (this.pages.count === 0) {
          // A filter that matches none says so (see `order-filter.ts`).
          if (this.filter?.active && !this.pages.skipped) return this.filter.renderEmpty();
          // Orders left out are orders all the same: not "No orders yet".
          return this.pages.skipped
            ? html`<div class="notice" part="empty" tabindex="-1">${this.renderSkipped()}</div>`
            : html`<div class="notice" part="empty" tabindex="-1">
                <p class="notice__title">${msg('No orders yet for this site')}</p>
                <p class="notice__text">${msg('Orders created for this site will be listed here.')}</p>
              </div>`;
        }
        return html`<div class="summary" part="summary"
          >${this.countText()}${this.renderCutShort()}${this.renderSkipped()}</div
        >`;
    }
  }

  /** The next page loading, or why it could not be. */
  private renderMore(): TemplateResult | typeof nothing {
    // By offset, the rows themselves say "Loading…" where they are.
    if (this.pages.moreStatus === 'loading' && !this.pages.byOffset) {
      return html`<div class="footer notice notice--inline" part="footer">
        <span class="spinner" aria-hidden="true"></span>
        <span>${msg('Loading more orders…')}</span>
      </div>`;
    }
    if (this.pages.moreStatus === 'error') {
      return html`<div class="footer" part="footer"
        >${this.renderError(msg('More orders could not be loaded.'), true)}</div
      >`;
    }
    return nothing;
  }

  /** The feed of the rows in view (and a few beyond), once orders are loaded. */
  private renderFeed(): TemplateResult | typeof nothing {
    const { status, count, moreStatus } = this.pages;
    if (status !== 'ready' || !count) return nothing;
    const indices = Array.from(
      { length: Math.max(0, Math.min(this.end, count) - this.start) },
      (_, i) => this.start + i,
    );
    return html`<div
      class="feed"
      part="feed"
      role="feed"
      aria-label=${this.label || msg('Orders')}
      aria-busy=${moreStatus === 'loading'}
      @keydown=${this.handleKeydown}
      @focusin=${this.handleFocusIn}
      @click=${this.handleClick}
      @scroll=${this.scrollListener}
    >
      ${repeat(
        indices,
        // By place: a row keeps its element as its placeholder becomes its order (focus and all).
        (index) => index,
        (index) => this.renderRow(this.pages.at(index), index),
      )}
    </div>`;
  }

  /**
   * Each message once, in a live region that is there before it changes: the list's status above
   * the feed, the next page's below it, and (visually hidden) how many rows a page added.
   */
  override render(): TemplateResult {
    return html`${this.filter?.render() ?? nothing}
      <div role="status">${this.renderStatus()}</div>
      ${this.renderFeed()}
      <div role="status">${this.renderMore()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.pages.announcement}</div>`;
  }
}
