// Model test data, shaped like the mock backend's seed (same ids) but local to these tests.
import { money } from '../../src/model/money.js';
import type { Address, Customer, Fulfillment, Site } from '../../src/model/types.js';
import type { NewLine } from '../../src/model/draft.js';

export const NOW = new Date('2026-11-26T12:00:00.000Z');
export const LATER = new Date('2026-11-26T12:05:00.000Z');

export const usSite: Site = {
  id: 'us',
  name: 'US Store',
  currency: 'USD',
  locale: 'en-US',
  customerSetId: 'retail',
  customerSetName: 'Retail',
};
export const caSite: Site = {
  id: 'ca',
  name: 'Canada Store',
  currency: 'CAD',
  locale: 'en-CA',
  customerSetId: 'retail',
  customerSetName: 'Retail',
};
export const wholesaleSite: Site = {
  id: 'wholesale',
  name: 'Wholesale',
  currency: 'USD',
  locale: 'en-US',
  customerSetId: 'wholesale',
  customerSetName: 'Wholesale',
};

export function address(overrides: Partial<Address> = {}): Address {
  return {
    id: 'addr-1',
    name: 'Ada Lovelace',
    line1: '100 Congress Ave',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    country: 'US',
    isDefaultBilling: true,
    isDefaultShipping: true,
    ...overrides,
  };
}

export function ada(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'ada',
    customerNumber: 'C000001',
    customerSetId: 'retail',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    phones: { home: '+1 512 555 0100' },
    addresses: [address()],
    ...overrides,
  };
}

export function grace(): Customer {
  return ada({
    id: 'grace',
    customerNumber: 'C000002',
    customerSetId: 'wholesale',
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
  });
}

export const directShip: Fulfillment = { kind: 'ship', locationId: null, locationName: null };
export const pickupDowntown: Fulfillment = { kind: 'pickup', locationId: 'downtown', locationName: 'Downtown Store' };

export function toteLine(overrides: Partial<NewLine> = {}): NewLine {
  return {
    id: 'line-tote',
    productId: 'canvas-tote',
    productName: 'Canvas Tote Bag',
    code: 'TOTE-01',
    unitPrice: money(2500, 'USD'),
    fulfillment: directShip,
    ...overrides,
  };
}

export function shoeLine(overrides: Partial<NewLine> = {}): NewLine {
  return {
    id: 'line-shoe',
    productId: 'trail-runner',
    variantId: 'trail-runner-9-blue',
    productName: 'Trail Runner Shoe',
    code: 'TR-9-BLU',
    options: [
      { name: 'Size', value: '9' },
      { name: 'Color', value: 'Blue' },
    ],
    unitPrice: money(12000, 'USD'),
    fulfillment: pickupDowntown,
    ...overrides,
  };
}
