/**
 * The new order as plain render functions over what its controller passes: the heading, the
 * customer, the Order Details summary, the payments, and the footer with "Submit Order".
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CustomerChangeEvent } from '../../events/customer-change.js';
import type { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import type { PaymentsChangeEvent } from '../../events/payments-change.js';
import { anyLineShips, shipToAddress } from '../../model/draft-core.js';
import type { Customer, Money, OrderDraft } from '../../model/types.js';
import type { PricingStatus } from '../shared/pricing-base.js';
import { addressText } from '../shared/address-text.js';
import { isolate } from '../shared/bidi.js';
import type { Area } from './submission.js';

/** What the summary of the Order Details lists, in words. */
export interface DetailsSummary {
  items: string;
  shippingMethod: string;
  coupons: string;
  total: string;
}

export interface DetailsSectionInput {
  hidden: boolean;
  draft: OrderDraft;
  /** The summary's figures (asked for only when the draft has items). */
  summary: () => DetailsSummary;
  /** The live region under the summary (how the total moved, the shipping method, the coupons). */
  status: unknown;
  edit: () => void;
  /** The pointer or focus reached "Edit Details": the dialog's code loads ahead of the press. */
  preload: () => void;
  changed: (event: OrderDetailsChangeEvent) => void;
  /** The builder's `max-adjustment-percent`, passed to `<order-details-dialog>`. */
  maxAdjustmentPercent: number | null;
}

export interface PaymentsSectionInput {
  hidden: boolean;
  draft: OrderDraft;
  total: Money | null;
  totalStatus: PricingStatus;
  changed: (event: PaymentsChangeEvent) => void;
  /** "Send payment link" and its form (see `payment-link.ts`), or nothing when the adapter cannot send one. */
  paymentLink: unknown;
}

/**
 * "Send payment link" and its form (`form`, once its code loaded), after the payment panel: no Tab
 * stop before the panel's controls. `expanded` while the form is open.
 */
export function renderPaymentLink(expanded: boolean, toggle: () => void, form: unknown): TemplateResult {
  return html`<div class="payment-link" part="payment-link">
    <button
      class="button"
      part="payment-link-button"
      type="button"
      aria-expanded=${expanded ? 'true' : 'false'}
      @click=${toggle}
    >
      ${msg('Send payment link')}
    </button>
    ${form}
  </div>`;
}

export interface FooterInput {
  /** The "Keyboard shortcuts" button and its list. */
  help: unknown;
  /** Why "Submit Order" is not available yet, or ''. */
  hint: string;
  submit: () => void;
  /** "Save draft" and its status, after "Submit Order" (see `saved-drafts-controller.ts`). */
  saveDraft?: unknown;
}

export interface CustomerSectionInput {
  customer: Customer | null;
  changed: (event: CustomerChangeEvent) => void;
  /** The chosen customer's last orders and last ordered items, after the customer's own controls. */
  history?: unknown;
}

/** The new order before it is submitted. */
export interface NewOrderInput {
  /** The notices above the sections. */
  notices: unknown;
  customer: CustomerSectionInput;
  /** The tab list of "Order Details" and "Payments". */
  tabs: unknown;
  details: DetailsSectionInput;
  payments: PaymentsSectionInput;
  /** The adapter's reasons for refusing the order that concern an area, shown there. */
  refused: (area: Area) => unknown;
  footer: FooterInput;
  /** The confirmation dialog, once its code has loaded. */
  confirmation: unknown;
}

/** The new order's section around its content: the sections, or once submitted the success view (its heading is `new-order-heading`). */
export function renderNewOrderSection(content: unknown): TemplateResult {
  return html`<section class="new-order" part="new-order" aria-labelledby="new-order-heading">${content}</section>`;
}

export function renderNewOrder(input: NewOrderInput): TemplateResult {
  const { refused } = input;
  return renderNewOrderSection(
    html`<h2 id="new-order-heading" class="heading heading--large" part="new-order-heading" tabindex="-1"
        >${msg('New Order')}</h2
      >
      ${input.notices} ${renderCustomerSection(input.customer, refused('customer'))} ${input.tabs}
      ${renderDetailsSection(input.details, refused('details'))}
      ${renderPaymentsSection(input.payments, refused('payments'))} ${renderFooter(input.footer)} ${input.confirmation}`,
  );
}

