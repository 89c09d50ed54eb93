import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockBackendOptions } from '../mocks/backend.js';
import { lazyBackend } from './lazy-backend.js';
import { createHandlers } from '../mocks/handlers.js';
import type { MockScenarioInit } from '../mocks/scenario.js';
import { storyScenario } from './story-scenario.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { CustomerSearch } from '../src/elements/customer-search/customer-search.js';
import '../src/define.js';

interface SearchArgs {
  /** The id of a fixture customer shown as chosen ("ada", "alan"), or "" for none. */
  customerId: string;
}

const SEED: MockBackendOptions = { seed: { siteIds: ['us', 'wholesale'], emptyOrders: true } };

/** Where the stories read fixture customers from (the seed is the same in every backend). */
const fixtures = lazyBackend(SEED);

/** Each story has its own stateful mock backend behind its own base URL (see the builder's stories). */
function mockApi(name: string, scenario: MockScenarioInit = {}) {
  const baseUrl = `/api/stories/customer-${name}/v1`;
  const handlers = createHandlers(lazyBackend(SEED), {
    baseUrl,
    scenario: storyScenario({ latency: REALISTIC_LATENCY, ...scenario }),
  });
  return { apiBaseUrl: baseUrl, msw: { handlers } };
}

// Story drivers: they act as the agent does.

async function until<T>(get: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Types `query` into the search, once the element knows its site. */
async function type(canvas: HTMLElement, query: string): Promise<CustomerSearch> {
  const el = canvas.querySelector('customer-search')!;
  await until(() => el.currentSite);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return el;
}

const meta = {
  title: 'Elements/customer-search',
  component: 'customer-search',
  tags: ['autodocs'],
  args: { customerId: '' },
  argTypes: {
    customerId: {
      control: 'select',
      options: ['', 'ada', 'katherine', 'alan'],
      description: 'A fixture customer set as `.customer` (no `customer-change` then).',
    },
  },
  parameters: {
    layout: 'padded',
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
  render: (args, { parameters }) => {
    // Alone, the element is given an adapter and a site id; it loads the site to know its customer set.
    const adapter = createRestAdapter({
      baseUrl: parameters['apiBaseUrl'] as string,
      ...(parameters['adapterRetry'] === false ? { retry: false as const } : {}),
    });
    const customer = args.customerId ? (fixtures.findCustomer(args.customerId) ?? null) : null;
    return html`<customer-search
      class="story-search"
      .adapter=${adapter}
      site-id="us"
      .customer=${customer}
    ></customer-search>`;
  },
  decorators: [
    (story) =>
      html`<style>
          .story-search {
            max-inline-size: 44rem;
          }
        </style>
        ${story()}`,
  ],
} satisfies Meta<SearchArgs>;

export default meta;
type Story = StoryObj<SearchArgs>;

/** Nothing typed yet: "Customer Search" and "Create New Customer". */
export const Default: Story = {
  parameters: mockApi('default'),
};

/**
 * "john" finds several shoppers: name, email, phone and default shipping city, the match
 * highlighted. Arrow keys move through them, Enter chooses.
 */
export const WithResults: Story = {
  parameters: mockApi('results'),
  play: async ({ canvasElement }) => {
    const el = await type(canvasElement, 'john');
    await until(() => el.shadowRoot!.querySelector('[role="option"]'));
  },
};

/** A query that matches nobody: "No customers found." */
export const NoResults: Story = {
  parameters: mockApi('no-results'),
  play: async ({ canvasElement }) => {
    const el = await type(canvasElement, 'zzqx');
    await until(() => el.shadowRoot!.textContent?.includes('No customers found.'));
  },
};

/**
 * Grace Hopper is a Wholesale customer: on the US Store (Retail) the search finds nobody and says
 * who matches in another customer set, "Grace Hopper is a customer of Wholesale.", without offering her.
 */
export const CustomerOfAnotherSet: Story = {
  name: 'Customer of another customer set',
  parameters: mockApi('elsewhere'),
  play: async ({ canvasElement }) => {
    const el = await type(canvasElement, 'Grace Hopper');
    // The set's name is the adapter's: the same in every locale.
    await until(() => el.shadowRoot!.querySelector('[part~="status"]')?.textContent?.includes('Wholesale'));
  },
};

/** A slow backend (1-3 s per call): "Searching…" until the answer comes. */
export const SlowNetwork: Story = {
  parameters: mockApi('slow', { mode: 'slow' }),
  play: async ({ canvasElement }) => {
    await type(canvasElement, 'ada');
  },
};

/**
 * The backend is down: the search says what failed, keeps the typed text and offers "Retry".
 * (The adapter's own retries are off here so that the error shows at once. The site comes from
 * `.site` because the sites cannot be loaded either.)
 */
export const SearchError: Story = {
  name: 'Error (backend down)',
  parameters: { ...mockApi('error', { mode: 'down' }), adapterRetry: false },
  render: (_args, { parameters }) => {
    const adapter = createRestAdapter({ baseUrl: parameters['apiBaseUrl'] as string, retry: false });
    const site = {
      id: 'us',
      name: 'US Store',
      currency: 'USD',
      locale: 'en-US',
      customerSetId: 'retail',
      customerSetName: 'Retail',
    };
    return html`<customer-search class="story-search" .adapter=${adapter} .site=${site}></customer-search>`;
  },
  play: async ({ canvasElement }) => {
    const el = await type(canvasElement, 'ada lovelace');
    await until(() => el.shadowRoot!.querySelector('[part~="retry-button"]'));
  },
};

/** "Create New Customer" opens the "Create Customer" dialog; "Add Address" opens "Edit Address". */
export const CreateCustomerDialog: Story = {
  name: 'Create customer dialog',
  parameters: { ...mockApi('create'), docs: { story: { inline: false, iframeHeight: 760 } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('customer-search')!;
    const create = await until(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="create-button"]'));
    create.focus();
    create.click();
  },
};

/** Ada Lovelace, chosen: email, phone, default billing and shipping address. Valid for an order. */
export const SelectedValidCustomer: Story = {
  name: 'Selected valid customer',
  args: { customerId: 'ada' },
  parameters: mockApi('selected'),
};

/**
 * Alan Turing has no phone and no default shipping address: what is missing is listed, the element
 * is invalid (`checkValidity()` is false) and "Edit customer" opens the dialog to fix it.
 */
export const SelectedMissingPhone: Story = {
  name: 'Selected customer missing a phone',
  args: { customerId: 'alan' },
  parameters: mockApi('missing-phone'),
};
