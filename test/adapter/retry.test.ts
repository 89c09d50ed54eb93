import { expect } from '@open-wc/testing';
import {
  ConflictError,
  NotFoundError,
  TimeoutError,
  UnavailableError,
  ValidationError,
} from '../../src/adapter/errors.js';
import { backoffDelay, retryDelay, sleep, withRetry, withTimeout } from '../../src/adapter/retry.js';

/** A sleep that records the delays asked for and resolves at once (or rejects if aborted). */
function recordingSleep() {
  const delays: number[] = [];
  const fn = (ms: number, signal?: AbortSignal) => {
    delays.push(ms);
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  };
  return { delays, sleep: fn };
}

/** An operation failing with the given errors in turn, then answering `value`. */
function failingThen<T>(errors: unknown[], value: T) {
  const attempts: number[] = [];
  const operation = (attempt: number) => {
    attempts.push(attempt);
    const error = errors[attempts.length - 1];
    return error === undefined ? Promise.resolve(value) : Promise.reject(error);
  };
  return { attempts, operation };
}

const unavailable = () => new UnavailableError('down', { status: 503 });

describe('retry', () => {
  describe('backoffDelay', () => {
    it('doubles the ceiling on every attempt, up to maxDelayMs (full jitter at its top)', () => {
      const top = () => 0.999999;
      const delays = [0, 1, 2, 3, 4, 5].map((attempt) =>
        backoffDelay(attempt, { baseDelayMs: 100, maxDelayMs: 1000, random: top }),
      );
      expect(delays).to.deep.equal([99, 199, 399, 799, 999, 999]);
    });

    it('is zero at the bottom of the jitter', () => {
      expect(backoffDelay(5, { baseDelayMs: 100, random: () => 0 })).to.equal(0);
    });

    it('is drawn uniformly between zero and the ceiling', () => {
      expect(backoffDelay(2, { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.5 })).to.equal(200);
    });

    it('uses 250 ms doubling up to 4 s by default', () => {
      const top = () => 0.999999;
      expect(backoffDelay(0, { random: top })).to.equal(249);
      expect(backoffDelay(10, { random: top })).to.equal(3999);
    });

    it('always returns a whole number of milliseconds', () => {
      expect(Number.isInteger(backoffDelay(1, { random: () => 0.123456 }))).to.equal(true);
    });
  });

  describe('retryDelay', () => {
    it('waits at least the Retry-After of the error', () => {
      const error = new UnavailableError('busy', { status: 429, retryAfterMs: 2000 });
      expect(retryDelay(0, error, { random: () => 0 })).to.equal(2000);
    });

    it('keeps the backoff when it is longer than Retry-After', () => {
      const error = new UnavailableError('busy', { status: 429, retryAfterMs: 10 });
      expect(retryDelay(3, error, { baseDelayMs: 100, random: () => 0.5 })).to.equal(400);
    });

    it('gives up (undefined) when Retry-After is longer than maxRetryAfterMs', () => {
      const error = new UnavailableError('busy', { status: 429, retryAfterMs: 120_000 });
      expect(retryDelay(0, error, { random: () => 0 })).to.equal(undefined);
      expect(retryDelay(0, error, { random: () => 0, maxRetryAfterMs: 180_000 })).to.equal(120_000);
    });
  });

  describe('withRetry', () => {
    it('answers the first success after retryable failures', async () => {
      const { delays, sleep: fakeSleep } = recordingSleep();
      const { attempts, operation } = failingThen([unavailable(), new TimeoutError('slow')], 'ok');
      const result = await withRetry(operation, { sleep: fakeSleep, random: () => 0.5, baseDelayMs: 100 });
      expect(result).to.equal('ok');
      expect(attempts).to.deep.equal([0, 1, 2]);
      expect(delays).to.deep.equal([50, 100]);
    });

    it('retries a conflict (a submission still in progress)', async () => {
      const { sleep: fakeSleep } = recordingSleep();
      const { attempts, operation } = failingThen([new ConflictError('in progress', { status: 409 })], 'ok');
      expect(await withRetry(operation, { sleep: fakeSleep })).to.equal('ok');
      expect(attempts).to.have.length(2);
    });

    it('gives up after `retries` retries with the last error', async () => {
      const { sleep: fakeSleep } = recordingSleep();
      const last = unavailable();
      const { attempts, operation } = failingThen([unavailable(), unavailable(), last], 'never');
      const error = await withRetry(operation, { retries: 2, sleep: fakeSleep }).catch((e: unknown) => e);
      expect(error).to.equal(last);
      expect(attempts).to.have.length(3);
    });

    for (const [name, error] of [
      ['a validation error', new ValidationError('bad', [])],
      ['a not-found error', new NotFoundError('gone', { status: 404 })],
      ['an error that is not an adapter error', new TypeError('bug')],
    ] as const) {
      it(`does not retry ${name}`, async () => {
        const { delays, sleep: fakeSleep } = recordingSleep();
        const { attempts, operation } = failingThen([error], 'never');
        const thrown = await withRetry(operation, { sleep: fakeSleep }).catch((e: unknown) => e);
        expect(thrown).to.equal(error);
        expect(attempts).to.have.length(1);
        expect(delays).to.be.empty;
      });
    }

    it('tells onRetry the number of each retry and of all attempts, before its wait', async () => {
      const told: string[] = [];
      const sleep = (ms: number) => {
        told.push(`wait ${ms}`);
        return Promise.resolve();
      };
      const { operation } = failingThen([unavailable(), unavailable(), unavailable(), unavailable()], 'never');
      const error = await withRetry(operation, {
        sleep,
        random: () => 0,
        onRetry: (attempt, attempts) => told.push(`attempt ${attempt} of ${attempts}`),
      }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UnavailableError);
      expect(told).to.deep.equal(['attempt 2 of 4', 'wait 0', 'attempt 3 of 4', 'wait 0', 'attempt 4 of 4', 'wait 0']);
    });

    it('does not call onRetry for a call that is not retried', async () => {
      const told: number[] = [];
      const { operation } = failingThen([new ValidationError('bad', [])], 'never');
      await withRetry(operation, { onRetry: (attempt) => told.push(attempt) }).catch(() => undefined);
      const ok = failingThen([], 'ok');
      await withRetry(ok.operation, { onRetry: (attempt) => told.push(attempt) });
      expect(told).to.be.empty;
    });

    it('follows a custom shouldRetry', async () => {
      const { sleep: fakeSleep } = recordingSleep();
      const { attempts, operation } = failingThen([new TypeError('flaky')], 'ok');
      const result = await withRetry(operation, { sleep: fakeSleep, shouldRetry: (e) => e instanceof TypeError });
      expect(result).to.equal('ok');
      expect(attempts).to.have.length(2);
    });

    it('honours Retry-After between attempts', async () => {
      const { delays, sleep: fakeSleep } = recordingSleep();
      const busy = new UnavailableError('busy', { status: 429, retryAfterMs: 3000 });
      const { operation } = failingThen([busy], 'ok');
      await withRetry(operation, { sleep: fakeSleep, random: () => 0 });
      expect(delays).to.deep.equal([3000]);
    });

    it('throws at once when Retry-After is longer than it will wait', async () => {
      const { delays, sleep: fakeSleep } = recordingSleep();
      const busy = new UnavailableError('busy', { status: 429, retryAfterMs: 300_000 });
      const { attempts, operation } = failingThen([busy], 'ok');
      expect(await withRetry(operation, { sleep: fakeSleep }).catch((e: unknown) => e)).to.equal(busy);
      expect(attempts).to.have.length(1);
      expect(delays).to.be.empty;
    });

    it('does not start when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const { attempts, operation } = failingThen([], 'ok');
      const error = await withRetry(operation, { signal: controller.signal }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(attempts).to.be.empty;
    });

    it('stops waiting at once when aborted during the backoff, with the abort reason', async () => {
      const controller = new AbortController();
      const { attempts, operation } = failingThen([unavailable(), unavailable()], 'ok');
      const reason = new DOMException('The agent closed the dialog.', 'AbortError');
      // A real, long sleep: only the abort can end it.
      const pending = withRetry(operation, { signal: controller.signal, baseDelayMs: 60_000, random: () => 0.5 });
      await Promise.resolve();
      controller.abort(reason);
      expect(await pending.catch((e: unknown) => e)).to.equal(reason);
      expect(attempts).to.have.length(1);
    });

    it('does not retry once the signal aborted during an attempt', async () => {
      const controller = new AbortController();
      const { sleep: fakeSleep } = recordingSleep();
      let attempts = 0;
      const operation = () => {
        attempts += 1;
        controller.abort();
        return Promise.reject(unavailable());
      };
      const error = await withRetry(operation, { signal: controller.signal, sleep: fakeSleep }).catch(
        (e: unknown) => e,
      );
      expect((error as DOMException).name).to.equal('AbortError');
      expect(attempts).to.equal(1);
    });
  });

  describe('sleep', () => {
    it('resolves after the delay', async () => {
      await sleep(0);
    });

    it('rejects at once with the reason of an aborted signal', async () => {
      const controller = new AbortController();
      controller.abort(new Error('stop'));
      const error = await sleep(10, controller.signal).catch((e: unknown) => e);
      expect((error as Error).message).to.equal('stop');
    });
  });

  describe('withTimeout', () => {
    it('tells a timeout apart from the caller aborting', async () => {
      const timed = withTimeout(undefined, 1);
      await new Promise((resolve) => timed.signal.addEventListener('abort', resolve, { once: true }));
      expect(timed.timedOut()).to.equal(true);

      const controller = new AbortController();
      const aborted = withTimeout(controller.signal, 60_000);
      controller.abort();
      expect(aborted.signal.aborted).to.equal(true);
      expect(aborted.timedOut()).to.equal(false);
      expect((aborted.signal.reason as DOMException).name).to.equal('AbortError');
    });

    it('reports the caller abort even when the timeout fires later', async () => {
      const controller = new AbortController();
      const both = withTimeout(controller.signal, 1);
      controller.abort();
      // A timeout of the same length started after it has fired, so this one has too (timers of
      // equal delay fire in the order they were set).
      const later = withTimeout(undefined, 1);
      await new Promise((resolve) => later.signal.addEventListener('abort', resolve, { once: true }));
      expect(both.timedOut()).to.equal(false);
    });

    it('has no timeout when ms is 0 or not finite, and passes the caller signal through', () => {
      const controller = new AbortController();
      const none = withTimeout(controller.signal, 0);
      expect(none.signal).to.equal(controller.signal);
      expect(withTimeout(undefined, Number.POSITIVE_INFINITY).signal.aborted).to.equal(false);
      expect(withTimeout(undefined, undefined).timedOut()).to.equal(false);
    });
  });
});
