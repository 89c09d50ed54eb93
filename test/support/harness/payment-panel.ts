/**
 * Driving `<payment-panel>` the way an agent does: fields by their visible label, buttons by their
 * text, the payments it lists.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { TotalStatus } from '../../../src/elements/payment-panel/payment-amount.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { money } from '../../../src/model/money.js';
import type { AddressInput, CardSummary, Customer, Payment, Site } from '../../../src/model/types.js';
import { $, $$, control as labelled, getButton, getControl, setValue, text } from '../dom.js';
import { SITES } from '../fixtures.js';
import { WAIT } from '../wait.js';
import '../../../src/define.js';

export const usd = (amount: number) => money(amount, 'USD');

export interface PanelOptions {
  adapter?: OrderAdapter;
  site?: Site;
  /** In cents; null for no total. Default 100.00. */
  total?: number | null;
  /** Where the total stands (the builder's pricing status). Default "ready". */
  totalStatus?: TotalStatus;
  payments?: Payment[];
  customer?: Customer | null;
  /** Where the order ships, when not to the customer's default shipping address. */
  shippingAddress?: AddressInput | null;
  hosted?: boolean;
  tokenizeHosted?: () => Promise<CardSummary>;
}

export async function renderPanel(options: PanelOptions = {}): Promise<PaymentPanel> {
  const site = options.site ?? SITES.us;
  const total = options.total === undefined ? 10000 : options.total;
  return fixture<PaymentPanel>(
    html`<payment-panel
      .adapter=${options.adapter}
      .site=${site}
      .total=${total === null ? null : money(total, site.currency)}
      .totalStatus=${options.totalStatus ?? 'ready'}
      .payments=${options.payments ?? []}
      .customer=${options.customer ?? null}
      .shippingAddress=${options.shippingAddress ?? null}
      .tokenizeHosted=${options.tokenizeHosted}
      ?hosted-fields=${options.hosted ?? false}
    ></payment-panel>`,
  );
}

/** The control whose visible label is `label` (so the label is also its accessible name). */
export function control<E extends HTMLElement = HTMLInputElement>(el: PaymentPanel, label: string): E {
  return getControl<E>(el, label);
}

export function hasField(el: PaymentPanel, label: string): boolean {
  return labelled(el, label) !== null;
}

/** Types into a field as a paste would: the value, then input and change events. */
export function fill(el: PaymentPanel, label: string, value: string): void {
  setValue(control(el, label), value, { change: true });
}

/** "Add Payment", then waits for the form and its payment types. */
export async function openForm(el: PaymentPanel): Promise<void> {
  getButton(el, 'Add Payment').click();
  await waitUntil(() => $(el, 'select[name="type"]'), 'the payment form did not show', WAIT);
  await el.updateComplete;
}

export async function chooseType(el: PaymentPanel, label: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, 'Payment type');
  const option = [...select.options].find((candidate) => candidate.text === label);
  if (!option) throw new Error(`No payment type "${label}"`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The error shown at a field (through its aria-describedby), or '' when there is none. */
export function errorAt(el: PaymentPanel, label: string): string {
  const input = control(el, label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => $(el, `#${id}`)).find((node) => node?.classList.contains('field__error'));
  return input.getAttribute('aria-invalid') === 'true' ? text(error) : '';
}

export async function save(el: PaymentPanel): Promise<void> {
  $<HTMLButtonElement>(el, '[part="save-button"]')!.click();
  await el.updateComplete;
}

/** Fills the card form with a card that tokenizes, unless told otherwise. */
export function fillCard(
  el: PaymentPanel,
  card: { name?: string; number?: string; expiry?: string; code?: string } = {},
): void {
  fill(el, 'Name on card', card.name ?? 'Ada Lovelace');
  fill(el, 'Card number', card.number ?? '4111 1111 1111 1111');
  fill(el, 'Expiry (MM/YY)', card.expiry ?? '12/30');
  fill(el, 'Security code', card.code ?? '123');
}

/** A billing address for a panel without a customer. */
export function fillBilling(el: PaymentPanel): void {
  fill(el, 'Name', 'Ada Lovelace');
  fill(el, 'Street address', '1 Main St');
  fill(el, 'City', 'Austin');
  fill(el, 'State or province', 'TX');
  fill(el, 'ZIP or postal code', '78701');
  fill(el, 'Country', 'US');
}

/** The payments listed, each as "label amount". */
export function paymentRows(el: PaymentPanel): string[] {
  return $$(el, '[part="payment"]').map(
    (row) =>
      `${text(row.querySelector('[part="payment-label"]'))} ${text(row.querySelector('[part="payment-amount"]'))}`,
  );
}
