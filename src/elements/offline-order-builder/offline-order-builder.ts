import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext, siteContext } from '../../adapter/context.js';
import { isAdapterError } from '../../adapter/errors.js';
import { changeSite, createDraft } from '../../model/draft.js';
import type { OrderDraft, OrderSummary, Site } from '../../model/types.js';
import { SiteChangeEvent } from '../../events/site-change.js';
import type { CustomerChangeEvent } from '../../events/customer-change.js';
import { setCustomer } from '../../model/draft.js';
import type { PaymentsChangeEvent } from '../../events/payments-change.js';
import { setPayments } from '../../model/draft.js';
import { previewTotals } from '../../model/totals.js';
import type { Money } from '../../model/types.js';
import { PricingController } from '../shared/pricing-controller.js';
import type { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import { formatMoney } from '../../model/money.js';
import type { OrderDetailsDialog } from '../order-details/order-details-dialog.js';
import type { OrderList } from '../order-list/order-list.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { headingStyles } from '../shared/heading.styles.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { WindowSplitterController } from '../shared/window-splitter.js';
import { builderStyles } from './offline-order-builder.styles.js';

/** Bounds of the orders pane, in percent of the split view's width. */
const ORDERS_MIN = 20;
const ORDERS_MAX = 70;
const ORDERS_STEP = 5;
const ORDERS_DEFAULT = 35;

/** A site as the pickers show it: "US Store (USD)". */
function siteLabel(site: Site): string {
  const { name, currency } = site;
  return msg(str`${name} (${currency})`);
}

/** The splitter's value as a screen reader says it: "35%" ("35 %" in fr-CA). */
function percentText(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  } catch {
    return `${value}%`;
  }
}

/** The parts of `<oo-order-list>` the builder re-exports, renamed where a name would be ambiguous. */
const ORDER_LIST_PARTS = [
  'summary: orders-summary',
  'feed: orders-feed',
  'order-row',
  'order-number',
  'order-total',
  'order-customer',
  'order-date',
  'order-status',
  'loading: orders-loading',
  'empty: orders-empty',
  'error: orders-error',
  'retry-button: orders-retry-button',
  'footer: orders-footer',
].join(', ');

