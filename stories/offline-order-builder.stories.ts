import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { MockBackendOptions } from '../mocks/backend.js';
import { lazyBackend } from './lazy-backend.js';
import { createHandlers } from '../mocks/handlers.js';
import type { MockScenarioInit } from '../mocks/scenario.js';
import { storyScenario } from './story-scenario.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { OfflineOrderBuilder } from '../src/elements/offline-order-builder/offline-order-builder.js';
import { setCustomerNotes, setGiftMessage, setLineGift } from '../src/model/draft.js';
import type { OrderDraft } from '../src/model/types.js';
import { draftWith, PICKUP_DOWNTOWN, SHIP } from './order-stories-support.js';
import '../src/define.js';

interface BuilderArgs {
  siteId: string;
  ordersHidden: boolean;
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
    scenario: storyScenario({ latency: REALISTIC_LATENCY, ...scenario }),
  });
  return { apiBaseUrl: baseUrl, msw: { handlers } };
}

const meta = {
  title: 'Elements/offline-order-builder',
  component: 'offline-order-builder',
  tags: ['autodocs'],
  args: { siteId: '', ordersHidden: false },
  argTypes: {
    siteId: {
      control: 'select',
      options: ['', 'us', 'ca', 'wholesale'],
      description: 'Preselects a site (`site-id`).',
    },
    ordersHidden: { control: 'boolean', description: 'Hides the orders pane (`orders-hidden`).' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
  render: (args, { parameters, id }) => {
    const adapter = createRestAdapter({
      baseUrl: parameters['apiBaseUrl'] as string,
      ...(parameters['adapterRetry'] === false ? { retry: false as const } : {}),
      ...(parameters['orderOffsets'] ? { orderOffsets: true } : {}),
      ...(parameters['orderSearch'] ? { orderSearch: true } : {}),
    });
    // Each story keeps its draft under its own key, so that one story's draft never shows in another.
    const draftKey = `storybook:${id}`;
    (parameters['storedDraft'] as ((key: string) => void) | undefined)?.(draftKey);
    const draft = parameters['draft'] as OrderDraft | undefined;
    return html`<offline-order-builder
      class="story-builder"
      .adapter=${adapter}
      site-id=${ifDefined(args.siteId || undefined)}
      draft-key=${draftKey}
      order-url=${ifDefined(parameters['orderUrl'] as string | undefined)}
      ?orders-hidden=${args.ordersHidden}
      ${ref((el) => {
        // A host opens a draft by setting `.draft` (only the stories that have one).
        if (draft && el) (el as OfflineOrderBuilder).draft = draft;
      })}
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

/**
 * Ten thousand orders from a backend serving pages at any offset: the list spans them all at once,
 * the page where the view rests loads (End: the last one), and only the rows in view are in the DOM.
 */
export const ManyOrders: Story = {
  parameters: { ...mockApi('many-orders', { seed: { siteIds: ['us'], orders: 10_000 } }), orderOffsets: true },
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

// --- The new order, from a draft ready to submit to the order submitted ---------------------------

/**
 * The order of the reference procedure: Ada Lovelace; a Trail Runner Shoe Size 9 Blue by Direct
 * Ship and a Canvas Tote Bag (a gift) picked up at the Downtown Store; Ground; a note and a gift
 * message. Built with the model's edits over the seed's catalog.
 */
function readyDraft(): OrderDraft {
  let draft = draftWith([
    { productId: 'trail-runner', variantId: 'trail-runner-9-blue', fulfillment: SHIP },
    { productId: 'canvas-tote', fulfillment: PICKUP_DOWNTOWN },
  ]);
  draft = setLineGift(draft, draft.lines[1]!.id, true, 'Happy birthday, Grace!');
  draft = setCustomerNotes({ ...draft, shippingMethodId: 'ground' }, 'Call on arrival');
  return setGiftMessage(draft, 'Enjoy the trails!');
}

/** The builder of a story, once its new order (and the priced total) shows. */
async function untilReady(canvas: HTMLElement): Promise<OfflineOrderBuilder> {
  const el = canvas.querySelector('offline-order-builder')!;
  for (let i = 0; i < 200; i++) {
    const submit = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]');
    const total = el.shadowRoot?.querySelector('[part~="details-summary"]')?.textContent ?? '';
    if (submit && !submit.disabled && /\$\d/.test(total)) return el;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The builder did not get ready');
}

/** Presses a button of the builder's shadow root by its part, once it is there and enabled. */
async function press(el: OfflineOrderBuilder, part: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>(`[part~="${part}"]`);
    if (button && button.getAttribute('aria-disabled') !== 'true' && !button.disabled) {
      button.click();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No enabled ${part}`);
}

const ONE_SITE = { seed: { siteIds: ['us'] } };

/** A draft with a valid shopper and items (a host set it with `.draft`): "Submit Order" is enabled, payment is optional. */
export const ReadyToSubmit: Story = {
  name: 'Draft ready to submit',
  parameters: { ...mockApi('ready', ONE_SITE), draft: readyDraft() },
};

/**
 * "Submit Order" opened the read-back confirmation: shopper, items with options, fulfillment and
 * location, shipping method, notes, gift messages and totals, with the focus on its title.
 */
export const ConfirmationOpen: Story = {
  name: 'Confirmation open',
  parameters: { ...mockApi('confirmation', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => press(await untilReady(canvasElement), 'submit-button'),
};

/**
 * The order went through: "Order 10542 submitted" with the balance due and the read-back of the order
 * as submitted, "Create New Order", "Print" (prints the read-back only) and "Email confirmation" (the
 * mock adapter has `sendConfirmation`), and the order at the top of the list.
 */
export const Submitted: Story = {
  parameters: { ...mockApi('submitted', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => {
    const el = await untilReady(canvasElement);
    await press(el, 'submit-button');
    await press(el, 'confirm-button');
  },
};

/** "Email confirmation", then "Send" with the shopper's email prefilled: "Confirmation sent to ada.lovelace@example.com." */
export const ConfirmationEmailed: Story = {
  name: 'Submitted, confirmation emailed',
  parameters: { ...mockApi('emailed', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => {
    const el = await untilReady(canvasElement);
    await press(el, 'submit-button');
    await press(el, 'confirm-button');
    await press(el, 'email-confirmation-button');
    await press(el, 'email-send-button');
  },
};

/**
 * Park and resume (the mock adapter has `saveDraft`, `listDrafts` and `deleteDraft`): "Save draft"
 * parked the order ("Draft saved.", a fresh order for the next call), then "Drafts" lists it with
 * customer, items, total and saved time, "Resume" and "Delete".
 */
export const Drafts: Story = {
  name: 'Drafts: saved and listed',
  parameters: { ...mockApi('drafts', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => {
    const el = await untilReady(canvasElement);
    await press(el, 'save-draft-button');
    // Saved: the builder starts a fresh order.
    for (let i = 0; i < 200 && el.draft.lines.length; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await press(el, 'drafts-button');
  },
};

/** The Payments tab of a story's builder, then "Send payment link": its form, the shopper's email prefilled. */
async function openPaymentLink(el: OfflineOrderBuilder): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>('#tab-payments')!.click();
  await press(el, 'payment-link-button');
}

/**
 * "Send payment link" under the Payments (the mock adapter has `sendPaymentLink`): "Send to" Email or
 * Text message, the shopper's address prefilled, "Send". No card is asked for.
 */
export const PaymentLinkForm: Story = {
  name: 'Send payment link',
  parameters: { ...mockApi('payment-link', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => openPaymentLink(await untilReady(canvasElement)),
};

/**
 * The link sent: the order submitted awaiting payment, "Payment link sent to ada.lovelace@example.com."
 * in the success view, and "Payment link sent" as its status at the top of the orders list.
 */
export const PaymentLinkSent: Story = {
  name: 'Submitted, payment link sent',
  parameters: { ...mockApi('payment-link-sent', ONE_SITE), draft: readyDraft() },
  play: async ({ canvasElement }) => {
    const el = await untilReady(canvasElement);
    await openPaymentLink(el);
    await press(el, 'payment-link-send-button');
  },
};

/** After a reload: the draft kept in session storage is back, with "Restored unsaved order from …" and "Discard". */
export const RestoredNotice: Story = {
  name: 'Restored after a reload',
  parameters: {
    ...mockApi('restored', ONE_SITE),
    storedDraft: (key: string) =>
      sessionStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), draft: readyDraft() })),
  },
};

/**
 * Ada Lovelace ordered a Canvas Tote Bag in the last 24 hours: a non-blocking warning names that
 * order, with a link to it (`order-url`).
 */
export const DuplicateWarning: Story = {
  name: 'Duplicate warning',
  parameters: { ...mockApi('duplicate', ONE_SITE), draft: readyDraft(), orderUrl: '#orders/{number}' },
};

/**
 * Ada Lovelace chosen: under her card, "Last orders" (10539, New; 8957, Completed: number, date, total,
 * status) and "Last ordered items" (Canvas Tote Bag, Recycled Slip-On Size 9 White, Classic Camp Stove),
 * each with an "Add" named after the item. The play presses "Add Recycled Slip-On, 9, White": the line
 * is added by Direct Ship, priced, and "Recycled Slip-On added to the order." is said.
 */
export const CustomerHistory: Story = {
  name: 'Customer’s last orders and items',
  parameters: { ...mockApi('customer-history', ONE_SITE), draft: draftWith([]) },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('offline-order-builder')!;
    for (let i = 0; i < 200; i++) {
      const add = el.shadowRoot?.querySelector<HTMLButtonElement>('[aria-label="Add Recycled Slip-On, 9, White"]');
      if (add) return add.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('No "Add Recycled Slip-On, 9, White"');
  },
};

// --- The orders list during a call ---------------------------------------------------------------

/**
 * The orders list of an adapter that searches (`orderSearch`): "Search orders" (number, customer
 * name, email or phone in any formatting) and "Status"; here "Ada Lovelace" typed, her orders listed.
 */
export const OrdersSearch: Story = {
  name: 'Orders: search',
  parameters: { ...mockApi('orders-search', ONE_SITE), orderSearch: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('offline-order-builder')!;
    for (let i = 0; i < 200; i++) {
      const list = el.shadowRoot?.querySelector('oo-order-list');
      const input = list?.shadowRoot?.querySelector<HTMLInputElement>('[part~="search-input"]');
      if (input) {
        input.value = 'Ada Lovelace';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

/**
 * An order of the list opened read-only in the side sheet (the adapter has `getOrder`): customer,
 * items with options and fulfillment, totals, payments by last four, status; "Reorder" and "Copy
 * order number".
 */
export const OrderSheet: Story = {
  name: 'Orders: side sheet',
  parameters: mockApi('order-sheet', ONE_SITE),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('offline-order-builder')!;
    for (let i = 0; i < 200; i++) {
      const row = el.shadowRoot?.querySelector('oo-order-list')?.shadowRoot?.querySelector<HTMLElement>('article');
      if (row?.getAttribute('aria-busy') !== 'true' && row) {
        row.click();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

// --- Themes, locale and a narrow host ----------------------------------------------------------------

/**
 * The example theme "Dark" (`offline-order-elements/themes/dark.css`: only `--oo-*` tokens), over a
 * draft ready to submit. Any story takes it from the toolbar's theme switch too.
 */
export const DarkTheme: Story = {
  name: 'Theme: Dark',
  parameters: { ...mockApi('theme-dark', ONE_SITE), draft: readyDraft(), themes: { themeOverride: 'Dark' } },
};

/**
 * The example theme "Dense" (`offline-order-elements/themes/dense.css`), a high-contrast back office:
 * smaller type and spacing, black on white, square corners, a thick focus ring.
 */
export const DenseTheme: Story = {
  name: 'Theme: Dense',
  parameters: { ...mockApi('theme-dense', ONE_SITE), draft: readyDraft(), themes: { themeOverride: 'Dense' } },
};

/** The page in Canadian French (`<html lang="fr-CA">`, the toolbar's locale): the elements follow it. */
export const French: Story = {
  name: 'French (fr-CA)',
  globals: { locale: 'fr-CA' },
  parameters: mockApi('french', { seed: { siteIds: ['ca'] } }),
};

/** The host gives the builder a 360 CSS px column (a side panel): one pane at a time, nothing scrolls sideways. */
export const NarrowColumn: Story = {
  name: 'Narrow host column (360 px)',
  parameters: { ...mockApi('narrow', ONE_SITE), draft: readyDraft() },
  decorators: [
    (story) =>
      html`<style>
          .story-narrow {
            inline-size: 360px;
            border-inline-end: 1px dashed currentColor;
          }
        </style>
        <div class="story-narrow">${story()}</div>`,
  ],
};
