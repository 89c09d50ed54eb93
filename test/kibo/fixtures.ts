/**
 * Kibo-shaped bodies for the Kibo adapter's tests, as Kibo would answer them (each is validated
 * against Kibo's definitions in the tests that use it). The world is our mock's: the US Store and
 * the Canada Store share the "retail" customer set; Ada Lovelace is a retail customer.
 */
import type { Customer } from '../../src/model/types.js';

export const TENANT_ID = 100;

export const tenant = {
  id: TENANT_ID,
  name: 'Example Retail',
  sites: [
    {
      id: 101,
      name: 'US Store',
      tenantId: TENANT_ID,
      catalogId: 1,
      currencyCode: 'USD',
      localeCode: 'en-US',
      countryCode: 'US',
    },
    {
      id: 102,
      name: 'Canada Store',
      tenantId: TENANT_ID,
      catalogId: 2,
      currencyCode: 'CAD',
      localeCode: 'en-CA',
      countryCode: 'CA',
    },
    {
      id: 103,
      name: 'Wholesale',
      tenantId: TENANT_ID,
      catalogId: 1,
      currencyCode: 'USD',
      localeCode: 'en-US',
      countryCode: 'US',
    },
    // No currency of ISO 4217: left out and counted.
    {
      id: 104,
      name: 'Broken',
      tenantId: TENANT_ID,
      catalogId: 1,
      currencyCode: 'ZZZ',
      localeCode: 'en-US',
      countryCode: 'US',
    },
  ],
};

export const customerSets = {
  startIndex: 0,
  pageSize: 200,
  pageCount: 1,
  totalCount: 2,
  items: [
    {
      code: 'retail',
      name: 'Retail',
      isDefault: false,
      sites: [
        { siteId: 101, customerSetCode: 'retail', name: 'US Store' },
        { siteId: 102, customerSetCode: 'retail', name: 'Canada Store' },
      ],
    },
    // The default set: the set of a site that no set lists (103).
    { code: 'wholesale', name: 'Wholesale', isDefault: true, sites: [] },
  ],
};

export const adaContacts = [
  {
    id: 11,
    accountId: 1001,
    email: 'ada@example.com',
    firstName: 'Ada',
    lastNameOrSurname: 'Lovelace',
    phoneNumbers: { home: '512-555-0100', work: null, mobile: '512-555-0101' },
    address: {
      address1: '12 Analytical Way',
      address2: 'Suite 3',
      cityOrTown: 'Austin',
      stateOrProvince: 'TX',
      postalOrZipCode: '78701',
      countryCode: 'US',
      addressType: 'Residential',
    },
    types: [
      { name: 'Billing', isPrimary: true },
      { name: 'Shipping', isPrimary: true },
    ],
  },
  {
    id: 12,
    accountId: 1001,
    email: 'ada@example.com',
    firstName: 'Ada',
    lastNameOrSurname: 'Lovelace',
    phoneNumbers: { home: null, work: '512-555-0199', mobile: null },
    address: {
      address1: '1 Engine Row',
      cityOrTown: 'Dallas',
      stateOrProvince: 'TX',
      postalOrZipCode: '75201',
      countryCode: 'US',
      addressType: 'Commercial',
    },
    types: [{ name: 'Shipping', isPrimary: false }],
  },
];

export const ada = {
  id: 1001,
  customerSet: 'retail',
  emailAddress: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  isAnonymous: false,
  isLocked: false,
  isActive: true,
  acceptsMarketing: false,
  hasExternalPassword: false,
  taxExempt: false,
  migrationRequired: false,
  customerSinceDate: '2024-05-01T10:00:00Z',
  contacts: adaContacts,
};

export const customerSearch = {
  startIndex: 0,
  pageSize: 20,
  pageCount: 1,
  totalCount: 3,
  items: [
    ada,
    // No email: left out and counted.
    { id: 1002, customerSet: 'retail', firstName: 'Adam', lastName: 'Smith', contacts: [] },
    // Another customer set: not a shopper of this site, left out.
    {
      id: 1003,
      customerSet: 'wholesale',
      emailAddress: 'ada@wholesale.example',
      firstName: 'Ada',
      lastName: 'Byron',
      contacts: [],
    },
  ],
};

