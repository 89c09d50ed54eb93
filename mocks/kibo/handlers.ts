/**
 * MSW handlers that answer as Kibo Commerce's REST API does (paths, bodies and errors of
 * test/kibo/kibo-openapi.json and docs/KIBO.md) over the same `MockBackend` as our own handlers,
 * so that the Kibo adapter and the REST adapter see the same sites, customers, products,
 * locations and orders. Translations are in shapes.ts, error bodies in errors.ts.
 *
 * Each handler records the request under Kibo's operation id (ours, from docs/KIBO.md: `getTenant`,
 * `getAccounts`…; never its body), asks the scenario what the call meets (latency, a fault, a
 * hold, keyed by the same operation ids), runs, and answers JSON or a Kibo error body.
 *
 * Kibo's payment service (card tokenization, routes-payments.ts) is served below a base URL of its
 * own (`paymentServiceUrl`, default `/kibo/pci`), as it lives on a host of its own.
 *
 * The site of a site-scoped call is read from the `x-vol-site` header (its Kibo number, see
 * `KIBO_SITE_IDS`), else from a site-level host name (`t50001-s60001.…`); a call without one is
 * refused. `x-vol-tenant`, when sent, must be `KIBO_TENANT_ID`. No authentication is checked.
 */
import { HttpResponse, delay, http, type HttpHandler } from 'msw';
import type { Site } from '../../src/model/types.js';
import { MockBackend, type MockBackendOptions } from '../backend.js';
import { MockProblem } from '../problem.js';
import { MockScenario, type CallPlan, type MockScenarioInit } from '../scenario.js';
import { KiboError, fieldError, kiboBadParameter, kiboNotFound } from './errors.js';
import { catalogRoutes } from './routes-catalog.js';
import { customerRoutes } from './routes-customers.js';
import { orderRoutes } from './routes-orders.js';
import { paymentRoutes } from './routes-payments.js';
import { pricingRoutes } from './routes-pricing.js';
import { settingsRoutes } from './routes-settings.js';
import { submitRoutes } from './routes-submit.js';
import { KIBO_TENANT_ID, siteForKiboId } from './shapes.js';
import type { KiboContext, KiboRoute } from './route.js';

export * from './route.js';

export interface KiboHandlerOptions {
  /** Kibo's API root, e.g. `https://t50001.sandbox.mozu.com/api` or a proxy path (default `/kibo/api`). */
  baseUrl?: string;
  /**
   * Where Kibo's payment service is served (card tokenization): its origin as the adapter's
   * `paymentServiceUrl` names it, e.g. `https://payments-sb.usc1.gcp.kibocommerce.com`, or a proxy
   * path (default `/kibo/pci`).
   */
  paymentServiceUrl?: string;
  scenario?: MockScenario;
  /** Whether to serve a request (default: all); one refused fails like a network error (see mocks/handlers.ts). */
  accept?: (request: Request) => boolean;
}

/** Where the payment service is served when no `paymentServiceUrl` is given. */
export const DEFAULT_PAYMENT_SERVICE_URL = '/kibo/pci';

let correlation = 0;

function errorResponse(error: KiboError): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  correlation += 1;
  return new HttpResponse(JSON.stringify(error.toBody(`mock-${correlation.toString(16).padStart(8, '0')}`)), {
    status: error.status,
    headers,
  });
}

/** Our backend's refusal as Kibo's: validation problems become 400 with one item per field. */
export function fromProblem(problem: MockProblem, route: Pick<KiboRoute, 'application' | 'fieldPath'>): KiboError {
  const mapPath = route.fieldPath ?? ((p: string) => p);
  const items = (problem.errors ?? []).map((e) => fieldError(mapPath(e.path), e.message));
  const status = problem.status === 422 ? 400 : problem.status;
  return new KiboError({
    status,
    message: problem.status === 404 ? `Item not found: ${problem.message}` : problem.message,
    applicationName: route.application,
    items,
    ...(problem.retryAfter !== undefined ? { retryAfter: problem.retryAfter } : {}),
  });
}

