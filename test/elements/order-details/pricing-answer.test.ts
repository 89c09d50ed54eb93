/**
 * A pricing answer the dialog cannot take (reviewer's finding on issue 9, item 1): an adapter that
 * prices a line in CAD on the US Store used to throw in the dialog's `willUpdate` (the coupon area
 * took the answer's unit prices into the USD draft), so that the dialog stopped updating. The
 * answer is an error now, shown with "Retry"; the draft keeps its prices and can still be edited
 * and saved.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OrderDetailsChangeEvent } from '../../../src/events/order-details-change.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { openDetails } from '../../support/harness/order-details-dialog.js';
import { $, button, control, text } from '../../support/dom.js';
import { cells, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';

describe('<order-details-dialog> a pricing answer in another currency', function () {
  this.timeout(20_000);
  const mock = useMockBackend();

  /** The mock's adapter, pricing every line in CAD on any site (the answer itself in the site's currency). */
  const cadLines = (): OrderAdapter => ({
    ...mock.adapter,
    async priceOrder(request, init) {
      const pricing = await mock.adapter.priceOrder(request, init);
      return {
        ...pricing,
        lines: pricing.lines.map((l) => ({ ...l, unitPrice: { ...l.unitPrice, currency: 'CAD' } })),
      };
    },
  });

  it('shows the error with "Retry", keeps the unit prices, and can still be edited and saved', async () => {
    const el = await openDetails(cadLines(), buildDraft(mock.backend));
    const alert = await until(() => $(el, '[part~="totals"] [role="alert"]'), 'no pricing error shown');
    expect(text(alert)).to.equal(
      'The total could not be calculated. Could not price the order: the order service sent an answer this page cannot use. Try again; if it keeps happening, ask an administrator. Retry',
    );
    await el.updateComplete;
    const editor = $<LineItemEditor>(el, 'line-item-editor')!;
    expect(cells(tableRows(editor)[0]!)[2]).to.equal('$24.99');
    await expect(el).to.be.accessible();

    // Still editable: a coupon is entered and listed, and "Save" hands over the draft.
    control(el, 'Coupon code')!.value = 'SAVE10';
    button(el, 'Apply')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="coupons"]'))).to.contain('SAVE10');
    await until(() => $(el, '[part~="totals"] [role="alert"]'), 'the new answer is not an error');
    const saved = new Promise<OrderDetailsChangeEvent>((resolve) =>
      el.addEventListener('order-details-change', resolve, { once: true }),
    );
    button(el, 'Save')!.click();
    const { draft } = await saved;
    expect(draft.coupons).to.deep.equal(['SAVE10']);
    expect(draft.lines[0]!.unitPrice).to.deep.equal({ amount: 2499, currency: 'USD' });
    await el.updateComplete;
  });
});
