/**
 * The idempotency key kept with a restored draft (reviewer's finding on issue 9, item 22): the
 * submission that takes the key over loads on demand, and an edit saved before it did used to
 * store the draft without the key, so that after another reload the draft went out under a new
 * key (a second order if the first attempt had created one). The key stays with the draft until
 * the submission has it, and the draft is stored again once it has.
 *
 * This file holds the submission's module at the network (the page must not have loaded it
 * before): keep this test alone in its file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $ } from '../../support/dom.js';
import { confirm, openConfirmation, untilPriced, workspace } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

const KEY = 'offline-order-draft:us';
const CLAIMS = 'offline-order-submits';

function stored(): { draft: OrderDraft; attemptKey?: string } | null {
  return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
}

describe('<offline-order-builder> the key of a restored draft', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => {
    sessionStorage.clear();
    localStorage.removeItem(CLAIMS);
  });

  it('stays with the draft when it is edited before the submission has loaded, and the submit after a reload reuses it', async () => {
    // A draft sent before the page was reloaded, whose answer never came (no order was created).
    const draft = buildDraft(mock.backend, { customerId: 'katherine' });
    const attemptKey = 'order-sent-before-the-reload';
    sessionStorage.setItem(KEY, JSON.stringify({ savedAt: new Date().toISOString(), draft, attemptKey }));

    // The submission's code does not arrive until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    mock.worker.use(
      http.get(/\/offline-order-builder\/submission\.(js|ts)(\?.*)?$/, async () => {
        asked += 1;
        await held;
        return passthrough();
      }),
    );

    const el = await workspace(mock);
    await waitUntil(() => $(el, '[part~="restored-notice"]'), 'the draft was not restored', WAIT);
    await waitUntil(() => asked > 0, 'the submission module was not asked for', WAIT);

    // An edit of the agent while the submission is still loading: another customer.
    const search = $<CustomerSearch>(el, 'customer-search')!;
    search.dispatchEvent(new CustomerChangeEvent(mock.backend.findCustomer('ada')!));
    await waitUntil(() => stored()?.draft.customer?.id === 'ada', 'the edit was not stored', WAIT);
    expect(stored()!.attemptKey).to.equal(attemptKey);
    await untilPriced(el, mock);
    expect(stored()!.attemptKey).to.equal(attemptKey);

    // The submission loads and takes the key over (it asks whether the order exists: it does not).
    release();
    await waitUntil(
      () => mock.backend.requestsFor('findOrder').length === 1,
      'the restored attempt was not resumed',
      WAIT,
    );
    expect(mock.backend.requestsFor('findOrder')[0]!.url).to.contain(attemptKey);
    expect(stored()!.attemptKey).to.equal(attemptKey);

    // A reload, then Submit: under the key of the attempt sent before the first reload.
    el.remove();
    const again = await workspace(mock);
    await waitUntil(() => again.draft.id === draft.id, 'the draft was not restored again', WAIT);
    expect(again.draft.customer?.id).to.equal('ada');
    await untilPriced(again, mock);
    await openConfirmation(again);
    await confirm(again);
    await waitUntil(() => $(again, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    expect(mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey)).to.deep.equal([attemptKey]);
  });
});
