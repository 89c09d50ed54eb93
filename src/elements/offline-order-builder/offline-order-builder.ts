import { ContextProvider } from '@lit/context';
import { localized, msg, str } from '../shared/localize.js';
import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { adapterContext } from '../../adapter/context.js';
import { changeSite } from '../../model/draft.js';
import type { OrderDraft, OrderSummary, Site } from '../../model/types.js';
import type { OrderSheet } from './order-sheet.js';
import type { OrderOpenEvent } from '../../events/order-open.js';
import type { OrderList } from '../order-list/order-list.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { headingStyles } from '../shared/heading.styles.js';
import { LocaleController } from '../shared/localization.js';
import { noticeStyles } from '../shared/notice.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { preloadAtIdle } from '../../controllers/on-demand.js';
import { WindowSplitterController } from '../../controllers/window-splitter.js';
import { renderNotices, renderWorkspace } from './builder-view.js';
import { DraftController } from './draft-controller.js';
import { BuilderLayoutController } from './layout.js';
import { NewOrderController } from './new-order-controller.js';
import { builderStyles } from './offline-order-builder.styles.js';
import { builderModules, loadOrderSheet, unavailableText } from './on-demand-modules.js';
import { OrderTabsController } from './order-tabs.js';
import { RecentOrdersController } from './recent-orders.js';
import { CustomerHistoryController } from './customer-history.js';
import { RepricingController } from './repricing-controller.js';
import { SavedDraftsController } from './saved-drafts-controller.js';
import { ShortcutsController } from './shortcuts.js';
import { SiteController } from './site-controller.js';

