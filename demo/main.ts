// The host admin page's script: starts the mock backend in the browser, then gives the builder
// an adapter over it: the REST adapter over our own mock, or with `?backend=kibo` the Kibo
// Commerce adapter over the Kibo-shaped mock (the same fixture world). A real host would only do
// the last part, against its own backend.
import { REALISTIC_LATENCY, startMockWorker } from '../mocks/browser.js';
import { MockScenario } from '../mocks/scenario.js';
import type { OrderAdapter } from '../src/adapter/adapter.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import '../src/define.js';
import { applyLanguage } from './language.js';

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

type Backend = 'rest' | 'kibo';

const params = new URLSearchParams(location.search);
const backend: Backend = params.get('backend') === 'kibo' ? 'kibo' : 'rest';
// Resolved against the page, so the demo works from any directory it is served from.
const baseUrl = new URL('api/v1', document.baseURI).href;
const kiboApiUrl = new URL('kibo/api', document.baseURI).href;
const kiboPaymentServiceUrl = new URL('kibo/pci', document.baseURI).href;
const scenario = MockScenario.fromSearch(location.search, { latency: REALISTIC_LATENCY });

const builder = document.querySelector('offline-order-builder');
const errorBox = document.querySelector<HTMLElement>('#demo-error');

// The side bar's switches: each keeps the other's choice (the site is the backend's own).
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-mock], [data-backend]')) {
  const mock = link.dataset['mock'];
  const target = new URLSearchParams();
  const linkBackend = link.dataset['backend'] ?? backend;
  if (linkBackend === 'kibo') target.set('backend', 'kibo');
  const linkMock = mock ?? scenario.mode;
  if (linkMock !== 'normal') target.set('mock', linkMock);
  if (mock === undefined ? linkBackend === backend : mock === scenario.mode) link.setAttribute('aria-current', 'true');
  const query = target.toString();
  link.href = `./${query ? `?${query}` : ''}`;
}

applyLanguage(builder);

// Price overrides within limits: above the 15% an agent may give (`max-adjustment-percent`), the
// host checks the approver's code. The demo's approver code is 1234; a real host asks its own server.
builder?.addEventListener('override-approval', (event) => {
  const approved = event.approverCode === '1234';
  const reason = document.documentElement.lang.startsWith('fr')
    ? 'Ce code d’approbation n’a pas été accepté.'
    : 'That approver code was not accepted.';
  event.respondWith(Promise.resolve(approved || { approved: false, reason }));
});

// The host keeps the chosen site in its URL, so that a reload opens the same site.
const siteFromUrl = params.get('site');
if (builder && siteFromUrl) builder.siteId = siteFromUrl;
builder?.addEventListener('site-change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('site', event.site.id);
  history.replaceState(null, '', url);
});

/** The Kibo adapter, loaded only when chosen (a host on Kibo imports `offline-order-elements/kibo`). */
async function kiboAdapter(): Promise<OrderAdapter> {
  const [{ createKiboAdapter }, { KIBO_TENANT_ID }] = await Promise.all([
    import('../src/kibo.js'),
    import('../mocks/kibo/shapes.js'),
  ]);
  return createKiboAdapter({
    apiHost: kiboApiUrl,
    tenantId: KIBO_TENANT_ID,
    // A real host asks its own server for a token (its client secret never reaches the page).
    getAccessToken: () => 'demo-access-token',
    paymentServiceUrl: kiboPaymentServiceUrl,
    priceListCodes: ['vip', 'employee'],
    storeCredit: true,
    giftCards: true,
  });
}

try {
  await startMockWorker({
    baseUrl,
    kiboBaseUrl: kiboApiUrl,
    kiboPaymentServiceUrl: kiboPaymentServiceUrl,
    scenario,
    // Created customers and submitted orders survive a reload.
    storage: localStorage,
    // Relative: the demo is built with base './' and may be served from a sub-path.
    serviceWorkerUrl: './mockServiceWorker.js',
  });
  if (builder)
    builder.adapter =
      backend === 'kibo' ? await kiboAdapter() : createRestAdapter({ baseUrl, orderOffsets: true, orderSearch: true });
} catch (error) {
  if (errorBox) {
    errorBox.hidden = false;
    errorBox.textContent = `The mock backend could not start (${
      error instanceof Error ? error.message : String(error)
    }). Service workers need https or localhost.`;
  }
}
