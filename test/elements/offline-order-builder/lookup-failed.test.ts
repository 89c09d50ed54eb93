/**
 * A lost answer, an edit, and a lookup that fails (found by the submit soak of issue 12, seed
 * 0x5eed0012, runs #13, #23, #38, #76, #87: lost-then-edit/lookup-fails). Every answer to the submit
 * was lost but the order was created; the agent edited the draft and submitted again; `findOrder`
 * could not tell (503 after its retries), so the builder sent the edited draft under the kept key,
 * and the backend answered the order the first attempt created, from the draft before the edit.
 * The builder showed "Order N submitted" as if the edit were in it. It must say what it says when
 * the adapter cannot look an order up at all: the edit may not be in the order.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import { buildDraft, NEWEST_ORDER_NUMBER } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, button, text } from '../../support/dom.js';
import { confirm, openConfirmation, untilPriced, withDraft } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

const NEXT_NUMBER = String(NEWEST_ORDER_NUMBER + 1);

describe('<offline-order-builder> a lost answer, an edit, and a lookup that fails', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => {
    sessionStorage.clear();
    localStorage.removeItem('offline-order-submits');
  });

  const keys = () => mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey);
  const orderCount = () => mock.backend.listOrders('us', { limit: 1 }).total!;

  it('shows the one order with a word that the edit may not be in it', async () => {
    const draft = buildDraft(mock.backend);
    const before = orderCount();
    const el = await withDraft(mock, draft);
    // The order is created; the answer to the request and to each of its retries is lost.
    mock.scenario.failNext('submitOrder', 'network', 4, { afterProcessing: true });
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => button(el, 'Try again'), 'no "Try again"', { timeout: 8000 });
    button(el, 'Back')!.click();
    el.draft = setCustomerNotes(el.draft, 'Leave it with the neighbour');
    await untilPriced(el, mock);

    // The lookup fails, its retries too.
    mock.scenario.failNext('findOrder', 503, 4, { retryAfter: 0 });
    await openConfirmation(el);
    const submitted = oneEvent(el, 'order-submitted') as unknown as Promise<OrderSubmittedEvent>;
    await confirm(el);
    const event = await submitted;
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not shown as submitted', WAIT);

    expect(mock.backend.requestsFor('findOrder')).to.have.length(4);
    expect(event.orderNumber).to.equal(NEXT_NUMBER);
    expect(text($(el, '[part~="success"] h2'))).to.equal(`Order ${NEXT_NUMBER} submitted`);
    expect(text($(el, '[part~="success-note"]'))).to.equal(
      `If order ${NEXT_NUMBER} was created before your last changes, they are not in it: check the order.`,
    );
    expect(new Set(keys()).size).to.equal(1);
    expect(orderCount()).to.equal(before + 1);
    await expect(el).to.be.accessible();
  });

  it('says nothing more when the draft was not edited since', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    mock.scenario.failNext('submitOrder', 'network', 4, { afterProcessing: true });
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => button(el, 'Try again'), 'no "Try again"', { timeout: 8000 });
    mock.scenario.failNext('findOrder', 503, 4, { retryAfter: 0 });
    button(el, 'Try again')!.click();
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not shown as submitted', WAIT);
    expect(text($(el, '[part~="success"] h2'))).to.equal(`Order ${NEXT_NUMBER} submitted`);
    expect($(el, '[part~="success-note"]')).to.equal(null);
    expect(new Set(keys()).size).to.equal(1);
  });
});
