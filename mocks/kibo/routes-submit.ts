/**
 * Placing an order through Kibo's order operations (docs/KIBO.md, `submitOrder`): create, items,
 * coupons, fulfillment and billing info, payment actions, the `SubmitOrder` action; and the reads
 * a resumed submit makes (`getOrder`, `getPayments`, `getAvailableActions`,
 * `getAvailableShipmentMethods`). The state and the choices Kibo's definitions leave open are in
 * order-store.ts; the `SubmitOrder` action hands the order to our backend's `submitOrder`.
 */
import { MockProblem } from '../problem.js';
import { KiboError, fieldError, kiboBadParameter, kiboNotFound } from './errors.js';
import type { KiboCall, KiboContext, KiboRoute } from './route.js';
import {
  KiboOrderStore,
  draftOfState,
  toKiboOrder,
  toKiboPayment,
  type KiboBillingInfo,
  type KiboOrderState,
} from './order-store.js';
import { kiboOrderPath, type KiboOrderItemInput } from './pricing-shapes.js';
import { toMajor } from './shapes.js';
import { toKiboOrderRecord } from './order-record-shape.js';

function objectBody<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw kiboBadParameter('The request body must be a JSON object.');
  return body as T;
}

export function submitRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;
  const store = () => KiboOrderStore.of(backend);

  const orderOf = (call: KiboCall): KiboOrderState => {
    const site = call.site();
    const state = store().orders.get(call.params['orderId'] ?? '');
    if (!state || state.siteId !== site.id) throw kiboNotFound(`order ${call.params['orderId']}`, 'Commerce');
    return state;
  };

  const editable = (state: KiboOrderState): KiboOrderState => {
    if (state.submitted) {
      throw new KiboError({ status: 409, message: `Order ${state.id} has been submitted and cannot be edited.` });
    }
    return state;
  };

  const customerOf = (state: KiboOrderState) =>
    typeof state.order.customerAccountId === 'number'
      ? context.customerByAccountId(state.order.customerAccountId)
      : undefined;

  const answer = (state: KiboOrderState) => ({ body: toKiboOrder(state, backend) });

  return [
    {
      method: 'post',
      path: '/commerce/orders',
      operationId: 'createOrder',
      application: 'Commerce',
      run: (call) => {
        const site = call.site();
        const order = objectBody<KiboOrderState['order']>(call.body);
        if (typeof order.customerAccountId === 'number' && !context.customerByAccountId(order.customerAccountId)) {
          throw new KiboError({
            status: 400,
            message: `Customer account ${order.customerAccountId} does not exist.`,
            items: [fieldError('customerAccountId', 'Unknown customer account.')],
          });
        }
        const state: KiboOrderState = {
          id: store().newId('ko'),
          siteId: site.id,
          createdAt: backend.seed.now.toISOString(),
          order: { ...order, items: [] },
          items: [],
          couponCodes: [],
          fulfillmentInfo: order.fulfillmentInfo ?? null,
          billingInfo: null,
          payments: [],
          submitted: null,
        };
        for (const item of order.items ?? []) state.items.push({ ...item, id: item.id ?? store().newId('ki') });
        store().orders.set(state.id, state);
        return answer(state);
      },
    },
    {
      method: 'get',
      path: '/commerce/orders/:orderId',
      operationId: 'getOrder',
      application: 'Commerce',
      run: (call) => {
        const site = call.site();
        const id = call.params['orderId'] ?? '';
        const state = store().orders.get(id);
        if (state) return answer(orderOf(call));
        // An order the Kibo mock did not build itself (seeded, or placed over our REST API): the
        // mock backend's record of it, in Kibo's shape (the side sheet of the Kibo demo reads it).
        let record;
        try {
          record = backend.getOrder(site.id, id);
        } catch (error) {
          if (error instanceof MockProblem) throw kiboNotFound(`order ${id}`, 'Commerce');
          throw error;
        }
        const productCode = (productId: string) => backend.seed.productById.get(productId)?.code ?? productId;
        return { body: toKiboOrderRecord(record, backend.listSites(), productCode) };
      },
    },
    {
      method: 'post',
      path: '/commerce/orders/:orderId/items',
      operationId: 'createOrderItem',
      application: 'Commerce',
      run: (call) => {
        const state = editable(orderOf(call));
        const item = objectBody<KiboOrderItemInput>(call.body);
        const lineId = item.data && typeof item.data['lineId'] === 'string' ? item.data['lineId'] : null;
        const id = item.id ?? lineId ?? store().newId('ki');
        if (!backend.seed.products.some((p) => p.code === item.product?.productCode)) {
          throw new KiboError({
            status: 400,
            message: `Product ${item.product?.productCode ?? '(none)'} is not in the catalog.`,
            items: [fieldError('product.productCode', 'Unknown product code.')],
          });
        }
        state.items.push({ ...item, id });
        return answer(state);
      },
    },
    {
      method: 'put',
      path: '/commerce/orders/:orderId/coupons/:couponCode',
      operationId: 'applyCoupon',
      application: 'Commerce',
      run: (call) => {
        const state = editable(orderOf(call));
        const code = (call.params['couponCode'] ?? '').toUpperCase();
        if (!state.couponCodes.includes(code)) state.couponCodes.push(code);
        return answer(state);
      },
    },
    {
      method: 'put',
      path: '/commerce/orders/:orderId/fulfillmentinfo',
      operationId: 'setFulfillmentInfo',
      application: 'Commerce',
      run: (call) => {
        const state = editable(orderOf(call));
        state.fulfillmentInfo = objectBody<NonNullable<KiboOrderState['fulfillmentInfo']>>(call.body);
        return { body: state.fulfillmentInfo };
      },
    },
    {
      method: 'put',
      path: '/commerce/orders/:orderId/billinginfo',
      operationId: 'setBillingInfo',
      application: 'Commerce',
      run: (call) => {
        const state = editable(orderOf(call));
        state.billingInfo = objectBody<KiboBillingInfo>(call.body);
        return { body: state.billingInfo };
      },
    },
    {
      method: 'post',
      path: '/commerce/orders/:orderId/payments/actions',
      operationId: 'createPaymentAction',
      application: 'Commerce',
      run: (call) => {
        const state = editable(orderOf(call));
        const action = objectBody<{
          actionName?: string | null;
          amount?: number | null;
          newBillingInfo?: KiboBillingInfo | null;
          checkNumber?: string | null;
          data?: Record<string, unknown> | null;
        }>(call.body);
        if (action.actionName !== 'CreatePayment' && action.actionName !== 'AuthorizePayment') {
          throw kiboBadParameter(`Unsupported payment action ${action.actionName ?? '(none)'}.`, [
            fieldError('actionName', 'Use CreatePayment.'),
          ]);
        }
        const info = action.newBillingInfo ?? {};
        const type = info.paymentType ?? '';
        if (!['CreditCard', 'Check', 'PurchaseOrder', 'StoreCredit', 'GiftCard'].includes(type)) {
          throw kiboBadParameter(`Unsupported payment type ${type || '(none)'}.`, [
            fieldError('newBillingInfo.paymentType', 'Use CreditCard, Check, PurchaseOrder or StoreCredit.'),
          ]);
        }
        if (typeof action.amount !== 'number' || action.amount <= 0) {
          throw kiboBadParameter('The amount must be positive.', [fieldError('amount', 'Enter an amount.')]);
        }
        const billingInfo: KiboBillingInfo =
          type === 'GiftCard' ? { ...info, paymentType: 'StoreCredit', storeCreditType: 'GiftCard' } : info;
        if (type === 'Check' && action.checkNumber && !info.check?.checkNumber) {
          billingInfo.check = { checkNumber: action.checkNumber };
        }
        state.payments.push({
          id: store().newId('kp'),
          paymentType: billingInfo.paymentType ?? type,
          amountRequested: action.amount,
          status: type === 'Check' || type === 'PurchaseOrder' ? 'Pending' : 'Authorized',
          billingInfo,
          data: action.data ?? {},
        });
        return answer(state);
      },
    },
    {
      method: 'get',
      path: '/commerce/orders/:orderId/payments',
      operationId: 'getPayments',
      application: 'Commerce',
      run: (call) => {
        const state = orderOf(call);
        return {
          body: { items: state.payments.map((p) => toKiboPayment(p, state.id)), totalCount: state.payments.length },
        };
      },
    },
    {
      method: 'get',
      path: '/commerce/orders/:orderId/actions',
      operationId: 'getAvailableActions',
      application: 'Commerce',
      run: (call) => ({ body: orderOf(call).submitted ? ['CancelOrder'] : ['SubmitOrder', 'AbandonOrder'] }),
    },
    {
      method: 'get',
      path: '/commerce/orders/:orderId/shipments/methods',
      operationId: 'getAvailableShipmentMethods',
      application: 'Commerce',
      run: (call) => {
        const state = orderOf(call);
        const site = backend.site(state.siteId);
        const draft = draftOfState(state, site, backend.seed, customerOf(state));
        return {
          body: backend.getShippingMethods(site.id, draft).map((m) => ({
            shippingMethodCode: m.id,
            shippingMethodName: m.name,
            price: toMajor(m.rate),
            currencyCode: m.rate.currency,
            fulfillmentMethod: 'Ship',
            isValid: true,
            messages: [],
          })),
        };
      },
    },
    {
      method: 'post',
      path: '/commerce/orders/:orderId/actions',
      operationId: 'performOrderAction',
      application: 'Commerce',
      run: (call) => {
        const state = orderOf(call);
        const { actionName } = objectBody<{ actionName?: string | null }>(call.body);
        if (actionName !== 'SubmitOrder') {
          throw kiboBadParameter(`Unsupported order action ${actionName ?? '(none)'}.`, [
            fieldError('actionName', 'Use SubmitOrder.'),
          ]);
        }
        if (state.submitted) {
          throw new KiboError({
            status: 409,
            message: `Order ${state.id} has already been submitted: SubmitOrder is not an available action.`,
          });
        }
        const site = backend.site(state.siteId);
        const draft = draftOfState(state, site, backend.seed, customerOf(state));
        try {
          state.submitted = backend.submitOrder(site.id, draft, state.order.externalId ?? state.id).order;
        } catch (error) {
          if (!(error instanceof MockProblem) || error.status !== 422) throw error;
          throw new KiboError({
            status: 400,
            message: error.message,
            items: (error.errors ?? []).map((e) => fieldError(kiboOrderPath(e.path, draft), e.message)),
          });
        }
        return answer(state);
      },
    },
  ];
}
