/**
 * The control endpoint of the mock server (`/__control/…`, JSON; see mocks/README.md, "Over real
 * HTTP"): reset, queue faults, hold and release calls, read and clear the request log, wait for
 * requests, read what the backend holds, and open isolated instances. Routing and checking only:
 * the server (server.ts) gives it a `ControlContext` and writes the answer it returns.
 */
import type { OrderSummary, SubmittedOrder } from '../../src/model/types.js';
import type { MockBackend } from '../backend.js';
import { ControlError, type FaultQueue, parseFault } from './faults.js';
import type {
  ControlStatus,
  InstanceAnswer,
  QueueFaultRequest,
  RequestLogAnswer,
  ResetRequest,
  SubmissionAnswer,
} from './protocol.js';
import { CONTROL_BASE, FAULT_KINDS } from './protocol.js';
import type { RequestLog } from './request-log.js';

/** What the control endpoint may act on: one server's state. */
export interface ControlContext {
  readonly backend: MockBackend;
  readonly faults: FaultQueue;
  readonly log: RequestLog;
  readonly operationIds: readonly string[];
  /** The bound of every hang, hold, wait and slow body (ms). */
  readonly maxHangMs: number;
  /** Back to the seed: backend, scenario (with `init`), faults, holds (released), log; answers the new epoch. */
  reset(init: ResetRequest): number;
  /**
   * Holds the next call of an operation that reaches the backend; answers the hold's id. With
   * `then: 'reset'`, once released the call is dropped without being served (its connection reset).
   */
  hold(operationId: string, then?: 'reset'): number;
  /** Releases a hold; false when there is no such hold (already released, or reset). */
  release(id: number): boolean;
  status(): ControlStatus;
  /** A new server with its own backend on its own port; refused (ControlError) when it cannot make one. */
  createInstance(): Promise<InstanceAnswer>;
  /** Closes this server after the answer is sent; refused for the server a caller started itself. */
  closeSoon(): void;
}

export interface ControlAnswer {
  status: number;
  body?: unknown;
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ControlError('The body must be a JSON object.');
  return body as Record<string, unknown>;
}

function operationOf(ctx: ControlContext, value: unknown): string {
  if (typeof value !== 'string' || !ctx.operationIds.includes(value))
    throw new ControlError(`"operationId" must be one of ${ctx.operationIds.join(', ')}.`);
  return value;
}

function resetRequest(body: Record<string, unknown>): ResetRequest {
  const init: ResetRequest = {};
  const { mode, latency, keepAlive } = body;
  if (keepAlive !== undefined) {
    if (typeof keepAlive !== 'boolean') throw new ControlError('"keepAlive" must be true or false.');
    init.keepAlive = keepAlive;
  }
  if (mode !== undefined) {
    if (mode !== 'normal' && mode !== 'slow' && mode !== 'flaky' && mode !== 'down')
      throw new ControlError('"mode" must be normal, slow, flaky or down.');
    init.mode = mode;
  }
  if (latency !== undefined) {
    const ok =
      Array.isArray(latency) &&
      latency.length === 2 &&
      latency.every((n) => Number.isInteger(n) && n >= 0 && n <= 10_000) &&
      latency[0] <= latency[1];
    if (!ok) throw new ControlError('"latency" must be [min, max] in ms, 0 ≤ min ≤ max ≤ 10000.');
    init.latency = latency as [number, number];
  }
  return init;
}

/** The order's summary as the orders list shows it (its lines), found among the site's latest orders. */
function summaryOf(ctx: ControlContext, siteId: string, order: SubmittedOrder | null): OrderSummary | null {
  if (!order) return null;
  const { items } = ctx.backend.listOrders(siteId, { limit: 200 });
  return items.find((summary) => summary.number === order.number) ?? null;
}

function intParam(query: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ControlError(`"${name}" must be a whole number from ${min} to ${max}.`);
  return value;
}

/** What the endpoint offers, for a person exploring it with curl. */
function index(ctx: ControlContext): unknown {
  return {
    operations: ctx.operationIds,
    faultKinds: FAULT_KINDS,
    endpoints: [
      'POST /__control/reset { mode?, latency?, keepAlive? } → { epoch }',
      'POST /__control/faults { operationId, fault, times? }',
      'GET|DELETE /__control/faults',
      'POST /__control/holds { operationId, then? } → { id }',
      'POST /__control/holds/{id}/release',
      'GET|DELETE /__control/requests[?operationId=&since=]',
      'GET /__control/requests/wait?count=&operationId=&timeoutMs=',
      'GET /__control/submissions/{idempotencyKey}?siteId= → { order, inFlight, summary }',
      'GET /__control/balances/{typeId}/{code}?siteId= → { available }',
      'GET /__control/orders?siteId= → { total }',
      'GET /__control/status',
      'POST /__control/instances → { url, apiUrl }',
      'DELETE /__control (an instance closes itself)',
    ],
  };
}

