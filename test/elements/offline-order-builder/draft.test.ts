import { expect, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { DRAFT_KEY as KEY, storedDraft as stored } from '../../support/stored-draft.js';
import { $, button, deepActiveElement, text } from '../../support/dom.js';
import {
  confirm,
  fullDraft,
  openConfirmation,
  tab,
  withDraft,
  workspace,
  renderBuilder,
} from '../../support/harness/offline-order-builder.js';
import { record, WAIT } from '../../support/wait.js';

/** Whether leaving the page now would ask first. */
function asksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('<offline-order-builder> draft', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  describe('in session storage', () => {
    it('keeps the draft under the site’s key on every change, without card numbers', async () => {
      const el = await workspace(mock);
      const draft = fullDraft(mock.backend);
      el.draft = draft;
      await waitUntil(() => stored()?.draft.id === draft.id, 'the draft was not stored', WAIT);
      const next = setCustomerNotes(draft, 'Ring twice');
      el.draft = next;
      await waitUntil(() => stored()?.draft.customerNotes === 'Ring twice', 'the change was not stored', WAIT);
      expect(sessionStorage.getItem(KEY)).to.contain('"last4":"1111"').and.not.contain('4111111111111111');
    });

    it('offers it back after a reload with "Restored unsaved order from <time>" and "Discard"', async () => {
      const first = await workspace(mock);
      const draft = fullDraft(mock.backend);
      first.draft = draft;
      await waitUntil(() => stored() !== null, 'the draft was not stored', WAIT);
      const { savedAt } = stored()!;
      first.remove();

      const el = await workspace(mock);
      await waitUntil(() => $(el, '[part~="restored-notice"]'), 'no restored notice', WAIT);
      const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(new Date(savedAt));
      expect(text($(el, '[part~="restored-notice"] p'))).to.equal(`Restored unsaved order from ${time}`);
      expect(el.draft).to.deep.equal(draft);
      // The details of a restored draft were saved: Payments is open.
      expect(tab(el, 'Payments').getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();

      const changes = record<DraftChangeEvent>(el, 'draft-change');
      button(el, 'Discard')!.click();
      await waitUntil(
        () => deepActiveElement()?.getAttribute('part') === 'search-input',
        'focus is not in Customer Search',
        WAIT,
      );
      expect($(el, '[part~="restored-notice"]')).to.equal(null);
      expect(el.draft.customer).to.equal(null);
      expect(el.draft.lines).to.deep.equal([]);
      expect(changes.map((e) => e.draft)).to.deep.equal([el.draft]);
      await waitUntil(() => stored() === null, 'the stored draft was not cleared', WAIT);
    });

    describe('"Discard" of a restored draft', () => {
      /** A builder that restored `draft` from storage, as after a reload. */
      async function restored(draft = fullDraft(mock.backend)): Promise<OfflineOrderBuilder> {
        const first = await workspace(mock);
        first.draft = draft;
        await waitUntil(() => stored()?.draft.id === draft.id, 'the draft was not stored', WAIT);
        first.remove();
        const el = await workspace(mock);
        await waitUntil(() => $(el, '[part~="restored-notice"]'), 'no restored notice', WAIT);
        return el;
      }

      const undoButton = (el: OfflineOrderBuilder) => $<HTMLButtonElement>(el, '[part~="undo-button"]');

      it('says "Unsaved order discarded." with "Undo", which brings the draft back, stored again', async () => {
        const draft = fullDraft(mock.backend);
        const el = await restored(draft);
        const notice = text($(el, '[part~="restored-notice"] p'));
        const changes = record<DraftChangeEvent>(el, 'draft-change');
        button(el, 'Discard')!.click();
        await waitUntil(() => stored() === null, 'the stored draft was not cleared', WAIT);
        await waitUntil(() => undoButton(el), 'no Undo', WAIT);
        const status = $(el, '[part~="undo-status"]')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(text(status)).to.equal('Unsaved order discarded. Undo');
        expect(el.draft.lines.length).to.equal(0);
        await expect(el).to.be.accessible();

        undoButton(el)!.click();
        await waitUntil(() => el.draft.id === draft.id, 'Undo did not bring the draft back', WAIT);
        expect(el.draft).to.deep.equal(draft);
        await waitUntil(() => stored()?.draft.id === draft.id, 'the draft was not stored again', WAIT);
        await el.updateComplete;
        expect(undoButton(el) === null, 'Undo stayed').to.equal(true);
        expect(text($(el, '[part~="restored-notice"] p'))).to.equal(notice);
        expect(changes.map((e) => e.draft.id)).to.deep.equal([changes[0]!.draft.id, draft.id]);
        expect(changes[0]!.draft.id).to.not.equal(draft.id);
        // Focus is not lost with the button: it is on the order's customer (the start of the order) again.
        await waitUntil(() => deepActiveElement()?.id === 'customer-name', 'focus is not on the customer', WAIT);
        await expect(el).to.be.accessible();
      });

      it('takes "Undo" away once the agent starts the new order', async () => {
        const el = await restored();
        button(el, 'Discard')!.click();
        await waitUntil(() => undoButton(el), 'no Undo', WAIT);
        const search = $<CustomerSearch>(el, 'customer-search')!;
        search.dispatchEvent(new CustomerChangeEvent(mock.backend.findCustomer('ada')!));
        await waitUntil(() => el.draft.customer, 'the customer was not taken', WAIT);
        await el.updateComplete;
        expect(undoButton(el) === null, 'Undo stayed').to.equal(true);
      });

      it('does not bring "Undo" back when the agent clears the customer picked in the meantime', async () => {
        const el = await restored();
        button(el, 'Discard')!.click();
        await waitUntil(() => undoButton(el), 'no Undo', WAIT);
        const search = $<CustomerSearch>(el, 'customer-search')!;
        search.dispatchEvent(new CustomerChangeEvent(mock.backend.findCustomer('ada')!));
        await waitUntil(() => el.draft.customer, 'the customer was not taken', WAIT);
        await el.updateComplete;
        expect(undoButton(el) === null, 'Undo stayed').to.equal(true);
        search.dispatchEvent(new CustomerChangeEvent(null));
        await waitUntil(() => el.draft.customer === null, 'the customer was not cleared', WAIT);
        await el.updateComplete;
        expect(undoButton(el) === null, 'Undo came back').to.equal(true);
        expect(text($(el, '[part~="undo-status"]'))).to.not.contain('Unsaved order discarded.');
        await expect(el).to.be.accessible();
      });
    });

    it('keeps the time of the last change when it is restored again', async () => {
      const first = await workspace(mock);
      first.draft = buildDraft(mock.backend);
      await waitUntil(() => stored() !== null, 'the draft was not stored', WAIT);
      const { savedAt } = stored()!;
      first.remove();
      const second = await workspace(mock);
      await waitUntil(() => $(second, '[part~="restored-notice"]'), 'no restored notice', WAIT);
      second.remove();
      expect(stored()!.savedAt).to.equal(savedAt);
    });

    it('uses the draft-key a host sets', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us', draftKey: 'acme:draft' });
      await waitUntil(() => el.site, 'no site', WAIT);
      el.draft = buildDraft(mock.backend);
      await waitUntil(() => stored('acme:draft') !== null, 'not stored under draft-key', WAIT);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('does not put a stored draft over the one a host set', async () => {
      sessionStorage.setItem(
        KEY,
        JSON.stringify({ savedAt: new Date().toISOString(), draft: buildDraft(mock.backend) }),
      );
      const draft = buildDraft(mock.backend, { customerId: 'katherine' });
      const el = document.createElement('offline-order-builder');
      el.draft = draft;
      el.siteId = 'us';
      el.adapter = mock.adapter;
      document.body.append(el);
      try {
        await waitUntil(() => $(el, '[part~="submit-button"]'), 'no new order', WAIT);
        await waitUntil(() => stored()?.draft.id === draft.id, 'the host’s draft was not stored', WAIT);
        expect(el.draft).to.equal(draft);
        expect($(el, '[part~="restored-notice"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  describe('leaving the page', () => {
    it('asks only while there is an unsubmitted draft', async () => {
      const el = await workspace(mock);
      expect(asksBeforeLeaving()).to.equal(false);
      el.draft = buildDraft(mock.backend);
      await el.updateComplete;
      expect(asksBeforeLeaving()).to.equal(true);

      const again = await withDraft(mock, buildDraft(mock.backend));
      el.remove();
      await openConfirmation(again);
      await confirm(again);
      await waitUntil(() => $(again, '[part~="success"]'), 'not submitted', WAIT);
      expect(asksBeforeLeaving()).to.equal(false);
    });

    it('stops listening once the builder is removed', async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      el.remove();
      expect(asksBeforeLeaving()).to.equal(false);
    });
  });

  describe('draft property and draft-change', () => {
    it('opens a draft a host sets without draft-change; an agent’s edit fires it', async () => {
      const el = await workspace(mock);
      const changes = record<DraftChangeEvent>(el, 'draft-change');
      const draft = buildDraft(mock.backend);
      el.draft = draft;
      await el.updateComplete;
      expect(el.draft).to.equal(draft);
      expect(changes).to.have.length(0);

      // What <customer-search> fires when the agent picks a customer.
      const katherine = mock.backend.findCustomer('katherine')!;
      $<CustomerSearch>(el, 'customer-search')!.dispatchEvent(new CustomerChangeEvent(katherine));
      expect(changes).to.have.length(1);
      const [event] = changes;
      expect(event!.bubbles && event!.composed).to.equal(true);
      expect(event!.draft.customer?.id).to.equal('katherine');
      expect(event!.draft.lines).to.deep.equal(draft.lines);
      expect(el.draft).to.equal(event!.draft);
    });
  });
});
