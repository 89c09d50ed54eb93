/**
 * <payment-panel> inside <offline-order-builder>: the Payments section takes payments against the
 * draft's total and commits them to the draft.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { serializeDraft } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import { useMockBackend } from '../../support/mock.js';
import { buildDraft } from '../../support/fixtures.js';
import { $, deepActiveElement, text } from '../../support/dom.js';
import {
  chooseType,
  control,
  fill,
  fillCard,
  openForm,
  paymentRows,
  save,
} from '../../support/harness/payment-panel.js';

async function renderBuilder(adapter: OfflineOrderBuilder['adapter']): Promise<OfflineOrderBuilder> {
  const el = await fixture<OfflineOrderBuilder>(
    html`<offline-order-builder
      style="block-size: 900px; inline-size: 1100px"
      .adapter=${adapter}
      site-id="us"
    ></offline-order-builder>`,
  );
  await waitUntil(() => $(el, 'payment-panel'), 'no Payments section', { timeout: 5000 });
  return el;
}

function panelOf(el: OfflineOrderBuilder): PaymentPanel {
  return $<PaymentPanel>(el, 'payment-panel')!;
}

describe('<offline-order-builder> Payments section', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('shows <payment-panel> under "Payments", with nothing to pay while the order has no items', async () => {
    const el = await renderBuilder(mock.adapter);
    const section = $(el, '[part~="section-payments"]')!;
    expect(text(section.querySelector('h3'))).to.equal('Payments');
    const panel = panelOf(el);
    await panel.updateComplete;
    expect(text($(panel, '[part="note"]'))).to.equal('Nothing to pay yet: the order total is zero.');
    expect($(panel, '[part="totals"]')).to.equal(null);
    expect(panel.customer).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the total from the adapter’s pricing of the draft', async () => {
    const el = await renderBuilder(mock.adapter);
    const draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', quantity: 2 }] });
    el.draft = draft;
    const priced = mock.backend.priceOrder('us', draft).total;
    const panel = panelOf(el);
    await waitUntil(
      () => text($(panel, '[part="order-total"]')) === formatMoney(priced, 'en-US'),
      'the priced total did not show',
      { timeout: 5000 },
    );
    expect(mock.backend.requestsFor('priceOrder').length).to.be.greaterThan(0);
    expect(panel.customer?.id).to.equal('ada');
  });

  it('commits a card payment and a second tender to the draft, with no card number in it', async () => {
    const el = await renderBuilder(mock.adapter);
    const draft = buildDraft(mock.backend, {
      lines: [{ productId: 'trail-runner', variantId: 'trail-runner-10-black' }],
    });
    el.draft = draft;
    const total = mock.backend.priceOrder('us', draft).total;
    const panel = panelOf(el);
    await waitUntil(() => text($(panel, '[part="order-total"]')) === formatMoney(total, 'en-US'), 'no total', {
      timeout: 5000,
    });

    await openForm(panel);
    fill(panel, 'Amount', '50');
    fillCard(panel);
    await save(panel);
    await waitUntil(() => el.draft.payments.length === 1, 'the card payment did not reach the draft', {
      timeout: 5000,
    });

    await openForm(panel);
    await chooseType(panel, 'Gift Card');
    fill(panel, 'Code', 'GC-2500-0003');
    $<HTMLButtonElement>(panel, '[part="check-balance-button"]')!.click();
    await waitUntil(() => $(panel, '[part="hint"]'), 'no balance', { timeout: 5000 });
    expect(control(panel, 'Amount').value).to.equal(((total.amount - 5000) / 100).toFixed(2));
    await save(panel);
    await waitUntil(() => el.draft.payments.length === 2, 'the gift card did not reach the draft', { timeout: 5000 });
    await panel.updateComplete;

    expect(el.draft.payments.map((p) => p.kind)).to.deep.equal(['credit-card', 'gift-card']);
    expect(el.draft.payments[0]!.card).to.include({ brand: 'visa', last4: '1111' });
    expect(paymentRows(panel)).to.deep.equal([
      'Visa •••• 1111 $50.00',
      `Gift Card GC-2500-0003 ${formatMoney({ amount: total.amount - 5000, currency: 'USD' }, 'en-US')}`,
    ]);
    expect(text($(panel, '[part="balance-due"]'))).to.equal('$0.00');
    expect(serializeDraft(el.draft)).not.to.contain('4111111111111111');
    expect(JSON.stringify(el.draft)).not.to.contain('securityCode');
    await expect(el).to.be.accessible();

    // Removing a payment takes it out of the draft again.
    $<HTMLButtonElement>(panel, '[part="remove-button"]')!.click();
    await waitUntil(() => el.draft.payments.length === 1, 'the payment was not removed', { timeout: 5000 });
    expect(el.draft.payments[0]!.kind).to.equal('gift-card');
  });

  it('keeps focus in the builder after a card is saved with Enter, so that Alt+Shift+S still works', async () => {
    const el = await renderBuilder(mock.adapter);
    const draft = buildDraft(mock.backend);
    el.draft = draft;
    const total = mock.backend.priceOrder('us', draft).total;
    const panel = panelOf(el);
    await waitUntil(() => text($(panel, '[part="order-total"]')) === formatMoney(total, 'en-US'), 'no total', {
      timeout: 5000,
    });
    $<HTMLButtonElement>(el, '#tab-payments')!.click();
    await openForm(panel);
    fillCard(panel);
    $<HTMLButtonElement>(panel, '[part="save-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.draft.payments.length === 1, 'the card payment did not reach the draft', {
      timeout: 5000,
    });
    await panel.updateComplete;
    // The whole balance is paid: focus is on "Submit Order", the next step (not the page, not "Remove").
    expect(deepActiveElement() === $(el, '[part~="submit-button"]')).to.equal(true);
    await sendKeys({ press: 'Alt+Shift+KeyS' });
    await waitUntil(
      () => $<HTMLDialogElement>(el, '#confirm-dialog')?.open,
      'Alt+Shift+S did not open the confirmation',
      { timeout: 5000 },
    );
  });
});
