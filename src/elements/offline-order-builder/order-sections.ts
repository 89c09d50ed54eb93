/**
 * The sections of the new order as plain render functions over what the builder passes: the
 * customer, the Order Details summary, the payments, and the footer with "Submit Order".
 */
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { CustomerChangeEvent } from '../../events/customer-change.js';
import type { OrderDetailsChangeEvent } from '../../events/order-details-change.js';
import type { PaymentsChangeEvent } from '../../events/payments-change.js';
import type { Customer, Money, OrderDraft } from '../../model/types.js';
import type { PricingStatus } from '../shared/pricing-base.js';

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
  /** The adapter's reasons for refusing the order that concern the details. */
  refused: unknown;
  edit: () => void;
  changed: (event: OrderDetailsChangeEvent) => void;
}

export interface PaymentsSectionInput {
  hidden: boolean;
  draft: OrderDraft;
  total: Money | null;
  totalStatus: PricingStatus;
  refused: unknown;
  changed: (event: PaymentsChangeEvent) => void;
}

export interface FooterInput {
  /** The "Keyboard shortcuts" button and its list. */
  help: unknown;
  /** Why "Submit Order" is not available yet, or ''. */
  hint: string;
  submit: () => void;
}

export function renderCustomerSection(
  customer: Customer | null,
  refused: unknown,
  changed: (event: CustomerChangeEvent) => void,
): TemplateResult {
  return html`<section class="section" part="section section-customer" aria-labelledby="customer-heading">
    <h3 id="customer-heading" class="heading">${msg('Customer')}</h3>
    <customer-search .customer=${customer} @customer-change=${changed}></customer-search>
    ${refused}
  </section>`;
}

/** A tab panel of the new order: "Order Details" (`details`) or "Payments" (`payments`). */
function renderPanel(tab: 'details' | 'payments', part: string, hidden: boolean, content: unknown): TemplateResult {
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

function renderSummary({ items, shippingMethod, coupons, total }: DetailsSummary): TemplateResult {
  const item = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl class="details-summary" part="details-summary">
    ${item(msg('Items'), items)} ${item(msg('Shipping Method'), shippingMethod)} ${item(msg('Coupons'), coupons)}
    ${item(msg('Total'), total)}
  </dl>`;
}

export function renderDetailsSection(input: DetailsSectionInput): TemplateResult {
  const { draft } = input;
  return renderPanel(
    'details',
    'section-order-details',
    input.hidden,
    html`<div class="section__header">
        <h3 id="order-details-heading" class="heading visually-hidden">${msg('Order Details')}</h3>
        ${
          draft.lines.length
            ? renderSummary(input.summary())
            : html`<p class="section__placeholder grow">
                ${msg('Products with their options and fulfillment, the shipping method, coupons and the totals.')}
              </p>`
        }
        <button class="button" part="edit-details-button" type="button" ?disabled=${!draft.siteId} @click=${input.edit}>
          ${msg('Edit Details')}
        </button>
      </div>
      ${input.status} ${input.refused}
      <order-details-dialog @order-details-change=${input.changed}></order-details-dialog>`,
  );
}

export function renderPaymentsSection(input: PaymentsSectionInput): TemplateResult {
  const { draft } = input;
  return renderPanel(
    'payments',
    'section-payments',
    input.hidden,
    html`<h3 id="payments-heading" class="heading visually-hidden">${msg('Payments')}</h3>
      <payment-panel
        part="payment-panel"
        exportparts="payment-list, payment, add-button: add-payment-button, form: payment-form"
        .payments=${draft.payments}
        .customer=${draft.customer}
        .total=${input.total}
        .totalStatus=${input.totalStatus}
        @payments-change=${input.changed}
      ></payment-panel>
      ${input.refused}`,
  );
}

export function renderFooter({ help, hint, submit }: FooterInput): TemplateResult {
  return html`<div class="footer" part="footer">
    ${help}
    <p id="submit-hint" class="text-muted text-small grow" role="status" tabindex="-1">${hint}</p>
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
  </div>`;
}
