/**
 * Submitting a draft to Kibo, idempotently on a platform without idempotency keys (docs/KIBO.md,
 * `submitOrder`): our key is stamped on the order's `externalId`; a submit with the same key
 * finds that order and resumes at the first step it does not reflect yet, so a retry after no
 * answer or a reload mid-submit never makes a second order nor applies a payment twice.
 *
 * The steps: look up the key; create the order (type Offline); add each line (our line id in the
 * item's `data`); apply each coupon; set the fulfillment and billing info (repeatable PUTs); add
 * each payment (our payment id in its `data`); submit. The calls that would repeat a change
 * (creating the order, an item, a payment, the submit) are never retried by themselves: the
 * submit as a whole is, with the same key, through the look-up.
 *
 * **Not in the definitions**, chosen here: the payment action "CreatePayment", the payment types
 * of `decode-payments.ts`, that an item's and a payment's `data` are kept by Kibo (if not, a
 * resumed submit would add them again: to be checked against a real tenant), and that a payment
 * whose status is "Voided" or "Declined" no longer counts.
 */
import type { CallInit } from '../adapter/adapter.js';
import { InvalidResponseError, ValidationError } from '../adapter/errors.js';
import { pathOf } from '../adapter/http.js';
import { defaultBillingAddress, shipToAddress } from '../model/draft-core.js';
import type * as model from '../model/types.js';
import { kiboCardType } from './cards.js';
import type { KiboRequester } from './client.js';
import { CHECK, CREDIT_CARD, GIFT_CARD, PURCHASE_ORDER, STORE_CREDIT } from './decode-payments.js';
import { splitName, kiboAddress, taxExemptFields } from './encode.js';
import type * as kibo from './kibo-types.js';
import { orderItem, pricingOrder } from './pricing.js';
import { major } from './shipping.js';
import { externalIdOf, filterText, submittedOrder } from './submit.js';
import { isObject, list } from './read.js';

type Order = Partial<Record<keyof kibo.KiboOrder, unknown>>;

/** An answer that must be an order with an id. */
const anOrder = (value: unknown): Order => {
  if (!isObject(value) || typeof value.id !== 'string' || !value.id) {
    throw new InvalidResponseError(
      'Could not submit the order: Kibo answered something that is not an order. Try again; if it keeps happening, ask an administrator.',
    );
  }
  return value as Order;
};

/** The value our `data` carries under `key` on an item or a payment. */
const dataOf = (value: unknown, key: string): unknown =>
  isObject(value) && isObject(value.data) ? value.data[key] : undefined;

function contactOf(address: model.AddressInput, email: string): kibo.KiboOrderContact {
  return {
    ...splitName(address.name),
    email,
    ...(address.phone ? { phoneNumbers: { home: address.phone } } : {}),
    address: kiboAddress(address),
  };
}

/** A draft payment as Kibo's billing info. */
function billingOf(payment: model.Payment, contact: kibo.KiboOrderContact | undefined): kibo.KiboBillingInfo {
  const base = { ...(contact ? { billingContact: contact } : {}) };
  switch (payment.kind) {
    case 'credit-card':
      return {
        ...base,
        paymentType: CREDIT_CARD,
        card: payment.card
          ? {
              paymentServiceCardId: payment.card.token,
              isTokenized: true,
              paymentOrCardType: kiboCardType(payment.card.brand) ?? payment.card.brand.toUpperCase(),
              cardNumberPartOrMask: payment.card.last4,
              ccLastFour: payment.card.last4,
              expireMonth: payment.card.expiryMonth,
              expireYear: payment.card.expiryYear,
            }
          : {},
      };
    case 'check':
      return { ...base, paymentType: CHECK, check: { checkNumber: payment.reference ?? null } };
    case 'purchase-order':
      return {
        ...base,
        paymentType: PURCHASE_ORDER,
        purchaseOrder: {
          purchaseOrderNumber: payment.reference ?? null,
          ...(payment.termsId ? { paymentTerm: { code: payment.termsId } } : {}),
          customFields: Object.entries(payment.fields ?? {}).map(([code, value]) => ({ code, value })),
        },
      };
    case 'store-credit':
      return { ...base, paymentType: STORE_CREDIT, storeCreditCode: payment.reference ?? null };
    case 'gift-card':
      // A gift card is a customer credit of type GiftCard (`BillingInfo.storeCreditType`).
      return {
        ...base,
        paymentType: STORE_CREDIT,
        storeCreditCode: payment.reference ?? null,
        storeCreditType: GIFT_CARD,
      };
    default:
      return { ...base, paymentType: payment.typeId };
  }
}

const VOID = new Set(['voided', 'declined']);

