/**
 * Runs a chunk of the soak's plan: its lanes take runs from one queue, each run on a fresh draft
 * (Ada, Canvas Tote Bags, the plan's payments) kept under its own key; the keyboard's runs go last,
 * taking turns with the page's focus. A run that gets stuck is written down as failed and its lane
 * starts again with new builders.
 */
import { addPayment } from '../../../src/model/draft.js';
import type { CardSummary, OrderDraft } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import { back, SEED, shown, until } from './soak-agent.js';
import type { SoakTransport } from './soak-backend.js';
import { RunContext } from './soak-context.js';
import { Lane, type RunRecord } from './soak-lane.js';
import { SOAK_SEED, type Kind, type RunPlan } from './soak-plan.js';
import { doublePress, faults, keyboard, lostThenEdit } from './soak-runs.js';
import { reload, tabs } from './soak-tabs.js';
import { confirmDialog } from '../../support/harness/offline-order-builder.js';

const RUNNERS: Record<Kind, (ctx: RunContext) => Promise<void>> = {
  clean: faults,
  'faults-before': faults,
  'faults-after': faults,
  'double-press': doublePress,
  'lost-then-edit': lostThenEdit,
  reload,
  'two-tabs': tabs,
  keyboard,
};

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The run's draft: Ada, `quantity` Canvas Tote Bags shipped Ground, and the plan's payments. */
export function draftFor(plan: RunPlan): OrderDraft {
  let draft = buildDraft(SEED, { lines: [{ productId: 'canvas-tote', quantity: plan.quantity }] });
  const { payments } = plan;
  if (payments?.card) {
    const card: CardSummary = {
      token: `tok_soak${plan.index}`,
      brand: 'visa',
      last4: '1111',
      expiryMonth: 12,
      expiryYear: 2030,
    };
    draft = addPayment(draft, { typeId: 'credit-card', kind: 'credit-card', amount: usd(payments.card), card });
  }
  if (payments?.balance) {
    const { typeId, code, amount } = payments.balance;
    draft = addPayment(draft, { typeId, kind: typeId, amount: usd(amount), reference: code });
  }
  return draft;
}

/** Leaves the lane's builders ready for the next run: no confirmation left open. */
async function tidy(lane: Lane): Promise<void> {
  for (const el of [lane.main, lane.second]) {
    if (el && confirmDialog(el)?.open && !shown(el).busy) await back(el);
  }
}

/** Plays one run on `lane`. */
async function play(lane: Lane, plan: RunPlan): Promise<RunRecord> {
  const run: RunRecord = {
    plan,
    lane: lane.index,
    draft: draftFor(plan),
    offered: [],
    submitted: [],
    requestsFrom: await lane.backend.mark(),
    sentKeys: [],
    shown: null,
    failures: [],
    ms: 0,
  };
  const started = performance.now();
  lane.run = run;
  await lane.backend.arm(plan);
  const ctx = new RunContext(lane, run);
  try {
    await RUNNERS[plan.kind](ctx);
    await tidy(lane);
  } catch (error) {
    const sent = (await lane.sentSince(run.requestsFrom)).length;
    const why = error instanceof Error ? error.message : String(error);
    run.failures.push(`stuck: ${why}; ${run.offered.length} submissions started, ${sent} submit requests`);
    // New builders for the lane's next run.
    lane.main?.remove();
    lane.second?.remove();
    lane.main = lane.second = null;
  }
  // Nothing of the run still at the backend before it is counted (a released hold ends quickly).
  const settled = async () => {
    const keys = [...new Set(await lane.sentSince(run.requestsFrom))];
    const states = await Promise.all(keys.map((key) => lane.backend.store.key(key)));
    return !states.some((state) => state.inFlight);
  };
  await until(settled, 'a request of the run stayed in flight').catch(() =>
    run.failures.push('a request of the run stayed in flight'),
  );
  run.sentKeys = await lane.sentSince(run.requestsFrom);
  run.ms = performance.now() - started;
  lane.run = null;
  return run;
}

/** The lanes take `plans` from one queue until it is empty. */
async function playQueue(lanes: Lane[], plans: RunPlan[], records: RunRecord[]): Promise<void> {
  const queue = [...plans];
  await Promise.all(
    lanes.map(async (lane) => {
      for (let plan = queue.shift(); plan; plan = queue.shift()) records.push(await play(lane, plan));
    }),
  );
}

/** `count` new lanes of chunk `chunk` over `transport` (close their backends once audited). */
export async function openLanes(transport: SoakTransport, chunk: number, count: number): Promise<Lane[]> {
  const lanes: Lane[] = [];
  for (let index = 0; index < count; index++)
    lanes.push(new Lane(await transport.lane(chunk, index, SOAK_SEED), index));
  return lanes;
}

/** Plays `plans` on `lanes` (the keyboard's runs last); resolves with the runs' records, in the plan's order. */
export async function playChunk(lanes: Lane[], plans: RunPlan[]): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  const keyboard = (plan: RunPlan) => plan.kind === 'keyboard';
  await playQueue(
    lanes,
    plans.filter((plan) => !keyboard(plan)),
    records,
  );
  // Keyboard focus is the page's: the keyboard's runs take turns with it (see `keyboard`).
  await playQueue(lanes, plans.filter(keyboard), records);
  for (const lane of lanes) {
    lane.main?.remove();
    lane.second?.remove();
  }
  return records.sort((a, b) => a.plan.index - b.plan.index);
}
