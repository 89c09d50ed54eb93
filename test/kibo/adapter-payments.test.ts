/**
 * The Kibo adapter's payment types (the site's checkout settings) and store credit balances.
 */
import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../src/adapter/errors.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const checkout = {
  paymentSettings: {
    payByMail: true,
    gateways: [{ supportedCards: ['VISA', 'MC'], areGatewayCredentialFieldsSet: true }],
    purchaseOrder: {
      isEnabled: true,
      allowSplitPayment: true,
      paymentTerms: [
        { code: 'net-60', description: 'Net 60', sequenceNumber: 2 },
        { code: 'net-30', description: 'Net 30', sequenceNumber: 1 },
      ],
      customFields: [
        { code: 'buyer', label: 'Buyer', isRequired: true, isEnabled: true, sequenceNumber: 1 },
        { code: 'dept', label: 'Department', isRequired: false, isEnabled: false, sequenceNumber: 2 },
      ],
    },
    externalPaymentWorkflowDefinitions: [
      { name: 'Invoice', fullyQualifiedName: 'acme~invoice', description: 'Pay by invoice', isEnabled: true },
      { name: 'Old', fullyQualifiedName: 'acme~old', isEnabled: false },
    ],
  },
};

const credit = {
  code: 'SC-100',
  currencyCode: 'USD',
  currentBalance: 25.5,
  initialBalance: 50,
  creditType: 'StoreCredit',
  creditTypeId: 1,
  activationDate: '2026-01-01T00:00:00Z',
  expirationDate: null,
};

function kibo(answer: (request: RecordedRequest) => FakeAnswer) {
  return (request: RecordedRequest): FakeAnswer => {
    const operation = operationOf(request);
    if (operation === 'getTenant') return { body: fx.tenant };
    if (operation === 'getCustomerSets') return { body: fx.customerSets };
    return answer(request);
  };
}

describe('Kibo adapter: payments', () => {
  it('lists the site’s payment types from its checkout settings', async () => {
    const world = kiboWorld(
      kibo(() => ({ body: checkout })),
      { storeCredit: true },
    );
    const types = await world.adapter.listPaymentTypes({ siteId: '101' });
    const read = world.requests.at(-1)!;
    expect(route(read).path).to.equal('/commerce/settings/checkout');
    expect(read.headers['x-vol-site']).to.equal('101');
    expect(types).to.deep.equal([
      { id: 'CreditCard', kind: 'credit-card', label: 'Credit Card' },
      { id: 'Check', kind: 'check', label: 'Check' },
      {
        id: 'PurchaseOrder',
        kind: 'purchase-order',
        label: 'Purchase Order',
        terms: [
          { id: 'net-30', label: 'Net 30' },
          { id: 'net-60', label: 'Net 60' },
        ],
        fields: [{ name: 'buyer', label: 'Buyer', required: true }],
      },
      { id: 'StoreCredit', kind: 'store-credit', label: 'Store Credit' },
      { id: 'acme~invoice', kind: 'other', label: 'Pay by invoice' },
    ]);
    expectSchemaTrue(world);
  });

  it('checks a store credit’s balance, a code that is never redirected', async () => {
    const world = kiboWorld(kibo(() => ({ body: credit })));
    const balance = await world.adapter.checkBalance({ siteId: '101', typeId: 'StoreCredit', code: 'SC-100' });
    expect(balance).to.deep.equal({
      typeId: 'StoreCredit',
      code: 'SC-100',
      available: { amount: 2550, currency: 'USD' },
    });
    const read = world.requests.at(-1)!;
    expect(route(read).path).to.equal('/commerce/customer/credits/SC-100');
    expect(read.headers['x-vol-site']).to.equal('101');
    expectSchemaTrue(world);
  });

  it('gives an expired store credit no balance, and refuses one in another currency', async () => {
    const expired = kiboWorld(kibo(() => ({ body: { ...credit, expirationDate: '2020-01-01T00:00:00Z' } })));
    const none = await expired.adapter.checkBalance({ siteId: '101', typeId: 'StoreCredit', code: 'SC-100' });
    expect(none.available).to.deep.equal({ amount: 0, currency: 'USD' });
    const world = kiboWorld(kibo(() => ({ body: credit })));
    const error = await world.adapter
      .checkBalance({ siteId: '102', typeId: 'StoreCredit', code: 'SC-100' })
      .catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'validation');
    expectSchemaTrue(expired);
  });

  it('reads a gift card as a customer credit of type GiftCard', async () => {
    const world = kiboWorld(kibo(() => ({ body: { ...credit, code: 'GC-1', creditType: 'GiftCard' } })));
    const balance = await world.adapter.checkBalance!({ siteId: '101', typeId: 'GiftCard', code: 'GC-1' });
    expect(balance).to.deep.equal({ typeId: 'GiftCard', code: 'GC-1', available: { amount: 2550, currency: 'USD' } });
    expect(world.requests.map((r) => route(r).path)).to.include('/commerce/customer/credits/GC-1');
  });

  it('says an unknown code is not known', async () => {
    const world = kiboWorld(kibo(() => ({ status: 404, body: fx.kiboError('Not found', [], 'ITEM_NOT_FOUND') })));
    const unknown = await world.adapter
      .checkBalance({ siteId: '101', typeId: 'StoreCredit', code: 'NOPE' })
      .catch((e: unknown) => e);
    expect(unknown).to.have.property('kind', 'not-found');
    expect((unknown as Error).message).to.equal(
      'Could not check the balance: this code is not known. Check the code with the shopper.',
    );
  });

  it('takes only a GiftCard credit as a gift card, and only another credit as store credit', async () => {
    const unknown = 'Could not check the balance: this code is not known. Check the code with the shopper.';
    const cases: [string, string | null, 'StoreCredit' | 'GiftCard', boolean][] = [
      ['a gift card asked as store credit', 'GiftCard', 'StoreCredit', false],
      ['a store credit asked as a gift card', 'StoreCredit', 'GiftCard', false],
      ['a credit of no type asked as a gift card', null, 'GiftCard', false],
      ['a credit of no type asked as store credit', null, 'StoreCredit', true],
      ['a custom credit asked as store credit', 'Loyalty', 'StoreCredit', true],
      ['a gift card spelled in lower case', 'giftcard', 'GiftCard', true],
    ];
    for (const [what, creditType, typeId, taken] of cases) {
      const world = kiboWorld(kibo(() => ({ body: { ...credit, creditType } })));
      const answer = await world.adapter
        .checkBalance({ siteId: '101', typeId, code: 'SC-100' })
        .catch((e: unknown) => e);
      if (taken) {
        expect(answer, what).to.deep.include({ typeId, code: 'SC-100' });
      } else {
        expect(answer, what).to.be.instanceOf(NotFoundError);
        expect((answer as Error).message, what).to.equal(unknown);
      }
      // Never asked again: the answer will not change.
      expect(
        world.requests.filter((r) => operationOf(r) === 'getCredit'),
        what,
      ).to.have.length(1);
    }
  });
});