export const tshirt = {
  productCode: 'TSHIRT',
  productUsage: 'Configurable',
  isTaxable: true,
  isRecurring: false,
  createDate: '2024-01-02T03:04:05.123Z',
  updateDate: '2024-01-02T03:04:05.123Z',
  score: 1,
  personalizationScore: 0,
  fulfillmentTypesSupported: ['DirectShip', 'InStorePickup'],
  content: {
    productName: 'Classic T-shirt',
    productShortDescription: 'Soft cotton.',
    productImages: [{ imageUrl: 'https://cdn.example.com/tshirt.png' }],
  },
  price: { price: 20, salePrice: 17.99, msrp: null },
  options: [
    {
      attributeFQN: 'tenant~color',
      isRequired: true,
      isProductImageGroupSelector: false,
      attributeDetail: { name: 'Color' },
      values: [
        { value: 'red', stringValue: 'Red' },
        { value: 'blue', stringValue: 'Blue' },
      ],
    },
    {
      attributeFQN: 'tenant~size',
      isRequired: true,
      isProductImageGroupSelector: false,
      attributeDetail: { name: 'Size' },
      values: [{ value: 'M', stringValue: 'M' }],
    },
  ],
  variations: [
    {
      productCode: 'TSHIRT-RED-M',
      options: [
        { attributeFQN: 'tenant~color', value: 'red', valueSequence: 1 },
        { attributeFQN: 'tenant~size', value: 'M', valueSequence: 2 },
      ],
      inventoryInfo: { manageStock: true, onlineStockAvailable: 4 },
    },
    {
      productCode: 'TSHIRT-BLUE-M',
      options: [
        { attributeFQN: 'tenant~color', value: 'blue', valueSequence: 3 },
        { attributeFQN: 'tenant~size', value: 'M', valueSequence: 2 },
      ],
      inventoryInfo: { manageStock: true, onlineStockAvailable: 0 },
    },
  ],
};

export const mug = {
  productCode: 'MUG',
  productUsage: 'Standard',
  isTaxable: true,
  isRecurring: false,
  createDate: '2024-01-02T03:04:05.123Z',
  updateDate: '2024-01-02T03:04:05.123Z',
  score: 0.5,
  personalizationScore: 0,
  content: { productName: 'Mug', productImages: [] },
  price: { price: 8.5, salePrice: null },
};

export const productSearch = {
  startIndex: 0,
  pageSize: 20,
  pageCount: 1,
  totalCount: 3,
  items: [
    tshirt,
    mug,
    // No name: left out and counted.
    { ...mug, productCode: 'NONAME', content: { productImages: [] } },
  ],
};

function order(id: string, number: number | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    siteId: 101,
    tenantId: TENANT_ID,
    orderNumber: number,
    customerAccountId: 1001,
    email: 'ada@example.com',
    currencyCode: 'USD',
    status: 'Submitted',
    type: 'Offline',
    total: 42.5,
    submittedDate: '2026-11-30T15:00:00Z',
    billingInfo: { billingContact: { firstName: 'Ada', lastNameOrSurname: 'Lovelace', email: 'ada@example.com' } },
    items: [{ id: `${id}-1`, quantity: 2, product: { productCode: 'MUG', name: 'Mug' } }],
    ...extra,
  };
}

export const orders = {
  startIndex: 0,
  pageSize: 3,
  pageCount: 2,
  totalCount: 5,
  items: [
    order('o-3', 10003, { status: 'Completed' }),
    // In another currency than ISO 4217 knows: left out and counted.
    order('o-2', 10002, { currencyCode: 'ZZZ' }),
    order('o-1', 10001, {
      status: 'Processing',
      fulfillmentStatus: 'Fulfilled',
      submittedDate: null,
      auditInfo: { createDate: '2026-11-29T09:00:00Z' },
    }),
  ],
};

/** Kibo's error body (not in its definitions: the shape the issue names). */
export function kiboError(message: string, items: unknown[] = [], errorCode = 'VALIDATION_CONFLICT') {
  return { message, errorCode, applicationName: 'Customer', items, additionalErrorData: [] };
}

/** Ada as our model has her (the customer of the drafts the fake-fetch tests price, ship and submit). */
export const adaCustomer: Customer = {
  id: '1001',
  customerNumber: '1001',
  customerSetId: 'retail',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  phones: {},
  addresses: [
    {
      id: '11',
      name: 'Ada Lovelace',
      line1: '12 Analytical Way',
      city: 'Austin',
      region: 'TX',
      postalCode: '78701',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: true,
    },
  ],
};