/**
 * @tagname offline-order-builder
 * @summary The whole "Create Offline Order" page: site picker, existing orders, and the new order.
 *
 * @description Lists the adapter's sites. With several, the agent picks one first (a "Site"
 * select and "Continue") and the rest waits; with one, it is picked at once and no picker is
 * shown. Then a split view: the site's existing orders on the left (`<oo-order-list>`: newest
 * first, paged, virtualized), resizable with a WAI-ARIA window splitter (Left/Right arrows, Home,
 * End, Enter to collapse and restore, or drag) and hideable with "Hide orders" / "Show orders";
 * the new order on the right. The adapter and the chosen site reach the children through
 * `@lit/context` (`adapterContext`, `siteContext`).
 *
 * @fires {SiteChangeEvent} site-change - The agent picked a site (not fired when a host sets `siteId`, nor for a single site picked automatically).
 *
 * @csspart header - The bar above the split view with the site and the orders toggle.
 * @csspart site-picker - The site picker: the "Choose a site" card, or the compact picker in the header.
 * @csspart site-select - The "Site" select (in either picker).
 * @csspart site-name - The site's name in the header when there is only one site.
 * @csspart continue-button - The "Continue" button of the site picker.
 * @csspart toggle-orders-button - The "Hide orders" / "Show orders" button.
 * @csspart split-view - The container of the orders pane, the splitter and the new order.
 * @csspart orders-pane - The pane with the existing orders.
 * @csspart orders-heading - The "Orders" heading.
 * @csspart order-list - The `<oo-order-list>` element.
 * @csspart orders-summary - The order count above the list (from `<oo-order-list>`).
 * @csspart orders-feed - The scrolling feed of orders (from `<oo-order-list>`).
 * @csspart order-row - One existing order (from `<oo-order-list>`).
 * @csspart order-number - An order's number (from `<oo-order-list>`).
 * @csspart order-total - An order's total (from `<oo-order-list>`).
 * @csspart order-customer - An order's customer (from `<oo-order-list>`).
 * @csspart order-date - An order's date (from `<oo-order-list>`).
 * @csspart order-status - An order's status badge (from `<oo-order-list>`).
 * @csspart orders-loading - The orders' loading notice (from `<oo-order-list>`).
 * @csspart orders-empty - The "No orders yet for this site" notice (from `<oo-order-list>`).
 * @csspart orders-error - The orders' error notice (from `<oo-order-list>`).
 * @csspart orders-retry-button - The orders' "Retry" button (from `<oo-order-list>`).
 * @csspart orders-footer - The "Loading more orders…" bar (from `<oo-order-list>`).
 * @csspart splitter - The window splitter between the orders and the new order.
 * @csspart new-order - The new order area.
 * @csspart new-order-heading - The "New Order" heading.
 * @csspart section - Each section of the new order.
 * @csspart section-customer - The "Customer" section.
 * @csspart section-order-details - The "Order Details" section.
 * @csspart edit-details-button - The "Edit Details" button that opens the Order Details dialog.
 * @csspart details-summary - The summary of the order details: items, shipping method, coupons and total.
 * @csspart section-payments - The "Payments" section.
 * @csspart payment-panel - The `<payment-panel>` element in the "Payments" section.
 * @csspart payment-list - The payments added so far (from `<payment-panel>`).
 * @csspart payment - One payment (from `<payment-panel>`).
 * @csspart add-payment-button - The "Add Payment" button (from `<payment-panel>`).
 * @csspart payment-form - The payment form (from `<payment-panel>`).
 * @csspart sites-loading - The notice shown while the sites load.
 * @csspart sites-error - The notice shown when the sites could not be loaded.
 * @csspart retry-button - The "Retry" button of the sites' error notice.
 *
 * @cssprop [--oo-color-text=#1f2328] - Text colour.
 * @cssprop [--oo-color-text-muted=#59636e] - Secondary text.
 * @cssprop [--oo-color-surface=#f6f8fa] - Page background behind the panes.
 * @cssprop [--oo-color-surface-raised=#ffffff] - Panes, cards and controls.
 * @cssprop [--oo-color-surface-sunken=#eef1f4] - Hovered buttons.
 * @cssprop [--oo-color-border=#818b98] - Outlines of controls (3:1 against the surfaces).
 * @cssprop [--oo-color-divider=#d1d9e0] - Hairlines between areas and rows.
 * @cssprop [--oo-color-accent=#0969da] - Primary buttons, links, the splitter when active.
 * @cssprop [--oo-color-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--oo-color-danger=#cf222e] - Errors.
 * @cssprop [--oo-color-warning=#9a6700] - Warnings ("Shipped" orders).
 * @cssprop [--oo-color-success=#1a7f37] - Success ("Completed" orders).
 * @cssprop [--oo-color-focus=#0969da] - The focus ring's colour.
 * @cssprop [--oo-focus-ring=2px solid var(--oo-color-focus)] - The focus outline.
 * @cssprop [--oo-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--oo-font-size=0.875rem] - Body text size.
 * @cssprop [--oo-font-size-small=0.8125rem] - Secondary text size.
 * @cssprop [--oo-font-size-large=1.125rem] - Headings.
 * @cssprop [--oo-line-height=1.5] - Body line height.
 * @cssprop [--oo-space-1=0.25rem] - Smallest spacing step.
 * @cssprop [--oo-space-2=0.5rem] - Spacing step 2.
 * @cssprop [--oo-space-3=0.75rem] - Spacing step 3.
 * @cssprop [--oo-space-4=1rem] - Spacing step 4.
 * @cssprop [--oo-space-5=1.5rem] - Spacing step 5.
 * @cssprop [--oo-space-6=2rem] - Largest spacing step.
 * @cssprop [--oo-radius=0.375rem] - Corner radius.
 * @cssprop [--oo-builder-min-height=32rem] - The builder's minimum height when the host does not size it.
 */
@localized()
export class OfflineOrderBuilder extends LitElement {
  static override styles = [
    tokens,
    a11yStyles,
    buttonStyles,
    fieldStyles,
    headingStyles,
    noticeStyles,
    builderStyles,
  ];

  /** @internal */
  private splitter = new WindowSplitterController(this, {
    min: ORDERS_MIN,
    max: ORDERS_MAX,
    step: ORDERS_STEP,
    value: ORDERS_DEFAULT,
    track: () => this.renderRoot.querySelector('.split'),
    onChange: (value) => this.storeOrdersWidth(value),
  });

