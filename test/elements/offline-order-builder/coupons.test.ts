/**
 * Only the accepted coupons are the order's (issue 9, item 2): the Order Details summary, the
 * confirmation's read-back and the submitted order carry FREESHIP and SAVE10, never the codes the
 * adapter rejected; a rejected code that reaches the builder outside Order Details is taken out
 * with the reason.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { addCoupon } from '../../../src/model/draft.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import {
  confirm,
  openConfirmation,
  readBack,
  untilPriced,
  withDraft,
  workspace,
} from '../../support/harness/offline-order-builder.js';
import { record, WAIT } from '../../support/wait.js';

/** A summary item's value, by its label. */
function summary(el: OfflineOrderBuilder, label: string): string {
  const dt = $$(el, '[part~="details-summary"] dt').find((d) => text(d) === label);
  return text(dt?.nextElementSibling);
}

describe('<offline-order-builder> coupons', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('summarizes, reads back and submits only the accepted codes of EXPIRED, FREESHIP, BIGSPENDER, SAVE10 and an unknown one', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open', WAIT);
    for (const code of ['EXPIRED', 'FREESHIP', 'BIGSPENDER', 'SAVE10', 'NOSUCHCODE']) {
      control(dialog, 'Coupon code')!.value = code;
      button(dialog, 'Apply')!.click();
      await dialog.updateComplete;
    }
    const entries = () => $$(dialog, '[part~="coupons"] li').map((li) => text(li));
    await waitUntil(
      () => entries().length === 5 && !entries().some((e) => e.includes('Checking…')),
      'the codes were not checked',
      WAIT,
    );
    expect(entries().filter((e) => e.includes('Rejected'))).to.have.length(3);
    button(dialog, 'Save')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close', WAIT);
    await untilPriced(el, mock);

    expect(el.draft.coupons).to.deep.equal(['FREESHIP', 'SAVE10']);
    expect(summary(el, 'Coupons')).to.equal('FREESHIP, SAVE10');

    await openConfirmation(el);
    await waitUntil(() => $(el, '[part~="read-back-total"]'), 'no figures in the read-back', WAIT);
    const read = Object.fromEntries(readBack(el));
    expect(read['Coupons']).to.equal('FREESHIP, SAVE10');
    expect(Object.keys(read).filter((label) => label.startsWith('Coupon '))).to.deep.equal([
      'Coupon FREESHIP',
      'Coupon SAVE10',
    ]);
    await expect(el).to.be.accessible();

    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', WAIT);
    const sent = mock.backend.requestsFor('submitOrder');
    expect(sent).to.have.length(1);
    expect(sent[0]!.coupons).to.deep.equal(['FREESHIP', 'SAVE10']);
  });

  it('takes a rejected code out of a draft opened outside Order Details, and says why', async () => {
    const el = await workspace(mock);
    const changes = record<DraftChangeEvent>(el, 'draft-change');
    el.draft = addCoupon(addCoupon(buildDraft(mock.backend), 'EXPIRED'), 'SAVE10');
    await waitUntil(() => text($(el, '[part~="coupon-notice"]')), 'no word about EXPIRED', WAIT);
    expect(text($(el, '[part~="coupon-notice"]'))).to.equal('Coupon EXPIRED was removed: EXPIRED has expired.');
    expect($(el, '[part~="coupon-notice"]')!.closest('[role="status"]')).not.to.equal(null);
    expect(el.draft.coupons).to.deep.equal(['SAVE10']);
    expect(summary(el, 'Coupons')).to.equal('SAVE10');
    // A host's draft: taking the answer in is not an edit of the agent.
    expect(changes).to.have.length(0);
    await untilPriced(el, mock);
    await expect(el).to.be.accessible();

    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', WAIT);
    expect(mock.backend.requestsFor('submitOrder')[0]!.coupons).to.deep.equal(['SAVE10']);
  });
});
