import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import type { OrderOpenEvent } from '../../../src/events/order-open.js';
import { $, control, getControl, setValue, text } from '../../support/dom.js';
import { renderList, rows, untilRows } from '../../support/harness/order-list.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** The list's requests for orders, as query parameters. */
function sentQueries(mock: ReturnType<typeof useMockBackend>): URLSearchParams[] {
  return mock.backend.requestsFor('listOrders').map((r) => new URL(r.url, location.origin).searchParams);
}

/** Types into "Search orders" as the agent does (one input event per change of text). */
function search(list: OrderList, value: string): void {
  setValue(getControl(list, 'Search orders'), value);
}

/** Waits until the numbers of the rows shown satisfy `predicate`. */
async function untilNumbers(list: OrderList, predicate: (numbers: string[]) => boolean, what: string): Promise<void> {
  const numbers = () => rows(list).map((row) => text(row.querySelector('[part="order-number"]')));
  await waitUntil(() => predicate(numbers()), what, WAIT);
}

/** The list's rows, once "Search orders" (loaded on demand for an adapter that searches) is there too. */
async function untilSearchable(list: OrderList): Promise<void> {
  await untilRows(list);
  await waitUntil(() => control(list, 'Search orders'), '"Search orders" did not show', WAIT);
}

describe('<oo-order-list> search and status', () => {
  describe('with an adapter that searches (orderSearch)', () => {
    const mock = useMockBackend({ adapter: { orderSearch: true } });

    it('shows "Search orders" and "Status" with visible labels, and is accessible', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilSearchable(list);
      const input = getControl(list, 'Search orders');
      const select = getControl<HTMLSelectElement>(list, 'Status');
      expect(input.type).to.equal('search');
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'All statuses',
        'New',
        'Open',
        'Shipped',
        'Completed',
        'Cancelled',
        'Payment link sent',
      ]);
      await expect(list).to.be.accessible();
    });

    it('sends the search once the agent pauses, and shows the matches (name, email, phone digits, number)', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilSearchable(list);
      const ada = mock.backend.listOrders('us', { customerId: 'ada', limit: 200 }).items.map((o) => o.number);
      search(list, 'Ada');
      search(list, 'Ada Lovelace');
      await untilNumbers(list, (n) => n.join() === ada.slice(0, n.length).join() && n.length > 0, 'Ada’s orders');
      // One request for the text the agent paused on, not one per keystroke.
      const searched = sentQueries(mock).filter((q) => q.has('search'));
      expect(searched.map((q) => q.get('search'))).to.deep.equal(['Ada Lovelace']);
      expect(rows(list).every((row) => text(row.querySelector('[part="order-customer"]')) === 'Ada Lovelace')).to.equal(
        true,
      );
      await expect(list).to.be.accessible();

      search(list, '512-555-0100');
      await waitUntil(() => sentQueries(mock).some((q) => q.get('search') === '512-555-0100'), 'phone not sent', WAIT);
      await untilNumbers(list, (n) => n.length === ada.length, 'Ada’s orders by phone');
      search(list, ada[0]!);
      await untilNumbers(list, (n) => n.join() === ada[0], 'the order by its number');
    });

    it('filters by status, together with the search', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilSearchable(list);
      const select = getControl<HTMLSelectElement>(list, 'Status');
      select.value = 'cancelled';
      select.dispatchEvent(new Event('change'));
      const cancelled = mock.backend.listOrders('us', { status: 'cancelled', limit: 50 }).items.map((o) => o.number);
      expect(cancelled.length).to.be.greaterThan(0);
      await untilNumbers(list, (n) => n.length > 0 && n.join() === cancelled.slice(0, n.length).join(), 'cancelled');
      expect(rows(list).every((row) => text(row.querySelector('[part="order-status"]')) === 'Cancelled')).to.equal(
        true,
      );
      expect(sentQueries(mock).at(-1)!.get('status')).to.equal('cancelled');
      await expect(list).to.be.accessible();
    });

    it('says "No orders match." when none does, and lists all again once cleared', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilSearchable(list);
      search(list, 'zzzz-nobody');
      await waitUntil(() => text($(list, '[part="empty"]')) === 'No orders match.', 'no empty notice', WAIT);
      expect(text(list.shadowRoot!.querySelector('[role="status"]'))).to.equal('No orders match.');
      await expect(list).to.be.accessible();
      search(list, '');
      await untilRows(list);
      expect(sentQueries(mock).at(-1)!.has('search')).to.equal(false);
    });
  });

  describe('with an adapter that does not search', () => {
    const mock = useMockBackend();

    it('has neither "Search orders" nor "Status", and sends neither', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      expect(control(list, 'Search orders')).to.equal(null);
      expect(control(list, 'Status')).to.equal(null);
      expect(sentQueries(mock).some((q) => q.has('search') || q.has('status'))).to.equal(false);
    });
  });

  describe('opening an order (getOrder)', () => {
    const mock = useMockBackend();

    it('fires order-open with the order on a click and on Enter', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      const [first, second] = await untilRows(list);
      const expected = mock.backend.listOrders('us', { limit: 2 }).items;
      setTimeout(() => first!.click());
      const clicked = (await oneEvent(list, 'order-open')) as OrderOpenEvent;
      expect(clicked.order.id).to.equal(expected[0]!.id);
      expect([clicked.bubbles, clicked.composed]).to.deep.equal([true, true]);
      second!.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const entered = (await oneEvent(list, 'order-open')) as OrderOpenEvent;
      expect(entered.order.id).to.equal(expected[1]!.id);
    });

    it('fires nothing for an adapter without getOrder', async () => {
      const { getOrder: _, ...withoutGetOrder } = mock.adapter;
      const list = await renderList(withoutGetOrder, mock.backend.site('us'));
      const [first] = await untilRows(list);
      let opened = 0;
      list.addEventListener('order-open', () => (opened += 1));
      first!.click();
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(opened).to.equal(0);
    });
  });
});