/** Runs (or resumes) the submit of `draft` with `idempotencyKey`. */
export async function submitSequence(
  request: KiboRequester,
  tenantId: number,
  draft: model.OrderDraft & { siteId: string },
  currency: string,
  idempotencyKey: string,
  init?: CallInit,
): Promise<model.SubmittedOrder> {
  const action = 'submit the order';
  const siteId = draft.siteId;
  const externalId = externalIdOf(idempotencyKey);
  const send = (method: 'POST' | 'PUT', path: string, body: unknown, retry: boolean) =>
    request({ action, method, path, body, siteId, retry, decode: anOrder }, init);

  // 1. The order of this key, if an earlier submit made one.
  const found = await request(
    {
      action,
      method: 'GET',
      path: '/commerce/orders',
      query: { filter: `externalId eq ${filterText(externalId)}`, pageSize: 1 },
      siteId,
      retry: true,
      decode: (value) =>
        list(isObject(value) ? value.items : []).find((o) => isObject(o) && o.externalId === externalId),
    },
    init,
  );
  let order: Order;
  if (found !== undefined) {
    order = anOrder(found);
    const done = submittedOrder(order);
    if (done) return done;
    // The list's copy may be partial: the order itself.
    const path = pathOf`/commerce/orders/${order.id as string}`;
    order = await request({ action, method: 'GET', path, siteId, retry: true, decode: anOrder }, init);
  } else {
    // 2. Create it, stamped with the key.
    const priced = pricingOrder(draft, tenantId, currency);
    const body: kibo.KiboOrder = {
      siteId: priced.siteId,
      tenantId,
      type: 'Offline',
      customerInteractionType: 'Call',
      externalId,
      currencyCode: currency,
      customerAccountId: priced.customerAccountId,
      email: priced.email,
      priceListCode: priced.priceListCode,
      ...taxExemptFields(draft),
      ...(priced.adjustment ? { adjustment: priced.adjustment } : {}),
      ...(priced.shippingAdjustment ? { shippingAdjustment: priced.shippingAdjustment } : {}),
      shopperNotes: { comments: draft.customerNotes || null, giftMessage: draft.giftMessage || null },
    };
    order = await send('POST', '/commerce/orders', body, false);
  }
  const id = order.id as string;

  // 3. The lines not yet on the order.
  for (const line of draft.lines) {
    if (list(order.items).some((item) => dataOf(item, 'lineId') === line.id)) continue;
    const { id: _ours, ...item } = orderItem(line);
    const body: kibo.KiboOrderItem = {
      ...item,
      // Kibo's definitions name no recipient for an item delivered by email: it goes in the item's data.
      data: {
        lineId: line.id,
        ...(line.fulfillment?.recipient ? { recipient: { ...line.fulfillment.recipient } } : {}),
      },
      ...(line.gift ? { giftInfo: { isGiftItem: true, giftMessage: line.giftMessage || null } } : {}),
    };
    order = await send('POST', pathOf`/commerce/orders/${id}/items`, body, false);
  }

  // 4. The coupons not yet applied nor refused.
  const codesOn = (o: Order, field: 'orderDiscounts' | 'invalidCoupons') =>
    list(o[field]).map((d) => (isObject(d) && typeof d.couponCode === 'string' ? d.couponCode.toUpperCase() : ''));
  for (const code of draft.coupons) {
    const seen = [...codesOn(order, 'orderDiscounts'), ...codesOn(order, 'invalidCoupons')];
    if (!seen.includes(code.toUpperCase())) {
      order = await send('PUT', pathOf`/commerce/orders/${id}/coupons/${code}`, undefined, true);
    }
    const refused = list(order.invalidCoupons).find(
      (c) => isObject(c) && typeof c.couponCode === 'string' && c.couponCode.toUpperCase() === code.toUpperCase(),
    );
    if (refused) {
      const reason = isObject(refused) && typeof refused.reason === 'string' ? refused.reason : 'it cannot be used.';
      throw new ValidationError(`Could not submit the order: coupon ${code} was refused: ${reason}`, [
        { path: 'coupons', code: 'coupon-rejected', message: reason },
      ]);
    }
  }

  // 5, 6. Fulfillment and billing info: repeatable.
  const email = draft.customer?.email ?? '';
  const shipping = shipToAddress(draft);
  const billing = draft.customer ? defaultBillingAddress(draft.customer) : null;
  if (shipping && draft.lines.some((line) => line.fulfillment?.kind === 'ship')) {
    const body: kibo.KiboFulfillmentInfo = {
      fulfillmentContact: contactOf(shipping, email),
      shippingMethodCode: draft.shippingMethodId,
    };
    await request(
      {
        action,
        method: 'PUT',
        path: pathOf`/commerce/orders/${id}/fulfillmentinfo`,
        body,
        siteId,
        retry: true,
        decode: (v) => v,
      },
      init,
    );
  }
  const billingContact = billing ? contactOf(billing, email) : undefined;
  if (billingContact) {
    const body: kibo.KiboBillingInfo = {
      billingContact,
      isSameBillingShippingAddress: billing !== null && billing.id === shipping?.id,
    };
    await request(
      {
        action,
        method: 'PUT',
        path: pathOf`/commerce/orders/${id}/billinginfo`,
        body,
        siteId,
        retry: true,
        decode: (v) => v,
      },
      init,
    );
  }

  // 7. The payments not yet on the order (a voided or declined one does not count).
  for (const payment of draft.payments) {
    const onOrder = list(order.payments).some(
      (p) =>
        dataOf(p, 'paymentId') === payment.id &&
        !(isObject(p) && typeof p.status === 'string' && VOID.has(p.status.toLowerCase())),
    );
    if (onOrder) continue;
    const body: kibo.KiboPaymentAction = {
      actionName: 'CreatePayment',
      amount: major(payment.amount),
      currencyCode: currency,
      newBillingInfo: billingOf(payment, billingContact),
      ...(payment.kind === 'check' && payment.reference ? { checkNumber: payment.reference } : {}),
      data: { paymentId: payment.id },
    };
    order = await send('POST', pathOf`/commerce/orders/${id}/payments/actions`, body, false);
  }

  // 8. Submit.
  const body: kibo.KiboOrderAction = { actionName: 'SubmitOrder' };
  order = await send('POST', pathOf`/commerce/orders/${id}/actions`, body, false);
  const submitted = submittedOrder(order);
  if (!submitted) {
    throw new InvalidResponseError(
      'Could not submit the order: Kibo did not confirm it. Try again with the same order; if it keeps happening, ask an administrator.',
    );
  }
  return submitted;
}
