/**
 * The fault matrix's steps in `<order-details-dialog>`: the shipping rates of the draft's lines and
 * address, the price lists, and the pricing of the draft once a coupon is applied (applying a code
 * makes no call of its own: the dialog prices the draft with it). Each opens the dialog as the
 * builder's "Edit Details" does and drives it as an agent.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { formatMoney } from '../../../src/model/money.js';
import { $, $$, button, control, setValue, text } from '../../support/dom.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { totals } from '../../support/harness/order-details-dialog.js';
import type { MatrixEnv, MatrixStep, StepContext } from './matrix.js';
import { failureIn } from './matrix.js';
import '../../../src/define.js';

const WAIT = { timeout: 8000 };

/** The error (with its Retry) that the field labelled by `id` shows instead of its select. */
const fieldError = (id: string) => `label[for="${id}"] ~ [role="alert"]`;

const dialogOf = (context: StepContext) => context.root as OrderDetailsDialog;

/** Presses the Retry of the error matching `selector`. */
async function retryIn(el: OrderDetailsDialog, selector: string): Promise<void> {
  const retry = () => $(el, selector)?.querySelector('button');
  await waitUntil(retry, `no Retry in ${selector}`, WAIT);
  retry()!.click();
}

/** Waits until the select labelled `label` offers `names` (in order, after its empty choice). */
async function untilChoices(el: OrderDetailsDialog, label: string, names: string[]): Promise<HTMLSelectElement> {
  const offered = () => {
    const select = control<HTMLSelectElement>(el, label);
    return select && [...select.options].slice(1).map((option) => text(option).split(' · ')[0]);
  };
  await waitUntil(
    () => JSON.stringify(offered()) === JSON.stringify(names),
    `"${label}" does not offer ${names.join(', ')} (it offers ${JSON.stringify(offered())})`,
    WAIT,
  );
  return control<HTMLSelectElement>(el, label)!;
}

/** Waits until the totals show the backend's total for the draft being edited, nothing pending. */
async function untilPriced(el: OrderDetailsDialog, env: MatrixEnv): Promise<void> {
  const total = formatMoney(env.backend.priceOrder('us', el.draft).total, 'en-US');
  await waitUntil(
    () => !$(el, '[aria-busy="true"]') && totals(el)['Total'] === total,
    `the total ${total} did not show (shown: ${JSON.stringify(totals(el))})`,
    WAIT,
  );
}

/** The dialog, in the page, closed (as the builder holds it until "Edit Details"). */
async function closedDialog(env: MatrixEnv): Promise<OrderDetailsDialog> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><order-details-dialog .adapter=${env.adapter()} .site=${SITES.us}></order-details-dialog></div>`,
  );
  return wrapper.querySelector('order-details-dialog')!;
}

/** Ada's Canvas Tote Bag, shipped by Ground. */
const draftOf = (env: MatrixEnv) => buildDraft(env.backend);

/**
 * The dialog opened on the draft, everything in (rates, price lists, totals), and the agent's
 * typing in place: customer notes and an order gift message.
 */
async function typedDialog(env: MatrixEnv): Promise<StepContext> {
  const el = await closedDialog(env);
  await el.show(draftOf(env));
  await untilChoices(el, 'Shipping Method', ['Ground', '2-Day', 'Overnight']);
  await untilChoices(el, 'Price list', ['VIP', 'Employee']);
  await untilPriced(el, env);
  setValue(control<HTMLTextAreaElement>(el, 'Customer notes')!, 'Leave it at the front desk', { change: true });
  setValue(control<HTMLTextAreaElement>(el, 'Order gift message')!, 'Happy birthday, Ada!', { change: true });
  await el.updateComplete;
  await untilPriced(el, env);
  return { root: el, state: () => el.draft };
}

export function detailsSteps(env: MatrixEnv): MatrixStep[] {
  return [
    {
      call: 'shipping rates',
      operationId: 'getShippingMethods',
      fieldPath: 'lines',
      names: /shipping/i,
      setup: () => typedDialog(env),
      // A second tote: the rates depend on the lines, so they are asked again.
      async act(context) {
        const quantity = $<HTMLInputElement>(
          dialogOf(context).shadowRoot!.querySelector('line-item-editor')!,
          'input[type="number"]',
        )!;
        setValue(quantity, '2', { change: true });
      },
      settle: (context) =>
        waitUntil(() => dialogOf(context).draft.lines[0]?.quantity === 2, 'the quantity was not taken', WAIT),
      message: (context) => failureIn(context.root, fieldError('shipping-method')),
      retry: (context) => retryIn(dialogOf(context), fieldError('shipping-method')),
      async succeeded(context) {
        const el = dialogOf(context);
        const select = await untilChoices(el, 'Shipping Method', ['Ground', '2-Day', 'Overnight']);
        if (select.value !== 'ground' || el.draft.shippingMethodId !== 'ground')
          throw new Error(`Ground is no longer chosen ("${select.value}")`);
        await untilPriced(el, env);
      },
    },
    {
      call: 'price lists',
      operationId: 'listPriceLists',
      fieldPath: 'siteId',
      names: /price list/i,
      async setup() {
        const el = await closedDialog(env);
        return { root: el, state: () => el.draft };
      },
      // "Edit Details": the dialog opens on the draft, and asks for the price lists.
      act: (context) => dialogOf(context).show(draftOf(env)),
      // What opening shows besides: the rates and the totals of the draft.
      async settle(context) {
        await untilChoices(dialogOf(context), 'Shipping Method', ['Ground', '2-Day', 'Overnight']);
        await untilPriced(dialogOf(context), env);
      },
      message: (context) => failureIn(context.root, fieldError('price-list')),
      retry: (context) => retryIn(dialogOf(context), fieldError('price-list')),
      succeeded: (context) => untilChoices(dialogOf(context), 'Price list', ['VIP', 'Employee']).then(() => undefined),
    },
    {
      call: 'pricing (coupon applied)',
      operationId: 'priceOrder',
      fieldPath: 'coupons',
      names: /total|price/i,
      setup: () => typedDialog(env),
      async act(context) {
        const el = dialogOf(context);
        setValue(control(el, 'Coupon code')!, 'save10');
        button(el, 'Apply')!.click();
      },
      settle: (context) =>
        waitUntil(() => dialogOf(context).draft.coupons.includes('SAVE10'), 'SAVE10 was not applied', WAIT),
      message: (context) => failureIn(context.root, '[part~="totals"] [role="alert"]'),
      retry: (context) => retryIn(dialogOf(context), '[part~="totals"] [role="alert"]'),
      async succeeded(context) {
        const el = dialogOf(context);
        await waitUntil(
          () => $$(el, '[part~="coupon"]').some((li) => text(li) === 'SAVE10 Accepted: -$2.50 Remove'),
          `SAVE10 was not accepted (${$$(el, '[part~="coupon"]').map((li) => text(li))})`,
          WAIT,
        );
        await untilPriced(el, env);
      },
    },
  ];
}