async function faultResponse(plan: CallPlan, application: string): Promise<Response> {
  if (plan.fault === 'network') return HttpResponse.error();
  if (plan.fault === 'timeout') {
    await delay('infinite');
    return HttpResponse.error();
  }
  const status = plan.fault as number;
  return errorResponse(
    new KiboError({
      status,
      message: status === 429 ? 'Too many requests.' : 'The service is unavailable. Try again.',
      applicationName: application,
      ...(plan.retryAfter !== undefined && (status === 429 || status >= 500) ? { retryAfter: plan.retryAfter } : {}),
    }),
  );
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The site a request is scoped to: `x-vol-site`, else the `-s{siteId}` of a site-level host. */
function siteOf(request: Request, sites: readonly Site[]): Site {
  // Inventory v5 declares x-vol-site as a query parameter.
  const header = request.headers.get('x-vol-site') ?? new URL(request.url).searchParams.get('x-vol-site');
  const fromHost = /^t\d+-s(\d+)\./.exec(new URL(request.url).hostname)?.[1];
  const raw = header ?? fromHost;
  if (raw === null || raw === undefined) {
    throw kiboBadParameter('Missing site context: send the x-vol-site header or call the site-level host.');
  }
  const site = /^\d+$/.test(raw) ? siteForKiboId(sites, Number(raw)) : undefined;
  if (!site) throw kiboNotFound(`site ${raw}`, 'Tenant');
  return site;
}

const encoder = new TextEncoder();

export function createKiboHandlers(
  backend: MockBackend,
  options: KiboHandlerOptions & { scenario?: MockScenario } = {},
): HttpHandler[] {
  const base = (options.baseUrl ?? '/kibo/api').replace(/\/+$/, '');
  const paymentBase = (options.paymentServiceUrl ?? DEFAULT_PAYMENT_SERVICE_URL).replace(/\/+$/, '');
  const scenario = options.scenario ?? new MockScenario();
  const context: KiboContext = {
    backend,
    customerByAccountId: (accountId) =>
      backend.listCustomers().find((c) => Number(c.customerNumber.replace(/\D/g, '')) === accountId),
  };

  const handler = (route: KiboRoute): HttpHandler =>
    http[route.method](`${route.paymentService ? paymentBase : base}${route.path}`, async ({ request, params }) => {
      if (options.accept && !options.accept(request)) return HttpResponse.error();
      const url = new URL(request.url);
      const text = route.method === 'get' || route.method === 'delete' ? '' : await request.text();
      backend.recordRequest({
        operationId: route.operationId,
        method: request.method,
        url: url.pathname + url.search,
        idempotencyKey: null,
        bodySize: encoder.encode(text).length,
      });
      const plan = scenario.plan(route.operationId);
      try {
        const tenant = request.headers.get('x-vol-tenant');
        if (tenant !== null && tenant !== String(KIBO_TENANT_ID)) {
          throw new KiboError({ status: 401, message: `Unauthorized: no access to tenant ${tenant}.` });
        }
        let body: unknown;
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            throw kiboBadParameter('The request body is not valid JSON.');
          }
        }
        if (plan.delayMs > 0) await wait(plan.delayMs);
        if (plan.hold) await plan.hold;
        if (plan.fault !== null && !plan.afterProcessing) return await faultResponse(plan, route.application);
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const answer = route.run({
          params: stringParams,
          query: url.searchParams,
          body,
          request,
          site: () => siteOf(request, backend.listSites()),
        });
        if (plan.fault !== null) return await faultResponse(plan, route.application);
        if (answer.body === undefined) return new HttpResponse(null, { status: answer.status ?? 204 });
        return HttpResponse.json(answer.body as Record<string, unknown>, { status: answer.status ?? 200 });
      } catch (error) {
        if (error instanceof KiboError) return errorResponse(error);
        if (error instanceof MockProblem) return errorResponse(fromProblem(error, route));
        return errorResponse(
          new KiboError({
            status: 500,
            message: 'The mock backend failed unexpectedly.',
            applicationName: route.application,
          }),
        );
      }
    });

  return [
    ...customerRoutes(context),
    ...catalogRoutes(context),
    ...orderRoutes(context),
    ...pricingRoutes(context),
    ...settingsRoutes(context),
    ...submitRoutes(context),
    ...paymentRoutes(context),
  ]
    .map(handler)
    .concat(
      // Anything else under the base URLs is a Kibo 404, not a request to the dev server.
      http.all(`${base}/*`, () => errorResponse(kiboNotFound('there is no such endpoint.'))),
      http.all(`${paymentBase}/*`, () => errorResponse(kiboNotFound('there is no such endpoint.'))),
    );
}

export interface KiboMockApi {
  backend: MockBackend;
  scenario: MockScenario;
  handlers: HttpHandler[];
}

/**
 * A fresh backend, scenario and Kibo-shaped handlers in one call: what a Storybook story of the
 * builder on the Kibo mock puts in `parameters.msw.handlers`.
 */
export function createKiboMockApi(
  options: {
    baseUrl?: string;
    paymentServiceUrl?: string;
    scenario?: MockScenario | MockScenarioInit;
    backend?: MockBackendOptions;
  } = {},
): KiboMockApi {
  const backend = new MockBackend(options.backend);
  const scenario = options.scenario instanceof MockScenario ? options.scenario : new MockScenario(options.scenario);
  return {
    backend,
    scenario,
    handlers: createKiboHandlers(backend, {
      scenario,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.paymentServiceUrl ? { paymentServiceUrl: options.paymentServiceUrl } : {}),
    }),
  };
}
