/**
 * Orders being built through Kibo's order operations (create, items, coupons, fulfillment and
 * billing info, payments, then the `SubmitOrder` action), kept until they are submitted to our
 * backend with `submitOrder` (the idempotency key is the order's `externalId`, else its id), after
 * which our order list shows them under their Kibo id.
 *
 * The store belongs to the backend's seed (a `WeakMap` on `backend.seed`): `backend.reset()` makes
 * a new seed, so it forgets the orders being built as our backend forgets submitted ones.
 *
 * Choices where Kibo's definitions are silent: order status `Created` until submitted, then
 * `Submitted`; payment actions named `CreatePayment` (or `AuthorizePayment`); payment
 * `paymentType` `CreditCard`, `Check`, `PurchaseOrder`, `StoreCredit` (`storeCreditType`
 * `GiftCard` for a gift card); payment `status` `Authorized` for cards and credits, `Pending` for
 * checks and purchase orders; our payment id in the payment's `data.paymentId`, our line id in
 * the item's `id` and `data.lineId`.
 */
import type { CardBrand, Customer, OrderDraft, Payment, Pricing, Site, SubmittedOrder } from '../../src/model/types.js';
import { customerName } from '../../src/model/draft-core.js';
import type { MockBackend } from '../backend.js';
import { zeroPricing } from '../pricing.js';
import type { SeedData } from '../seed.js';
import { draftOfKiboOrder, toKiboPricedOrder, type KiboOrderInput, type KiboOrderItemInput } from './pricing-shapes.js';
import { fromKiboContact, toMajor, toMinor, type KiboContact } from './shapes.js';

export interface KiboBillingInfo {
  paymentType?: string | null;
  billingContact?: KiboContact | null;
  isSameBillingShippingAddress?: boolean;
  card?: {
    paymentServiceCardId?: string | null;
    paymentOrCardType?: string | null;
    cardNumberPartOrMask?: string | null;
    expireMonth?: number;
    expireYear?: number;
    nameOnCard?: string | null;
  } | null;
  check?: { checkNumber?: string | null } | null;
  purchaseOrder?: {
    purchaseOrderNumber?: string | null;
    paymentTerm?: { code?: string | null; description?: string | null } | null;
    customFields?: { code?: string | null; label?: string | null; value?: string | null }[] | null;
  } | null;
  storeCreditCode?: string | null;
  storeCreditType?: string | null;
}

export interface KiboPaymentState {
  id: string;
  paymentType: string;
  amountRequested: number;
  status: string;
  billingInfo: KiboBillingInfo;
  data: Record<string, unknown>;
}

export interface KiboOrderState {
  id: string;
  siteId: string;
  createdAt: string;
  order: KiboOrderInput & {
    externalId?: string | null;
    email?: string | null;
    type?: string | null;
    customerInteractionType?: string | null;
    shopperNotes?: { comments?: string | null; giftMessage?: string | null } | null;
  };
  items: (KiboOrderItemInput & { id: string })[];
  couponCodes: string[];
  fulfillmentInfo: NonNullable<KiboOrderInput['fulfillmentInfo']> | null;
  billingInfo: KiboBillingInfo | null;
  payments: KiboPaymentState[];
  submitted: SubmittedOrder | null;
}

/** Our card brands by Kibo's card type (`paymentOrCardType`, the payment service's `cardType`). */
export const KIBO_CARD_BRANDS: Readonly<Record<string, CardBrand>> = {
  VISA: 'visa',
  MC: 'mastercard',
  MASTERCARD: 'mastercard',
  AMEX: 'amex',
  DISCOVER: 'discover',
};

export class KiboOrderStore {
  private static readonly stores = new WeakMap<SeedData, KiboOrderStore>();
  readonly orders = new Map<string, KiboOrderState>();
  private next = 1;

  static of(backend: MockBackend): KiboOrderStore {
    let store = KiboOrderStore.stores.get(backend.seed);
    if (!store) {
      store = new KiboOrderStore();
      KiboOrderStore.stores.set(backend.seed, store);
    }
    return store;
  }

  newId(prefix: string): string {
    return `${prefix}${(this.next++).toString(16).padStart(8, '0')}`;
  }

  /** The Kibo order our backend's order `backendOrderId` was submitted from. */
  bySubmittedId(backendOrderId: string): KiboOrderState | undefined {
    return [...this.orders.values()].find((o) => o.submitted?.id === backendOrderId);
  }

  byExternalId(externalId: string): KiboOrderState[] {
    return [...this.orders.values()].filter((o) => o.order.externalId === externalId);
  }
}

