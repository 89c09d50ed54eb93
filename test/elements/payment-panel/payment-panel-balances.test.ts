import { expect, fixture, html } from '@open-wc/testing';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { money } from '../../../src/model/money.js';
import { useMockBackend } from '../../support/mock.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, text } from '../../support/dom.js';
import {
  chooseType,
  control,
  errorAt,
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

    it('saved with the amount still empty: "This field is required." goes once the total fills it in', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 2499, totalStatus: 'pending' });
      await openForm(el);
      await chooseType(el, 'Check');
      fill(el, 'Check number', '1024');
      await save(el);
      expect(errorAt(el, 'Amount')).to.equal('This field is required.');
      expect(el.payments).to.have.length(0);

      el.total = usd(3566);
      el.totalStatus = 'ready';
      await el.updateComplete;
      expect(control(el, 'Amount').value).to.equal('35.66');
      expect(errorAt(el, 'Amount')).to.equal('');
      expect(control(el, 'Amount').getAttribute('aria-invalid')).to.equal('false');
      // That save did not happen: the field says so, in its description.
      expect(el.payments).to.have.length(0);
      expect(hint(el)).to.equal('Filled in with the balance due: check it and press Save.');
      await expect(el).to.be.accessible();
      await save(el);
      await untilPayments(el, 1);
      expect(el.payments[0]!.amount).to.deep.equal(usd(3566));
    });

    it('says nothing of the kind when the total fills in an amount no save found empty', async () => {
      const el = await renderPanel({ adapter: mock.adapter, total: 2499, totalStatus: 'pending' });
      await openForm(el);
      el.total = usd(3566);
      el.totalStatus = 'ready';
      await el.updateComplete;
      expect(control(el, 'Amount').value).to.equal('35.66');
      expect(hint(el)).to.equal('');
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
});
