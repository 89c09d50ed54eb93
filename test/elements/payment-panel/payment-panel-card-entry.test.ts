/**
 * The card form's keystroke savers (issue 15): one expiry field that takes "1230", the name on card
 * and the billing address from the customer, focus on "Card number", Enter saves.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { Customer } from '../../../src/model/types.js';
import { useMockBackend } from '../../support/mock.js';
import { $, deepActiveElement, getButton } from '../../support/dom.js';
import {
  chooseType,
  control,
  errorAt,
  fill,
  hasField,
  openForm,
  paymentRows,
  renderPanel,
} from '../../support/harness/payment-panel.js';
import { WAIT } from '../../support/wait.js';
import { untilPayments } from './payment-panel-support.js';

/** A customer whose default billing address is not their shipping address. */
const LIN: Customer = {
  id: 'lin',
  customerNumber: 'C009001',
  customerSetId: 'retail',
  firstName: 'Lin',
  lastName: 'Yu',
  email: 'lin.yu@example.com',
  phones: { mobile: '(206) 555-0199' },
  addresses: [
    {
      id: 'lin-home',
      name: 'Lin Yu',
      line1: '12 Pine St',
      city: 'Seattle',
      region: 'WA',
      postalCode: '98101',
      country: 'US',
      isDefaultBilling: false,
      isDefaultShipping: true,
    },
    {
      id: 'lin-bill',
      name: 'Yu Accounting',
      line1: '400 Ledger Ave',
      city: 'Portland',
      region: 'OR',
      postalCode: '97201',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: false,
    },
  ],
};