/** Our payment from a Kibo payment of the order. */
function paymentOf(payment: KiboPaymentState, currency: string): Payment {
  const info = payment.billingInfo;
  const amount = { amount: toMinor(payment.amountRequested, currency), currency };
  const id = typeof payment.data['paymentId'] === 'string' ? payment.data['paymentId'] : payment.id;
  switch (payment.paymentType) {
    case 'CreditCard':
      return {
        id,
        typeId: 'credit-card',
        kind: 'credit-card',
        amount,
        card: {
          token: info.card?.paymentServiceCardId ?? '',
          brand: KIBO_CARD_BRANDS[(info.card?.paymentOrCardType ?? '').toUpperCase()] ?? 'unknown',
          last4: (info.card?.cardNumberPartOrMask ?? '').slice(-4),
          expiryMonth: info.card?.expireMonth ?? 0,
          expiryYear: info.card?.expireYear ?? 0,
        },
      };
    case 'Check':
      return { id, typeId: 'check', kind: 'check', amount, reference: info.check?.checkNumber ?? '' };
    case 'PurchaseOrder': {
      const fields = Object.fromEntries(
        (info.purchaseOrder?.customFields ?? []).map((f) => [f.code ?? '', f.value ?? '']),
      );
      return {
        id,
        typeId: 'purchase-order',
        kind: 'purchase-order',
        amount,
        reference: info.purchaseOrder?.purchaseOrderNumber ?? '',
        ...(info.purchaseOrder?.paymentTerm?.code ? { termsId: info.purchaseOrder.paymentTerm.code } : {}),
        fields,
      };
    }
    default: {
      const kind = info.storeCreditType === 'GiftCard' ? 'gift-card' : 'store-credit';
      return { id, typeId: kind, kind, amount, reference: info.storeCreditCode ?? '' };
    }
  }
}

/** The draft a Kibo order stands for, to price or to submit. */
export function draftOfState(
  state: KiboOrderState,
  site: Site,
  seed: SeedData,
  customer: Customer | undefined,
): OrderDraft {
  const draft = draftOfKiboOrder(
    {
      ...state.order,
      items: state.items,
      couponCodes: state.couponCodes,
      fulfillmentInfo: { shippingMethodCode: state.fulfillmentInfo?.shippingMethodCode ?? null },
    },
    site,
    seed,
    customer,
  );
  const currency = draft.currency ?? site.currency;
  // Where the order ships (its fulfillment contact): the backend prices and places the order for
  // it, as the pricing route did, not for the customer's default shipping address.
  const contact = state.fulfillmentInfo?.fulfillmentContact;
  const shipTo = contact?.address?.countryCode ? fromKiboContact(contact) : null;
  return {
    ...draft,
    ...(shipTo
      ? { shipTo: { ...shipTo, name: shipTo.name || (draft.customer ? customerName(draft.customer) : '') } }
      : {}),
    id: state.id,
    customerNotes: state.order.shopperNotes?.comments ?? '',
    giftMessage: state.order.shopperNotes?.giftMessage ?? '',
    payments: state.payments.filter((p) => p.status !== 'Voided').map((p) => paymentOf(p, currency)),
  };
}

/** The Kibo order as Kibo answers it: priced as it stands (zero when it cannot be priced yet). */
export function toKiboOrder(state: KiboOrderState, backend: MockBackend) {
  const site = backend.site(state.siteId);
  const customer =
    typeof state.order.customerAccountId === 'number'
      ? backend
          .listCustomers()
          .find((c) => Number(c.customerNumber.replace(/\D/g, '')) === state.order.customerAccountId)
      : undefined;
  const draft = draftOfState(state, site, backend.seed, customer);
  let pricing: Pricing;
  try {
    pricing = backend.priceOrder(site.id, draft);
  } catch {
    pricing = zeroPricing(site.currency);
  }
  const priced = toKiboPricedOrder(draft, pricing, backend.listSites(), backend.seed);
  const currency = pricing.currency;
  const paid = state.payments.filter((p) => p.status !== 'Voided').reduce((sum, p) => sum + p.amountRequested, 0);
  const total = state.submitted ? toMajor(state.submitted.total) : priced.total;
  return {
    ...priced,
    id: state.id,
    externalId: state.order.externalId ?? null,
    email: state.order.email ?? customer?.email ?? null,
    customerAccountId: state.order.customerAccountId ?? null,
    customerInteractionType: state.order.customerInteractionType ?? 'Call',
    type: 'Offline',
    status: state.submitted ? 'Submitted' : 'Created',
    ...(state.submitted
      ? { orderNumber: Number.parseInt(state.submitted.number, 10), submittedDate: state.submitted.createdAt }
      : {}),
    auditInfo: { createDate: state.createdAt, updateDate: state.createdAt },
    total,
    items: priced.items.map((item) => ({ ...item, data: { lineId: item.id } })),
    ...(state.order.shopperNotes ? { shopperNotes: state.order.shopperNotes } : {}),
    fulfillmentInfo: state.fulfillmentInfo ?? { shippingMethodCode: null },
    ...(state.billingInfo ? { billingInfo: state.billingInfo } : {}),
    payments: state.payments.map((p) => toKiboPayment(p, state.id)),
    amountRemainingForPayment: Math.round((total - paid) * 10 ** 4) / 10 ** 4,
    availableActions: state.submitted ? ['CancelOrder'] : ['SubmitOrder', 'AbandonOrder'],
    currencyCode: currency,
  };
}

export function toKiboPayment(payment: KiboPaymentState, orderId: string) {
  return {
    id: payment.id,
    orderId,
    paymentType: payment.paymentType,
    amountRequested: payment.amountRequested,
    amountCollected: 0,
    amountCredited: 0,
    status: payment.status,
    billingInfo: payment.billingInfo,
    data: payment.data,
    isRecurring: false,
  };
}
