/**
 * Where focus goes after the Payments step and in the confirmation (issue 15): a payment that pays
 * the order in full takes focus to "Submit Order"; one that does not, or a removal, to "Add
 * Payment"; never the page, never "Remove". The confirmation opens on its title, and Enter there
 * submits once, however often it is pressed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, deepActiveElement, describeElement, text } from '../../support/dom.js';
import { control, fill, fillCard, openForm, save } from '../../support/harness/payment-panel.js';
import {
  confirmButton,
  confirmDialog,
  openConfirmation,
  submitButton,
  withDraft,
} from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> focus after payments and in the confirmation', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const panelOf = (el: OfflineOrderBuilder) => $<PaymentPanel>(el, 'payment-panel')!;
  const addButton = (el: OfflineOrderBuilder) => $(panelOf(el), '[part~="add-button"]');
  const focusIs = (target: Element | null, what: string) =>
    waitUntil(() => target && deepActiveElement() === target, `focus is not on ${what}`, WAIT).catch(() => {
      throw new Error(`focus is on ${describeElement(deepActiveElement())}, not on ${what}`);
    });

  async function paymentsOf(): Promise<{ el: OfflineOrderBuilder; panel: PaymentPanel }> {
    const el = await withDraft(mock, buildDraft(mock.backend));
    $<HTMLButtonElement>(el, '#tab-payments')!.click();
    const panel = panelOf(el);
    await waitUntil(() => addButton(el), 'no Add Payment', WAIT);
    return { el, panel };
  }

  describe('after a payment is saved', () => {
    it('goes to "Submit Order" when the card pays the order in full (saved with "Save" or Enter)', async () => {
      const { el, panel } = await paymentsOf();
      await openForm(panel);
      fillCard(panel);
      await save(panel);
      await waitUntil(() => el.draft.payments.length === 1, 'the payment did not reach the draft', WAIT);
      await focusIs(submitButton(el), '"Submit Order"');
      await panel.updateComplete;
      // Still there after the panel and the builder rendered the new payment.
      expect(deepActiveElement()).to.equal(submitButton(el));
      await expect(el).to.be.accessible();
    });

    it('goes to "Add Payment" while a balance is due', async () => {
      const { el, panel } = await paymentsOf();
      await openForm(panel);
      fill(panel, 'Amount', '10');
      fillCard(panel);
      control(panel, 'Security code').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.draft.payments.length === 1, 'the payment did not reach the draft', WAIT);
      await focusIs(addButton(el), '"Add Payment"');
      await expect(el).to.be.accessible();
    });

    it('goes to "Add Payment" after "Remove", never to the page', async () => {
      const { el, panel } = await paymentsOf();
      await openForm(panel);
      fillCard(panel);
      await save(panel);
      await waitUntil(() => el.draft.payments.length === 1, 'the payment did not reach the draft', WAIT);
      const remove = $<HTMLButtonElement>(panel, '[part~="remove-button"]')!;
      remove.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.draft.payments.length === 0, 'the payment was not removed', WAIT);
      await focusIs(addButton(el), '"Add Payment"');
      expect(deepActiveElement()).not.to.equal(document.body);
      await expect(el).to.be.accessible();
    });
  });

  describe('the confirmation', () => {
    it('opens on its title: Enter there does nothing; Tab reaches "Back", then "Submit Order"', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      submitButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => confirmDialog(el)?.open, 'the confirmation did not open', WAIT);
      const title = $(el, '#confirm-title')!;
      await focusIs(title, 'the title');
      expect(text(title)).to.equal('Submit this order?');
      expect(confirmDialog(el)!.getAttribute('aria-describedby')).to.equal('confirm-intro');
      await waitUntil(() => confirmButton(el).getAttribute('aria-disabled') === 'false', 'no totals', WAIT);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(confirmDialog(el)!.open).to.equal(true);
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(0);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part~="back-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(confirmButton(el));
      await expect(el).to.be.accessible();
    });

    it('sends one order for Enter pressed twice and held down while the submit is in flight', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const before = mock.backend.listOrders('us', { limit: 1 }).total!;
      const release = mock.scenario.holdNext('submitOrder');
      await openConfirmation(el);
      await waitUntil(() => confirmButton(el).getAttribute('aria-disabled') === 'false', 'no totals', WAIT);
      confirmButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => mock.backend.requestsFor('submitOrder').length === 1, 'nothing was sent', WAIT);
      await sendKeys({ press: 'Enter' });
      // A held key: keydowns that repeat.
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      confirmButton(el).click();
      expect(confirmButton(el).getAttribute('aria-busy')).to.equal('true');
      release();
      await waitUntil(() => $(el, '[part~="success"]'), 'no success view', WAIT);
      // Focus on the success view's heading: a further Enter does nothing there either.
      await focusIs($(el, '#new-order-heading'), 'the success heading');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(1);
      // The presses while it was in flight sent nothing at all, not even a lookup of the first one.
      expect(mock.backend.requestsFor('findOrder')).to.have.length(0);
      expect(mock.backend.listOrders('us', { limit: 1 }).total).to.equal(before + 1);
    });
  });
});