  /** @internal */
  private sitesTask = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? adapter.listSites({ signal }) : initialState),
    args: () => [this.adapter] as const,
    onComplete: (sites) => this.resolveSite(sites),
  });

  /** @internal */
  @query('oo-order-list') private orderList?: OrderList;

  /**
   * @internal The adapter's pricing of the draft (debounced, stale-proof): the order total the
   * Payments section takes payments against.
   */
  private draftPricing = new PricingController(this, { adapter: () => this.adapter, draft: () => this.draftState });

  /** @internal The name of the draft's shipping method, as the Order Details dialog listed it. */
  @state() private shippingMethodName = '';

  /** @internal The chosen site, provided to the children. */
  @provide({ context: siteContext })
  @state()
  private currentSite: Site | undefined;

  /** @internal The order being created; see `draft`. */
  @state() private draftState: OrderDraft = createDraft();

  /** @internal The "Select a site to continue." message of the site picker. */
  @state() private pickerError = false;

  /** The data adapter (the host's backend). Provided to every child element through context. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter: OrderAdapter | undefined;

  /**
   * The id of the chosen site. A host may set it to preselect a site (then no picker is shown);
   * it changes when the agent picks a site.
   */
  @property({ attribute: 'site-id', reflect: true }) siteId: string | null = null;

  /** Whether the orders pane is hidden ("Hide orders"). */
  @property({ type: Boolean, attribute: 'orders-hidden', reflect: true }) ordersHidden = false;

  /**
   * When set, the width of the orders pane is kept in `sessionStorage` under this key, so that it
   * survives a reload within the agent's session.
   */
  @property({ attribute: 'width-storage-key' }) widthStorageKey: string | null = null;

  /** @internal Holds the orders pane width: see `createRenderRoot`. */
  private layoutSheet: CSSStyleSheet | null = null;
  /** @internal */
  private layoutRule: CSSStyleRule | null = null;
  /** @internal After "Retry", focus the picker, the new order or Retry once the sites are in. */
  private focusAfterSites = false;
  /** @internal After "Continue", focus the new order so that focus is not lost with the picker. */
  private focusNewOrder = false;

  /**
   * The order being created. The builder owns it: the agent's edits in the child elements become
   * pure edits of the draft model (`src/model/draft.ts`). A host may set it to open a draft.
   */
  get draft(): OrderDraft {
    return this.draftState;
  }

  set draft(draft: OrderDraft) {
    this.draftState = draft;
  }

  /** The chosen site, once there is one. */
  get site(): Site | undefined {
    return this.currentSite;
  }

  /** The sites the adapter listed (empty until they are loaded). */
  get sites(): readonly Site[] {
    return this.sitesTask.status === TaskStatus.COMPLETE ? (this.sitesTask.value ?? []) : [];
  }

  /** The width of the orders pane, in percent of the split view (what the splitter announces). */
  get ordersWidth(): number {
    return this.splitter.valueNow;
  }

  /**
   * Puts an order at the top of the existing orders, e.g. the one just submitted. Ignored when no
   * site is chosen or the order belongs to another site.
   */
  prependOrder(order: OrderSummary): void {
    if (!this.currentSite || order.siteId !== this.currentSite.id) return;
    this.orderList?.prependOrder(order);
  }

  /** Loads the sites again (what "Retry" does). */
  reloadSites(): Promise<void> {
    return this.sitesTask.run();
  }

  /**
   * The seam for confirming a change of site from the header picker: a later version asks the agent
   * before discarding a draft. Returning false keeps the current site.
   */
  protected confirmSiteChange(_next: Site, _current: Site | undefined): boolean | Promise<boolean> {
    return true;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The pane width changes on every drag move. Inline `style` attributes and styleMap break
    // under a strict CSP (style-src 'self'), so the width lives in a constructed stylesheet
    // adopted by this shadow root and is changed through the CSSOM, which CSP allows. Where
    // constructed stylesheets are missing, the host's CSSOM style (also allowed) takes it.
    if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      this.layoutSheet = new CSSStyleSheet();
      this.layoutSheet.replaceSync(':host {}');
      this.layoutRule = this.layoutSheet.cssRules[0] as CSSStyleRule;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.layoutSheet];
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = this.readStoredWidth();
    if (stored !== null) this.splitter.setValue(stored);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && this.sitesTask.status === TaskStatus.COMPLETE) {
      this.resolveSite(this.sitesTask.value ?? []);
    }
    if (changed.has('widthStorageKey')) {
      const stored = this.readStoredWidth();
      if (stored !== null) this.splitter.setValue(stored);
    }
  }

  protected override updated(): void {
    this.applyOrdersWidth(this.splitter.value);
    if (this.focusAfterSites && this.sitesTask.status !== TaskStatus.PENDING) {
      const target = this.renderRoot.querySelector<HTMLElement>(
        this.sitesTask.status === TaskStatus.ERROR
          ? '[data-retry]'
          : this.currentSite
            ? '#new-order-heading'
            : '#site-picker-select',
      );
      this.focusAfterSites = false;
      target?.focus();
    }
    if (this.focusNewOrder) {
      this.focusNewOrder = false;
      this.renderRoot.querySelector<HTMLElement>('#new-order-heading')?.focus();
    }
  }

  private applyOrdersWidth(value: number): void {
    const text = String(value);
    if (this.layoutRule) {
      if (this.layoutRule.style.getPropertyValue('--_oo-orders-width') !== text) {
        this.layoutRule.style.setProperty('--_oo-orders-width', text);
      }
    } else {
      this.style.setProperty('--_oo-orders-width', text);
    }
  }

  private readStoredWidth(): number | null {
    if (!this.widthStorageKey) return null;
    try {
      const raw = sessionStorage.getItem(this.widthStorageKey);
      const value = raw === null ? NaN : Number(raw);
      return Number.isFinite(value) ? value : null;
    } catch {
      return null;
    }
  }

  private storeOrdersWidth(value: number): void {
    if (!this.widthStorageKey) return;
    try {
      sessionStorage.setItem(this.widthStorageKey, String(value));
    } catch {
      // Storage may be full or blocked; the width then lasts only for this page.
    }
  }

  /** Chooses the site from the list: the only one, or the one `siteId` names; else none (picker). */
  private resolveSite(sites: readonly Site[]): void {
    const chosen = sites.length === 1 ? sites[0] : sites.find((site) => site.id === this.siteId);
    this.currentSite = chosen;
    if (chosen && this.siteId !== chosen.id) this.siteId = chosen.id;
    if (chosen && this.draftState.siteId !== chosen.id) this.commitDraft(changeSite(this.draftState, chosen).draft);
  }

  /** Every edit of the draft goes through here. */
  private commitDraft(next: OrderDraft): void {
    this.draftState = next;
  }

  private selectSite(site: Site): void {
    const previousSite = this.currentSite ?? null;
    this.currentSite = site;
    this.siteId = site.id;
    this.commitDraft(changeSite(this.draftState, site).draft);
    // Documented by the @fires tag above (the analyzer cannot name an event from its class).
    const event = new SiteChangeEvent({ site, previousSite });
    this.dispatchEvent(event);
  }

  private handlePickerSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#site-picker-select');
    const site = this.sites.find((s) => s.id === select?.value);
    if (!site) {
      this.pickerError = true;
      select?.focus();
      return;
    }
    this.pickerError = false;
    this.focusNewOrder = true;
    this.selectSite(site);
  }

  private handlePickerInput(): void {
    this.pickerError = false;
  }

  private async handleHeaderSiteChange(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const next = this.sites.find((site) => site.id === select.value);
    const current = this.currentSite;
    if (!next || next.id === current?.id) return;
    const confirmed = await this.confirmSiteChange(next, current);
    if (!confirmed) {
      select.value = current?.id ?? '';
      return;
    }
    this.selectSite(next);
  }

  private handleToggleOrders(): void {
    this.ordersHidden = !this.ordersHidden;
  }

  private handleSitesRetry(): void {
    this.focusAfterSites = true;
    void this.sitesTask.run();
  }

  private announcement(): string {
    switch (this.sitesTask.status) {
      case TaskStatus.PENDING:
        return msg('Loading sites…');
      case TaskStatus.ERROR:
        return msg('The sites could not be loaded.');
      case TaskStatus.COMPLETE:
        return this.sites.length === 0 ? msg('No sites are available.') : '';
      default:
        return '';
    }
  }

  private renderSitesLoading(): TemplateResult {
    return html`<div class="start">
      <div class="notice" part="sites-loading">
        <span class="spinner" aria-hidden="true"></span>
        <p class="notice__text">${msg('Loading sites…')}</p>
      </div>
    </div>`;
  }

  private renderSitesError(error: unknown): TemplateResult {
    const detail = isAdapterError(error) ? error.message : msg('Something went wrong. Try again.');
    return html`<div class="start">
      <div class="card notice notice--error" part="sites-error">
        <p class="notice__title">${msg('The sites could not be loaded.')}</p>
        <p class="notice__text">${detail}</p>
        <div class="notice__actions">
          <button class="button" part="retry-button" type="button" data-retry @click=${this.handleSitesRetry}>
            ${msg('Retry')}
          </button>
        </div>
      </div>
    </div>`;
  }

  private renderNoSites(): TemplateResult {
    return html`<div class="start">
      <div class="card notice">
        <p class="notice__title">${msg('No sites are available.')}</p>
        <p class="notice__text">${msg('Ask an administrator to give you access to a site.')}</p>
      </div>
    </div>`;
  }

  private renderPicker(sites: readonly Site[]): TemplateResult {
    return html`<div class="start">
      <form class="card" part="site-picker" novalidate @submit=${this.handlePickerSubmit}>
        <div class="card__intro">
          <h2 class="heading heading--large">${msg('Choose a site')}</h2>
          <p class="text-muted">${msg('The site sets the currency, the prices and the customers of the new order.')}</p>
        </div>
        <div class="field">
          <label class="field__label" for="site-picker-select">${msg('Site')}</label>
          <select
            id="site-picker-select"
            class="field__control"
            part="site-select"
            required
            aria-invalid=${this.pickerError ? 'true' : 'false'}
            aria-describedby=${this.pickerError ? 'site-picker-error' : nothing}
            @change=${this.handlePickerInput}
          >
            <option value="">${msg('Select a site')}</option>
            ${sites.map(
              (site) =>
                html`<option value=${site.id} ?selected=${site.id === this.siteId}>${siteLabel(site)}</option>`,
            )}
          </select>
          ${this.pickerError
            ? html`<p id="site-picker-error" class="field__error">${msg('Select a site to continue.')}</p>`
            : nothing}
        </div>
        <div class="card__actions">
          <button class="button button--primary" part="continue-button" type="submit">${msg('Continue')}</button>
        </div>
      </form>
    </div>`;
  }

  private renderHeader(site: Site, sites: readonly Site[]): TemplateResult {
    const hidden = this.ordersHidden;
    return html`<div class="header" part="header">
      ${sites.length > 1
        ? html`<div class="site field field--inline" part="site-picker">
            <label class="field__label" for="site-select">${msg('Site')}</label>
            <select id="site-select" class="field__control" part="site-select" @change=${this.handleHeaderSiteChange}>
              ${sites.map(
                (s) => html`<option value=${s.id} ?selected=${s.id === site.id}>${siteLabel(s)}</option>`,
              )}
            </select>
          </div>`
        : html`<div class="site">
            <span class="field__label">${msg('Site')}</span>
            <span class="site__name" part="site-name">${siteLabel(site)}</span>
          </div>`}
      <button
        class="button button--quiet button--small"
        part="toggle-orders-button"
        type="button"
        aria-expanded=${hidden ? 'false' : 'true'}
        aria-controls="orders-pane"
        @click=${this.handleToggleOrders}
      >
        <svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="3" y="4" width="18" height="16" rx="2"></rect>
          <path d="M9 4v16"></path>
        </svg>
        ${hidden ? msg('Show orders') : msg('Hide orders')}
      </button>
    </div>`;
  }

  private renderNewOrder(): TemplateResult {
    return html`<section class="new-order" part="new-order" aria-labelledby="new-order-heading">
      <h2 id="new-order-heading" class="heading heading--large" part="new-order-heading" tabindex="-1">
        ${msg('New Order')}
      </h2>
      ${this.renderCustomerSection()} ${this.renderDetailsSection()} ${this.renderPaymentsSection()}
    </section>`;
  }

  // Each section of the new order renders its element and turns the element's events into draft
  // edits through `commitDraft`; the draft stays the builder's single source of truth.

  private renderCustomerSection(): TemplateResult {
    return html`<section class="section" part="section section-customer" aria-labelledby="customer-heading">
      <h3 id="customer-heading" class="heading">${msg('Customer')}</h3>
      <customer-search .customer=${this.draft.customer} @customer-change=${this.handleCustomerChange}></customer-search>
    </section>`;
  }

  private handleCustomerChange(event: CustomerChangeEvent): void {
    this.commitDraft(setCustomer(this.draft, event.customer));
  }

  private openDetails(): void {
    void this.renderRoot.querySelector('order-details-dialog')?.show(this.draftState);
  }

  private handleDetailsChange(event: OrderDetailsChangeEvent): void {
    const dialog = event.target as OrderDetailsDialog;
    this.shippingMethodName = dialog.shippingMethodName(event.draft.shippingMethodId) ?? '';
    this.commitDraft(event.draft);
  }

  private renderDetailsSection(): TemplateResult {
    const d = this.draftState;
    const { pricing, status } = this.draftPricing;
    const count = d.lines.reduce((n, l) => n + l.quantity, 0);
    const item = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<section class="section" part="section section-order-details" aria-labelledby="order-details-heading">
      <div class="section__header">
        <h3 id="order-details-heading" class="heading">${msg('Order Details')}</h3>
        <button class="button" part="edit-details-button" type="button" ?disabled=${!d.siteId} @click=${this.openDetails}>
          ${msg('Edit Details')}
        </button>
      </div>
      ${d.lines.length
        ? html`<dl class="details-summary" part="details-summary">
            ${item(msg('Items'), count === 1 ? msg('1 item') : msg(str`${count} items`))}
            ${item(msg('Shipping Method'), d.shippingMethodId ? this.shippingMethodName || d.shippingMethodId : msg('None'))}
            ${item(msg('Coupons'), d.coupons.join(', ') || msg('None'))}
            ${item(
              msg('Total'),
              status === 'ready' && pricing
                ? formatMoney(pricing.total, this.currentSite?.locale ?? 'en-US')
                : status === 'error'
                  ? msg('Not available')
                  : msg('Recalculating…'),
            )}
          </dl>`
        : html`<p class="section__placeholder">
            ${msg('Products with their options and fulfillment, the shipping method, coupons and the totals.')}
          </p>`}
      <order-details-dialog @order-details-change=${this.handleDetailsChange}></order-details-dialog>
    </section>`;
  }

  /**
   * The total the payments are taken against: the adapter's answer for the current draft, else the
   * model's preview (which reuses the last answer for what it cannot compute); null before a site.
   */
  private paymentsTotal(): Money | null {
    const { pricing, status } = this.draftPricing;
    if (!this.draftState.currency) return null;
    return status === 'ready' && pricing ? pricing.total : previewTotals(this.draftState, pricing).total;
  }

  private handlePaymentsChange(event: PaymentsChangeEvent): void {
    this.commitDraft(setPayments(this.draftState, event.payments));
  }

  private renderPaymentsSection(): TemplateResult {
    const draft = this.draftState;
    return html`<section class="section" part="section section-payments" aria-labelledby="payments-heading">
      <h3 id="payments-heading" class="heading">${msg('Payments')}</h3>
      <payment-panel
        part="payment-panel"
        exportparts="payment-list, payment, add-button: add-payment-button, form: payment-form"
        .payments=${draft.payments}
        .customer=${draft.customer}
        .total=${this.paymentsTotal()}
        @payments-change=${this.handlePaymentsChange}
      ></payment-panel>
    </section>`;
  }

  private renderWorkspace(site: Site, sites: readonly Site[]): TemplateResult {
    const hidden = this.ordersHidden;
    return html`${this.renderHeader(site, sites)}
      <div class="split ${hidden ? 'split--orders-hidden' : ''}" part="split-view">
        <section
          id="orders-pane"
          class="orders-pane"
          part="orders-pane"
          aria-labelledby="orders-heading"
          ?hidden=${hidden}
        >
          <div class="orders-pane__header">
            <h2 id="orders-heading" class="heading" part="orders-heading">${msg('Orders')}</h2>
          </div>
          <oo-order-list part="order-list" exportparts=${ORDER_LIST_PARTS} label=${msg('Orders')}></oo-order-list>
        </section>
        <div
          class="splitter"
          part="splitter"
          role="separator"
          tabindex="0"
          aria-orientation="vertical"
          aria-controls="orders-pane"
          aria-labelledby="orders-heading"
          aria-valuenow=${this.splitter.valueNow}
          aria-valuemin=${this.splitter.min}
          aria-valuemax=${this.splitter.max}
          aria-valuetext=${percentText(this.splitter.valueNow, site.locale)}
          ?hidden=${hidden}
          @keydown=${this.splitter.handleKeydown}
          @pointerdown=${this.splitter.handlePointerDown}
        ></div>
        ${this.renderNewOrder()}
      </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    return this.sitesTask.render({
      initial: () => nothing,
      pending: () => this.renderSitesLoading(),
      error: (error) => this.renderSitesError(error),
      complete: (sites) => {
        if (sites.length === 0) return this.renderNoSites();
        const site = this.currentSite;
        return site ? this.renderWorkspace(site, sites) : this.renderPicker(sites);
      },
    }) as TemplateResult | typeof nothing;
  }

  override render(): TemplateResult {
    return html`<div class="frame">${this.renderBody()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>`;
  }
}
