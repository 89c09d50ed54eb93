// A host admin page in React 19: starts the package's mock backend in the browser
// (`offline-order-elements/mocks`), registers the elements, and renders the builder with a REST
// adapter over the mock. A real host passes an adapter over its own backend instead.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createRestAdapter } from 'offline-order-elements';
import 'offline-order-elements/define.js';
import { startMockWorker } from 'offline-order-elements/mocks';
import { App } from './App.js';

// Resolved against the page, so the example works from any directory it is served from.
const baseUrl = new URL('api/v1', document.baseURI).href;
await startMockWorker({ baseUrl, serviceWorkerUrl: './mockServiceWorker.js' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App adapter={createRestAdapter({ baseUrl })} />
  </StrictMode>,
);
