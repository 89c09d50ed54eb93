/**
 * Finding and driving <payment-panel> the way an agent does: fields by their visible label,
 * buttons by their text.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { TotalStatus } from '../../../src/elements/payment-panel/payment-amount.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { money } from '../../../src/model/money.js';
import type { CardSummary, Customer, Payment, Site } from '../../../src/model/types.js';
import { SITES } from '../../support/fixtures.js';
import '../../../src/define.js';

export function $<E extends Element = HTMLElement>(root: Element, selector: string): E | null {
  return (root.shadowRoot ?? root).querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return [...(root.shadowRoot ?? root).querySelectorAll<E>(selector)];
}

/** Visible text with runs of white space collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

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
      .tokenizeHosted=${options.tokenizeHosted}
      ?hosted-fields=${options.hosted ?? false}
    ></payment-panel>`,
  );
}

/** The control whose visible label is `label` (so the label is also its accessible name). */
export function control<E extends HTMLElement = HTMLInputElement>(el: PaymentPanel, label: string): E {
  const found = $$<HTMLLabelElement>(el, 'label[for]').find((l) => text(l) === label);
  const target = found && $<E>(el, `#${found.htmlFor}`);
  if (!target) throw new Error(`No field labelled "${label}"`);
  return target;
}

export function hasField(el: PaymentPanel, label: string): boolean {
  return $$<HTMLLabelElement>(el, 'label[for]').some((l) => text(l) === label);
}

/** Types into a field as a paste would: the value, then input and change events. */
export function fill(el: PaymentPanel, label: string, value: string): void {
  const input = control(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function button(el: PaymentPanel, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** "Add Payment", then waits for the form and its payment types. */
export async function openForm(el: PaymentPanel): Promise<void> {
  button(el, 'Add Payment').click();
  await waitUntil(() => $(el, 'select[name="type"]'), 'the payment form did not show', { timeout: 5000 });
  await el.updateComplete;
}

export async function chooseType(el: PaymentPanel, label: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, 'Payment type');
  const option = [...select.options].find((o) => o.text === label);
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

export function liveRegion(el: PaymentPanel): string {
  return text($(el, '[role="status"][aria-live="polite"]'));
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function paymentRows(el: PaymentPanel): string[] {
  return $$(el, '[part="payment"]').map(
    (row) =>
      `${text(row.querySelector('[part="payment-label"]'))} ${text(row.querySelector('[part="payment-amount"]'))}`,
  );
}
