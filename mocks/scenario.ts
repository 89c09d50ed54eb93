/**
 * Latency and faults of the mock backend. The demo picks a mode from `?mock=slow|flaky|down`;
 * tests call `failNext` / `delayNext` to script what the next calls of an operation meet.
 * Faults are keyed by the operationIds of docs/ARCHITECTURE.md. Random choices (latency within
 * the range, which flaky call fails) come from a seeded PRNG, so a run can be replayed.
 */
import { Prng } from './prng.js';
import type { Problem } from '../src/model/types.js';

export type ScenarioMode = 'normal' | 'slow' | 'flaky' | 'down';

/**
 * What a call meets instead of its answer: an HTTP status (answered as problem+json, with
 * `Retry-After` for 409/429/503), `'network'` (the request fails without a response) or
 * `'timeout'` (no response ever arrives; the caller's timeout or abort ends it), or a broken answer
 * (`AnswerFault`).
 */
export type Fault = number | 'network' | 'timeout' | AnswerFault;

/**
 * A broken answer: `'redirect'` (a 302 to the same path, before any work), or, after the work is
 * done, `'malformed'` (a 200 whose JSON is cut short), `'missing-fields'` (a 200 of `{}`: every
 * required field missing), `'wrong-kind'` (the real answer with every `currency` "ZZZ" and every
 * `id` and `token` a number).
 */
export type AnswerFault = 'redirect' | 'malformed' | 'missing-fields' | 'wrong-kind';

export const ANSWER_FAULTS: readonly AnswerFault[] = ['redirect', 'malformed', 'missing-fields', 'wrong-kind'];

export interface FaultOptions {
  /** Seconds for `Retry-After` on 409, 429 and 5xx (default 1; 0 lets tests retry at once). */
  retryAfter?: number;
  /**
   * Fail after the backend has done the work: the request takes effect but its answer is lost
   * (a submitted order whose response never arrives). Default: fail before.
   */
  afterProcessing?: boolean;
  /** The field errors of a 400 or 422 (none by default). */
  errors?: Problem[];
}

/** What the handlers do for one call. */
export interface CallPlan {
  delayMs: number;
  /** Resolves when a test releases a call it holds (`holdNext`); null when the call is not held. */
  hold: Promise<void> | null;
  fault: Fault | null;
  retryAfter: number | undefined;
  afterProcessing: boolean;
  /** The field errors of a 400 or 422 fault. */
  errors?: Problem[];
}

export interface MockScenarioInit {
  /** Latency range in normal mode, ms (default [0, 0]; the demo uses [100, 400]). */
  latency?: [number, number];
  mode?: ScenarioMode;
  /** Seed of the PRNG that picks latencies and flaky failures. */
  seed?: number;
}

export const SCENARIO_MODES: readonly ScenarioMode[] = ['normal', 'slow', 'flaky', 'down'];

const SLOW_LATENCY: [number, number] = [1000, 3000];
/** In flaky mode, the share of calls answered 503 and the share that fail without a response. */
const FLAKY_UNAVAILABLE = 0.15;
const FLAKY_NETWORK = 0.05;
const DEFAULT_RETRY_AFTER = 1;

interface QueuedFault {
  fault: Fault;
  remaining: number;
  options: FaultOptions;
}

export class MockScenario {
  /** Latency range in normal and flaky modes, ms. */
  latency: [number, number];
  mode: ScenarioMode;

  private readonly initial: { latency: [number, number]; mode: ScenarioMode; seed: number };
  private prng: Prng;
  private faults = new Map<string, QueuedFault[]>();
  private delays = new Map<string, number[]>();
  private holds = new Map<string, Array<Promise<void>>>();

  constructor(init: MockScenarioInit = {}) {
    this.latency = init.latency ?? [0, 0];
    this.mode = init.mode ?? 'normal';
    this.initial = { latency: [...this.latency], mode: this.mode, seed: init.seed ?? 0x5ce7a210 };
    this.prng = new Prng(this.initial.seed);
  }

  /**
   * A scenario from a page's query string: `?mock=slow|flaky|down` (anything else is normal).
   * `latency` is the normal-mode range (the demo passes [100, 400]).
   */
  static fromSearch(search: string, init: MockScenarioInit = {}): MockScenario {
    const requested = new URLSearchParams(search).get('mock');
    const mode = SCENARIO_MODES.find((m) => m === requested) ?? init.mode ?? 'normal';
    return new MockScenario({ ...init, mode });
  }

  /**
   * The next `times` calls of `operationId` meet `fault` (queued after any fault already
   * waiting for that operation).
   */
  failNext(operationId: string, fault: Fault, times = 1, options: FaultOptions = {}): void {
    const queue = this.faults.get(operationId) ?? [];
    queue.push({ fault, remaining: times, options });
    this.faults.set(operationId, queue);
  }

  /** Drops the faults still queued (for `operationId`, or for every operation): the fault is removed. */
  clearFaults(operationId?: string): void {
    if (operationId === undefined) this.faults.clear();
    else this.faults.delete(operationId);
  }

  /** The next call of `operationId` waits `ms` more before it is answered (to reorder responses). */
  delayNext(operationId: string, ms: number): void {
    const queue = this.delays.get(operationId) ?? [];
    queue.push(ms);
    this.delays.set(operationId, queue);
  }

  /**
   * Holds the next call of `operationId` (after its latency) until the returned function is
   * called: a deterministic way to make answers arrive out of order, or to keep a submission
   * in flight, without timers.
   */
  holdNext(operationId: string): () => void {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = this.holds.get(operationId) ?? [];
    queue.push(held);
    this.holds.set(operationId, queue);
    return release;
  }

  /** Back to the mode and latency it was created with; forgets queued faults and delays. */
  reset(): void {
    this.latency = [...this.initial.latency];
    this.mode = this.initial.mode;
    this.prng = new Prng(this.initial.seed);
    this.faults = new Map();
    this.delays = new Map();
    this.holds = new Map();
  }

  /** Decides what the next call of `operationId` meets. Consumes one queued fault or delay. */
  plan(operationId: string): CallPlan {
    const [min, max] = this.mode === 'slow' ? SLOW_LATENCY : this.latency;
    let delayMs = max > min ? this.prng.int(min, max) : min;
    const extra = this.delays.get(operationId)?.shift();
    if (extra !== undefined) delayMs += extra;
    const hold = this.holds.get(operationId)?.shift() ?? null;

    const queue = this.faults.get(operationId);
    const queued = queue?.[0];
    if (queued && queue) {
      queued.remaining -= 1;
      if (queued.remaining <= 0) queue.shift();
      return {
        delayMs,
        hold,
        fault: queued.fault,
        retryAfter: queued.options.retryAfter ?? DEFAULT_RETRY_AFTER,
        afterProcessing: queued.options.afterProcessing ?? false,
        ...(queued.options.errors ? { errors: queued.options.errors } : {}),
      };
    }
    if (this.mode === 'down') {
      return { delayMs, hold, fault: this.prng.chance(0.7) ? 503 : 'network', retryAfter: 2, afterProcessing: false };
    }
    if (this.mode === 'flaky') {
      const roll = this.prng.next();
      if (roll < FLAKY_UNAVAILABLE)
        return { delayMs, hold, fault: 503, retryAfter: DEFAULT_RETRY_AFTER, afterProcessing: false };
      if (roll < FLAKY_UNAVAILABLE + FLAKY_NETWORK) {
        return { delayMs, hold, fault: 'network', retryAfter: undefined, afterProcessing: false };
      }
    }
    return { delayMs, hold, fault: null, retryAfter: undefined, afterProcessing: false };
  }
}
