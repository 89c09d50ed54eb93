import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { CONTROL_TIMEOUT_MS, whenControlled } from '../mocks/service-worker-control.js';
import '../src/define.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Each story brings its own stateful mock backend through `parameters.msw.handlers`.
  loaders: [
    mswLoader(async () => {
      const { setupWorker } = await import('msw/browser');
      const worker = setupWorker();
      await worker.start({
        quiet: true,
        onUnhandledRequest: 'bypass',
        serviceWorker: { url: './mockServiceWorker.js' },
      });
      // On a fresh browser profile the worker may be active before it controls the page: a story
      // rendered then would send its requests past the mock (404). Wait for the claim.
      if (!(await whenControlled())) {
        throw new Error(
          `The mock service worker did not take control of the page within ${CONTROL_TIMEOUT_MS / 1000} s. Reload the page.`,
        );
      }
      return worker;
    }),
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
  },
  tags: ['autodocs'],
};

export default preview;
