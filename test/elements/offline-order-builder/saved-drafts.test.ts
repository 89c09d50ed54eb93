import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, $$, button, deepActiveElement, focusName, text } from '../../support/dom.js';
import { buildDraft, TEST_CARDS } from '../../support/fixtures.js';
import {
  confirm,
  fullDraft,
  openConfirmation,
  renderBuilder,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { MOCK_BASE_URL, useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> park and resume: Save draft and Drafts', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  /** The request bodies the builder's adapter sent, as they went over the wire. */
  let bodies: { path: string; method: string; body: string }[];

  afterEach(() => sessionStorage.clear());

  /** A REST adapter over the mock backend that keeps what it sends. */
  function recordingAdapter(): OrderAdapter {
    bodies = [];
    return createRestAdapter({
      baseUrl: MOCK_BASE_URL,
      retry: { baseDelayMs: 0, maxDelayMs: 0 },
      fetch: (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        bodies.push({
          path: new URL(url, location.href).pathname,
          method: init?.method ?? 'GET',
          body: String(init?.body ?? ''),
        });
        return fetch(input, init);
      },
    });
  }

  async function builder(adapter: OrderAdapter = recordingAdapter()): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    return el;
  }

  async function withDraft(draft: OrderDraft): Promise<OfflineOrderBuilder> {
    const el = await builder();
    el.draft = draft;
    await untilPriced(el, mock);
    return el;
  }

  const saveButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="save-draft-button"]');
  const draftsButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="drafts-button"]');
  const draftsDialog = (el: OfflineOrderBuilder) => $<HTMLDialogElement>(el, '#drafts-dialog');
  const rows = (el: OfflineOrderBuilder) => $$(el, '[part~="draft"]');
  const question = (el: OfflineOrderBuilder) => $<HTMLDialogElement>(el, '[part~="discard-dialog"]');

  async function save(el: OfflineOrderBuilder): Promise<void> {
    saveButton(el)!.click();
    await waitUntil(() => text($(el, '[part~="draft-status"]')) === 'Draft saved.', 'the draft was not saved', WAIT);
  }

  async function openDrafts(el: OfflineOrderBuilder): Promise<HTMLDialogElement> {
    draftsButton(el)!.click();
    await waitUntil(() => draftsDialog(el)?.open && !$(el, '[part~="drafts-loading"]'), 'Drafts did not open', WAIT);
    return draftsDialog(el)!;
  }

  async function answer(el: OfflineOrderBuilder, name: string): Promise<void> {
    await waitUntil(() => question(el)?.open, 'nothing was asked', WAIT);
    button(question(el)!, name)!.click();
    await el.updateComplete;
  }

  /** Ada's order with a card payment to which a careless caller attached the card's number and code. */
  function draftWithCardNumber(): OrderDraft {
    const draft = fullDraft(mock.backend);
    const card = draft.payments[0]!.card as unknown as Record<string, unknown>;
    card['number'] = TEST_CARDS.visa;
    card['securityCode'] = '737';
    return draft;
  }

  describe('when the adapter cannot save drafts', () => {
    it('shows neither "Save draft" nor "Drafts"', async () => {
      const adapter = { ...mock.adapter };
      delete adapter.saveDraft;
      const el = await builder(adapter);
      el.draft = buildDraft(mock.backend);
      await el.updateComplete;
      expect(saveButton(el), 'Save draft').to.equal(null);
      expect(draftsButton(el), 'Drafts').to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('Save draft', () => {
    it('comes after "Submit Order" (no Tab stop before it) and is unavailable for an empty order', async () => {
      const el = await builder();
      const footer = $$(el, '[part~="footer"] button').map(text);
      expect(footer.slice(-2)).to.deep.equal(['Submit Order', 'Save draft']);
      expect(saveButton(el)!.disabled).to.equal(true);
      expect(text(draftsButton(el))).to.equal('Drafts');
      await expect(el).to.be.accessible();
    });

    it('sends the draft with its card by token only, says "Draft saved." and starts a fresh order', async () => {
      const el = await withDraft(draftWithCardNumber());
      await save(el);
      const [sent] = bodies.filter((b) => b.method === 'POST' && b.path.endsWith('/sites/us/drafts'));
      expect(sent, 'the saveDraft request').to.not.equal(undefined);
      expect(sent!.body).to.contain('tok_visa1111');
      expect(sent!.body).not.to.contain(TEST_CARDS.visa);
      expect(sent!.body).not.to.contain('737');
      expect(sent!.body).not.to.contain('securityCode');
      expect(sent!.body).not.to.contain('"number"');
      // What the backend keeps is that draft.
      const [saved] = mock.backend.listDrafts('us');
      expect(saved!.label).to.equal('Ada Lovelace, 2 items');
      expect(saved!.draft.customerNotes).to.equal('Call on arrival');
      // Parked: a fresh order for the next call, focus on the customer.
      await waitUntil(() => el.draft.lines.length === 0, 'no fresh order', WAIT);
      expect(el.draft.customer).to.equal(null);
      await waitUntil(() => focusName().endsWith('"Customer Search"'), `focus: ${focusName()}`, WAIT);
      await expect(el).to.be.accessible();
    });

    it('keeps the order and says why when the draft could not be saved', async () => {
      mock.scenario.failNext('saveDraft', 503);
      const el = await withDraft(buildDraft(mock.backend));
      const before = el.draft;
      saveButton(el)!.click();
      await waitUntil(() => /^The draft was not saved: /.test(text($(el, '[part~="draft-status"]'))), 'no error', WAIT);
      expect(el.draft).to.equal(before);
      expect(mock.backend.listDrafts('us')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('Drafts', () => {
    it('lists the saved drafts with customer, items, total and saved time, each with Resume and Delete', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await builder();
      const dialog = await openDrafts(el);
      expect(text(dialog.querySelector('h2'))).to.equal('Drafts');
      const [row] = rows(el);
      const cells = [...row!.querySelectorAll('th, td')].map(text);
      expect(cells[0]).to.equal('Ada Lovelace');
      expect(cells[1]).to.equal('2 items');
      expect(cells[2]).to.match(/^\$\d+\.\d\d$/);
      expect(cells[3]).to.match(/\d{4}/);
      expect([...row!.querySelectorAll('button')].map(text)).to.deep.equal(['Resume', 'Delete']);
      await expect(el).to.be.accessible();
    });

    it('says when there is none; Escape closes it and focus goes back to "Drafts"', async () => {
      const el = await builder();
      draftsButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part~="drafts-empty"]'), 'Drafts did not open empty', WAIT);
      expect(text($(el, '[part~="drafts-empty"]'))).to.equal('No saved drafts for this site.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !draftsDialog(el)!.open, 'Escape did not close Drafts', WAIT);
      expect(deepActiveElement() === draftsButton(el), `focus: ${focusName()}`).to.equal(true);
    });

    it('says why the list could not be loaded, with Retry', async () => {
      mock.scenario.failNext('listDrafts', 404);
      mock.backend.saveDraft('us', buildDraft(mock.backend));
      const el = await builder();
      await openDrafts(el);
      expect(text($(el, '[part~="drafts-error"] .notice__title'))).to.equal('The drafts could not be loaded.');
      await expect(el).to.be.accessible();
      button($(el, '[part~="drafts-error"]')!, 'Retry')!.click();
      await waitUntil(() => rows(el).length === 1, 'Retry did not list the draft', WAIT);
    });
  });

  describe('Resume', () => {
    it('restores the customer, lines and details, prices them afresh, and saving again replaces that draft', async () => {
      const saved = mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await builder();
      await openDrafts(el);
      const pricedBefore = mock.backend.requestsFor('priceOrder').length;
      // Nothing unsaved in the empty order: nothing asked.
      button(rows(el)[0]!, 'Resume')!.click();
      await waitUntil(() => el.draft.lines.length === 2, 'the draft was not resumed', WAIT);
      expect(question(el)?.open ?? false, 'asked').to.equal(false);
      expect(draftsDialog(el)!.open).to.equal(false);
      expect(el.draft.customer?.id).to.equal('ada');
      expect(el.draft.customerNotes).to.equal('Call on arrival');
      expect(el.draft.giftMessage).to.equal('Enjoy the trails!');
      expect(el.draft.payments.map((p) => p.card?.token)).to.deep.equal(['tok_visa1111']);
      await untilPriced(el, mock);
      expect(mock.backend.requestsFor('priceOrder').length).to.be.greaterThan(pricedBefore);
      expect(text($(el, '[part~="draft-status"]'))).to.equal('Draft resumed.');
      await expect(el).to.be.accessible();
      // Saved again: the same saved draft, replaced.
      el.draft = setCustomerNotes(el.draft, 'Call back at 5');
      await save(el);
      const listed = mock.backend.listDrafts('us');
      expect(listed.map((s) => [s.id, s.draft.customerNotes])).to.deep.equal([[saved.id, 'Call back at 5']]);
      expect(bodies.filter((b) => b.method === 'PUT').map((b) => b.path)).to.deep.equal([
        `${MOCK_BASE_URL}/sites/us/drafts/${saved.id}`,
      ]);
    });

    it('saves a resumed draft deleted meanwhile as a new one, once told it was gone', async () => {
      const saved = mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await builder();
      await openDrafts(el);
      button(rows(el)[0]!, 'Resume')!.click();
      await waitUntil(() => el.draft.lines.length === 2, 'the draft was not resumed', WAIT);
      // Another agent resumed and submitted it meanwhile.
      mock.backend.deleteDraft('us', saved.id);
      saveButton(el)!.click();
      await waitUntil(() => /^The draft was not saved: /.test(text($(el, '[part~="draft-status"]'))), 'no error', WAIT);
      expect(el.draft.lines).to.have.length(2);
      await save(el);
      expect(mock.backend.listDrafts('us').map((s) => s.id)).to.not.include(saved.id);
      expect(mock.backend.listDrafts('us')).to.have.length(1);
    });

    it('asks before the order being built goes: "Keep editing" keeps it, "Discard" resumes', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await withDraft(buildDraft(mock.backend, { customerId: 'grace' }));
      const current = el.draft;
      await openDrafts(el);
      button(rows(el)[0]!, 'Resume')!.click();
      await waitUntil(() => question(el)?.open, 'nothing was asked', WAIT);
      expect(text(question(el)!.querySelector('h2'))).to.equal('Discard changes?');
      await expect(el).to.be.accessible();
      await answer(el, 'Keep editing');
      expect(el.draft).to.equal(current);
      expect(draftsDialog(el)!.open, 'Drafts still open').to.equal(true);
      button(rows(el)[0]!, 'Resume')!.click();
      await answer(el, 'Discard');
      await waitUntil(() => el.draft.customer?.id === 'ada', 'the draft was not resumed', WAIT);
    });

    it('deletes the saved draft once the resumed order is submitted', async () => {
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await builder();
      await openDrafts(el);
      button(rows(el)[0]!, 'Resume')!.click();
      await waitUntil(() => el.draft.lines.length === 2, 'the draft was not resumed', WAIT);
      await untilPriced(el, mock);
      await openConfirmation(el);
      await confirm(el);
      await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
      await waitUntil(() => mock.backend.listDrafts('us').length === 0, 'the saved draft is still there', WAIT);
      expect(mock.backend.requestsFor('deleteDraft')).to.have.length(1);
    });

    it('never deletes a saved draft when another order is submitted', async () => {
      mock.backend.saveDraft('us', buildDraft(mock.backend));
      const el = await withDraft(fullDraft(mock.backend));
      await openConfirmation(el);
      await confirm(el);
      await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
      expect(mock.backend.requestsFor('deleteDraft')).to.have.length(0);
      expect(mock.backend.listDrafts('us')).to.have.length(1);
    });
  });

  describe('Delete', () => {
    it('asks first: "Keep draft" keeps it, "Delete" removes it and says so', async () => {
      mock.backend.saveDraft('us', buildDraft(mock.backend, { customerId: 'grace' }));
      mock.backend.saveDraft('us', fullDraft(mock.backend));
      const el = await builder();
      await openDrafts(el);
      expect(rows(el)).to.have.length(2);
      button(rows(el)[0]!, 'Delete')!.click();
      await waitUntil(() => question(el)?.open, 'nothing was asked', WAIT);
      expect(text(question(el)!.querySelector('h2'))).to.equal('Delete this draft?');
      expect(text(question(el)!.querySelector('p'))).to.equal(
        'The draft “Ada Lovelace, 2 items” will be deleted for every agent.',
      );
      await expect(el).to.be.accessible();
      await answer(el, 'Keep draft');
      expect(mock.backend.listDrafts('us')).to.have.length(2);
      button(rows(el)[0]!, 'Delete')!.click();
      await answer(el, 'Delete');
      await waitUntil(() => rows(el).length === 1, 'the draft is still listed', WAIT);
      expect(mock.backend.listDrafts('us').map((s) => s.label)).to.deep.equal(['Grace Hopper, 1 item']);
      expect(text($(el, '[part~="drafts-status"]'))).to.equal('Draft deleted.');
      // Focus on the next draft's Delete.
      expect(deepActiveElement() === rows(el)[0]!.querySelector('[part~="draft-delete-button"]'), focusName()).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });
  });
});
