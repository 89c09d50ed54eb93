/**
 * The payments of `<payment-panel>` as a list: each named as the announcements name it ("Visa ••••
 * 1111"), with its amount and "Remove".
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatMoney } from '../../model/money.js';
import type { Payment, PaymentType } from '../../model/types.js';
import { paymentText } from './payment-fields.js';

/** The list of `payments`, nothing when there is none; `onRemove` is told which one "Remove" was pressed for. */
export function renderPaymentList(
  payments: readonly Payment[],
  types: readonly PaymentType[],
  locale: string,
  onRemove: (payment: Payment) => void,
): TemplateResult | typeof nothing {
  if (!payments.length) return nothing;
  const item = (payment: Payment, index: number) => {
    const label = paymentText(payment, types);
    return html`<li part="payment" tabindex="-1" data-payment=${payment.id} aria-labelledby="pl-${index} pa-${index}"
      ><span id="pl-${index}" part="payment-label">${label}</span
      ><span id="pa-${index}" part="payment-amount">${formatMoney(payment.amount, locale)}</span
      ><button
        class="button button--quiet button--small"
        part="remove-button"
        type="button"
        @click=${() => onRemove(payment)}
        >${msg('Remove')}<span class="visually-hidden"> ${label}</span></button
      ></li
    >`;
  };
  return html`<ul part="payment-list" aria-label=${msg('Payments')}
    >${payments.map(item)}</ul
  >`;
}
