/**
 * The seed's fixed store configuration: sites, locations, shipping methods, price lists, coupons,
 * payment types and balance codes. Plain data, no randomness (mocks/README.md lists it).
 */
import type { PaymentKind, PaymentType, Site } from '../src/model/types.js';
import type { MockBalanceCode, MockCoupon, MockLocation, MockPriceList, MockShippingMethod } from './catalog-types.js';

export const ALL_SITES: readonly Site[] = [
  { id: 'us', name: 'US Store', currency: 'USD', locale: 'en-US', customerSetId: 'retail', customerSetName: 'Retail' },
  {
    id: 'ca',
    name: 'Canada Store',
    currency: 'CAD',
    locale: 'en-CA',
    customerSetId: 'retail',
    customerSetName: 'Retail',
  },
  {
    id: 'wholesale',
    name: 'Wholesale',
    currency: 'USD',
    locale: 'en-US',
    customerSetId: 'wholesale',
    customerSetName: 'Wholesale',
  },
];

export const SITE_COUNTRIES: Record<string, string> = { us: 'US', ca: 'CA', wholesale: 'US' };

export const LOCATIONS: MockLocation[] = [
  {
    id: 'central-warehouse',
    name: 'Central Warehouse',
    shipFrom: true,
    pickup: false,
    delivery: false,
    line1: '4500 Logistics Pkwy',
    city: 'Round Rock',
    region: 'TX',
    postalCode: '78664',
    country: 'US',
  },
  {
    id: 'downtown',
    name: 'Downtown Store',
    shipFrom: false,
    pickup: true,
    delivery: false,
    line1: '301 Congress Ave',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    country: 'US',
  },
  {
    id: 'airport',
    name: 'Airport Kiosk',
    shipFrom: false,
    pickup: true,
    delivery: false,
    line1: '3600 Presidential Blvd',
    city: 'Austin',
    region: 'TX',
    postalCode: '78719',
    country: 'US',
  },
  {
    id: 'uptown',
    name: 'Uptown Store',
    shipFrom: false,
    pickup: true,
    delivery: true,
    line1: '11410 Century Oaks Ter',
    city: 'Austin',
    region: 'TX',
    postalCode: '78758',
    country: 'US',
  },
];

export const SHIPPING_METHODS: MockShippingMethod[] = [
  { id: 'ground', name: 'Ground', description: '5–7 business days', rates: { USD: 795, CAD: 795 }, isDefault: true },
  { id: '2-day', name: '2-Day', description: '2 business days', rates: { USD: 1495, CAD: 1495 } },
  { id: 'overnight', name: 'Overnight', description: 'Next business day', rates: { USD: 2995, CAD: 2995 } },
];

export const PRICE_LISTS: MockPriceList[] = [
  {
    id: 'vip',
    name: 'VIP',
    description: '10% below list',
    basisPointsOff: 1000,
    customerSetIds: ['retail', 'wholesale'],
  },
  { id: 'employee', name: 'Employee', description: '30% below list', basisPointsOff: 3000, customerSetIds: ['retail'] },
];

export const COUPONS: MockCoupon[] = [
  { code: 'SAVE10', kind: 'percent-off-subtotal', label: '10% off', basisPoints: 1000 },
  { code: 'FREESHIP', kind: 'free-shipping', label: 'Free Ground shipping', shippingMethodId: 'ground' },
  { code: 'EXPIRED', kind: 'expired', label: 'Summer sale (ended)' },
  {
    code: 'BIGSPENDER',
    kind: 'amount-off',
    label: '20.00 off orders of 200.00 or more',
    amount: 2000,
    minimumSubtotal: 20000,
  },
];

function paymentType(id: string, kind: PaymentKind, label: string, extra: Partial<PaymentType> = {}): PaymentType {
  return { id, kind, label, ...extra };
}

const PURCHASE_ORDER = paymentType('purchase-order', 'purchase-order', 'Purchase Order', {
  terms: [
    { id: 'net-30', label: 'Net 30' },
    { id: 'net-60', label: 'Net 60' },
  ],
  fields: [{ name: 'buyer', label: 'Buyer', required: false }],
});

/** Wholesale purchase orders also name the buyer's cost center, which is required. */
const WHOLESALE_PURCHASE_ORDER: PaymentType = {
  ...PURCHASE_ORDER,
  fields: [...PURCHASE_ORDER.fields!, { name: 'costCenter', label: 'Cost center', required: true }],
};

/** What the Retail sites take; `checkLabel` is "Check" in the US and "Cheque" in Canada. */
function retailPaymentTypes(checkLabel: string): PaymentType[] {
  return [
    paymentType('credit-card', 'credit-card', 'Credit Card'),
    paymentType('check', 'check', checkLabel),
    PURCHASE_ORDER,
    paymentType('store-credit', 'store-credit', 'Store Credit'),
    paymentType('gift-card', 'gift-card', 'Gift Card'),
  ];
}

/** The payment types of each site, by site id. */
export const PAYMENT_TYPES: Record<string, PaymentType[]> = {
  us: retailPaymentTypes('Check'),
  ca: retailPaymentTypes('Cheque'),
  wholesale: [
    paymentType('credit-card', 'credit-card', 'Credit Card'),
    paymentType('check', 'check', 'Check'),
    WHOLESALE_PURCHASE_ORDER,
  ],
};

export const BALANCES: MockBalanceCode[] = [
  { typeId: 'gift-card', code: 'GC-1000-0001', amount: 2500 },
  { typeId: 'gift-card', code: 'GC-5000-0002', amount: 10000 },
  { typeId: 'gift-card', code: 'GC-2500-0003', amount: 25000 },
  { typeId: 'gift-card', code: 'GC-0000-0004', amount: 0 },
  { typeId: 'store-credit', code: 'SC-ADA-0001', amount: 4000 },
  { typeId: 'store-credit', code: 'SC-KJ-0002', amount: 1550 },
  { typeId: 'store-credit', code: 'SC-0000-0003', amount: 0 },
];
