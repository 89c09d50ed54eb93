/**
 * What each submission of the submit soak meets, drawn up front from one seed: the kind of run
 * (faults before or after the order is created, double presses, a lost answer then an edit, a
 * reload, two tabs, the keyboard), its variant, the faults queued on the lane's `submitOrder` and
 * `findOrder`, the draft's quantity and payments. The plan of run #n is a pure function of the
 * seed and n, whatever order the lanes run it in: a failure names the seed and the run, and the
 * same seed plays the same runs again.
 */
import { Prng } from '../../../mocks/prng.js';
import type { Fault } from '../../../mocks/scenario.js';

/** The seed of the soak (mulberry32, `mocks/prng.ts`). Change it to try other runs; a failure prints it. */
export const SOAK_SEED = 0x5eed0012;

export const KINDS = [
  'clean',
  'faults-before',
  'faults-after',
  'double-press',
  'lost-then-edit',
  'reload',
  'two-tabs',
  'keyboard',
] as const;
export type Kind = (typeof KINDS)[number];

/** A fault queued on one operation of the lane: `times` calls meet it. */
export interface FaultSpec {
  fault: Fault;
  times: number;
  /** Seconds of `Retry-After` (statuses only): 0 retries at once, 60 is longer than the builder waits (it gives up at once). */
  retryAfter: number;
  /** The order is created, then the answer is lost. */
  afterProcessing: boolean;
}

/** A balance payment (store credit, gift card): spent on the backend once per order. */
export interface BalancePayment {
  typeId: 'store-credit' | 'gift-card';
  code: string;
  amount: number;
}

/** The draft's payments, in minor units (USD): a card token, a balance, or both. */
export interface PaymentPlan {
  card: number | null;
  balance: BalancePayment | null;
}

export interface RunPlan {
  index: number;
  kind: Kind;
  variant: string;
  /** Queued on `submitOrder`, in this order. */
  faults: FaultSpec[];
  /** Queued on `findOrder`, in this order. */
  lookupFaults: FaultSpec[];
  quantity: number;
  payments: PaymentPlan | null;
  /** What the agent changes after a lost answer (lost-then-edit and some reloads). */
  edit: 'notes' | 'quantity' | null;
}

/**
 * Balance codes with room for a chunk's payments of at most 9 cents each (mocks/README.md,
 * "Payments": 40.00 and 250.00; each chunk starts from the seed).
 */
export const BALANCE_CODES: readonly Omit<BalancePayment, 'amount'>[] = [
  { typeId: 'store-credit', code: 'SC-ADA-0001' },
  { typeId: 'gift-card', code: 'GC-2500-0003' },
];

/** How often each kind is drawn (they sum to 100). */
const WEIGHTS: Record<Kind, number> = {
  clean: 6,
  'faults-before': 20,
  'faults-after': 18,
  'double-press': 14,
  'lost-then-edit': 13,
  reload: 12,
  'two-tabs': 13,
  keyboard: 4,
};

const VARIANTS: Record<Kind, readonly string[]> = {
  clean: ['none'],
  'faults-before': ['retried'],
  'faults-after': ['answer-lost'],
  'double-press': ['twice', 'while-held', 'try-again-twice', 'submit-twice'],
  'lost-then-edit': ['created', 'not-created', 'lookup-fails'],
  reload: [
    'held-created',
    'held-not-created',
    'lost-created',
    'lost-not-created',
    'lost-not-created-edit',
    'in-flight',
  ],
  'two-tabs': [
    'host-sequential',
    'host-held',
    'host-simultaneous',
    'host-lost',
    'restored-sequential',
    'restored-simultaneous',
  ],
  keyboard: ['enter-click', 'enter-enter', 'try-again-enter-click'],
};

/** Reloads while the first request is still at the backend wait 1 s for its `Retry-After`: rarer. */
const RARE_VARIANTS = new Set(['in-flight']);

