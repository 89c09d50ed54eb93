/**
 * The side sheet of an existing order: what `order-open` from the orders list opens, read-only, for
 * an adapter with `getOrder`. A modal dialog (WAI-ARIA APG: native `<dialog>` + `showModal()`,
 * labelled by its heading "Order 10542") docked to the inline-end side; Escape and "Close" close it
 * and focus goes back to the row that opened it. It shows the status, the customer, the items with
 * their options and fulfillment, the totals and the payments (a card by its last four only), read
 * through `getOrder` (latest wins: `@lit/task`). "Reorder" starts a new draft from the order
 * (see `reorder.ts`) through the builder's one way to open a draft, asking first ("Discard
 * changes?") when the current draft holds unsaved work; "Copy order number" copies the number.
 * Loaded on demand, with its styles, the first time an order opens.
 */
import { msg, str } from '../shared/localize.js';
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, ReactiveElement, TemplateResult } from 'lit';
import type { OrderAdapter } from '../../adapter/adapter.js';
import { isAbortError } from '../../adapter/errors.js';
import { CARD_BRAND_NAMES, customerName } from '../../model/draft.js';
import { formatMoney } from '../../model/money.js';
import type { OrderDraft, OrderRecord, OrderRecordPayment, OrderSummary, Site } from '../../model/types.js';
import { errorText } from '../shared/adapter-text.js';
import { isolate } from '../shared/bidi.js';
import { ConfirmDiscard, confirmDiscardStyles } from '../shared/confirm-discard.js';
import { formatDateTime } from '../shared/format.js';
import { orderStatusLabel } from '../shared/order-status.js';
import { adoptStyles } from '../shared/adopt-styles.js';
import { onDemandStyles } from './on-demand.styles.js';
import { isEmptyDraft } from './draft-controller.js';
import { fulfillmentText } from './read-back.js';
import { buildReorder, type LeftOut, type Reorder } from './reorder.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the sheet needs of the builder: its adapter and site. */
export interface OrderSheetSource {
  readonly adapter: OrderAdapter | undefined;
  readonly site: Site | undefined;
}

/** What the sheet needs of the builder's new order (`NewOrderController`). */
export type OrderSheetNewOrder = {
  readonly locale: string;
  readonly submitted: boolean;
  readonly drafts: { readonly draft: OrderDraft };
  /** Opens `draft` as the new order: the builder's one way to replace the draft. */
  create(draft: OrderDraft): Promise<void>;
};

/** The deepest element with focus, through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Why a line was left out, in the agent's words. */
function reasonText(reason: LeftOut['reason']): string {
  return reason === 'product-gone'
    ? msg('product no longer exists')
    : reason === 'variant-gone'
      ? msg('this option combination no longer exists')
      : msg('out of stock');
}

/** A line's options: "Size: 10, Color: Black". */
function optionsText(options: readonly { name: string; value: string }[]): string {
  return options.map((o) => `${o.name}: ${o.value}`).join(', ');
}

/** "Visa •••• 4242", else the payment type's label. */
function paymentText(p: OrderRecordPayment): string {
  if (p.last4) return `${(p.brand && CARD_BRAND_NAMES[p.brand]) || msg('Card')} •••• ${p.last4}`;
  return p.label;
}

