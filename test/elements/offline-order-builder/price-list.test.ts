/**
 * The builder keeps the unit prices of the price list chosen in Order Details (issue 9, item 1):
 * `draft-change` and the draft in session storage carry the new prices, also when the details
 * were saved before the answer for the new price list came, and a restored draft shows them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { storedDraft } from '../../support/stored-draft.js';
import { $, button, control, text } from '../../support/dom.js';
import { cells, tableRows } from '../../support/harness/line-item-editor.js';
import {
  openConfirmation,
  readBack,
  untilPriced,
  withDraft,
  workspace,
} from '../../support/harness/offline-order-builder.js';
import { record, WAIT } from '../../support/wait.js';

async function openDetails(el: OfflineOrderBuilder): Promise<OrderDetailsDialog> {
  button(el, 'Edit Details')!.click();
  const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
  await waitUntil(() => dialog.open, 'the dialog did not open', WAIT);
  return dialog;
}

/** The unit price and total the dialog's line table shows for its first line. */
function firstLine(dialog: OrderDetailsDialog): [string, string] {
  const row = tableRows($<LineItemEditor>(dialog, 'line-item-editor')!)[0];
  const c = row ? cells(row) : [];
  return [c[2] ?? '', c[6] ?? ''];
}

/** Waits until the dialog shows the answer for its draft, as an agent looking at it would. */
async function untilDialogPriced(dialog: OrderDetailsDialog): Promise<void> {
  await waitUntil(
    () => $(dialog, '[part~="totals"]') && !$(dialog, '[aria-busy="true"]') && $(dialog, '.total'),
    'the dialog is not priced',
    WAIT,
  );
}

async function choosePriceList(dialog: OrderDetailsDialog, name: string): Promise<void> {
  const select = await waitUntil(() => control<HTMLSelectElement>(dialog, 'Price list'), 'no price lists', WAIT).then(
    () => control<HTMLSelectElement>(dialog, 'Price list')!,
  );
  select.value = [...select.options].find((o) => text(o) === name)!.value;
  select.dispatchEvent(new Event('change'));
  await dialog.updateComplete;
}

describe('<offline-order-builder> price list', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('keeps the VIP unit price in draft-change and in storage, and shows it after a reload', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const changes = record<DraftChangeEvent>(el, 'draft-change');
    const dialog = await openDetails(el);
    await untilDialogPriced(dialog);
    await choosePriceList(dialog, 'VIP');
    await waitUntil(() => firstLine(dialog)[0] === '$22.49', 'the dialog does not show the VIP price', WAIT);
    button(dialog, 'Save')!.click();
    await waitUntil(() => changes.length > 0, 'no draft-change', WAIT);
    expect(changes.at(-1)!.draft.priceListId).to.equal('vip');
    expect(changes.at(-1)!.draft.lines[0]!.unitPrice).to.deep.equal({ amount: 2249, currency: 'USD' });
    await waitUntil(() => storedDraft()?.draft.priceListId === 'vip', 'the draft was not stored', WAIT);
    expect(storedDraft()!.draft.lines[0]!.unitPrice).to.deep.equal({ amount: 2249, currency: 'USD' });
    expect(storedDraft()!.draft.lines[0]!.needsRepricing).to.equal(undefined);
    await untilPriced(el, mock);

    // A reload: the restored draft shows the VIP price.
    el.remove();
    const again = await workspace(mock);
    await waitUntil(() => $(again, '[part~="restored-notice"]'), 'the draft was not restored', WAIT);
    const reopened = await openDetails(again);
    await waitUntil(
      () => firstLine(reopened)[0] === '$22.49',
      `the restored line shows ${firstLine(reopened)[0]}`,
      WAIT,
    );
    expect(firstLine(reopened)).to.deep.equal(['$22.49', '$22.49']);
    await untilPriced(again, mock);
    await expect(again).to.be.accessible();
  });

  it('takes the new unit prices into the draft when the details were saved before the answer for the new price list came', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const changes = record<DraftChangeEvent>(el, 'draft-change');
    const dialog = await openDetails(el);
    await untilDialogPriced(dialog);
    const release = mock.scenario.holdNext('priceOrder');
    await choosePriceList(dialog, 'Employee');
    expect(firstLine(dialog)).to.deep.equal(['Recalculating…', 'Recalculating…']);
    button(dialog, 'Save')!.click();
    await waitUntil(() => changes.length > 0, 'no draft-change', WAIT);
    // Saved while the answer was pending: no price of the list prices passes for an Employee one.
    expect(changes[0]!.draft.lines[0]!.needsRepricing).to.equal(true);
    release();
    await waitUntil(
      () => el.draft.lines[0]!.unitPrice.amount === 1749,
      `the draft kept ${el.draft.lines[0]!.unitPrice.amount}`,
      WAIT,
    );
    expect(el.draft.lines[0]!.needsRepricing).to.equal(undefined);
    expect(changes.at(-1)!.draft).to.equal(el.draft);
    await waitUntil(
      () => storedDraft()?.draft.lines[0]?.unitPrice.amount === 1749,
      'the stored draft kept the old price',
      WAIT,
    );
    await untilPriced(el, mock);
  });

  // Reviewer's finding on issue 9, item 1: the read-back showed the line at the price of the list
  // before ($24.99) while the answer for Employee was pending.
  it('never reads back a line at the price of the list before while the new one is being priced', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const dialog = await openDetails(el);
    await untilDialogPriced(dialog);
    const release = mock.scenario.holdNext('priceOrder');
    await choosePriceList(dialog, 'Employee');
    button(dialog, 'Save')!.click();
    await waitUntil(() => el.draft.priceListId === 'employee', 'the details were not saved', WAIT);
    // Every text the read-back shows, from the moment the confirmation opens.
    const shown: string[] = [];
    const seen = new MutationObserver(() => shown.push(text($(el, '[part~="read-back"]'))));
    seen.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await openConfirmation(el);
    const items = () => Object.fromEntries(readBack(el))['Items'] ?? '';
    expect(items()).to.equal('1 × Canvas Tote Bag: Direct Ship, Recalculating…');
    expect(Object.fromEntries(readBack(el))['Total']).to.equal('Recalculating…');
    await expect(el).to.be.accessible();
    release();
    await waitUntil(
      () => items() === '1 × Canvas Tote Bag: Direct Ship, $17.49.',
      `the read-back shows "${items()}"`,
      WAIT,
    );
    seen.disconnect();
    expect(shown.filter((t) => t.includes('$24.99'))).to.deep.equal([]);
    expect(shown.some((t) => t.includes('$17.49'))).to.equal(true);
  });
});
