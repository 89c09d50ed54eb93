import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MockBackend } from '../mocks/backend.js';
import { REALISTIC_LATENCY } from '../mocks/browser.js';
import { createHandlers } from '../mocks/handlers.js';
import { storyScenario } from './story-scenario.js';
import { createRestAdapter } from '../src/adapter/rest-adapter.js';
import type { OrderSubmitEvent } from '../src/events/order-submit.js';
import type { OrderSubmittedEvent } from '../src/events/order-submitted.js';
import type { SiteChangeEvent } from '../src/events/site-change.js';
import { formatMoney } from '../src/model/money.js';
import '../src/define.js';
import { say } from './story-locale.js';

const BASE_URL = '/api/stories/full-flow/v1';

/** Adds a line to the story's event log (as text: the values come from the draft). */
function log(event: Event): void {
  const list = document.querySelector('#story-events');
  if (!list) return;
  const e = event as Partial<OrderSubmittedEvent & OrderSubmitEvent & SiteChangeEvent>;
  const detail =
    e.orderNumber && e.total
      ? `order ${e.orderNumber}, ${formatMoney(e.total, 'en-US')}`
      : (e.idempotencyKey ?? e.site?.name ?? '');
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${event.type}${detail ? `: ${detail}` : ''}`;
  list.prepend(item);
}

const meta = {
  title: 'Flows/Create an offline order',
  component: 'offline-order-builder',
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 760 } },
    msw: {
      handlers: createHandlers(new MockBackend(), {
        baseUrl: BASE_URL,
        scenario: storyScenario({ latency: REALISTIC_LATENCY }),
      }),
    },
  },
} satisfies Meta;

export default meta;

/**
 * The whole "Create Offline Orders" procedure against a stateful mock backend with realistic
 * latency: pick a site, find or create the shopper, "Edit Details" to add items with their
 * fulfillment and the order details, take a payment, "Submit Order", read the order back and
 * submit it. The events a host receives are listed below the builder. Try it with the keyboard
 * alone: "?" lists the shortcuts.
 */
export const FullFlow: StoryObj = {
  name: 'Full flow',
  render: () =>
    html`<style>
        .flow {
          display: grid;
          grid-template-rows: minmax(0, 1fr) auto;
          block-size: 100vh;
        }
        .flow__log:empty::before {
          color: #59636e;
          content: attr(data-empty);
        }
        .flow__log {
          max-block-size: 8rem;
          margin: 0;
          padding: 0.5rem 1rem 0.5rem 2rem;
          overflow: auto;
          border-block-start: 1px solid #d1d9e0;
          font:
            0.8125rem/1.5 system-ui,
            sans-serif;
        }
      </style>
      <div class="flow">
        <offline-order-builder
          .adapter=${createRestAdapter({ baseUrl: BASE_URL })}
          draft-key="storybook:full-flow"
          order-url="#orders/{number}"
          @site-change=${log}
          @draft-change=${log}
          @order-submit=${log}
          @order-submitted=${log}
        ></offline-order-builder>
        <ol
          id="story-events"
          class="flow__log"
          aria-label=${say('Events the host receives', 'Événements que reçoit l’hôte')}
          data-empty=${say(
            'The events the host receives are listed here.',
            'Les événements que reçoit l’hôte sont énumérés ici.',
          )}
        ></ol>
      </div>`,
};
