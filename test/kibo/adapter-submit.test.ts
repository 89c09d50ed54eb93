/**
 * The Kibo adapter's submit: the order created as Kibo's definitions have it (every body
 * validated), and, with a fault injected after each step (the change made, its answer lost), a
 * second submit with the same key that ends in exactly one order, each line and payment once.
 */
import { expect } from '@open-wc/testing';
import { kiboDraft, mugLine, shirtLine, torontoContact, torontoShipTo, usd } from './drafts.js';
import { FakeOrders } from './fake-orders.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const draft = kiboDraft({
  lines: [mugLine(), shirtLine()],
  coupons: ['SAVE5'],
  customerNotes: 'Call before delivery',
  payments: [
    {
      id: 'p-1',
      typeId: 'CreditCard',
      kind: 'credit-card',
      amount: usd(1500),
      card: { token: 'card-token-1', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
    },
    {
      id: 'p-2',
      typeId: 'PurchaseOrder',
      kind: 'purchase-order',
      amount: usd(1000),
      reference: 'PO-77',
      termsId: 'net-30',
    },
  ],
});

const STEPS = [
  'createOrder',
  'createOrderItem',
  'createOrderItem',
  'applyCoupon',
  'setFulfillmentInfo',
  'setBillingInfo',
  'createPaymentAction',
  'createPaymentAction',
  'performOrderAction',
];

describe('Kibo adapter: submitOrder', () => {
  it('creates an Offline order stamped with the key, adds its lines, coupon, info and payments, then submits it', async () => {
    const kibo = new FakeOrders();
    const world = kiboWorld(kibo.answer);
    const order = await world.adapter.submitOrder({ draft, idempotencyKey: 'key-1' });
    expect(kibo.changes).to.deep.equal(STEPS);
    expect(order).to.deep.equal({
      id: 'o-1',
      number: '10001',
      status: 'new',
      createdAt: '2026-12-04T12:00:00Z',
      total: usd(2500),
      balanceDue: usd(0),
      idempotencyKey: 'key-1',
    });
    const [created] = kibo.orders;
    expect(created).to.deep.include({
      type: 'Offline',
      customerInteractionType: 'Call',
      externalId: 'ooe:key-1',
      customerAccountId: 1001,
      shopperNotes: { comments: 'Call before delivery', giftMessage: null },
    });
    expect(created!.items.map((i) => [i.data, i.fulfillmentMethod, i.giftInfo])).to.deep.equal([
      [{ lineId: 'l-1' }, 'Ship', undefined],
      [{ lineId: 'l-2' }, 'Pickup', { isGiftItem: true, giftMessage: 'Happy birthday' }],
    ]);
    const payments = world.requests.filter((r) => r.url.pathname.endsWith('/payments/actions'));
    expect(payments[0]!.body).to.deep.include({ actionName: 'CreatePayment', amount: 15, data: { paymentId: 'p-1' } });
    expect((payments[0]!.body as { newBillingInfo: unknown }).newBillingInfo).to.deep.include({
      paymentType: 'CreditCard',
      card: {
        paymentServiceCardId: 'card-token-1',
        isTokenized: true,
        paymentOrCardType: 'VISA',
        cardNumberPartOrMask: '1111',
        ccLastFour: '1111',
        expireMonth: 12,
        expireYear: 2030,
      },
    });
    expect((payments[1]!.body as { newBillingInfo: unknown }).newBillingInfo).to.deep.include({
      paymentType: 'PurchaseOrder',
      purchaseOrder: { purchaseOrderNumber: 'PO-77', paymentTerm: { code: 'net-30' }, customFields: [] },
    });
    expectSchemaTrue(world);
  });

  STEPS.forEach((step, index) => {
    it(`ends in exactly one order when the answer to step ${index + 1} (${step}) is lost`, async () => {
      const kibo = new FakeOrders(index);
      const world = kiboWorld(kibo.answer);
      const first = await world.adapter
        .submitOrder({ draft, idempotencyKey: 'key-1' }, { retry: false })
        .catch((e: unknown) => e);
      // The repeatable PUTs are retried by themselves; the others fail the first submit.
      const retriedInside = step === 'applyCoupon' || step === 'setFulfillmentInfo' || step === 'setBillingInfo';
      if (!retriedInside) expect(first).to.have.property('kind', 'unavailable');
      const order = await world.adapter.submitOrder({ draft, idempotencyKey: 'key-1' });
      expect(kibo.orders).to.have.length(1);
      const [only] = kibo.orders;
      expect(only!.items.map((i) => (i.data as { lineId: string }).lineId)).to.deep.equal(['l-1', 'l-2']);
      expect(only!.payments.map((p) => (p.data as { paymentId: string }).paymentId)).to.deep.equal(['p-1', 'p-2']);
      expect(kibo.changes.filter((c) => c === 'performOrderAction')).to.have.length(1);
      expect(order).to.deep.include({ id: 'o-1', number: '10001', idempotencyKey: 'key-1', balanceDue: usd(0) });
      expectSchemaTrue(world);
    });
  });

  it('sends the ship-to address as the fulfillment contact, billing kept to the default billing address', async () => {
    const kibo = new FakeOrders();
    const world = kiboWorld(kibo.answer);
    await world.adapter.submitOrder({ draft: { ...draft, shipTo: torontoShipTo }, idempotencyKey: 'key-ship-to' });
    const body = (ending: string) => world.requests.find((r) => r.url.pathname.endsWith(ending))!.body;
    expect(body('/fulfillmentinfo')).to.deep.include({ fulfillmentContact: torontoContact });
    expect(body('/billinginfo')).to.deep.include({ isSameBillingShippingAddress: false });
    expect((body('/billinginfo') as { billingContact: { address: unknown } }).billingContact.address).to.deep.include({
      address1: '12 Analytical Way',
    });
    expectSchemaTrue(world);
  });

  it('refuses to submit with a coupon Kibo refuses, saying why', async () => {
    const kibo = new FakeOrders();
    const world = kiboWorld(kibo.answer);
    const error = await world.adapter
      .submitOrder({ draft: { ...draft, coupons: ['NOPE'] }, idempotencyKey: 'key-2' })
      .catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'validation');
    expect((error as Error).message).to.equal('Could not submit the order: coupon NOPE was refused: Unknown coupon');
    expect(kibo.changes).not.to.include('performOrderAction');
  });
});
