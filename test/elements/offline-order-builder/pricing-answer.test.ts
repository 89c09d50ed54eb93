/**
 * A pricing answer the builder cannot take (reviewer's finding on issue 9, item 1): a host's
 * adapter that prices a line in CAD on the US Store used to make every update of the builder
 * throw (the answer's unit prices went into the USD draft during `willUpdate`), so that
 * `updateComplete` rejected and nothing updated again. The answer is an error now: the summary
 * says "Not available", Order Details says why with "Retry", the draft keeps its prices, and the
 * builder goes on working.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { addCoupon } from '../../../src/model/draft.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, text } from '../../support/dom.js';
import { renderBuilder, untilPriced } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

/** A summary item's value, by its label. */
function summary(el: OfflineOrderBuilder, label: string): string {
  const dt = $$(el, '[part~="details-summary"] dt').find((d) => text(d) === label);
  return text(dt?.nextElementSibling);
}

describe('<offline-order-builder> a pricing answer in another currency', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  /** The mock's adapter, pricing every line in CAD (the answer itself in USD) while `broken.on`. */
  function cadLines(broken: { on: boolean }): OrderAdapter {
    return {
      ...mock.adapter,
      async priceOrder(request, init) {
        const pricing = await mock.adapter.priceOrder(request, init);
        if (!broken.on) return pricing;
        return {
          ...pricing,
          lines: pricing.lines.map((l) => ({ ...l, unitPrice: { ...l.unitPrice, currency: 'CAD' } })),
        };
      },
    };
  }

  it('says "Not available", keeps the draft, and keeps updating (updateComplete resolves)', async () => {
    const broken = { on: true };
    const el = await renderBuilder(cadLines(broken), { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    const draft = buildDraft(mock.backend);
    el.draft = draft;
    await waitUntil(() => summary(el, 'Total') === 'Not available', `the total shows "${summary(el, 'Total')}"`, WAIT);
    await el.updateComplete;
    expect(el.draft.lines[0]!.unitPrice).to.deep.equal({ amount: 2499, currency: 'USD' });
    await expect(el).to.be.accessible();

    // Order Details says why, with "Retry".
    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(
      () => dialog.open && $(dialog, '[part~="totals"] [role="alert"]'),
      'the dialog shows no pricing error',
      WAIT,
    );
    expect(text($(dialog, '[part~="totals"] [role="alert"]'))).to.equal(
      'The total could not be calculated. Could not price the order: the order service sent an answer this page cannot use. Try again; if it keeps happening, ask an administrator. Retry',
    );
    await dialog.updateComplete;
    await el.updateComplete;
    button(dialog, 'Cancel')!.click();
    await waitUntil(() => !dialog.open, 'the dialog did not close', WAIT);

    // Once the adapter answers in the draft's currency, the next edit is priced as usual.
    broken.on = false;
    el.draft = addCoupon(draft, 'SAVE10');
    await untilPriced(el, mock);
    expect(summary(el, 'Coupons')).to.equal('SAVE10');
    await el.updateComplete;
  });
});
