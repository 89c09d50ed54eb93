import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { OrderDetailsChangeEvent } from '../../../src/events/order-details-change.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, deepActiveElement, isShown, text } from '../../support/dom.js';
import { submitButton, tab, withDraft, workspace } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> gating', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  describe('"Submit Order"', () => {
    it('is disabled without a customer, and says what is missing', async () => {
      const el = await workspace(mock);
      const submit = submitButton(el);
      expect(text(submit)).to.equal('Submit Order');
      expect(submit.disabled).to.equal(true);
      expect(text($(el, '#submit-hint'))).to.equal('Choose the customer to submit the order.');
      expect(submit.getAttribute('aria-describedby')).to.equal('submit-hint');
      await expect(el).to.be.accessible();
    });

    it('is disabled for a customer who lacks what an order needs (Alan Turing has no phone)', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend, { customerId: 'alan' }));
      expect(submitButton(el).disabled).to.equal(true);
      expect(text($(el, '#submit-hint'))).to.equal('Complete the customer’s details to submit the order.');
    });

    it('is disabled without an item', async () => {
      const el = await workspace(mock);
      el.draft = buildDraft(mock.backend, { lines: [] });
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(true);
      expect(text($(el, '#submit-hint'))).to.equal('Add at least one item to submit the order.');
    });

    it('is enabled with a valid shopper and one item, without any payment', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      expect(el.draft.payments).to.deep.equal([]);
      expect(submitButton(el).disabled).to.equal(false);
      expect(text($(el, '#submit-hint'))).to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('tabs "Order Details" / "Payments"', () => {
    it('shows Order Details; Payments is disabled, with its reason, until the details are saved', async () => {
      const el = await workspace(mock);
      const list = $(el, '[role="tablist"]')!;
      const details = tab(el, 'Order Details');
      const payments = tab(el, 'Payments');
      expect(list.getAttribute('aria-label')).to.equal('Order');
      expect(details.getAttribute('aria-selected')).to.equal('true');
      expect(details.tabIndex).to.equal(0);
      expect(payments.getAttribute('aria-selected')).to.equal('false');
      expect(payments.tabIndex).to.equal(-1);
      expect(payments.getAttribute('aria-disabled')).to.equal('true');
      const reason = $(el, `#${payments.getAttribute('aria-describedby')}`);
      expect(text(reason)).to.equal('Payments open once the order details are saved.');
      expect(isShown(reason)).to.equal(true);
      const panel = $(el, `#${details.getAttribute('aria-controls')}`)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(details.id);
      expect(isShown(panel)).to.equal(true);

      payments.click();
      await el.updateComplete;
      expect(payments.getAttribute('aria-selected')).to.equal('false');
      expect(isShown($(el, '#panel-payments'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('opens Payments once the Order Details were saved', async () => {
      const el = await workspace(mock);
      el.draft = buildDraft(mock.backend, { lines: [] });
      const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      // What the dialog fires on "Save" (the full Save is driven in builder-details.test.ts).
      dialog.dispatchEvent(new OrderDetailsChangeEvent({ draft: buildDraft(mock.backend) }));
      await el.updateComplete;
      const payments = tab(el, 'Payments');
      expect(payments.getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '#payments-hint')).to.equal(null);

      payments.click();
      await el.updateComplete;
      expect(payments.getAttribute('aria-selected')).to.equal('true');
      expect(payments.tabIndex).to.equal(0);
      expect(isShown($(el, '#panel-payments'))).to.equal(true);
      expect(isShown($(el, '#panel-details'))).to.equal(false);
      await waitUntil(() => isShown($(el, 'payment-panel')), 'no payment panel', WAIT);
      await expect(el).to.be.accessible();
    });

    it('moves along the tabs with the arrow keys, Home and End, showing the tab reached', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const details = tab(el, 'Order Details');
      const payments = tab(el, 'Payments');
      details.focus();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(payments);
      expect(payments.getAttribute('aria-selected')).to.equal('true');
      expect([details.tabIndex, payments.tabIndex]).to.deep.equal([-1, 0]);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(details);
      expect(details.getAttribute('aria-selected')).to.equal('true');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(payments);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(details);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(payments);
      expect(isShown($(el, '#panel-payments'))).to.equal(true);
    });

    it('lets the arrow keys reach a disabled Payments tab without showing it', async () => {
      const el = await workspace(mock);
      tab(el, 'Order Details').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(tab(el, 'Payments'));
      expect(tab(el, 'Order Details').getAttribute('aria-selected')).to.equal('true');
      expect(isShown($(el, '#panel-details'))).to.equal(true);
    });
  });
});
