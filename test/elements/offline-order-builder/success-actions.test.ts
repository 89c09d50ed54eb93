import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { $, $$, button, deepActiveElement, getControl, setValue, text } from '../../support/dom.js';
import {
  confirm,
  fullDraft,
  openConfirmation,
  renderBuilder,
  untilPriced,
  withDraft,
} from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> after submit: Print and Email confirmation', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(async () => {
    sessionStorage.clear();
    await emulateMedia({ media: 'screen' });
  });

  async function submitted(el: OfflineOrderBuilder): Promise<OfflineOrderBuilder> {
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    await el.updateComplete;
    return el;
  }

  const heading = (el: OfflineOrderBuilder) => $(el, '#new-order-heading')!;
  const orderNumber = (el: OfflineOrderBuilder) => /Order (\S+) submitted/.exec(text(heading(el)))![1]!;
  const emailButton = (el: OfflineOrderBuilder) => button(el, 'Email confirmation');
  const status = (el: OfflineOrderBuilder) => $(el, '[part~="email-status"]')!;

  async function openEmail(el: OfflineOrderBuilder): Promise<HTMLInputElement> {
    emailButton(el)!.click();
    await el.updateComplete;
    return getControl(el.shadowRoot!, 'Email address');
  }

  async function send(el: OfflineOrderBuilder): Promise<void> {
    button(el, 'Send')!.click();
    await el.updateComplete;
  }

  describe('the success view', () => {
    it('offers "Create New Order", "Print" and "Email confirmation" after the read-back; focus stays on the heading', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      const names = $$(el, '[part~="success-actions"] button').map(text);
      expect(names).to.deep.equal(['Create New Order', 'Print', 'Email confirmation']);
      expect(deepActiveElement() === heading(el), 'focus').to.equal(true);
      // The read-back of the order as submitted: customer, items with fulfillment, shipping, totals, payments, balance.
      const readBack = text($(el, '[part~="success"] [part~="read-back"]'));
      expect(readBack).to.contain('Ada Lovelace');
      expect(readBack).to.contain('Direct Ship');
      expect(readBack).to.contain('Pickup at Downtown Store');
      expect(readBack).to.contain('Visa •••• 1111');
      expect(readBack).to.contain('Balance due');
      expect(readBack).not.to.contain('Recalculating…');
      await expect(el).to.be.accessible();
    });

    it('has no "Email confirmation" when the adapter cannot send one (still "Print")', async () => {
      const adapter = { ...mock.adapter };
      delete adapter.sendConfirmation;
      const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
      await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
      el.draft = fullDraft(mock.backend);
      await untilPriced(el, mock);
      await submitted(el);
      expect(button(el, 'Print') !== null, 'Print').to.equal(true);
      expect(emailButton(el) === null, 'no Email confirmation').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('Print', () => {
    it('calls window.print', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      const print = window.print;
      let calls = 0;
      window.print = () => void calls++;
      try {
        button(el, 'Print')!.click();
      } finally {
        window.print = print;
      }
      expect(calls).to.equal(1);
    });

    it('prints only the read-back of the submitted order: no header, orders, splitter or buttons', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend), { ordersHidden: false }));
      const shown = (selector: string) => {
        const node = $(el, selector);
        return !!node && getComputedStyle(node).display !== 'none' && node.getClientRects().length > 0;
      };
      expect(shown('[part~="header"]')).to.equal(true);
      expect(shown('[part~="orders-pane"]')).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(shown('[part~="header"]')).to.equal(false);
      expect(shown('[part~="orders-pane"]')).to.equal(false);
      expect(shown('[part~="splitter"]')).to.equal(false);
      expect(shown('[part~="success-actions"]')).to.equal(false);
      expect(shown('#new-order-heading')).to.equal(true);
      expect(shown('[part~="success"] [part~="read-back"]')).to.equal(true);
      expect(shown('[part~="read-back-balance"]')).to.equal(true);
    });
  });

  describe('Email confirmation', () => {
    it("sends the confirmation of the order to the shopper's email, prefilled, and says so", async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      const number = orderNumber(el);
      const field = await openEmail(el);
      expect(field.value).to.equal('ada.lovelace@example.com');
      expect(deepActiveElement() === field, 'focus').to.equal(true);
      expect(emailButton(el)!.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
      await send(el);
      await waitUntil(() => text(status(el)), 'nothing was said', WAIT);
      expect(text(status(el))).to.equal('Confirmation sent to ada.lovelace@example.com.');
      expect(status(el).getAttribute('role')).to.equal('status');
      const order = mock.backend.listOrders('us', { limit: 1 }).items[0]!;
      expect(order.number).to.equal(number);
      expect(mock.backend.confirmations).to.deep.equal([
        { siteId: 'us', orderId: order.id, email: 'ada.lovelace@example.com' },
      ]);
      expect(mock.backend.requestsFor('sendConfirmation').map((r) => r.url)).to.deep.equal([
        `/api/v1/sites/us/orders/${encodeURIComponent(order.id)}/confirmation`,
      ]);
      // The form is gone; focus back on the button that opened it.
      expect(control(el) === null, 'the form is gone').to.equal(true);
      expect(deepActiveElement() === emailButton(el), 'focus').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('sends to an address the agent typed instead', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      setValue(await openEmail(el), 'grace.hopper@example.com');
      await send(el);
      await waitUntil(() => text(status(el)), 'nothing was said', WAIT);
      expect(text(status(el))).to.equal('Confirmation sent to grace.hopper@example.com.');
      expect(mock.backend.confirmations.map((c) => c.email)).to.deep.equal(['grace.hopper@example.com']);
    });

    it('refuses an address that is not one, at the field, and sends nothing', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      const field = await openEmail(el);
      setValue(field, 'ada.lovelace@example');
      await send(el);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#confirmation-email-e'))).to.equal('Enter an email address like name@example.com.');
      expect(deepActiveElement() === field, 'focus').to.equal(true);
      expect(mock.backend.requestsFor('sendConfirmation')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("shows the adapter's error with Retry, which sends again", async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      mock.scenario.failNext('sendConfirmation', 503, 1, { retryAfter: 0 });
      await openEmail(el);
      await send(el);
      await waitUntil(() => $(el, '[part~="email-error"]'), 'no error shown', WAIT);
      const error = $(el, '[part~="email-error"]')!;
      expect(error.parentElement!.getAttribute('role')).to.equal('alert');
      expect(text(error.querySelector('p'))).to.match(/^The confirmation was not sent\. /);
      // Not retried by the adapter: one request until the agent asks again.
      expect(mock.backend.requestsFor('sendConfirmation')).to.have.length(1);
      await expect(el).to.be.accessible();
      button(el, 'Retry')!.click();
      await waitUntil(() => text(status(el)), 'nothing was said', WAIT);
      expect(text(status(el))).to.equal('Confirmation sent to ada.lovelace@example.com.');
      expect($(el, '[part~="email-error"]') === null, 'the error is gone').to.equal(true);
      expect(mock.backend.confirmations).to.have.length(1);
    });

    it('"Create New Order" still starts the next order, with focus on the customer', async () => {
      const el = await submitted(await withDraft(mock, fullDraft(mock.backend)));
      await openEmail(el);
      button(el, 'Create New Order')!.click();
      await waitUntil(() => $(el, 'customer-search'), 'no new order', WAIT);
      expect($(el, '[part~="success"]') === null, 'the success view is gone').to.equal(true);
    });
  });

  function control(el: OfflineOrderBuilder): HTMLInputElement | null {
    return $<HTMLInputElement>(el, '#confirmation-email');
  }
});