export const styles = css`
  .sheet {
    box-sizing: border-box;
    inline-size: min(100vw, 30rem);
    max-inline-size: 100vw;
    block-size: 100dvh;
    max-block-size: 100dvh;
    margin: 0 0 0 auto;
    margin-inline: auto 0;
    padding: var(--_oo-space-5);
    border: 0;
    border-inline-start: 1px solid var(--_oo-color-divider);
    background: var(--_oo-color-surface-raised);
    color: inherit;
    overflow-y: auto;
  }
  .sheet[open] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: var(--_oo-space-4);
  }
  .sheet::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .sheet h3 {
    margin: 0;
    font-size: var(--_oo-font-size);
  }
  .sheet__header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_oo-space-2);
  }
  .sheet__header h2 {
    margin: 0;
  }
  .sheet__list,
  .sheet__totals {
    display: grid;
    gap: var(--_oo-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sheet__totals {
    grid-template-columns: 1fr auto;
  }
  .sheet__totals dd {
    margin: 0;
    text-align: end;
  }
  .sheet__muted {
    color: var(--_oo-color-text-muted);
    font-size: var(--_oo-font-size-small);
  }
  .sheet__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_oo-space-2);
  }
  .sheet p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .sheet {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * The sheet (see the module's description). The builder renders `render()` in its shadow root,
 * `renderNotice()` above the new order, and calls `open` with the order the list activated.
 */
export class OrderSheet implements ReactiveController {
  /** The order activated in the list, while the sheet is open or opening. */
  private summary: OrderSummary | null = null;
  /** Where focus goes back when the sheet closes: the list's row. */
  private returnTo: HTMLElement | null = null;
  /** What the status region says ("Order number copied."). */
  private status = '';
  /** The error of the last "Reorder", shown in the sheet. */
  private reorderError = '';
  /** Whether "Reorder" is at work (its lookups). */
  private reordering: AbortController | null = null;
  /** The last reorder's left-out lines, shown above the new order while its draft is current. */
  private notice: { draftId: string; number: string; leftOut: LeftOut[] } | null = null;
  private readonly confirm: ConfirmDiscard;
  private readonly task: Task<[OrderAdapter, string, string], OrderRecord>;

  constructor(
    private readonly host: Host,
    private readonly source: OrderSheetSource,
    private readonly newOrder: OrderSheetNewOrder,
  ) {
    host.addController(this);
    this.confirm = new ConfirmDiscard(host);
    this.task = new Task(host, {
      autoRun: false,
      task: ([adapter, siteId, orderId], { signal }) => adapter.getOrder!({ siteId, orderId }, { signal }),
    });
  }

  hostDisconnected(): void {
    this.reordering?.abort();
  }

  /** Resolves when the order being read has settled; for tests. */
  get loaded(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('#order-sheet');
  }

  /** Opens the sheet for `order` and reads it in full; focus goes back to what had it when the sheet closes. */
  async open(order: OrderSummary): Promise<void> {
    const adapter = this.source.adapter;
    const site = this.source.site;
    if (!adapter?.getOrder || !site) return;
    this.returnTo = deepActive();
    this.summary = order;
    this.status = '';
    this.reorderError = '';
    void this.task.run([adapter, site.id, order.id]);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.dialog?.querySelector<HTMLElement>('#order-sheet-title')?.focus();
  }

  /** Closes the sheet (focus goes back to the row, see `handleClose`). */
  close = (): void => {
    this.dialog?.close();
  };

  /** The dialog closed (Escape, "Close", or a reorder): gone, and focus back on the row. */
  private handleClose = (): void => {
    this.reordering?.abort();
    this.reordering = null;
    this.summary = null;
    this.host.requestUpdate();
    const back = this.returnTo;
    this.returnTo = null;
    if (back?.isConnected) back.focus();
  };

  private retry = (): void => {
    if (this.summary) void this.open(this.summary);
  };

  private copy = async (): Promise<void> => {
    const number = this.summary?.number;
    if (!number) return;
    try {
      await navigator.clipboard.writeText(number);
      this.status = msg('Order number copied.');
    } catch {
      this.status = msg(str`The order number could not be copied: it is ${number}.`);
    }
    this.host.requestUpdate();
  };

  /**
   * "Reorder": asks first when the current draft holds unsaved work, then makes the new draft
   * (nothing changes when a lookup fails: the sheet says why), opens it and closes the sheet.
   */
  private reorder = async (): Promise<void> => {
    const adapter = this.source.adapter;
    const site = this.source.site;
    const record = this.task.value;
    if (!adapter || !site || !record || this.reordering) return;
    const current = this.newOrder.drafts.draft;
    if (!this.newOrder.submitted && !isEmptyDraft(current) && !(await this.confirm.ask())) return;
    const controller = new AbortController();
    this.reordering = controller;
    this.reorderError = '';
    this.host.requestUpdate();
    let made: Reorder;
    try {
      made = await buildReorder(adapter, site, record, controller.signal);
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.reorderError = errorText(error);
      return;
    } finally {
      if (this.reordering === controller) this.reordering = null;
      this.host.requestUpdate();
    }
    this.notice = { draftId: made.draft.id, number: record.number, leftOut: made.leftOut };
    // Focus goes to the new order's customer, not back to the list.
    this.returnTo = null;
    this.close();
    await this.newOrder.create(made.draft);
  };

  private dismissNotice = (): void => {
    this.notice = null;
    this.host.requestUpdate();
  };

  /** Above the new order: what the last "Reorder" left out, while its draft is the current one. */
  renderNotice(): TemplateResult | typeof nothing {
    const { notice } = this;
    if (!notice || notice.draftId !== this.newOrder.drafts.draft.id) return nothing;
    const number = isolate(notice.number);
    return html`<div
      class="banner ${notice.leftOut.length ? 'banner--warning' : ''}"
      part="reorder-notice"
      role="status"
    >
      <div class="grow">
        <p class="strong">${msg(str`New order from order ${number}, priced afresh.`)}</p>
        ${
          notice.leftOut.length
            ? html`<p>${msg('Left out because no longer available:')}</p>
                <ul>
                  ${notice.leftOut.map(({ line, reason }) => {
                    const options = line.options.length ? ` (${optionsText(line.options)})` : '';
                    return html`<li>${line.productName}${options}: ${reasonText(reason)}</li>`;
                  })}
                </ul>`
            : nothing
        }
      </div>
      <button class="button button--small" type="button" @click=${this.dismissNotice}>${msg('Dismiss')}</button>
    </div>`;
  }

  private renderOrder(order: OrderRecord): TemplateResult {
    const locale = this.newOrder.locale;
    const { customer } = order;
    const phone = customer.phones.home || customer.phones.work || customer.phones.mobile || '';
    const money = (m: OrderRecord['total']) => formatMoney(m, locale);
    return html`<p part="order-sheet-status">
        ${msg(str`Status: ${orderStatusLabel(order.status)}`)}
        <span class="sheet__muted">${formatDateTime(order.createdAt, locale)}</span>
      </p>
      <div>
        <h3>${msg('Customer')}</h3>
        <p>${customerName(customer)}</p>
        <p class="sheet__muted">${customer.email}${phone ? html` · ${phone}` : nothing}</p>
      </div>
      <div>
        <h3>${msg('Items')}</h3>
        <ul class="sheet__list" part="order-sheet-items">
          ${order.lines.map(
            (line) =>
              html`<li>
                <p>${msg(str`${line.productName} × ${line.quantity}`)} · ${money(line.total)}</p>
                <p class="sheet__muted">
                  ${line.code}${line.options.length ? html` · ${optionsText(line.options)}` : nothing} ·
                  ${fulfillmentText(line.fulfillment)}
                </p>
              </li>`,
          )}
        </ul>
      </div>
      <div>
        <h3>${msg('Totals')}</h3>
        <dl class="sheet__totals" part="order-sheet-totals">
          <dt>${msg('Subtotal')}</dt>
          <dd>${money(order.subtotal)}</dd>
          ${order.discounts.amount ? html`<dt>${msg('Discounts')}</dt> <dd>−${money(order.discounts)}</dd>` : nothing}
          <dt>${order.shippingMethodName ? msg(str`Shipping (${order.shippingMethodName})`) : msg('Shipping')}</dt>
          <dd>${money(order.shipping)}</dd>
          <dt>${msg('Tax')}</dt>
          <dd>${money(order.tax)}</dd>
          <dt class="strong">${msg('Total')}</dt>
          <dd class="strong">${money(order.total)}</dd>
        </dl>
      </div>
      <div>
        <h3>${msg('Payments')}</h3>
        ${
          order.payments.length
            ? html`<ul class="sheet__list" part="order-sheet-payments">
                ${order.payments.map((p) => html`<li>${paymentText(p)} · ${money(p.amount)}</li>`)}
              </ul>`
            : html`<p>${msg('No payments')}</p>`
        }
      </div>`;
  }

  private renderBody(): unknown {
    return this.task.render({
      pending: () =>
        html`<div class="notice" part="order-sheet-loading">
          <span class="spinner" aria-hidden="true"></span>
          <p class="notice__text">${msg('Loading the order…')}</p>
        </div>`,
      error: (error) =>
        isAbortError(error)
          ? nothing
          : html`<div class="notice notice--error" part="order-sheet-error">
              <p class="notice__title">${msg('The order could not be loaded.')}</p>
              <p class="notice__text">${errorText(error)}</p>
              <div class="notice__actions">
                <button class="button" type="button" @click=${this.retry}>${msg('Retry')}</button>
              </div>
            </div>`,
      complete: (order) => this.renderOrder(order),
    });
  }

  /** The sheet while an order is open, and "Discard changes?" while it asks. */
  render(): TemplateResult {
    const { summary } = this;
    const ready = this.task.status === TaskStatus.COMPLETE;
    const cross = html`<svg class="button__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M6 6l12 12M18 6 6 18"></path>
    </svg>`;
    return html`${
      summary
        ? html`<dialog
            id="order-sheet"
            class="sheet"
            part="order-sheet"
            aria-labelledby="order-sheet-title"
            @close=${this.handleClose}
          >
            <div class="sheet__header">
              <h2 id="order-sheet-title" class="heading heading--large" tabindex="-1">
                ${msg(str`Order ${summary.number}`)}
              </h2>
              <button
                class="button button--quiet button--small"
                part="order-sheet-close"
                type="button"
                @click=${this.close}
              >
                ${cross}${msg('Close')}
              </button>
            </div>
            ${this.renderBody()}
            <div class="sheet__actions" part="order-sheet-actions">
              <button
                class="button button--primary"
                part="reorder-button"
                type="button"
                ?disabled=${!ready || !!this.reordering}
                @click=${this.reorder}
              >
                ${msg('Reorder')}
              </button>
              <button class="button" part="copy-number-button" type="button" @click=${this.copy}>
                ${msg('Copy order number')}
              </button>
            </div>
            ${
              this.reorderError
                ? html`<p class="notice notice--error" part="reorder-error" role="alert">
                    ${msg(str`The order could not be reordered: ${this.reorderError}`)}
                  </p>`
                : nothing
            }
            <p class="visually-hidden" role="status">${this.reordering ? msg('Checking the items…') : ''}</p>
            <p class="sheet__muted" role="status" part="order-sheet-status-message">${this.status}</p>
          </dialog>`
        : nothing
    }${this.confirm.render()}`;
  }
}

/**
 * The builder's sheet, with its styles adopted (the notices' look, "Discard changes?" and the
 * sheet's own): what the builder calls once, the first time an order of its list opens.
 */
export function attachOrderSheet(host: ReactiveElement & OrderSheetSource, newOrder: OrderSheetNewOrder): OrderSheet {
  adoptStyles(host, onDemandStyles, confirmDiscardStyles, styles);
  return new OrderSheet(host, host, newOrder);
}
