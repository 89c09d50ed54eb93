/**
 * A tax-exempt order through `<offline-order-builder>` (issue 16): the exemption saved in Order
 * Details reaches the builder's draft (its one write path) and its pricing, and is shown with its
 * certificate number in the Order Details summary, the confirmation's read-back and the success view.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import {
  confirm,
  fullDraft,
  openConfirmation,
  readBack,
  withDraft,
} from '../../support/harness/offline-order-builder.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { record, until, WAIT } from '../../support/wait.js';

describe('<offline-order-builder> tax exempt', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const summary = (el: OfflineOrderBuilder) =>
    Object.fromEntries(
      $$(el, '[part~="details-summary"] div').map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]),
    );

  it('saves the exemption from Order Details, re-prices with no tax, and reads it back before and after submit', async () => {
    const el = await withDraft(mock, fullDraft(mock.backend));
    const drafts = record<DraftChangeEvent>(el, 'draft-change');
    expect(summary(el)).not.to.have.property('Tax exempt');

    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await until(() => dialog.open && control(dialog, 'Tax exempt'), 'Order Details did not open');
    const box = control(dialog, 'Tax exempt')!;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await dialog.updateComplete;
    const number = control(dialog, 'Exemption certificate number')!;
    number.value = 'EX-4471';
    number.dispatchEvent(new Event('change'));
    await dialog.updateComplete;
    button(dialog, 'Save')!.click();

    await until(() => el.draft.taxExemption, 'the exemption did not reach the draft');
    expect(el.draft.taxExemption).to.deep.equal({ certificateNumber: 'EX-4471' });
    await until(() => drafts.some((event) => event.draft.taxExemption), 'no draft-change with the exemption');
    const priced = mock.backend.priceOrder('us', el.draft);
    expect(priced.tax.amount).to.equal(0);
    await waitUntil(() => summary(el)['Tax exempt'] === 'Certificate EX-4471', 'not in the summary', WAIT);
    await expect(el).to.be.accessible();

    await openConfirmation(el);
    await waitUntil(() => readBack(el).some(([label]) => label === 'Tax exempt'), 'not in the read-back', WAIT);
    const rows = Object.fromEntries(readBack(el));
    expect(rows['Tax']).to.equal('$0.00');
    expect(rows['Tax exempt']).to.equal('Certificate EX-4471');
    await expect(el).to.be.accessible();

    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    await el.updateComplete;
    const after = $$(el, '[part~="success"] [part~="read-back"] > dt').map((dt) => [
      text(dt),
      text(dt.nextElementSibling),
    ]);
    expect(Object.fromEntries(after)).to.deep.include({ Tax: '$0.00', 'Tax exempt': 'Certificate EX-4471' });
    await expect(el).to.be.accessible();
  });
});
