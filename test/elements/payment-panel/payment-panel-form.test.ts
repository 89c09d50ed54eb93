import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useMockBackend } from '../../support/mock.js';
import { SITES } from '../../support/fixtures.js';
import { $, deepActiveElement, getButton, text } from '../../support/dom.js';
import { control, fill, fillCard, hasField, openForm, renderPanel } from '../../support/harness/payment-panel.js';
import { check } from './payment-panel-support.js';

describe('<payment-panel>', () => {
  const mock = useMockBackend();

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

  it('works inside a builder-less host that sets nothing but the total: Add Payment waits for an adapter and a site', async () => {
    const el = await renderPanel({ adapter: undefined });
    expect(getButton(el, 'Add Payment').disabled).to.equal(true);
    el.adapter = mock.adapter;
    await el.updateComplete;
    expect(getButton(el, 'Add Payment').disabled).to.equal(false);
  });
});
