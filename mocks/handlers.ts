/**
 * MSW handlers for the HTTP contract of docs/ARCHITECTURE.md (and api/openapi.yaml) over a
 * `MockBackend`. Each handler records the request (never its body), asks the scenario what the
 * call meets (latency, a fault), runs the backend method, and answers JSON or problem+json.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { CardDetails, CustomerInput, OrderDraft } from '../src/model/types.js';
import { MockBackend, requireIdempotencyKey, type MockBackendOptions } from './backend.js';
import { statusOf } from './backend-order-records.js';
import { MockProblem, badRequest, notFound, statusProblem } from './problem.js';
import {
  ANSWER_FAULTS,
  MockScenario,
  type AnswerFault,
  type CallPlan,
  type Fault,
  type MockScenarioInit,
} from './scenario.js';

export interface HandlerOptions {
  /** Where the contract is served: a path ("/api/v1", the default) or an absolute URL. */
  baseUrl?: string;
  /** Latency and faults; a scenario without latency or faults by default. */
  scenario?: MockScenario;
  /**
   * Whether to serve a request (default: all). One it refuses fails like a network error and
   * leaves no trace: not recorded, no fault or hold of the scenario taken. The tests refuse a
   * request left over from an earlier test, which would otherwise take a hold or a fault queued
   * for the current one.
   */
  accept?: (request: Request) => boolean;
}

/** The operations of the contract, as the scenario and the request log name them. */
export const OPERATION_IDS = [
  'listSites',
  'listOrders',
  'searchCustomers',
  'createCustomer',
  'updateCustomer',
  'searchProducts',
  'getProduct',
  'configureProduct',
  'getFulfillmentOptions',
  'getFulfillmentOptionsBatch',
  'getShippingMethods',
  'listPriceLists',
  'priceOrder',
  'listPaymentTypes',
  'checkBalance',
  'tokenizeCard',
  'submitOrder',
  'findOrder',
  'sendConfirmation',
  'listLastOrderedItems',
  'listDrafts',
  'saveDraft',
  'replaceDraft',
  'deleteDraft',
  'sendPaymentLink',
  'getOrder',
] as const;

export type OperationId = (typeof OPERATION_IDS)[number];

/** What a route answers: a JSON body (none for a 204) and its status (200 when not given). */
interface RouteAnswer {
  status?: number;
  body: unknown;
}

/** What a route reads of its request: path parameters, query, parsed JSON body, and the request itself. */
interface RouteCall {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  request: Request;
}

const encoder = new TextEncoder();

function json(result: RouteAnswer): Response {
  if (result.status === 204) return new HttpResponse(null, { status: 204 });
  return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status ?? 200 });
}

function problemResponse(problem: MockProblem): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (problem.retryAfter !== undefined) headers['Retry-After'] = String(problem.retryAfter);
  return new HttpResponse(JSON.stringify(problem.toBody()), { status: problem.status, headers });
}

async function faultResponse(plan: CallPlan, request: Request, result?: RouteAnswer): Promise<Response> {
  if (plan.fault === 'network') return HttpResponse.error();
  if (plan.fault === 'timeout') {
    await delay('infinite');
    return HttpResponse.error();
  }
  if (typeof plan.fault === 'number') return problemResponse(statusProblem(plan.fault, plan.retryAfter, plan.errors));
  return brokenAnswer(plan.fault!, request, result);
}

const isAnswerFault = (fault: Fault): fault is AnswerFault => (ANSWER_FAULTS as readonly Fault[]).includes(fault);

/** A broken answer (`AnswerFault` of mocks/scenario.ts), from the real one where it has one. */
function brokenAnswer(fault: AnswerFault, request: Request, result?: RouteAnswer): Response {
  const url = new URL(request.url);
  url.searchParams.set('redirected', '1');
  if (fault === 'redirect') return new HttpResponse(null, { status: 302, headers: { Location: url.href } });
  if (fault === 'malformed')
    return new HttpResponse('{"items": [{"id": ', { status: 200, headers: { 'Content-Type': 'application/json' } });
  if (fault === 'missing-fields') return HttpResponse.json({}, { status: 200 });
  return HttpResponse.json(wrongKind(result?.body) as Record<string, unknown>, { status: result?.status ?? 200 });
}

