/**
 * Watching what a page writes to the console and which events it dispatches, for the card-safety
 * canaries. Each watcher returns the function that undoes it (call it in `afterEach`).
 */

/** The console methods a canary listens to by default. */
export type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'dir' | 'table';

const COMMON_METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * Replaces console `methods` with one that hands its arguments to `onCall`; with
 * `{ passThrough: true }` the original still writes them.
 */
export function watchConsole(
  onCall: (args: unknown[]) => void,
  { methods = COMMON_METHODS, passThrough = false }: { methods?: readonly ConsoleMethod[]; passThrough?: boolean } = {},
): () => void {
  /* eslint-disable no-console -- the console methods are replaced to see what is written */
  const originals = methods.map((method) => {
    const original = console[method];
    const write = original as (...args: unknown[]) => void;
    console[method] = (...args: unknown[]) => {
      onCall(args);
      if (passThrough) write.apply(console, args);
    };
    return () => (console[method] = original);
  });
  /* eslint-enable no-console */
  return () => originals.forEach((undo) => undo());
}

/** Hands every event dispatched anywhere on the page to `onEvent`. */
export function watchEvents(onEvent: (event: Event) => void): () => void {
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    onEvent(event);
    return dispatch.call(this, event);
  };
  return () => (EventTarget.prototype.dispatchEvent = dispatch);
}

/** Every string reachable from a value (events' details included), without cycles or DOM nodes. */
export function reachableStrings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || seen.has(value) || value instanceof Node || value === window) return [];
  seen.add(value);
  const keys = new Set([...Object.keys(value), ...Object.getOwnPropertyNames(value)]);
  if (value instanceof Event) keys.add('detail');
  return [...keys].flatMap((key) => {
    try {
      return [key, ...reachableStrings((value as Record<string, unknown>)[key], seen)];
    } catch {
      return [key];
    }
  });
}
