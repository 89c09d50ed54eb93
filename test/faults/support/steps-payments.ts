/**
 * The fault matrix's steps in `<payment-panel>`: its payment types, adding a card (the tokenizer),
 * and checking a gift card's balance. Each renders the panel as the builder does (the US Store,
 * Ada, an order total of $100.00) and drives it as an agent.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { money } from '../../../src/model/money.js';
import type { Payment } from '../../../src/model/types.js';
import { $, text } from '../../support/dom.js';
import { SITES } from '../../support/fixtures.js';
import { chooseType, control, fill, fillCard, openForm, paymentRows } from '../../support/harness/payment-panel.js';
import type { MatrixEnv, MatrixStep, StepContext } from './matrix.js';
import { deepAll, failureIn } from './matrix.js';
import '../../../src/define.js';

const WAIT = { timeout: 8000 };

/** The card the agent keys in: a Visa that tokenizes, with a security code found nowhere else on the page. */
const CARD = { name: 'Ada Lovelace', number: '4111 1111 1111 1111', expiry: '12/30', code: '737' };

/** The error of the payment types, in the form (not the form's own `form-error`). */
const TYPES_ERROR = '[part~="form"] > [role="alert"]:not([part~="form-error"])';

/** The panel as the builder renders it: the US Store, Ada, a total of $100.00, and `payments`. */
function panelTemplate(env: MatrixEnv, payments: Payment[] = []) {
  return html`<payment-panel
    .adapter=${env.adapter()}
    .site=${SITES.us}
    .total=${money(10000, 'USD')}
    .payments=${payments}
    .customer=${env.backend.findCustomer('ada')}
  ></payment-panel>`;
}

const panelOf = (context: StepContext) =>
  (context.root.localName === 'payment-panel'
    ? context.root
    : context.root.querySelector('payment-panel')!) as PaymentPanel;

/** The panel, its form open with its payment types. */
async function openPanel(env: MatrixEnv): Promise<PaymentPanel> {
  const el = await fixture<PaymentPanel>(panelTemplate(env));
  await openForm(el);
  return el;
}

/** Presses the button matching `selector` in the panel once it is there. */
async function press(el: PaymentPanel, selector: string): Promise<void> {
  await waitUntil(() => $(el, selector), `no ${selector}`, WAIT);
  $<HTMLButtonElement>(el, selector)!.click();
}

/** The card failure shown: the form's error, or a card field's error after its label ("Card number: …"). */
function cardFailure(el: PaymentPanel): string {
  const form = text($(el, '[part~="form-error"]'));
  if (form) return form;
  const field = deepAll(el, '[part~="field"]').find((f) => f.querySelector('[aria-invalid="true"]'));
  return field ? `${text(field.querySelector('label'))}: ${text(field.querySelector('.field__error'))}` : '';
}

/**
 * What the panel promises of the card number and security code after a failure, checked: never
 * in a message or anywhere in its text; both kept in their inputs for another try, except a number
 * the provider itself calls invalid (its field in error), which is cleared.
 */
function checkCardKept(el: PaymentPanel, message: string): void {
  const digits = CARD.number.replace(/\D/g, '');
  if (message.replace(/\D/g, '').includes(digits) || message.includes(CARD.code))
    throw new Error(`the message shows the card number or security code: "${message}"`);
  if ((el.shadowRoot!.textContent ?? '').replace(/\D/g, '').includes(digits))
    throw new Error('the card number is shown in the panel');
  const number = control(el, 'Card number');
  const refused = number.getAttribute('aria-invalid') === 'true';
  const expected = refused ? '' : CARD.number;
  if (number.value !== expected)
    throw new Error(`the card number is ${JSON.stringify(number.value)}, not ${JSON.stringify(expected)}`);
  if (control(el, 'Security code').value !== CARD.code) throw new Error('the security code was not kept');
}

export function paymentSteps(env: MatrixEnv): MatrixStep[] {
  return [
    {
      call: 'payment types',
      operationId: 'listPaymentTypes',
      fieldPath: 'siteId',
      names: /payment types/i,
      // The panel's first render asks for the types; nothing is typed before it.
      typed: false,
      async setup() {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        return { root: box, state: () => box.querySelector('payment-panel')?.payments };
      },
      // The builder shows the payments of an order with a check of $20.00, and the agent presses "Add Payment".
      async act(context) {
        const check: Payment = {
          id: 'pay-check-1024',
          typeId: 'check',
          kind: 'check',
          amount: money(2000, 'USD'),
          reference: '1024',
        };
        render(panelTemplate(env, [check]), context.root as HTMLElement);
        const el = panelOf(context);
        await el.updateComplete;
        await press(el, '[part~="add-button"]');
      },
      message: (context) => failureIn(context.root, TYPES_ERROR),
      async retry(context) {
        await press(panelOf(context), `${TYPES_ERROR} button`);
      },
      async succeeded(context) {
        const el = panelOf(context);
        const offered = () =>
          [...(el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="type"]')?.options ?? [])].map(text);
        const all = ['Credit Card', 'Check', 'Purchase Order', 'Store Credit', 'Gift Card'];
        await waitUntil(
          () => JSON.stringify(offered()) === JSON.stringify(all),
          `the payment types did not show (${offered()})`,
          WAIT,
        );
        if (el.payments.length !== 1) throw new Error('the check was lost');
      },
    },
    {
      call: 'tokenize',
      operationId: 'tokenizeCard',
      fieldPath: 'number',
      names: /card/i,
      // The number and the security code: what the panel promises of them is checked in `message`.
      kept: (name) => name !== 'Card number' && name !== 'Security code',
      async setup() {
        const el = await openPanel(env);
        fillCard(el, CARD);
        await el.updateComplete;
        return { root: el, state: () => el.payments };
      },
      act: (context) => press(panelOf(context), '[part~="save-button"]'),
      async message(context) {
        const el = panelOf(context);
        await waitUntil(() => cardFailure(el), 'no failure shown', WAIT);
        const message = cardFailure(el);
        checkCardKept(el, message);
        return message;
      },
      async retry(context) {
        const el = panelOf(context);
        // The number the provider called invalid: the agent keys it in again.
        if (!control(el, 'Card number').value) fill(el, 'Card number', CARD.number);
        await press(el, '[part~="save-button"]');
      },
      async succeeded(context) {
        const el = panelOf(context);
        await waitUntil(() => el.payments.length === 1, 'the card was not added', WAIT);
        await el.updateComplete;
        const rows = paymentRows(el);
        if (JSON.stringify(rows) !== JSON.stringify(['Visa •••• 1111 $100.00'])) throw new Error(`shown: ${rows}`);
      },
    },
    {
      call: 'balance',
      operationId: 'checkBalance',
      fieldPath: 'code',
      names: /balance/i,
      async setup() {
        const el = await openPanel(env);
        await chooseType(el, 'Gift Card');
        fill(el, 'Code', 'GC-5000-0002');
        await el.updateComplete;
        return { root: el, state: () => [el.payments, $(el, '[part~="hint"]')?.textContent ?? ''] };
      },
      act: (context) => press(panelOf(context), '[part~="check-balance-button"]'),
      message: (context) => failureIn(context.root, '#f-reference-e'),
      retry: (context) => press(panelOf(context), '[part~="check-balance-button"]'),
      async succeeded(context) {
        const el = panelOf(context);
        await waitUntil(
          () => text($(el, '[part~="hint"]')) === 'Available balance: $100.00',
          `the balance did not show (${text($(el, '[part~="hint"]'))})`,
          WAIT,
        );
        if ($(el, '#f-reference-e')) throw new Error('the error is still shown');
      },
    },
  ];
}