/** `value` with every `currency` "ZZZ" and every `id` and `token` a number: values of the wrong kind. */
function wrongKind(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrongKind);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === 'currency') return [key, 'ZZZ'];
      if (key === 'id' || key === 'token') return [key, 42];
      return [key, wrongKind(inner)];
    }),
  );
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function optionalInt(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) {
    throw badRequest(`"${name}" must be a whole number.`, [
      { path: name, code: 'invalid', message: 'Enter a whole number.' },
    ]);
  }
  return value;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

function draftOf(body: unknown): OrderDraft {
  const { draft } = objectBody(body);
  if (!draft || typeof draft !== 'object') throw badRequest('The request body must be { draft: OrderDraft }.');
  return draft as OrderDraft;
}

/** The items of a batch of fulfillment options: `{ items: [{ productId, variantId? }, …] }`, at least one. */
function fulfillmentItemsOf(body: unknown): { productId: string; variantId?: string }[] {
  const { items } = objectBody(body);
  const valid =
    Array.isArray(items) &&
    items.length > 0 &&
    items.every(
      (item: unknown) =>
        !!item &&
        typeof item === 'object' &&
        typeof (item as { productId?: unknown }).productId === 'string' &&
        ['string', 'undefined'].includes(typeof (item as { variantId?: unknown }).variantId),
    );
  if (!valid) throw badRequest('The request body must be { items: [{ productId, variantId? }, …] }.');
  return items as { productId: string; variantId?: string }[];
}

