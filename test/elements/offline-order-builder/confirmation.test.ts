import { expect, waitUntil } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { addPayment, setLineFulfillment } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, deepActiveElement, isShown, text } from '../../support/dom.js';
import {
  confirmButton,
  confirmDialog,
  fullDraft,
  openConfirmation,
  readBack,
  submitButton,
  tab,
  VISA,
  withDraft,
} from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> confirmation', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US');

  it('reads the order back: shopper, items, shipping, notes, gift messages, totals, payments, balance due', async () => {
    const draft = fullDraft(mock.backend);
    const pricing = mock.backend.priceOrder('us', draft);
    const el = await withDraft(mock, draft);
    const dialog = await openConfirmation(el);

    expect(dialog.getAttribute('aria-labelledby')).to.equal('confirm-title');
    expect(text($(el, '#confirm-title'))).to.equal('Submit this order?');
    const [shoe, tote] = pricing.lines.map((l) => usd(l.total.amount));
    const rows = readBack(el);
    expect(rows.slice(0, 5)).to.deep.equal([
      ['Customer', 'Ada Lovelace, ada.lovelace@example.com, (512) 555-0100'],
      [
        'Items',
        `1 × Trail Runner Shoe, Size 9, Color Blue: Direct Ship, ${shoe}. ` +
          `1 × Canvas Tote Bag: Pickup at Downtown Store, ${tote}. Gift message: “Happy birthday, Grace!”.`,
      ],
      ['Shipping Method', 'Ground'],
      ['Customer notes', 'Call on arrival'],
      ['Order gift message', 'Enjoy the trails!'],
    ]);
    expect(rows.slice(5)).to.deep.equal([
      // The currency in words before the amounts (issue 9, item 5).
      ['Currency', 'Amounts in US dollars (USD).'],
      ['Subtotal', usd(pricing.subtotal.amount)],
      ['Shipping', usd(pricing.shipping.amount)],
      ['Tax', usd(pricing.tax.amount)],
      ['Total', usd(pricing.total.amount)],
      ['Payments', 'Visa •••• 1111 $50.00'],
      ['Balance due', usd(pricing.total.amount - 5000)],
    ]);
    expect($$(el, '[part~="read-back"] li')).to.have.length(2);
    // The phone number is not broken across lines ("(512) 555-" then "0100"): it moves to the next
    // line whole (an inline block), breaking only in a column narrower than it (320 px, see layout).
    const phone = $$(el, '[part~="read-back"] dd')[0].querySelector('span')!;
    expect(text(phone)).to.equal('(512) 555-0100');
    expect(getComputedStyle(phone).display).to.equal('inline-block');
    expect(phone.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(phone).lineHeight) * 1.5);
    // Its title has the focus (APG: a long dialog, a financial transaction): an Enter does nothing there.
    expect(deepActiveElement()).to.equal($(el, '#confirm-title'));
    expect(text(confirmButton(el))).to.equal('Submit Order');
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '[part~="problems"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Back" closes it and keeps the draft; focus returns to "Submit Order"', async () => {
    const draft = buildDraft(mock.backend);
    const el = await withDraft(mock, draft);
    submitButton(el).focus();
    await openConfirmation(el);
    button(el, 'Back')!.click();
    await el.updateComplete;
    expect(confirmDialog(el)!.open).to.equal(false);
    expect(el.draft).to.equal(draft);
    expect(deepActiveElement()).to.equal(submitButton(el));
    expect(mock.backend.requestsFor('submitOrder')).to.have.length(0);
  });

  describe('problems', () => {
    it('lists what blocks the submission and disables its "Submit Order"; the link opens Order Details at the Shipping Method', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend, { shippingMethodId: null }));
      await openConfirmation(el);
      const problems = $(el, '[part~="problems"]')!;
      expect(problems.getAttribute('role')).to.equal('alert');
      expect(text(problems.querySelector('p'))).to.equal('Fix these before submitting:');
      expect([...problems.querySelectorAll('li')].map(text)).to.deep.equal([
        'Choose a shipping method for the items that ship.',
      ]);
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      confirmButton(el).click();
      await el.updateComplete;
      expect(mock.backend.requestsFor('submitOrder')).to.have.length(0);

      button(el, 'Choose a shipping method for the items that ship.')!.click();
      const details = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(() => details.open, 'Order Details did not open', WAIT);
      expect(confirmDialog(el)!.open).to.equal(false);
      await waitUntil(
        () => deepActiveElement()?.getAttribute('data-path') === 'shippingMethodId',
        'focus is not on Shipping Method',
        WAIT,
      );
      expect(deepActiveElement()?.id).to.equal('shipping-method');
    });

    it('takes a line’s problem to that line’s fulfillment in Order Details', async () => {
      let draft = buildDraft(mock.backend, {
        lines: [{ productId: 'canvas-tote', fulfillment: null }],
        shippingMethodId: null,
      });
      draft = setLineFulfillment(draft, draft.lines[0]!.id, null);
      const el = await withDraft(mock, draft);
      await openConfirmation(el);
      const link = button(el, 'Canvas Tote Bag: Choose how this item is fulfilled.')!;
      link.click();
      const path = `lines.${draft.lines[0]!.id}.fulfillment`;
      await waitUntil(
        () => deepActiveElement()?.getAttribute('data-path') === path,
        'focus is not on the line’s fulfillment',
        WAIT,
      );
    });

    it('takes payments that exceed the total to the Payments tab', async () => {
      const draft = addPayment(buildDraft(mock.backend), {
        typeId: 'credit-card',
        kind: 'credit-card',
        amount: { amount: 100_000, currency: 'USD' },
        card: VISA,
      });
      const el = await withDraft(mock, draft);
      await openConfirmation(el);
      const link = button(el, 'Payments: The payments add up to more than the order total.')!;
      link.click();
      await waitUntil(() => deepActiveElement() === tab(el, 'Payments'), 'focus is not on the Payments tab', WAIT);
      expect(tab(el, 'Payments').getAttribute('aria-selected')).to.equal('true');
      expect(isShown($(el, '#panel-payments'))).to.equal(true);
    });
  });
});
