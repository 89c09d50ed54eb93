/**
 * Runs a chunk of the soak's plan: its lanes take runs from one queue, each run on a fresh draft
 * (Ada, Canvas Tote Bags, the plan's payments) kept under its own key; the keyboard's runs go last,
 * taking turns with the page's focus. A run that gets stuck is written down as failed and its lane
 * starts again with new builders.
 */
import type { MockBackend } from '../../../mocks/backend.js';
import { addPayment } from '../../../src/model/draft.js';
import type { CardSummary, OrderDraft } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import type { MockHandle } from '../../support/mock.js';
import { back, shown, until } from './soak-agent.js';
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
export function draftFor(backend: MockBackend, plan: RunPlan): OrderDraft {
  let draft = buildDraft(backend, { lines: [{ productId: 'canvas-tote', quantity: plan.quantity }] });
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
async function play(mock: MockHandle, lane: Lane, plan: RunPlan): Promise<RunRecord> {
  const backend = mock.backend;
  const run: RunRecord = {
    plan,
    lane: lane.index,
    draft: draftFor(backend, plan),
    offered: [],
    submitted: [],
    requestsFrom: backend.requests.length,
    sentKeys: [],
    shown: null,
    failures: [],
    ms: 0,
  };
  const started = performance.now();
  lane.run = run;
  lane.arm(plan);
  const ctx = new RunContext(lane, run);
  try {
    await RUNNERS[plan.kind](ctx);
    await tidy(lane);
  } catch (error) {
    const sent = lane.sentSince(run.requestsFrom).length;
    const why = error instanceof Error ? error.message : String(error);
    run.failures.push(`stuck: ${why}; ${run.offered.length} submissions started, ${sent} submit requests`);
    // New builders for the lane's next run.
    lane.main?.remove();
    lane.second?.remove();
    lane.main = lane.second = null;
  }
  // Nothing of the run still at the backend before it is counted (a released hold ends quickly).
  const keys = () => lane.sentSince(run.requestsFrom);
  await until(() => !keys().some((key) => backend['inFlight'].has(key)), 'a request of the run stayed in flight').catch(
    () => run.failures.push('a request of the run stayed in flight'),
  );
  run.sentKeys = keys();
  run.ms = performance.now() - started;
  lane.run = null;
  return run;
}

/** The lanes take `plans` from one queue until it is empty. */
async function playQueue(mock: MockHandle, lanes: Lane[], plans: RunPlan[], records: RunRecord[]): Promise<void> {
  const queue = [...plans];
  await Promise.all(
    lanes.map(async (lane) => {
      for (let plan = queue.shift(); plan; plan = queue.shift()) records.push(await play(mock, lane, plan));
    }),
  );
}

/** Plays `plans` on `lanes` lanes of chunk `chunk` (the keyboard's runs last); resolves with their records. */
export async function playChunk(
  mock: MockHandle,
  chunk: number,
  plans: RunPlan[],
  lanes: number,
): Promise<RunRecord[]> {
  const all = Array.from({ length: lanes }, (_, index) => new Lane(mock, chunk, index, SOAK_SEED));
  const records: RunRecord[] = [];
  const keyboard = (plan: RunPlan) => plan.kind === 'keyboard';
  await playQueue(
    mock,
    all,
    plans.filter((plan) => !keyboard(plan)),
    records,
  );
  // Keyboard focus is the page's: the keyboard's runs take turns with it (see `keyboard`).
  await playQueue(mock, all, plans.filter(keyboard), records);
  for (const lane of all) {
    lane.main?.remove();
    lane.second?.remove();
  }
  return records.sort((a, b) => a.plan.index - b.plan.index);
}
