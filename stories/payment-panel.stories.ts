import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockBackendOptions } from '../mocks/backend.js';
import { lazyBackend } from './lazy-backend.js';
import { createHandlers } from '../mocks/handlers.js';
import { connectHostedFields, hostedFieldsUrl } from '../mocks/hosted-fields.js';
import { storyScenario } from './story-scenario.js';
import { say } from './story-locale.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { ALL_SITES } from '../mocks/seed.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { HostedCardDetails, PaymentPanel } from '../src/elements/payment-panel/payment-panel.js';
import type { Customer, Payment } from '../src/model/types.js';
import '../src/define.js';

interface PanelArgs {
  /** The order total in cents (USD). */
  total: number;
  /** Whether the Ada Lovelace customer (with a default billing address) is set. */
  withCustomer: boolean;
  hostedFields: boolean;
}

const US = ALL_SITES.find((site) => site.id === 'us')!;
const SEED: MockBackendOptions = { seed: { siteIds: ['us'], emptyOrders: true } };

const customers = lazyBackend(SEED);

/** Each story has its own stateful mock backend behind its own base URL (see the builder's stories). */
function mockApi(name: string) {
  const baseUrl = `/api/stories/payment-${name}/v1`;
  const handlers = createHandlers(lazyBackend(SEED), {
    baseUrl,
    scenario: storyScenario({ latency: REALISTIC_LATENCY }),
  });
  return { apiBaseUrl: baseUrl, msw: { handlers } };
}

// Story drivers: they act as the agent does, through the labelled fields.

