/**
 * A draft resumed from "Drafts" stays that saved draft's after a reload (the sessionStorage draft
 * keeps its id): "Save draft" replaces it and submitting deletes it. A delete that fails after the
 * order was submitted is said, and the order stays submitted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { NotFoundError } from '../../../src/adapter/errors.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import { $, $$, button, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import {
  confirm,
  fullDraft,
  openConfirmation,
  renderBuilder,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { storedDraft } from '../../support/stored-draft.js';
import { WAIT } from '../../support/wait.js';

const UNDELETED = 'The order was submitted, but its saved draft could not be deleted: delete it from Drafts.';

describe('<offline-order-builder> a resumed draft across a reload', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  async function builder(adapter: OrderAdapter = mock.adapter): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    return el;
  }

  const rows = (el: OfflineOrderBuilder) => $$(el, '[part~="draft"]');
  const notice = (el: OfflineOrderBuilder) => text($(el, '[part~="saved-draft-notice"]'));

  /** Resumes the only saved draft from "Drafts" into a fresh builder. */
  async function resumed(adapter?: OrderAdapter): Promise<OfflineOrderBuilder> {
    const el = await builder(adapter);
    $<HTMLButtonElement>(el, '[part~="drafts-button"]')!.click();
    await waitUntil(() => rows(el).length === 1, 'Drafts did not list the draft', WAIT);
    button(rows(el)[0]!, 'Resume')!.click();
    await waitUntil(() => el.draft.lines.length === 2, 'the draft was not resumed', WAIT);
    return el;
  }

  /** The page reloaded: the builder gone, a new one offered the draft kept in sessionStorage. */
  async function reloaded(el: OfflineOrderBuilder): Promise<OfflineOrderBuilder> {
    await waitUntil(() => storedDraft()?.draft.id === el.draft.id, 'the draft was not kept', WAIT);
    el.remove();
    const next = await builder();
    await waitUntil(() => next.draft.lines.length > 0, 'the kept draft was not restored', WAIT);
    return next;
  }

  async function submit(el: OfflineOrderBuilder): Promise<void> {
    await untilPriced(el, mock);
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
  }

  it('keeps the saved draft’s id with the draft kept in sessionStorage, and "Save draft" replaces that saved draft after a reload', async () => {
    const saved = mock.backend.saveDraft('us', fullDraft(mock.backend));
    const first = await resumed();
    await waitUntil(() => storedDraft()?.savedDraftId === saved.id, 'the saved draft’s id was not kept', WAIT);

    const el = await reloaded(first);
    el.draft = setCustomerNotes(el.draft, 'Call back at 5');
    $<HTMLButtonElement>(el, '[part~="save-draft-button"]')!.click();
    await waitUntil(() => text($(el, '[part~="draft-status"]')) === 'Draft saved.', 'the draft was not saved', WAIT);
    expect(mock.backend.listDrafts('us').map((s) => [s.id, s.draft.customerNotes])).to.deep.equal([
      [saved.id, 'Call back at 5'],
    ]);
    expect(mock.backend.requestsFor('saveDraft')).to.have.length(0);
    expect(mock.backend.requestsFor('replaceDraft').map((r) => r.url)).to.deep.equal([
      `/api/v1/sites/us/drafts/${saved.id}`,
    ]);
  });

  it('deletes the saved draft when the order is submitted after a reload', async () => {
    mock.backend.saveDraft('us', fullDraft(mock.backend));
    const el = await reloaded(await resumed());
    await submit(el);
    await waitUntil(() => mock.backend.listDrafts('us').length === 0, 'the saved draft is still there', WAIT);
    expect(mock.backend.requestsFor('deleteDraft')).to.have.length(1);
    expect(notice(el)).to.equal('');
  });

  it('forgets the saved draft once another order is begun: submitting that one deletes nothing', async () => {
    mock.backend.saveDraft('us', fullDraft(mock.backend));
    const first = await resumed();
    const resumedId = first.draft.id;
    first.draft = buildDraft(mock.backend);
    await first.updateComplete;
    await waitUntil(() => storedDraft()?.draft.id !== resumedId, 'the new order was not kept', WAIT);
    expect(storedDraft()?.savedDraftId).to.equal(undefined);
    const el = await reloaded(first);
    await submit(el);
    expect(mock.backend.requestsFor('deleteDraft')).to.have.length(0);
    expect(mock.backend.listDrafts('us')).to.have.length(1);
  });

  describe('when the saved draft cannot be deleted after the order was submitted', () => {
    it('says so under the success view, which stays; deleted from Drafts, nothing is left to say', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      mock.scenario.failNext('deleteDraft', 422);
      const el = await resumed();
      await submit(el);
      await waitUntil(() => notice(el) === UNDELETED, `nothing said: "${notice(el)}"`, WAIT);
      expect($(el, '[part~="saved-draft-notice"]')!.getAttribute('role')).to.equal('status');
      expect(text($(el, '[part~="success"] h2'))).to.match(/^Order \d+ submitted$/);
      expect(mock.backend.listDrafts('us')).to.have.length(1);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part~="drafts-button"]')!.click();
      await waitUntil(() => rows(el).length === 1, 'Drafts did not list the draft', WAIT);
      button(rows(el)[0]!, 'Delete')!.click();
      const question = () => $<HTMLDialogElement>(el, '[part~="discard-dialog"]');
      await waitUntil(() => question()?.open, 'nothing was asked', WAIT);
      button(question()!, 'Delete')!.click();
      await waitUntil(() => mock.backend.listDrafts('us').length === 0, 'the draft was not deleted', WAIT);
      await waitUntil(() => notice(el) === '', 'the notice stayed', WAIT);
    });

    it('says nothing when a host’s adapter answers it was deleted elsewhere meanwhile (not found)', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      let deleted: Promise<void> | undefined;
      const el = await resumed({
        ...mock.adapter,
        deleteDraft: () => (deleted = Promise.reject(new NotFoundError('That draft no longer exists.'))),
      });
      await submit(el);
      await waitUntil(() => !!deleted, 'no delete was asked', WAIT);
      await deleted!.catch(() => undefined);
      await el.updateComplete;
      expect(notice(el)).to.equal('');
    });

    it('is no longer said once a new order is begun', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      mock.scenario.failNext('deleteDraft', 422);
      const el = await resumed();
      await submit(el);
      await waitUntil(() => notice(el) === UNDELETED, 'nothing said', WAIT);
      button(el, 'Create New Order')!.click();
      await waitUntil(() => !$(el, '[part~="success"]'), 'no new order', WAIT);
      expect($(el, '[part~="saved-draft-notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
