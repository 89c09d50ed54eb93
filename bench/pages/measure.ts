/**
 * How the bench pages measure, in the page: paint fences, waiting for a DOM state without polling
 * on a timer, the time spent in an element's `update()`, long frames, and rAF deltas while scrolling.
 *
 * Paint: `afterPaint()` waits for the next requestAnimationFrame callback, which runs before the
 * frame that shows the change is styled, laid out and painted, then for a task queued from that
 * callback (a MessageChannel message), which runs once that frame is done. `performance.now()`
 * taken then is the "painted" time. (Two rAFs, the common fence, were tried first: headless
 * Chromium does not space frames evenly, so the second rAF came 10 ms after the first for one
 * element and 28 ms for another doing the same work, a difference of scheduling, not of work.)
 * Both ours and the floor go through the same fence.
 */
import type { ReactiveElement } from 'lit';

export const now = (): number => performance.now();

/** The median of some samples (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** A task queued now runs after what is already queued: after a rAF callback, after that frame's paint. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/**
 * Resolves once what the DOM holds now has been painted, with `performance.now()`: the next
 * requestAnimationFrame callback runs before that frame's style, layout and paint; a task queued
 * from it runs once the frame is done.
 */
export async function afterPaint(): Promise<number> {
  await frame();
  await nextTask();
  return now();
}

/**
 * Keeps frames coming at the display's rate until `stop()`, as on a real screen. Headless Chromium
 * otherwise makes a frame as soon as one is asked for when nothing is animating, but waits for the
 * next tick when something is (a spinner): one element would then look slower than another for
 * having a spinner, not for its work.
 */
export function keepFramesTicking(): { stop(): void } {
  let running = true;
  const tick = () => {
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
    },
  };
}

/**
 * Every open shadow root attached since the page loaded (this module is imported before any
 * element is created). Finding them by walking every element of the page made each wait of the
 * harness cost time in proportion to the DOM's size, counted in the figure being measured: with
 * 1,000 lines the walks of one edit took about 18 ms for ours and 4 ms for the floor.
 */
const shadowRoots = new Set<ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const shadow = attachShadow.call(this, init);
  if (init.mode === 'open') shadowRoots.add(shadow);
  return shadow;
};

/** Whether `node` is in `root`, through the shadow roots between them. */
function inside(node: Node, root: Document | ShadowRoot): boolean {
  for (let at: Node = node; ;) {
    const top = at.getRootNode();
    if (top === root) return true;
    if (!(top instanceof ShadowRoot)) return false;
    at = top.host;
  }
}

/** The open shadow roots under `root`, `root` included. */
function rootsUnder(root: Document | ShadowRoot): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [root];
  for (const shadow of shadowRoots) {
    if (!shadow.host.isConnected) continue;
    if (shadow !== root && inside(shadow.host, root)) roots.push(shadow);
  }
  return roots;
}

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepAll<T extends Element = HTMLElement>(
  selector: string,
  root: Document | ShadowRoot = document,
): T[] {
  return rootsUnder(root).flatMap((r) => [...r.querySelectorAll<T>(selector)]);
}

export function deep<T extends Element = HTMLElement>(selector: string, root: Document | ShadowRoot = document): T {
  const found = deepAll<T>(selector, root)[0];
  if (!found) throw new Error(`bench: nothing matches ${selector}`);
  return found;
}

/**
 * Resolves as soon as `check()` returns a value (not false/null/undefined): checked now and after
 * every DOM mutation (a microtask after the change, so within the same task as a Lit render), and
 * every 2 ms for what no observer sees (an element upgraded in place attaching its shadow root).
 */
