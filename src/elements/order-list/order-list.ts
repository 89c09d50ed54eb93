import { localized, msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { formatMoney } from '../../model/money.js';
import type { OrderStatus, OrderSummary } from '../../model/types.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { OrderElement } from '../shared/order-element.js';
import { errorText, skippedNote } from '../shared/adapter-text.js';
import { buttonStyles } from '../shared/button.styles.js';
import { formatCount, formatDateTime } from '../shared/format.js';
import { headingStyles } from '../shared/heading.styles.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { orderListStyles } from './order-list.styles.js';

type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
type MoreStatus = 'idle' | 'loading' | 'error';

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
 * orders, Home and End go to the first and the last order loaded. Only the rows in view (and a few
 * beyond) are in the DOM, so ten thousand orders scroll smoothly. Used inside
 * `<offline-order-builder>`, which provides the adapter and the site; also works alone when a host
 * sets `.adapter` and `.site`.
 *
 * @csspart summary - The bar above the list with the number of orders.
 * @csspart feed - The scrolling feed of orders.
 * @csspart order-row - One order (an `<article>`).
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

  /** @internal */
  @state() private orders: OrderSummary[] = [];
  /** @internal */
  @state() private nextCursor: string | null = null;
  /** @internal */
  @state() private total: number | undefined;
  /** @internal */
  @state() private status: LoadStatus = 'idle';
  /** @internal */
  @state() private moreStatus: MoreStatus = 'idle';
  /** @internal */
  @state() private errorMessage = '';
  /** @internal The row in the tab sequence (roving tabindex). */
  @state() private activeIndex = 0;
  /** @internal The first row in the DOM (index in `orders`). */
  @state() private start = 0;
  /** @internal One past the last row in the DOM. */
  @state() private end = FIRST_ROWS;
  /** @internal What the polite live region says. */
  @state() private announcement = '';
  /** @internal How many orders the adapter left out, over the pages loaded (`Page.skipped`). */
  @state() private skipped = 0;
  /** @internal Whether paging stopped before the end (a cursor the backend answered before, or an empty page with one). */
  @state() private cutShort = false;

  /** How many orders to ask the adapter for at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The accessible name of the feed. Defaults to "Orders". */
  @property() label = '';

  /** @internal Ids of the loaded orders: a prepended order may come again in a later page. */
  private ids = new Set<string>();
  /** @internal The cursors asked for since the first page: a cursor that comes again would page forever. */
  private cursors = new Set<string>();
  /** @internal */
  private controller: AbortController | undefined;
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
    return this.orders;
  }

  /** Whether the adapter has more orders than are loaded. */
  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Puts an order at the top of the list, e.g. one just submitted, without reloading. An order
   * already listed (same id) is not added twice; an order of another site is ignored.
   */
  prependOrder(order: OrderSummary): void {
    if (this.site && order.siteId !== this.site.id) return;
    if (this.ids.has(order.id)) return;
    this.ids.add(order.id);
    this.orders = [order, ...this.orders];
    if (this.total !== undefined) this.total += 1;
    if (this.status !== 'loading') this.status = 'ready';
    if (this.activeIndex > 0) this.activeIndex += 1;
  }

  /**
   * Scrolls to a loaded order and focuses its row (e.g. the order a duplicate warning names).
   * Resolves false when the order is not among the loaded ones.
   */
  async focusOrder(orderId: string): Promise<boolean> {
    const index = this.orders.findIndex((order) => order.id === orderId);
    if (index < 0) return false;
    await this.focusRow(index);
    return true;
  }

  /** Loads the first page again, dropping what is loaded. */
  reload(): Promise<void> {
    return this.loadPage(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
    // Reconnecting loads afresh: the abort above may have dropped a page on its way.
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
      if (this.source || this.status !== 'idle') this.clear();
      return;
    }
    if (this.source?.adapter !== adapter || this.source.siteId !== siteId) {
      this.source = { adapter, siteId };
      void this.loadPage(true);
    }
  }

  protected override updated(): void {
    this.placeRows();
    this.scheduleLayout();
    if (this.focusAfterLoad === null || this.status === 'loading' || this.moreStatus === 'loading') return;
    const index = this.focusAfterLoad;
    this.focusAfterLoad = null;
    const retry = this.renderRoot.querySelector<HTMLElement>('[data-retry]');
    if (retry) retry.focus();
    // Focusing sets state, which is for after this update.
    else if (index < this.orders.length) void this.updateComplete.then(() => this.focusRow(index));
    else this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  private clear(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.source = undefined;
    this.forgetOrders();
    this.status = 'idle';
    this.moreStatus = 'idle';
    this.announcement = '';
  }

  /** Drops the orders loaded, what was learnt of the pages, and the rows' place and tab stop. */
  private forgetOrders(): void {
    this.ids = new Set();
    this.cursors = new Set();
    this.orders = [];
    this.nextCursor = null;
    this.total = undefined;
    this.skipped = 0;
    this.cutShort = false;
    this.activeIndex = 0;
    this.start = 0;
    this.end = FIRST_ROWS;
  }

  private async loadPage(reset: boolean): Promise<void> {
    const adapter = this.adapter;
    const site = this.site;
    if (!adapter || !site) return;
    if (!reset && (this.nextCursor === null || this.moreStatus === 'loading' || this.status !== 'ready')) return;

    // A newer request (another site, a reload) aborts the older one, so no stale page is shown.
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const cursor = reset ? null : this.nextCursor;

    if (reset) {
      this.forgetOrders();
      this.status = 'loading';
      this.moreStatus = 'idle';
    } else {
      this.moreStatus = 'loading';
    }
    // What is shown is said where it is shown (live regions of their own); this one only says how many rows a page added.
    this.announcement = '';

    try {
      const page = await adapter.listOrders(
        { siteId: site.id, cursor, limit: this.pageSize },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      const fresh = page.items.filter((order) => !this.ids.has(order.id));
      for (const order of fresh) this.ids.add(order.id);
      this.orders = reset ? fresh : [...this.orders, ...fresh];
      this.skipped += page.skipped ?? 0;
      if (cursor !== null) this.cursors.add(cursor);
      // The list ends at a cursor asked for before, or at an empty page (no order, none left out):
      // a backend repeating itself would otherwise be asked again and again. A page of orders all
      // loaded already is no end: offsets shift as orders arrive (a submitted order moves every
      // other one down a place), so a page may repeat what the one before brought.
      const stuck =
        page.nextCursor !== null && (this.cursors.has(page.nextCursor) || (!page.items.length && !page.skipped));
      // The backend's count stays; the list says that it ends early (see renderCutShort).
      this.nextCursor = stuck ? null : page.nextCursor;
      this.total = page.total;
      this.cutShort ||= stuck;
      this.status = 'ready';
      this.moreStatus = 'idle';
      if (!reset) this.announcement = msg(str`${formatCount(this.orders.length, this.locale)} orders shown`);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.errorMessage = errorText(error);
      if (reset) this.status = 'error';
      else this.moreStatus = 'error';
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** @internal */

  private countText(): string {
    const count = this.total ?? this.orders.length;
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
    const count = this.orders.length;
    if (!this.cutShort || (this.total !== undefined && this.total <= count)) return nothing;
    const shown = formatCount(count, this.locale);
    const note =
      new Intl.PluralRules(this.locale).select(count) === 'one'
        ? msg(str`Showing the ${shown} order the service returned; it did not send the rest.`)
        : msg(str`Showing the ${shown} orders the service returned; it did not send the rest.`);
    return html`<p class="skipped" part="cut-short-note">${note}</p>`;
  }

  /** "1 order could not be shown", after the count; nothing when no order was left out. */
  private renderSkipped(): TemplateResult | typeof nothing {
    const note = skippedNote('order', this.skipped);
    return note ? html`<p class="skipped" part="skipped-note">${note}</p>` : nothing;
  }

  private statusLabel(status: OrderStatus): string {
    switch (status) {
      case 'new':
        return msg('New');
      case 'open':
        return msg('Open');
      case 'shipped':
        return msg('Shipped');
      case 'completed':
        return msg('Completed');
      case 'cancelled':
        return msg('Cancelled');
      default:
        return String(status);
    }
  }

  private handleRetry(): void {
    const reset = this.status === 'error';
    this.focusAfterLoad = reset ? 0 : this.orders.length;
    void this.loadPage(reset);
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
      feed.style.setProperty('--_oo-rows-after', `${Math.max(0, this.orders.length - this.end) * this.rowHeight}px`);
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
   * Renders the rows in view and a few beyond, asks for the next page when the view nears the end of
   * what is loaded, and keeps the tab stop on a rendered row.
   */
  private layoutRows(): void {
    const feed = this.placeRows();
    const count = this.orders.length;
    if (!feed || !this.rowHeight) return;
    const first = Math.min(count - 1, Math.floor(feed.scrollTop / this.rowHeight));
    const last = Math.min(count - 1, Math.floor((feed.scrollTop + feed.clientHeight) / this.rowHeight));
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(count, last + 1 + OVERSCAN);
    // Unchanged numbers do not re-render (Lit compares state).
    this.start = start;
    this.end = end;
    // A page that failed waits for "Retry": its error stays in view until the agent acts on it.
    if (this.moreStatus !== 'error' && last >= count - 1 - PREFETCH_ROWS) void this.loadPage(false);
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
    const last = this.orders.length - 1;
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
      this.layoutRows();
    }
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`.feed > [data-index="${index}"]`);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  }

  private renderRow(order: OrderSummary, index: number): TemplateResult {
    const locale = this.locale;
    const id = `order-${index}`;
    // DOM order is reading order (number, customer, date, status, total); the grid areas of
    // .row place them in two lines.
    return html`<article
      class="row"
      part="order-row"
      data-index=${index}
      tabindex=${index === this.activeIndex ? 0 : -1}
      aria-label=${msg(str`Order ${order.number}`)}
      aria-describedby="${id}-meta ${id}-status ${id}-total"
      aria-posinset=${index + 1}
      aria-setsize=${this.cutShort ? this.orders.length : (this.total ?? (this.nextCursor === null ? this.orders.length : -1))}
    >
      <span class="row__number" part="order-number" title=${order.number}>${order.number}</span>
      <span class="row__meta" id="${id}-meta">
        <span class="row__customer" part="order-customer" title=${order.customerName}>${order.customerName}</span>
        <time part="order-date" datetime=${order.createdAt}>${formatDateTime(order.createdAt, locale)}</time>
      </span>
      <span class="row__status row__status--${order.status}" part="order-status" id="${id}-status"
        >${this.statusLabel(order.status)}</span
      >
      <span class="row__total" part="order-total" id="${id}-total">${formatMoney(order.total, locale)}</span>
    </article>`;
  }

  private renderError(title: string, inline: boolean): TemplateResult {
    return html`<div class="notice notice--error ${inline ? 'notice--inline' : ''}" part="error">
      <p class="notice__title">${title}</p>
      ${inline ? nothing : html`<p class="notice__text">${this.errorMessage}</p>`}
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
    switch (this.status) {
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
        if (this.orders.length === 0) {
          // Orders left out are orders all the same: not "No orders yet".
          return this.skipped
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
    if (this.moreStatus === 'loading') {
      return html`<div class="footer notice notice--inline" part="footer">
        <span class="spinner" aria-hidden="true"></span>
        <span>${msg('Loading more orders…')}</span>
      </div>`;
    }
    if (this.moreStatus === 'error') {
      return html`<div class="footer" part="footer"
        >${this.renderError(msg('More orders could not be loaded.'), true)}</div
      >`;
    }
    return nothing;
  }

  /** The feed of the rows in view (and a few beyond), once orders are loaded. */
  private renderFeed(): TemplateResult | typeof nothing {
    if (this.status !== 'ready' || !this.orders.length) return nothing;
    return html`<div
      class="feed"
      part="feed"
      role="feed"
      aria-label=${this.label || msg('Orders')}
      aria-busy=${this.moreStatus === 'loading'}
      @keydown=${this.handleKeydown}
      @focusin=${this.handleFocusIn}
      @scroll=${this.scrollListener}
    >
      ${repeat(
        this.orders.slice(this.start, this.end),
        (order) => order.id,
        (order, i) => this.renderRow(order, this.start + i),
      )}
    </div>`;
  }

  /**
   * Each message once, in a live region that is there before it changes: the list's status above
   * the feed, the next page's below it, and (visually hidden) how many rows a page added.
   */
  override render(): TemplateResult {
    return html`<div role="status">${this.renderStatus()}</div>
      ${this.renderFeed()}
      <div role="status">${this.renderMore()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
