import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OrderSubmitEvent } from '../../../src/events/order-submit.js';
import type { OrderSubmittedEvent } from '../../../src/events/order-submitted.js';
import { setCustomerNotes } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import { buildDraft, LOCATIONS, NEWEST_ORDER_NUMBER, pickupAt } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, button, deepActiveElement, text } from '../../support/dom.js';
import {
  confirm,
  confirmButton,
  confirmDialog,
  fullDraft,
  openConfirmation,
  withDraft,
} from '../../support/harness/offline-order-builder.js';
import { orderList, rows } from '../../support/harness/order-list.js';
import { record, WAIT } from '../../support/wait.js';

describe('<offline-order-builder> submitting', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const keys = () => mock.backend.requestsFor('submitOrder').map((r) => r.idempotencyKey);
  const untilSubmitted = (el: HTMLElement) =>
    waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });

  it('sends one request for a double press; the button says "Submitting…" meanwhile', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    await openConfirmation(el);
    const release = mock.scenario.holdNext('submitOrder');
    confirmButton(el).click();
    confirmButton(el).click();
    await waitUntil(() => keys().length === 1, 'the submit was not sent', WAIT);
    await el.updateComplete;
    const busy = confirmButton(el);
    expect(text(busy)).to.equal('Submitting…');
    expect(busy.getAttribute('aria-busy')).to.equal('true');
    expect(busy.getAttribute('aria-disabled')).to.equal('true');
    busy.click();
    await expect(el).to.be.accessible();
    release();
    await untilSubmitted(el);
    expect(keys()).to.have.length(1);
  });

  it('retries a network failure itself, with the same Idempotency-Key: one order', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const before = mock.backend.listOrders('us', { limit: 1 }).total!;
    mock.scenario.failNext('submitOrder', 'network');
    await openConfirmation(el);
    await confirm(el);
    await untilSubmitted(el);
    const [first, second] = keys();
    expect(keys()).to.have.length(2);
    expect(first).to.be.a('string').and.not.equal('');
    expect(second).to.equal(first);
    expect(mock.backend.listOrders('us', { limit: 1 }).total).to.equal(before + 1);
  });

  it('shows the error with "Try again" once its retries give up, and tries again with the same key', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    mock.scenario.failNext('submitOrder', 503, 4, { retryAfter: 0 });
    await openConfirmation(el);
    await confirm(el);
    const error = await waitUntil(() => $(el, '[part~="submit-error"]'), 'no error shown', { timeout: 8000 }).then(() =>
      $(el, '[part~="submit-error"]'),
    );
    // In an alert that was there before it (review of issue 9, C); what is known (item 4): the order may exist.
    expect(error!.parentElement!.getAttribute('role')).to.equal('alert');
    expect(text(error!.querySelector('p'))).to.equal(
      'We could not confirm whether the order was created. Try again: the same order is sent again and never created twice.',
    );
    expect(keys()).to.have.length(4);
    expect(confirmDialog(el)!.open).to.equal(true);
    expect(el.draft.lines).to.have.length(1);
    await expect(el).to.be.accessible();

    button(el, 'Try again')!.click();
    await untilSubmitted(el);
    expect(new Set(keys()).size).to.equal(1);
    expect(keys()).to.have.length(5);
  });

  for (const [status, why] of [
    [402, 'The card was declined. Ask the shopper for another card.'],
    [404, 'The requested resource does not exist.'],
  ] as const) {
    it(`says a ${status} refusal did not submit the order, then why; "Try again" sends it again`, async () => {
      const el = await withDraft(mock, buildDraft(mock.backend));
      mock.scenario.failNext('submitOrder', status);
      await openConfirmation(el);
      await confirm(el);
      await waitUntil(() => $(el, '[part~="submit-error"]'), 'no error shown', { timeout: 8000 });
      // Found by the fault matrix (issue 12): a backend's words may not say which call failed.
      expect(text($(el, '[part~="submit-error"] p'))).to.equal(`The order was not submitted. ${why}`);
      await expect(el).to.be.accessible();
      button(el, 'Try again')!.click();
      await untilSubmitted(el);
    });
  }

  // Issue 9 item 23 changed this: it used a new key once the draft changed, even after an attempt
  // whose outcome was unknown (which may have created the order: a second one then).
  it('keeps the key once the draft changed after an attempt whose outcome is unknown', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    const before = mock.backend.listOrders('us', { limit: 1 }).total!;
    mock.scenario.failNext('submitOrder', 503, 4, { retryAfter: 0 });
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="submit-error"]'), 'no error shown', { timeout: 8000 });
    button(el, 'Back')!.click();
    el.draft = setCustomerNotes(el.draft, 'Leave at the door');
    await openConfirmation(el);
    await confirm(el);
    await untilSubmitted(el);
    // It first asked whether the unknown attempt had created the order (it had not).
    expect(mock.backend.requestsFor('findOrder').map((r) => r.url)).to.deep.equal([
      `/api/v1/sites/us/submissions/${keys()[0]}`,
    ]);
    expect(keys()).to.have.length(5);
    expect(new Set(keys()).size).to.equal(1);
    expect(mock.backend.listOrders('us', { limit: 1 }).total).to.equal(before + 1);
    expect($(el, '[part~="success-note"]')).to.equal(null);
  });

  it('uses a new key once a refused draft changed (nothing was created under the first)', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    mock.scenario.failNext('submitOrder', 422);
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="problems"]'), 'the refusal did not show', WAIT);
    button(el, 'Back')!.click();
    el.draft = setCustomerNotes(el.draft, 'Leave at the door');
    await openConfirmation(el);
    await confirm(el);
    await untilSubmitted(el);
    const all = keys();
    expect(all).to.have.length(2);
    expect(all[1]).not.to.equal(all[0]);
    expect(mock.backend.requestsFor('findOrder')).to.have.length(0);
  });

  it('lets the host veto with order-submit: nothing is sent, its reason shows, the draft stays', async () => {
    const draft = buildDraft(mock.backend);
    const el = await withDraft(mock, draft);
    el.addEventListener('order-submit', (event) => {
      event.preventDefault();
      event.reason = 'Orders are paused during the inventory count.';
    });
    await openConfirmation(el);
    const request = oneEvent<OrderSubmitEvent>(el, 'order-submit');
    await confirm(el);
    const event = await request;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.draft).to.equal(draft);
    expect(event.idempotencyKey).to.be.a('string').and.not.equal('');
    await el.updateComplete;
    expect(text($(el, '[part~="submit-error"]'))).to.equal('Orders are paused during the inventory count.');
    expect(button(el, 'Try again')).to.equal(null);
    expect(keys()).to.have.length(0);
    expect(el.draft).to.equal(draft);
    await expect(el).to.be.accessible();
  });

  it('says the page stopped the order when the host vetoes without a reason', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    el.addEventListener('order-submit', (event) => event.preventDefault());
    await openConfirmation(el);
    await confirm(el);
    await el.updateComplete;
    expect(text($(el, '[part~="submit-error"]'))).to.equal('The order was not submitted: the page stopped it.');
  });

  it('shows a refusal by validation at the item it concerns, and keeps the draft', async () => {
    mock.backend.setLocationClosed('downtown', true);
    const draft = buildDraft(mock.backend, {
      lines: [{ productId: 'canvas-tote', fulfillment: pickupAt(LOCATIONS.downtown) }],
    });
    const el = await withDraft(mock, draft);
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="problems"]'), 'the refusal did not show', WAIT);
    const message = text($(el, '[part~="problems"] li'));
    expect(message).to.match(/^Canvas Tote Bag: ./);
    const atSection = $(el, '#panel-details [part~="submit-problems"]');
    expect(text(atSection)).to.equal(message.replace('Canvas Tote Bag: ', ''));
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(el.draft).to.equal(draft);
    expect($(el, '[part~="success"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a refusal about the customer in the Customer section; its link goes there', async () => {
    // Ada is a Retail customer: the Wholesale site refuses her.
    const draft = buildDraft(mock.backend, { siteId: 'wholesale' });
    const el = await withDraft(mock, draft);
    await openConfirmation(el);
    await confirm(el);
    await waitUntil(() => $(el, '[part~="problems"]'), 'the refusal did not show', WAIT);
    const link = $<HTMLButtonElement>(el, '[part~="problems"] li button')!;
    expect(text(link)).to.match(/^Customer: This customer does not belong/);
    expect(text($(el, '[part~="section-customer"] [part~="submit-problems"]'))).to.equal(
      text(link).replace('Customer: ', ''),
    );
    link.click();
    await waitUntil(() => deepActiveElement()?.id === 'customer-name', 'focus is not on the customer', WAIT);
    expect(confirmDialog(el)!.open).to.equal(false);
  });

  it('on success fires order-submitted, shows "Order 10542 submitted" and puts the order first in the list', async () => {
    const draft = fullDraft(mock.backend);
    const total = mock.backend.priceOrder('us', draft).total;
    const el = await withDraft(mock, draft, { ordersHidden: false });
    const list = orderList(el);
    await waitUntil(() => rows(list).length > 0, 'no orders listed', WAIT);
    await openConfirmation(el);
    const submitted = oneEvent<OrderSubmittedEvent>(el, 'order-submitted');
    await confirm(el);
    const event = await submitted;

    const number = String(NEWEST_ORDER_NUMBER + 1);
    expect(event.orderNumber).to.equal(number);
    expect(event.orderId).to.equal(event.order.id);
    expect(event.total).to.deep.equal(total);
    expect(event.balanceDue).to.deep.equal({ amount: total.amount - 5000, currency: 'USD' });
    expect(event.draft).to.equal(draft);
    await el.updateComplete;
    expect(confirmDialog(el)).to.equal(null);
    const heading = $(el, '[part~="success"] h2')!;
    expect(text(heading)).to.equal(`Order ${number} submitted`);
    expect(deepActiveElement()).to.equal(heading);
    expect(text($(el, '[part~="success"]'))).to.contain(`Total: ${formatMoney(total, 'en-US')}`);
    expect(text($(el, '[part~="success"]'))).to.contain(
      `Balance due: ${formatMoney({ amount: total.amount - 5000, currency: 'USD' }, 'en-US')}`,
    );
    await waitUntil(
      () => text(rows(list)[0]?.querySelector('[part="order-number"]')) === number,
      'not first in the list',
      WAIT,
    );
    expect(text(rows(list)[0]!.querySelector('[part="order-customer"]'))).to.equal('Ada Lovelace');
    expect(text(rows(list)[0]!.querySelector('[part="order-total"]'))).to.equal(formatMoney(total, 'en-US'));
    await waitUntil(
      () => sessionStorage.getItem('offline-order-draft:us') === null,
      'the draft stayed in storage',
      WAIT,
    );
    await expect(el).to.be.accessible();
  });

  it('"Create New Order" starts an empty draft for the same site, with focus in Customer Search', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend));
    await openConfirmation(el);
    await confirm(el);
    await untilSubmitted(el);
    const changes = record(el, 'draft-change');
    button(el, 'Create New Order')!.click();
    await waitUntil(
      () => deepActiveElement()?.getAttribute('part') === 'search-input',
      'focus is not in Customer Search',
      WAIT,
    );
    expect(el.draft.siteId).to.equal('us');
    expect(el.draft.customer).to.equal(null);
    expect(el.draft.lines).to.deep.equal([]);
    expect(changes).to.have.length(1);
    expect(text($(el, '[part~="new-order-heading"]'))).to.equal('New Order');
  });
});