/**
 * Answers one control call. `path` is what follows `/__control` ("" or "/…"). Throws nothing:
 * a refused call is a 400 (or the `ControlError`'s status) with `{ error }`.
 */
export async function handleControl(
  ctx: ControlContext,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): Promise<ControlAnswer> {
  try {
    return await route(ctx, method, path, query, body);
  } catch (error) {
    if (error instanceof ControlError) return { status: error.status, body: { error: error.message } };
    return { status: 500, body: { error: error instanceof Error ? error.message : 'The control call failed.' } };
  }
}

async function route(
  ctx: ControlContext,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: unknown,
): Promise<ControlAnswer> {
  const call = `${method} ${path || '/'}`;
  if (call === 'GET /') return { status: 200, body: index(ctx) };
  if (call === 'DELETE /') {
    ctx.closeSoon();
    return { status: 204 };
  }
  if (call === 'POST /reset') return { status: 200, body: { epoch: ctx.reset(resetRequest(objectBody(rawBody))) } };
  if (call === 'POST /faults') {
    const body = objectBody(rawBody) as Partial<QueueFaultRequest>;
    const operationId = operationOf(ctx, body.operationId);
    ctx.faults.add(operationId, parseFault(body.fault, ctx.maxHangMs), body.times ?? 1);
    return { status: 204 };
  }
  if (call === 'GET /faults') return { status: 200, body: ctx.faults.pending() };
  if (call === 'DELETE /faults') {
    ctx.faults.clear();
    return { status: 204 };
  }
  if (call === 'POST /holds') {
    const body = objectBody(rawBody);
    const then = body['then'];
    if (then !== undefined && then !== 'reset') throw new ControlError('"then" must be "reset" when given.');
    return { status: 201, body: { id: ctx.hold(operationOf(ctx, body['operationId']), then) } };
  }
  const release = /^\/holds\/(\d+)\/release$/.exec(path);
  if (method === 'POST' && release) {
    if (!ctx.release(Number(release[1]))) throw new ControlError('There is no such hold (released, or reset).', 404);
    return { status: 204 };
  }
  if (call === 'GET /requests') {
    const operationId = query.get('operationId');
    const since = intParam(query, 'since', 0, Number.MAX_SAFE_INTEGER, 0);
    const answer: RequestLogAnswer = ctx.log.list(operationId ? operationOf(ctx, operationId) : null, since);
    return { status: 200, body: answer };
  }
  if (call === 'DELETE /requests') {
    ctx.log.clear();
    return { status: 204 };
  }
  if (call === 'GET /requests/wait') {
    const raw = query.get('operationId');
    const operationId = raw ? operationOf(ctx, raw) : null;
    const count = intParam(query, 'count', 1, 1000, 1);
    const timeoutMs = intParam(query, 'timeoutMs', 0, ctx.maxHangMs, Math.min(5000, ctx.maxHangMs));
    const reached = await ctx.log.waitFor(operationId, count, timeoutMs);
    return { status: reached ? 200 : 408, body: { reached, count: ctx.log.count(operationId) } };
  }
  const submission = /^\/submissions\/([^/]+)$/.exec(path);
  if (method === 'GET' && submission) {
    const key = decodeURIComponent(submission[1]!);
    const order: SubmittedOrder | null = ctx.backend.submission(key) ?? null;
    const answer: SubmissionAnswer = {
      order,
      inFlight: ctx.backend.isInFlight(key),
      summary: summaryOf(ctx, query.get('siteId') ?? 'us', order),
    };
    return { status: 200, body: answer };
  }
  const balance = /^\/balances\/([^/]+)\/([^/]+)$/.exec(path);
  if (method === 'GET' && balance) {
    const siteId = query.get('siteId') ?? 'us';
    const [typeId, code] = [decodeURIComponent(balance[1]!), decodeURIComponent(balance[2]!)];
    return { status: 200, body: ctx.backend.checkBalance(siteId, typeId, code) };
  }
  if (call === 'GET /orders') {
    const siteId = query.get('siteId') ?? 'us';
    const total = ctx.backend.listOrders(siteId, { limit: 1 }).total ?? 0;
    return { status: 200, body: { total } };
  }
  if (call === 'GET /status') return { status: 200, body: ctx.status() };
  if (call === 'POST /instances') return { status: 201, body: await ctx.createInstance() };
  throw new ControlError(
    `${method} ${CONTROL_BASE}${path} is not a control call (GET ${CONTROL_BASE} lists them).`,
    404,
  );
}