/**
 * @tagname offline-order-builder
 * @summary The whole "Create Offline Order" page: site picker, existing orders, and the new order.
 *
 * @description Lists the adapter's sites. With several, the agent picks one first (a "Site"
 * select and "Continue") and the rest waits; with one, it is picked at once and no picker is
 * shown. With `autofocus`, the Site select (or, with the site already chosen, the "New Order"
 * heading) takes focus as it first shows, unless focus is already elsewhere in the page. Then a split view: the site's existing orders on the left (`<oo-order-list>`: newest
 * first, paged, virtualized), resizable with a WAI-ARIA window splitter (Left/Right arrows, End,
 * or drag; Home, Enter, Left past 20% or a drag to the edge collapse the list, and Enter, Right, End
 * or a drag bring it back) and hideable with "Hide orders" / "Show orders"; the new order on the
 * right. A builder narrower than 56rem starts with the list collapsed (`orders-hidden`) until the
 * agent or the host chooses. The adapter and the chosen site reach the children through
 * `@lit/context` (`adapterContext`, `siteContext`).
 *
 * The new order: the Customer (`<customer-search>`; under the chosen customer, their last orders
 * and, with `listLastOrderedItems`, their "Last ordered items", each with a quick "Add" that adds it
 * again with the same options and, where still offered, the same fulfillment), then the tabs "Order Details" (a summary and
 * "Edit Details", which opens `<order-details-dialog>`) and "Payments" (`<payment-panel>`, open
 * once the details were saved), then "Submit Order", enabled once the shopper is valid and the
 * order has an item. Under the summary, how a recalculation moved the total and why ("Total
 * +$4.10: +$4.10 tax: shipping address changed", from the two pricing answers); when the shipping
 * address changes (another customer, or the customer edited), the draft's shipping method is
 * checked against the adapter's rates for the new address, and cleared with a message when it no
 * longer applies. It opens a read-back confirmation ("Submit Order" / "Back"; focus on its title)
 * listing what blocks the submission with links to the fields. A payment that pays the order in
 * full takes focus to "Submit Order". The submit fires `order-submit` (a host may
 * veto), then calls the adapter with one idempotency key per attempt, retrying network failures,
 * timeouts, 409, 429 and 5xx with the same key; on success, `order-submitted`, "Order 10542
 * submitted" with the read-back of the order, "Create New Order", "Print" and (when the adapter has
 * `sendConfirmation`) "Email confirmation", and the order at the top of the list.
 *
 * The adapter's answer for the current draft is taken into it: the lines' unit prices (after a
 * change of price list or site) and the coupons, of which the order keeps the accepted ones (a code
 * rejected after a change outside Order Details is taken out, and the agent told why). Money,
 * numbers and dates are formatted in the page's language (the nearest `lang`) with the site's
 * currency ("CA$129.89" for a Canada site in an English (US) page); the read-back states the
 * currency in words.
 *
 * Park and resume, when the adapter has `saveDraft`, `listDrafts` and `deleteDraft`: "Save draft"
 * (after "Submit Order") saves the draft through the adapter, card payments by token only as in
 * `sessionStorage`, says "Draft saved." and starts a fresh order (the order is parked; the agent
 * takes the next call). "Drafts" (in the header) lists the site's saved drafts with "Resume" (asks
 * before unsaved work goes; the draft is priced afresh; saving it again replaces the saved one,
 * submitting it deletes it) and "Delete" (asks first).
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
 * @fires {OrderSubmitEvent} order-submit - Cancelable, before the order is sent: `preventDefault()` vetoes the submission (set `reason` to tell the agent why). Not for a draft another tab of this browser submitted. Its `paymentLink` (`{ to: { email } }` or `{ to: { phone } }`) is set when "Send payment link" submits it.
 * @fires {OrderSubmittedEvent} order-submitted - The backend accepted the order: its id, number, total and balance due.
 * @fires {OverrideApprovalEvent} override-approval - Cancelable: a line adjustment above `max-adjustment-percent`, with the approver's code. Answer with `respondWith(promise)`; unanswered, it is refused.
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
 * @csspart order-placeholder - A "Loading…" row of an orders page not loaded yet (from `<oo-order-list>`).
 * @csspart orders-loading - The orders' loading notice (from `<oo-order-list>`).
 * @csspart orders-empty - The "No orders yet for this site" notice (from `<oo-order-list>`).
 * @csspart orders-error - The orders' error notice (from `<oo-order-list>`).
 * @csspart orders-retry-button - The orders' "Retry" button (from `<oo-order-list>`).
 * @csspart orders-footer - The "Loading more orders…" bar (from `<oo-order-list>`).
 * @csspart orders-filter - "Search orders" and "Status", with an adapter that searches (from `<oo-order-list>`).
 * @csspart orders-search-input - The "Search orders" input (from `<oo-order-list>`).
 * @csspart orders-status-select - The "Status" select (from `<oo-order-list>`).
 * @csspart order-sheet - The side sheet of an order opened from the list (with an adapter that has `getOrder`).
 * @csspart order-sheet-close - Its "Close" button.
 * @csspart order-sheet-status - The order's status and date in the sheet.
 * @csspart order-sheet-items - The order's items in the sheet.
 * @csspart order-sheet-totals - The order's totals in the sheet.
 * @csspart order-sheet-payments - The order's payments in the sheet (a card by its last four only).
 * @csspart order-sheet-actions - "Reorder" and "Copy order number".
 * @csspart reorder-button - The "Reorder" button.
 * @csspart copy-number-button - The "Copy order number" button.
 * @csspart order-sheet-status-message - "Order number copied." (a live region).
 * @csspart reorder-notice - Above the new order after "Reorder": what was left out because it is no longer available.
 * @csspart splitter - The window splitter between the orders and the new order.
 * @csspart new-order - The new order area.
 * @csspart new-order-heading - The "New Order" heading.
 * @csspart section - Each section of the new order.
 * @csspart section-customer - The "Customer" section.
 * @csspart customer-history - Under the chosen customer: "Last orders" and "Last ordered items" (loaded on demand).
 * @csspart last-orders - The list of the customer's last orders (at most 3).
 * @csspart last-order - One of them: number, date, total, status.
 * @csspart last-items - The customer's last ordered items (when the adapter has `listLastOrderedItems`).
 * @csspart last-item - One of them, with its quick "Add".
 * @csspart last-item-details - An item's options and last fulfillment.
 * @csspart quick-add-button - An item's "Add" (its accessible name names the item: "Add Trail Runner Shoe, 10, Black").
 * @csspart quick-add-status - What the last quick "Add" did, or why not (a live region).
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
 * @csspart read-back-ship-to - The read-back's "Ship to" address, when the order ships elsewhere than the customer's default shipping address.
 * @csspart custom-badge - "Custom" (and "Not taxable") on a custom line of the read-back.
 * @csspart problems - What blocks the submission, each a link to its field.
 * @csspart back-button - The confirmation's "Back" button.
 * @csspart confirm-button - The confirmation's "Submit Order" button.
 * @csspart submit-error - Why the submission failed, with "Try again".
 * @csspart success - The "Order … submitted" view.
 * @csspart success-note - Why the order shows as submitted without this submit (a reload, or changes made after it was created).
 * @csspart new-order-button - The "Create New Order" button.
 * @csspart success-actions - The success view's buttons: "Create New Order", "Print", "Email confirmation" (not printed).
 * @csspart print-button - The "Print" button (prints the submitted order's read-back only).
 * @csspart email-confirmation-button - The "Email confirmation" button (only when the adapter has `sendConfirmation`).
 * @csspart email-confirmation-form - The form with the "Email address" to send the confirmation to.
 * @csspart email-send-button - Its "Send" button.
 * @csspart email-status - "Confirmation sent to …" (a live region).
 * @csspart email-error - Why the confirmation was not sent, with "Retry".
 * @csspart email-retry-button - Its "Retry" button.
 * @csspart payment-link - "Send payment link" and its form, after the payment panel (only when the adapter has `sendPaymentLink`).
 * @csspart payment-link-button - The "Send payment link" button (opens and closes its form).
 * @csspart payment-link-form - The form: "Send to" (Email or Text message) and the address, checked before sending.
 * @csspart payment-link-send-button - Its "Send" button (busy while sending; a submission like "Submit Order": `order-submit` and `order-submitted` fire).
 * @csspart payment-link-problems - What keeps the order from being sent (the checks of "Submit Order").
 * @csspart payment-link-error - Why the link was not sent, with "Retry" (the same order, never twice).
 * @csspart payment-link-retry-button - Its "Retry" button.
 * @csspart payment-link-sent - In the success view: "Payment link sent to …".
 * @csspart site-dialog - The "Change site?" dialog.
 * @csspart drafts-button - The "Drafts" button in the header (only when the adapter can save drafts).
 * @csspart save-draft-button - The "Save draft" button, after "Submit Order".
 * @csspart draft-status - What "Save draft" did: "Draft saved.", or why not (a live region).
 * @csspart saved-draft-notice - Under the success view: that the submitted order's saved draft could not be deleted (a live region).
 * @csspart drafts-dialog - The "Drafts" dialog.
 * @csspart drafts-table - Its table of saved drafts: customer, items, total, saved time.
 * @csspart draft - One saved draft (a row).
 * @csspart draft-customer - A saved draft's customer.
 * @csspart draft-resume-button - A saved draft's "Resume" button.
 * @csspart draft-delete-button - A saved draft's "Delete" button.
 * @csspart drafts-loading - "Loading drafts…".
 * @csspart drafts-empty - "No saved drafts for this site.".
 * @csspart drafts-error - Why the drafts could not be loaded, with "Retry".
 * @csspart drafts-retry-button - Its "Retry" button.
 * @csspart drafts-close-button - The Drafts dialog's "Close" button.
 * @csspart drafts-status - "Draft deleted.", or why a draft could not be resumed or deleted (a live region).
 * @csspart discard-dialog - The question before unsaved work goes ("Discard changes?") or a draft is deleted ("Delete this draft?").
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

  /** @internal The orders pane's width: 35% by default, 20% to 70% by steps of 5, or collapsed (0). */
  private splitter = new WindowSplitterController(this, {
    min: 20,
    max: 70,
    step: 5,
    value: 35,
    track: () => this.renderRoot.querySelector('.split'),
    storageKey: () => this.widthStorageKey,
    collapsed: () => this.ordersHidden,
    onCollapse: (collapsed) => (this.ordersHidden = collapsed),
  });

  /** @internal Orders collapsed by default on a narrow builder, the footer unstuck on a short one, the pane width. */
  private layout = new BuilderLayoutController(this);

  /** @internal */
  private get orderList(): OrderList | null {
    return this.renderRoot.querySelector<OrderList>('oo-order-list');
  }

  /** @internal The code loaded on demand (see on-demand-modules.ts), preloaded when the browser is idle. */
  private modules = builderModules(this, () => this.announce(unavailableText()));

  /** @internal The order being created, stored on every change, and what the notices say about it; see `draft`. */
  private drafts = new DraftController(this, () => this.draftKey);

  /** @internal The pricing of the draft, and what the builder says when it moves (see `repricing-controller.ts`). */
  private repricing: RepricingController = new RepricingController(this, {
    adapter: () => this.adapter,
    drafts: this.drafts,
    locale: () => this.newOrder.locale,
    submitted: () => this.newOrder.submitted,
    repricing: this.modules.repricing,
    unavailable: () => this.announce(unavailableText()),
  });

  /** @internal "Order Details" and "Payments". */
  private tabs = new OrderTabsController(this, {
    shown: (tab) => (tab === 'payments' ? this.modules.payments.tryLoad() : Promise.resolve()),
  });

  /** @internal The shopper's latest orders, read once: the duplicate warning (last 24 hours) and their card's "Last orders". */
  private recentOrders: RecentOrdersController = new RecentOrdersController(this, {
    adapter: () => this.adapter,
    draft: () => this.drafts.draft,
    finished: () => this.newOrder.submitted,
  });

  /** @internal The new order's sections, focus within them, and its submission (see `new-order-controller.ts`). */
  private newOrder: NewOrderController = new NewOrderController(this, {
    drafts: this.drafts,
    repricing: this.repricing,
    tabs: this.tabs,
    recentOrders: this.recentOrders,
    modules: this.modules,
    site: () => this.site,
    maxAdjustmentPercent: () => this.maxAdjustmentPercent,
    announce: (text) => this.announce(text),
    history: new CustomerHistoryController(this, {
      adapter: () => this.adapter,
      draft: () => this.drafts.draft,
      orders: () => this.recentOrders.latest,
      locale: () => this.newOrder.locale,
      add: (line) => this.newOrder.addLine(line),
    }),
  });

  /** @internal The side sheet of an order of the list, with "Reorder" (loaded on demand, see `order-sheet.ts`). */
  private orderSheet: OrderSheet | undefined;

  /** @internal The sites: their load, the chosen one (provided to the children), the pickers and "Change site?". */
  private siteController = new SiteController(this, {
    drafts: this.drafts,
    repricing: this.repricing,
    newOrder: this.newOrder,
    recentOrders: this.recentOrders,
    notices: this.modules.notices,
    confirm: (next, current) => this.confirmSiteChange(next, current),
  });

  /** @internal "Save draft" and "Drafts" (when the adapter can save drafts), see `saved-drafts-controller.ts`. */
  private savedDrafts = new SavedDraftsController(this, {
    adapter: () => this.adapter,
    site: () => this.site,
    drafts: this.drafts,
    submitted: () => this.newOrder.submitted,
    locale: () => this.newOrder.locale,
    open: (draft) => this.newOrder.create(draft),
    code: this.modules.savedDrafts,
  });

  /** @internal Alt+Shift+C/D/P/S and "?", with the list of shortcuts. */
  private shortcuts = new ShortcutsController(this, {
    enabled: () => !!this.siteController.site && !this.newOrder.submitted,
    run: (action) => this.newOrder.run(action),
    list: this.modules.shortcutsList,
  });

  /** @internal The adapter, provided to the children (set before each update: see `willUpdate`). */
  private adapterProvider = new ContextProvider(this, { context: adapterContext });

  /** @internal What the polite live region says besides the sites' status. */
  @state() private message = '';

  /** The data adapter (the host's backend). Provided to every child element through context. */
  @property({ attribute: false }) adapter: OrderAdapter | undefined;

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

  /**
   * The largest price adjustment an agent may give a line unaided, in percent of its unit price ×
   * quantity (15: 15%); above it the agent enters an approver's code and the builder fires
   * `override-approval` for the host to answer. Unset: no limit.
   */
  @property({ type: Number, attribute: 'max-adjustment-percent' }) maxAdjustmentPercent: number | null = null;

  /** @internal The builder's locale and language, followed by the elements inside it (see localization.ts). */
  private localeController = new LocaleController(this);

  /**
   * The locale to speak and format in ("fr-CA", "en-US"), for the builder and every element in it.
   * Unset, the nearest `lang` around the builder is used, else the document's; read, it gives the
   * resolved locale. One language renders per page at a time (see the README's "Languages").
   */
  @property()
  get locale(): string {
    return this.localeController.value;
  }

  set locale(locale: string | null) {
    this.localeController.preferred = locale;
  }

  /** @internal Whether the code loaded on demand was asked to preload (once, after the first site). */
  private prefetched = false;

  /**
   * The order being created. The builder owns it: the agent's edits in the child elements become
   * pure edits of the draft model (`src/model/draft.ts`). A host may set it to open a draft (no
   * `draft-change` then); it then replaces any stored draft.
   */
  get draft(): OrderDraft {
    return this.drafts.draft;
  }

  set draft(draft: OrderDraft) {
    this.newOrder.open(draft, 'host');
  }

  /** The chosen site, once there is one. */
  get site(): Site | undefined {
    return this.siteController.site;
  }

  /** The sites the adapter listed (empty until they are loaded). */
  get sites(): readonly Site[] {
    return this.siteController.sites;
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
    if (!this.site || order.siteId !== this.site.id) return;
    this.orderList?.prependOrder(order);
  }

  /** Loads the sites again (what "Retry" does). */
  reloadSites(): Promise<void> {
    return this.siteController.reload();
  }

  /**
   * Confirms a change of site from the header picker. When the draft holds something the new site
   * would clear (the model's `changeSite`, as a dry run), the "Change site?" dialog lists it and
   * resolves with the agent's answer; otherwise it resolves true at once. A subclass may ask
   * differently.
   */
  protected confirmSiteChange(next: Site, _current: Site | undefined): boolean | Promise<boolean> {
    const { cleared } = changeSite(this.drafts.draft, next);
    if (!cleared.length) return true;
    return this.siteController.ask({ site: next, cleared, shippingName: this.repricing.shippingName() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapterProvider.setValue(this.adapter);
    if (changed.has('siteId')) this.siteController.siteIdChanged();
    if (changed.has('widthStorageKey')) this.splitter.restore();
    this.repricing.takePricing();
  }

  protected override updated(): void {
    // The pane width changes on every drag move: a custom property of the layout's own sheet (see layout.ts).
    this.layout.set('--_oo-orders-width', String(this.splitter.value));
    // What the agent needs next loads while nothing else happens, so that it opens at once.
    if (this.site && !this.prefetched) {
      this.prefetched = true;
      preloadAtIdle(Object.values(this.modules));
    }
  }

  private announce(text: string): void {
    this.message = text;
  }

  /** `order-open` from the list (composed: it reaches the builder): the order in the side sheet, its code loaded first. */
  private openOrder = async ({ order }: OrderOpenEvent): Promise<void> => {
    const module = await loadOrderSheet().catch(() => this.announce(unavailableText()));
    await (this.orderSheet ??= module?.attachOrderSheet(this, this.newOrder))?.open(order);
  };

  constructor() {
    super();
    this.addEventListener('order-open', this.openOrder);
  }

  /** The duplicate warning's link without `order-url`: the order in the orders list. */
  private async showOrder(order: OrderSummary): Promise<void> {
    this.ordersHidden = false;
    await this.updateComplete;
    if (!(await this.orderList?.focusOrder(order.id))) {
      const { number } = order;
      this.announce(msg(str`Order ${number} is not among the orders loaded in the list.`));
    }
  }

  private renderWorkspace(site: Site): TemplateResult {
    const { siteController } = this;
    const { locale } = this.newOrder;
    const notices = renderNotices(siteController.notices, {
      host: this,
      drafts: this.drafts,
      recentOrders: this.recentOrders.orders,
      locale,
      orderUrl: this.orderUrl,
      newOrder: (draft, restoredAt) => void this.newOrder.create(draft, restoredAt),
      showOrder: (order) => void this.showOrder(order),
    });
    return renderWorkspace({
      site,
      sites: siteController,
      ordersHidden: this.ordersHidden,
      toggleOrders: () => (this.ordersHidden = !this.ordersHidden),
      splitter: this.splitter,
      locale,
      newOrder: this.newOrder.render({
        notices: [this.orderSheet?.renderNotice(), notices],
        help: this.shortcuts.renderHelp(),
        saveDraft: this.savedDrafts.renderSaveButton(),
        submitted: this.savedDrafts.renderSubmittedNotice(),
      }),
      drafts: this.savedDrafts.renderDraftsButton(),
    });
  }

  override render(): TemplateResult {
    // Loading, the error and "No sites are available." are the sites' status, a live region of its
    // own; the other one says only what is shown nowhere else.
    const { siteController } = this;
    const { site } = siteController;
    let body: unknown = nothing;
    if (siteController.sites.length) body = site ? this.renderWorkspace(site) : siteController.renderPicker();
    return html`<div class="frame">${siteController.renderStatus()}${body}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.message}</div>
      ${this.orderSheet?.render()}`;
  }
}