describe('<payment-panel> card entry', () => {
  const mock = useMockBackend();

  /** The adapter, with the expiry of each card it was asked to tokenize. */
  function spying(): { adapter: OrderAdapter; expiries: string[]; holders: string[] } {
    const expiries: string[] = [];
    const holders: string[] = [];
    const adapter: OrderAdapter = Object.create(mock.adapter);
    adapter.tokenizeCard = (request, init) => {
      const { card } = request;
      expiries.push(`${card.expiryMonth}/${card.expiryYear}`);
      holders.push(`${card.nameOnCard}, ${card.billingAddress?.line1}, ${card.billingAddress?.city}`);
      return mock.adapter.tokenizeCard(request, init);
    };
    return { adapter, expiries, holders };
  }

  async function typeIn(label: string, value: string): Promise<void> {
    const el = deepActiveElement() as HTMLInputElement | null;
    if (el?.labels?.[0]?.textContent !== label) throw new Error(`focus is not on ${label}`);
    await sendKeys({ type: value });
  }

  describe('the expiry', () => {
    it('is one field labelled "Expiry (MM/YY)": typing "1230" shows "12/30", and it is tokenized as December 2030', async () => {
      const { adapter, expiries } = spying();
      const el = await renderPanel({ adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      expect(hasField(el, 'Expiry (MM/YY)')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('input[id*="xpiry"]')).to.have.length(1);
      fill(el, 'Card number', '4111 1111 1111 1111');
      control(el, 'Expiry (MM/YY)').focus();
      await sendKeys({ type: '123' });
      expect(control(el, 'Expiry (MM/YY)').value).to.equal('12/3');
      await sendKeys({ type: '0' });
      expect(control(el, 'Expiry (MM/YY)').value).to.equal('12/30');
      fill(el, 'Security code', '123');
      getButton(el, 'Save').click();
      await untilPayments(el, 1);
      expect(expiries).to.deep.equal(['12/2030']);
      expect(el.payments[0]!.card).to.include({ expiryMonth: 12, expiryYear: 2030 });
    });

    it('does not move the caret: Backspace after "12/30" leaves "12/3", and typing in the middle is left alone', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      const expiry = control(el, 'Expiry (MM/YY)');
      expiry.focus();
      await sendKeys({ type: '1230' });
      await sendKeys({ press: 'Backspace' });
      expect(expiry.value).to.equal('12/3');
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      expect(expiry.value).to.equal('12');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ type: '0' });
      expect(expiry.value).to.equal('102');
      expect(expiry.selectionStart).to.equal(2);
    });

    for (const [typed, shown, token] of [
      ['1/30', '01/30', '1/2030'],
      ['12 / 30', '12/30', '12/2030'],
      ['12/30', '12/30', '12/2030'],
      ['130', '01/30', '1/2030'],
    ]) {
      it(`takes "${typed}", shows "${shown}" once left, and tokenizes ${token}`, async () => {
        const { adapter, expiries } = spying();
        const el = await renderPanel({ adapter, customer: mock.backend.findCustomer('ada')! });
        await openForm(el);
        fill(el, 'Card number', '4111 1111 1111 1111');
        fill(el, 'Expiry (MM/YY)', typed!);
        expect(control(el, 'Expiry (MM/YY)').value).to.equal(shown);
        fill(el, 'Security code', '123');
        getButton(el, 'Save').click();
        await untilPayments(el, 1);
        expect(expiries).to.deep.equal([token]);
      });
    }

    for (const [typed, error] of [
      ['13/30', 'Enter the expiry as MM/YY.'],
      ['12/3', 'Enter the expiry as MM/YY.'],
      ['01/20', 'This card has expired.'],
      ['', 'This field is required.'],
    ]) {
      it(`still refuses "${typed}": "${error}", as typed, and sends nothing`, async () => {
        const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
        await openForm(el);
        fill(el, 'Card number', '4111 1111 1111 1111');
        fill(el, 'Expiry (MM/YY)', typed!);
        fill(el, 'Security code', '123');
        getButton(el, 'Save').click();
        await el.updateComplete;
        expect(control(el, 'Expiry (MM/YY)').value).to.equal(typed);
        expect(errorAt(el, 'Expiry (MM/YY)')).to.equal(error);
        expect(deepActiveElement()).to.equal(control(el, 'Expiry (MM/YY)'));
        expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('defaults from the customer', () => {
    it('fills "Name on card" with the customer’s name and focuses "Card number"', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      await waitUntil(() => deepActiveElement() === control(el, 'Card number'), 'focus is not on Card number', WAIT);
      expect(control(el, 'Name on card').value).to.equal('Ada Lovelace');
      await expect(el).to.be.accessible();
    });

    it('fills the billing address with the customer’s default billing address; both stay editable and are sent as edited', async () => {
      const { adapter, holders } = spying();
      const el = await renderPanel({ adapter, customer: LIN });
      await openForm(el);
      expect(control(el, 'Name on card').value).to.equal('Lin Yu');
      expect(control<HTMLInputElement>(el, 'Same as shipping address').checked).to.equal(false);
      expect(control(el, 'Street address').value).to.equal('400 Ledger Ave');
      expect(control(el, 'City').value).to.equal('Portland');
      fill(el, 'Name on card', 'Yu Lin');
      fill(el, 'City', 'Salem');
      fill(el, 'Card number', '4111 1111 1111 1111');
      fill(el, 'Expiry (MM/YY)', '1230');
      fill(el, 'Security code', '123');
      getButton(el, 'Save').click();
      await untilPayments(el, 1);
      expect(paymentRows(el)).to.deep.equal(['Visa •••• 1111 $100.00']);
      expect(holders).to.deep.equal(['Yu Lin, 400 Ledger Ave, Salem']);
    });

    it('leaves focus on "Payment type" without a customer (nothing filled in), and for another type', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      expect(control(el, 'Name on card').value).to.equal('');
      expect(deepActiveElement()).to.equal(control(el, 'Payment type'));
      await chooseType(el, 'Check');
      expect(deepActiveElement()).to.equal(control(el, 'Payment type'));
    });
  });

  describe('Enter saves', () => {
    it('saves the card from any field with Enter, as "Save" does', async () => {
      const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
      await openForm(el);
      await waitUntil(() => deepActiveElement() === control(el, 'Card number'), 'focus is not on Card number', WAIT);
      await typeIn('Card number', '4111111111111111');
      await sendKeys({ press: 'Tab' });
      await typeIn('Expiry (MM/YY)', '1230');
      await sendKeys({ press: 'Tab' });
      await typeIn('Security code', '123');
      await sendKeys({ press: 'Enter' });
      await untilPayments(el, 1);
      expect(paymentRows(el)).to.deep.equal(['Visa •••• 1111 $100.00']);
      expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(1);
    });

    it('saves with Enter on a select (Payment terms) too, and shows the errors when something is missing', async () => {
      const el = await renderPanel({ adapter: mock.adapter });
      await openForm(el);
      await chooseType(el, 'Purchase Order');
      fill(el, 'PO number', 'PO-77');
      control<HTMLSelectElement>(el, 'Payment terms').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(errorAt(el, 'Payment terms')).to.equal('This field is required.');
      expect(el.payments).to.have.length(0);
      const terms = control<HTMLSelectElement>(el, 'Payment terms');
      terms.selectedIndex = 1;
      terms.dispatchEvent(new Event('change', { bubbles: true }));
      terms.focus();
      await sendKeys({ press: 'Enter' });
      await untilPayments(el, 1);
      expect($(el, 'form')).to.equal(null);
    });
  });
});
