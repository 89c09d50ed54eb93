import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import { createDraft } from '../../../src/model/draft.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { DraftController } from '../../../src/elements/offline-order-builder/draft-controller.js';
import type { DraftSubmission } from '../../../src/elements/offline-order-builder/draft-controller.js';
import type { Claim } from '../../../src/elements/offline-order-builder/submit-guard.js';
import { defaultDraftKey, loadDraft } from '../../../src/elements/offline-order-builder/draft-store.js';

/** A host with nothing but the controller, standing for the draft's submission too. */
class DraftHost extends LitElement implements DraftSubmission {
  submitted = false;
  drafts = new DraftController(this, () => null);
  pendingKey = () => null;
  reset = () => undefined;
  /** What another tab of this browser claimed, as the submission would answer it. */
  claim: Claim | null = null;
  claimedElsewhere = () => Promise.resolve(this.claim);

  constructor() {
    super();
    this.drafts.attach(this);
  }
}
customElements.define('draft-controller-host', DraftHost);

const KEY = defaultDraftKey('us');
const draftWith = (customerNotes: string): OrderDraft => ({ ...createDraft(), siteId: 'us', customerNotes });

describe('DraftController', () => {
  beforeEach(() => sessionStorage.clear());
  after(() => sessionStorage.clear());

  it('stores every draft through its one write path, and fires draft-change for the agent’s edits only', async () => {
    const el = await fixture<DraftHost>(html`<draft-controller-host></draft-controller-host>`);
    const events: OrderDraft[] = [];
    el.addEventListener('draft-change', (event) => events.push((event as DraftChangeEvent).draft));

    const agent = draftWith('Call on arrival');
    el.drafts.apply(agent, 'agent');
    expect(el.drafts.draft).to.equal(agent);
    expect(events).to.deep.equal([agent]);
    await waitUntil(() => loadDraft(sessionStorage, KEY)?.draft.customerNotes === 'Call on arrival', 'not stored');

    // An answer amending the agent's edit is one too; a host's draft and the builder's own change are not.
    const answered = draftWith('Call on arrival, answered');
    el.drafts.apply(answered, 'answer');
    expect(events).to.have.length(2);
    el.drafts.apply(draftWith('From the host'), 'host');
    el.drafts.apply(draftWith('Another site'), 'builder');
    el.drafts.apply(draftWith('An answer for the host'), 'answer');
    expect(events).to.have.length(2);
    await waitUntil(
      () => loadDraft(sessionStorage, KEY)?.draft.customerNotes === 'An answer for the host',
      'not stored',
    );
  });

  it('does not write a restored draft again, nor anything once the host is disconnected', async () => {
    const el = await fixture<DraftHost>(html`<draft-controller-host></draft-controller-host>`);
    el.drafts.apply(draftWith('Restored'), 'restored');
    await el.updateComplete;
    expect(sessionStorage.getItem(KEY)).to.equal(null);

    el.remove();
    el.drafts.apply(draftWith('After removal'), 'agent');
    await el.drafts.save();
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('asks before the page is left with an unsubmitted draft, and stops asking once disconnected', async () => {
    const el = await fixture<DraftHost>(html`<draft-controller-host></draft-controller-host>`);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    el.drafts.apply(draftWith('Unsaved'), 'agent');
    expect(leave()).to.equal(true);
    el.submitted = true;
    expect(leave()).to.equal(false);
    el.submitted = false;
    el.remove();
    expect(leave()).to.equal(false);
  });

  it('hears another tab write to localStorage and says when it submitted the draft; opening another draft forgets it', async () => {
    const el = await fixture<DraftHost>(html`<draft-controller-host></draft-controller-host>`);
    el.drafts.open(draftWith('Restored'), 'restored', '2026-12-04T14:32:00.000Z');
    expect(el.drafts.restoredAt).to.equal('2026-12-04T14:32:00.000Z');

    el.claim = { key: 'order-elsewhere', at: Date.now(), number: '10542' };
    window.dispatchEvent(new StorageEvent('storage', { key: 'claims' }));
    await waitUntil(() => el.drafts.otherTab?.number === '10542', 'the claim was not heard');

    el.drafts.open(draftWith('Another one'), 'agent');
    expect(el.drafts.otherTab).to.equal(null);
    expect(el.drafts.restoredAt).to.equal('');
  });
});
