/**
 * The totals of the Order Details dialog: the adapter's pricing of the draft being edited, with a
 * "Recalculating…" state, the breakdown of shipping, handling, tax and duty, the tax exemption with
 * its certificate number, what changed the total and why, or the error with "Retry".
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { BreakdownItem, Money, Pricing, TaxExemption } from '../../model/types.js';
import { isolate } from '../shared/bidi.js';
import { errorText } from '../shared/form.js';
import type { BasePricingController } from '../shared/pricing-base.js';
import { totalChangeLine } from '../shared/pricing-text.js';

/** Formats an amount, negated for a deduction. */
type FormatMoney = (amount: Money, negative?: boolean) => string;

/** The label and the amount of a row. */
function renderPair(label: string, amount: Money, money: FormatMoney, negative = false): TemplateResult {
  return html`<span>${label}</span> <span>${money(amount, negative)}</span>`;
}

/** A row of the totals; with its breakdown (shipping, handling, tax, duty) when the adapter gives one. */
function renderRow(
  label: string,
  amount: Money,
  money: FormatMoney,
  breakdown: BreakdownItem[] = [],
  negative = false,
) {
  if (!breakdown.length) {
    return html`<div class="total-row" part="total-row">${renderPair(label, amount, money, negative)}</div>`;
  }
  return html`<details>
    <summary class="total-row" part="total-row">${renderPair(label, amount, money)}</summary>
    <ul>
      ${breakdown.map((item) => html`<li class="total-row">${renderPair(item.label, item.amount, money)}</li>`)}
    </ul>
  </details>`;
}

/** A deduction (a coupon, an adjustment), as a negative amount; none when there is nothing to deduct. */
function renderDeduction(label: string, amount: Money, money: FormatMoney): unknown {
  return amount.amount ? renderRow(label, amount, money, [], true) : nothing;
}

function renderRows(pricing: Pricing, money: FormatMoney, exemption?: TaxExemption | null): TemplateResult {
  return html`${renderRow(msg('Subtotal'), pricing.subtotal, money)}
    ${pricing.discounts.map((discount) =>
      renderDeduction(
        discount.code ? msg(str`Coupon ${isolate(discount.code)}`) : discount.label,
        discount.amount,
        money,
      ),
    )}
    ${renderDeduction(msg('Order adjustment'), pricing.orderAdjustment, money)}
    ${renderRow(msg('Shipping'), pricing.shipping, money, pricing.shippingBreakdown)}
    ${renderDeduction(msg('Shipping adjustment'), pricing.shippingAdjustment, money)}
    ${renderRow(msg('Handling'), pricing.handling, money, pricing.handlingBreakdown)}
    ${renderRow(msg('Tax'), pricing.tax, money, pricing.taxBreakdown)}
    ${
      exemption
        ? html`<div class="total-row" part="total-row">
            <span>${msg('Tax exempt')}</span>
            <span>${msg(str`Certificate ${isolate(exemption.certificateNumber)}`)}</span>
          </div>`
        : nothing
    }
    ${renderRow(msg('Duty'), pricing.duty, money, pricing.dutyBreakdown)}
    <div class="total-row total" part="total-row">${renderPair(msg('Total'), pricing.total, money)}</div>`;
}

/** The totals section of `controller`'s pricing; `money` formats its amounts; the order's tax exemption, if any, under the tax. */
export function renderTotals(
  controller: BasePricingController,
  money: FormatMoney,
  locale: string,
  exemption?: TaxExemption | null,
): TemplateResult {
  const { pricing, status, change } = controller;
  // What failed first: a backend's words may not say it ("The requested resource does not exist.").
  const error = html`<p class="error" role="alert">
    ${msg('The total could not be calculated.')} ${errorText(controller.error)}
    <button class="button button--small" type="button" @click=${() => controller.refresh()}>${msg('Retry')}</button>
  </p>`;
  const changeLine = status === 'ready' && change ? totalChangeLine(change, locale) : '';
  return html`<section class="totals" part="totals" aria-labelledby="totals-title" aria-busy=${status === 'pending'}>
    <h3 id="totals-title" class="heading">${msg('Totals')}</h3>
    ${status === 'error' ? error : pricing && renderRows(pricing, money, exemption)}
    <p class="text-muted" role="status"> ${status === 'pending' ? msg('Recalculating…') : changeLine} </p>
  </section>`;
}
