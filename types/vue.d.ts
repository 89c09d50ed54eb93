import type { DefineComponent } from "vue";
import type {
  CustomerSearch,
  CustomerChangeEvent,
  LineItemEditor,
  LineItemsChangeEvent,
  OverrideApprovalEvent,
  OfflineOrderBuilder,
  SiteChangeEvent,
  DraftChangeEvent,
  OrderSubmitEvent,
  OrderSubmittedEvent,
  OverrideApprovalEvent,
  OrderDetailsDialog,
  OrderDetailsChangeEvent,
  OverrideApprovalEvent,
  OrderList,
  OrderOpenEvent,
  PaymentPanel,
  PaymentsChangeEvent,
} from "../dist/index.js";

type CustomerSearchProps = {
  /** The id of the site when no `site` is given: the element loads the sites to find it. */
  "site-id"?: CustomerSearch["siteId"];
  /** The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
element is used, else the document's. Read, it gives the resolved locale: money, numbers and
dates are formatted in it, in the site's currency. One language renders per page at a time
(the last an element resolved to); see the README's "Languages". */
  locale?: CustomerSearch["locale"];
  /** The chosen customer. A host may set it (no `customer-change` then); null when none is chosen. */
  customer?: CustomerSearch["customer"];
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  adapter?: CustomerSearch["adapter"];
  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  site?: CustomerSearch["site"];
  /** The agent chose a customer (from the search, or by creating or editing one), or cleared the choice (`customer` is null). Not fired when a host sets `customer`. */
  "oncustomer-change"?: (e: CustomerChangeEvent) => void;
};

type LineItemEditorProps = {
  /** The largest price adjustment an agent may give a line on their own, in percent of its unit price
× quantity (15: 15%). Above it "Apply" asks for an approver's code and fires `override-approval`;
unset, there is no limit. */
  "max-adjustment-percent"?: LineItemEditor["maxAdjustmentPercent"];
  /** The order's price list: products are searched and configured at its prices. */
  "price-list-id"?: LineItemEditor["priceListId"];
  /** The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
element is used, else the document's. Read, it gives the resolved locale: money, numbers and
dates are formatted in it, in the site's currency. One language renders per page at a time
(the last an element resolved to); see the README's "Languages". */
  locale?: LineItemEditor["locale"];
  /** The order's lines. Setting them renders them; it does not fire `line-items-change`. A row is
rendered again only when its line is another object: give a changed line as a new object
(as the model's edits do), never one changed in place. */
  lines?: LineItemEditor["lines"];
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  adapter?: LineItemEditor["adapter"];
  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  site?: LineItemEditor["site"];
  /** After each edit of the agent, with every line. Not fired when a host sets `lines`. */
  "online-items-change"?: (e: LineItemsChangeEvent) => void;
  /** An adjustment above `max-adjustment-percent`, with the approver's code: answer with `respondWith`; unanswered, it is refused. */
  "onoverride-approval"?: (e: OverrideApprovalEvent) => void;
};

type OfflineOrderBuilderProps = {
  /** The id of the chosen site. A host may set it to preselect a site (then no picker is shown);
it changes when the agent picks a site. */
  "site-id"?: OfflineOrderBuilder["siteId"];
  /** Whether the orders pane is hidden ("Hide orders", or the splitter moved to the edge). A builder
narrower than 56rem hides it by default until the agent or the host chooses. */
  "orders-hidden"?: OfflineOrderBuilder["ordersHidden"];
  /** When set, the width of the orders pane is kept in `sessionStorage` under this key, so that it
survives a reload within the agent's session. */
  "width-storage-key"?: OfflineOrderBuilder["widthStorageKey"];
  /** The `sessionStorage` key the draft is kept under. Default: one key per site
("offline-order-draft:<siteId>"). Read when the site is first chosen. */
  "draft-key"?: OfflineOrderBuilder["draftKey"];
  /** A link to an existing order, for the duplicate warning: "{id}" and "{number}" are replaced by
the order's (URL-encoded), e.g. "/orders/{id}". Without it, the warning focuses the order in
the orders list. */
  "order-url"?: OfflineOrderBuilder["orderUrl"];
  /** The largest price adjustment an agent may give a line unaided, in percent of its unit price ×
quantity (15: 15%); above it the agent enters an approver's code and the builder fires
`override-approval` for the host to answer. Unset: no limit. */
  "max-adjustment-percent"?: OfflineOrderBuilder["maxAdjustmentPercent"];
  /** The locale to speak and format in ("fr-CA", "en-US"), for the builder and every element in it.
Unset, the nearest `lang` around the builder is used, else the document's; read, it gives the
resolved locale. One language renders per page at a time (see the README's "Languages"). */
  locale?: OfflineOrderBuilder["locale"];
  /** The data adapter (the host's backend). Provided to every child element through context. */
  adapter?: OfflineOrderBuilder["adapter"];
  /** The order being created. The builder owns it: the agent's edits in the child elements become
pure edits of the draft model (`src/model/draft.ts`). A host may set it to open a draft (no
`draft-change` then); it then replaces any stored draft. */
  draft?: OfflineOrderBuilder["draft"];
  /** The agent picked a site (not fired when a host sets `siteId`, nor for a single site picked automatically). */
  "onsite-change"?: (e: SiteChangeEvent) => void;
  /** After every change the agent makes to the draft (not when a host sets `draft`); the draft never holds card numbers. */
  "ondraft-change"?: (e: DraftChangeEvent) => void;
  /** Cancelable, before the order is sent: `preventDefault()` vetoes the submission (set `reason` to tell the agent why). Not for a draft another tab of this browser submitted. Its `paymentLink` (`{ to: { email } }` or `{ to: { phone } }`) is set when "Send payment link" submits it. */
  "onorder-submit"?: (e: OrderSubmitEvent) => void;
  /** The backend accepted the order: its id, number, total and balance due. */
  "onorder-submitted"?: (e: OrderSubmittedEvent) => void;
  /** Cancelable: a line adjustment above `max-adjustment-percent`, with the approver's code. Answer with `respondWith(promise)`; unanswered, it is refused. */
  "onoverride-approval"?: (e: OverrideApprovalEvent) => void;
};

