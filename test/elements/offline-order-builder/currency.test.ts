/**
 * Amounts in the page's locale with the site's currency (issue 9, item 5), and a check in the
 * site's own word (item 15): on the Canada Store in an English (US) page every amount reads
 * "CA$…" (summary, orders list, line table, totals, payments, read-back, success view) and the
 * read-back says "Amounts in Canadian dollars (CAD)." and "Cheque 889"; on the US Store "$…",
 * "Amounts in US dollars (USD)." and "Check 889".
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, text } from '../../support/dom.js';
import { cells, tableRows } from '../../support/harness/line-item-editor.js';
import {
  confirm,
  openConfirmation,
  readBack,
  renderBuilder,
  tab,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { orderList, untilRows } from '../../support/harness/order-list.js';
import { chooseType, fill, openForm, paymentRows, save } from '../../support/harness/payment-panel.js';
import { WAIT } from '../../support/wait.js';

/** A summary item's value, by its label. */
function summary(el: OfflineOrderBuilder, label: string): string {
  const dt = $$(el, '[part~="details-summary"] dt').find((d) => text(d) === label);
  return text(dt?.nextElementSibling);
}

const SITES = [
  { id: 'ca', symbol: 'CA\\$', currency: 'Canadian dollars (CAD)', check: 'Cheque' },
  { id: 'us', symbol: '\\$', currency: 'US dollars (USD)', check: 'Check' },
];

describe('<offline-order-builder> amounts in an English (US) page', function () {
  this.timeout(40_000);
  const mock = useMockBackend();

  before(() => (document.documentElement.lang = 'en-US'));
  after(() => (document.documentElement.lang = ''));
  afterEach(() => sessionStorage.clear());

  for (const site of SITES) {
    it(`reads "${site.symbol.replace('\\', '')}" everywhere on ${site.id === 'ca' ? 'the Canada' : 'the US'} Store, and "${site.check} 889" in the read-back`, async () => {
      const amount = new RegExp(`^-?${site.symbol}\\d{1,3}(,\\d{3})*\\.\\d\\d$`);
      const el = await renderBuilder(mock.adapter, { siteId: site.id });
      await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);

      // The orders list.
      const [row] = await untilRows(orderList(el));
      expect(text(row!.querySelector('[part="order-total"]'))).to.match(amount);

      // The summary.
      el.draft = buildDraft(mock.backend, { siteId: site.id });
      await untilPriced(el, mock);
      expect(summary(el, 'Total')).to.match(amount);

      // Order Details: the line table, the rates and the totals.
      button(el, 'Edit Details')!.click();
      const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(
        () => dialog.open && $(dialog, '.total') && !$(dialog, '[aria-busy="true"]'),
        'Order Details is not priced',
        WAIT,
      );
      const line = cells(tableRows($<LineItemEditor>(dialog, 'line-item-editor')!)[0]!);
      expect(line[2]).to.match(amount);
      expect(line[6]).to.match(amount);
      const totals = $$(dialog, '[part~="total-row"]').map((r) => text(r.lastElementChild));
      expect(totals.length).to.be.greaterThan(2);
      for (const figure of totals) expect(figure).to.match(amount);
      await waitUntil(() => $(dialog, '#shipping-method'), 'no rates', WAIT);
      for (const option of [...$<HTMLSelectElement>(dialog, '#shipping-method')!.options].slice(1)) {
        expect(text(option).split(' · ')[1]).to.match(amount);
      }
      button(dialog, 'Save')!.click();
      await waitUntil(() => !dialog.open, 'Order Details did not close', WAIT);

      // Payments: a check, in the site's word.
      tab(el, 'Payments').click();
      const panel = $<PaymentPanel>(el, 'payment-panel')!;
      await waitUntil(() => $(panel, '[part="add-button"]'), 'no Add Payment', WAIT);
      await openForm(panel);
      await chooseType(panel, site.check);
      fill(panel, `${site.check} number`, '889');
      await save(panel);
      await waitUntil(() => el.draft.payments.length === 1, 'the check did not reach the draft', WAIT);
      await panel.updateComplete;
      expect(paymentRows(panel)[0]).to.match(new RegExp(`^${site.check} 889 ${site.symbol}\\d`));
      for (const part of ['order-total', 'paid', 'balance-due'])
        expect(text($(panel, `[part="${part}"]`))).to.match(amount);

      // The read-back.
      await openConfirmation(el);
      await waitUntil(() => $(el, '[part~="read-back-total"]'), 'no figures in the read-back', WAIT);
      const read = Object.fromEntries(readBack(el));
      expect(read['Currency']).to.equal(`Amounts in ${site.currency}.`);
      expect(read['Payments']).to.match(new RegExp(`^${site.check} 889 ${site.symbol}\\d`));
      expect(read['Items']).to.match(new RegExp(`Direct Ship, ${site.symbol}\\d+\\.\\d\\d\\.$`));
      for (const label of ['Subtotal', 'Shipping', 'Tax', 'Total', 'Balance due'])
        expect(read[label], label).to.match(amount);
      await expect(el).to.be.accessible();

      // The success view.
      await confirm(el);
      await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', WAIT);
      const total = text($(el, '[part~="success"] p'));
      expect(total).to.match(new RegExp(`^Total: ${site.symbol}\\d+\\.\\d\\d$`));
    });
  }
});
