/**
 * What the submit soak runs against, over either transport: each lane gets a `SoakBackend` (its
 * adapter, the faults and holds of its runs, which reach its requests only, and its request log),
 * and reads what the backend holds through its `SoakStore`. Over MSW every lane has its own base
 * URL and scenario in front of one shared `MockBackend` (one store); over real HTTP every lane has
 * its own server instance (its own origin, backend and store), since the server's faults are
 * queued per operation. Everything is async: over HTTP it is a call of the control endpoint.
 */
import { getResponse, http } from 'msw';
import type { MockBackend } from '../../../mocks/backend.js';
import { createHandlers } from '../../../mocks/handlers.js';
import { MockScenario, type Fault } from '../../../mocks/scenario.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { SubmittedOrder } from '../../../src/model/types.js';
import type { MockHandle } from '../../support/mock.js';
import type { FaultSpec, RunPlan } from './soak-plan.js';

/**
 * Each attempt's timeout in the soak's adapters (the REST adapter's default is 15 s): a `timeout`
 * fault costs this much per attempt. Long enough that an answer of the mock (latency 0) rarely
 * misses it on a loaded machine (when one does, the builder retries it with the same key).
 */
export const ATTEMPT_TIMEOUT_MS = 2000;

/** What the backend holds for an idempotency key. */
export interface KeyState {
  /** The order the key placed, or null. */
  order: SubmittedOrder | null;
  /** Whether a request with the key is still being served (held, or before its answer). */
  inFlight: boolean;
  /** The quantity of the order's first line (null without an order). */
  quantity: number | null;
}

/** The orders and balances the lanes' runs are audited against. */
export interface SoakStore {
  key(idempotencyKey: string): Promise<KeyState>;
  /** The orders of the US Store. */
  orderCount(): Promise<number>;
  /** What is left on a store credit or gift card (minor units). */
  balance(typeId: string, code: string): Promise<number>;
}

export interface SoakBackend {
  readonly adapter: OrderAdapter;
  readonly store: SoakStore;
  /** Drops what an earlier run left (faults, holds), then queues the run's faults. */
  arm(plan: RunPlan): Promise<void>;
  /**
   * Holds the lane's next `submitOrder` at the backend (in flight: its key answers 409 meanwhile);
   * resolves with its release. With `lost`, once released it fails without a response, unserved.
   */
  holdNextSubmit(options?: { lost?: boolean }): Promise<() => Promise<void>>;
  /** Where the lane's request log stands now. */
  mark(): Promise<number>;
  /** The idempotency keys of the lane's `submitOrder` requests since `from`. */
  sentSince(from: number): Promise<string[]>;
  /** The lane's `findOrder` requests since `from` for the order of `key`. */
  lookupsSince(from: number, key: string): Promise<number>;
  /** Ends the lane (its server, over HTTP). */
  close(): Promise<void>;
}

/** Makes the lanes of a chunk over one transport. */
export interface SoakTransport {
  readonly name: 'MSW' | 'HTTP';
  lane(chunk: number, index: number, seed: number): Promise<SoakBackend>;
}

/** A lane's `findOrder` path for `key`, as the request logs hold it. */
export const lookupPath = (key: string) => `/submissions/${encodeURIComponent(key)}`;

function mswStore(backend: MockBackend): SoakStore {
  return {
    async key(idempotencyKey) {
      const order = backend.submission(idempotencyKey) ?? null;
      const summary = order && backend.listOrders('us', { limit: 200 }).items.find((o) => o.number === order.number);
      return {
        order,
        inFlight: backend.isInFlight(idempotencyKey),
        quantity: summary ? (summary.items[0]?.quantity ?? null) : null,
      };
    },
    orderCount: async () => backend.listOrders('us', { limit: 1 }).total ?? 0,
    balance: async (typeId, code) => backend.checkBalance('us', typeId, code).available.amount,
  };
}

/** Queues `specs` on `operation` through `fail`, in order. */
export async function queueFaults(specs: FaultSpec[], fail: (spec: FaultSpec) => Promise<void> | void): Promise<void> {
  for (const spec of specs) await fail(spec);
}

/**
 * The soak over MSW: each lane has its own handlers of the shared backend at its own base URL
 * (one per chunk too: a request left from an earlier chunk finds no handler of this one), with its
 * own scenario. One handler per lane in front of its own list: each request is matched against a
 * dozen lanes, not against a dozen times every route.
 */
export function mswSoak(mock: MockHandle): SoakTransport {
  let store: SoakStore | null = null;
  return {
    name: 'MSW',
    async lane(chunk, index, seed) {
      const backend = mock.backend;
      store ??= mswStore(backend);
      const base = `/api/soak/c${chunk}/l${index}`;
      const scenario = new MockScenario({ latency: [0, 0], seed: seed + index });
      const handlers = createHandlers(backend, { baseUrl: base, scenario });
      mock.worker.use(http.all(`${base}/*`, ({ request }) => getResponse(handlers, request)));
      const mine = (from: number, operationId: string) =>
        backend.requests.slice(from).filter((r) => r.operationId === operationId && r.url.startsWith(`${base}/`));
      const fail = (operation: string) => (f: FaultSpec) =>
        scenario.failNext(operation, f.fault, f.times, {
          retryAfter: f.retryAfter,
          afterProcessing: f.afterProcessing,
        });
      return {
        adapter: createRestAdapter({ baseUrl: base, random: () => 0, timeoutMs: ATTEMPT_TIMEOUT_MS }),
        store,
        async arm(plan) {
          scenario.reset();
          await queueFaults(plan.faults, fail('submitOrder'));
          await queueFaults(plan.lookupFaults, fail('findOrder'));
        },
        async holdNextSubmit({ lost = false } = {}) {
          // Both taken by the same call: held, then failed before it is served.
          if (lost) scenario.failNext('submitOrder', 'network' satisfies Fault);
          const release = scenario.holdNext('submitOrder');
          return async () => release();
        },
        mark: async () => backend.requests.length,
        sentSince: async (from) => mine(from, 'submitOrder').map((r) => r.idempotencyKey ?? ''),
        lookupsSince: async (from, key) =>
          mine(from, 'findOrder').filter((r) => r.url.endsWith(lookupPath(key))).length,
        close: async () => undefined,
      };
    },
  };
}
