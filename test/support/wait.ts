/**
 * Waiting for the state a test needs, never for a time: one timeout for every `waitUntil`, and
 * small wrappers over `waitUntil` and `oneEvent`.
 */
import { oneEvent, waitUntil } from '@open-wc/testing';

/** How long a test waits for a state before it fails (the suite runs on a loaded machine). */
export const WAIT = { timeout: 5000 };

/** Waits until `find` returns something, and resolves with it. */
export function until<T>(find: () => T | null | undefined | false, message: string): Promise<T> {
  let found: T | null | undefined | false;
  return waitUntil(() => (found = find()), message, WAIT).then(() => found as T);
}

/** The next event of `type` from `target`, typed as the library declares it. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

/** Records the events of one type an element fires from now on. */
export function record<E extends Event>(el: EventTarget, type: string): E[] {
  const events: E[] = [];
  el.addEventListener(type, (event) => events.push(event as E));
  return events;
}
