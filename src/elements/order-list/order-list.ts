import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { html, LitElement, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext, siteContext } from '../../adapter/context.js';
import { isAbortError, isAdapterError } from '../../adapter/errors.js';
import { formatMoney } from '../../model/money.js';
import type { OrderStatus, OrderSummary, Site } from '../../model/types.js';
import { a11yStyles } from '../shared/a11y.styles.js';
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

/**
 * @tagname oo-order-list
 * @summary The existing orders of a site, newest first: paged as the agent scrolls, virtualized.
 *
 * @description Follows the WAI-ARIA APG Feed pattern: a `role="feed"` of `<article>`s, each
 * labelled by its order number and described by its customer, date, status and total, with
 * `aria-posinset`/`aria-setsize` so that assistive technology knows the place of each rendered
 * row among all orders. One article is in the tab sequence (roving tabindex), so Tab enters and
 * leaves the feed in one step; inside it, Arrow Down/Page Down and Arrow Up/Page Up move between
 * orders, Home and End go to the first and the last order loaded. Only the rows in view are in the
 * DOM (`@lit-labs/virtualizer`), so ten thousand orders scroll smoothly. Used inside
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
export class OrderList extends LitElement {
  static override styles = [tokens, a11yStyles, buttonStyles, headingStyles, noticeStyles, orderListStyles];

  /** @internal */
  @query('.feed') private feed?: HTMLElement & VirtualizerHostElement;

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
  /**
   * @internal Until the virtualizer has rendered the first rows, the feed is empty: it is marked
   * busy meanwhile, as a feed without articles is not yet a valid feed.
   */
  @state() private awaitingRows = true;
  /** @internal What the polite live region says. */
  @state() private announcement = '';

  /** The data adapter. Provided by `<offline-order-builder>`; a host may set it when using the list alone. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter: OrderAdapter | undefined;

  /** The site whose orders are listed. Provided by `<offline-order-builder>`; a host may set it. */
  @consume({ context: siteContext, subscribe: true })
  @property({ attribute: false })
  site: Site | undefined;

  /** How many orders to ask the adapter for at a time. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The accessible name of the feed. Defaults to "Orders". */
  @property() label = '';

  /** @internal Ids of the loaded orders: a prepended order may come again in a later page. */
  private ids = new Set<string>();
  /** @internal */
  private controller: AbortController | undefined;
  /** @internal Adapter and site id of the orders shown, to reload only when either really changes. */
  private source: { adapter: OrderAdapter; siteId: string } | undefined;
  /**
   * @internal After "Retry", the row to focus once the answer is in (the first order, or the first of the
   * page that failed), so that focus is not lost with the button.
   */
  private focusAfterLoad: number | null = null;

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
    if (this.focusAfterLoad === null || this.status === 'loading' || this.moreStatus === 'loading') return;
    const index = this.focusAfterLoad;
    this.focusAfterLoad = null;
    const retry = this.renderRoot.querySelector<HTMLElement>('[data-retry]');
    if (retry) retry.focus();
    // The rows are rendered by the virtualizer after this update: focus once they are there.
    else if (index < this.orders.length) void this.updateComplete.then(() => this.focusRow(index));
    else this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  private clear(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.source = undefined;
    this.ids = new Set();
    this.orders = [];
    this.nextCursor = null;
    this.total = undefined;
    this.status = 'idle';
    this.moreStatus = 'idle';
    this.activeIndex = 0;
    this.announcement = '';
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
      this.ids = new Set();
      this.orders = [];
      this.nextCursor = null;
      this.total = undefined;
      this.activeIndex = 0;
      this.awaitingRows = true;
      this.status = 'loading';
      this.moreStatus = 'idle';
      this.announcement = msg('Loading orders…');
    } else {
      this.moreStatus = 'loading';
      this.announcement = msg('Loading more orders…');
    }

    try {
      const page = await adapter.listOrders(
        { siteId: site.id, cursor, limit: this.pageSize },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      const fresh = page.items.filter((order) => !this.ids.has(order.id));
      for (const order of fresh) this.ids.add(order.id);
      this.orders = reset ? fresh : [...this.orders, ...fresh];
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.status = 'ready';
      this.moreStatus = 'idle';
      this.announcement =
        this.orders.length === 0
          ? msg('No orders yet for this site')
          : reset
            ? this.countText()
            : msg(str`${formatCount(this.orders.length, this.locale)} orders shown`);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.errorMessage = isAdapterError(error) ? error.message : msg('Something went wrong. Try again.');
      if (reset) {
        this.status = 'error';
        this.announcement = msg('The orders could not be loaded.');
      } else {
        this.moreStatus = 'error';
        this.announcement = msg('More orders could not be loaded.');
      }
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** @internal */
  private get locale(): string {
    return this.site?.locale ?? (document.documentElement.lang || 'en-US');
  }

  private countText(): string {
    const count = this.total ?? this.orders.length;
    const formatted = formatCount(count, this.locale);
    return new Intl.PluralRules(this.locale).select(count) === 'one'
      ? msg(str`${formatted} order`)
      : msg(str`${formatted} orders`);
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

  private handleRangeChanged(event: RangeChangedEvent): void {
    if (event.target !== this.feed) return;
    this.awaitingRows = false;
    if (event.last >= this.orders.length - 1 - PREFETCH_ROWS) void this.loadPage(false);
  }

  private handleVisibilityChanged(event: RangeChangedEvent): void {
    if (event.target !== this.feed) return;
    // Keep the tab stop on a rendered row: a row scrolled far away leaves the DOM, and with it
    // the only way into the feed by Tab.
    const focusInside = !!(this.renderRoot as ShadowRoot).activeElement?.closest('.feed');
    if (!focusInside && (this.activeIndex < event.first || this.activeIndex > event.last)) {
      this.activeIndex = Math.max(0, event.first);
    }
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
    const rendered = (): HTMLElement | null =>
      this.renderRoot.querySelector<HTMLElement>(`.feed > [data-index="${index}"]`);
    if (!rendered()) {
      // A row far from view is rendered only once the virtualizer has scrolled to it.
      try {
        this.feed?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
      } catch {
        // The virtualizer is still setting up its first layout; polling below catches the row.
      }
    }
    for (let frame = 0; frame < 30; frame++) {
      await this.updateComplete;
      const row = rendered();
      if (row) {
        row.focus({ preventScroll: true });
        row.scrollIntoView({ block: 'nearest' });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /** @internal */
  private renderRow = (order: OrderSummary, index: number): TemplateResult => {
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
      aria-setsize=${this.total ?? (this.nextCursor === null ? this.orders.length : -1)}
    >
      <span class="row__number" part="order-number">${order.number}</span>
      <span class="row__meta" id="${id}-meta">
        <span class="row__customer" part="order-customer">${order.customerName}</span>
        <time part="order-date" datetime=${order.createdAt}>${formatDateTime(order.createdAt, locale)}</time>
      </span>
      <span class="row__status row__status--${order.status}" part="order-status" id="${id}-status"
        >${this.statusLabel(order.status)}</span
      >
      <span class="row__total" part="order-total" id="${id}-total">${formatMoney(order.total, locale)}</span>
    </article>`;
  };

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

  private renderBody(): TemplateResult | typeof nothing {
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
          return html`<div class="notice" part="empty" tabindex="-1">
            <p class="notice__title">${msg('No orders yet for this site')}</p>
            <p class="notice__text">${msg('Orders created for this site will be listed here.')}</p>
          </div>`;
        }
        return html`<div class="summary" part="summary">${this.countText()}</div>
          <div
            class="feed"
            part="feed"
            role="feed"
            aria-label=${this.label || msg('Orders')}
            aria-busy=${this.moreStatus === 'loading' || this.awaitingRows ? 'true' : 'false'}
            @keydown=${this.handleKeydown}
            @focusin=${this.handleFocusIn}
            @rangeChanged=${this.handleRangeChanged}
            @visibilityChanged=${this.handleVisibilityChanged}
          >
            ${virtualize({
              items: this.orders,
              renderItem: this.renderRow,
              keyFunction: (order: OrderSummary) => order.id,
              scroller: true,
            })}
          </div>
          ${this.moreStatus === 'loading'
            ? html`<div class="footer notice notice--inline" part="footer">
                <span class="spinner" aria-hidden="true"></span>
                <span>${msg('Loading more orders…')}</span>
              </div>`
            : this.moreStatus === 'error'
              ? html`<div class="footer" part="footer">${this.renderError(msg('More orders could not be loaded.'), true)}</div>`
              : nothing}`;
    }
  }

  override render(): TemplateResult {
    return html`${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
