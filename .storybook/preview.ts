import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { CONTROL_TIMEOUT_MS, whenControlled } from '../mocks/service-worker-control.js';
import { SCENARIO_MODES, type ScenarioMode } from '../mocks/scenario.js';
import { applyMockMode } from '../stories/story-scenario.js';
import { withTheme } from './theme.js';
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
  globalTypes: {
    mock: {
      description: 'The mock backend: as the story sets it, or normal, slow, flaky or down for every story',
      toolbar: {
        title: 'Mock backend',
        icon: 'database',
        items: [
          { value: 'story', title: 'Backend: as the story sets' },
          ...SCENARIO_MODES.map((mode) => ({ value: mode, title: `Backend: ${mode}` })),
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "The page's language (the document's lang), which the elements follow",
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr-CA', title: 'Français', right: 'fr-CA' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { mock: 'story', locale: 'en' },
  decorators: [
    withTheme(),
    // The toolbar's backend mode and locale, applied to every story before it renders.
    (story, { globals }) => {
      const mode = SCENARIO_MODES.find((m): m is ScenarioMode => m === globals['mock']);
      applyMockMode(mode);
      document.documentElement.lang = typeof globals['locale'] === 'string' ? globals['locale'] : 'en';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
    // The accessibility panel checks what the tests check: WCAG 2.x A and AA.
    a11y: {
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