export function until<T>(check: () => T | false | null | undefined, what: string, timeout = 20_000): Promise<T> {
  const first = check();
  if (first) return Promise.resolve(first);
  return new Promise((resolve, reject) => {
    const observers: MutationObserver[] = [];
    const poll = setInterval(onChange, 2);
    const stop = () => {
      clearInterval(poll);
      clearTimeout(timer);
      observers.forEach((o) => o.disconnect());
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`bench: timed out waiting for ${what}`));
    }, timeout);
    const watched = new Set<Node>();
    const watch = () => {
      for (const root of rootsUnder(document)) {
        if (watched.has(root)) continue;
        watched.add(root);
        const observer = new MutationObserver(onChange);
        observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
        observers.push(observer);
      }
    };
    function onChange() {
      const value = check();
      if (value) {
        stop();
        resolve(value);
      } else watch();
    }
    watch();
  });
}

/** Waits until `element` (and the elements in its shadow root) have no update pending. */
export async function settled(element: ReactiveElement): Promise<void> {
  for (let i = 0; i < 100; i++) {
    // The elements that can update are the hosts of shadow roots (Lit renders into one).
    const hosts = rootsUnder(element.shadowRoot!).flatMap((root) => (root instanceof ShadowRoot ? [root.host] : []));
    const pending = [element, ...(hosts as ReactiveElement[])].filter((e) => e.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
}

/** Resolves after `ms` without any adapter call in between (the page is idle), or after 10 s at most. */
export async function quiet(calls: () => number, ms = 100): Promise<void> {
  const give = now() + 10_000;
  while (now() < give) {
    const before = calls();
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (calls() === before) return;
  }
}

/** Counts the time spent in `element.update()` (the render and its DOM commit) until `stop()`. */
export function timeUpdates(element: ReactiveElement): { stop(): { updates: number; updateMs: number } } {
  const target = element as unknown as { update(changed: Map<PropertyKey, unknown>): void };
  const original = target.update;
  let updates = 0;
  let updateMs = 0;
  target.update = function (this: unknown, changed) {
    const start = now();
    try {
      original.call(this, changed);
    } finally {
      updates++;
      updateMs += now() - start;
    }
  };
  return {
    stop() {
      target.update = original;
      return { updates, updateMs };
    },
  };
}

/** Counts long animation frames (over 50 ms) and the longest one, until `stop()`. */
export function longFrames(): { stop(): { longFrames: number; longestFrameMs: number } } {
  let count = 0;
  let longest = 0;
  const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? 'long-animation-frame'
    : 'longtask';
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      count++;
      longest = Math.max(longest, entry.duration);
    }
  });
  observer.observe({ type, buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) {
        count++;
        longest = Math.max(longest, entry.duration);
      }
      observer.disconnect();
      return { longFrames: count, longestFrameMs: longest };
    },
  };
}

/**
 * Scrolls `scroller` from top to bottom in about `frames` frames (one step per frame), and
 * returns the worst and mean rAF delta. The step is recomputed each frame, so a scroll area that
 * grows as pages load is followed to its end; `done()` says the end holds everything.
 */
export async function scrollThrough(
  scroller: HTMLElement,
  {
    frames = 150,
    done = () => true,
    maxFrames = 1500,
  }: { frames?: number; done?: () => boolean; maxFrames?: number } = {},
): Promise<{ worstFrameMs: number; meanFrameMs: number; frames: number; reachedEnd: number }> {
  scroller.scrollTop = 0;
  await frame();
  let last = await frame();
  let worst = 0;
  let total = 0;
  let count = 0;
  let atEnd = false;
  for (; count < maxFrames;) {
    const end = scroller.scrollHeight - scroller.clientHeight;
    const left = Math.max(1, frames - count);
    scroller.scrollTop = Math.min(end, scroller.scrollTop + Math.max(1, Math.ceil((end - scroller.scrollTop) / left)));
    const t = await frame();
    worst = Math.max(worst, t - last);
    total += t - last;
    last = t;
    count++;
    atEnd = scroller.scrollTop >= scroller.scrollHeight - scroller.clientHeight - 1;
    if (atEnd && done()) break;
  }
  return { worstFrameMs: worst, meanFrameMs: total / count, frames: count, reachedEnd: atEnd && done() ? 1 : 0 };
}
