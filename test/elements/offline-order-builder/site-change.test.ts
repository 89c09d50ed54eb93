import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { SiteChangeEvent } from '../../../src/events/site-change.js';
import { addPayment, setCustomerNotes } from '../../../src/model/draft.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, deepActiveElement, text } from '../../support/dom.js';
import { confirm, openConfirmation, VISA, withDraft, workspace } from '../../support/harness/offline-order-builder.js';
import { record, WAIT } from '../../support/wait.js';

describe('<offline-order-builder> changing the site of a started order', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  function pick(el: OfflineOrderBuilder, siteId: string): void {
    const select = $<HTMLSelectElement>(el, '#site-select')!;
    select.value = siteId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  const siteDialog = (el: OfflineOrderBuilder) => $<HTMLDialogElement>(el, '#site-dialog')!;
  const started = (backend: typeof mock.backend) =>
    addPayment(buildDraft(backend), {
      typeId: 'credit-card',
      kind: 'credit-card',
      amount: { amount: 1000, currency: 'USD' },
      card: VISA,
    });

  it('asks "Change site?" with what would be cleared, and after "Change site" says what was cleared', async () => {
    const el = await withDraft(mock, started(mock.backend));
    const changes = record<SiteChangeEvent>(el, 'site-change');
    pick(el, 'wholesale');
    await waitUntil(() => siteDialog(el).open, '"Change site?" did not open', WAIT);

    const expected = [
      'Customer Ada Lovelace: not in the Wholesale customer set',
      'Shipping method Ground',
      'Payments: Visa ending 1111',
      'Prices of 1 item, to be recalculated',
    ];
    expect(text($(el, '#site-dialog-title'))).to.equal('Change site?');
    expect(text($(el, '#site-dialog p'))).to.equal('Changing to Wholesale clears what no longer applies there:');
    expect($$(el, '#site-dialog li').map(text)).to.deep.equal(expected);
    expect(deepActiveElement()).to.equal(button(el, 'Cancel'));
    expect(changes).to.have.length(0);
    await expect(el).to.be.accessible();

    const changed = oneEvent<SiteChangeEvent>(el, 'site-change');
    button(el, 'Change site')!.click();
    const event = await changed;
    expect(event.site.id).to.equal('wholesale');
    await el.updateComplete;
    expect(el.draft.siteId).to.equal('wholesale');
    expect(el.draft.customer).to.equal(null);
    expect(el.draft.payments).to.deep.equal([]);
    expect(el.draft.lines).to.have.length(1);
    const notice = $(el, '[part~="site-change-notice"]')!;
    expect(text(notice.querySelector('p'))).to.equal(
      'Site changed to Wholesale. Cleared because it no longer applies:',
    );
    expect([...notice.querySelectorAll('li')].map(text)).to.deep.equal(expected);
    await expect(el).to.be.accessible();

    button(el, 'Dismiss')!.click();
    await el.updateComplete;
    expect($(el, '[part~="site-change-notice"]')).to.equal(null);
  });

  it('keeps the site and the draft on "Cancel"', async () => {
    const draft = started(mock.backend);
    const el = await withDraft(mock, draft);
    const changes = record<SiteChangeEvent>(el, 'site-change');
    pick(el, 'ca');
    await waitUntil(() => siteDialog(el).open, '"Change site?" did not open', WAIT);
    button(el, 'Cancel')!.click();
    await waitUntil(() => $<HTMLSelectElement>(el, '#site-select')!.value === 'us', 'the select did not go back', WAIT);
    expect(siteDialog(el).open).to.equal(false);
    expect(el.siteId).to.equal('us');
    expect(el.draft).to.equal(draft);
    expect(changes).to.have.length(0);
  });

  it('changes at once when nothing would be cleared', async () => {
    const el = await workspace(mock);
    el.draft = setCustomerNotes(el.draft, 'Call first');
    const changed = oneEvent<SiteChangeEvent>(el, 'site-change');
    pick(el, 'ca');
    await changed;
    expect(siteDialog(el).open).to.equal(false);
    expect(el.draft.siteId).to.equal('ca');
    expect(el.draft.customerNotes).to.equal('Call first');
    expect($(el, '[part~="site-change-notice"]')).to.equal(null);
  });

  it('after "Order … submitted", starts a new order for the new site without asking', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend, { siteId: 'ca' }));
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', WAIT);
    const drafts = record(el, 'draft-change');
    const changes = record<SiteChangeEvent>(el, 'site-change');
    pick(el, 'wholesale');
    await waitUntil(() => changes.length || siteDialog(el).open, 'neither a change of site nor "Change site?"', WAIT);
    expect(siteDialog(el).open, '"Change site?" opened about a submitted order').to.equal(false);
    expect(changes.map((e) => e.site.id)).to.deep.equal(['wholesale']);
    await el.updateComplete;
    expect($(el, '[part~="success"]')).to.equal(null);
    expect(text($(el, '[part~="new-order-heading"]'))).to.equal('New Order');
    expect($(el, '[part~="site-change-notice"]')).to.equal(null);
    expect(el.draft).to.include({ siteId: 'wholesale', currency: 'USD', customer: null });
    expect(el.draft.lines).to.deep.equal([]);
    expect(drafts).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
