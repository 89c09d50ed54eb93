/**
 * The validator of the Kibo contract tests: Kibo's own definitions (trimmed into
 * test/kibo/kibo-openapi.json) compile with Ajv, and they accept a body Kibo would send or take
 * and refuse one it would not, for the order, a customer account and a product search result.
 */
import { expect } from '@open-wc/testing';
import {
  compileKiboSchemas,
  describeErrors,
  kiboOperations,
  validateRequest,
  validateResponse,
  type SchemaError,
} from './validate.js';

const errorAt = (errors: SchemaError[], instancePath: string, keyword: string) =>
  errors.find((e) => e.instancePath === instancePath && e.keyword === keyword);

/** An Offline order as the adapter will create it: our idempotency key in `externalId`. */
const order = {
  siteId: 101,
  tenantId: 100,
  type: 'Offline',
  customerInteractionType: 'Call',
  externalId: 'oe-5f8d2c1e-idempotency-key',
  customerAccountId: 1001,
  email: 'ada@example.com',
  currencyCode: 'USD',
  priceListCode: null,
  items: [
    {
      quantity: 2,
      fulfillmentMethod: 'Pickup',
      fulfillmentLocationCode: 'STORE-1',
      giftInfo: { isGiftItem: true, giftMessage: 'Happy birthday' },
      product: {
        productCode: 'TSHIRT',
        variationProductCode: 'TSHIRT-RED-M',
        name: 'T-shirt',
        options: [{ attributeFQN: 'tenant~color', name: 'Color', value: 'Red' }],
      },
      unitPrice: { listAmount: 20, overrideAmount: 18 },
    },
  ],
  fulfillmentInfo: {
    shippingMethodCode: 'ground',
    fulfillmentContact: {
      firstName: 'Ada',
      lastNameOrSurname: 'Lovelace',
      email: 'ada@example.com',
      phoneNumbers: { home: '555-0100', mobile: null, work: null },
      address: {
        address1: '1 Main St',
        cityOrTown: 'Austin',
        stateOrProvince: 'TX',
        postalOrZipCode: '78701',
        countryCode: 'US',
        addressType: 'Residential',
      },
    },
  },
  adjustment: { amount: -5, description: 'Loyal customer', internalComment: null },
  shopperNotes: { comments: 'Leave at the door' },
  submittedDate: null,
};

const account = {
  id: 1001,
  customerSet: 'default',
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
  contacts: [
    {
      id: 1,
      accountId: 1001,
      email: 'ada@example.com',
      firstName: 'Ada',
      lastNameOrSurname: 'Lovelace',
      types: [
        { name: 'Billing', isPrimary: true },
        { name: 'Shipping', isPrimary: true },
      ],
      phoneNumbers: { home: '555-0100', work: null, mobile: '555-0101' },
      address: { address1: '1 Main St', cityOrTown: 'Austin', postalOrZipCode: '78701', countryCode: 'US' },
    },
  ],
  customerSinceDate: '2024-05-01T10:00:00Z',
};

const searchResult = {
  startIndex: 0,
  pageSize: 20,
  pageCount: 1,
  totalCount: 1,
  nextCursorMark: null,
  items: [
    {
      productCode: 'TSHIRT',
      productUsage: 'Configurable',
      isTaxable: true,
      isRecurring: false,
      createDate: '2024-01-02T03:04:05.123Z',
      updateDate: '2024-01-02T03:04:05.123Z',
      score: 1,
      personalizationScore: 0,
      content: { productName: 'T-shirt', productImages: [] },
      price: { price: 20, salePrice: 18, msrp: null },
      options: [{ attributeFQN: 'tenant~color', isRequired: true, isProductImageGroupSelector: false, values: [] }],
    },
  ],
};

