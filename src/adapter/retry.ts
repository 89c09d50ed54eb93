/**
 * Adapter helpers: retry with full-jitter exponential backoff (honouring `Retry-After`), and
 * per-attempt timeouts that can be told apart from a caller's abort.
 *
 * Used by the REST adapter; exported so that a host writing its own adapter gets the same
 * behaviour (see DESIGN.md, "Submitting").
 */
import { AdapterError } from './errors.js';

export interface BackoffOptions {
  /** The first backoff ceiling, doubled on every attempt. Default 250 ms. */
  baseDelayMs?: number;
  /** The largest backoff ceiling. Default 4000 ms. */
  maxDelayMs?: number;
  /** A number in [0, 1): `Math.random` by default; tests inject their own. */
  random?: () => number;
}

export interface RetryOptions extends BackoffOptions {
  /** How many times to retry after the first attempt. Default 3 (so at most 4 attempts). */
  retries?: number;
  /**
   * The longest `Retry-After` to wait for. When the backend asks for longer, the error is thrown at
   * once: an agent on the phone is better served by "try again in 2 minutes" than by a frozen
   * button. Default 30 000 ms.
   */
  maxRetryAfterMs?: number;
  /** Stops waiting and retrying at once; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Whether an error may succeed on a retry. Default: `AdapterError.retryable`. */
  shouldRetry?: (error: unknown) => boolean;
  /**
   * Called before each retry (before its wait) with the number of the attempt about to be made
   * (2 for the first retry) and the most attempts there will be (`retries + 1`).
   */
  onRetry?: (attempt: number, attempts: number) => void;
  /** Waits `ms` or rejects with the signal's reason when it aborts. Tests may inject their own. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const DEFAULT_RETRIES = 3;
const DEFAULT_BASE_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 4000;
const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

/**
 * The full-jitter backoff before retry number `attempt + 1` (attempt 0 failed first):
 * a uniformly random delay in [0, min(maxDelayMs, baseDelayMs × 2^attempt)).
 * Full jitter spreads the retries of many clients hit by one outage (AWS Architecture Blog,
 * "Exponential Backoff And Jitter").
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const max = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** The `Retry-After` an error carries, in milliseconds, if any. */
function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = (error as { retryAfterMs?: unknown }).retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * The delay before retrying after `error` on `attempt`, or `undefined` when the backend asked for a
 * longer wait than `maxRetryAfterMs` (then the caller should give up and show the error).
 */
export function retryDelay(
  attempt: number,
  error: unknown,
  options: BackoffOptions & { maxRetryAfterMs?: number } = {},
): number | undefined {
  const backoff = backoffDelay(attempt, options);
  const retryAfter = retryAfterOf(error);
  if (retryAfter === undefined) return backoff;
  if (retryAfter > (options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS)) return undefined;
  return Math.max(backoff, retryAfter);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function defaultShouldRetry(error: unknown): boolean {
  return error instanceof AdapterError && error.retryable;
}

/**
 * Runs `operation`, retrying it while it fails with a retryable error, with full-jitter backoff and
 * at least the `Retry-After` the error carries. Rejects with the last error, or with the signal's
 * reason as soon as the signal aborts.
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const shouldRetry = options.shouldRetry ?? defaultShouldRetry;
  const wait = options.sleep ?? sleep;
  const { signal } = options;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (attempt >= retries || !shouldRetry(error)) throw error;
      const delay = retryDelay(attempt, error, options);
      if (delay === undefined) throw error;
      options.onRetry?.(attempt + 2, retries + 1);
      await wait(delay, signal);
    }
  }
}

/** A signal that aborts on the caller's abort or after a timeout, and which of the two happened. */
export interface TimeoutSignal {
  signal: AbortSignal;
  /** True when the timeout fired before the caller aborted. */
  timedOut(): boolean;
}

/**
 * Combines a caller's signal with a timeout of `ms` (none when `ms` is not a positive finite
 * number), so that a call can throw a TimeoutError for the former and rethrow the caller's
 * AbortError for the latter.
 */
export function withTimeout(signal: AbortSignal | undefined, ms: number | undefined): TimeoutSignal {
  if (ms === undefined || !(ms > 0) || !Number.isFinite(ms)) {
    const own = signal ?? new AbortController().signal;
    return { signal: own, timedOut: () => false };
  }
  const timeout = AbortSignal.timeout(ms);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // `any()` keeps the reason of the first signal to abort: the timeout's only when it came first.
  return { signal: combined, timedOut: () => combined.aborted && combined.reason === timeout.reason };
}
