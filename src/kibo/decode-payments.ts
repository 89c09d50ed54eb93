/**
 * Decoders of Kibo's payment settings and store credits (docs/KIBO.md, `listPaymentTypes` and
 * `checkBalance`). Untrusted input, as in `decode.ts`.
 *
 * Our payment type ids are Kibo's payment types as `BillingInfo.paymentType` will carry them on
 * submit: "CreditCard", "Check", "PurchaseOrder", "StoreCredit" (the values of
 * "PaymentTypeConst" are **not in the definitions**; these are Kibo's documented ones), and an
 * external payment workflow's `fullyQualifiedName`.
 */
import { DecodeError } from '../adapter/decode.js';
import { isKnownCurrency } from '../model/currencies.js';
import type * as model from '../model/types.js';
import { amount } from './decode.js';
import type * as kibo from './kibo-types.js';
import { isObject, view, list, someText as text } from './read.js';

export const CREDIT_CARD = 'CreditCard';
export const CHECK = 'Check';
export const PURCHASE_ORDER = 'PurchaseOrder';
export const STORE_CREDIT = 'StoreCredit';
export const GIFT_CARD = 'GiftCard';

const bySequence = (a: unknown, b: unknown) =>
  (isObject(a) && typeof a.sequenceNumber === 'number' ? a.sequenceNumber : 0) -
  (isObject(b) && typeof b.sequenceNumber === 'number' ? b.sequenceNumber : 0);

/** The site's payment types from its checkout settings; store credit when the host offers it. */
export function paymentTypes(value: unknown, offerStoreCredit: boolean, offerGiftCards = false): model.PaymentType[] {
  const settings = view<kibo.KiboCheckoutSettings>(value, '');
  const payment = isObject(settings.paymentSettings)
    ? view<kibo.KiboPaymentSettings>(settings.paymentSettings, 'paymentSettings')
    : {};
  const out: model.PaymentType[] = [];
  if (list(payment.gateways).length) out.push({ id: CREDIT_CARD, kind: 'credit-card', label: 'Credit Card' });
  if (payment.payByMail === true) out.push({ id: CHECK, kind: 'check', label: 'Check' });
  const po = isObject(payment.purchaseOrder) ? view<kibo.KiboPurchaseOrderSettings>(payment.purchaseOrder, '') : {};
  if (po.isEnabled === true) {
    const terms = [...list(po.paymentTerms)].sort(bySequence).flatMap((raw) => {
      const t = isObject(raw) ? view<kibo.KiboPurchaseOrderTerm>(raw, '') : {};
      const id = text(t.code);
      return id ? [{ id, label: text(t.description) ?? id }] : [];
    });
    const fields = [...list(po.customFields)].sort(bySequence).flatMap((raw) => {
      const f = isObject(raw) ? view<kibo.KiboPurchaseOrderField>(raw, '') : {};
      const name = text(f.code);
      return name && f.isEnabled !== false
        ? [{ name, label: text(f.label) ?? name, required: f.isRequired === true }]
        : [];
    });
    out.push({ id: PURCHASE_ORDER, kind: 'purchase-order', label: 'Purchase Order', terms, fields });
  }
  if (offerStoreCredit) out.push({ id: STORE_CREDIT, kind: 'store-credit', label: 'Store Credit' });
  if (offerGiftCards) out.push({ id: GIFT_CARD, kind: 'gift-card', label: 'Gift Card' });
  for (const raw of list(payment.externalPaymentWorkflowDefinitions)) {
    const w = isObject(raw) ? view<kibo.KiboExternalPaymentWorkflow>(raw, '') : {};
    const id = text(w.fullyQualifiedName);
    if (id && w.isEnabled === true) out.push({ id, kind: 'other', label: text(w.description) ?? text(w.name) ?? id });
  }
  return out;
}

/**
 * Whether a customer credit is of our payment type: a gift card only a credit whose `creditType`
 * is "GiftCard", store credit only one whose `creditType` is anything else (or none). A code of the
 * other kind is, to the caller, no code of this type at all.
 */
export function isCreditOfType(value: unknown, typeId: typeof STORE_CREDIT | typeof GIFT_CARD): boolean {
  const creditType = isObject(value) ? text(value.creditType) : undefined;
  const isGiftCard = creditType?.toLowerCase() === GIFT_CARD.toLowerCase();
  return typeId === GIFT_CARD ? isGiftCard : !isGiftCard;
}

/**
 * A customer credit's balance (`CustomerCredit.currentBalance`) in its currency, as our `typeId`
 * (store credit, or a gift card: a credit whose `creditType` is "GiftCard"); none (zero) before
 * its activation date or after its expiration date.
 */
export function creditBalance(
  value: unknown,
  code: string,
  now: number = Date.now(),
  typeId: typeof STORE_CREDIT | typeof GIFT_CARD = STORE_CREDIT,
): model.Balance {
  const c = view<kibo.KiboCustomerCredit>(value, '');
  const currency = c.currencyCode;
  if (!isKnownCurrency(currency)) throw new DecodeError('currencyCode', 'a 3-letter ISO 4217 currency code');
  const balance = amount(c.currentBalance, currency, 'currentBalance');
  const activation = text(c.activationDate);
  const expiration = text(c.expirationDate);
  const usable =
    (activation === undefined || !(Date.parse(activation) > now)) &&
    (expiration === undefined || !(Date.parse(expiration) <= now));
  return {
    typeId,
    code,
    available: usable && balance.amount > 0 ? balance : { amount: 0, currency },
  };
}