type OrderDetailsDialogProps = {
  /** The largest line, order or shipping adjustment an agent may give unaided, in percent of the line, the
merchandise or the shipping; above it an approver's code and `override-approval` are asked. Unset: no limit. */
  "max-adjustment-percent"?: OrderDetailsDialog["maxAdjustmentPercent"];
  /** The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
element is used, else the document's. Read, it gives the resolved locale: money, numbers and
dates are formatted in it, in the site's currency. One language renders per page at a time
(the last an element resolved to); see the README's "Languages". */
  locale?: OrderDetailsDialog["locale"];
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  adapter?: OrderDetailsDialog["adapter"];
  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  site?: OrderDetailsDialog["site"];
  /** "Save" with valid details: the draft as saved. */
  "onorder-details-change"?: (e: OrderDetailsChangeEvent) => void;
  /** A line adjustment (from its `<line-item-editor>`), or the order or shipping adjustment, above `max-adjustment-percent`: answer with `respondWith`; unanswered, it is refused. */
  "onoverride-approval"?: (e: OverrideApprovalEvent) => void;
};

type OrderListProps = {
  /** How many orders to ask the adapter for at a time. */
  "page-size"?: OrderList["pageSize"];
  /** The accessible name of the feed. Defaults to "Orders". */
  label?: OrderList["label"];
  /** The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
element is used, else the document's. Read, it gives the resolved locale: money, numbers and
dates are formatted in it, in the site's currency. One language renders per page at a time
(the last an element resolved to); see the README's "Languages". */
  locale?: OrderList["locale"];
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  adapter?: OrderList["adapter"];
  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  site?: OrderList["site"];
  /**  */
  onundefined?: (e: OrderOpenEvent) => void;
  /** The agent activated an order (click or Enter), only when the adapter has `getOrder`. */
  "onorder-open"?: (e: OrderOpenEvent) => void;
};

type PaymentPanelProps = {
  /** Hosted-fields mode: the `card-fields` slot replaces the card number, expiry and security code inputs. */
  "hosted-fields"?: PaymentPanel["hostedFields"];
  /** The locale to speak and format in ("fr-CA", "en-US"). Unset, the nearest `lang` around the
element is used, else the document's. Read, it gives the resolved locale: money, numbers and
dates are formatted in it, in the site's currency. One language renders per page at a time
(the last an element resolved to); see the README's "Languages". */
  locale?: PaymentPanel["locale"];
  /** The order total. Null (or zero) while there is nothing to pay. */
  total?: PaymentPanel["total"];
  /** Where `total` stands: "ready" (or "idle"), the adapter's answer; "pending" or "error", a preview that no amount is filled in from. */
  totalStatus?: PaymentPanel["totalStatus"];
  /** The payments added so far. Setting it renders them without firing `payments-change`. */
  payments?: PaymentPanel["payments"];
  /** The customer, whose default billing address is the card's billing address by default. */
  customer?: PaymentPanel["customer"];
  /** Where the order ships, when not to the customer's default shipping address (the builder passes
the order's ship-to address): what "Same as shipping address" means. Null: the customer's default
shipping address. */
  shippingAddress?: PaymentPanel["shippingAddress"];
  /** Hosted-fields mode: asks the host's payment provider to tokenize the card keyed in its fields,
and resolves with what may be kept of it. A rejection with an adapter error (e.g. a
`DeclinedError`) shows its message in the form; any other rejection a generic one. */
  tokenizeHosted?: PaymentPanel["tokenizeHosted"];
  /** The data adapter. Provided through context by `<offline-order-builder>`; a host sets it when using the element alone. */
  adapter?: PaymentPanel["adapter"];
  /** The site of the order: its id, currency, locale and payment types. Provided through context; a host may set it. */
  site?: PaymentPanel["site"];
  /** The agent added, removed or restored (Undo) a payment; `payments` is the whole list (tokens only, never card numbers). Not fired when a host sets `payments`. */
  "onpayments-change"?: (e: PaymentsChangeEvent) => void;
};

