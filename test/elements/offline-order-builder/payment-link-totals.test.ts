/**
 * "Send payment link" and the order's totals: "Send" pressed while they are being calculated (the
 * Order Details just saved) waits for them and sends once, with them; a pricing that fails is
 * said and nothing is sent. And `order-submit` says that the order goes by payment link.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderSubmitEvent } from '../../../src/events/order-submit.js';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import { $, button, control, text } from '../../support/dom.js';
import { buildDraft, CUSTOMERS } from '../../support/fixtures.js';
import { confirm, openConfirmation, tab, withDraft } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> Send payment link and the totals', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => {
    sessionStorage.clear();
    localStorage.removeItem('offline-order-submits');
  });

  const links = () => mock.backend.requestsFor('sendPaymentLink');
  const sendButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="payment-link-send-button"]')!;

  /** Ada's order on the Payments tab, the payment link's form open. */
  async function linkForm(): Promise<OfflineOrderBuilder> {
    const el = await withDraft(mock, buildDraft(mock.backend));
    tab(el, 'Payments').click();
    await waitUntil(() => $(el, '[part~="payment-link-button"]'), '"Send payment link" did not show', WAIT);
    $<HTMLButtonElement>(el, '[part~="payment-link-button"]')!.click();
    await waitUntil(() => $(el, '[part~="payment-link-form"]'), 'the form did not open', WAIT);
    return el;
  }

  /** Order Details: SAVE10 applied and checked, then `beforeSave`, then "Save" (back on Payments). */
  async function saveDetailsWithCoupon(el: OfflineOrderBuilder, beforeSave: () => void): Promise<void> {
    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open', WAIT);
    control(dialog, 'Coupon code')!.value = 'SAVE10';
    button(dialog, 'Apply')!.click();
    await waitUntil(
      () => text(dialog.shadowRoot!.querySelector('[part~="coupons"] li')).includes('Accepted'),
      'SAVE10 was not checked',
      WAIT,
    );
    beforeSave();
    button(dialog, 'Save')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close', WAIT);
    await waitUntil(() => tab(el, 'Payments').getAttribute('aria-selected') === 'true', 'not on Payments', WAIT);
  }

  it('waits for the totals being calculated, then sends once, with them', async () => {
    const el = await linkForm();
    let release = () => {};
    await saveDetailsWithCoupon(el, () => (release = mock.scenario.holdNext('priceOrder')));
    const submitted = oneEvent(el, 'order-submitted') as Promise<OrderSubmittedEvent>;
    sendButton(el).click();
    await waitUntil(() => sendButton(el).getAttribute('aria-busy') === 'true', 'Send was not busy', WAIT);
    expect(text(sendButton(el))).to.equal('Sending…');
    // Not sent, and not turned away: it waits for the answer.
    expect(links()).to.have.length(0);
    expect($(el, '[part~="payment-link-error"]')).to.equal(null);
    await expect(el).to.be.accessible();

    release();
    const { order, draft } = await submitted;
    expect(links()).to.have.length(1);
    expect(draft.coupons).to.deep.equal(['SAVE10']);
    expect(order.total).to.deep.equal(mock.backend.priceOrder('us', draft).total);
    await waitUntil(() => $(el, '[part~="payment-link-sent"]'), 'no success view', WAIT);
    expect(text($(el, '[part~="payment-link-sent"]'))).to.equal(`Payment link sent to ${CUSTOMERS.ada.email}.`);
  });

  it('says the totals could not be calculated, and sends nothing, when their pricing fails', async () => {
    const el = await linkForm();
    await saveDetailsWithCoupon(el, () => mock.scenario.failNext('priceOrder', 422));
    sendButton(el).click();
    await waitUntil(() => $(el, '[part~="payment-link-error"]'), 'nothing was said', WAIT);
    expect(text($(el, '[part~="payment-link-error"] p'))).to.equal('The totals could not be calculated.');
    expect($(el, '[part~="payment-link-error"]')!.closest('[role="alert"]')).to.not.equal(null);
    expect(sendButton(el).getAttribute('aria-busy')).to.equal('false');
    expect(links()).to.have.length(0);
    expect($(el, '[part~="success"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('order-submit', () => {
    it('says where the payment link goes (paymentLink.to)', async () => {
      const el = await linkForm();
      const request = oneEvent(el, 'order-submit') as Promise<OrderSubmitEvent>;
      sendButton(el).click();
      const event = await request;
      expect(event.paymentLink).to.deep.equal({ to: { email: CUSTOMERS.ada.email } });
      expect(event.idempotencyKey).to.be.a('string').and.not.equal('');
      await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    });

    it('has no paymentLink for "Submit Order"', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      const request = oneEvent(el, 'order-submit') as Promise<OrderSubmitEvent>;
      await openConfirmation(el);
      await confirm(el);
      const event = await request;
      expect(event.paymentLink).to.equal(undefined);
      expect(links()).to.have.length(0);
    });
  });
});
