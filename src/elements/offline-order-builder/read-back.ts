/**
 * The confirmation's read-back: what the agent reads to the shopper before submitting. Short
 * sentences in reading order (shopper, items, shipping: the method, and the address when the order
 * ships elsewhere than the customer's default shipping address; notes, totals with a tax exemption and
 * its certificate number, payments, balance due),
 * so that a screen reader speaks it as naturally as the agent would.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { anyLineShips, CARD_BRAND_NAMES, customerName, orderCoupons, paymentLabel } from '../../model/draft.js';
import { clampToZero, formatMoney, negate, subtract, sum } from '../../model/money.js';
import { safeLineTotal } from '../../model/totals.js';
import type { Customer, Fulfillment, Money, OrderDraft, Payment, PaymentType, Pricing } from '../../model/types.js';
import { addressText } from '../shared/address-text.js';
import { isolate } from '../shared/bidi.js';
import { recipientText } from '../shared/recipient-text.js';
import { renderCustomBadge } from '../shared/custom-badge.js';

/** "Direct Ship", "Pickup at Downtown Store", "Delivery from Uptown Store", "Email to Ada Lovelace (ada@example.com)". */
export function fulfillmentText(f: Fulfillment | null): string {
  const place = isolate(f?.locationName ?? f?.locationId ?? '');
  if (f?.kind === 'digital') return f.recipient ? recipientText(f.recipient) : msg('Email delivery');
  return !f
    ? msg('No fulfillment')
    : f.kind === 'ship'
      ? msg('Direct Ship')
      : f.kind === 'pickup'
        ? msg(str`Pickup at ${place}`)
        : msg(str`Delivery from ${place}`);
}

/**
 * "Visa •••• 1111"; other tenders by their type's label and reference, in the site's word
 * ("Cheque 889" where the adapter calls checks "Cheque"), else by their kind ("Check 1024").
 */
export function paymentText(p: Payment, types: readonly PaymentType[] = []): string {
  if (p.card) return `${CARD_BRAND_NAMES[p.card.brand] ?? msg('Card')} •••• ${p.card.last4}`;
  const type = types.find((t) => t.id === p.typeId);
  return type ? isolate(`${type.label} ${p.reference ?? ''}`.trim()) : isolate(paymentLabel(p));
}

/**
 * The currency in words, as amounts of it are called in `locale`: "Canadian dollars", "US dollars";
 * the code when `Intl` does not know it.
 */
