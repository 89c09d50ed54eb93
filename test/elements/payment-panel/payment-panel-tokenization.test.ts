import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import type { CardBrand, CardSummary } from '../../../src/model/types.js';
import { useMockBackend } from '../../support/mock.js';
import { TEST_CARDS } from '../../support/fixtures.js';
import { $, deepActiveElement, liveText, text } from '../../support/dom.js';
import {
  control,
  errorAt,
  fill,
  fillCard,
  hasField,
  openForm,
  paymentRows,
  renderPanel,
  save,
  usd,
} from '../../support/harness/payment-panel.js';
import { record, UNUSABLE, untilPayments } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('tokenization', () => {
    it('keeps only the token, brand, last four and expiry, clears the inputs and shows "Visa •••• 1111"', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      const events = record(el);
      await openForm(el);
      fill(el, 'Amount', '60');
      fillCard(el);
      const number = control(el, 'Card number');
      const code = control(el, 'Security code');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      const event = await changed;

      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.payments).to.have.length(1);
      const [payment] = event.payments;
      expect(Object.keys(payment!).sort()).to.deep.equal(['amount', 'card', 'id', 'kind', 'typeId']);
      expect(payment!.kind).to.equal('credit-card');
      expect(payment!.typeId).to.equal('credit-card');
      expect(payment!.amount).to.deep.equal(usd(6000));
      expect(Object.keys(payment!.card!).sort()).to.deep.equal([
        'brand',
        'expiryMonth',
        'expiryYear',
        'last4',
        'token',
      ]);
      expect(payment!.card).to.include({ brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 });
      expect(payment!.card!.token).to.match(/^tok_/);
      expect(number.value).to.equal('');
      expect(code.value).to.equal('');
      await el.updateComplete;
      expect($(el, 'form')).to.equal(null);
      expect(paymentRows(el)).to.deep.equal(['Visa •••• 1111 $60.00']);
      expect(text($(el, '[part="balance-due"]'))).to.equal('$40.00');
      expect(liveText(el)).to.equal('Visa •••• 1111 added.');
      expect(deepActiveElement()).to.equal($(el, '[part="add-button"]'));
      expect(events).to.have.length(1);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('focuses the new payment’s row, not the page, when the card pays the whole balance', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      fillCard(el);
      $<HTMLButtonElement>(el, '[part="save-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await untilPayments(el, 1);
      expect(text($(el, '[part="note"]'))).to.equal('The order is paid in full.');
      const row = $(el, '[part="payment"]')!;
      // Compared by name: a failure then prints the focused element's tag, not the whole page.
      expect(deepActiveElement()?.localName).to.equal('li');
      expect(deepActiveElement() === row).to.equal(true);
      // Named by the payment and its amount; the next Tab reaches its "Remove", which asks nothing but can be undone.
      expect(
        row
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => text($(el, `#${id}`))),
      ).to.deep.equal(['Visa •••• 1111', '$100.00']);
      await expect(el).to.be.accessible();
    });

    it('sends the customer’s default billing address, or the shipping address when "Same as shipping address"', async () => {
      const bodies: unknown[] = [];
      const { createRestAdapter } = await import('../../../src/adapter/rest-adapter.js');
      const adapter = createRestAdapter({
        baseUrl: mock.baseUrl,
        fetch: (input, init) => {
          if (String(input instanceof Request ? input.url : input).endsWith('/card-tokens'))
            bodies.push(JSON.parse(String(init?.body)));
          return fetch(input, init);
        },
      });
      const katherine = mock.backend.findCustomer('katherine')!;
      const el = await renderPanel({ adapter, customer: katherine });
      await openForm(el);
      const same = $<HTMLInputElement>(el, '[part="billing-address"] input[type="checkbox"]')!;
      expect(same.checked).to.equal(false);
      expect(control(el, 'City').value).to.equal('Hampton');
      fill(el, 'Amount', '50');
      fillCard(el);
      await save(el);
      await untilPayments(el, 1);
      expect((bodies[0] as { billingAddress: { city: string } }).billingAddress.city).to.equal('Hampton');

      await openForm(el);
      $<HTMLInputElement>(el, '[part="billing-address"] input[type="checkbox"]')!.click();
      await el.updateComplete;
      expect(hasField(el, 'City')).to.equal(false);
      expect(text($(el, '[part="billing-address"] p'))).to.contain('Newport News');
      fill(el, 'Amount', '10');
      fillCard(el);
      await save(el);
      await untilPayments(el, 2);
      expect((bodies[1] as { billingAddress: { city: string } }).billingAddress.city).to.equal('Newport News');
    });

    it('checks "Same as shipping address" when the default billing address is the shipping address', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      expect($<HTMLInputElement>(el, '[part="billing-address"] input[type="checkbox"]')!.checked).to.equal(true);
      expect(text($(el, '[part="billing-address"] p'))).to.contain('Austin');
      await expect(el).to.be.accessible();
    });

    it('shows a decline in the form and keeps what the agent typed', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      const events = record(el);
      await openForm(el);
      fill(el, 'Amount', '25.50');
      fillCard(el, { number: '4000 0000 0000 0002' });
      await save(el);
      await waitUntil(() => $(el, '[part="form-error"]'), 'no decline shown', { timeout: 5000 });
      const error = $(el, '[part="form-error"]')!;
      expect(text(error)).to.equal('The card was declined. Ask the shopper for another card.');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(deepActiveElement()).to.equal(error);
      expect(control(el, 'Card number').value).to.equal('4000 0000 0000 0002');
      expect(control(el, 'Name on card').value).to.equal('Ada Lovelace');
      expect(control(el, 'Expiry (MM/YY)').value).to.equal('12/30');
      expect(control(el, 'Amount').value).to.equal('25.50');
      expect(events).to.have.length(0);
      expect(el.payments).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    for (const [what, spoil] of [
      ['the whole number as the last four', (c: CardSummary) => ({ ...c, last4: TEST_CARDS.visa })],
      ['the number grouped as typed', (c: CardSummary) => ({ ...c, last4: '4111 1111 1111 1111' })],
      ['three digits as the last four', (c: CardSummary) => ({ ...c, last4: '111' })],
      ['letters as the last four', (c: CardSummary) => ({ ...c, last4: 'abcd' })],
      ['the number inside the token', (c: CardSummary) => ({ ...c, token: `tok_${TEST_CARDS.visa}` })],
      ['no token', (c: CardSummary) => ({ ...c, token: '' })],
    ] as const) {
      it(`refuses a tokenizer’s answer with ${what}, and shows or sends nothing of it`, async () => {
        // A custom adapter whose tokenizer answers what it should not.
        const adapter: OrderAdapter = {
          ...mock.adapter,
          tokenizeCard: async (request, init) => spoil(await mock.adapter.tokenizeCard(request, init)),
        };
        const el = await renderPanel({ adapter, customer: mock.backend.findCustomer('ada')! });
        const events = record(el);
        await openForm(el);
        fillCard(el);
        await save(el);
        await waitUntil(() => $(el, '[part="form-error"]'), 'nothing refused', { timeout: 5000 });
        const error = $(el, '[part="form-error"]')!;
        expect(text(error)).to.equal(UNUSABLE);
        expect(deepActiveElement()).to.equal(error);
        expect(events).to.have.length(0);
        expect(el.payments).to.deep.equal([]);
        expect(paymentRows(el)).to.deep.equal([]);
        expect(liveText(el)).to.equal('');
        // The number is still in its input for another try, and in no text of the page.
        expect(control(el, 'Card number').value).to.equal('4111 1111 1111 1111');
        const shown = (el.shadowRoot!.textContent ?? '').replace(/\s/g, '');
        expect(shown).not.to.include(TEST_CARDS.visa);
        expect(shown).not.to.include('••••');
        await expect(el).to.be.accessible();
      });
    }

    it('keeps a brand it does not know as "unknown"', async () => {
      const adapter: OrderAdapter = {
        ...mock.adapter,
        tokenizeCard: async (request, init) => ({
          ...(await mock.adapter.tokenizeCard(request, init)),
          brand: 'toString' as CardBrand,
        }),
      };
      const el = await renderPanel({ adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      fillCard(el);
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      expect((await changed).payments[0]!.card).to.deep.include({ brand: 'unknown', last4: '1111' });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Card •••• 1111 $100.00']);
    });

    it('clears the number when the provider says the number itself is invalid', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      // UnionPay skips Luhn here; the provider does not.
      fillCard(el, { number: '6212 3456 7890 1234' });
      await save(el);
      await waitUntil(() => errorAt(el, 'Card number'), 'no error at the number', { timeout: 5000 });
      expect(errorAt(el, 'Card number')).to.equal('This card number is not valid. Check it with the shopper.');
      expect(control(el, 'Card number').value).to.equal('');
      expect(control(el, 'Expiry (MM/YY)').value).to.equal('12/30');
      expect($(el, '[part="form-error"]')).to.equal(null);
    });

    it('says what failed when the tokenizer cannot be reached, keeping the fields', async () => {
      mock.scenario.failNext('tokenizeCard', 503);
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      fillCard(el);
      await save(el);
      await waitUntil(() => $(el, '[part="form-error"]'), 'no error shown', { timeout: 5000 });
      expect(text($(el, '[part="form-error"]'))).to.equal(
        'The card was not added. The order service is unavailable. Try again in a moment.',
      );
      expect(control(el, 'Card number').value).to.equal('4111 1111 1111 1111');
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(1);
    });

    it('sends one request however often Save is pressed', async () => {
      const release = mock.scenario.holdNext('tokenizeCard');
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      fillCard(el);
      await save(el);
      await save(el);
      expect($(el, 'form')?.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part="save-button"]'))).to.equal('Saving…');
      await expect(el).to.be.accessible();
      release();
      await untilPayments(el, 1);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(1);
    });
  });
});
