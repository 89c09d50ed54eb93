import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MockBackend, type MockBackendOptions } from '../mocks/backend.js';
import { createHandlers } from '../mocks/handlers.js';
import { MockScenario, type MockScenarioInit } from '../mocks/scenario.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import '../src/define.js';

interface BuilderArgs {
  siteId: string;
  ordersHidden: boolean;
}

/**
 * A backend built on its first request. Seeding takes a moment (ten thousand orders for
 * ManyOrders), and this module defines every story's backend up front, so each preview would pay
 * for all of them; the handlers only call methods, which the proxy forwards to the real backend.
 */
function lazyBackend(options: MockBackendOptions): MockBackend {
  let real: MockBackend | undefined;
  return new Proxy({} as MockBackend, {
    get(_target, property) {
      real ??= new MockBackend(options);
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

/**
 * Each story has its own stateful mock backend behind its own base URL. The docs page renders
 * every story in its own iframe (`docs.story.inline: false`), because the MSW addon replaces the
 * handlers for each story it loads, and stories sharing one page would otherwise share the last
 * story's handlers.
 */
function mockApi(name: string, backend: MockBackendOptions = {}, scenario: MockScenarioInit = {}) {
  const baseUrl = `/api/stories/${name}/v1`;
  const handlers = createHandlers(lazyBackend(backend), {
    baseUrl,
    scenario: new MockScenario({ latency: REALISTIC_LATENCY, ...scenario }),
  });
  return { apiBaseUrl: baseUrl, msw: { handlers } };
}

const meta = {
  title: 'Elements/offline-order-builder',
  component: 'offline-order-builder',
  tags: ['autodocs'],
  args: { siteId: '', ordersHidden: false },
  argTypes: {
    siteId: { control: 'select', options: ['', 'us', 'ca', 'wholesale'], description: 'Preselects a site (`site-id`).' },
    ordersHidden: { control: 'boolean', description: 'Hides the orders pane (`orders-hidden`).' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args, { parameters }) => {
    const adapter = createRestAdapter({
      baseUrl: parameters['apiBaseUrl'] as string,
      ...(parameters['adapterRetry'] === false ? { retry: false as const } : {}),
    });
    return html`<offline-order-builder
      class="story-builder"
      .adapter=${adapter}
      site-id=${ifDefined(args.siteId || undefined)}
      ?orders-hidden=${args.ordersHidden}
    ></offline-order-builder>`;
  },
  decorators: [
    (story) => html`<style>
        .story-builder {
          block-size: 100vh;
        }
      </style>
      ${story()}`,
  ],
} satisfies Meta<BuilderArgs>;

export default meta;
type Story = StoryObj<BuilderArgs>;

/** Three sites: the agent picks one first ("Site" and "Continue"); the rest of the builder waits. */
export const SeveralSites: Story = {
  parameters: mockApi('several-sites'),
};

/** The host preselects a site with `site-id`: no picker; the header keeps a compact one to change it. */
export const SitePreselected: Story = {
  args: { siteId: 'ca' },
  parameters: mockApi('site-preselected'),
};

/** One site: it is picked at once and no picker is shown. */
export const OneSite: Story = {
  parameters: mockApi('one-site', { seed: { siteIds: ['us'] } }),
};

/** Ten thousand orders: pages load as the list scrolls, and only the rows in view are in the DOM. */
export const ManyOrders: Story = {
  parameters: mockApi('many-orders', { seed: { siteIds: ['us'], orders: 10_000 } }),
};

/** A site without orders: "No orders yet for this site". */
export const Empty: Story = {
  parameters: mockApi('empty', { seed: { siteIds: ['us'], emptyOrders: true } }),
};

/**
 * The backend is down: the sites cannot be loaded, and "Retry" tries again. The adapter's own
 * retries are off here so that the error shows at once instead of after its backoff.
 */
export const AdapterDown: Story = {
  name: 'Error (adapter down)',
  parameters: { ...mockApi('error', {}, { mode: 'down' }), adapterRetry: false },
};

/** A slow backend (1-3 s per call): the loading states of the sites and the orders. */
export const SlowBackend: Story = {
  parameters: mockApi('slow', { seed: { siteIds: ['us'] } }, { mode: 'slow' }),
};

/** The orders pane hidden ("Show orders" brings it back). */
export const OrdersHidden: Story = {
  args: { ordersHidden: true },
  parameters: mockApi('orders-hidden', { seed: { siteIds: ['us'] } }),
};
