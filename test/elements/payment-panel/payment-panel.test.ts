import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DeclinedError, UnavailableError } from '../../../src/adapter/errors.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import type { PaymentsChangeEvent } from '../../../src/events/payments-change.js';
import { money } from '../../../src/model/money.js';
import type { CardBrand, CardSummary, Payment } from '../../../src/model/types.js';
import { expectSaidOnce } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { BALANCE_CODES, SITES, TEST_CARDS } from '../../support/fixtures.js';
import { $, $$, deepActiveElement, getButton, liveText, text } from '../../support/dom.js';
import {
  chooseType,
  control,
  errorAt,
  fill,
  fillBilling,
  fillCard,
  hasField,
  openForm,
  paymentRows,
  renderPanel,
  save,
  usd,
} from '../../support/harness/payment-panel.js';

/** Records the payments-change events an element fires from now on. */
function record(el: PaymentPanel): PaymentsChangeEvent[] {
  const events: PaymentsChangeEvent[] = [];
  el.addEventListener('payments-change', (event) => events.push(event));
  return events;
}

/** The form's error for a tokenizer's answer that cannot be trusted. */
const UNUSABLE =
  'The card could not be added: the payment service gave an answer that cannot be used. Try again, or take another payment type.';

const check = (amount: number, reference = '1024'): Payment => ({
  id: `pay-check-${reference}`,
  typeId: 'check',
  kind: 'check',
  amount: usd(amount),
  reference,
});

async function untilPayments(el: PaymentPanel, count: number): Promise<void> {
  await waitUntil(() => el.payments.length === count, `expected ${count} payments`, { timeout: 5000 });
  await el.updateComplete;
}

