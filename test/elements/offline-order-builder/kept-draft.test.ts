import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import { TEXT_LIMITS } from '../../../src/model/limits.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import { liveRegionOf } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { DRAFT_KEY as KEY, storedDraft as stored } from '../../support/stored-draft.js';
import { $, button, control, text } from '../../support/dom.js';
import { fullDraft, withDraft, workspace } from '../../support/harness/offline-order-builder.js';
import { chooseType, control as paymentControl, openForm, renderPanel } from '../../support/harness/payment-panel.js';
import { WAIT } from '../../support/wait.js';

/** Makes the session storage refuse to save the draft (full), until the returned function is called. */
function fullStorage(): () => void {
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (this === sessionStorage && key === KEY)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.call(this, key, value);
  };
  return () => {
    Storage.prototype.setItem = real;
  };
}

describe('<offline-order-builder> keeping the draft in this browser', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();
  let restore: (() => void) | undefined;

  afterEach(() => {
    restore?.();
    restore = undefined;
    sessionStorage.clear();
  });

  const notice = (el: OfflineOrderBuilder) => $(el, '[part~="storage-notice"]');

  it('says "This order could not be kept in this browser" when a save fails, and a reload never offers the older draft', async () => {
    const draft = buildDraft(mock.backend);
    const first = await withDraft(mock, draft);
    await waitUntil(() => stored()?.draft.id === draft.id, 'the draft was not stored', WAIT);
    restore = fullStorage();
    first.draft = setCustomerNotes(draft, 'Ring the bell twice');
    await waitUntil(() => notice(first), 'the failed save was not told', WAIT);
    // In a live region there before it (review of issue 9, C).
    expect(liveRegionOf(notice(first))!.getAttribute('role')).to.equal('status');
    expect(text(notice(first)!.querySelector('p'))).to.equal('This order could not be kept in this browser');
    // The older version is gone: it cannot come back as the latest.
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    await expect(first).to.be.accessible();

    // A reload: nothing is offered back.
    first.remove();
    const second = await workspace(mock);
    await second.updateComplete;
    expect($(second, '[part~="restored-notice"]')).to.equal(null);
    expect(second.draft.customer).to.equal(null);
    second.remove();

    // Once a save goes through again, the notice goes, and the latest draft is the one kept.
    restore();
    restore = undefined;
    const third = await withDraft(mock, setCustomerNotes(draft, 'Ring the bell twice'));
    await waitUntil(() => stored()?.draft.customerNotes === 'Ring the bell twice', 'the draft was not stored', WAIT);
    expect(notice(third)).to.equal(null);
  });

  it('clears the notice once a later save goes through', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    restore = fullStorage();
    el.draft = setCustomerNotes(el.draft, 'Call first');
    await waitUntil(() => notice(el), 'the failed save was not told', WAIT);
    restore();
    restore = undefined;
    el.draft = setCustomerNotes(el.draft, 'Call first, then ring');
    await waitUntil(() => !notice(el), 'the notice stayed', WAIT);
    expect(stored()?.draft.customerNotes).to.equal('Call first, then ring');
  });

  it('sends pricing only what prices depend on: no notes, gift messages or payments', async () => {
    const bodies: { draft: OrderDraft }[] = [];
    mock.worker.use(
      http.post(`${mock.baseUrl}/sites/:siteId/pricing`, async ({ request }) => {
        bodies.push((await request.clone().json()) as { draft: OrderDraft });
        // Nothing answered here: the mock backend answers.
        return undefined;
      }),
    );
    const draft = fullDraft(mock.backend);
    const el = await withDraft(mock, draft);
    expect(bodies.length).to.be.greaterThan(0);
    const sent = bodies.at(-1)!.draft;
    expect(sent.id).to.equal(draft.id);
    expect(sent.lines.map((l) => l.productId)).to.deep.equal(draft.lines.map((l) => l.productId));
    expect(sent.customer?.id).to.equal('ada');
    expect(sent.customerNotes).to.equal('');
    expect(sent.giftMessage).to.equal('');
    expect(sent.lines.map((l) => l.giftMessage)).to.deep.equal(['', '']);
    expect(sent.payments).to.deep.equal([]);
    expect(JSON.stringify(bodies))
      .not.to.contain('Happy birthday')
      .and.not.contain('Call on arrival')
      .and.not.contain('tok_');
    // The draft itself keeps them.
    expect(el.draft.customerNotes).to.equal('Call on arrival');
  });

  describe('limits of the free-text fields, at the field', () => {
    it('caps the notes and gift messages with a visible limit, and the adjustment reasons', async () => {
      const el = await withDraft(mock, fullDraft(mock.backend));
      button(el, 'Edit Details')!.click();
      const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(() => dialog.open && control(dialog, 'Customer notes'), 'Order Details did not open', WAIT);

      const limited = (field: HTMLElement | null, limit: number, hint: string) => {
        expect(field!.getAttribute('maxlength')).to.equal(String(limit));
        const described =
          $(dialog, `#${field!.getAttribute('aria-describedby')}`) ??
          $(editor, `#${field!.getAttribute('aria-describedby')}`);
        expect(text(described)).to.equal(hint);
      };
      const editor = $<LineItemEditor>(dialog, 'line-item-editor')!;
      limited(control(dialog, 'Customer notes'), TEXT_LIMITS.customerNotes, 'Up to 1,000 characters');
      limited(control(dialog, 'Order gift message'), TEXT_LIMITS.giftMessage, 'Up to 500 characters');
      limited(control(editor, 'Gift message'), TEXT_LIMITS.lineGiftMessage, 'Up to 500 characters');
      expect($(dialog, '#order-reason')!.getAttribute('maxlength')).to.equal(String(TEXT_LIMITS.adjustmentReason));
      expect($(dialog, '#shipping-reason')!.getAttribute('maxlength')).to.equal(String(TEXT_LIMITS.adjustmentReason));
      $<HTMLButtonElement>(editor, `[data-path="lines.${el.draft.lines[0]!.id}.adjustment"]`)!.click();
      await waitUntil(() => control(editor, 'Reason'), 'the price adjustment did not open', WAIT);
      expect(control(editor, 'Reason')!.getAttribute('maxlength')).to.equal(String(TEXT_LIMITS.adjustmentReason));
      await expect(el).to.be.accessible();
    });

    it('caps a payment reference', async () => {
      const panel = await renderPanel({ adapter: mock.adapter });
      await openForm(panel);
      await chooseType(panel, 'Check');
      expect(paymentControl(panel, 'Check number').getAttribute('maxlength')).to.equal(
        String(TEXT_LIMITS.paymentReference),
      );
      await chooseType(panel, 'Gift Card');
      expect(paymentControl(panel, 'Code').getAttribute('maxlength')).to.equal(String(TEXT_LIMITS.paymentReference));
    });
  });
});
