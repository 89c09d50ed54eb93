/**
 * A lane of the submit soak: one agent's browser, running its runs one after the other, beside
 * the other lanes, over its own `SoakBackend` (soak-backend.ts: the faults and holds of its run
 * reach its requests only) and the REST adapter over it. Lanes make the soak fast: the builder
 * debounces pricing (300 ms) and backs off between retries, waits that lanes overlap.
 */
import { fixture, html } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderSubmitEvent } from '../../../src/events/order-submit.js';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import type { OrderDraft } from '../../../src/model/types.js';
import type { SoakBackend } from './soak-backend.js';
import type { RunPlan } from './soak-plan.js';
import '../../../src/define.js';

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
  /** The builder the lane's runs reuse, replaced by a reload. */
  main: OfflineOrderBuilder | null = null;
  /** The builder of the lane's second tab (two tabs with the host's draft), reused too. */
  second: OfflineOrderBuilder | null = null;
  /** The run under way: where the builders' events go. */
  run: RunRecord | null = null;

  constructor(
    readonly backend: SoakBackend,
    readonly index: number,
  ) {}

  /** A new builder of this lane on the US Store, its draft kept under `draftKey`, its events recorded in the run. */
  async builder(draftKey: string): Promise<OfflineOrderBuilder> {
    const el = await fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${this.backend.adapter}
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

  /** The idempotency keys of this lane's `submitOrder` requests since `from`. */
  sentSince(from: number): Promise<string[]> {
    return this.backend.sentSince(from);
  }

  /** The lane's `findOrder` requests since `from` for the order of `key`. */
  lookupsSince(from: number, key: string): Promise<number> {
    return this.backend.lookupsSince(from, key);
  }
}
