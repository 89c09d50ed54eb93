/**
 * Changing the price list in Order Details (issue 9, item 1): the lines show the unit prices of
 * the adapter's answer for the price list now chosen (never those of the one before), with line
 * totals that add up to the subtotal; while that answer is pending they show "Recalculating…".
 */
import { expect } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDraft, Site } from '../../../src/model/types.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { lineEditor, openDetails, totals } from '../../support/harness/order-details-dialog.js';
import { $, control, text } from '../../support/dom.js';
import { cells, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';

/** The unit price and total shown for each line. */
function linePrices(el: OrderDetailsDialog): [string, string][] {
  const editor = lineEditor(el);
  return tableRows(editor).map((row) => {
    const c = cells(row);
    return [c[2]!, c[6]!];
  });
}

describe('<order-details-dialog> price list', function () {
  this.timeout(20_000);
  const mock = useMockBackend();

  async function open(draft: OrderDraft, site: Site = SITES.us): Promise<OrderDetailsDialog> {
    return openDetails(mock.adapter, draft, { site });
  }

  /** Waits until the totals are the answer for the draft being edited, and returns them. */
  async function settled(el: OrderDetailsDialog): Promise<Record<string, string>> {
    await until(() => !$(el, '[aria-busy="true"]') && totals(el)['Subtotal'], 'not priced');
    await until(
      () =>
        totals(el)['Subtotal'] ===
        `$${(mock.backend.priceOrder(el.draft.siteId!, el.draft).subtotal.amount / 100).toFixed(2)}`,
      'the totals are not the answer for the draft',
    );
    return totals(el);
  }

  async function choose(el: OrderDetailsDialog, name: string): Promise<void> {
    const select = await until(() => control<HTMLSelectElement>(el, 'Price list'), 'no price lists');
    const option = [...select.options].find((o) => text(o) === name)!;
    select.value = option.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('shows the Canvas Tote Bag at $22.49 (VIP), $17.49 (Employee), then $24.99 (List prices), as the subtotal does', async () => {
    const el = await open(buildDraft(mock.backend));
    await settled(el);
    expect(linePrices(el)).to.deep.equal([['$24.99', '$24.99']]);

    for (const [list, price] of [
      ['VIP', '$22.49'],
      ['Employee', '$17.49'],
      ['List prices', '$24.99'],
    ] as const) {
      await choose(el, list);
      await until(
        () => linePrices(el)[0]?.[0] === price,
        `the line does not show ${price} for ${list} (it shows ${linePrices(el)[0]})`,
      );
      const shown = await settled(el);
      expect(shown['Subtotal'], list).to.equal(price);
      expect(linePrices(el), list).to.deep.equal([[price, price]]);
      expect(el.draft.lines[0]!.unitPrice.amount, list).to.equal(Math.round(Number(price.slice(1)) * 100));
      expect(el.draft.lines[0]!.needsRepricing, list).to.equal(undefined);
    }
    await expect(el).to.be.accessible();
  });

  it('shows "Recalculating…" instead of the previous price list’s prices while the new answer is pending', async () => {
    const el = await open(buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', quantity: 2 }] }));
    await settled(el);
    expect(linePrices(el)).to.deep.equal([['$24.99', '$49.98']]);
    const release = mock.scenario.holdNext('priceOrder');
    await choose(el, 'VIP');
    await until(() => mock.backend.requestsFor('priceOrder').length === 2, 'the new price list was not priced');
    expect(linePrices(el)).to.deep.equal([['Recalculating…', 'Recalculating…']]);
    await expect(el).to.be.accessible();
    release();
    await until(() => linePrices(el)[0]?.[0] === '$22.49', 'the VIP price did not come');
    expect(linePrices(el)).to.deep.equal([['$22.49', '$44.98']]);
    expect((await settled(el))['Subtotal']).to.equal('$44.98');
  });

  it('on Wholesale, the VIP line total is the subtotal', async () => {
    const draft = buildDraft(mock.backend, {
      siteId: 'wholesale',
      customerId: 'grace',
      lines: [{ productId: 'canvas-tote', quantity: 20 }],
    });
    const el = await open(draft, SITES.wholesale);
    await settled(el);
    expect(linePrices(el)).to.deep.equal([['$24.99', '$499.80']]);
    await choose(el, 'VIP');
    await until(() => linePrices(el)[0]?.[0] === '$22.49', 'the VIP price did not come');
    expect(linePrices(el)).to.deep.equal([['$22.49', '$449.80']]);
    expect((await settled(el))['Subtotal']).to.equal('$449.80');
  });
});
