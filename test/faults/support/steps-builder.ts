/**
 * The fault matrix's steps in `<offline-order-builder>`: the sites, the orders list, the pricing of
 * the draft, and submitting it. Each drives the builder as an agent (or its host) does.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { addPayment, setCustomerNotes } from '../../../src/model/draft.js';
import { newId } from '../../../src/model/ids.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, $$, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import { confirm, confirmButton, openConfirmation, VISA } from '../../support/harness/offline-order-builder.js';
import { deepAll, failureIn, formState, type MatrixEnv, type MatrixStep, type StepContext } from './matrix.js';

const WAIT = { timeout: 8000 };

/** The builder of a step's context. */
const builderOf = (context: StepContext) =>
  (context.root.localName === 'offline-order-builder'
    ? context.root
    : context.root.querySelector('offline-order-builder')) as OfflineOrderBuilder;

/** Clicks the first button matching `selector` under `root` (through shadow roots), once there. */
async function press(root: Element, selector: string): Promise<void> {
  await waitUntil(() => deepAll(root, selector)[0], `no ${selector}`, WAIT);
  (deepAll(root, selector)[0] as HTMLButtonElement).click();
}

/** A draft ready to submit: Ada, a Canvas Tote Bag shipped, Ground, paid in full by a Visa. */
function readyDraft(env: MatrixEnv): OrderDraft {
  const draft = { ...buildDraft(env.backend), shippingMethodId: 'ground' };
  const total = env.backend.priceOrder('us', draft).total;
  return addPayment(draft, { id: newId(), kind: 'credit-card', typeId: 'credit-card', amount: total, card: VISA });
}

/** Waits until the builder's summary shows the total the backend prices its draft at. */
async function untilTotal(el: OfflineOrderBuilder, env: MatrixEnv): Promise<void> {
  const total = env.backend.priceOrder('us', el.draft).total.amount;
  const shown = `$${(total / 100).toFixed(2)}`;
  await waitUntil(
    () => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === shown),
    `the total ${shown} did not show`,
    WAIT,
  );
}

/** The builder of the US Store, its workspace shown (orders hidden), without a draft of its own yet. */
async function workspaceOf(env: MatrixEnv): Promise<OfflineOrderBuilder> {
  const el = await fixture<OfflineOrderBuilder>(
    html`<offline-order-builder
      style="block-size: 640px; inline-size: 1100px"
      .adapter=${env.adapter()}
      site-id="us"
      orders-hidden
    ></offline-order-builder>`,
  );
  await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
  return el;
}

export function builderSteps(env: MatrixEnv): MatrixStep[] {
  /** An empty box for the builder, and the agent's kept draft (sessionStorage) that must survive. */
  const box = async (): Promise<StepContext> => ({
    root: await fixture<HTMLDivElement>(html`<div></div>`),
    state: () => Object.entries(sessionStorage).filter(([key]) => key.startsWith('offline-order-draft')),
  });
  /** Renders a builder into the step's box: the page (re)loading, which loads its data. */
  const load = (context: StepContext, siteId: string) => {
    render(html``, context.root as HTMLElement);
    render(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${env.adapter()}
        site-id=${siteId}
      ></offline-order-builder>`,
      context.root as HTMLElement,
    );
  };
  /** Retry where the element offers one, else the page loaded again. */
  const retryOrReload = async (context: StepContext, selector: string, siteId: string) => {
    if (deepAll(context.root, selector).length) await press(context.root, selector);
    else load(context, siteId);
  };

  return [
    {
      call: 'sites',
      operationId: 'listSites',
      fieldPath: 'siteId',
      names: /sites/i,
      typed: false,
      setup: box,
      act: async (context) => load(context, ''),
      message: (context) =>
        failureIn(context.root, '[part~="sites-error"], [part~="sites-skipped-note"], .card.notice .notice__title'),
      retry: (context) => retryOrReload(context, '[part~="retry-button"]', ''),
      async succeeded(context) {
        await waitUntil(() => deepAll(context.root, 'select option').length === 4, 'the 3 sites did not show', WAIT);
      },
    },
    {
      call: 'orders',
      operationId: 'listOrders',
      fieldPath: 'siteId',
      names: /orders/i,
      typed: false,
      setup: box,
      act: async (context) => load(context, 'us'),
      async message(context) {
        await waitUntil(() => deepAll(context.root, 'oo-order-list')[0], 'no orders list', WAIT);
        return failureIn(deepAll(context.root, 'oo-order-list')[0]!, '[part~="error"], [part~="skipped-note"]');
      },
      retry: (context) => retryOrReload(context, '[part~="retry-button"][data-retry]', 'us'),
      async succeeded(context) {
        await waitUntil(() => deepAll(context.root, 'article').length > 0, 'the orders did not show', WAIT);
      },
    },
    {
      call: 'pricing',
      operationId: 'priceOrder',
      fieldPath: 'lines',
      names: /total|price/i,
      async setup() {
        const el = await workspaceOf(env);
        return { root: el, state: () => el.draft };
      },
      async act(context) {
        builderOf(context).draft = readyDraft(env);
      },
      // The draft's lines render before its (debounced) pricing is asked.
      settle: (context) => waitUntil(() => formState(context.root).length > 1, 'the draft did not render', WAIT),
      message: (context) => failureIn(context.root, '[part~="pricing-error"]'),
      retry: (context) => press(context.root, '[part~="pricing-retry-button"]'),
      succeeded: (context) => untilTotal(builderOf(context), env),
    },
    {
      call: 'submit',
      operationId: 'submitOrder',
      fieldPath: 'customerNotes',
      names: /order/i,
      async setup() {
        const el = await workspaceOf(env);
        el.draft = readyDraft(env);
        await untilTotal(el, env);
        await openConfirmation(el);
        await waitUntil(() => confirmButton(el)?.getAttribute('aria-disabled') === 'false', 'not ready', WAIT);
        const before = await env.orderCount();
        return { root: el, state: () => el.draft, before } as StepContext;
      },
      async act(context) {
        await confirm(builderOf(context));
      },
      // A refusal (400) shows its problems where they are (`submit-problems`); others in the confirmation.
      message: (context) => failureIn(context.root, '[part~="submit-error"], [part~="submit-problems"]'),
      async retry(context) {
        const el = builderOf(context);
        // Refused (a 400 naming the notes): the agent changes what it names, then submits again.
        if (deepAll(el, '[part~="submit-problems"]').length) {
          el.draft = setCustomerNotes(el.draft, 'Call on arrival');
          await untilTotal(el, env);
        }
        if (!$<HTMLDialogElement>(el, '#confirm-dialog')?.open) await openConfirmation(el);
        await confirm(el);
      },
      async succeeded(context) {
        const el = builderOf(context);
        await waitUntil(() => $(el, '[part~="success"]'), 'the order was not shown as submitted', WAIT);
        const created = (await env.orderCount()) - (context as StepContext & { before: number }).before;
        if (created !== 1) throw new Error(`${created} orders were created`);
      },
    },
  ];
}
