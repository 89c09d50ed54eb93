/**
 * Price overrides within limits through `<offline-order-builder>` (issue 16): its
 * `max-adjustment-percent` reaches the line item editor of Order Details, and the approver's code
 * stays out of the draft, `draft-change` and sessionStorage.
 */
import { expect } from '@open-wc/testing';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, button, control } from '../../support/dom.js';
import { withDraft } from '../../support/harness/offline-order-builder.js';
import { record, until } from '../../support/wait.js';

describe('<offline-order-builder> price overrides', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('passes max-adjustment-percent down, and keeps the approver code out of the draft and storage', async () => {
    const el = await withDraft(
      mock,
      buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] }),
    );
    el.setAttribute('max-adjustment-percent', '15');
    await el.updateComplete;
    const drafts = record<DraftChangeEvent>(el, 'draft-change');
    el.addEventListener('override-approval', (event) =>
      event.respondWith(Promise.resolve(event.approverCode === 'S3CRET-77')),
    );

    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await until(() => dialog.open && $(dialog, 'line-item-editor'), 'Order Details did not open');
    expect(dialog.maxAdjustmentPercent).to.equal(15);
    const editor = $<LineItemEditor>(dialog, 'line-item-editor')!;
    await editor.updateComplete;
    expect(editor.maxAdjustmentPercent).to.equal(15);

    const line = el.draft.lines[0]!.id;
    await until(() => $<HTMLButtonElement>(editor, `[data-path="lines.${line}.adjustment"]`), 'no Adjust price');
    $<HTMLButtonElement>(editor, `[data-path="lines.${line}.adjustment"]`)!.click();
    await editor.updateComplete;
    control(editor, 'Amount')!.value = '10.00';
    control(editor, 'Reason')!.value = 'Manager approved';
    button(editor, 'Apply')!.click();
    await until(() => control(editor, 'Approver code'), 'no Approver code');
    control(editor, 'Approver code')!.value = 'S3CRET-77';
    button(editor, 'Apply')!.click();
    await until(() => !control(editor, 'Approver code'), 'the approved adjustment was not applied');
    await expect(dialog).to.be.accessible();

    button(dialog, 'Save')!.click();
    await until(() => el.draft.lines[0]!.adjustment, 'the adjustment was not saved');
    expect(el.draft.lines[0]!.adjustment).to.deep.include({ amount: { amount: 1000, currency: 'USD' } });
    await until(() => drafts.length > 0, 'no draft-change');
    expect(JSON.stringify(drafts.at(-1)!.draft)).to.contain('Manager approved');
    expect(JSON.stringify(drafts.map((event) => event.draft))).not.to.contain('S3CRET');
    expect(JSON.stringify(el.draft)).not.to.contain('S3CRET');
    const stored = Array.from({ length: sessionStorage.length }, (_, i) =>
      sessionStorage.getItem(sessionStorage.key(i)!),
    );
    expect(stored.join('\n')).not.to.contain('S3CRET');
  });
});
