import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createKiboHandlers } from '../mocks/kibo/handlers.js';
import { KIBO_SITE_IDS, KIBO_TENANT_ID } from '../mocks/kibo/shapes.js';
import { storyScenario } from './story-scenario.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { createKiboAdapter } from '../src/kibo.js';
import { lazyBackend } from './lazy-backend.js';
import '../src/define.js';

interface KiboBuilderArgs {
  siteId: string;
}

/**
 * Each story has its own Kibo-shaped mock (tenant 50001, sites US 60001, Canada 60002, Wholesale
 * 60003: mocks/README.md) behind its own API root, over the same fixture world as our REST mock.
 */
function kiboApi(name: string) {
  const apiHost = `/kibo/stories/${name}/api`;
  const paymentServiceUrl = `/kibo/stories/${name}/pci`;
  const handlers = createKiboHandlers(lazyBackend({}), {
    baseUrl: apiHost,
    paymentServiceUrl,
    scenario: storyScenario({ latency: REALISTIC_LATENCY }),
  });
  return { apiHost, paymentServiceUrl, msw: { handlers } };
}

const meta = {
  title: 'Backends/Kibo Commerce',
  component: 'offline-order-builder',
  args: { siteId: '' },
  argTypes: {
    siteId: {
      control: 'select',
      options: ['', ...Object.values(KIBO_SITE_IDS).map(String)],
      description: 'Preselects a Kibo site by its id (`site-id`).',
    },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args, { parameters, id }) => {
    // What a host on Kibo writes (README, "Use with Kibo Commerce"): its API root or a proxy of
    // it, the tenant, and a token from its own server.
    const adapter = createKiboAdapter({
      apiHost: parameters['apiHost'] as string,
      tenantId: KIBO_TENANT_ID,
      getAccessToken: () => 'storybook-access-token',
      paymentServiceUrl: parameters['paymentServiceUrl'] as string,
      priceListCodes: ['vip', 'employee'],
      storeCredit: true,
      giftCards: true,
    });
    return html`<offline-order-builder
      class="story-builder"
      .adapter=${adapter}
      site-id=${ifDefined(args.siteId || undefined)}
      draft-key=${`storybook:${id}`}
    ></offline-order-builder>`;
  },
  decorators: [
    (story) =>
      html`<style>
          .story-builder {
            block-size: 100vh;
          }
        </style>
        ${story()}`,
  ],
} satisfies Meta<KiboBuilderArgs>;

export default meta;
type Story = StoryObj<KiboBuilderArgs>;

/**
 * The builder with `createKiboAdapter` over the Kibo-shaped mock: the tenant's sites (each with its
 * customer set) to pick from, then the site's orders, customers, catalog and pricing, all read
 * through Kibo's API.
 */
export const OnKibo: Story = {
  name: 'Builder on Kibo',
  parameters: kiboApi('builder'),
};

/** The US site (Kibo site 60001) preselected: its orders newest first, read with Kibo's `getOrders`. */
export const SitePreselected: Story = {
  name: 'Site preselected',
  args: { siteId: String(KIBO_SITE_IDS['us']) },
  parameters: kiboApi('site-preselected'),
};
