/**
 * The new order: its sections (the customer, "Order Details" and "Payments", the footer with
 * "Submit Order"), what the agent's changes in them do to the draft, where focus goes (a shortcut,
 * a problem's link), and the submission, whose code (`submission.ts`: the confirmation, the submit,
 * the success view) loads on demand and works with this controller.
 */
import { msg } from '../shared/localize.js';
import type { ReactiveController, TemplateResult } from 'lit';
import type { CustomerChangeEvent } from '../../events/customer-change.js';
import type { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import type { PaymentsChangeEvent } from '../../events/payments-change.js';
import { createDraft, setCustomer } from '../../model/draft.js';
import type { Money, OrderDraft, OrderSummary, Problem, Site, SubmittedOrder } from '../../model/types.js';
import { validateCustomer } from '../../model/validation.js';
// Types only: the dialog, the panel and the submission load on demand (see on-demand-modules.ts).
import type { CustomerSearch } from '../customer-search/customer-search.js';
import type { OrderDetailsDialog } from '../order-details/order-details-dialog.js';
import type { PaymentPanel } from '../payment-panel/payment-panel.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { hostLocale } from '../shared/locale.js';
import type { DraftController, DraftOrigin, DraftSubmission } from './draft-controller.js';
import type { StoredDraft } from './draft-store.js';
import type { BuilderModules } from './on-demand-modules.js';
import { unavailableText } from './on-demand-modules.js';
import { renderNewOrder, renderNewOrderSection, renderPaymentLink } from './order-sections.js';
import type { PaymentLink } from './payment-link.js';
import type { OrderTabsController } from './order-tabs.js';
import type { RecentOrdersController } from './recent-orders.js';
import type { RepricingController } from './repricing-controller.js';
import type { ShortcutAction } from './shortcuts.js';
import type { Area, Submission, SubmissionContext, SubmissionHost } from './submission.js';
import type { Claim } from './submit-guard.js';

/** The builder as the new order sees it: what the submission reads, and the orders list the submitted order joins. */
export type NewOrderHost = SubmissionHost & { prependOrder(order: OrderSummary): void };

export interface NewOrderOptions {
  drafts: DraftController;
  repricing: RepricingController;
  tabs: OrderTabsController;
  recentOrders: RecentOrdersController;
  modules: BuilderModules;
  /** The chosen site: a new order is for it. */
  site(): Site | undefined;
  /** The builder's `max-adjustment-percent`, for the Order Details. */
  maxAdjustmentPercent(): number | null;
  /** Says `text` in the builder's polite live region. */
  announce(text: string): void;
  /** The chosen customer's last orders and items, under the customer (see customer-history.ts). */
  history?: { render(): unknown };
}

/** What the new order shows besides its sections. */
export interface NewOrderView {
  /** The notices above the sections. */
  notices: unknown;
  /** The "Keyboard shortcuts" button and its list. */
  help: unknown;
  /** "Save draft", after "Submit Order". */
  saveDraft?: unknown;
  /** Under the success view once the order is submitted (what became of its saved draft). */
  submitted?: unknown;
}

/**
 * The new order (see the module's description). In the host's lifecycle: focus on the heading
 * once rendered; the submission it loads is a controller of its own (see `submission.ts`).
 */
export class NewOrderController implements ReactiveController, DraftSubmission, SubmissionContext {
  /** The backend's answer once the order is submitted: the success view shows. */
  order: SubmittedOrder | null = null;
  /** The confirmation and the submit, once "Submit Order" loaded them (see `submission.ts`). */
  submission: Submission | undefined;
  /** "Send payment link" (see `payment-link.ts`), loaded with the submission. */
  private paymentLink: PaymentLink | undefined;
  readonly drafts: DraftController;
  readonly repricing: RepricingController;
  /** Whether focus goes to the heading once the host has rendered (see `focusHeading`). */
  private headingFocus = false;

  constructor(
    readonly host: NewOrderHost,
    private readonly options: NewOrderOptions,
  ) {
    this.drafts = options.drafts;
    this.repricing = options.repricing;
    options.drafts.attach(this);
    host.addController(this);
  }

  /**
   * The locale money, numbers and dates are formatted in: the page's (see `hostLocale`), with the
   * site's currency, so that a site in another currency than the page's reads unambiguously ("CA$").
   */
  get locale(): string {
    return hostLocale(this.host);
  }

  /** Whether the order was submitted from this page. */
  get submitted(): boolean {
    return !!this.order;
  }

  /** Focuses the new order's heading after the next update (after "Continue", or a submission). */
  focusHeading(): void {
    this.headingFocus = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.headingFocus) return;
    this.headingFocus = false;
    this.$<HTMLElement>('#new-order-heading')?.focus();
  }

  pendingKey(draft: OrderDraft): string | null | undefined {
    return this.submission?.pendingKey(draft);
  }

  reset(): void {
    this.submission?.reset();
  }

  async claimedElsewhere(draft: OrderDraft): Promise<Claim | null> {
    return (await this.ensureSubmission())?.claimedElsewhere(draft) ?? null;
  }

  /** Opens a draft (a host's, a stored one, a new one): a fresh start for everything around it. */
  open(draft: OrderDraft, origin: DraftOrigin, restoredAt = ''): void {
    this.order = null;
    this.repricing.reset();
    this.options.tabs.open(draft.lines.length);
    this.drafts.open(draft, origin, restoredAt);
  }

  /** A new order of the agent's (empty, or "Undo": the draft discarded, restored at `restoredAt`). */
  begin(draft: OrderDraft, restoredAt = ''): void {
    // "Undo" brings back the discarded draft as an edit of the agent: stored again.
    this.open(draft, 'agent', restoredAt);
    this.repricing.forgetMethod();
    // "Undo" brings back a stored draft: another tab may have submitted it meanwhile.
    if (restoredAt) void this.drafts.checkOtherTab();
  }

  /** "Create New Order" and "Discard": an empty draft for the same site (or "Undo": the one discarded), and focus on the customer. */
  async create(draft: OrderDraft = createDraft({ site: this.options.site() }), restoredAt = ''): Promise<void> {
    this.begin(draft, restoredAt);
    await this.focusCustomer();
  }

  /** A draft left in storage comes back; sent before the reload, its key stays with it and the order shows if it was created. */
  resume(stored: StoredDraft): void {
    this.open(stored.draft, 'restored', stored.savedAt);
    const submission = this.ensureSubmission();
    const { attemptKey } = stored;
    if (attemptKey) {
      void submission.then((s) => s?.resume(stored.draft, attemptKey)).then(() => this.drafts.checkOtherTab());
    } else void this.drafts.checkOtherTab();
  }

  /** What a keyboard shortcut asks. */
  run(action: ShortcutAction): void {
    if (action === 'customer') void this.focusCustomer();
    else if (action === 'details') void this.openDetails();
    else if (action === 'payment') void this.addPayment();
    else void this.openConfirmation();
  }

  async focusCustomer(): Promise<void> {
    await this.host.updateComplete;
    const search = this.$<CustomerSearch>('customer-search');
    await search?.updateComplete;
    search?.focus();
  }

  /** A problem's link: takes focus to where the problem is fixed. */
  async goTo(problem: Problem, area: Area): Promise<void> {
    const { tabs } = this.options;
    if (area === 'customer') await this.focusCustomer();
    else if (area === 'payments' && tabs.detailsSaved) await tabs.select('payments', true);
    else await this.openDetails(problem.path);
  }

  /** The backend accepted the order: the success view, and the order at the top of the list (`order-submitted` follows). */
  done(order: SubmittedOrder, draft: OrderDraft, summary: OrderSummary): void {
    this.order = order;
    this.drafts.dismissRestored();
    this.drafts.setSiteChange(null);
    this.drafts.apply(draft, 'builder');
    this.host.prependOrder(summary);
    this.focusHeading();
  }

  /** A quick "Add" of the customer's last ordered items: the draft with its line, through the one write path (as the Order Details' save). */
  addLine(edit: (draft: OrderDraft) => OrderDraft): void {
    this.drafts.apply(edit(this.drafts.draft), 'agent');
  }

  /** The unknown attempt may have created an order: the duplicate warning is to name it. */
  unknown(): void {
    this.options.recentOrders.refresh();
  }

  /** The new order: its sections and the confirmation, or the success view once submitted. */
  render(view: NewOrderView): TemplateResult {
    const { order, submission, repricing, drafts } = this;
    const { tabs } = this.options;
    const { draft } = drafts;
    // Only the submission sets `order`: its module, which renders the success view, is there.
    if (order && submission)
      return renderNewOrderSection([submission.renderSuccess(order, () => void this.create()), view.submitted]);
    return renderNewOrder({
      notices: view.notices,
      customer: {
        customer: draft.customer,
        changed: this.handleCustomerChange,
        history: this.options.history?.render(),
      },
      tabs: tabs.render(),
      details: {
        hidden: tabs.tab !== 'details',
        draft,
        summary: () => ({
          items: repricing.itemsText(),
          shippingMethod: draft.shippingMethodId ? repricing.shippingName() : msg('None'),
          coupons: repricing.orderCoupons().join(', ') || msg('None'),
          total: repricing.totalText(),
        }),
        status: repricing.renderStatus(),
        edit: () => void this.openDetails(),
        preload: this.options.modules.details.preload,
        changed: this.handleDetailsChange,
        maxAdjustmentPercent: this.options.maxAdjustmentPercent(),
      },
      payments: {
        hidden: tabs.tab !== 'payments',
        draft,
        total: this.paymentsTotal(),
        totalStatus: repricing.pricing.status,
        changed: this.handlePaymentsChange,
        paymentLink: this.host.adapter?.sendPaymentLink
          ? renderPaymentLink(!!this.paymentLink?.opened, this.togglePaymentLink, this.paymentLink?.render())
          : null,
      },
      refused: (area) => submission?.renderRefused(area),
      footer: { help: view.help, hint: this.submitHint(), submit: this.openConfirmation, saveDraft: view.saveDraft },
      confirmation: submission?.render(),
    });
  }

  private $<E extends Element>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  /** Opens the Order Details dialog (loading it first if need be), at a problem's field if given. */
  private async openDetails(focusPath?: string): Promise<void> {
    void this.options.tabs.select('details');
    if (!(await this.options.modules.details.tryLoad())) return;
    await this.host.updateComplete;
    await this.$<OrderDetailsDialog>('order-details-dialog')?.show(this.drafts.draft, focusPath);
  }

  /** Alt+Shift+P: the Payments tab with its form open (once the details are saved). */
  private async addPayment(): Promise<void> {
    const { tabs } = this.options;
    if (!tabs.detailsSaved)
      return this.options.announce(msg('Save the order details first: payments open after that.'));
    await tabs.select('payments', true);
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
    const { draft } = this.drafts;
    if (!draft.currency) return null;
    if (status === 'ready' && pricing) return pricing.total;
    // Until the panel is loaded (with `previewTotals`), nothing shows this total.
    return this.options.modules.payments.value?.previewTotals(draft, pricing).total ?? null;
  }

  private handleCustomerChange = (event: CustomerChangeEvent): void => {
    const before = this.drafts.draft;
    const draft = setCustomer(before, event.customer);
    this.drafts.apply(draft, 'agent');
    this.repricing.customerChanged(before, draft);
    if (event.customer && !validateCustomer(event.customer).length) this.focusEditDetails();
  };

  /**
   * A customer ready for the order was chosen: focus goes on to "Edit Details", the next step, once
   * the search has shown the customer and focused the name (updates and their focus are microtasks:
   * a task runs after them).
   */
  private focusEditDetails(): void {
    setTimeout(() => this.$<HTMLElement>('[part~="edit-details-button"]')?.focus());
  }

  private handleDetailsChange = (event: OrderDetailsChangeEvent): void => {
    const { draft } = event;
    const dialog = event.target as OrderDetailsDialog;
    this.repricing.detailsSaved(draft, dialog.shippingMethodName(draft.shippingMethodId) ?? '');
    this.options.tabs.saved();
    this.drafts.apply(draft, 'agent');
    // The next step: "Payments", shown, with focus on its tab.
    void this.options.tabs.select('payments', true);
  };

  private handlePaymentsChange = async (event: PaymentsChangeEvent): Promise<void> => {
    const { payments } = event;
    // Paid in full: on to "Submit Order", the next step (at once: the panel leaves focus where it is put).
    const panel = event.target as PaymentPanel;
    const submit = this.$<HTMLButtonElement>('[part~="submit-button"]');
    if (payments.length && panel.balanceDue?.amount === 0 && submit && !submit.disabled) submit.focus();
    // The panel reports changes once it is loaded, and `setPayments` loads with it: there already in practice.
    const module = this.options.modules.payments;
    const model = module.value ?? (await module.tryLoad());
    if (model) this.drafts.apply(model.setPayments(this.drafts.draft, payments), 'agent');
  };

  /** Why "Submit Order" is not available yet, or '' when it is. */
  private submitHint(): string {
    const { customer, lines } = this.drafts.draft;
    if (!customer) return msg('Choose the customer to submit the order.');
    if (validateCustomer(customer).length) return msg('Complete the customer’s details to submit the order.');
    return lines.length ? '' : msg('Add at least one item to submit the order.');
  }

  private openConfirmation = async (): Promise<void> => {
    const { announce, modules } = this.options;
    // Why not yet: the hint beside "Submit Order" (a live region, so said once), read out with focus.
    if (this.submitHint()) return this.$<HTMLElement>('#submit-hint')?.focus();
    // The answer for the draft is taken into it (rejected coupons out) before the order is read back.
    if (!(await modules.repricing.load().catch(() => undefined))) return announce(unavailableText());
    await this.host.updateComplete;
    const submission = await this.ensureSubmission();
    if (!submission) return announce(unavailableText());
    await submission.show();
  };

  /** "Send payment link": its form (loaded with the submission, and the draft's pricing answer taken in as for the confirmation). */
  private togglePaymentLink = async (): Promise<void> => {
    const ready = await this.options.modules.repricing.load().catch(() => undefined);
    if (!ready || !(await this.ensureSubmission())) return this.options.announce(unavailableText());
    this.paymentLink?.toggle();
  };

  /** The confirmation and the submit (see `submission.ts`), loaded once; undefined when its code cannot be fetched. */
  private async ensureSubmission(): Promise<Submission | undefined> {
    if (this.submission) return this.submission;
    const module = await this.options.modules.submission.load().catch(() => undefined);
    if (module && !this.submission) {
      this.submission = new module.Submission(this);
      this.paymentLink = new module.PaymentLink(this, this.submission);
      adoptStyles(this.host, module.styles);
    }
    return this.submission;
  }
}
