/**
 * The soak's bookkeeping, read from the backend's store (not from what the builders say): per run, the
 * orders created under the keys its lane sent (exactly one), that the order the agent was shown
 * is that one, and that its payments were taken once (the order's balance due is its total less
 * the draft's payments); per chunk, that every order the backend created belongs to a run and that
 * the balance codes were spent by the runs' orders exactly once. Then the table's rows (one per
 * kind of run) and totals.
 */
import type { FaultRow } from './report.js';
import type { SoakStore } from './soak-backend.js';
import type { RunRecord } from './soak-lane.js';
import { BALANCE_CODES, describeRun, KINDS, SOAK_SEED, type Kind } from './soak-plan.js';

/** What a store holds before a chunk's runs: its orders and what is left on the balance codes. */
export interface Baseline {
  orders: number;
  balances: Map<string, number>;
}

export async function baseline(store: SoakStore): Promise<Baseline> {
  const balances = await Promise.all(
    BALANCE_CODES.map(async (b) => [b.code, await store.balance(b.typeId, b.code)] as const),
  );
  return { orders: await store.orderCount(), balances: new Map(balances) };
}

/** One run's verdict. */
interface Verdict {
  orders: number;
  duplicates: number;
  lost: number;
  paidTwice: number;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** The run's orders in the store, and what did not hold about them (written in the run's failures). */
async function audit(store: SoakStore, run: RunRecord): Promise<Verdict> {
  const fail = (failure: string) => run.failures.push(failure);
  const keys = unique(run.sentKeys);
  if (keys.length > 1) fail(`the draft was sent under ${keys.length} keys`);
  const placed = (await Promise.all(keys.map((key) => store.key(key)))).flatMap((state) => state.order ?? []);
  const orders = unique(placed.map((order) => order.number));
  let lost = orders.length === 0 ? 1 : 0;
  if (lost) fail('no order was created');
  if (orders.length > 1) fail(`${orders.length} orders were created: ${orders.join(', ')}`);
  if (run.shown !== null && !orders.includes(run.shown)) {
    fail(`the agent was shown order ${run.shown}, which is not this draft's`);
    lost = 1;
  }
  for (const { number } of run.submitted) {
    if (!orders.includes(number)) fail(`order-submitted named order ${number}, which is not this draft's`);
  }
  // Payments: each order's balance due is its total less the draft's payments, taken once.
  const { payments } = run.plan;
  const paid = (payments?.card ?? 0) + (payments?.balance?.amount ?? 0);
  let paidTwice = payments && orders.length > 1 ? orders.length - 1 : 0;
  for (const order of placed) {
    if (order.balanceDue.amount !== Math.max(0, order.total.amount - paid)) {
      fail(
        `order ${order.number}: balance due ${order.balanceDue.amount} for a total of ${order.total.amount} paid ${paid}`,
      );
      paidTwice += 1;
    }
  }
  return { orders: orders.length, duplicates: Math.max(0, orders.length - 1), lost, paidTwice };
}

interface Row {
  runs: number;
  withPayments: number;
  requests: number;
  orders: number;
  duplicates: number;
  lost: number;
  paidTwice: number;
  ms: number;
  failures: string[];
}

/** The soak's totals (a type, not an interface: the report takes it as a record of numbers). */
export type SoakTotals = {
  submissions: number;
  ordersCreated: number;
  duplicates: number;
  lost: number;
  paidTwice: number;
  uncaught: number;
  failedRuns: number;
};

/** The soak's figures, chunk after chunk. */
export class SoakLedger {
  readonly rows = new Map<Kind, Row>(
    KINDS.map((kind) => [
      kind,
      { runs: 0, withPayments: 0, requests: 0, orders: 0, duplicates: 0, lost: 0, paidTwice: 0, ms: 0, failures: [] },
    ]),
  );
  /** What did not hold across the runs of a chunk (orders no run sent, balances). */
  readonly chunkFailures: string[] = [];
  /** What the backend created in all, and what no run accounts for. */
  private created = 0;
  private unattributed = 0;
  private balanceMismatches = 0;
  uncaught = 0;

  /** Audits the runs a store served in a chunk (`before`: its state when the chunk began). */
  async add(store: SoakStore, before: Baseline, runs: RunRecord[]): Promise<void> {
    let attributed = 0;
    const ordered = new Set<RunRecord>();
    for (const run of runs) {
      const verdict = await audit(store, run);
      attributed += verdict.orders;
      if (verdict.orders > 0) ordered.add(run);
      const row = this.rows.get(run.plan.kind)!;
      row.runs += 1;
      row.withPayments += run.plan.payments ? 1 : 0;
      row.requests += run.sentKeys.length;
      row.orders += verdict.orders;
      row.duplicates += verdict.duplicates;
      row.lost += verdict.lost;
      row.paidTwice += verdict.paidTwice;
      row.ms += run.ms;
      if (run.failures.length) row.failures.push(`${describeRun(run.plan)}: ${run.failures.join('; ')}`);
    }
    const created = (await store.orderCount()) - before.orders;
    this.created += created;
    if (created !== attributed) {
      this.unattributed += Math.max(0, created - attributed);
      this.chunkFailures.push(`the backend created ${created} orders; the runs account for ${attributed}`);
    }
    for (const { typeId, code } of BALANCE_CODES) {
      const spent = before.balances.get(code)! - (await store.balance(typeId, code));
      const expected = runs
        .filter((run) => run.plan.payments?.balance?.code === code && ordered.has(run))
        .reduce((sum, run) => sum + run.plan.payments!.balance!.amount, 0);
      if (spent !== expected) {
        this.balanceMismatches += 1;
        this.chunkFailures.push(`${code}: ${spent} spent, ${expected} paid once by the drafts that have an order`);
      }
    }
  }

  /** Every failure, in words (a run's name says how to replay it). */
  failures(): string[] {
    return [...[...this.rows.values()].flatMap((row) => row.failures), ...this.chunkFailures];
  }

  /** The table's rows: one per kind of run, then the backend's view across runs. */
  table(): FaultRow[] {
    const seed = `0x${SOAK_SEED.toString(16)}`;
    const rows: FaultRow[] = [...this.rows].map(([kind, row]) => ({
      scenario: kind,
      seed,
      runs: row.runs,
      withPayments: row.withPayments,
      submitRequests: row.requests,
      orders: row.orders,
      duplicates: row.duplicates,
      lost: row.lost,
      paidTwice: row.paidTwice,
      avgMs: row.runs ? Math.round(row.ms / row.runs) : 0,
      result: row.failures.length ? `FAILED ${row.failures.length}: ${row.failures[0]}` : 'ok',
    }));
    rows.push({
      scenario: 'backend (all runs)',
      seed,
      runs: this.totals().submissions,
      orders: this.created,
      duplicates: this.unattributed,
      paidTwice: this.balanceMismatches,
      result: this.chunkFailures.length ? `FAILED: ${this.chunkFailures[0]}` : 'ok',
    });
    return rows;
  }

  totals(): SoakTotals {
    const rows = [...this.rows.values()];
    const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
    return {
      submissions: sum((row) => row.runs),
      ordersCreated: this.created,
      duplicates: sum((row) => row.duplicates) + this.unattributed,
      lost: sum((row) => row.lost),
      paidTwice: sum((row) => row.paidTwice) + this.balanceMismatches,
      uncaught: this.uncaught,
      failedRuns: sum((row) => row.failures.length),
    };
  }
}
