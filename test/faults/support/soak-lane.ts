/**
 * A lane of the submit soak: one agent's browser, running its runs one after the other, beside
 * the other lanes. Each lane has its own handlers of the mock backend at its own base URL, with
 * its own scenario (the faults and holds of its run reach its requests only), and a REST adapter
 * over them; all lanes share the one `MockBackend` (orders, balances, idempotency keys) and the
 * page's storage, as the agents of one backend would. Lanes make the soak fast: the builder
 * debounces pricing (300 ms) and backs off between retries, waits that lanes overlap.
 */
import { fixture, html } from '@open-wc/testing';
import { getResponse, http } from 'msw';
import { createHandlers } from '../../../mocks/handlers.js';
import { MockScenario } from '../../../mocks/scenario.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderSubmitEvent } from '../../../src/events/order-submit.js';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import type { OrderDraft } from '../../../src/model/types.js';
import type { MockHandle } from '../../support/mock.js';
import type { FaultSpec, RunPlan } from './soak-plan.js';
import '../../../src/define.js';

/**
 * Each attempt's timeout in the soak's adapters (the REST adapter's default is 15 s): a `timeout`
 * fault costs this much per attempt. Long enough that an answer of the mock (latency 0) rarely
 * misses it on a loaded machine (when one does, the builder retries it with the same key).
 */
export const ATTEMPT_TIMEOUT_MS = 2000;

/** What happened in one run, as the agent and the host saw it; the backend's side is read at the end of the chunk. */
export interface RunRecord {
  plan: RunPlan;
  lane: number;
  /** The draft the run opened (its id is the draft's identity across builders and reloads). */
  draft: OrderDraft;
  /** The keys of the builders' `order-submit` events. */
  offered: string[];
  /** The builders' `order-submitted` events: the number and the draft the order was created from. */
  submitted: { number: string; draft: OrderDraft }[];
  /** Where the backend's request log stood when the run began. */
  requestsFrom: number;
  /** The idempotency keys of the lane's `submitOrder` requests during the run (filled when it ends). */
  sentKeys: string[];
  /** The order number the agent was last shown as submitted ("Order N submitted"), or null. */
  shown: string | null;
  /** What did not hold, in words (empty: the run is ok). */
  failures: string[];
  ms: number;
}

export class Lane {
  readonly scenario: MockScenario;
  readonly adapter: OrderAdapter;
  readonly base: string;
  /** The builder the lane's runs reuse, replaced by a reload. */
  main: OfflineOrderBuilder | null = null;
  /** The builder of the lane's second tab (two tabs with the host's draft), reused too. */
  second: OfflineOrderBuilder | null = null;
  /** The run under way: where the builders' events go. */
  run: RunRecord | null = null;

  constructor(
    readonly mock: MockHandle,
    chunk: number,
    readonly index: number,
    seed: number,
  ) {
    // A base URL per chunk too: a request left from an earlier chunk finds no handler of this one.
    this.base = `/api/soak/c${chunk}/l${index}`;
    this.scenario = new MockScenario({ latency: [0, 0], seed: seed + index });
    // One handler per lane in front of its own list: each request is matched against a dozen
    // lanes, not against a dozen times every route.
    const handlers = createHandlers(mock.backend, { baseUrl: this.base, scenario: this.scenario });
    mock.worker.use(http.all(`${this.base}/*`, ({ request }) => getResponse(handlers, request)));
    this.adapter = createRestAdapter({ baseUrl: this.base, random: () => 0, timeoutMs: ATTEMPT_TIMEOUT_MS });
  }

  /** Queues the run's faults on the lane's operations (after dropping what an earlier run left). */
  arm(plan: RunPlan): void {
    this.scenario.reset();
    const queue = (operation: string, specs: FaultSpec[]) => {
      for (const f of specs) {
        this.scenario.failNext(operation, f.fault, f.times, {
          retryAfter: f.retryAfter,
          afterProcessing: f.afterProcessing,
        });
      }
    };
    queue('submitOrder', plan.faults);
    queue('findOrder', plan.lookupFaults);
  }

  /** A new builder of this lane on the US Store, its draft kept under `draftKey`, its events recorded in the run. */
  async builder(draftKey: string): Promise<OfflineOrderBuilder> {
    const el = await fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${this.adapter}
        site-id="us"
        draft-key=${draftKey}
        orders-hidden
      ></offline-order-builder>`,
    );
    el.addEventListener('order-submit', (event: OrderSubmitEvent) => this.run?.offered.push(event.idempotencyKey));
    el.addEventListener('order-submitted', (event: OrderSubmittedEvent) =>
      this.run?.submitted.push({ number: event.orderNumber, draft: event.draft }),
    );
    return el;
  }

  /** The idempotency keys of this lane's `submitOrder` requests since `from` in the backend's log. */
  sentSince(from: number): string[] {
    return this.mock.backend.requests
      .slice(from)
      .filter((r) => r.operationId === 'submitOrder' && r.url.startsWith(`${this.base}/`))
      .map((r) => r.idempotencyKey ?? '');
  }

  /** The lane's `findOrder` requests since `from` for the order of `key`. */
  lookupsSince(from: number, key: string): number {
    const path = `/submissions/${encodeURIComponent(key)}`;
    return this.mock.backend.requests
      .slice(from)
      .filter((r) => r.operationId === 'findOrder' && r.url.startsWith(`${this.base}/`) && r.url.endsWith(path)).length;
  }
}
