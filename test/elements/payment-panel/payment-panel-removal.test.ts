import { expect, oneEvent } from '@open-wc/testing';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import type { Payment } from '../../../src/model/types.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, deepActiveElement, liveText, text } from '../../support/dom.js';
import {
  chooseType,
  fill,
  openForm,
  paymentRows,
  renderPanel,
  save,
  usd,
} from '../../support/harness/payment-panel.js';
import { record, check, untilPayments } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('removal', () => {
    const card: Payment = {
      id: 'pay-card',
      typeId: 'credit-card',
      kind: 'credit-card',
      amount: usd(5000),
      card: { token: 'tok_abc', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
    };

    it('removes a payment, fires payments-change, says so with "Undo" and focuses Add Payment', async () => {
      const el = await renderPanel({ adapter: mock.adapter, payments: [card, check(5000)] });
      const remove = $$<HTMLButtonElement>(el, '[part="remove-button"]');
      expect(remove.map(text)).to.deep.equal(['Remove Visa •••• 1111', 'Remove Check 1024']);
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      remove[0]!.click();
      const event = await changed;
      expect(event.payments.map((p) => p.id)).to.deep.equal(['pay-check-1024']);
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Check 1024 $50.00']);
      expect(text($(el, '[part="balance-due"]'))).to.equal('$50.00');
      // The status is a polite live region with the message and its "Undo".
      const status = $(el, '[part~="undo-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Visa •••• 1111 removed. Undo');
      expect(status.contains($(el, '[part~="undo-button"]'))).to.equal(true);
      expect(deepActiveElement()).to.equal($(el, '[part="add-button"]'));
      await expect(el).to.be.accessible();
    });

    it('"Undo" puts the payment back in its place, fires payments-change and focuses its row', async () => {
      const el = await renderPanel({ adapter: mock.adapter, payments: [card, check(5000)] });
      const events = record(el);
      $$<HTMLButtonElement>(el, '[part="remove-button"]')[0]!.click();
      await el.updateComplete;
      const undo = $<HTMLButtonElement>(el, '[part~="undo-button"]')!;
      expect(text(undo)).to.equal('Undo');
      undo.focus();
      undo.click();
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Visa •••• 1111 $50.00', 'Check 1024 $50.00']);
      expect(events.map((e) => e.payments.map((p) => p.id))).to.deep.equal([
        ['pay-check-1024'],
        ['pay-card', 'pay-check-1024'],
      ]);
      expect(events[1]!.payments[0]).to.deep.equal(card);
      expect($(el, '[part~="undo-button"]')).to.equal(null);
      expect(liveText(el)).to.equal('Visa •••• 1111 restored.');
      const row = $$(el, '[part="payment"]')[0]!;
      expect(deepActiveElement()?.localName).to.equal('li');
      expect(deepActiveElement() === row).to.equal(true);
      expect(row.getAttribute('tabindex')).to.equal('-1');
      await expect(el).to.be.accessible();
    });

    it('takes "Undo" away once another payment is added', async () => {
      const el = await renderPanel({ adapter: mock.adapter, payments: [card] });
      $<HTMLButtonElement>(el, '[part="remove-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="undo-button"]')).to.not.equal(null);
      await openForm(el);
      await chooseType(el, 'Check');
      fill(el, 'Check number', '7');
      fill(el, 'Amount', '10');
      await save(el);
      await untilPayments(el, 1);
      expect($(el, '[part~="undo-button"]')).to.equal(null);
      expect(liveText(el)).to.equal('Check 7 added.');
    });
  });
});
