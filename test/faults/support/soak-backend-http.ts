/**
 * The submit soak over real HTTP: each lane of each chunk opens its own instance of the mock server
 * (`POST /__control/instances`: its own backend, port and origin, so its own store and request
 * log, and real CORS), queues its runs' faults and holds through the instance's control endpoint,
 * and reads the backend there. The lane's adapter is the REST adapter a host would make: no
 * header of the tests' own.
 */
import type { HttpFault, InstanceAnswer, RequestLogAnswer, SubmissionAnswer } from '../../../mocks/http/protocol.js';
import type { Balance } from '../../../src/model/types.js';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import { controlCall, openInstance } from '../../support/http-mock.js';
import { httpFault } from '../../support/http-mock.js';
import {
  ATTEMPT_TIMEOUT_MS,
  lookupPath,
  queueFaults,
  type SoakBackend,
  type SoakStore,
  type SoakTransport,
} from './soak-backend.js';
import type { FaultSpec } from './soak-plan.js';

/** A soak fault as the server plays it: after the order is created when the plan says so. */
export const soakFault = ({ fault, retryAfter, afterProcessing }: FaultSpec): HttpFault =>
  httpFault(fault, { retryAfter, afterProcessing });

export function httpSoak(): SoakTransport {
  return {
    name: 'HTTP',
    async lane() {
      const instance: InstanceAnswer = await openInstance();
      const call = <T>(method: string, path: string, body?: unknown) =>
        controlCall<T>(instance.url, method, path, body);
      const log = (operationId: string, from: number) =>
        call<RequestLogAnswer>('GET', `/requests?operationId=${operationId}&since=${from}`);
      const fail = (operationId: string) => (spec: FaultSpec) =>
        call<void>('POST', '/faults', { operationId, fault: soakFault(spec), times: spec.times });
      // Holds not yet released: a run that got stuck leaves none for the next.
      const holds = new Set<number>();
      const release = async (id: number) => {
        if (holds.delete(id)) await call<void>('POST', `/holds/${id}/release`).catch(() => undefined);
      };
      const store: SoakStore = {
        async key(idempotencyKey) {
          const { order, inFlight, summary } = await call<SubmissionAnswer>(
            'GET',
            `/submissions/${encodeURIComponent(idempotencyKey)}?siteId=us`,
          );
          return { order, inFlight, quantity: summary ? (summary.items[0]?.quantity ?? null) : null };
        },
        orderCount: async () => (await call<{ total: number }>('GET', '/orders?siteId=us')).total,
        balance: async (typeId, code) =>
          (await call<Balance>('GET', `/balances/${encodeURIComponent(typeId)}/${encodeURIComponent(code)}?siteId=us`))
            .available.amount,
      };
      const lane: SoakBackend = {
        adapter: createRestAdapter({ baseUrl: instance.apiUrl, random: () => 0, timeoutMs: ATTEMPT_TIMEOUT_MS }),
        store,
        async arm(plan) {
          // Back to where the lane stands (not to the seed: the chunk's orders are audited at its end).
          await call<void>('DELETE', '/faults');
          await Promise.all([...holds].map(release));
          await queueFaults(plan.faults, fail('submitOrder'));
          await queueFaults(plan.lookupFaults, fail('findOrder'));
        },
        async holdNextSubmit({ lost = false } = {}) {
          const then = lost ? { then: 'reset' } : {};
          const { id } = await call<{ id: number }>('POST', '/holds', { operationId: 'submitOrder', ...then });
          holds.add(id);
          return () => release(id);
        },
        mark: async () => (await call<RequestLogAnswer>('GET', `/requests?since=${Number.MAX_SAFE_INTEGER}`)).last,
        async sentSince(from) {
          return (await log('submitOrder', from)).entries.map((r) => r.headers['idempotency-key'] ?? '');
        },
        async lookupsSince(from, key) {
          return (await log('findOrder', from)).entries.filter((r) => r.path.split('?')[0]!.endsWith(lookupPath(key)))
            .length;
        },
        async close() {
          // The instance closes itself after answering.
          await call<void>('DELETE', '').catch(() => undefined);
        },
      };
      return lane;
    },
  };
}
