/**
 * The fault matrix's steps in `<offline-order-builder>`: the sites, the orders list, the pricing of
 * the draft, and submitting it. Each drives the builder as an agent (or its host) does.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { addPayment } from '../../../src/model/draft.js';
import { newId } from '../../../src/model/ids.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, $$, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import {
  confirm,
  confirmButton,
  openConfirmation,
  VISA,
  workspace,
} from '../../support/harness/offline-order-builder.js';
import type { MockHandle } from '../../support/mock.js';
import { messageMatching, type MatrixStep, type StepContext } from './matrix.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';

const WAIT = { timeout: 8000 };

/** The builder of a step's context. */
const builderOf = (context: StepContext) =>
  (context.root.localName === 'offline-order-builder'
    ? context.root
    : context.root.querySelector('offline-order-builder')) as OfflineOrderBuilder;

/** Clicks a button of the builder's shadow root by its part, once it is there. */
async function press(el: OfflineOrderBuilder, part: string): Promise<void> {
  await waitUntil(() => $(el, `[part~="${part}"]`), `no ${part}`, WAIT);
  $<HTMLButtonElement>(el, `[part~="${part}"]`)!.click();
}

/** A draft ready to submit: Ada, a Canvas Tote Bag shipped, Ground, paid in full by a Visa. */
function readyDraft(mock: MockHandle): OrderDraft {
  const draft = { ...buildDraft(mock.backend), shippingMethodId: 'ground' };
  const total = mock.backend.priceOrder('us', draft).total;
  return addPayment(draft, { id: newId(), kind: 'credit-card', typeId: 'credit-card', amount: total, card: VISA });
}

export function builderSteps(mock: MockHandle, adapter: () => OrderAdapter): MatrixStep[] {
  const host = async (): Promise<StepContext> => ({ root: await fixture<HTMLDivElement>(html`<div></div>`) });
  /** Renders the builder into the step's box (the render is the action that loads its data). */
  const renderInto = (context: StepContext, siteId: string) => {
    render(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${adapter()}
        site-id=${siteId}
      ></offline-order-builder>`,
      context.root as HTMLElement,
    );
  };

  return [
    {
      call: 'sites',
      operationId: 'listSites',
      fieldPath: 'siteId',
      names: /sites/i,
      setup: host,
      async act(context) {
        renderInto(context, '');
      },
      message: (context) => messageMatching(builderOf(context), /sites/i),
      retry: (context) => press(builderOf(context), 'retry-button'),
      async succeeded(context) {
        const el = builderOf(context);
        await waitUntil(() => $$(el, 'select option').length > 1, 'the sites did not show', WAIT);
      },
    },
    {
      call: 'orders',
      operationId: 'listOrders',
      fieldPath: 'siteId',
      names: /orders/i,
      setup: host,
      async act(context) {
        renderInto(context, 'us');
      },
      message: (context) => messageMatching(builderOf(context), /orders/i),
      retry: (context) => press(builderOf(context), 'orders-retry-button'),
      async succeeded(context) {
        const list = () => $(builderOf(context), 'oo-order-list');
        await waitUntil(() => list() && $$(list()!, '[role="article"]').length > 0, 'the orders did not show', WAIT);
      },
    },
    {
      call: 'pricing',
      operationId: 'priceOrder',
      fieldPath: 'lines',
      names: /price|total/i,
      async setup() {
        const el = await workspace(mock);
        return { root: el, state: () => el.draft };
      },
      async act(context) {
        builderOf(context).draft = readyDraft(mock);
      },
      message: (context) => messageMatching(builderOf(context), /price|total/i),
      async retry(context) {
        // The builder's pricing notice offers Retry; the summary's figures say "Not available".
        const el = builderOf(context);
        const retry = $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === 'Retry');
        if (retry) retry.click();
        else builderOf(context).draft = { ...builderOf(context).draft };
      },
      async succeeded(context) {
        const el = builderOf(context);
        const total = mock.backend.priceOrder('us', el.draft).total.amount;
        const shown = `$${(total / 100).toFixed(2)}`;
        await waitUntil(
          () => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === shown),
          `the total ${shown} did not show`,
          WAIT,
        );
      },
    },
    {
      call: 'submit',
      operationId: 'submitOrder',
      fieldPath: 'customer.email',
      names: /order/i,
      async setup() {
        const el = await workspace(mock);
        el.draft = readyDraft(mock);
        await openConfirmation(el);
        await waitUntil(() => confirmButton(el)?.getAttribute('aria-disabled') === 'false', 'not ready', WAIT);
        return { root: el, state: () => el.draft };
      },
      async act(context) {
        await confirm(builderOf(context));
      },
      async message(context) {
        const el = builderOf(context);
        await waitUntil(() => text($(el, '[part~="submit-error"]')), 'no submit error shown', WAIT);
        return text($(el, '[part~="submit-error"]'));
      },
      async retry(context) {
        const el = builderOf(context);
        // Refused (a 400): the confirmation may have closed on the problem; open it again.
        if (!$(el, '#confirm-dialog')?.hasAttribute('open')) await openConfirmation(el);
        await confirm(el);
      },
      async succeeded(context) {
        const el = builderOf(context);
        await waitUntil(() => $(el, '[part~="success"]'), 'the order was not shown as submitted', WAIT);
        const orders = mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey);
        const created = new Set(orders.filter((key) => key && mock.backend.submission(key)));
        if (created.size !== 1) throw new Error(`${created.size} orders were created`);
      },
    },
  ];
}
