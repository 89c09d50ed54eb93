import { expect } from '@open-wc/testing';
import type { KiboOperationId } from '../../mocks/kibo/handlers.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { PRODUCTS, SHIPPING_METHODS } from '../support/fixtures.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface KiboOrder {
  id: string;
  externalId: string | null;
  status: string;
  orderNumber?: number;
  submittedDate?: string;
  total: number;
  amountRemainingForPayment: number;
  items: { id: string; quantity: number }[];
  orderDiscounts: { couponCode?: string }[];
  payments: { id: string; status: string; amountRequested: number }[];
}

const ADA_CONTACT = {
  firstName: 'Ada',
  lastNameOrSurname: 'Lovelace',
  email: 'ada.lovelace@example.com',
  address: {
    address1: '1815 Analytical Engine Way',
    cityOrTown: 'Austin',
    stateOrProvince: 'TX',
    postalOrZipCode: '78701',
    countryCode: 'US',
  },
  phoneNumbers: { home: '(512) 555-0100' },
};

describe('Kibo-shaped mock: placing an order', () => {
  const kibo = useKiboMock();

  /** The submit sequence of docs/KIBO.md, for one tote bag shipped by Ground, paid by check. */
  async function placeOrder(externalId: string): Promise<KiboOrder> {
    const { body: created } = await kibo.call<KiboOrder>('createOrder', '/commerce/orders', {
      body: {
        siteId: KIBO_SITE_IDS['us'],
        currencyCode: 'USD',
        type: 'Offline',
        customerInteractionType: 'Call',
        externalId,
        customerAccountId: 1,
        email: 'ada.lovelace@example.com',
        shopperNotes: { comments: 'Leave at the door' },
      },
    });
    const id = created.id;
    await kibo.call('createOrderItem', `/commerce/orders/${id}/items`, {
      body: {
        quantity: 2,
        product: { productCode: PRODUCTS.canvasTote.code },
        fulfillmentMethod: 'Ship',
        data: { lineId: 'line-1' },
      },
    });
    await kibo.call('applyCoupon', `/commerce/orders/${id}/coupons/SAVE10`, { method: 'PUT' });
    await kibo.call('setFulfillmentInfo', `/commerce/orders/${id}/fulfillmentinfo`, {
      method: 'PUT',
      body: { fulfillmentContact: ADA_CONTACT, shippingMethodCode: SHIPPING_METHODS.ground.id },
    });
    await kibo.call('setBillingInfo', `/commerce/orders/${id}/billinginfo`, {
      method: 'PUT',
      body: { billingContact: ADA_CONTACT, isSameBillingShippingAddress: true },
    });
    const { body: priced } = await kibo.call<KiboOrder>('getOrder', `/commerce/orders/${id}`);
    await kibo.call('createPaymentAction', `/commerce/orders/${id}/payments/actions`, {
      body: {
        actionName: 'CreatePayment',
        amount: priced.total,
        currencyCode: 'USD',
        newBillingInfo: { paymentType: 'Check', check: { checkNumber: '1042' }, billingContact: ADA_CONTACT },
        data: { paymentId: 'pay-1' },
      },
    });
    const { body: submitted } = await kibo.call<KiboOrder>('performOrderAction', `/commerce/orders/${id}/actions`, {
      body: { actionName: 'SubmitOrder' },
    });
    return submitted;
  }

  it('builds an order step by step and submits it into the same order list', async () => {
    const submitted = await placeOrder('oo:key-1');
    expect(submitted.status).to.equal('Submitted');
    expect(submitted.orderNumber).to.be.a('number');
    expect(submitted.externalId).to.equal('oo:key-1');
    expect(submitted.orderDiscounts.map((d) => d.couponCode)).to.deep.equal(['SAVE10']);
    expect(submitted.amountRemainingForPayment).to.equal(0);
    expect(submitted.payments.map((p) => p.status)).to.deep.equal(['Pending']);

    const ours = kibo.backend.listOrders('us', { limit: 1 }).items[0]!;
    expect(ours.number).to.equal(String(submitted.orderNumber));
    expect(ours.items).to.deep.equal([
      { productId: PRODUCTS.canvasTote.id, productName: 'Canvas Tote Bag', quantity: 2 },
    ]);

    const { body: list } = await kibo.call<{ items: KiboOrder[] }>('getOrders', '/commerce/orders?pageSize=1');
    expect(list.items.map((o) => [o.id, o.externalId])).to.deep.equal([[submitted.id, 'oo:key-1']]);
    const { body: found } = await kibo.call<{ items: KiboOrder[] }>(
      'getOrders',
      `/commerce/orders?filter=${encodeURIComponent("externalId eq 'oo:key-1'")}&pageSize=1`,
    );
    expect(found.items.map((o) => o.id)).to.deep.equal([submitted.id]);

    const { body: actions } = await kibo.call<string[]>(
      'getAvailableActions',
      `/commerce/orders/${submitted.id}/actions`,
    );
    expect(actions).to.not.include('SubmitOrder');
    const again = await kibo.call<KiboErrorBody>('performOrderAction', `/commerce/orders/${submitted.id}/actions`, {
      body: { actionName: 'SubmitOrder' },
      expectError: true,
    });
    expect(again.status).to.equal(409);
    expect(kibo.backend.listOrders('us', { limit: 1 }).items[0]!.id).to.equal(ours.id);
  });

  it('lists the payments and the shipment methods of an order being built', async () => {
    const { body: created } = await kibo.call<KiboOrder>('createOrder', '/commerce/orders', {
      body: { siteId: KIBO_SITE_IDS['us'], currencyCode: 'USD', customerAccountId: 1, externalId: 'oo:key-2' },
    });
    const { body: methods } = await kibo.call<{ shippingMethodCode: string; price: number }[]>(
      'getAvailableShipmentMethods',
      `/commerce/orders/${created.id}/shipments/methods`,
    );
    expect(methods.map((m) => [m.shippingMethodCode, m.price])).to.deep.equal([
      ['ground', 7.95],
      ['2-day', 14.95],
      ['overnight', 29.95],
    ]);
    const { body: payments } = await kibo.call<{ items: unknown[]; totalCount: number }>(
      'getPayments',
      `/commerce/orders/${created.id}/payments`,
    );
    expect(payments.totalCount).to.equal(0);
    const { body: found } = await kibo.call<{ items: KiboOrder[] }>(
      'getOrders',
      `/commerce/orders?filter=${encodeURIComponent('externalId eq oo:key-2')}`,
    );
    expect(found.items.map((o) => [o.id, o.status])).to.deep.equal([[created.id, 'Created']]);
  });

  it('refuses to submit an order that is not ready, naming the field', async () => {
    const { body: created } = await kibo.call<KiboOrder>('createOrder', '/commerce/orders', {
      body: { siteId: KIBO_SITE_IDS['us'], currencyCode: 'USD', customerAccountId: 1 },
    });
    const { status, body } = await kibo.call<KiboErrorBody>(
      'performOrderAction',
      `/commerce/orders/${created.id}/actions`,
      {
        body: { actionName: 'SubmitOrder' },
        expectError: true,
      },
    );
    expect(status).to.equal(400);
    expect(body.errorCode).to.equal('VALIDATION_CONFLICT');
    expect(body.items.length).to.be.greaterThan(0);
  });

  const STEPS: KiboOperationId[] = [
    'createOrder',
    'createOrderItem',
    'applyCoupon',
    'setFulfillmentInfo',
    'setBillingInfo',
    'createPaymentAction',
    'performOrderAction',
  ];
  for (const step of STEPS) {
    it(`applies ${step} even when its answer is lost (a fault after processing)`, async () => {
      const before = kibo.backend.listOrders('us', { limit: 1 }).total;
      kibo.scenario.failNext(step, 'network', 1, { afterProcessing: true });
      let failed = false;
      try {
        await placeOrder(`oo:fault-${step}`);
      } catch {
        failed = true;
      }
      expect(failed, 'the lost answer fails the sequence').to.equal(true);
      const { body: found } = await kibo.call<{ items: KiboOrder[] }>(
        'getOrders',
        `/commerce/orders?filter=${encodeURIComponent(`externalId eq oo:fault-${step}`)}`,
      );
      expect(found.items).to.have.length(1);
      expect(found.items[0]!.status).to.equal(step === 'performOrderAction' ? 'Submitted' : 'Created');
      expect(kibo.backend.listOrders('us', { limit: 1 }).total).to.equal(
        before! + (step === 'performOrderAction' ? 1 : 0),
      );
    });
  }
});
