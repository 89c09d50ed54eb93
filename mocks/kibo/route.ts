/**
 * What a route of the Kibo-shaped mock is (`KiboRoute`: its operation id, path, what it runs) and
 * what routes share, apart from the handlers that run them (handlers.ts), so that the route modules
 * and the handlers do not import each other.
 */
import type { Customer, Site } from '../../src/model/types.js';
import type { MockBackend } from '../backend.js';
import { fieldError, kiboBadParameter } from './errors.js';

/**
 * The operations the Kibo-shaped mock serves, by our ids (docs/KIBO.md): every operation of
 * test/kibo/kibo-openapi.json, and the payment service's `createPublicCard`, whose schema is ours
 * (test/kibo/payment-service-schema.json: Kibo's definitions do not describe the payment service).
 */
export const KIBO_OPERATION_IDS = [
  'getTenant',
  'getCustomerSets',
  'getAccounts',
  'addAccount',
  'getAccount',
  'updateAccount',
  'addAccountContact',
  'updateAccountContact',
  'deleteAccountContact',
  'searchProducts',
  'getProduct',
  'configureProduct',
  'getLocationInventory',
  'getLocationInventories',
  'getDirectShipLocation',
  'getInStorePickupLocations',
  'getDeliveryLocations',
  'getOrders',
  'priceOrder',
  'requestRates',
  'getCheckoutSettings',
  'getCredit',
  'getPriceList',
  'getInventory',
  'getAggregateInventory',
  'createOrder',
  'getOrder',
  'createOrderItem',
  'applyCoupon',
  'setFulfillmentInfo',
  'setBillingInfo',
  'createPaymentAction',
  'getPayments',
  'getAvailableActions',
  'getAvailableShipmentMethods',
  'performOrderAction',
  'getResolvedPriceList',
  'createPublicCard',
] as const;

export type KiboOperationId = (typeof KIBO_OPERATION_IDS)[number];

/** What a route reads of its request. */
export interface KiboCall {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  request: Request;
  /** The site the call is scoped to; throws a Kibo error when the call names none. */
  site: () => Site;
}

/** What a route answers: a JSON body (none for 204) and its status (200 when not given). */
export interface KiboAnswer {
  status?: number;
  body?: unknown;
}

export interface KiboRoute {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  operationId: KiboOperationId;
  /** Kibo's application that answers errors of this route ("Customer", "Catalog"…). */
  application: string;
  run: (call: KiboCall) => KiboAnswer;
  /** Served below the payment service's base URL instead of the API's (`createKiboHandlers`). */
  paymentService?: boolean;
  /** Maps our field paths in a validation problem to Kibo's paths of the request body. */
  fieldPath?: (path: string) => string;
}

/** What routes share: the backend and helpers over it. */
export interface KiboContext {
  backend: MockBackend;
  customerByAccountId: (accountId: number) => Customer | undefined;
}

/** A whole number of a query parameter, at least `min`; `fallback` when absent. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min = 0): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw kiboBadParameter(`Invalid value for parameter ${name}.`, [
      fieldError(name, `Enter a whole number of at least ${min}.`),
    ]);
  }
  return value;
}
