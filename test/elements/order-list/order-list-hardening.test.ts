import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import type { OrderSummary, Page, Site } from '../../../src/model/types.js';
import { expectSaidOnce, withText } from '../../support/live.js';
import { fromThisTest, useMockBackend } from '../../support/mock.js';
import { $, liveRegion, text } from '../../support/dom.js';
import { renderList as renderOrderList, rows, scrollToEnd, untilRows } from '../../support/harness/order-list.js';

/** A few frames: time for the list to lay out its rows and ask for a page if it is going to. */
async function frames(count = 4): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

describe('<oo-order-list> with answers that cannot all be used', () => {
  const mock = useMockBackend();
  let site: Site;

  beforeEach(() => {
    site = mock.backend.site('us');
  });

  const renderList = (): Promise<OrderList> => renderOrderList(mock.adapter, site);

  /**
   * Answers listOrders with `answer(page of the mock, request number)`. A request of an earlier
   * test (a list removed as its page was on the way) is refused, so that it cannot take a number.
   */
  function answerOrders(answer: (page: Page<OrderSummary>, request: number) => unknown): void {
    let request = 0;
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/:siteId/orders`, ({ request: r }) => {
        if (!fromThisTest(r)) return HttpResponse.error();
        const url = new URL(r.url);
        request += 1;
        mock.backend.recordRequest({
          operationId: 'listOrders',
          method: 'GET',
          url: url.pathname + url.search,
          idempotencyKey: null,
          bodySize: 0,
        });
        const offset = String((request - 1) * 50);
        return HttpResponse.json(
          answer(
            mock.backend.listOrders('us', { cursor: offset === '0' ? null : offset, limit: 50 }),
            request,
          ) as object,
        );
      }),
    );
  }

  const zzz = (order: OrderSummary): OrderSummary => ({
    ...order,
    total: { amount: order.total.amount, currency: 'ZZZ' },
  });

  describe('records that cannot be used', () => {
    it('leaves out an order in an unknown currency and says "1 order could not be shown"', async () => {
      answerOrders((page) => ({ ...page, items: page.items.map((o, i) => (i === 2 ? zzz(o) : o)) }));
      const list = await renderList();
      await untilRows(list);
      expect(list.loadedOrders).to.have.length(49);
      expect(text($(list, '[part="skipped-note"]'))).to.equal('1 order could not be shown');
      expectSaidOnce('1 order could not be shown');
      expect(text(rows(list)[0]!.querySelector('[part="order-number"]'))).to.equal('10541');
      await expect(list).to.be.accessible();
    });

    it('says "2 orders could not be shown", counting over the pages', async () => {
      answerOrders((page, request) => ({ ...page, items: page.items.map((o, i) => (i === request ? zzz(o) : o)) }));
      const list = await renderList();
      await untilRows(list);
      expect(text($(list, '[part="skipped-note"]'))).to.equal('1 order could not be shown');
      await waitUntil(() => (scrollToEnd(list), list.loadedOrders.length === 98), 'the second page did not load', {
        timeout: 5000,
      });
      expect(text($(list, '[part="skipped-note"]'))).to.equal('2 orders could not be shown');
    });

    it('says "N orders could not be shown" once, in the live region of the count (heard when N changes), and how many rows each page added', async () => {
      // Page 1 leaves one order out, page 2 none, page 3 another.
      answerOrders((page, request) => ({
        ...page,
        items: page.items.map((o, i) => (request !== 2 && i === 2 ? zzz(o) : o)),
      }));
      const list = await renderList();
      await untilRows(list);
      const all = mock.backend.listOrders('us', { limit: 1 }).total!.toLocaleString('en-US');
      const region = expectSaidOnce(`${all} orders`);
      expect(expectSaidOnce('1 order could not be shown')).to.equal(region);
      expect(text(liveRegion(list))).to.equal('');
      await waitUntil(() => (scrollToEnd(list), list.loadedOrders.length === 99), 'the second page did not load', {
        timeout: 5000,
      });
      await list.updateComplete;
      expect(text(liveRegion(list))).to.equal('99 orders shown');
      expect(expectSaidOnce('1 order could not be shown')).to.equal(region);
      await waitUntil(() => (scrollToEnd(list), list.loadedOrders.length === 148), 'the third page did not load', {
        timeout: 5000,
      });
      await list.updateComplete;
      expect(text(liveRegion(list))).to.equal('148 orders shown');
      expect(expectSaidOnce('2 orders could not be shown')).to.equal(region);
      expect(withText('1 order could not be shown')).to.have.length(0);
    });

    it('says it instead of "No orders yet" when no order of the page could be shown', async () => {
      answerOrders((page) => ({ ...page, items: page.items.slice(0, 1).map(zzz), nextCursor: null, total: 1 }));
      const list = await renderList();
      await waitUntil(() => $(list, '[part="empty"]'), 'no empty notice');
      expect(text($(list, '[part="empty"]'))).to.equal('1 order could not be shown');
      expectSaidOnce('1 order could not be shown');
      await expect(list).to.be.accessible();
    });
  });

  describe('paging that would never end', () => {
    // Review of issue 9, item 3: the count went from the backend's "1,151 orders" to "100 orders",
    // without a word that the list was cut short. The backend's count stays, and the list says so.
    it('stops when the backend answers a cursor it answered before, shows what it got, and says that the list ends early', async () => {
      // A different page every time, but always the same cursor.
      answerOrders((page) => ({ ...page, nextCursor: 'again' }));
      const list = await renderList();
      await untilRows(list);
      await waitUntil(() => (scrollToEnd(list), list.loadedOrders.length === 100), 'the second page did not load', {
        timeout: 5000,
      });
      await waitUntil(() => !list.hasMore, 'the list still asks for more', { timeout: 5000 });
      for (let i = 0; i < 3; i++) {
        scrollToEnd(list);
        await frames();
      }
      expect(mock.backend.requestsFor('listOrders')).to.have.length(2);
      expect(list.loadedOrders).to.have.length(100);
      const all = mock.backend.listOrders('us', { limit: 1 }).total!.toLocaleString('en-US');
      const note = 'Showing the 100 orders the service returned; it did not send the rest.';
      expect(text($(list, '[part="summary"]'))).to.equal(`${all} orders${note}`);
      expect(text($(list, '[part="cut-short-note"]'))).to.equal(note);
      expectSaidOnce(note);
      expect($(list, '[role="feed"] article')!.getAttribute('aria-setsize')).to.equal('100');
      expect($(list, '[part="footer"]')).to.equal(null);
      await expect(list).to.be.accessible();
    });

    it('says that the list ends early when the backend gave no count', async () => {
      answerOrders((page) => ({ ...page, nextCursor: 'again', total: undefined }));
      const list = await renderList();
      await untilRows(list);
      await waitUntil(
        () => (scrollToEnd(list), list.loadedOrders.length === 100 && !list.hasMore),
        'the list did not stop',
        { timeout: 5000 },
      );
      await list.updateComplete;
      expect(text($(list, '[part="summary"]'))).to.equal(
        '100 ordersShowing the 100 orders the service returned; it did not send the rest.',
      );
    });

    it('goes on after a page of orders it has already (offsets shift as orders arrive) when its cursor is new', async () => {
      // The second answer repeats the first page, as after 50 new orders moved every other one down.
      answerOrders((page, request) =>
        request === 2 ? { ...mock.backend.listOrders('us', { limit: 50 }), nextCursor: '100' } : page,
      );
      const list = await renderList();
      await untilRows(list);
      await waitUntil(
        () => (
          scrollToEnd(list),
          mock.backend.requestsFor('listOrders').length >= 3 && list.loadedOrders.length === 100
        ),
        'the page after the repeated one was not loaded',
        { timeout: 5000 },
      );
      const cursors = mock.backend
        .requestsFor('listOrders')
        .map((r) => new URL(r.url, location.origin).searchParams.get('cursor'));
      expect(cursors.slice(0, 3)).to.deep.equal([null, '50', '100']);
      expect(list.loadedOrders.map((o) => o.id)).to.deep.equal(
        [0, 100].flatMap((offset) =>
          mock.backend.listOrders('us', { cursor: offset ? String(offset) : null, limit: 50 }).items.map((o) => o.id),
        ),
      );
      expect(list.hasMore).to.equal(true);
      expect(text($(list, '[part="summary"]'))).to.equal(
        `${mock.backend.listOrders('us', { limit: 1 }).total!.toLocaleString('en-US')} orders`,
      );
    });

    it('stops at an empty page that still has a cursor', async () => {
      answerOrders((page, request) => (request === 1 ? page : { items: [], nextCursor: 'more', total: page.total }));
      const list = await renderList();
      await untilRows(list);
      await waitUntil(
        () => (scrollToEnd(list), mock.backend.requestsFor('listOrders').length >= 2),
        'the second page was not asked for',
        { timeout: 5000 },
      );
      await waitUntil(() => !list.hasMore, 'the list still asks for more', { timeout: 5000 });
      for (let i = 0; i < 3; i++) {
        scrollToEnd(list);
        await frames();
      }
      expect(mock.backend.requestsFor('listOrders')).to.have.length(2);
      expect(list.loadedOrders).to.have.length(50);
      const all = mock.backend.listOrders('us', { limit: 1 }).total!.toLocaleString('en-US');
      expect(text($(list, '[part="summary"]'))).to.equal(
        `${all} ordersShowing the 50 orders the service returned; it did not send the rest.`,
      );
    });
  });
});