export function currencyName(currency: string, locale: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(
      2,
    );
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** The first of the customer's phones: home, work, mobile. */
function phoneOf(c: Customer): string {
  return c.phones.home || c.phones.work || c.phones.mobile || '';
}

/** "Ada Lovelace, ada@example.com, (512) 555-0100": the phone number never broken across lines. */
function renderCustomer(c: Customer): TemplateResult {
  const phone = phoneOf(c);
  const text = [customerName(c), c.email].filter(Boolean).map(isolate).join(', ');
  return html`${text}${phone ? html`, <span class="nowrap">${isolate(phone)}</span>` : nothing}`;
}

/** The balance due: the total less the payments in its currency, never below zero. */
export function balanceDue(draft: OrderDraft, total: Money): Money {
  const paid = sum(
    draft.payments.map((p) => p.amount).filter((m) => m.currency === total.currency),
    total.currency,
  );
  return clampToZero(subtract(total, paid));
}

/**
 * The read-back of `draft` with the adapter's answer for it as it is (null while it is being
 * recalculated: the figures, and the lines' prices, then wait for it; a line waiting for its new
 * price list reads "Recalculating…" too). Amounts are in `locale` with the currency said in
 * words ("Amounts in Canadian dollars (CAD)."); only the coupons the answer accepted are read as
 * the order's; payments are named by their type's label (`paymentTypes`).
 */
export function renderReadBack(
  draft: OrderDraft,
  pricing: Pricing | null,
  locale: string,
  shippingMethod: string,
  paymentTypes: readonly PaymentType[] = [],
): TemplateResult {
  const money = (m: Money) => formatMoney(m, locale);
  const c = draft.customer;
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  // Rows that are zero are left out, except the subtotal and the tax; discounts read as negative.
  const figure = (label: string, m: Money, always = false, less = false) =>
    m.amount || always ? row(label, money(less ? negate(m) : m)) : nothing;
  const p = pricing;
  const currency = p?.currency ?? draft.currency;
  const coupons = orderCoupons(draft, p);
  const ex = draft.taxExemption;
  return html`<dl class="read-back" part="read-back">
    ${row(msg('Customer'), c ? renderCustomer(c) : msg('None'))}
    ${row(
      msg('Items'),
      html`<ul>
        ${draft.lines.map((l) => {
          // Never a price of the list before (a line waiting for its new price list) nor one the
          // answer for the draft as it is has not given: "Recalculating…" until it has.
          const priced =
            !p || l.needsRepricing ? undefined : (p.lines.find((x) => x.lineId === l.id)?.total ?? safeLineTotal(l));
          const options = l.options.map((o) => `${isolate(o.name)} ${isolate(o.value)}`).join(', ');
          return html`<li>
            ${l.quantity} ×
            <bdi>${l.productName}</bdi
            >${l.custom ? html` ${renderCustomBadge(l)}` : ''}${options ? `, ${options}` : ''}${msg(':', {
              id: 'colon',
              desc: 'After the item, before how it is fulfilled (French: a no-break space before the colon)',
            })}
            ${fulfillmentText(l.fulfillment)},
            ${priced ? `${money(priced)}.` : priced === null ? msg('Not available') : msg('Recalculating…')}
            ${l.gift && l.giftMessage ? msg(str`Gift message: “${isolate(l.giftMessage)}”.`) : ''}
          </li>`;
        })}
      </ul>`,
    )}
    ${draft.shippingMethodId ? row(msg('Shipping Method'), shippingMethod) : nothing}
    ${draft.shipTo && anyLineShips(draft) ? row(msg('Ship to'), html`<span part="read-back-ship-to">${addressText(draft.shipTo)}</span>`) : nothing}
    ${coupons.length ? row(msg('Coupons'), coupons.map(isolate).join(', ')) : nothing}
    ${draft.customerNotes ? row(msg('Customer notes'), draft.customerNotes) : nothing}
    ${draft.giftMessage ? row(msg('Order gift message'), draft.giftMessage) : nothing}
    ${
      currency
        ? row(
            msg('Currency'),
            html`<span part="read-back-currency"
              >${msg(str`Amounts in ${currencyName(currency, locale)} (${currency}).`)}</span
            >`,
          )
        : nothing
    }
    ${
      p
        ? html`${figure(msg('Subtotal'), p.subtotal, true)}
            ${p.discounts.map((d) => figure(d.code ? msg(str`Coupon ${isolate(d.code)}`) : isolate(d.label), d.amount, false, true))}
            ${figure(msg('Order adjustment'), p.orderAdjustment, false, true)} ${figure(msg('Shipping'), p.shipping)}
            ${figure(msg('Shipping adjustment'), p.shippingAdjustment, false, true)}
            ${figure(msg('Handling'), p.handling)} ${figure(msg('Tax'), p.tax, true)}
            ${ex ? row(msg('Tax exempt'), msg(str`Certificate ${isolate(ex.certificateNumber)}`)) : nothing}
            ${figure(msg('Duty'), p.duty)} <dt class="strong">${msg('Total')}</dt
            ><dd class="strong" part="read-back-total">${money(p.total)}</dd>
            ${row(
              msg('Payments'),
              draft.payments.length
                ? draft.payments.map((x, i) => `${i ? '; ' : ''}${paymentText(x, paymentTypes)} ${money(x.amount)}`)
                : msg('None'),
            )}
            <dt class="strong">${msg('Balance due')}</dt
            ><dd class="strong" part="read-back-balance">${money(balanceDue(draft, p.total))}</dd>`
        : row(msg('Total'), msg('Recalculating…'))
    }
  </dl>`;
}
