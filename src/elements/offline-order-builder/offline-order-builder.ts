import { provide } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext, siteContext } from '../../adapter/context.js';
import { SiteChangeEvent } from '../../events/site-change.js';
import type { CustomerChangeEvent } from '../../events/customer-change.js';
import type { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import type { PaymentsChangeEvent } from '../../events/payments-change.js';
import { changeSite, createDraft, setCustomer } from '../../model/draft.js';
import type { Money, OrderDraft, OrderSummary, Problem, Site, SubmittedOrder } from '../../model/types.js';
import { validateCustomer } from '../../model/validation.js';
// Types only: the dialog and the panel load on demand (see `loadDetails`, `loadPayments`).
import type { CustomerSearch } from '../customer-search/customer-search.js';
import type { OrderDetailsDialog } from '../order-details/order-details-dialog.js';
import type { OrderList } from '../order-list/order-list.js';
import type { PaymentPanel } from '../payment-panel/payment-panel.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { formatDateTime } from '../shared/format.js';
import { fieldStyles } from '../shared/field.styles.js';
import { headingStyles } from '../shared/heading.styles.js';
import { hostLocale } from '../shared/locale.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { OnDemand, preloadAtIdle } from '../../controllers/on-demand.js';
import { percentText, WindowSplitterController } from '../../controllers/window-splitter.js';
import { DraftController, isEmptyDraft } from './draft-controller.js';
import type { DraftOrigin } from './draft-controller.js';
import { BuilderLayoutController } from './layout.js';
import { builderStyles } from './offline-order-builder.styles.js';
import { RepricingController } from './repricing-controller.js';
import { OrderTabsController } from './order-tabs.js';
import { SiteController } from './site-controller.js';
import { RecentOrdersController } from './recent-orders.js';
import { ShortcutsController } from './shortcuts.js';
import type { ShortcutAction } from './shortcuts.js';
import {
  loadDetails,
  loadNotices,
  loadPayments,
  loadRepricing,
  loadSubmission,
  unavailableText,
} from './on-demand-modules.js';
import { renderCustomerSection, renderDetailsSection, renderFooter, renderPaymentsSection } from './order-sections.js';
import { SitesLoad } from './sites-load.js';
import type * as Notices from './notices.js';
import type { Area, Submission } from './submission.js';
import type { Claim } from './submit-guard.js';

/** Bounds of the open orders pane, in percent of the split view's width (collapsed, it is 0). */
const ORDERS_MIN = 20;
const ORDERS_MAX = 70;
const ORDERS_STEP = 5;
const ORDERS_DEFAULT = 35;

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
 * first, paged, virtualized), resizable with a WAI-ARIA window splitter (Left/Right arrows, End,
 * or drag; Home, Enter, Left past 20% or a drag to the edge collapse the list, and Enter, Right, End
 * or a drag bring it back) and hideable with "Hide orders" / "Show orders"; the new order on the
 * right. A builder narrower than 56rem starts with the list collapsed (`orders-hidden`) until the
 * agent or the host chooses. The adapter and the chosen site reach the children through
 * `@lit/context` (`adapterContext`, `siteContext`).
 *
 * The new order: the Customer (`<customer-search>`), then the tabs "Order Details" (a summary and
 * "Edit Details", which opens `<order-details-dialog>`) and "Payments" (`<payment-panel>`, open
 * once the details were saved), then "Submit Order", enabled once the shopper is valid and the
 * order has an item. Under the summary, how a recalculation moved the total and why ("Total
 * +$4.10: +$4.10 tax: shipping address changed", from the two pricing answers); when the shipping
 * address changes (another customer, or the customer edited), the draft's shipping method is
 * checked against the adapter's rates for the new address, and cleared with a message when it no
 * longer applies. It opens a read-back confirmation ("Submit Order" / "Back") listing what
 * blocks the submission with links to the fields. The submit fires `order-submit` (a host may
 * veto), then calls the adapter with one idempotency key per attempt, retrying network failures,
 * timeouts, 409, 429 and 5xx with the same key; on success, `order-submitted`, "Order 10542
 * submitted" with "Create New Order", and the order at the top of the list.
 *
 * The adapter's answer for the current draft is taken into it: the lines' unit prices (after a
 * change of price list or site) and the coupons, of which the order keeps the accepted ones (a code
 * rejected after a change outside Order Details is taken out, and the agent told why). Money,
 * numbers and dates are formatted in the page's language (the nearest `lang`) with the site's
 * currency ("CA$129.89" for a Canada site in an English (US) page); the read-back states the
 * currency in words.
 *
 * The draft is kept in `sessionStorage` (`draft-key`, one per site by default) on every change
 * and offered back after a reload ("Restored unsaved order from 2:32 PM", "Discard"); leaving
 * the page with an unsubmitted draft asks first. A warning names an order of the same shopper
 * from the last 24 hours with an item of this order. Shortcuts: Alt+Shift+C (Customer Search),
 * Alt+Shift+D (Edit Details), Alt+Shift+P (Add Payment), Alt+Shift+S (Submit Order), "?" (the
 * list of shortcuts, outside text fields). The dialog, the payment panel, the confirmation and
 * success view, "Change site?" and the notices load on demand (when the browser is idle, or when
 * first needed).
 *
 * @fires {SiteChangeEvent} site-change - The agent picked a site (not fired when a host sets `siteId`, nor for a single site picked automatically).
 * @fires {DraftChangeEvent} draft-change - After every change the agent makes to the draft (not when a host sets `draft`); the draft never holds card numbers.
 * @fires {OrderSubmitEvent} order-submit - Cancelable, before the order is sent: `preventDefault()` vetoes the submission (set `reason` to tell the agent why). Not for a draft another tab of this browser submitted.
 * @fires {OrderSubmittedEvent} order-submitted - The backend accepted the order: its id, number, total and balance due.
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
 * @csspart tabs - The tab list of "Order Details" and "Payments".
 * @csspart tab - Each tab.
 * @csspart section-order-details - The "Order Details" tab panel.
 * @csspart edit-details-button - The "Edit Details" button that opens the Order Details dialog.
 * @csspart details-summary - The summary of the order details: items, shipping method, coupons and total.
 * @csspart total-change - How the last recalculation moved the total and why ("Total +$4.10: +$4.10 tax: shipping address changed").
 * @csspart shipping-notice - What a change of the shipping address did to the shipping method ("Overnight no longer applies and was cleared.").
 * @csspart coupon-notice - Coupon codes the adapter rejected after a change outside Order Details, taken out of the order, and why.
 * @csspart section-payments - The "Payments" tab panel.
 * @csspart submit-problems - The adapter's reasons for refusing the order, in the section they concern.
 * @csspart restored-notice - "Restored unsaved order from …" with "Discard".
 * @csspart other-tab-notice - "This order was submitted in another tab", with "Create New Order".
 * @csspart storage-notice - "This order could not be kept in this browser".
 * @csspart undo-status - After "Discard": "Unsaved order discarded." with "Undo" (15 s at least; the draft comes back, stored again).
 * @csspart undo-button - Its "Undo" button.
 * @csspart site-change-notice - What a change of site cleared.
 * @csspart duplicate-warning - The warning about a recent order of the shopper with the same product.
 * @csspart duplicate-link - The link to that order.
 * @csspart footer - The bar with "Keyboard shortcuts" and "Submit Order".
 * @csspart shortcuts-button - The "Keyboard shortcuts" button.
 * @csspart shortcuts - The list of keyboard shortcuts (a popover).
 * @csspart submit-button - The "Submit Order" button that opens the confirmation.
 * @csspart confirm-dialog - The confirmation dialog.
 * @csspart read-back - The summary of the order read back to the shopper.
 * @csspart read-back-currency - The read-back's currency in words ("Amounts in Canadian dollars (CAD).").
 * @csspart problems - What blocks the submission, each a link to its field.
 * @csspart back-button - The confirmation's "Back" button.
 * @csspart confirm-button - The confirmation's "Submit Order" button.
 * @csspart submit-error - Why the submission failed, with "Try again".
 * @csspart success - The "Order … submitted" view.
 * @csspart success-note - Why the order shows as submitted without this submit (a reload, or changes made after it was created).
 * @csspart new-order-button - The "Create New Order" button.
 * @csspart site-dialog - The "Change site?" dialog.
 * @csspart payment-panel - The `<payment-panel>` element in the "Payments" section.
 * @csspart payment-list - The payments added so far (from `<payment-panel>`).
 * @csspart payment - One payment (from `<payment-panel>`).
 * @csspart add-payment-button - The "Add Payment" button (from `<payment-panel>`).
 * @csspart payment-form - The payment form (from `<payment-panel>`).
 * @csspart sites-loading - The notice shown while the sites load.
 * @csspart sites-error - The notice shown when the sites could not be loaded.
 * @csspart sites-skipped-note - "1 site could not be shown": sites the adapter listed that cannot be used (the line above the picker or the workspace).
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
 * @cssprop [--oo-color-warning=#9a6700] - Warnings ("Shipped" orders, a possible duplicate order).
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
  static override styles = [tokens, a11yStyles, buttonStyles, fieldStyles, headingStyles, noticeStyles, builderStyles];

  /** @internal */
  private splitter = new WindowSplitterController(this, {
    min: ORDERS_MIN,
    max: ORDERS_MAX,
    step: ORDERS_STEP,
    value: ORDERS_DEFAULT,
    track: () => this.renderRoot.querySelector('.split'),
    storageKey: () => this.widthStorageKey,
    collapsed: () => this.ordersHidden,
    onCollapse: (collapsed) => (this.ordersHidden = collapsed),
  });

  /** @internal Alt+Shift+C/D/P/S and "?", with the list of shortcuts. */
  private shortcuts = new ShortcutsController(this, {
    enabled: () => !!this.currentSite && !this.submitted,
    run: (action) => this.runShortcut(action),
  });

  /** @internal Orders collapsed by default on a narrow builder, the footer unstuck on a short one, the pane width. */
  private layout = new BuilderLayoutController(this);

  /** @internal The sites: their load (saying the adapter's retries), error, and those left out. */
  private sitesLoad = new SitesLoad(this, {
    adapter: () => this.adapter,
    onComplete: (sites) => this.resolveSite(sites),
  });
  /** @internal */
  private sitesTask = this.sitesLoad.task;

  /** @internal */
  @query('oo-order-list') private orderList?: OrderList;

  /** @internal The code loaded on demand (see `loadDetails` and the others), preloaded when the browser is idle. */
  private modules = {
    details: new OnDemand(this, loadDetails, { unavailable: () => this.say(unavailableText()) }),
    payments: new OnDemand(this, loadPayments, { unavailable: () => this.say(unavailableText()) }),
    notices: new OnDemand(this, loadNotices, { unavailable: () => this.say(unavailableText()) }),
    repricing: new OnDemand(this, loadRepricing),
    submission: new OnDemand(this, loadSubmission),
  };

  /** @internal The order being created, stored on every change; see `draft`. */
  private draftController = new DraftController(this, {
    storageKey: () => this.draftKey,
    finished: () => !!this.submitted || !!this.otherTab,
    submitted: () => !!this.submitted,
    pendingKey: (draft) => this.submission?.pendingKey(draft),
    changed: () => this.submission?.reset(),
  });
  /** @internal The pricing of the draft, and what the builder says when it moves (see `repricing-controller.ts`). */
  private repricing = new RepricingController(this, {
    adapter: () => this.adapter,
    drafts: this.draftController,
    locale: () => this.locale,
    submitted: () => !!this.submitted,
    repricing: this.modules.repricing,
    unavailable: () => this.say(unavailableText()),
  });

  /** @internal The chosen site, provided to the children. */
  @provide({ context: siteContext })
  @state()
  private currentSite: Site | undefined;

  /** @internal The site pickers, "Change site?" and what the last change cleared. */
  private sitePicker = new SiteController(this, {
    sites: () => this.sites,
    current: () => this.currentSite,
    preselected: () => this.siteId,
    submitted: () => !!this.submitted,
    confirm: (next, current) => this.confirmSiteChange(next, current),
    choose: (site, fromPicker) => {
      if (fromPicker) this.focusNewOrder = true;
      this.selectSite(site);
    },
    notices: async () => ((await this.ensureNotices()) ? this.notices : undefined),
  });

  /** @internal "Order Details" and "Payments". */
  private tabs = new OrderTabsController(this, {
    shown: (tab) => (tab === 'payments' ? this.modules.payments.tryLoad() : Promise.resolve()),
  });

  /** @internal The backend's answer once the order is submitted: the success view shows. */
  @state() private submitted: SubmittedOrder | null = null;

  /** @internal The confirmation and the submit, once "Submit Order" loaded them (see `submission.ts`). */
  private submission: Submission | undefined;

  /** @internal "Change site?" and the notices, once one of them was due (see `notices.ts`). */
  private notices: typeof Notices | undefined;

  /** @internal When the draft restored from storage had been saved (ISO); '' once dealt with. */
  @state() private restoredAt = '';

  /** @internal The shopper's orders of the last 24 hours, to warn about a duplicate. */
  private recentOrders = new RecentOrdersController(this, {
    adapter: () => this.adapter,
    draft: () => this.draftController.draft,
    finished: () => !!this.submitted,
  });

  /** @internal Another tab of this browser submitted this draft (see `submit-guard.ts`). */
  @state() private otherTab: Claim | null = null;

  /** @internal What the polite live region says besides the sites' status. */
  @state() private message = '';

  /** The data adapter (the host's backend). Provided to every child element through context. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter: OrderAdapter | undefined;

  /**
   * The id of the chosen site. A host may set it to preselect a site (then no picker is shown);
   * it changes when the agent picks a site.
   */
  @property({ attribute: 'site-id', reflect: true }) siteId: string | null = null;

  /**
   * Whether the orders pane is hidden ("Hide orders", or the splitter moved to the edge). A builder
   * narrower than 56rem hides it by default until the agent or the host chooses.
   */
  @property({ type: Boolean, attribute: 'orders-hidden', reflect: true }) ordersHidden = false;

  /**
   * When set, the width of the orders pane is kept in `sessionStorage` under this key, so that it
   * survives a reload within the agent's session.
   */
  @property({ attribute: 'width-storage-key' }) widthStorageKey: string | null = null;

  /**
   * The `sessionStorage` key the draft is kept under. Default: one key per site
   * ("offline-order-draft:<siteId>"). Read when the site is first chosen.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | null = null;

  /**
   * A link to an existing order, for the duplicate warning: "{id}" and "{number}" are replaced by
   * the order's (URL-encoded), e.g. "/orders/{id}". Without it, the warning focuses the order in
   * the orders list.
   */
  @property({ attribute: 'order-url' }) orderUrl: string | null = null;

  /** @internal After "Retry", focus the picker, the new order or Retry once the sites are in. */
  private focusAfterSites = false;
  /** @internal Whether the code loaded on demand was asked to preload (once, after the first site). */
  private prefetched = false;
  /** @internal After "Continue" or a submission, focus the new order's heading. */
  private focusNewOrder = false;

  /**
   * The order being created. The builder owns it: the agent's edits in the child elements become
   * pure edits of the draft model (`src/model/draft.ts`). A host may set it to open a draft (no
   * `draft-change` then); it then replaces any stored draft.
   */
  get draft(): OrderDraft {
    return this.draftController.draft;
  }

  set draft(draft: OrderDraft) {
    this.open(draft, 'host');
  }

  /** The chosen site, once there is one. */
  get site(): Site | undefined {
    return this.currentSite;
  }

  /** The sites the adapter listed (empty until they are loaded). */
  get sites(): readonly Site[] {
    return this.sitesLoad.sites;
  }

  /**
   * The width of the orders pane, in percent of the split view (what the splitter announces): 0
   * while the pane is hidden.
   */
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
   * Confirms a change of site from the header picker. When the draft holds something the new site
   * would clear (the model's `changeSite`, as a dry run), the "Change site?" dialog lists it and
   * resolves with the agent's answer; otherwise it resolves true at once. A subclass may ask
   * differently.
   */
  protected confirmSiteChange(next: Site, _current: Site | undefined): boolean | Promise<boolean> {
    const { cleared } = changeSite(this.draftController.draft, next);
    if (!cleared.length) return true;
    return this.sitePicker.ask({ site: next, cleared, shippingName: this.repricing.shippingName() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.handleStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.handleStorage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') && this.sitesTask.status === TaskStatus.COMPLETE) {
      this.resolveSite(this.sitesTask.value ?? []);
    }
    if (changed.has('widthStorageKey')) this.splitter.restore();
    this.repricing.takePricing();
    // A notice is due (a restored draft, a change of site, the shopper's recent orders): its code loads.
    if (
      !this.notices &&
      (this.restoredAt ||
        this.sitePicker.notice ||
        this.recentOrders.orders.length ||
        this.otherTab ||
        this.draftController.unkept)
    )
      void this.ensureNotices();
  }

  protected override updated(): void {
    // The pane width changes on every drag move: a custom property of the layout's own sheet (see layout.ts).
    this.layout.set('--_oo-orders-width', String(this.splitter.value));
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
    // What the agent needs next loads while nothing else happens, so that it opens at once.
    if (this.currentSite && !this.prefetched) {
      this.prefetched = true;
      preloadAtIdle(Object.values(this.modules));
    }
  }

  private $<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  /**
   * The locale money, numbers and dates are formatted in: the page's (see `hostLocale`), with the
   * site's currency, so that a site in another currency than the page's reads unambiguously ("CA$").
   */
  private get locale(): string {
    return hostLocale(this);
  }

  // --- The draft ------------------------------------------------------------------------------

  /** Chooses the site from the list: the only one, or the one `siteId` names; else none (picker). */
  private resolveSite(sites: readonly Site[]): void {
    const chosen = sites.length === 1 ? sites[0] : sites.find((site) => site.id === this.siteId);
    this.currentSite = chosen;
    if (!chosen) return;
    if (this.siteId !== chosen.id) this.siteId = chosen.id;
    this.start(chosen);
    // A host's choice of site, not an edit of the agent: no draft-change.
    if (this.draftController.draft.siteId !== chosen.id)
      this.draftController.apply(changeSite(this.draftController.draft, chosen).draft, 'builder');
  }

  /** The first site chosen: a draft left in storage for it comes back. */
  private start(site: Site): void {
    this.draftController.restore(site.id, (stored) => {
      this.open(stored.draft, 'restored', stored.savedAt);
      // Sent before the reload: the key stays with the draft, and the order shows if it was created.
      const submission = this.ensureSubmission();
      const { attemptKey } = stored;
      if (attemptKey) void submission.then((s) => s?.resume(stored.draft, attemptKey)).then(() => this.checkOtherTab());
      else void this.checkOtherTab();
    });
  }

  /** Opens a draft (a host's, a stored one, a new one): a fresh start for everything around it. */
  private open(draft: OrderDraft, origin: DraftOrigin, restoredAt = ''): void {
    this.submitted = null;
    this.otherTab = null;
    this.repricing.reset();
    this.restoredAt = restoredAt;
    this.tabs.open(draft.lines.length);
    this.draftController.apply(draft, origin);
  }

  /** "Create New Order" and "Discard": an empty draft for the same site (or "Undo": the one discarded), and focus on the customer. */
  private async newOrder(draft = createDraft({ site: this.currentSite }), restoredAt = ''): Promise<void> {
    // "Undo" brings back the discarded draft as an edit of the agent: stored again.
    this.open(draft, 'agent', restoredAt);
    this.repricing.forgetMethod();
    // "Undo" brings back a stored draft: another tab may have submitted it meanwhile.
    if (restoredAt) void this.checkOtherTab();
    await this.focusCustomer();
  }

  /** Another tab wrote to `localStorage`: it may have submitted this draft. */
  private handleStorage = (): void => void this.checkOtherTab();

  /** Whether another tab of this browser submitted this draft (then the notice says so). */
  private async checkOtherTab(): Promise<void> {
    const draft = this.draftController.draft;
    if (this.submitted || isEmptyDraft(draft)) return;
    const claim = (await this.ensureSubmission())?.claimedElsewhere(draft) ?? null;
    if (draft === this.draftController.draft && !this.submitted) this.otherTab = claim;
  }

  private say(text: string): void {
    this.message = text;
  }

  // --- Sites ----------------------------------------------------------------------------------

  private selectSite(site: Site): void {
    const previousSite = this.currentSite ?? null;
    this.currentSite = site;
    this.siteId = site.id;
    this.start(site);
    if (this.submitted) {
      this.open(createDraft({ site }), 'agent');
      this.repricing.forgetMethod();
    }
    const { draft, cleared } = changeSite(this.draftController.draft, site);
    this.sitePicker.setNotice(
      previousSite && cleared.length ? { site, cleared, shippingName: this.repricing.shippingName() } : null,
    );
    // The notice about the restored draft gives way to the one about what changed with the site.
    if (previousSite) this.restoredAt = '';
    if (draft !== this.draftController.draft) this.draftController.apply(draft, 'agent');
    // Documented by the @fires tag above (the analyzer cannot name an event from its class).
    const event = new SiteChangeEvent({ site, previousSite });
    this.dispatchEvent(event);
  }

  private handleToggleOrders(): void {
    this.ordersHidden = !this.ordersHidden;
  }

  private handleSitesRetry(): void {
    this.focusAfterSites = true;
    void this.sitesTask.run();
  }

  // --- Duplicate orders -----------------------------------------------------------------------

  private async showOrder(order: OrderSummary): Promise<void> {
    this.ordersHidden = false;
    await this.updateComplete;
    if (!(await this.orderList?.focusOrder(order.id))) {
      const { number } = order;
      this.say(msg(str`Order ${number} is not among the orders loaded in the list.`));
    }
  }

  // --- Shortcuts and tabs ---------------------------------------------------------------------

  private runShortcut(action: ShortcutAction): void {
    if (action === 'customer') void this.focusCustomer();
    else if (action === 'details') void this.openDetails();
    else if (action === 'payment') void this.addPayment();
    else void this.openConfirmation();
  }

  private async focusCustomer(): Promise<void> {
    await this.updateComplete;
    const search = this.$<CustomerSearch>('customer-search');
    await search?.updateComplete;
    search?.focus();
  }

  /** Loads "Change site?" and the notices (with the styles of what loads on demand); false when they cannot be. */
  private async ensureNotices(): Promise<boolean> {
    const notices = await this.modules.notices.tryLoad();
    if (notices && !this.notices) {
      adoptStyles(this, notices.styles);
      this.notices = notices;
      this.requestUpdate();
    }
    return !!notices;
  }

  // --- Sections -------------------------------------------------------------------------------

  private handleCustomerChange = (event: CustomerChangeEvent): void => {
    const before = this.draftController.draft;
    const draft = setCustomer(before, event.customer);
    this.draftController.apply(draft, 'agent');
    this.repricing.customerChanged(before, draft);
  };

  /** Opens the Order Details dialog (loading it first if need be), at a problem's field if given. */
  private async openDetails(focusPath?: string): Promise<void> {
    void this.tabs.select('details');
    if (!(await this.modules.details.tryLoad())) return;
    await this.updateComplete;
    await this.$<OrderDetailsDialog>('order-details-dialog')?.show(this.draftController.draft, focusPath);
  }

  private handleDetailsChange = (event: OrderDetailsChangeEvent): void => {
    const { draft } = event;
    const dialog = event.target as OrderDetailsDialog;
    this.repricing.detailsSaved(draft, dialog.shippingMethodName(draft.shippingMethodId) ?? '');
    this.tabs.saved();
    this.draftController.apply(draft, 'agent');
  };

  /** Alt+Shift+P: the Payments tab with its form open (once the details are saved). */
  private async addPayment(): Promise<void> {
    if (!this.tabs.detailsSaved) {
      this.say(msg('Save the order details first: payments open after that.'));
      return;
    }
    await this.tabs.select('payments', true);
    const panel = this.$<PaymentPanel>('payment-panel');
    await panel?.updateComplete;
    panel?.showForm();
  }

  /**
   * The total the payments are taken against: the adapter's answer for the current draft, else the
   * model's preview (which reuses the last answer for what it cannot compute; the panel is told, and
   * fills no amount in from it: `totalStatus`); null before a site.
   */
  private paymentsTotal(): Money | null {
    const { pricing, status } = this.repricing.pricing;
    if (!this.draftController.draft.currency) return null;
    // Until the panel is loaded (with `previewTotals`), nothing shows this total.
    return status === 'ready' && pricing
      ? pricing.total
      : (this.modules.payments.value?.previewTotals(this.draftController.draft, pricing).total ?? null);
  }

  private handlePaymentsChange = async (event: PaymentsChangeEvent): Promise<void> => {
    const { payments } = event;
    // The panel reports changes once it is loaded, and `setPayments` loads with it: there already in practice.
    const model = this.modules.payments.value ?? (await this.modules.payments.tryLoad());
    if (model) this.draftController.apply(model.setPayments(this.draftController.draft, payments), 'agent');
  };

  // --- Submitting -----------------------------------------------------------------------------

  /** Why "Submit Order" is not available yet, or '' when it is. */
  private submitHint(): string {
    const { customer, lines } = this.draftController.draft;
    if (!customer) return msg('Choose the customer to submit the order.');
    if (validateCustomer(customer).length) return msg('Complete the customer’s details to submit the order.');
    return lines.length ? '' : msg('Add at least one item to submit the order.');
  }

  private openConfirmation = async (): Promise<void> => {
    // Why not yet: the hint beside "Submit Order" (a live region, so said once), read out with focus.
    if (this.submitHint()) return this.$<HTMLElement>('#submit-hint')?.focus();
    // The answer for the draft is taken into it (rejected coupons out) before the order is read back.
    if (!(await this.modules.repricing.load().catch(() => undefined))) return this.say(unavailableText());
    await this.updateComplete;
    const submission = await this.ensureSubmission();
    if (!submission) return this.say(unavailableText());
    await submission.show();
  };

  /** The confirmation and the submit (see `submission.ts`), loaded once; undefined when its code cannot be fetched. */
  private async ensureSubmission(): Promise<Submission | undefined> {
    if (this.submission) return this.submission;
    const module = await this.modules.submission.load().catch(() => undefined);
    if (module && !this.submission) {
      this.submission = new module.Submission(this, {
        adapter: () => this.adapter,
        draft: () => this.draftController.draft,
        pricing: () => this.repricing.pricing,
        locale: () => this.locale,
        shippingName: () => this.repricing.shippingName(),
        paymentTypes: () => this.$<PaymentPanel>('payment-panel')?.paymentTypes ?? [],
        dialog: () => this.$<HTMLDialogElement>('#confirm-dialog'),
        goTo: (problem, area) => void this.goToProblem(problem, area),
        done: (order, draft, summary) => this.succeed(order, draft, summary),
        attempted: () => void this.draftController.save(),
        // The unknown attempt may have created an order: the duplicate warning is to name it.
        unknown: () => this.recentOrders.refresh(),
        otherTab: (claim) => (this.otherTab = claim),
      });
      adoptStyles(this, module.styles);
    }
    return this.submission;
  }

  /** A problem's link: takes focus to where the problem is fixed. */
  private async goToProblem(problem: Problem, area: Area): Promise<void> {
    if (area === 'customer') await this.focusCustomer();
    else if (area === 'payments' && this.tabs.detailsSaved) await this.tabs.select('payments', true);
    else await this.openDetails(problem.path);
  }

  /** The backend accepted the order: the success view, and the order at the top of the list (`order-submitted` follows). */
  private succeed(order: SubmittedOrder, draft: OrderDraft, summary: OrderSummary): void {
    this.submitted = order;
    this.restoredAt = '';
    this.sitePicker.setNotice(null);
    this.draftController.apply(draft, 'builder');
    this.prependOrder(summary);
    this.focusNewOrder = true;
  }

  // --- Rendering ------------------------------------------------------------------------------

  private renderHeader(site: Site): TemplateResult {
    const hidden = this.ordersHidden;
    return html`<div class="header" part="header">
      ${this.sitePicker.renderSite(site)}
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
      ${this.sitePicker.renderDialog()}
    </div>`;
  }

  private renderNotices(): unknown {
    return this.notices?.renderNotices({
      restoredAt: this.restoredAt,
      siteNotice: this.sitePicker.notice,
      otherTab: this.otherTab,
      unkept: this.draftController.unkept,
      recentOrders: this.recentOrders.orders,
      draft: this.draftController.draft,
      locale: this.locale,
      formatDateTime,
      orderUrl: this.orderUrl,
      host: this,
      discard: () => void this.newOrder(),
      restore: (draft, restoredAt) => void this.newOrder(draft, restoredAt),
      dismissSiteNotice: () => this.sitePicker.setNotice(null),
      showOrder: (order) => void this.showOrder(order),
    });
  }

  private renderNewOrder(): TemplateResult {
    const order = this.submitted;
    // Only the submission sets `submitted`: its module, which renders the success view, is there.
    if (order && this.submission) {
      return html`<section class="new-order" part="new-order" aria-labelledby="new-order-heading">
        ${this.submission.renderSuccess(order, () => void this.newOrder())}
      </section>`;
    }
    return html`<section class="new-order" part="new-order" aria-labelledby="new-order-heading">
      <h2 id="new-order-heading" class="heading heading--large" part="new-order-heading" tabindex="-1">
        ${msg('New Order')}
      </h2>
      ${this.renderNotices()} ${this.renderSections()} ${this.submission?.render()}
    </section>`;
  }

  private renderSections(): TemplateResult {
    const { draftController, repricing, submission, tabs } = this;
    const { draft } = draftController;
    return html`${renderCustomerSection(draft.customer, submission?.renderRefused('customer'), this.handleCustomerChange)}
    ${tabs.render()}
    ${renderDetailsSection({
      hidden: tabs.tab !== 'details',
      draft,
      summary: () => ({
        items: repricing.itemsText(),
        shippingMethod: draft.shippingMethodId ? repricing.shippingName() : msg('None'),
        coupons: repricing.orderCoupons().join(', ') || msg('None'),
        total: repricing.totalText(),
      }),
      status: repricing.renderStatus(),
      refused: submission?.renderRefused('details'),
      edit: () => void this.openDetails(),
      changed: this.handleDetailsChange,
    })}
    ${renderPaymentsSection({
      hidden: tabs.tab !== 'payments',
      draft,
      total: this.paymentsTotal(),
      totalStatus: repricing.pricing.status,
      refused: submission?.renderRefused('payments'),
      changed: this.handlePaymentsChange,
    })}
    ${renderFooter({ help: this.shortcuts.renderHelp(), hint: this.submitHint(), submit: this.openConfirmation })}`;
  }

  private renderWorkspace(site: Site): TemplateResult {
    const hidden = this.ordersHidden;
    return html`${this.renderHeader(site)}
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
          aria-valuemin=${this.splitter.valueMin}
          aria-valuemax=${this.splitter.max}
          aria-valuetext=${percentText(this.splitter.valueNow, this.locale)}
          @keydown=${this.splitter.handleKeydown}
          @pointerdown=${this.splitter.handlePointerDown}
        ></div>
        ${this.renderNewOrder()}
      </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    // Loading, the error and "No sites are available." are the sites' status (see `render`).
    const sites = this.sitesLoad.sites;
    const site = this.currentSite;
    return !sites.length ? nothing : site ? this.renderWorkspace(site) : this.sitePicker.renderPicker();
  }

  override render(): TemplateResult {
    // The sites' status is a live region of its own; this one says only what is shown nowhere else.
    return html`<div class="frame">${this.sitesLoad.render(() => this.handleSitesRetry())}${this.renderBody()}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>`;
  }
}
