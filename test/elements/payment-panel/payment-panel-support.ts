/**
 * What the `<payment-panel>` test files share (payment-panel-*.test.ts): a check payment, waiting for
 * the payments, recording payments-change, and the form's error for an answer that cannot be used.
 * Driving the panel itself is test/support/harness/payment-panel.ts.
 */
import { waitUntil } from '@open-wc/testing';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import type { Payment } from '../../../src/model/types.js';
import { usd } from '../../support/harness/payment-panel.js';
import { record as recordEvents, WAIT } from '../../support/wait.js';

/** Records the payments-change events an element fires from now on. */
export function record(el: PaymentPanel): PaymentsChangeEvent[] {
  return recordEvents<PaymentsChangeEvent>(el, 'payments-change');
}

/** The form's error for a tokenizer's answer that cannot be trusted. */
export const UNUSABLE =
  'The card could not be added: the payment service gave an answer that cannot be used. Try again, or take another payment type.';

/** A check payment of `amount` cents, numbered `reference`. */
export const check = (amount: number, reference = '1024'): Payment => ({
  id: `pay-check-${reference}`,
  typeId: 'check',
  kind: 'check',
  amount: usd(amount),
  reference,
});

/** Waits until the panel has `count` payments, and has rendered them. */
export async function untilPayments(el: PaymentPanel, count: number): Promise<void> {
  await waitUntil(() => el.payments.length === count, `expected ${count} payments`, WAIT);
  await el.updateComplete;
}
