import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import { $, $$, button, control, deepActiveElement, getControl, setValue, text } from '../../support/dom.js';
import { buildDraft, CUSTOMERS, NEWEST_ORDER_NUMBER } from '../../support/fixtures.js';
import {
  confirm,
  openConfirmation,
  renderBuilder,
  tab,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { storedDraft as stored } from '../../support/stored-draft.js';
import { WAIT } from '../../support/wait.js';

const CLAIMS = 'offline-order-submits';
const NEXT_NUMBER = String(NEWEST_ORDER_NUMBER + 1);
const UNCONFIRMED =
  'We could not confirm whether the order was created. Try again: the same order is sent again and never created twice.';

describe('<offline-order-builder> Send payment link', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => {
    sessionStorage.clear();
    localStorage.removeItem(CLAIMS);
  });

  const requests = () => mock.backend.requestsFor('sendPaymentLink');
  const orderCount = () => mock.backend.listOrders('us', { limit: 1 }).total!;
  const linkButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="payment-link-button"]');
  const sendButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="payment-link-send-button"]')!;
  const address = (el: OfflineOrderBuilder) => $<HTMLInputElement>(el, '#payment-link-address')!;
  const success = (el: OfflineOrderBuilder) => $(el, '[part~="success"]');
  const untilSent = (el: OfflineOrderBuilder) =>
    waitUntil(() => success(el), 'the order was not shown as submitted', { timeout: 8000 });

  /** The builder with `draft` (a buildDraft: Ada, a tote by Direct Ship, Ground, no payment), on the Payments tab. */
  async function onPayments(
    draft = buildDraft(mock.backend),
    { ordersHidden = true, adapter = mock.adapter }: { ordersHidden?: boolean; adapter?: OrderAdapter } = {},
  ): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    el.draft = draft;
    await untilPriced(el, mock);
    tab(el, 'Payments').click();
    await waitUntil(() => $(el, 'payment-panel'), 'the payment panel did not show', WAIT);
    if (adapter.sendPaymentLink) await waitUntil(() => linkButton(el), '"Send payment link" did not show', WAIT);
    await el.updateComplete;
    return el;
  }

  /** Presses "Send payment link" and waits for its form. */
  async function openForm(el: OfflineOrderBuilder): Promise<HTMLInputElement> {
    linkButton(el)!.click();
    await waitUntil(() => $(el, '[part~="payment-link-form"]'), 'the form did not open', WAIT);
    await el.updateComplete;
    return address(el);
  }

  async function send(el: OfflineOrderBuilder): Promise<void> {
    sendButton(el).click();
    await el.updateComplete;
  }

  describe('the button', () => {
    it('shows after the payment panel, closed, and opens a form with the customer’s email prefilled and focused', async () => {
      const el = await onPayments();
      const panel = $(el, 'payment-panel')!;
      const link = linkButton(el)!;
      expect(text(link)).to.equal('Send payment link');
      expect(panel.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the panel').to.not.equal(0);
      expect(link.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();

      const field = await openForm(el);
      expect(link.getAttribute('aria-expanded')).to.equal('true');
      expect(text($(el, '[part~="payment-link-form"] legend'))).to.equal('Send to');
      expect(control(el.shadowRoot!, 'Email')!.checked).to.equal(true);
      expect(control(el.shadowRoot!, 'Text message')!.checked).to.equal(false);
      expect(field).to.equal(getControl(el.shadowRoot!, 'Email address'));
      expect(field.value).to.equal(CUSTOMERS.ada.email);
      expect(deepActiveElement() === field, 'focus on the address').to.equal(true);
      expect(text(sendButton(el))).to.equal('Send');
      await expect(el).to.be.accessible();
      expect(requests()).to.have.length(0);
    });

    it('is not there when the adapter cannot send a payment link', async () => {
      const adapter = { ...mock.adapter };
      delete adapter.sendPaymentLink;
      const el = await onPayments(buildDraft(mock.backend), { adapter });
      expect(linkButton(el)).to.equal(null);
      expect(button(el, 'Send payment link')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('sending', () => {
    it('submits the order once, with its key, to the address; the success view says where the link went and the list shows "Payment link sent"', async () => {
      const el = await onPayments(buildDraft(mock.backend), { ordersHidden: false });
      const before = orderCount();
      await openForm(el);
      const submitted = oneEvent(el, 'order-submitted') as Promise<OrderSubmittedEvent>;
      await send(el);
      // Pressed again while sending: nothing more is sent.
      sendButton(el)?.click();
      const event = await submitted;
      await untilSent(el);
      expect(requests()).to.have.length(1);
      const key = requests()[0]!.idempotencyKey!;
      expect(key).to.be.a('string').and.not.equal('');
      expect(requests()[0]!.url).to.equal('/api/v1/sites/us/orders/payment-link');
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(0);
      expect(mock.backend.paymentLinks).to.deep.equal([
        { siteId: 'us', orderId: event.order.id, to: { email: CUSTOMERS.ada.email } },
      ]);
      expect(mock.backend.submission(key)).to.include({ status: 'awaiting-payment', number: NEXT_NUMBER });
      expect(orderCount()).to.equal(before + 1);
      expect(event.order.status).to.equal('awaiting-payment');

      expect(text($(el, '[part~="success"] h2'))).to.equal(`Order ${NEXT_NUMBER} submitted`);
      expect(text($(el, '[part~="payment-link-sent"]'))).to.equal(`Payment link sent to ${CUSTOMERS.ada.email}.`);
      const list = $(el, 'oo-order-list')!;
      await waitUntil(
        () => text($(list, '[part~="order-status"]')) === 'Payment link sent',
        'the list did not show the order as "Payment link sent"',
        WAIT,
      );
      expect(text($(list, '[part~="order-number"]'))).to.equal(NEXT_NUMBER);
      await expect(el).to.be.accessible();
    });

    it('is busy while sending ("Sending…", aria-busy), and asks for no card', async () => {
      const el = await onPayments();
      await openForm(el);
      const release = mock.scenario.holdNext('sendPaymentLink');
      await send(el);
      await waitUntil(() => requests().length === 1, 'the link was not sent', WAIT);
      await el.updateComplete;
      expect(sendButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(sendButton(el))).to.equal('Sending…');
      // No card field anywhere: the payment panel's form is closed, the draft carries no payment.
      const panel = $<PaymentPanel>(el, 'payment-panel')!;
      expect(control(panel.shadowRoot!, 'Card number')).to.equal(null);
      expect(el.draft.payments).to.deep.equal([]);
      await expect(el).to.be.accessible();
      release();
      await untilSent(el);
      expect(requests()).to.have.length(1);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
    });

    it('sends by text message to the customer’s phone, prefilled when "Text message" is chosen', async () => {
      const el = await onPayments();
      await openForm(el);
      control(el.shadowRoot!, 'Text message')!.click();
      await el.updateComplete;
      const field = getControl(el.shadowRoot!, 'Phone number');
      expect(field.type).to.equal('tel');
      expect(field.value).to.equal(CUSTOMERS.ada.phone);
      setValue(field, '(512) 555-0199');
      await send(el);
      await untilSent(el);
      expect(mock.backend.paymentLinks.map((l) => l.to)).to.deep.equal([{ phone: '(512) 555-0199' }]);
      expect(text($(el, '[part~="payment-link-sent"]'))).to.equal('Payment link sent to (512) 555-0199.');
    });
  });

  describe('checks before sending', () => {
    it('refuses an email or a phone that is not one, at the field, and sends nothing', async () => {
      const el = await onPayments();
      const field = await openForm(el);
      setValue(field, 'ada@');
      await send(el);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#payment-link-address-e'))).to.equal('Enter an email address like name@example.com.');
      expect(field.getAttribute('aria-describedby')).to.equal('payment-link-address-e');
      expect(deepActiveElement() === field, 'focus on the field').to.equal(true);
      await expect(el).to.be.accessible();

      control(el.shadowRoot!, 'Text message')!.click();
      await el.updateComplete;
      const phone = getControl(el.shadowRoot!, 'Phone number');
      setValue(phone, '12');
      await send(el);
      expect(text($(el, '#payment-link-address-e'))).to.equal('Enter a phone number with 7 to 15 digits.');
      setValue(phone, '');
      await send(el);
      expect(text($(el, '#payment-link-address-e'))).to.equal('Enter a phone number with 7 to 15 digits.');
      await expect(el).to.be.accessible();
      expect(requests()).to.have.length(0);
    });

    it('refuses an order Submit Order would refuse (a shipped item without a shipping method), saying why', async () => {
      const el = await onPayments(buildDraft(mock.backend, { shippingMethodId: null }));
      await openForm(el);
      await send(el);
      await waitUntil(() => $(el, '[part~="payment-link-problems"]'), 'no problems were said', WAIT);
      const said = text($(el, '[part~="payment-link-problems"]'));
      expect(said).to.contain('Fix these before sending the payment link:');
      expect(said).to.contain('shipping method');
      expect($(el, '[part~="payment-link-problems"]')!.closest('[role="alert"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      expect(requests()).to.have.length(0);
      expect(success(el)).to.equal(null);
      // Another draft: what was said of the previous one no longer shows.
      el.draft = buildDraft(mock.backend);
      await el.updateComplete;
      expect($(el, '[part~="payment-link-problems"]')).to.equal(null);
    });
  });

  describe('an error', () => {
    it('is said with "Retry", which sends again with the same key: one order, one link', async () => {
      const el = await onPayments();
      const before = orderCount();
      await openForm(el);
      mock.scenario.failNext('sendPaymentLink', 'network', 4);
      await send(el);
      await waitUntil(() => $(el, '[part~="payment-link-error"]'), 'the error was not said', { timeout: 15_000 });
      expect(text($(el, '[part~="payment-link-error"] p'))).to.equal(UNCONFIRMED);
      expect(success(el)).to.equal(null);
      await expect(el).to.be.accessible();
      const retry = button(el, 'Retry')!;
      retry.click();
      await untilSent(el);
      const keys = requests().map((r) => r.idempotencyKey);
      expect(new Set(keys).size, `one key: ${keys.join(', ')}`).to.equal(1);
      expect(keys.length).to.equal(5);
      expect(mock.backend.paymentLinks).to.have.length(1);
      expect(orderCount()).to.equal(before + 1);
    });

    it('shows the backend’s refusal of the address at the field (nothing created)', async () => {
      // Past the element's own check, refused by the backend.
      const adapter: OrderAdapter = {
        ...mock.adapter,
        sendPaymentLink: (draft, _to, init) => mock.adapter.sendPaymentLink!(draft, { email: 'no-at-sign' }, init),
      };
      const el = await onPayments(buildDraft(mock.backend), { adapter });
      const field = await openForm(el);
      await send(el);
      await waitUntil(() => $(el, '#payment-link-address-e'), 'the refusal was not said at the field', WAIT);
      expect(text($(el, '#payment-link-address-e'))).to.equal('Enter an email address like name@example.com.');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(mock.backend.paymentLinks).to.have.length(0);
      // Not a problem of the order: Submit Order stays open to the agent.
      expect($(el, '[part~="submit-problems"]')).to.equal(null);
    });
  });

  describe('after a Submit Order whose outcome is unknown (an adapter without findOrder)', () => {
    it('sends the link with the same key: the order Submit Order created shows, no second order, no link said', async () => {
      const adapter = { ...mock.adapter };
      delete adapter.findOrder;
      const el = await onPayments(buildDraft(mock.backend), { adapter });
      const before = orderCount();
      // Every answer lost, after the backend created the order.
      mock.scenario.failNext('submitOrder', 'network', 4, { afterProcessing: true });
      await openConfirmation(el);
      await confirm(el);
      await waitUntil(() => text($(el, '[part~="submit-error"] p')) === UNCONFIRMED, 'no unknown outcome', {
        timeout: 15_000,
      });
      $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await el.updateComplete;
      await openForm(el);
      await send(el);
      await untilSent(el);
      const keys = [...mock.backend.requestsFor('submitOrder'), ...requests()].map((r) => r.idempotencyKey);
      expect(new Set(keys).size, `one key: ${keys.join(', ')}`).to.equal(1);
      expect(orderCount()).to.equal(before + 1);
      expect(mock.backend.paymentLinks).to.deep.equal([]);
      expect($(el, '[part~="payment-link-sent"]')).to.equal(null);
    });
  });

  describe('a reload while the link is being sent', () => {
    it('shows the order the held request created, says where the link went, and never sends it again', async () => {
      const draft = buildDraft(mock.backend);
      const before = orderCount();
      const first = await onPayments(draft);
      await openForm(first);
      const release = mock.scenario.holdNext('sendPaymentLink');
      await send(first);
      await waitUntil(
        () => requests().length === 1 && stored()?.attemptKey === requests()[0]!.idempotencyKey,
        'the key was not kept with the draft',
        WAIT,
      );
      const key = requests()[0]!.idempotencyKey!;
      first.remove();
      release();
      await waitUntil(() => mock.backend.submission(key), 'the held request did not create the order', WAIT);

      const el = await renderBuilder(mock.adapter, { siteId: 'us', ordersHidden: true });
      await untilSent(el);
      expect(text($(el, '[part~="success"] h2'))).to.equal(`Order ${NEXT_NUMBER} submitted`);
      expect(text($(el, '[part~="success-note"]'))).to.equal('This order was submitted before the page was reloaded.');
      expect(text($(el, '[part~="payment-link-sent"]'))).to.equal(`Payment link sent to ${CUSTOMERS.ada.email}.`);
      expect(mock.backend.requestsFor('findOrder').map((r) => r.url)).to.deep.equal([
        `/api/v1/sites/us/submissions/${key}`,
      ]);
      expect(requests()).to.have.length(1);
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(0);
      expect(mock.backend.paymentLinks).to.have.length(1);
      expect(orderCount()).to.equal(before + 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('opens with Enter, sends with Enter from the address, closes with Escape back to the button', async () => {
      const el = await onPayments();
      linkButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === address(el), 'focus did not go to the address', WAIT);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !$(el, '[part~="payment-link-form"]'), 'Escape did not close the form', WAIT);
      expect(deepActiveElement() === linkButton(el), 'focus back on the button').to.equal(true);
      expect(linkButton(el)!.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === address(el), 'focus did not go to the address', WAIT);
      // Shift+Tab reaches the chosen radio; the arrow chooses "Text message".
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(control(el.shadowRoot!, 'Text message')!.checked).to.equal(true);
      expect(address(el).value).to.equal(CUSTOMERS.ada.phone);
      address(el).focus();
      await sendKeys({ press: 'Enter' });
      await untilSent(el);
      expect(mock.backend.paymentLinks.map((l) => l.to)).to.deep.equal([{ phone: CUSTOMERS.ada.phone }]);
      expect($$(el, '[part~="payment-link-form"]')).to.have.length(0);
    });
  });
});
