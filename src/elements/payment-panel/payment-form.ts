/**
 * What `<payment-panel>`'s form says when the agent saves it: the payment it describes and the
 * messages of what is wrong in it, checked before anything is sent. The card inputs have no name:
 * the panel reads them at that moment and hands them in (`card`), and nothing here keeps them.
 */
import { msg, str } from '../shared/localize.js';
import { MAX_ORDER_AMOUNT } from '../../model/amount-limits.js';
import { validateCard } from '../../model/card.js';
import { newId } from '../../model/ids.js';
import { formatMoney, parseMoney } from '../../model/money.js';
import type { AddressInput, Balance, CardBrand, Money, Payment, PaymentType, Problem } from '../../model/types.js';
import { validateAddress, validatePayments } from '../../model/validation.js';
import { mostFor } from './payment-amount.js';
import { ADDRESS_FIELDS, addProblems, type FieldErrors } from './payment-fields.js';

/** What the form is checked against, besides its controls. */
export interface FormContext {
  /** The chosen payment type. */
  type: PaymentType;
  /** The order total (an unparsable amount stands in as it, to check the rest). */
  total: Money;
  /** The payments added before. */
  payments: readonly Payment[];
  /** The balance due once the total is known; null while it is not (the amount is then not checked against it). */
  balanceDue: Money | null;
  /** The balance looked up for a store credit or gift card code. */
  balance: Balance | null;
  /** The shipping address, when the agent chose "Same as shipping address". */
  shippingAddress: AddressInput | null;
  /** What is typed in the panel's own card inputs; null with hosted fields. */
  card: { number: string; expiry: string; securityCode: string } | null;
  /** The brand of the number typed, for the security code's message. */
  brand: CardBrand;
  locale: string;
}

/** A named control's value, trimmed ("" when absent). */
export type FormValue = (name: string) => string;

/** What the form says: the payment it describes, what is wrong in it, and what a card's tokenizer is handed. */
export interface FormEntry {
  payment: Payment;
  errors: FieldErrors;
  nameOnCard: string;
  billingAddress: AddressInput;
}

/** The purchase order type's fields that were filled in, by name. */
export function purchaseOrderFields(type: PaymentType, get: FormValue): Record<string, string> {
  const filled = (type.fields ?? []).map((field) => [field.name, get(`fields.${field.name}`)] as const);
  return Object.fromEntries(filled.filter(([, value]) => value));
}

/** The billing address as typed in the form's address fields (country upper-cased). */
export function billingAddressOf(get: FormValue): AddressInput {
  const typed = Object.fromEntries(ADDRESS_FIELDS.map((key) => [key, get(`billing.${key}`)]));
  return {
    ...(typed as unknown as AddressInput),
    country: get('billing.country').toUpperCase(),
    isDefaultBilling: false,
    isDefaultShipping: false,
  };
}

/** The form's payment and what is wrong in it. */
export function readPaymentForm(form: HTMLFormElement, context: FormContext): FormEntry {
  const { type, total, balance, shippingAddress } = context;
  const data = new FormData(form);
  const get = (key: string) => String(data.get(key) ?? '').trim();
  const errors: FieldErrors = {};
  const add = (problems: Problem[]) => addProblems(errors, problems, context.brand);
  for (const control of form.querySelectorAll<HTMLInputElement>('[required]')) {
    if (!control.value.trim()) add([{ path: control.id.slice(2), code: 'required', message: '' }]);
  }
  const { kind } = type;
  const reference = get('reference');
  const termsId = get('termsId');
  const parsed = parseMoney(get('amount'), total.currency, context.locale, { max: MAX_ORDER_AMOUNT });
  const amount = parsed.ok ? parsed.money : total;
  const payment: Payment = { id: newId('payment'), typeId: type.id, kind, amount };
  // Never more than the balance due (once the total is known), nor than a store credit or gift card holds.
  const most = mostFor(context.balanceDue, balance);
  const cap = formatMoney(most ?? { amount: MAX_ORDER_AMOUNT, currency: total.currency }, context.locale);
  if (!parsed.ok && parsed.code === 'too-large') {
    errors['f-amount'] = msg(str`Enter at most ${cap}.`);
  } else if (!parsed.ok || amount.amount <= 0) {
    errors['f-amount'] ??=
      parsed.ok || parsed.code === 'negative'
        ? msg('Enter an amount greater than zero.')
        : msg('Enter an amount such as 12.50.');
  } else if (
    (context.balanceDue && validatePayments({ payments: [...context.payments, payment] }, total).length) ||
    (most && amount.amount > most.amount)
  ) {
    errors['f-amount'] = msg(str`Enter at most ${cap}.`);
  }
  if (reference) payment.reference = reference;
  if (termsId) payment.termsId = termsId;
  if (kind === 'purchase-order') payment.fields = purchaseOrderFields(type, get);
  if ((kind === 'store-credit' || kind === 'gift-card') && balance?.code.toUpperCase() !== reference.toUpperCase()) {
    errors['f-reference'] ??= msg('Check the balance of this code first.');
  }
  const billingAddress = shippingAddress ?? billingAddressOf(get);
  if (kind === 'credit-card') {
    if (!shippingAddress) add(validateAddress(billingAddress, 'billing'));
    if (context.card) add(validateCard(context.card, new Date()));
  }
  return { payment, errors, nameOnCard: get('nameOnCard'), billingAddress };
}
