/**
 * A fake `fetch` for the Kibo adapter's tests: passed in the adapter's options, it records every
 * request (method, URL, headers, JSON body) and answers with what the test's `answer` returns.
 * No network, no service worker: the exact requests the adapter makes are what the tests assert.
 */

export interface RecordedRequest {
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The JSON body, parsed; undefined when there was none. */
  body: unknown;
}

/** An answer: a status and a JSON body (or raw text), or an error to reject with. */
export type FakeAnswer = { status?: number; body?: unknown; text?: string; headers?: Record<string, string> } | Error;

export interface FakeFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
}

export const API = 'https://t100.sandbox.mozu.com/api';
/** The payment service's origin (a sandbox's). */
export const PAYMENT_SERVICE = 'https://payments-sb.usc1.gcp.kibocommerce.com';

/** `answer(request, index)` for each request, in order (index counts from 0). */
export function fakeFetch(
  answer: (request: RecordedRequest, index: number) => FakeAnswer | Promise<FakeAnswer>,
): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers,
      body: text === undefined ? undefined : JSON.parse(text),
    };
    requests.push(request);
    init?.signal?.throwIfAborted();
    // As a real fetch does, an abort rejects the call while it waits for the answer.
    const signal = init?.signal;
    const aborted = new Promise<never>((_, reject) =>
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true }),
    );
    const reply = await Promise.race([answer(request, requests.length - 1), aborted]);
    if (reply instanceof Error) throw reply;
    const body = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    return new Response(body || null, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };
  return { fetch, requests };
}

/** A request's path below the API root, and its query as an object. */
export function route(request: RecordedRequest): { path: string; query: Record<string, string> } {
  return {
    path: request.url.pathname.replace(/^\/api/, ''),
    query: Object.fromEntries(request.url.searchParams),
  };
}

const OPERATIONS: [string, RegExp, string][] = [
  ['GET', /^\/platform\/tenants\/\d+$/, 'getTenant'],
  ['GET', /^\/commerce\/customer\/customerSets$/, 'getCustomerSets'],
  ['GET', /^\/commerce\/customer\/accounts$/, 'getAccounts'],
  ['POST', /^\/commerce\/customer\/accounts$/, 'addAccount'],
  ['GET', /^\/commerce\/customer\/accounts\/\d+$/, 'getAccount'],
  ['PUT', /^\/commerce\/customer\/accounts\/\d+$/, 'updateAccount'],
  ['POST', /^\/commerce\/customer\/accounts\/\d+\/contacts$/, 'addAccountContact'],
  ['PUT', /^\/commerce\/customer\/accounts\/\d+\/contacts\/\d+$/, 'updateAccountContact'],
  ['DELETE', /^\/commerce\/customer\/accounts\/\d+\/contacts\/\d+$/, 'deleteAccountContact'],
  ['GET', /^\/commerce\/catalog\/storefront\/productsearch\/search$/, 'searchProducts'],
  ['GET', /^\/commerce\/catalog\/storefront\/products\/[^/]+$/, 'getProduct'],
  ['POST', /^\/commerce\/catalog\/storefront\/products\/[^/]+\/configure$/, 'configureProduct'],
  ['GET', /^\/commerce\/catalog\/storefront\/pricelists\/[^/]+$/, 'getPriceList'],
  ['GET', /^\/commerce\/settings\/checkout$/, 'getCheckoutSettings'],
  ['GET', /^\/commerce\/customer\/credits\/[^/]+$/, 'getCredit'],
  ['GET', /^\/commerce\/catalog\/storefront\/products\/[^/]+\/locationinventory$/, 'getLocationInventory'],
  ['POST', /^\/commerce\/catalog\/storefront\/products\/locationinventory$/, 'getLocationInventories'],
  ['POST', /^\/commerce\/inventory\/v5\/inventory\/aggregate$/, 'getAggregateInventory'],
  ['GET', /^\/commerce\/storefront\/locationUsageTypes\/SP\/locations$/, 'getInStorePickupLocations'],
  ['GET', /^\/commerce\/storefront\/locationUsageTypes\/DL\/locations$/, 'getDeliveryLocations'],
  ['GET', /^\/commerce\/storefront\/locationUsageTypes\/DS\/location$/, 'getDirectShipLocation'],
  ['POST', /^\/commerce\/catalog\/storefront\/shipping\/request-rates$/, 'requestRates'],
  ['POST', /^\/commerce\/orders\/price$/, 'priceOrder'],
  ['GET', /^\/commerce\/orders$/, 'getOrders'],
  ['POST', /^\/commerce\/orders$/, 'createOrder'],
  ['GET', /^\/commerce\/orders\/[^/]+$/, 'getOrder'],
  ['POST', /^\/commerce\/orders\/[^/]+\/items$/, 'createOrderItem'],
  ['PUT', /^\/commerce\/orders\/[^/]+\/coupons\/[^/]+$/, 'applyCoupon'],
  ['PUT', /^\/commerce\/orders\/[^/]+\/fulfillmentinfo$/, 'setFulfillmentInfo'],
  ['PUT', /^\/commerce\/orders\/[^/]+\/billinginfo$/, 'setBillingInfo'],
  ['POST', /^\/commerce\/orders\/[^/]+\/payments\/actions$/, 'createPaymentAction'],
  ['POST', /^\/commerce\/orders\/[^/]+\/actions$/, 'performOrderAction'],
  // The payment service (its own host, or a proxy path; our schema, test/kibo/payment-service-schema.json).
  ['POST', /^(\/[^/]+)*\/payments\/commerce\/payments\/cards\/$/, 'createPublicCard'],
];

/** Our id of the Kibo operation a request calls (docs/KIBO.md), or throws. */
export function operationOf(request: RecordedRequest): string {
  const { path } = route(request);
  const found = OPERATIONS.find(([method, pattern]) => method === request.method && pattern.test(path));
  if (!found) throw new Error(`no Kibo operation for ${request.method} ${path}`);
  return found[2];
}