/** The coupon codes of a submitted draft's JSON, for the request log ([] when there are none to read). */
function couponsOf(text: string): string[] {
  try {
    const coupons = (JSON.parse(text) as { draft?: { coupons?: unknown } }).draft?.coupons;
    return Array.isArray(coupons) ? coupons.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

export function createHandlers(backend: MockBackend, options: HandlerOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '/api/v1').replace(/\/+$/, '');
  const scenario = options.scenario ?? new MockScenario();

  const route = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    operationId: OperationId,
    run: (call: RouteCall) => RouteAnswer,
  ): HttpHandler =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      if (options.accept && !options.accept(request)) return HttpResponse.error();
      const url = new URL(request.url);
      const text = method === 'get' || method === 'delete' ? '' : await request.text();
      const idempotencyKey = request.headers.get('Idempotency-Key');
      backend.recordRequest({
        operationId,
        method: request.method,
        url: url.pathname + url.search,
        idempotencyKey,
        bodySize: encoder.encode(text).length,
        ...(operationId === 'submitOrder' ? { coupons: couponsOf(text) } : {}),
      });
      const plan = scenario.plan(operationId);
      let release: (() => void) | undefined;
      try {
        let body: unknown;
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            throw badRequest('The request body is not valid JSON.');
          }
        }
        // A second request with the same key while this one is still "in flight" gets 409.
        if ((operationId === 'submitOrder' || operationId === 'sendPaymentLink') && idempotencyKey) {
          release = backend.beginSubmission(idempotencyKey);
        }
        if (plan.delayMs > 0) await wait(plan.delayMs);
        if (plan.hold) await plan.hold;
        // A broken answer other than a redirect is the real answer broken: the work is done first.
        const before = plan.fault !== null && (!isAnswerFault(plan.fault) || plan.fault === 'redirect');
        if (before && !plan.afterProcessing) {
          release?.();
          return await faultResponse(plan, request);
        }
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const result = run({ params: stringParams, query: url.searchParams, body, request });
        if (plan.fault !== null) {
          release?.();
          return await faultResponse(plan, request, result);
        }
        return json(result);
      } catch (error) {
        if (error instanceof MockProblem) return problemResponse(error);
        return problemResponse(
          new MockProblem({
            status: 500,
            type: 'unavailable',
            title: 'Internal error',
            detail: 'The mock backend failed unexpectedly.',
          }),
        );
      } finally {
        release?.();
      }
    });

  return [
    route('get', '/sites', 'listSites', () => ({ body: { items: backend.listSites() } })),
    route('get', '/sites/:siteId/orders', 'listOrders', ({ params, query }) => ({
      body: backend.listOrders(params['siteId']!, {
        cursor: query.get('cursor'),
        offset: optionalInt(query, 'offset'),
        limit: optionalInt(query, 'limit'),
        customerId: query.get('customerId'),
        since: query.get('since'),
        search: query.get('search'),
        status: statusOf(query.get('status')),
      }),
    })),
    route('get', '/sites/:siteId/customers', 'searchCustomers', ({ params, query }) => {
      const [siteId, q] = [params['siteId']!, query.get('q') ?? ''];
      const items = backend.searchCustomers(siteId, q, optionalInt(query, 'limit'));
      // None on the site: the few customers of other customer sets that match, named, never offered.
      const elsewhere = items.length ? [] : backend.customersElsewhere(siteId, q);
      return { body: elsewhere.length ? { items, elsewhere } : { items } };
    }),
    route('post', '/sites/:siteId/customers', 'createCustomer', ({ params, body }) => ({
      status: 201,
      body: backend.createCustomer(params['siteId']!, objectBody(body) as unknown as CustomerInput),
    })),
    route('put', '/sites/:siteId/customers/:customerId', 'updateCustomer', ({ params, body }) => ({
      body: backend.updateCustomer(
        params['siteId']!,
        params['customerId']!,
        objectBody(body) as unknown as CustomerInput,
      ),
    })),
    route('get', '/sites/:siteId/products', 'searchProducts', ({ params, query }) => ({
      body: {
        items: backend.searchProducts(params['siteId']!, query.get('q') ?? '', {
          limit: optionalInt(query, 'limit'),
          priceListId: query.get('priceListId'),
        }),
      },
    })),
    route('get', '/sites/:siteId/products/:productId', 'getProduct', ({ params, query }) => ({
      body: backend.getProduct(params['siteId']!, params['productId']!, query.get('priceListId')),
    })),
    route('post', '/sites/:siteId/products/:productId/configure', 'configureProduct', ({ params, body }) => {
      const { options, priceListId } = objectBody(body);
      if (!options || typeof options !== 'object')
        throw badRequest('The request body must be { options, priceListId? }.');
      return {
        body: backend.configureProduct(
          params['siteId']!,
          params['productId']!,
          options as Record<string, string>,
          typeof priceListId === 'string' ? priceListId : null,
        ),
      };
    }),
    route('get', '/sites/:siteId/products/:productId/fulfillment', 'getFulfillmentOptions', ({ params, query }) => ({
      body: { items: backend.getFulfillmentOptions(params['siteId']!, params['productId']!, query.get('variantId')) },
    })),
    route('post', '/sites/:siteId/fulfillment', 'getFulfillmentOptionsBatch', ({ params, body }) => ({
      body: { items: backend.getFulfillmentOptionsBatch(params['siteId']!, fulfillmentItemsOf(body)) },
    })),
    route('post', '/sites/:siteId/shipping-methods', 'getShippingMethods', ({ params, body }) => ({
      body: { items: backend.getShippingMethods(params['siteId']!, draftOf(body)) },
    })),
    route('get', '/sites/:siteId/price-lists', 'listPriceLists', ({ params }) => ({
      body: { items: backend.listPriceLists(params['siteId']!) },
    })),
    route('post', '/sites/:siteId/pricing', 'priceOrder', ({ params, body }) => ({
      body: backend.priceOrder(params['siteId']!, draftOf(body)),
    })),
    route('get', '/sites/:siteId/payment-types', 'listPaymentTypes', ({ params }) => ({
      body: { items: backend.listPaymentTypes(params['siteId']!) },
    })),
    route('post', '/sites/:siteId/balances', 'checkBalance', ({ params, body }) => {
      const { typeId, code } = objectBody(body);
      if (typeof typeId !== 'string' || typeof code !== 'string') {
        throw badRequest('The request body must be { typeId, code }.', [
          ...(typeof typeId === 'string'
            ? []
            : [{ path: 'typeId', code: 'required', message: 'Choose a payment type.' }]),
          ...(typeof code === 'string' ? [] : [{ path: 'code', code: 'required', message: 'Enter the code.' }]),
        ]);
      }
      return { body: backend.checkBalance(params['siteId']!, typeId, code) };
    }),
    route('post', '/sites/:siteId/card-tokens', 'tokenizeCard', ({ params, body }) => ({
      status: 201,
      body: backend.tokenizeCard(params['siteId']!, objectBody(body) as unknown as CardDetails),
    })),
    route('post', '/sites/:siteId/orders', 'submitOrder', ({ params, body, request }) => {
      const key = requireIdempotencyKey(request.headers.get('Idempotency-Key'));
      const result = backend.submitOrder(params['siteId']!, draftOf(body), key);
      return { status: result.replayed ? 200 : 201, body: result.order };
    }),
    route('get', '/sites/:siteId/submissions/:idempotencyKey', 'findOrder', ({ params }) => ({
      body: backend.findSubmission(params['siteId']!, params['idempotencyKey']!),
    })),
    route('post', '/sites/:siteId/orders/:orderId/confirmation', 'sendConfirmation', ({ params, body }) => {
      const { email } = objectBody(body);
      if (typeof email !== 'string') throw badRequest('The request body must be { email }.');
      return { status: 202, body: backend.sendConfirmation(params['siteId']!, params['orderId']!, email) };
    }),
    route('get', '/sites/:siteId/customers/:customerId/last-ordered-items', 'listLastOrderedItems', (r) => ({
      body: {
        items: backend.listLastOrderedItems(
          r.params['siteId']!,
          r.params['customerId']!,
          optionalInt(r.query, 'limit'),
        ),
      },
    })),
    route('get', '/sites/:siteId/drafts', 'listDrafts', ({ params }) => ({
      body: { items: backend.listDrafts(params['siteId']!) },
    })),
    route('post', '/sites/:siteId/drafts', 'saveDraft', ({ params, body }) => ({
      status: 201,
      body: backend.saveDraft(params['siteId']!, objectBody(body)['draft']),
    })),
    route('put', '/sites/:siteId/drafts/:draftId', 'replaceDraft', ({ params, body }) => ({
      body: backend.saveDraft(params['siteId']!, objectBody(body)['draft'], params['draftId']!),
    })),
    route('delete', '/sites/:siteId/drafts/:draftId', 'deleteDraft', ({ params }) => {
      backend.deleteDraft(params['siteId']!, params['draftId']!);
      return { status: 204, body: null };
    }),
    route('post', '/sites/:siteId/orders/payment-link', 'sendPaymentLink', ({ params, body, request }) => {
      const key = requireIdempotencyKey(request.headers.get('Idempotency-Key'));
      const { to } = objectBody(body);
      const link = objectBody(to);
      const destination =
        typeof link['email'] === 'string'
          ? { email: link['email'] }
          : typeof link['phone'] === 'string'
            ? { phone: link['phone'] }
            : null;
      if (!destination) throw badRequest('The request body must be { draft, to: { email } or { phone } }.');
      const result = backend.sendPaymentLink(params['siteId']!, draftOf(body), key, destination);
      return { status: result.replayed ? 200 : 201, body: result.order };
    }),
    route('get', '/sites/:siteId/orders/:orderId', 'getOrder', ({ params }) => ({
      body: backend.getOrder(params['siteId']!, params['orderId']!),
    })),
    // Anything else under the base URL is a 404 of the contract, not a request to the dev server.
    http.all(`${base}/*`, () => problemResponse(notFound('There is no such endpoint.'))),
  ];
}

export interface MockApi {
  backend: MockBackend;
  scenario: MockScenario;
  handlers: HttpHandler[];
}

/**
 * A fresh backend, scenario and handlers in one call: what a Storybook story puts in
 * `parameters.msw.handlers` (Storybook starts the worker itself).
 */
export function createMockApi(
  options: { baseUrl?: string; scenario?: MockScenario | MockScenarioInit; backend?: MockBackendOptions } = {},
): MockApi {
  const backend = new MockBackend(options.backend);
  const scenario = options.scenario instanceof MockScenario ? options.scenario : new MockScenario(options.scenario);
  return {
    backend,
    scenario,
    handlers: createHandlers(backend, { scenario, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }),
  };
}