describe('Kibo definitions (test/kibo/kibo-openapi.json)', () => {
  it('name the commit of Kibo’s definitions they were derived from, and the operations the adapter uses', async () => {
    const { commit, operations } = await kiboOperations();
    expect(commit).to.match(/^[0-9a-f]{40}$/);
    const ids = operations.map((o) => o.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members(['createOrder', 'createPaymentAction', 'performOrderAction', 'getOrders']);
    expect(operations.find((o) => o.id === 'createOrder')).to.deep.equal({
      id: 'createOrder',
      method: 'POST',
      path: '/commerce/orders',
      file: 'openapi_commerce.json',
    });
  });

  it('compile with Ajv: every operation’s request body and success response', async () => {
    const compiled = await compileKiboSchemas();
    const { operations } = await kiboOperations();
    expect(compiled.filter((c) => c.error)).to.deep.equal([]);
    // Every operation has a documented success response (a body or none).
    for (const { id } of operations) {
      expect(compiled.some((c) => c.operationId === id) || id === 'deleteAccountContact', id).to.equal(true);
    }
    expect(compiled.filter((c) => c.part === 'request').map((c) => c.operationId)).to.include.members([
      'createOrder',
      'createOrderItem',
      'setBillingInfo',
      'createPaymentAction',
      'performOrderAction',
      'priceOrder',
      'addAccount',
    ]);
  });

  describe('the order (CommerceRuntimeOrder)', () => {
    it('accepts an Offline order with our key in externalId, as request and as response', async () => {
      const request = await validateRequest('createOrder', order);
      expect(request, describeErrors(request)).to.deep.equal([]);
      const response = await validateResponse('createOrder', 200, { ...order, id: 'a1b2c3', orderNumber: 42 });
      expect(response, describeErrors(response)).to.deep.equal([]);
      expect(await validateRequest('priceOrder', order)).to.deep.equal([]);
    });

    it('refuses wrong types, a bad date and an order number beyond int32', async () => {
      const errors = await validateRequest('createOrder', {
        ...order,
        type: 1,
        items: [{ ...order.items[0], quantity: '2' }],
        submittedDate: 'yesterday',
        orderNumber: 2 ** 31,
      });
      expect(errorAt(errors, '/type', 'type')).to.exist;
      expect(errorAt(errors, '/items/0/quantity', 'type')).to.exist;
      expect(errorAt(errors, '/submittedDate', 'format')).to.exist;
      expect(errorAt(errors, '/orderNumber', 'format')).to.exist;
    });

    it('knows the submit sequence’s bodies: payment action, order action', async () => {
      const payment = {
        actionName: 'CreatePayment',
        amount: 12.5,
        currencyCode: 'USD',
        newBillingInfo: {
          paymentType: 'StoreCredit',
          storeCreditCode: 'SC-1001',
          isSameBillingShippingAddress: false,
          isRecurring: false,
        },
      };
      expect(await validateRequest('createPaymentAction', payment)).to.deep.equal([]);
      expect(await validateRequest('performOrderAction', { actionName: 'SubmitOrder' })).to.deep.equal([]);
      const wrong = await validateRequest('createPaymentAction', { ...payment, amount: '12.50' });
      expect(errorAt(wrong, '/amount', 'type')).to.exist;
    });
  });

  describe('a customer account (CustomerAccount, with AccountBase’s properties)', () => {
    it('accepts an account with Billing and Shipping contacts', async () => {
      const errors = await validateResponse('getAccount', 200, account);
      expect(errors, describeErrors(errors)).to.deep.equal([]);
      const list = await validateResponse('getAccounts', 200, {
        startIndex: 0,
        pageSize: 20,
        pageCount: 1,
        totalCount: 1,
        items: [account],
      });
      expect(list, describeErrors(list)).to.deep.equal([]);
      expect(await validateRequest('addAccount', account)).to.deep.equal([]);
    });

    it('refuses a string id, a numeric email and a contact type without isPrimary as a boolean', async () => {
      const errors = await validateResponse('getAccount', 200, {
        ...account,
        id: 'C-1001',
        emailAddress: 5,
        contacts: [{ ...account.contacts[0], types: [{ name: 'Billing', isPrimary: 'yes' }] }],
      });
      expect(errorAt(errors, '/id', 'type')).to.exist;
      expect(errorAt(errors, '/emailAddress', 'type')).to.exist;
      expect(errorAt(errors, '/contacts/0/types/0/isPrimary', 'type')).to.exist;
    });
  });

  describe('a product search result (ProductSearchResult, additionalProperties: false)', () => {
    it('accepts a page of products', async () => {
      const errors = await validateResponse('searchProducts', 200, searchResult);
      expect(errors, describeErrors(errors)).to.deep.equal([]);
    });

    it('refuses properties Kibo does not define, at the page and on a product', async () => {
      const errors = await validateResponse('searchProducts', 200, {
        ...searchResult,
        total: 1,
        items: [{ ...searchResult.items[0], code: 'TSHIRT' }],
      });
      expect(errors.find((e) => e.keyword === 'additionalProperties' && e.params['additionalProperty'] === 'total')).to
        .exist;
      expect(errors.find((e) => e.instancePath === '/items/0' && e.params['additionalProperty'] === 'code')).to.exist;
    });
  });

  it('a site in the tenant: the base entity’s id and name are allowed beside the site’s own', async () => {
    const tenant = {
      id: 100,
      name: 'Tenant',
      isDevTenant: false,
      isUnified: true,
      sites: [{ id: 101, name: 'US store', tenantId: 100, catalogId: 1, currencyCode: 'USD', localeCode: 'en-US' }],
    };
    expect(await validateResponse('getTenant', 200, tenant)).to.deep.equal([]);
    const errors = await validateResponse('getTenant', 200, { ...tenant, sites: [{ ...tenant.sites[0], label: 'x' }] });
    expect(errorAt(errors, '/sites/0', 'additionalProperties')).to.exist;
  });

  it('a body where none is documented, a missing body, an unknown operation or status', async () => {
    expect(await validateResponse('deleteAccountContact', 200, undefined)).to.deep.equal([]);
    expect((await validateResponse('deleteAccountContact', 200, {}))[0]?.keyword).to.equal('content');
    expect((await validateRequest('getOrders', {}))[0]?.keyword).to.equal('requestBody');
    expect((await validateRequest('getInventory', undefined))[0]?.keyword).to.equal('required');
    let unknown: unknown;
    await validateRequest('deleteOrder', {}).catch((e: unknown) => (unknown = e));
    expect(String(unknown)).to.contain('deleteOrder is not an operation');
    let status: unknown;
    await validateResponse('getOrders', 500, {}).catch((e: unknown) => (status = e));
    expect(String(status)).to.contain('status 500 is not documented');
  });
});

describe('our schema of the payment service (test/kibo/payment-service-schema.json)', () => {
  const card = {
    cardNumber: '4111111111111111',
    cardType: 'VISA',
    cvv: '737',
    cardholderName: 'Ada',
    persistCard: true,
  };

  it('is one more operation, createPublicCard, compiled with the others', async () => {
    const { operations } = await kiboOperations();
    expect(operations.find((o) => o.id === 'createPublicCard')).to.deep.equal({
      id: 'createPublicCard',
      method: 'POST',
      path: '/payments/commerce/payments/cards/',
      file: 'payment-service-schema.json',
    });
    const compiled = await compileKiboSchemas();
    expect(compiled.filter((c) => c.operationId === 'createPublicCard').map((c) => [c.part, c.error])).to.deep.equal([
      ['request', undefined],
      ['response 200', undefined],
    ]);
  });

  it('takes the card as Kibo’s storefronts send it, and refuses other fields, types and numbers', async () => {
    expect(await validateRequest('createPublicCard', card)).to.deep.equal([]);
    const errors = await validateRequest('createPublicCard', {
      ...card,
      cardNumber: '4111 1111 1111 1111',
      cardType: 'MASTERCARD',
      expireMonth: 12,
    });
    expect(errorAt(errors, '/cardNumber', 'pattern')).to.exist;
    expect(errorAt(errors, '/cardType', 'enum')).to.exist;
    expect(errorAt(errors, '', 'additionalProperties')).to.exist;
    const { persistCard: _, ...withoutPersist } = card;
    expect(errorAt(await validateRequest('createPublicCard', withoutPersist), '', 'required')).to.exist;
  });

  it('answers an id and the masked number when successful, and never more than four digits of it', async () => {
    const answer = { id: 'tok_1', numberPart: '************1111', isSuccessful: true };
    expect(await validateResponse('createPublicCard', 200, answer)).to.deep.equal([]);
    expect(await validateResponse('createPublicCard', 200, { isSuccessful: false })).to.deep.equal([]);
    expect(errorAt(await validateResponse('createPublicCard', 200, { isSuccessful: true }), '', 'required')).to.exist;
    const echoed = await validateResponse('createPublicCard', 200, { ...answer, numberPart: '4111111111111111' });
    expect(errorAt(echoed, '/numberPart', 'pattern')).to.exist;
  });
});