function pickKind(prng: Prng): Kind {
  let roll = prng.next() * 100;
  for (const kind of KINDS) {
    roll -= WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return 'clean';
}

function pickVariant(prng: Prng, kind: Kind): string {
  const variants = VARIANTS[kind];
  for (;;) {
    const variant = prng.pick(variants);
    // A rare variant is kept one time in four.
    if (!RARE_VARIANTS.has(variant) || prng.chance(0.25)) return variant;
  }
}

/** A fault that the builder retries: a status with `Retry-After`, no response, or (rarely) no answer before the timeout. */
function transient(prng: Prng, times: number, afterProcessing = false, timeouts = true): FaultSpec {
  const faults: Fault[] = [503, 503, 500, 429, 429, 'network', 'network', 'network'];
  const fault: Fault = timeouts && times <= 2 && prng.chance(0.12) ? 'timeout' : prng.pick(faults);
  // Retry-After: mostly 0 (retried at once); 60 is more than the builder waits (the error shows at
  // once); 1 only for a single fault (a second of waiting).
  const roll = prng.next();
  const retryAfter = roll < 0.15 ? 60 : roll < 0.22 && times === 1 ? 1 : 0;
  return { fault, times, retryAfter, afterProcessing };
}

/** Faults that spend the builder's four attempts (the error with "Try again" shows), without timeouts. */
function spent(prng: Prng, afterProcessing: boolean): FaultSpec {
  return { ...transient(prng, prng.int(4, 5), afterProcessing, false), retryAfter: 0 };
}

function faultsFor(prng: Prng, kind: Kind, variant: string): Pick<RunPlan, 'faults' | 'lookupFaults'> {
  const some = (max: number) => (prng.chance(0.4) ? [transient(prng, prng.int(1, max))] : []);
  switch (kind) {
    case 'faults-before':
      return { faults: [transient(prng, prng.pick([1, 1, 1, 2, 2, 3, 4, 5, 6]))], lookupFaults: some(4) };
    case 'faults-after': {
      const before = prng.chance(0.3) ? [transient(prng, prng.int(1, 2))] : [];
      return { faults: [...before, transient(prng, prng.pick([1, 1, 2, 3, 4, 5]), true)], lookupFaults: some(2) };
    }
    case 'double-press':
      if (variant === 'try-again-twice') return { faults: [spent(prng, prng.chance(0.5))], lookupFaults: [] };
      return { faults: variant === 'while-held' ? [] : some(2), lookupFaults: [] };
    case 'lost-then-edit':
      return {
        faults: [spent(prng, variant !== 'not-created')],
        lookupFaults: variant === 'lookup-fails' ? [{ ...transient(prng, 4, false, false), retryAfter: 0 }] : [],
      };
    case 'reload':
      if (variant.startsWith('lost')) return { faults: [spent(prng, variant === 'lost-created')], lookupFaults: [] };
      return { faults: [], lookupFaults: [] };
    case 'two-tabs':
      return { faults: variant === 'host-lost' ? [spent(prng, true)] : some(2), lookupFaults: [] };
    case 'keyboard':
      return { faults: variant.startsWith('try-again') ? [spent(prng, prng.chance(0.5))] : [], lookupFaults: [] };
    default:
      return { faults: [], lookupFaults: [] };
  }
}

function paymentsFor(prng: Prng): PaymentPlan | null {
  if (!prng.chance(0.5)) return null;
  const card = prng.chance(0.75) ? prng.int(100, 900) : null;
  const balance = card === null || prng.chance(0.6) ? { ...prng.pick(BALANCE_CODES), amount: prng.int(1, 9) } : null;
  return { card, balance };
}

/** The plans of runs 0 … count-1 for `seed`. */
export function soakPlan(seed: number, count: number): RunPlan[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, index) => {
    const kind = pickKind(prng);
    const variant = pickVariant(prng, kind);
    const edit =
      kind === 'lost-then-edit' || variant.endsWith('-edit') ? (prng.chance(0.5) ? 'notes' : 'quantity') : null;
    return {
      index,
      kind,
      variant,
      ...faultsFor(prng, kind, variant),
      quantity: prng.int(1, 3),
      payments: paymentsFor(prng),
      edit,
    };
  });
}

/** A run as a failure message names it: "run #417 (lost-then-edit/created, submitOrder 503×4 after)". */
export function describeRun(plan: RunPlan, seed = SOAK_SEED): string {
  const faults = (name: string, specs: FaultSpec[]) =>
    specs.map(
      (f) =>
        `${name} ${f.fault}×${f.times}${f.afterProcessing ? ' after' : ''}${f.retryAfter ? ` ra${f.retryAfter}` : ''}`,
    );
  const details = [
    ...faults('submitOrder', plan.faults),
    ...faults('findOrder', plan.lookupFaults),
    ...(plan.edit ? [`edit ${plan.edit}`] : []),
    ...(plan.payments ? ['payments'] : []),
  ];
  return `seed 0x${seed.toString(16)} run #${plan.index} (${plan.kind}/${plan.variant}${details.length ? `, ${details.join(', ')}` : ''})`;
}
