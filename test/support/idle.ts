/**
 * Idle time that never comes, for the tests of what loads on demand: only the agent's gestures
 * load anything while the suite that calls this runs (mocha hooks; the browser's own is put back).
 */
export function withoutIdleTime(): void {
  let original: typeof window.requestIdleCallback;
  before(() => {
    original = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
  });
  after(() => {
    window.requestIdleCallback = original;
  });
}
