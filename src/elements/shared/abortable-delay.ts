/**
 * Resolves after `ms`, or rejects with the signal's reason when it aborts first: the debounce of a
 * latest-wins read, inside its `@lit/task` function (a newer run aborts the older one's signal, so
 * an edit within the quiet time cancels the wait and nothing is sent for it). A wait of 0 still
 * waits for the next task of the event loop.
 */
export function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