describe('<payment-panel>', () => {
  const mock = useMockBackend();

  describe('totals', () => {
    it('shows the order total, what is paid and the balance due in the site’s currency', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 12345, payments: [check(2345)] });
      expect(text($(el, '[part="order-total"]'))).to.equal('$123.45');
      expect(text($(el, '[part="paid"]'))).to.equal('$23.45');
      expect(text($(el, '[part="balance-due"]'))).to.equal('$100.00');
      expect($$(el, 'dt').map(text)).to.deep.equal(['Order total', 'Paid', 'Balance due']);
      expect(paymentRows(el)).to.deep.equal(['Check 1024 $23.45']);
      await expect(el).to.be.accessible();
    });

    it('formats in the page’s locale and the site’s currency', async () => {
      // Canadian dollars in an English (US) page: unambiguous (issue 9, item 5).
      const en = await fixture<HTMLElement>(
        html`<div lang="en-US">
          <payment-panel .adapter=${mock.adapter} .site=${SITES.ca} .total=${money(4200, 'CAD')}></payment-panel>
        </div>`,
      );
      expect(text($(en.querySelector('payment-panel')!, '[part="balance-due"]'))).to.equal('CA$42.00');
      const fr = await fixture<HTMLElement>(
        html`<div lang="fr-CA">
          <payment-panel .adapter=${mock.adapter} .site=${SITES.ca} .total=${money(123456, 'CAD')}></payment-panel>
        </div>`,
      );
      expect(text($(fr.querySelector('payment-panel')!, '[part="order-total"]'))).to.equal('1 234,56 $');
    });

    it('says there is nothing to pay yet while the total is zero, and offers no Add Payment', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 0 });
      expect(text($(el, '[part="note"]'))).to.equal('Nothing to pay yet: the order total is zero.');
      expect($(el, '[part="add-button"]')).to.equal(null);
      expect($(el, '[part="totals"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows only the note without a total', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: null });
      expect($(el, '[part="totals"]')).to.equal(null);
      expect(text($(el, '[part="note"]'))).to.equal('Nothing to pay yet: the order total is zero.');
    });

    it('says the order is paid in full once the payments reach the total', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 5000, payments: [check(5000)] });
      expect(text($(el, '[part="note"]'))).to.equal('The order is paid in full.');
      expect($(el, '[part="add-button"]')).to.equal(null);
    });

    it('warns when the total drops below the payments', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 5000, payments: [check(4000)] });
      expect($(el, '[part="error"]')).to.equal(null);
      el.total = usd(3000);
      await el.updateComplete;
      const alert = $(el, '[part="error"]');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('The payments add up to more than the order total. Remove a payment.');
      await expect(el).to.be.accessible();
    });

    it('renders payments a host sets without firing payments-change', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      const events = record(el);
      el.payments = [check(1000)];
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Check 1024 $10.00']);
      expect(events).to.have.length(0);
    });
  });

  // Review of issue 9, item 1: the amount was filled in from the model's preview of a total still
  // being recalculated, and checked against it.
  describe('while the total is recalculated', () => {
    const hint = (el: PaymentPanel) => {
      const id = control(el, 'Amount')
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((i) => i.endsWith('-h'));
      return id ? text($(el, `#${id}`)) : '';
    };

    it('says so instead of figures, and fills the amount in with the balance due when the total comes', async () => {
      const el = await renderPanel({
        adapter: mock.adapter,
        total: 2499,
        totalStatus: 'pending',
        payments: [check(500)],
      });
      expect(text($(el, '[part="order-total"]'))).to.equal('Recalculating…');
      expect(text($(el, '[part="paid"]'))).to.equal('$5.00');
      expect(text($(el, '[part="balance-due"]'))).to.equal('Recalculating…');
      await openForm(el);
      expect(control(el, 'Amount').value).to.equal('');
      expect(hint(el)).to.equal('Recalculating… The amount fills in when the total arrives.');
      await expect(el).to.be.accessible();

      el.total = usd(3566);
      el.totalStatus = 'ready';
      await el.updateComplete;
      expect(control(el, 'Amount').value).to.equal('30.66');
      expect(hint(el)).to.equal('');
      expect(text($(el, '[part="balance-due"]'))).to.equal('$30.66');
    });

    it('keeps an amount the agent typed meanwhile, and does not check it against the preview', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 2499, totalStatus: 'pending' });
      await openForm(el);
      fill(el, 'Amount', '35.66');
      el.total = usd(3566);
      el.totalStatus = 'ready';
      await el.updateComplete;
      expect(control(el, 'Amount').value).to.equal('35.66');

      // Saved while the total is recalculated again: more than the preview's 24.99, not refused for it.
      el.total = usd(2499);
      el.totalStatus = 'pending';
      await el.updateComplete;
      await chooseType(el, 'Check');
      fill(el, 'Amount', '35.66');
      fill(el, 'Check number', '1024');
      await save(el);
      await untilPayments(el, 1);
      expect(el.payments[0]!.amount).to.deep.equal(usd(3566));
    });

    it('says when the total is not available, and fills nothing in', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 2499, totalStatus: 'error' });
      expect(text($(el, '[part="order-total"]'))).to.equal('Not available');
      await openForm(el);
      expect(control(el, 'Amount').value).to.equal('');
      expect(hint(el)).to.equal('The total is not available: enter the amount.');
      await expect(el).to.be.accessible();
    });
  });

  // Review of issue 9, item 2: "Amount" said nothing of the currency on the Canada Store.
  describe('the amount’s currency', () => {
    for (const [site, code] of [
      [SITES.ca, 'CAD'],
      [SITES.us, 'USD'],
    ] as const) {
      it(`shows ${code} beside the amount, as its description, its label staying "Amount"`, async () => {
        const el = await renderPanel({ adapter: mock.adapter, site, total: 18905 });
        await openForm(el);
        const amount = control(el, 'Amount');
        const currency = $(el, '[part="amount-currency"]')!;
        expect(text(currency)).to.equal(code);
        expect(amount.getAttribute('aria-describedby')!.split(' ')).to.include(currency.id);
        expect(text($(el, `label[for="${amount.id}"]`))).to.equal('Amount');
        expect(amount.value).to.equal('189.05');
        // Beside the input, on its line.
        const [a, c] = [amount.getBoundingClientRect(), currency.getBoundingClientRect()];
        expect(c.left).to.be.at.least(a.right);
        expect(c.top).to.be.below(a.bottom);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('the payment form', () => {
    it('opens with Credit Card selected, the site’s payment types and the balance due as the amount', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 10000, payments: [check(2500)] });
      await openForm(el);
      const type = control<HTMLSelectElement>(el, 'Payment type');
      expect([...type.options].map((o) => o.text)).to.deep.equal([
        'Credit Card',
        'Check',
        'Purchase Order',
        'Store Credit',
        'Gift Card',
      ]);
      expect(type.selectedOptions[0]?.text).to.equal('Credit Card');
      expect(deepActiveElement()).to.equal(type);
      expect(control(el, 'Amount').value).to.equal('75.00');
      for (const label of ['Name on card', 'Card number', 'Expiry (MM/YY)', 'Security code']) {
        expect(hasField(el, label), label).to.equal(true);
      }
      expect(text($(el, '[part="billing-address"] legend'))).to.equal('Billing address');
      await expect(el).to.be.accessible();
    });

    it('lists only what the site offers', async () => {
      const el = await renderPanel({ adapter: mock.adapter, site: SITES.wholesale });
      await openForm(el);
      const type = control<HTMLSelectElement>(el, 'Payment type');
      expect([...type.options].map((o) => o.text)).to.deep.equal(['Credit Card', 'Check', 'Purchase Order']);
    });

    it('says when the payment types cannot be loaded, and Retry loads them', async () => {
      mock.scenario.failNext('listPaymentTypes', 500, 10);
      const el = await renderPanel({ adapter: mock.adapter });
      getButton(el, 'Add Payment').click();
      await waitUntil(() => $(el, 'form [role="alert"]'), 'no error', { timeout: 5000 });
      expect(text($(el, 'form [role="alert"]'))).to.contain('Retry');
      await expect(el).to.be.accessible();
      mock.scenario.reset();
      getButton(el, 'Retry').click();
      await waitUntil(() => $(el, 'select[name="type"]'), 'no payment types after Retry', { timeout: 5000 });
    });

    it('has card inputs without a name, with autocomplete off and no value attribute', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el);
      await el.updateComplete;
      for (const label of ['Card number', 'Expiry (MM/YY)', 'Security code']) {
        const input = control(el, label);
        expect(input.hasAttribute('name'), label).to.equal(false);
        expect(input.getAttribute('autocomplete'), label).to.equal('off');
        expect(input.hasAttribute('value'), label).to.equal(false);
      }
      expect(el.hasAttribute('number')).to.equal(false);
    });

    it('shows the brand as the agent types', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      control(el, 'Card number').focus();
      await sendKeys({ type: '3' });
      await el.updateComplete;
      expect($(el, '[part="hint"]')).to.equal(null);
      await sendKeys({ type: '7' });
      await el.updateComplete;
      const hint = $(el, '[part="hint"]');
      expect(text(hint)).to.equal('American Express');
      expect(control(el, 'Card number').getAttribute('aria-describedby')).to.equal(hint?.id);
      const brands: [string, string][] = [
        ['4111', 'Visa'],
        ['2221', 'Mastercard'],
        ['5105', 'Mastercard'],
        ['6011', 'Discover'],
        ['3056', 'Diners Club'],
        ['3530', 'JCB'],
        ['6212', 'UnionPay'],
      ];
      for (const [digits, brand] of brands) {
        fill(el, 'Card number', digits);
        await el.updateComplete;
        expect(text($(el, '[part="hint"]')), digits).to.equal(brand);
      }
    });

    it('Cancel closes the form and gives focus back to Add Payment', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el);
      getButton(el, 'Cancel').click();
      await el.updateComplete;
      expect($(el, 'form')).to.equal(null);
      expect(deepActiveElement()).to.equal($(el, '[part="add-button"]'));
      await openForm(el);
      expect(control(el, 'Card number').value).to.equal('');
    });
  });

  describe('card checks before anything is sent', () => {
    const cases: {
      brand: CardBrand;
      name: string;
      good: string;
      luhn: string | null;
      length: string;
      code: string;
      badCode: string;
    }[] = [
      {
        brand: 'visa',
        name: 'Visa',
        good: '4111111111111111',
        luhn: '4111111111111112',
        length: '411111111111111',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'mastercard',
        name: 'Mastercard',
        good: '2221000000000009',
        luhn: '2221000000000008',
        length: '22210000000000093',
        code: '123',
        badCode: '12',
      },
      {
        brand: 'amex',
        name: 'American Express',
        good: '378282246310005',
        luhn: '378282246310006',
        length: '3782822463100050',
        code: '1234',
        badCode: '123',
      },
      {
        brand: 'discover',
        name: 'Discover',
        good: '6011111111111117',
        luhn: '6011111111111118',
        length: '601111111111117',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'diners',
        name: 'Diners Club',
        good: '30569309025904',
        luhn: '30569309025905',
        length: '3056930902590',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'jcb',
        name: 'JCB',
        good: '3530111333300000',
        luhn: '3530111333300001',
        length: '353011133330000',
        code: '123',
        badCode: '1234',
      },
      {
        brand: 'unionpay',
        name: 'UnionPay',
        good: '6200000000000005',
        luhn: null,
        length: '620000000000005',
        code: '123',
        badCode: '1234',
      },
    ];

    for (const c of cases) {
      describe(c.name, () => {
        async function tryCard(card: { number: string; code?: string; expiry?: string }): Promise<PaymentPanel> {
          const el = await renderPanel({ adapter: mock.adapter });
          await openForm(el);
          fillCard(el, { number: card.number, code: card.code ?? c.code, expiry: card.expiry ?? '12/30' });
          fillBilling(el);
          await save(el);
          return el;
        }

        if (c.luhn) {
          it('refuses a wrong check digit at the number field', async () => {
            const el = await tryCard({ number: c.luhn! });
            expect(errorAt(el, 'Card number')).to.equal('This card number is not valid. Check it with the shopper.');
            expect(deepActiveElement()).to.equal(control(el, 'Card number'));
            expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
          });
        }

        it('refuses a length the brand does not use', async () => {
          const el = await tryCard({ number: c.length });
          expect(errorAt(el, 'Card number')).to.equal('This card number has too few or too many digits.');
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
        });

        it(`wants a ${c.code.length}-digit security code`, async () => {
          const el = await tryCard({ number: c.good, code: c.badCode });
          expect(errorAt(el, 'Card number')).to.equal('');
          expect(errorAt(el, 'Security code')).to.equal(`Enter the ${c.code.length}-digit security code.`);
          expect(deepActiveElement()).to.equal(control(el, 'Security code'));
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
          await expect(el).to.be.accessible();
        });

        it('refuses an expiry in the past', async () => {
          const el = await tryCard({ number: c.good, expiry: '01/20' });
          expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('This card has expired.');
          expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
        });

        it('hands a good card to the tokenizer', async () => {
          const el = await tryCard({ number: c.good });
          await untilPayments(el, 1);
          expect(el.payments[0]!.card?.brand).to.equal(c.brand);
          expect(paymentRows(el)).to.deep.equal([`${c.name} •••• ${c.good.slice(-4)} $100.00`]);
        });
      });
    }

    it('shows every problem at its field, marks it invalid and focuses the first', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fill(el, 'Amount', '');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('This field is required.');
      expect(errorAt(el, 'Name on card')).to.equal('This field is required.');
      expect(errorAt(el, 'Card number')).to.equal('This field is required.');
      expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('This field is required.');
      expect(errorAt(el, 'Security code')).to.equal('This field is required.');
      expect(errorAt(el, 'Street address')).to.equal('This field is required.');
      expect(errorAt(el, 'Country')).to.equal('This field is required.');
      expect(errorAt(el, 'Apartment, suite (optional)')).to.equal('');
      expect(deepActiveElement()).to.equal(control(el, 'Amount'));
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('refuses an expiry that is not a month and a year', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el, { expiry: '13/30' });
      await save(el);
      expect(errorAt(el, 'Expiry (MM/YY)')).to.equal('Enter the expiry as MM/YY.');
    });

    it('refuses a postal code in the wrong format for the country', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      fillCard(el);
      fillBilling(el);
      fill(el, 'ZIP or postal code', '7870');
      await save(el);
      expect(errorAt(el, 'ZIP or postal code')).to.equal('Enter a ZIP code like 12345 or 12345-6789.');
    });
  });

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
      expect(text($(el, '[part="form-error"]'))).to.equal('The order service is unavailable. Try again in a moment.');
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

  describe('other tenders', () => {
    it('takes a check with its number', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Check');
      expect(hasField(el, 'Card number')).to.equal(false);
      await save(el);
      expect(errorAt(el, 'Check number')).to.equal('This field is required.');
      fill(el, 'Check number', '1024');
      fill(el, 'Amount', '30');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      const event = await changed;
      expect(event.payments[0]).to.deep.include({
        typeId: 'check',
        kind: 'check',
        reference: '1024',
        amount: usd(3000),
      });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Check 1024 $30.00']);
    });

    it('takes a purchase order with its terms and the optional fields the adapter declares', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Purchase Order');
      const terms = control<HTMLSelectElement>(el, 'Payment terms');
      expect([...terms.options].map((o) => o.text)).to.deep.equal(['Choose terms', 'Net 30', 'Net 60']);
      expect(hasField(el, 'Buyer (optional)')).to.equal(true);
      await save(el);
      expect(errorAt(el, 'PO number')).to.equal('This field is required.');
      expect(errorAt(el, 'Payment terms')).to.equal('This field is required.');
      expect(errorAt(el, 'Buyer (optional)')).to.equal('');
      await expect(el).to.be.accessible();
      fill(el, 'PO number', 'PO-77');
      terms.value = 'net-60';
      fill(el, 'Buyer (optional)', 'Ops');
      await save(el);
      await untilPayments(el, 1);
      expect(el.payments[0]).to.deep.include({
        kind: 'purchase-order',
        reference: 'PO-77',
        termsId: 'net-60',
        fields: { buyer: 'Ops' },
      });
      expect(paymentRows(el)).to.deep.equal(['Purchase Order PO-77 $100.00']);
    });

    it('refuses a purchase order without a required field the adapter declares, and carries it once filled', async () => {
      // Wholesale purchase orders need a "Cost center"; "Buyer" stays optional.
      const el = await renderPanel({ adapter: mock.adapter, site: SITES.wholesale });
      const events = record(el);
      await openForm(el);
      await chooseType(el, 'Purchase Order');
      expect(hasField(el, 'Cost center')).to.equal(true);
      expect(hasField(el, 'Buyer (optional)')).to.equal(true);
      fill(el, 'PO number', 'PO-88');
      control<HTMLSelectElement>(el, 'Payment terms').value = 'net-30';
      await save(el);
      expect(errorAt(el, 'Cost center')).to.equal('This field is required.');
      expect(control(el, 'Cost center').getAttribute('aria-invalid')).to.equal('true');
      expect(deepActiveElement()).to.equal(control(el, 'Cost center'));
      for (const label of ['PO number', 'Payment terms', 'Buyer (optional)'])
        expect(errorAt(el, label), label).to.equal('');
      expect(events).to.have.length(0);
      expect(el.payments).to.deep.equal([]);
      await expect(el).to.be.accessible();

      fill(el, 'Cost center', 'CC-4410');
      const changed = oneEvent<PaymentsChangeEvent>(el, 'payments-change');
      await save(el);
      expect((await changed).payments[0]).to.deep.include({
        typeId: 'purchase-order',
        kind: 'purchase-order',
        reference: 'PO-88',
        termsId: 'net-30',
        fields: { costCenter: 'CC-4410' },
      });
      await el.updateComplete;
      expect(paymentRows(el)).to.deep.equal(['Purchase Order PO-88 $100.00']);
    });

    for (const [type, entry] of [
      ['Store Credit', BALANCE_CODES.storeCreditAda],
      ['Gift Card', BALANCE_CODES.giftCard25],
    ] as const) {
      describe(type, () => {
        it('looks the balance up before it can be applied, and caps the amount at it', async () => {
          const el = await renderPanel({ adapter: mock.adapter, total: 10000 });
          await openForm(el);
          await chooseType(el, type);
          fill(el, 'Code', entry.code.toLowerCase());
          await save(el);
          expect(errorAt(el, 'Code')).to.equal('Check the balance of this code first.');
          expect(mock.backend.requestsFor('checkBalance')).to.have.length(0);

          // Said once, at the field, by a live region that was there before it.
          const regions = $$(el, '[role="status"]');
          getButton(el, 'Check Balance').click();
          await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
          const available = `$${(entry.amount / 100).toFixed(2)}`;
          expect(text($(el, '[part="hint"]'))).to.equal(`Available balance: ${available}`);
          expect(regions).to.include(expectSaidOnce(`Available balance: ${available}`));
          expect(liveText(el)).to.equal('');
          expect(control(el, 'Amount').value).to.equal((entry.amount / 100).toFixed(2));
          await expect(el).to.be.accessible();

          fill(el, 'Amount', '99');
          await save(el);
          expect(errorAt(el, 'Amount')).to.equal(`Enter at most ${available}.`);
          expect(el.payments).to.have.length(0);

          fill(el, 'Amount', (entry.amount / 100).toFixed(2));
          await save(el);
          await untilPayments(el, 1);
          expect(el.payments[0]).to.deep.include({
            kind: entry.typeId,
            reference: entry.code.toLowerCase(),
            amount: usd(entry.amount),
          });
        });
      });
    }

    it('takes less than the balance when less is due', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 1000 });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      fill(el, 'Code', BALANCE_CODES.giftCard100.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
      expect(control(el, 'Amount').value).to.equal('10.00');
    });

    it('says when a code has no balance left', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Store Credit');
      fill(el, 'Code', BALANCE_CODES.storeCreditEmpty.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => errorAt(el, 'Code'), 'no error', { timeout: 5000 });
      expect(errorAt(el, 'Code')).to.equal('This code has no balance left.');
    });

    it('says when a code is unknown', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      getButton(el, 'Check Balance').click();
      await el.updateComplete;
      expect(errorAt(el, 'Code')).to.equal('This field is required.');
      fill(el, 'Code', 'GC-NOPE');
      const regions = $$(el, '[role="status"]');
      getButton(el, 'Check Balance').click();
      await waitUntil(() => /has this code/.test(errorAt(el, 'Code')), 'no error', { timeout: 5000 });
      expect(errorAt(el, 'Code')).to.equal('No gift card has this code. Check the code with the shopper.');
      // Said once, at the field, by a live region that was there before it.
      expect(regions).to.include(expectSaidOnce('No gift card has this code. Check the code with the shopper.'));
      expect(liveText(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('forgets the balance when the code changes', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Gift Card');
      fill(el, 'Code', BALANCE_CODES.giftCard25.code);
      getButton(el, 'Check Balance').click();
      await waitUntil(() => $(el, '[part="hint"]'), 'no balance shown', { timeout: 5000 });
      fill(el, 'Code', BALANCE_CODES.giftCard100.code);
      await el.updateComplete;
      expect($(el, '[part="hint"]')).to.equal(null);
      await save(el);
      expect(errorAt(el, 'Code')).to.equal('Check the balance of this code first.');
    });
  });

  describe('split payments', () => {
    it('defaults each amount to the balance due and never lets payments exceed the total', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 10000 });
      await openForm(el);
      await chooseType(el, 'Check');
      fill(el, 'Check number', '1');
      fill(el, 'Amount', '40');
      await save(el);
      await untilPayments(el, 1);
      expect(text($(el, '[part="balance-due"]'))).to.equal('$60.00');

      await openForm(el);
      expect(control(el, 'Amount').value).to.equal('60.00');
      await chooseType(el, 'Check');
      fill(el, 'Check number', '2');
      fill(el, 'Amount', '60.01');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('Enter at most $60.00.');
      fill(el, 'Amount', '0');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('Enter an amount greater than zero.');
      fill(el, 'Amount', 'ten');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('Enter an amount such as 12.50.');
      // An amount beyond what an order can hold is refused at the field, not thrown on.
      fill(el, 'Amount', '90071992547409.92');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('Enter at most $60.00.');
      fill(el, 'Amount', '60');
      await save(el);
      await untilPayments(el, 2);
      expect(paymentRows(el)).to.deep.equal(['Check 1 $40.00', 'Check 2 $60.00']);
      expect(text($(el, '[part="paid"]'))).to.equal('$100.00');
      expect(text($(el, '[part="balance-due"]'))).to.equal('$0.00');
      expect(text($(el, '[part="note"]'))).to.equal('The order is paid in full.');
      await expect(el).to.be.accessible();
    });
  });

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

    it('shows the provider’s decline, and a plain message for anything else', async () => {
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
        () => text($(el, '[part="form-error"]')) === 'Something went wrong. Try again.',
        'no plain error',
        {
          timeout: 5000,
        },
      );
      error = new UnavailableError('The payment provider is not available. Try again.');
      await save(el);
      await waitUntil(() => text($(el, '[part="form-error"]')).startsWith('The payment provider'), 'no error', {
        timeout: 5000,
      });
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
      expect(text($(el, '[part="form-error"]'))).to.equal('Something went wrong. Try again.');
    });
  });

  it('works inside a builder-less host that sets nothing but the total: Add Payment waits for an adapter and a site', async () => {
    const el = await renderPanel({ adapter: undefined });
    expect(getButton(el, 'Add Payment').disabled).to.equal(true);
    el.adapter = mock.adapter;
    await el.updateComplete;
    expect(getButton(el, 'Add Payment').disabled).to.equal(false);
  });

  it('uses the payment types’ labels, e.g. "Cheque" on the Canada site', async () => {
    const cheque = { ...check(1000, '77'), amount: { amount: 1000, currency: 'CAD' } };
    const el = await renderPanel({ adapter: mock.adapter, site: SITES.ca, payments: [cheque] });
    await waitUntil(() => paymentRows(el)[0]?.startsWith('Cheque'), 'no Cheque label', { timeout: 5000 });
    expect(paymentRows(el)).to.deep.equal(['Cheque 77 CA$10.00']);
  });

  describe('the word for a check (issue 9, item 15)', () => {
    for (const { site, word } of [
      { site: SITES.ca, word: 'Cheque' },
      { site: SITES.us, word: 'Check' },
    ]) {
      it(`says "${word} number" and "${word} 889" on ${site.name}`, async () => {
        const el = await renderPanel({ adapter: mock.adapter, site });
        await openForm(el);
        await chooseType(el, word);
        expect(hasField(el, `${word} number`), `no "${word} number" field`).to.equal(true);
        expect(hasField(el, word === 'Cheque' ? 'Check number' : 'Cheque number')).to.equal(false);
        await expect(el).to.be.accessible();
        fill(el, `${word} number`, '889');
        fill(el, 'Amount', '30');
        await save(el);
        await untilPayments(el, 1);
        expect(paymentRows(el)[0]).to.match(new RegExp(`^${word} 889 `));
        expect(liveText(el)).to.equal(`${word} 889 added.`);
        expect(text($(el, '[part="remove-button"]'))).to.equal(`Remove ${word} 889`);
      });
    }
  });

  it('refuses the test card numbers kept as constants in the fixtures where they must fail', async () => {
    const el = await renderPanel({ adapter: mock.adapter });
    await openForm(el);
    fillCard(el, { number: TEST_CARDS.invalid });
    await save(el);
    expect(errorAt(el, 'Card number')).to.equal('This card number is not valid. Check it with the shopper.');
  });
});