export type CustomElements = {
  /**
   * Finds the shopper of the order by name, email or phone, or creates a new customer.
   * ---
   *
   *
   * ### **Events:**
   *  - **customer-change** - The agent chose a customer (from the search, or by creating or editing one), or cleared the choice (`customer` is null). Not fired when a host sets `customer`.
   *
   * ### **Methods:**
   *  - **checkValidity(): _boolean_** - Whether the chosen customer, if any, passes the order rules.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`; when invalid, also moves focus to "Edit customer", next to what is missing.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the search input; with a chosen customer, "Edit customer" when the customer lacks
   * something for the order, else the customer's name.
   *
   * ### **CSS Properties:**
   *  - **--oo-color-text** - Text colour. _(default: #1f2328)_
   * - **--oo-color-text-muted** - Secondary text (option details). _(default: #59636e)_
   * - **--oo-color-surface-raised** - Listbox, card and dialog background. _(default: #ffffff)_
   * - **--oo-color-surface-sunken** - The active option. _(default: #eef1f4)_
   * - **--oo-color-border** - Outlines of the input and the listbox. _(default: #818b98)_
   * - **--oo-color-divider** - Lines between options and around the card. _(default: #d1d9e0)_
   * - **--oo-color-accent** - The active option's marker, primary buttons. _(default: #0969da)_
   * - **--oo-color-danger** - Errors and what a customer lacks. _(default: #cf222e)_
   * - **--oo-focus-ring** - The focus outline. _(default: 2px solid #0969da)_
   * - **--oo-font-size-small** - Option details. _(default: 0.8125rem)_
   * - **--oo-space-1** - Spacing step 1. _(default: 0.25rem)_
   * - **--oo-space-2** - Spacing step 2. _(default: 0.5rem)_
   * - **--oo-space-3** - Spacing step 3. _(default: 0.75rem)_
   * - **--oo-space-4** - Spacing step 4. _(default: 1rem)_
   * - **--oo-radius** - Corner radius. _(default: 0.375rem)_
   *
   * ### **CSS Parts:**
   *  - **label** - The "Customer Search" label.
   * - **search-input** - The combobox input.
   * - **create-button** - The "Create New Customer" button.
   * - **status** - The polite live region under the input: too short, searching, how many found, none found (and who matches in another customer set), or the error.
   * - **retry-button** - "Retry" after a failed search, load of the site or save.
   * - **listbox** - The list of customers found.
   * - **option** - One customer found.
   * - **option-details** - Email, phone and default shipping city in an option.
   * - **option-reason** - Why an option cannot be chosen (another customer set).
   * - **match** - The matched text, highlighted.
   * - **customer** - The chosen customer's card.
   * - **customer-name** - The chosen customer's name.
   * - **customer-details** - Email, phones and default addresses of the chosen customer.
   * - **problems** - What the chosen customer lacks for the order.
   * - **edit-button** - The "Edit customer" button.
   * - **change-button** - The "Change customer" button.
   * - **dialog** - The "Create Customer" and "Edit Address" dialogs.
   * - **dialog-error** - The error of a failed save, in the dialog.
   * - **created-notice** - The customer that a create whose answer was lost had made, offered when the retry meets their email.
   * - **use-created-button** - Its "Use this customer" button.
   * - **address** - An address in the "Create Customer" dialog.
   * - **save-button** - A dialog's "Save" button.
   * - **close-button** - A dialog's "Close" button.
   * - **discard-dialog** - "Discard changes?", asked when a dialog closes with unsaved edits.
   */
  "customer-search": DefineComponent<CustomerSearchProps>;

  /**
   * The items of an order: product search, options, fulfillment with inventory, quantity, and the line items table.
   * ---
   *
   *
   * ### **Events:**
   *  - **line-items-change** - After each edit of the agent, with every line. Not fired when a host sets `lines`.
   * - **override-approval** - An adjustment above `max-adjustment-percent`, with the approver's code: answer with `respondWith`; unanswered, it is refused.
   *
   * ### **Methods:**
   *  - **focusProblem(path: _string_): _void_** - Moves focus to the control of a problem path: `lines.<id>.quantity`, `.fulfillment` or
   * `.adjustment`; to the product search for any other path (e.g. `lines`: add an item).
   * - **quantityProblems(): _Problem[]_** - The lines whose quantity is more than their fulfillment has on hand and expected together, and
   * the quantities typed and refused in their fields, as problems at `lines.<id>.quantity`. Lines
   * whose stock is still being looked up are not among them: await `stockComplete` first.
   *
   * ### **CSS Properties:**
   *  - **--oo-color-accent** - Primary buttons, the active suggestion. _(default: #0969da)_
   * - **--oo-color-warning** - Quantity warnings. _(default: #9a6700)_
   * - **--oo-color-danger** - Errors and blocked quantities. _(default: #cf222e)_
   * - **--oo-color-text-muted** - Codes, column headings, options the item cannot use and why. _(default: #59636e)_
   * - **--oo-color-divider** - Table rules. _(default: #d1d9e0)_
   * - **--oo-color-surface-raised** - Dialog, popup and tooltip background. _(default: #ffffff)_
   * - **--oo-color-surface** - The item being added and a line's edit row. _(default: #f6f8fa)_
   *
   * ### **CSS Parts:**
   *  - **search-input** - The product search input ("Name").
   * - **listbox** - The product suggestions.
   * - **option** - A suggested product.
   * - **match** - The matched text in a suggestion.
   * - **thumbnail** - A product image (only from an `https:` or `data:image/` URL).
   * - **add-row** - The item being added: its options, fulfillment, quantity and "Add".
   * - **fulfillment** - A fulfillment radio group.
   * - **recipient** - The recipient of an item delivered by email: "Recipient email", "Recipient name", "Message".
   * - **inventory-breakdown** - The tooltip with current and expected stock.
   * - **add-button** - The "Add" button.
   * - **custom-item-button** - "Add custom item", which shows its form.
   * - **custom-item-form** - The custom item's form ("Name", "Unit price", "Quantity", "Taxable", "Add", "Cancel").
   * - **custom-badge** - "Custom" (and "Not taxable") on a custom line.
   * - **configure-dialog** - The "Configure Product" dialog.
   * - **close-button** - Its "Close" button.
   * - **discard-dialog** - "Discard changes?", asked when "Configure Product" closes with options changed.
   * - **cancel-add-button** - The item's "Cancel" button.
   * - **table** - The line items table.
   * - **line-item** - A row of the table.
   * - **limit-hint** - The limit of a line's gift message ("Up to 500 characters").
   */
  "line-item-editor": DefineComponent<LineItemEditorProps>;

  /**
   * The whole "Create Offline Order" page: site picker, existing orders, and the new order.
   * ---
   *
   *
   * ### **Events:**
   *  - **site-change** - The agent picked a site (not fired when a host sets `siteId`, nor for a single site picked automatically).
   * - **draft-change** - After every change the agent makes to the draft (not when a host sets `draft`); the draft never holds card numbers.
   * - **order-submit** - Cancelable, before the order is sent: `preventDefault()` vetoes the submission (set `reason` to tell the agent why). Not for a draft another tab of this browser submitted. Its `paymentLink` (`{ to: { email } }` or `{ to: { phone } }`) is set when "Send payment link" submits it.
   * - **order-submitted** - The backend accepted the order: its id, number, total and balance due.
   * - **override-approval** - Cancelable: a line adjustment above `max-adjustment-percent`, with the approver's code. Answer with `respondWith(promise)`; unanswered, it is refused.
   *
   * ### **Methods:**
   *  - **prependOrder(order: _OrderSummary_): _void_** - Puts an order at the top of the existing orders, e.g. the one just submitted. Ignored when no
   * site is chosen or the order belongs to another site.
   * - **reloadSites(): _Promise<void>_** - Loads the sites again (what "Retry" does).
   *
   *
   * ### **CSS Properties:**
   *  - **--oo-color-text** - Text colour. _(default: #1f2328)_
   * - **--oo-color-text-muted** - Secondary text. _(default: #59636e)_
   * - **--oo-color-surface** - Page background behind the panes. _(default: #f6f8fa)_
   * - **--oo-color-surface-raised** - Panes, cards and controls. _(default: #ffffff)_
   * - **--oo-color-surface-sunken** - Hovered buttons. _(default: #eef1f4)_
   * - **--oo-color-border** - Outlines of controls (3:1 against the surfaces). _(default: #818b98)_
   * - **--oo-color-divider** - Hairlines between areas and rows. _(default: #d1d9e0)_
   * - **--oo-color-accent** - Primary buttons, links, the splitter when active. _(default: #0969da)_
   * - **--oo-color-accent-text** - Text on the accent colour. _(default: #ffffff)_
   * - **--oo-color-danger** - Errors. _(default: #cf222e)_
   * - **--oo-color-warning** - Warnings ("Shipped" orders, a possible duplicate order). _(default: #9a6700)_
   * - **--oo-color-success** - Success ("Completed" orders). _(default: #1a7f37)_
   * - **--oo-color-focus** - The focus ring's colour. _(default: #0969da)_
   * - **--oo-focus-ring** - The focus outline. _(default: 2px solid var(--oo-color-focus))_
   * - **--oo-font-family** - Font stack. _(default: system-ui, sans-serif)_
   * - **--oo-font-size** - Body text size. _(default: 0.875rem)_
   * - **--oo-font-size-small** - Secondary text size. _(default: 0.8125rem)_
   * - **--oo-font-size-large** - Headings. _(default: 1.125rem)_
   * - **--oo-line-height** - Body line height. _(default: 1.5)_
   * - **--oo-space-1** - Smallest spacing step. _(default: 0.25rem)_
   * - **--oo-space-2** - Spacing step 2. _(default: 0.5rem)_
   * - **--oo-space-3** - Spacing step 3. _(default: 0.75rem)_
   * - **--oo-space-4** - Spacing step 4. _(default: 1rem)_
   * - **--oo-space-5** - Spacing step 5. _(default: 1.5rem)_
   * - **--oo-space-6** - Largest spacing step. _(default: 2rem)_
   * - **--oo-radius** - Corner radius. _(default: 0.375rem)_
   * - **--oo-builder-min-height** - The builder's minimum height when the host does not size it. _(default: 32rem)_
   *
   * ### **CSS Parts:**
   *  - **header** - The bar above the split view with the site and the orders toggle.
   * - **site-picker** - The site picker: the "Choose a site" card, or the compact picker in the header.
   * - **site-select** - The "Site" select (in either picker).
   * - **site-name** - The site's name in the header when there is only one site.
   * - **continue-button** - The "Continue" button of the site picker.
   * - **toggle-orders-button** - The "Hide orders" / "Show orders" button.
   * - **split-view** - The container of the orders pane, the splitter and the new order.
   * - **orders-pane** - The pane with the existing orders.
   * - **orders-heading** - The "Orders" heading.
   * - **order-list** - The `<oo-order-list>` element.
   * - **orders-summary** - The order count above the list (from `<oo-order-list>`).
   * - **orders-feed** - The scrolling feed of orders (from `<oo-order-list>`).
   * - **order-row** - One existing order (from `<oo-order-list>`).
   * - **order-number** - An order's number (from `<oo-order-list>`).
   * - **order-total** - An order's total (from `<oo-order-list>`).
   * - **order-customer** - An order's customer (from `<oo-order-list>`).
   * - **order-date** - An order's date (from `<oo-order-list>`).
   * - **order-status** - An order's status badge (from `<oo-order-list>`).
   * - **order-placeholder** - A "Loading…" row of an orders page not loaded yet (from `<oo-order-list>`).
   * - **orders-loading** - The orders' loading notice (from `<oo-order-list>`).
   * - **orders-empty** - The "No orders yet for this site" notice (from `<oo-order-list>`).
   * - **orders-error** - The orders' error notice (from `<oo-order-list>`).
   * - **orders-retry-button** - The orders' "Retry" button (from `<oo-order-list>`).
   * - **orders-footer** - The "Loading more orders…" bar (from `<oo-order-list>`).
   * - **orders-filter** - "Search orders" and "Status", with an adapter that searches (from `<oo-order-list>`).
   * - **orders-search-input** - The "Search orders" input (from `<oo-order-list>`).
   * - **orders-status-select** - The "Status" select (from `<oo-order-list>`).
   * - **order-sheet** - The side sheet of an order opened from the list (with an adapter that has `getOrder`).
   * - **order-sheet-close** - Its "Close" button.
   * - **order-sheet-status** - The order's status and date in the sheet.
   * - **order-sheet-items** - The order's items in the sheet.
   * - **order-sheet-totals** - The order's totals in the sheet.
   * - **order-sheet-payments** - The order's payments in the sheet (a card by its last four only).
   * - **order-sheet-actions** - "Reorder" and "Copy order number".
   * - **reorder-button** - The "Reorder" button.
   * - **copy-number-button** - The "Copy order number" button.
   * - **order-sheet-status-message** - "Order number copied." (a live region).
   * - **reorder-notice** - Above the new order after "Reorder": what was left out because it is no longer available.
   * - **splitter** - The window splitter between the orders and the new order.
   * - **new-order** - The new order area.
   * - **new-order-heading** - The "New Order" heading.
   * - **section** - Each section of the new order.
   * - **section-customer** - The "Customer" section.
   * - **customer-history** - Under the chosen customer: "Last orders" and "Last ordered items" (loaded on demand).
   * - **last-orders** - The list of the customer's last orders (at most 3).
   * - **last-order** - One of them: number, date, total, status.
   * - **last-items** - The customer's last ordered items (when the adapter has `listLastOrderedItems`).
   * - **last-item** - One of them, with its quick "Add".
   * - **last-item-details** - An item's options and last fulfillment.
   * - **quick-add-button** - An item's "Add" (its accessible name names the item: "Add Trail Runner Shoe, 10, Black").
   * - **quick-add-status** - What the last quick "Add" did, or why not (a live region).
   * - **tabs** - The tab list of "Order Details" and "Payments".
   * - **tab** - Each tab.
   * - **section-order-details** - The "Order Details" tab panel.
   * - **edit-details-button** - The "Edit Details" button that opens the Order Details dialog.
   * - **details-summary** - The summary of the order details: items, shipping method, coupons and total.
   * - **total-change** - How the last recalculation moved the total and why ("Total +$4.10: +$4.10 tax: shipping address changed").
   * - **shipping-notice** - What a change of the shipping address did to the shipping method ("Overnight no longer applies and was cleared.").
   * - **coupon-notice** - Coupon codes the adapter rejected after a change outside Order Details, taken out of the order, and why.
   * - **section-payments** - The "Payments" tab panel.
   * - **submit-problems** - The adapter's reasons for refusing the order, in the section they concern.
   * - **restored-notice** - "Restored unsaved order from …" with "Discard".
   * - **other-tab-notice** - "This order was submitted in another tab", with "Create New Order".
   * - **storage-notice** - "This order could not be kept in this browser".
   * - **undo-status** - After "Discard": "Unsaved order discarded." with "Undo" (15 s at least; the draft comes back, stored again).
   * - **undo-button** - Its "Undo" button.
   * - **site-change-notice** - What a change of site cleared.
   * - **duplicate-warning** - The warning about a recent order of the shopper with the same product.
   * - **duplicate-link** - The link to that order.
   * - **footer** - The bar with "Keyboard shortcuts" and "Submit Order".
   * - **shortcuts-button** - The "Keyboard shortcuts" button.
   * - **shortcuts** - The list of keyboard shortcuts (a popover).
   * - **submit-button** - The "Submit Order" button that opens the confirmation.
   * - **confirm-dialog** - The confirmation dialog.
   * - **read-back** - The summary of the order read back to the shopper.
   * - **read-back-currency** - The read-back's currency in words ("Amounts in Canadian dollars (CAD).").
   * - **read-back-ship-to** - The read-back's "Ship to" address, when the order ships elsewhere than the customer's default shipping address.
   * - **custom-badge** - "Custom" (and "Not taxable") on a custom line of the read-back.
   * - **problems** - What blocks the submission, each a link to its field.
   * - **back-button** - The confirmation's "Back" button.
   * - **confirm-button** - The confirmation's "Submit Order" button.
   * - **submit-error** - Why the submission failed, with "Try again".
   * - **success** - The "Order … submitted" view.
   * - **success-note** - Why the order shows as submitted without this submit (a reload, or changes made after it was created).
   * - **new-order-button** - The "Create New Order" button.
   * - **success-actions** - The success view's buttons: "Create New Order", "Print", "Email confirmation" (not printed).
   * - **print-button** - The "Print" button (prints the submitted order's read-back only).
   * - **email-confirmation-button** - The "Email confirmation" button (only when the adapter has `sendConfirmation`).
   * - **email-confirmation-form** - The form with the "Email address" to send the confirmation to.
   * - **email-send-button** - Its "Send" button.
   * - **email-status** - "Confirmation sent to …" (a live region).
   * - **email-error** - Why the confirmation was not sent, with "Retry".
   * - **email-retry-button** - Its "Retry" button.
   * - **payment-link** - "Send payment link" and its form, after the payment panel (only when the adapter has `sendPaymentLink`).
   * - **payment-link-button** - The "Send payment link" button (opens and closes its form).
   * - **payment-link-form** - The form: "Send to" (Email or Text message) and the address, checked before sending.
   * - **payment-link-send-button** - Its "Send" button (busy while sending; a submission like "Submit Order": `order-submit` and `order-submitted` fire).
   * - **payment-link-problems** - What keeps the order from being sent (the checks of "Submit Order").
   * - **payment-link-error** - Why the link was not sent, with "Retry" (the same order, never twice).
   * - **payment-link-retry-button** - Its "Retry" button.
   * - **payment-link-sent** - In the success view: "Payment link sent to …".
   * - **site-dialog** - The "Change site?" dialog.
   * - **drafts-button** - The "Drafts" button in the header (only when the adapter can save drafts).
   * - **save-draft-button** - The "Save draft" button, after "Submit Order".
   * - **draft-status** - What "Save draft" did: "Draft saved.", or why not (a live region).
   * - **saved-draft-notice** - Under the success view: that the submitted order's saved draft could not be deleted (a live region).
   * - **drafts-dialog** - The "Drafts" dialog.
   * - **drafts-table** - Its table of saved drafts: customer, items, total, saved time.
   * - **draft** - One saved draft (a row).
   * - **draft-customer** - A saved draft's customer.
   * - **draft-resume-button** - A saved draft's "Resume" button.
   * - **draft-delete-button** - A saved draft's "Delete" button.
   * - **drafts-loading** - "Loading drafts…".
   * - **drafts-empty** - "No saved drafts for this site.".
   * - **drafts-error** - Why the drafts could not be loaded, with "Retry".
   * - **drafts-retry-button** - Its "Retry" button.
   * - **drafts-close-button** - The Drafts dialog's "Close" button.
   * - **drafts-status** - "Draft deleted.", or why a draft could not be resumed or deleted (a live region).
   * - **discard-dialog** - The question before unsaved work goes ("Discard changes?") or a draft is deleted ("Delete this draft?").
   * - **payment-panel** - The `<payment-panel>` element in the "Payments" section.
   * - **payment-list** - The payments added so far (from `<payment-panel>`).
   * - **payment** - One payment (from `<payment-panel>`).
   * - **add-payment-button** - The "Add Payment" button (from `<payment-panel>`).
   * - **payment-form** - The payment form (from `<payment-panel>`).
   * - **sites-loading** - The notice shown while the sites load.
   * - **sites-error** - The notice shown when the sites could not be loaded.
   * - **sites-skipped-note** - "1 site could not be shown": sites the adapter listed that cannot be used (the line above the picker or the workspace).
   * - **retry-button** - The "Retry" button of the sites' error notice.
   */
  "offline-order-builder": DefineComponent<OfflineOrderBuilderProps>;

  /**
   * The "Order Details" dialog: the line items and the order-level details, with the adapter's totals.
   * ---
   *
   *
   * ### **Events:**
   *  - **order-details-change** - "Save" with valid details: the draft as saved.
   * - **override-approval** - A line adjustment (from its `<line-item-editor>`), or the order or shipping adjustment, above `max-adjustment-percent`: answer with `respondWith`; unanswered, it is refused.
   *
   * ### **Methods:**
   *  - **shippingMethodName(id: _string | null_): _string | undefined_** - The name of a shipping method among the rates last loaded, for summaries.
   * - **show(draft: _OrderDraft_, focusPath: _string_): _Promise<void>_** - Opens the dialog on `draft` (drafts are immutable: edits make new ones); with `focusPath`, at
   * the field of that problem path (see `focusField`).
   * - **focusField(path: _string_): _Promise<void>_** - Moves focus to the control of a problem path: "shippingMethodId", "orderAdjustment",
   * "shippingAdjustment", or a line's "lines.<id>.quantity" (`.fulfillment`, `.adjustment`);
   * once the shipping rates are in, as the Shipping Method select waits for them.
   * - **close(): _void_** - Closes the dialog without saving (no question asked): the edits are dropped.
   *
   * ### **CSS Properties:**
   *  - **--oo-color-surface-raised** - Dialog background. _(default: #ffffff)_
   * - **--oo-color-surface** - The totals and the list of problems. _(default: #f6f8fa)_
   * - **--oo-color-divider** - Rules between the areas and above the total. _(default: #d1d9e0)_
   * - **--oo-color-danger** - Problems and rejected coupons. _(default: #cf222e)_
   * - **--oo-color-success** - Accepted coupons. _(default: #1a7f37)_
   *
   * ### **CSS Parts:**
   *  - **dialog** - The `<dialog>`.
   * - **close-button** - Its "Close" button (an × and the word "Close").
   * - **discard-dialog** - "Discard changes?", asked when the dialog closes with unsaved edits.
   * - **problems** - The list of what keeps the details from being saved.
   * - **ship-to** - "Ship to": the customer's saved addresses and "Another address" (see ship-to.ts).
   * - **ship-to-form** - The one-time address with "Save to customer".
   * - **ship-to-error** - Why the one-time address could not be saved to the customer.
   * - **coupons** - The coupon codes with their outcome.
   * - **limit-hint** - The limit of a text area ("Up to 1,000 characters").
   * - **coupon** - One coupon code with its outcome and "Remove" (also `coupon-rejected` when the adapter rejected it).
   * - **coupon-rejected** - A rejected coupon code: not one of the order's coupons, shown with the reason until removed.
   * - **coupon-error** - Why the code in "Coupon code" was not applied ("SAVE10 is already applied"): an alert, in the page (empty) while there is nothing to say.
   * - **adjustment-note** - Why the shipping adjustment takes off less than asked ("Shipping is already free: this adjustment has no effect.").
   * - **line-item-editor** - The `<line-item-editor>`.
   * - **totals** - The totals.
   * - **total-row** - A row of the totals.
   * - **tax-exempt** - "Tax exempt" and, ticked, "Exemption certificate number".
   * - **save-button** - The "Save" button.
   * - **keys-hint** - The line in the footer that lists the dialog's keys (Ctrl+Enter, Alt+Shift+M, Alt+Shift+O).
   */
  "order-details-dialog": DefineComponent<OrderDetailsDialogProps>;

  /**
   * The existing orders of a site, newest first: paged as the agent scrolls, virtualized.
   * ---
   *
   *
   * ### **Events:**
   *  - **order-open** - The agent activated an order (click or Enter), only when the adapter has `getOrder`.
   *
   * ### **Methods:**
   *  - **prependOrder(order: _OrderSummary_): _void_** - Puts an order at the top of the list, e.g. one just submitted, without reloading. An order
   * already listed (same id) is not added twice; an order of another site is ignored.
   * - **focusOrder(orderId: _string_): _Promise<boolean>_** - Scrolls to a loaded order and focuses its row (e.g. the order a duplicate warning names).
   * Resolves false when the order is not among the loaded ones.
   * - **reload(): _Promise<void>_** - Loads the first page again, dropping what is loaded.
   *
   * ### **CSS Properties:**
   *  - **--oo-color-text** - Text colour. _(default: #1f2328)_
   * - **--oo-color-text-muted** - Secondary text (dates, counts). _(default: #59636e)_
   * - **--oo-color-surface** - Row hover background. _(default: #f6f8fa)_
   * - **--oo-color-surface-raised** - List background. _(default: #ffffff)_
   * - **--oo-color-divider** - Lines between rows. _(default: #d1d9e0)_
   * - **--oo-color-accent** - "New" and "Open" statuses, spinner. _(default: #0969da)_
   * - **--oo-color-warning** - "Shipped" status. _(default: #9a6700)_
   * - **--oo-color-success** - "Completed" status. _(default: #1a7f37)_
   * - **--oo-color-danger** - Error titles. _(default: #cf222e)_
   * - **--oo-focus-ring** - Outline of the focused row or button. _(default: 2px solid #0969da)_
   *
   * ### **CSS Parts:**
   *  - **filter** - The "Search orders" and "Status" controls (a search landmark).
   * - **search-input** - The "Search orders" input.
   * - **status-select** - The "Status" select.
   * - **summary** - The bar above the list with the number of orders.
   * - **feed** - The scrolling feed of orders.
   * - **order-row** - One order (an `<article>`); also a row whose page is loading.
   * - **order-placeholder** - A row whose page is not loaded yet ("Loading…"), or an order left out.
   * - **order-number** - The order number in a row.
   * - **order-total** - The order total in a row.
   * - **order-customer** - The customer name in a row.
   * - **order-date** - The order date in a row.
   * - **order-status** - The status badge in a row.
   * - **loading** - The notice shown while the first page loads.
   * - **empty** - The notice shown when the site has no orders.
   * - **error** - The notice shown when the orders could not be loaded.
   * - **retry-button** - The "Retry" button of an error notice.
   * - **footer** - The bar below the list saying more orders are loading, or failed to.
   * - **skipped-note** - "1 order could not be shown": orders the adapter left out because they could not be used.
   * - **cut-short-note** - "Showing the 100 orders the service returned; it did not send the rest.": paging stopped on a cursor answered before.
   */
  "oo-order-list": DefineComponent<OrderListProps>;

  /**
   * The payments of an order: the total, the payments so far, the balance due, and "Add Payment".
   * ---
   *
   *
   * ### **Events:**
   *  - **payments-change** - The agent added, removed or restored (Undo) a payment; `payments` is the whole list (tokens only, never card numbers). Not fired when a host sets `payments`.
   *
   * ### **Methods:**
   *  - **showForm(): _void_** - Opens the payment form, as "Add Payment" does, when there is something to pay.
   *
   * ### **Slots:**
   *  - **card-fields** - Hosted-fields mode: the payment provider's card number, expiry and security code fields (e.g. iframes). "Name on card" starts with the customer's name and the billing address with their default billing address (both editable); the form then opens on "Card number". The expiry is one "Expiry (MM/YY)" field that takes "1230", "12/30", "12 / 30" or "1/30". Enter in any field saves the form, as "Save" does. After "Save", focus goes to "Add Payment" while a balance is due, else to the new payment's row, unless a `payments-change` listener moved it (`<offline-order-builder>` takes it to its "Submit Order" once the order is paid in full): the panel never takes back focus a host moved. "Remove" takes a payment away at once, and the status says so with "Undo" (for at least 15 s, and as long as the pointer or focus is on it), which puts the payment back in its place.
   *
   * ### **CSS Properties:**
   *  - **--oo-color-text** - Text colour. _(default: #1f2328)_
   * - **--oo-color-text-muted** - Hints and the labels of figures. _(default: #59636e)_
   * - **--oo-color-surface** - Background of the form. _(default: #f6f8fa)_
   * - **--oo-color-surface-raised** - Controls. _(default: #ffffff)_
   * - **--oo-color-border** - Outlines of controls. _(default: #818b98)_
   * - **--oo-color-divider** - Lines between payments, the form's outline. _(default: #d1d9e0)_
   * - **--oo-color-accent** - Primary buttons. _(default: #0969da)_
   * - **--oo-color-danger** - Errors. _(default: #cf222e)_
   * - **--oo-focus-ring** - Focus outline. _(default: 2px solid #0969da)_
   * - **--oo-space-3** - Spacing between fields. _(default: 0.75rem)_
   * - **--oo-radius** - Corner radius. _(default: 0.375rem)_
   *
   * ### **CSS Parts:**
   *  - **totals** - The order total, paid and balance due figures.
   * - **order-total** - The order total.
   * - **paid** - What the payments add up to.
   * - **balance-due** - The balance due.
   * - **payment-list** - The list of payments.
   * - **payment** - One payment.
   * - **payment-label** - A payment's name ("Visa •••• 1111", "Check 1024").
   * - **payment-amount** - A payment's amount.
   * - **remove-button** - A payment's "Remove" button.
   * - **undo-status** - The status line: "Visa •••• 1111 removed." with "Undo" (otherwise visually hidden).
   * - **undo-button** - Its "Undo" button.
   * - **note** - "Nothing to pay yet" and "The order is paid in full".
   * - **error** - The notice shown when the payments exceed the total.
   * - **add-button** - The "Add Payment" button.
   * - **form** - The payment form.
   * - **field** - Each field of the form.
   * - **control** - Each input and select of the form.
   * - **hint** - A field's hint: the card brand, the available balance, that the amount waits for the total.
   * - **amount-currency** - The currency beside the amount ("CAD"), its description.
   * - **billing-address** - The billing address group.
   * - **card-fields** - The container of the `card-fields` slot.
   * - **check-balance-button** - The "Check Balance" button of store credit and gift cards.
   * - **form-error** - A decline or another failure, shown in the form.
   * - **save-button** - The "Save" button.
   * - **cancel-button** - The "Cancel" button.
   */
  "payment-panel": DefineComponent<PaymentPanelProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
