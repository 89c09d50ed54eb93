/**
 * The total the Payments section takes payments against (review of issue 9, item 1): the amount
 * defaults to the balance due of the adapter's total. Saved right after an edit, the order's total
 * was still being recalculated and the form filled in the model's preview (24.99, the line alone,
 * where the total came to 35.66 with shipping and tax), which a card then left $10.67 short.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { formatMoneyForInput } from '../../../src/model/money.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, text } from '../../support/dom.js';
import { tab, untilPriced, workspace } from '../../support/harness/offline-order-builder.js';
import { control, openForm } from '../../support/harness/payment-panel.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> the amount of a payment', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('waits for the adapter’s total while it is recalculated, then fills in its balance due, never the preview', async () => {
    const el = await workspace(mock);
    const release = mock.scenario.holdNext('priceOrder');
    el.draft = buildDraft(mock.backend, { shippingMethodId: 'ground' });
    tab(el, 'Payments').click();
    await waitUntil(() => customElements.get('payment-panel') && $(el, 'payment-panel'), 'no payment panel', WAIT);
    const panel = $<PaymentPanel>(el, 'payment-panel')!;
    await waitUntil(() => panel.total, 'the panel has no total', WAIT);
    await openForm(panel);

    const amount = control(panel, 'Amount');
    expect(amount.value).to.equal('');
    const hint = $(
      panel,
      `#${amount
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-h'))}`,
    );
    expect(text(hint)).to.equal('Recalculating… The amount fills in when the total arrives.');
    expect(text($(panel, '[part="order-total"]'))).to.equal('Recalculating…');
    expect(text($(panel, '[part="balance-due"]'))).to.equal('Recalculating…');
    await expect(panel).to.be.accessible();

    release();
    await untilPriced(el, mock);
    const total = mock.backend.priceOrder('us', el.draft).total;
    await waitUntil(() => amount.value !== '', 'the amount did not fill in', WAIT);
    expect(amount.value).to.equal(formatMoneyForInput(total, 'en-US'));
    expect(amount.getAttribute('aria-describedby')).not.to.include('-h');
    expect(text($(panel, '[part="order-total"]'))).to.equal(`$${(total.amount / 100).toFixed(2)}`);
    await expect(panel).to.be.accessible();
  });
});