function renderCustomerSection({ customer, changed, history }: CustomerSectionInput, refused: unknown): TemplateResult {
  return html`<section class="section" part="section section-customer" aria-labelledby="customer-heading">
    <h3 id="customer-heading" class="heading">${msg('Customer')}</h3>
    <customer-search .customer=${customer} @customer-change=${changed}></customer-search>
    ${history} ${refused}
  </section>`;
}

/** A tab panel of the new order: "Order Details" or "Payments". */
interface Panel {
  tab: 'details' | 'payments';
  part: string;
  hidden: boolean;
}

function renderPanel({ tab, part, hidden }: Panel, content: unknown): TemplateResult {
  return html`<section
    id="panel-${tab}"
    class="section panel"
    part="section ${part}"
    role="tabpanel"
    aria-labelledby="tab-${tab}"
    ?hidden=${hidden}
  >
    ${content}
  </section>`;
}

function renderSummary({ items, shippingMethod, coupons, total }: DetailsSummary, draft: OrderDraft): TemplateResult {
  const item = (label: string, value: string, wide = false) =>
    html`<div class=${wide ? 'details-summary__wide' : ''}><dt>${label}</dt><dd>${value}</dd></div>`;
  const exemption = draft.taxExemption;
  // Where the items that ship go: the order's ship-to address, else the customer's default shipping one.
  const shipTo = anyLineShips(draft) && shipToAddress(draft);
  return html`<dl class="details-summary" part="details-summary">
    ${item(msg('Items'), items)} ${item(msg('Shipping Method'), shippingMethod)} ${item(msg('Coupons'), coupons)}
    ${exemption ? item(msg('Tax exempt'), msg(str`Certificate ${isolate(exemption.certificateNumber)}`)) : nothing}
    ${item(msg('Total'), total)} ${shipTo ? item(msg('Ship to'), addressText(shipTo), true) : nothing}
  </dl>`;
}

function renderDetailsSection(input: DetailsSectionInput, refused: unknown): TemplateResult {
  const { draft, hidden } = input;
  const summary = draft.lines.length
    ? renderSummary(input.summary(), draft)
    : html`<p class="section__placeholder grow">
        ${msg('Products with their options and fulfillment, the shipping method, coupons and the totals.')}
      </p>`;
  const panel: Panel = { tab: 'details', part: 'section-order-details', hidden };
  return renderPanel(
    panel,
    html`<div class="section__header">
        <h3 id="order-details-heading" class="heading visually-hidden">${msg('Order Details')}</h3>
        ${summary}
        <button
          class="button"
          part="edit-details-button"
          type="button"
          ?disabled=${!draft.siteId}
          @pointerenter=${input.preload}
          @focus=${input.preload}
          @click=${input.edit}
        >
          ${msg('Edit Details')}
        </button>
      </div>
      ${input.status} ${refused}
      <order-details-dialog
        .maxAdjustmentPercent=${input.maxAdjustmentPercent}
        @order-details-change=${input.changed}
      ></order-details-dialog>`,
  );
}

function renderPaymentsSection(
  { hidden, draft, total, totalStatus, changed, paymentLink }: PaymentsSectionInput,
  refused: unknown,
): TemplateResult {
  const panel: Panel = { tab: 'payments', part: 'section-payments', hidden };
  return renderPanel(
    panel,
    html`<h3 id="payments-heading" class="heading visually-hidden">${msg('Payments')}</h3>
      <payment-panel
        part="payment-panel"
        exportparts="payment-list, payment, add-button: add-payment-button, form: payment-form"
        .payments=${draft.payments}
        .customer=${draft.customer}
        .shippingAddress=${(anyLineShips(draft) && draft.shipTo) || null}
        .total=${total}
        .totalStatus=${totalStatus}
        @payments-change=${changed}
      ></payment-panel>
      ${refused} ${paymentLink}`,
  );
}

function renderFooter({ help, hint, submit, saveDraft }: FooterInput): TemplateResult {
  return html`<div class="footer" part="footer">
    ${help}
    <p id="submit-hint" class="text-muted text-small grow" role="status" tabindex="-1">${hint}</p>
    <div class="footer__actions">
      <button
        class="button button--primary"
        part="submit-button"
        type="button"
        ?disabled=${!!hint}
        aria-describedby="submit-hint"
        @click=${submit}
      >
        ${msg('Submit Order')}
      </button>
      ${saveDraft}
    </div>
  </div>`;
}
