// The host admin page's script: starts the mock backend in the browser, then gives the builder
// a REST adapter over it. A real host would only do the last part, against its own backend.
import { REALISTIC_LATENCY, startMockWorker } from '../mocks/browser.js';
import { MockScenario } from '../mocks/scenario.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import '../src/define.js';

interface TrustedTypePolicyFactoryLike {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

// The page enforces Trusted Types (see index.html). MSW registers its service worker with a plain
// string, so the host allows exactly that one script URL through a default policy.
const workerUrl = new URL('./mockServiceWorker.js', document.baseURI).href;
const trustedTypes = (globalThis as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
if (trustedTypes && !trustedTypes.defaultPolicy) {
  trustedTypes.createPolicy('default', {
    createScriptURL: (url: string) => {
      if (new URL(url, document.baseURI).href === workerUrl) return url;
      throw new TypeError(`Blocked script URL: ${url}`);
    },
  });
}

// Resolved against the page, so the demo works from any directory it is served from.
const baseUrl = new URL('api/v1', document.baseURI).href;
const scenario = MockScenario.fromSearch(location.search, { latency: REALISTIC_LATENCY });

const builder = document.querySelector('offline-order-builder');
const errorBox = document.querySelector<HTMLElement>('#demo-error');

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-mock]')) {
  if (link.dataset['mock'] === scenario.mode) link.setAttribute('aria-current', 'true');
}

// The host keeps the chosen site in its URL, so that a reload opens the same site.
const params = new URLSearchParams(location.search);
const siteFromUrl = params.get('site');
if (builder && siteFromUrl) builder.siteId = siteFromUrl;
builder?.addEventListener('site-change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('site', event.site.id);
  history.replaceState(null, '', url);
});

try {
  await startMockWorker({
    baseUrl,
    scenario,
    // Created customers and submitted orders survive a reload.
    storage: localStorage,
    // Relative: the demo is built with base './' and may be served from a sub-path.
    serviceWorkerUrl: './mockServiceWorker.js',
  });
  if (builder) builder.adapter = createRestAdapter({ baseUrl });
} catch (error) {
  if (errorBox) {
    errorBox.hidden = false;
    errorBox.textContent = `The mock backend could not start (${
      error instanceof Error ? error.message : String(error)
    }). Service workers need https or localhost.`;
  }
}
