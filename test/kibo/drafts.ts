/**
 * The draft the Kibo adapter's fake-fetch tests price and submit (pricing, tax exemption, custom
 * lines, submit): Ada's order on Kibo site 101 in US dollars, shipped by ground, and its usual
 * lines; each test overrides what it is about.
 */
import type { AddressInput, DraftLine, Money, OrderDraft } from '../../src/model/types.js';
import { adaCustomer } from './fixtures.js';

/** `amount` cents in US dollars. */
export const usd = (amount: number): Money => ({ amount, currency: 'USD' });

/** Line "l-1": two Mugs (a simple product) shipped, at $10.00 each; `overrides` over it. */
export function mugLine(overrides: Partial<DraftLine> = {}): DraftLine {
  return {
    id: 'l-1',
    productId: 'MUG',
    variantId: null,
    productName: 'Mug',
    code: 'MUG',
    options: [],
    quantity: 2,
    fulfillment: { kind: 'ship', locationId: null, locationName: null },
    unitPrice: usd(1000),
    adjustment: null,
    gift: false,
    giftMessage: '',
    ...overrides,
  };
}

/** Line "l-2": a red Classic T-shirt (a variant) picked up Downtown as a gift, at $10.00; `overrides` over it. */
export function shirtLine(overrides: Partial<DraftLine> = {}): DraftLine {
  return {
    id: 'l-2',
    productId: 'TSHIRT',
    variantId: 'TSHIRT-RED-M',
    productName: 'Classic T-shirt',
    code: 'TSHIRT-RED-M',
    options: [{ name: 'Color', value: 'Red' }],
    quantity: 1,
    fulfillment: { kind: 'pickup', locationId: 'downtown', locationName: 'Downtown' },
    unitPrice: usd(1000),
    adjustment: null,
    gift: true,
    giftMessage: 'Happy birthday',
    ...overrides,
  };
}

/** Ada's draft on site 101 in USD: two Mugs shipped by ground, nothing else set; `overrides` over it. */
export function kiboDraft(overrides: Partial<OrderDraft> = {}): OrderDraft {
  return {
    schema: 1,
    id: 'draft-1',
    siteId: '101',
    currency: 'USD',
    customer: adaCustomer,
    lines: [mugLine()],
    shippingMethodId: 'ground',
    coupons: [],
    customerNotes: '',
    giftMessage: '',
    priceListId: null,
    orderAdjustment: null,
    shippingAdjustment: null,
    payments: [],
    createdAt: '2026-12-04T10:00:00Z',
    updatedAt: '2026-12-04T10:00:00Z',
    ...overrides,
  };
}

/** A one-time ship-to address in Toronto (not one of Ada's), for `OrderDraft.shipTo`. */
export const torontoShipTo: AddressInput = {
  name: 'Charles Babbage',
  line1: '1 Front St W',
  city: 'Toronto',
  region: 'ON',
  postalCode: 'M5J 1E6',
  country: 'CA',
  isDefaultBilling: false,
  isDefaultShipping: false,
};

/** `torontoShipTo` as Kibo's `fulfillmentContact` of Ada's order (her email, the address's name). */
export const torontoContact = {
  firstName: 'Charles',
  lastNameOrSurname: 'Babbage',
  email: 'ada@example.com',
  address: {
    address1: '1 Front St W',
    address2: null,
    cityOrTown: 'Toronto',
    stateOrProvince: 'ON',
    postalOrZipCode: 'M5J 1E6',
    countryCode: 'CA',
  },
};
