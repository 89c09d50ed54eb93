import type { ReactiveControllerHost } from 'lit';

export interface OnDemandOptions {
  /** Called when `tryLoad` could not load the code (e.g. to tell the user the part could not be loaded). */
  unavailable?: () => void;
}

/**
 * Starts loading what `modules` hold once what is on screen now has been painted (two animation
 * frames) and the browser is next idle (after a second where there is no `requestIdleCallback`),
 * in one callback; returns how to cancel it. Asked for while the first view renders, the load
 * (fetching, compiling and running the modules) never delays that view's paint.
 */
export function preloadAtIdle(modules: readonly { preload(): void }[]): () => void {
  const run = () => {
    for (const module of modules) module.preload();
  };
  let cancel = () => cancelAnimationFrame(frame);
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback(run);
        cancel = () => cancelIdleCallback(handle);
      } else {
        const timer = setTimeout(run, 1000);
        cancel = () => clearTimeout(timer);
      }
    });
  });
  return () => cancel();
}

/**
 * Code an element loads on demand (a dialog's define module, a panel, a module of its own): loaded
 * once (`load`; a failed load is tried again at the next call), preloaded when the browser is idle
 * (`preloadAtIdle`, for several at once) or when the user points at or focuses what needs it (bind `preload` to
 * `pointerenter` / `focusin`). A press before the code is there still works: it awaits `load` (or
 * `tryLoad`). Once loaded, `value` holds what the loader resolved to and the host updates.
 *
 * ```ts
 * private details = new OnDemand(this, () => import('../../define/order-details-dialog.js'));
 * // in render: <button @pointerenter=${this.details.preload} @click=${this.open}>
 * private async open() { if (await this.details.tryLoad()) this.dialog.show(); }
 * ```
 */
export class OnDemand<T> {
  /** What the loader resolved to, once loaded. */
  value: T | undefined;
  private pending: Promise<T> | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly loader: () => Promise<T>;
  private readonly options: OnDemandOptions;

  constructor(host: ReactiveControllerHost, loader: () => Promise<T>, options: OnDemandOptions = {}) {
    this.host = host;
    this.loader = loader;
    this.options = options;
  }

  /** Loads the code (once); rejects when it cannot be fetched (a later call tries again). */
  load(): Promise<T> {
    this.pending ??= this.loader().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }

  /** Loads the code; undefined (and `unavailable` called) when it cannot be fetched. */
  async tryLoad(): Promise<T | undefined> {
    try {
      return await this.load();
    } catch {
      this.options.unavailable?.();
      return undefined;
    }
  }

  /** Starts loading, quietly (a failure is left to the press that needs the code). */
  preload = (): void => {
    if (!this.pending) this.load().catch(() => undefined);
  };
}
