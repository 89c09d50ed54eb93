import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DeclinedError, UnavailableError } from '../../../src/adapter/errors.js';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import { useMockBackend } from '../../support/mock.js';
import { $, text } from '../../support/dom.js';
import { fill, hasField, openForm, paymentRows, renderPanel, save } from '../../support/harness/payment-panel.js';
import { record, UNUSABLE } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('hosted fields', () => {
    it('replaces the card inputs with the card-fields slot and takes the host’s token', async () => {
      let asked: unknown;
      const el = await renderPanel({
        adapter: mock.adapter,
        hosted: true,
        customer: mock.backend.findCustomer('ada')!,
        tokenizeHosted: (async (details: unknown) => {
          asked = details;
          return {
            token: 'tok_hosted',
            brand: 'mastercard',
            last4: '4444',
            expiryMonth: 1,
            expiryYear: 2031,
            extra: 'dropped',
          };
        }) as never,
      });
      const frame = document.createElement('div');
      frame.slot = 'card-fields';
      frame.textContent = 'Provider fields';
      el.append(frame);
      await openForm(el);
      expect(hasField(el, 'Card number')).to.equal(false);
      expect(hasField(el, 'Security code')).to.equal(false);
      const slot = $<HTMLSlotElement>(el, 'slot[name="card-fields"]')!;
      expect(slot.assignedElements()).to.deep.equal([frame]);
      expect(frame.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      fill(el, 'Name on card', 'Ada Lovelace');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      const event = await changed;
      expect(asked).to.deep.include({ nameOnCard: 'Ada Lovelace' });
      expect((asked as { billingAddress: { city: string } }).billingAddress.city).to.equal('Austin');
      expect(event.payments[0]!.card).to.deep.equal({
        token: 'tok_hosted',
        brand: 'mastercard',
        last4: '4444',
        expiryMonth: 1,
        expiryYear: 2031,
      });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Mastercard •••• 4444 $100.00']);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
    });

    it('shows the provider’s decline, and that the card was not added before anything else', async () => {
      let error: unknown = new DeclinedError('The card was declined. Ask the shopper for another card.');
      const el = await renderPanel({
        adapter: mock.adapter,
        hosted: true,
        customer: mock.backend.findCustomer('ada')!,
        tokenizeHosted: () => Promise.reject(error),
      });
      await openForm(el);
      fill(el, 'Name on card', 'Ada Lovelace');
      await save(el);
      await waitUntil(() => $(el, '[part="form-error"]'), 'no error', { timeout: 5000 });
      expect(text($(el, '[part="form-error"]'))).to.equal('The card was declined. Ask the shopper for another card.');
      error = new Error('provider internals 4111111111111111');
      await save(el);
      await waitUntil(
        () => text($(el, '[part="form-error"]')) === 'The card was not added. Something went wrong. Try again.',
        'no plain error',
        {
          timeout: 5000,
        },
      );
      error = new UnavailableError('The payment provider is not available. Try again.');
      await save(el);
      await waitUntil(
        () =>
          text($(el, '[part="form-error"]')) ===
          'The card was not added. The payment provider is not available. Try again.',
        'no error',
        { timeout: 5000 },
      );
      expect(el.payments).to.have.length(0);
    });

    it('refuses a host’s token result whose last four are not four digits', async () => {
      const el = await renderPanel({
        adapter: mock.adapter,
        hosted: true,
        customer: mock.backend.findCustomer('ada')!,
        tokenizeHosted: async () => ({
          token: 'tok_hosted',
          brand: 'visa',
          last4: '4111111111111111',
          expiryMonth: 1,
          expiryYear: 2031,
        }),
      });
      const events = record(el);
      await openForm(el);
      fill(el, 'Name on card', 'Ada Lovelace');
      await save(el);
      await waitUntil(() => $(el, '[part="form-error"]'), 'nothing refused', { timeout: 5000 });
      expect(text($(el, '[part="form-error"]'))).to.equal(UNUSABLE);
      expect(events).to.have.length(0);
      expect(el.payments).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).not.to.include('4111111111111111');
      await expect(el).to.be.accessible();
    });

    it('says the card could not be added when no tokenizer is set', async () => {
      const el = await renderPanel({
        adapter: mock.adapter,
        hosted: true,
        customer: mock.backend.findCustomer('ada')!,
      });
      await openForm(el);
      fill(el, 'Name on card', 'Ada Lovelace');
      await save(el);
      await waitUntil(() => $(el, '[part="form-error"]'), 'no error', { timeout: 5000 });
      expect(text($(el, '[part="form-error"]'))).to.equal('The card was not added. Something went wrong. Try again.');
    });
  });
});
