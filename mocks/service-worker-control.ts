/**
 * Waits until a service worker controls this page. MSW's `worker.start()` resolves once its worker
 * is activated and has answered the page, but on a page's first load (a fresh profile, no worker
 * registered yet) `navigator.serviceWorker.controller` may still be null at that moment: the
 * worker's `clients.claim()` reaches the page as a separate `controllerchange` task. A request sent
 * in between goes to the network, not to the mock, and 404s. Awaiting this after `worker.start()`
 * closes that window. No msw import here, so Storybook's preview can use it without loading msw.
 */

/** How long to wait for the claim before going on without it (the requests then fail visibly). */
export const CONTROL_TIMEOUT_MS = 10_000;

/**
 * Resolves true once `navigator.serviceWorker.controller` is set (at once when it already is), or
 * false after `timeoutMs` without a controller (or where service workers are not supported).
 */
export function whenControlled(timeoutMs = CONTROL_TIMEOUT_MS): Promise<boolean> {
  const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  if (!container) return Promise.resolve(false);
  if (container.controller) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve(container.controller !== null);
    };
    const timer = setTimeout(done, timeoutMs);
    container.addEventListener('controllerchange', done);
  });
}