async function until<T>(get: () => T | null | undefined | false, timeout = 8000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function panelIn(canvas: HTMLElement): PaymentPanel {
  return canvas.querySelector('payment-panel')!;
}

/** The fields' labels on a French page (fr-CA), as the agent reads them there. */
const FRENCH_LABELS: Record<string, string> = {
  'Card number': 'Numéro de carte',
  'Expiry (MM/YY)': 'Expiration (MM/AA)',
  'Name on card': 'Nom sur la carte',
  'Payment type': 'Mode de paiement',
  'Security code': 'Code de sécurité',
  'ZIP or postal code': 'Code postal ou ZIP',
};

function controlOf(panel: PaymentPanel, english: string): HTMLInputElement | HTMLSelectElement {
  const label = say(english, FRENCH_LABELS[english] ?? english);
  const found = [...panel.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  return panel.shadowRoot!.getElementById(found!.htmlFor) as HTMLInputElement;
}

function fill(panel: PaymentPanel, label: string, value: string): void {
  const control = controlOf(panel, label);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

async function openForm(canvas: HTMLElement, type?: string): Promise<PaymentPanel> {
  const panel = panelIn(canvas);
  const add = await until(() =>
    panel.shadowRoot?.querySelector<HTMLButtonElement>('[part="add-button"]:not([disabled])'),
  );
  // As an agent reads the panel in the page's language before typing (the French catalogue loads on demand).
  await until(() => say('English', 'French') === 'English' || add.textContent!.trim() !== 'Add Payment');
  add.click();
  await until(() => panel.shadowRoot?.querySelector('select[name="type"]'));
  if (type) fill(panel, 'Payment type', type);
  await panel.updateComplete;
  return panel;
}

async function saveForm(panel: PaymentPanel): Promise<void> {
  panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  await panel.updateComplete;
}

const meta = {
  title: 'Elements/payment-panel',
  component: 'payment-panel',
  tags: ['autodocs'],
  args: { total: 12480, withCustomer: true, hostedFields: false },
  argTypes: {
    total: { control: { type: 'number', min: 0, step: 100 }, description: 'The order total in cents (`total`).' },
    withCustomer: {
      control: 'boolean',
      description: 'Sets `customer` (Ada Lovelace), whose default billing address is the card’s.',
    },
    hostedFields: { control: 'boolean', description: 'Hosted-fields mode (`hosted-fields`).' },
  },
  parameters: {
    layout: 'padded',
    docs: { story: { inline: false, iframeHeight: 720 } },
  },
  render: (args, { parameters }) => {
    const adapter = createRestAdapter({ baseUrl: parameters['apiBaseUrl'] as string });
    const customer: Customer | null = args.withCustomer ? (customers.findCustomer('ada') ?? null) : null;
    const payments = (parameters['payments'] as Payment[] | undefined) ?? [];
    // The provider frame is the host's: it mounts it in the panel's `card-fields` slot.
    const tokenizeHosted = (details: HostedCardDetails) =>
      connectHostedFields(document.querySelector<HTMLIFrameElement>('#card-frame')!)(details);
    return html`<style>
        .story-panel {
          max-inline-size: 44rem;
        }
        #card-frame {
          display: block;
          inline-size: 100%;
          block-size: 6.5rem;
          border: 0;
        }
      </style>
      <payment-panel
        class="story-panel"
        .adapter=${adapter}
        .site=${US}
        .total=${{ amount: args.total, currency: 'USD' }}
        .payments=${payments}
        .customer=${customer}
        .tokenizeHosted=${tokenizeHosted}
        ?hosted-fields=${args.hostedFields}
      >
        ${
          args.hostedFields
            ? html`<iframe
                id="card-frame"
                slot="card-fields"
                title=${say('Card details', 'Détails de la carte')}
                src=${hostedFieldsUrl(parameters['apiBaseUrl'] as string, 'us')}
              ></iframe>`
            : ''
        }
      </payment-panel>`;
  },
} satisfies Meta<PanelArgs>;

export default meta;
type Story = StoryObj<PanelArgs>;

/** Nothing to pay yet: the order has no items, so its total is zero. */
export const Empty: Story = {
  args: { total: 0 },
  parameters: mockApi('empty'),
};

/** The total and the balance due, and "Add Payment". */
export const BalanceDue: Story = {
  parameters: mockApi('balance-due'),
};

/**
 * "Add Payment" opens the form with Credit Card selected and the balance due as the amount. The
 * billing address is the customer's default ("Same as shipping address" here). Try
 * 4111 1111 1111 1111 (tokenizes) or 4000 0000 0000 0002 (declined); the brand shows as you type.
 */
export const CardForm: Story = {
  parameters: mockApi('card-form'),
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};

/** A check: its number. */
export const Check: Story = {
  parameters: mockApi('check'),
  play: async ({ canvasElement }) => {
    await openForm(canvasElement, 'check');
  },
};

/** A purchase order: its number, the payment terms the adapter offers, and its optional "Buyer" field. */
export const PurchaseOrder: Story = {
  parameters: mockApi('purchase-order'),
  play: async ({ canvasElement }) => {
    await openForm(canvasElement, 'purchase-order');
  },
};

/** Store credit: the balance of SC-ADA-0001 (40.00) is looked up, and the amount is capped at it. */
export const StoreCredit: Story = {
  parameters: mockApi('store-credit'),
  play: async ({ canvasElement }) => {
    const panel = await openForm(canvasElement, 'store-credit');
    fill(panel, 'Code', 'SC-ADA-0001');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-balance-button"]')!.click();
    await until(() => panel.shadowRoot!.querySelector('[part="hint"]'));
  },
};

/** A gift card: try GC-1000-0001 (25.00), GC-5000-0002 (100.00) or GC-0000-0004 (nothing left). */
export const GiftCard: Story = {
  parameters: mockApi('gift-card'),
  play: async ({ canvasElement }) => {
    const panel = await openForm(canvasElement, 'gift-card');
    fill(panel, 'Code', 'GC-0000-0004');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-balance-button"]')!.click();
    await until(() => panel.shadowRoot!.querySelector('[aria-invalid="true"]'));
  },
};

/** Save with problems: each is shown at its field, and the first invalid field takes focus. */
export const ValidationErrors: Story = {
  args: { withCustomer: false },
  parameters: mockApi('validation-errors'),
  play: async ({ canvasElement }) => {
    const panel = await openForm(canvasElement);
    fill(panel, 'Card number', '3782 8224 6310 006');
    fill(panel, 'Expiry (MM/YY)', '01/20');
    fill(panel, 'Security code', '123');
    fill(panel, 'ZIP or postal code', '7870');
    await saveForm(panel);
  },
};

/** A declined card: the provider's message shows in the form, and what the agent typed stays. */
export const DeclinedCard: Story = {
  parameters: mockApi('declined'),
  play: async ({ canvasElement }) => {
    const panel = await openForm(canvasElement);
    fill(panel, 'Name on card', 'Ada Lovelace');
    fill(panel, 'Card number', '4000 0000 0000 0002');
    fill(panel, 'Expiry (MM/YY)', '12/30');
    fill(panel, 'Security code', '123');
    await saveForm(panel);
    await until(() => panel.shadowRoot!.querySelector('[part="form-error"]'));
  },
};

/** Several payments split the total: a card and a gift card so far; the balance due is what is left. */
export const SplitPayments: Story = {
  parameters: {
    ...mockApi('split'),
    payments: [
      {
        id: 'payment-card',
        typeId: 'credit-card',
        kind: 'credit-card',
        amount: { amount: 5000, currency: 'USD' },
        card: { token: 'tok_story', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
      },
      {
        id: 'payment-gift',
        typeId: 'gift-card',
        kind: 'gift-card',
        amount: { amount: 2500, currency: 'USD' },
        reference: 'GC-1000-0001',
      },
    ] satisfies Payment[],
  },
};

/**
 * Hosted fields: the host mounts its payment provider's frame (here the mock's fake provider) in
 * the `card-fields` slot, and `tokenizeHosted` asks it for a token. The card number never enters
 * the host page. Key 4111 1111 1111 1111, 12/30, 123 into the frame, then Save.
 */
export const HostedFields: Story = {
  args: { hostedFields: true },
  parameters: mockApi('hosted-fields'),
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
  },
};
