import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { CallInit, OrderAdapter, OrderQuery } from '../../../src/adapter/adapter.js';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import type { OrderSummary } from '../../../src/model/types.js';
import { fromThisTest, useMockBackend } from '../../support/mock.js';
import { $, deepActiveElement, text } from '../../support/dom.js';
import { feed, renderList, rowIndex, rows, rowsInView, scrollTo, untilRows } from '../../support/harness/order-list.js';

const TOTAL = 10_000;

/** A row counts as in view here when more than this many pixels of it show. */
const SHOWN = 1;

function placeholders(list: OrderList): HTMLElement[] {
  return rows(list).filter((row) => row.matches('[part~="order-placeholder"]'));
}

/** The query string of each listOrders request, in order. */
function asked(mock: ReturnType<typeof useMockBackend>): URLSearchParams[] {
  return mock.backend.requestsFor('listOrders').map((r) => new URL(r.url, location.origin).searchParams);
}

describe('<oo-order-list> with an adapter that pages by offset', () => {
  const mock = useMockBackend({
    backend: { seed: { siteIds: ['us'], orders: TOTAL } },
    adapter: { orderOffsets: true },
  });

  /** The orders of the mock from `offset` on, as the backend lists them. */
  const ordersAt = (offset: number, limit = 50): OrderSummary[] =>
    mock.backend.listOrders('us', { offset, limit }).items;

  it('spans all the orders from the first page, at the row height', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    await waitUntil(() => feed(list).scrollHeight > 100_000, 'the feed does not span the count');
    const [first, second] = rows(list);
    const height = second!.getBoundingClientRect().top - first!.getBoundingClientRect().top;
    expect(feed(list).scrollHeight).to.be.closeTo(TOTAL * height, 2);
    // One page asked for, at the first place.
    expect(asked(mock).map((q) => q.toString())).to.deep.equal(['offset=0&limit=50']);
    expect(text($(list, '[part="summary"]'))).to.equal('10,000 orders');
    expect(first!.getAttribute('aria-setsize')).to.equal(String(TOTAL));
    expect(list.loadedOrders).to.have.length(50);
    expect(list.hasMore).to.equal(true);
  });

  it('loads the page in the middle when scrolled there, and shows its orders in their places', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    scrollTo(list, feed(list).scrollHeight / 2);
    await waitUntil(
      () =>
        rowsInView(list, SHOWN).length > 2 && rowsInView(list, SHOWN).every((row) => !row.hasAttribute('aria-busy')),
      'the orders in view did not load',
      { timeout: 5000 },
    );
    const shown = rowsInView(list, SHOWN);
    const index = rowIndex(shown[0]!);
    expect(index).to.be.within(TOTAL / 2 - 10, TOTAL / 2 + 10);
    const expected = ordersAt(index, shown.length);
    expect(shown.map((row) => text(row.querySelector('[part="order-number"]')))).to.deep.equal(
      expected.map((o) => o.number),
    );
    expect(shown.map((row) => row.getAttribute('aria-posinset'))).to.deep.equal(
      shown.map((_, i) => String(index + i + 1)),
    );
    // The first page, then the one in view: not the 99 pages before it.
    expect(asked(mock)).to.have.length.at.most(3);
    expect(rows(list).length).to.be.lessThan(40);
    await expect(list).to.be.accessible();
  });

  it('shows a "Loading…" placeholder in the place of each order whose page is loading', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    const release = mock.scenario.holdNext('listOrders');
    scrollTo(list, feed(list).scrollHeight / 2);
    await waitUntil(() => placeholders(list).length > 2, 'no placeholders', { timeout: 5000 });
    const shown = placeholders(list);
    for (const row of shown) {
      expect(row.tagName).to.equal('ARTICLE');
      expect(row.getAttribute('aria-label')).to.equal('Loading…');
      expect(text(row)).to.equal('Loading…');
      expect(row.getAttribute('aria-busy')).to.equal('true');
      expect(row.getAttribute('aria-setsize')).to.equal(String(TOTAL));
      expect(row.getAttribute('aria-posinset')).to.equal(String(rowIndex(row) + 1));
      expect(row.hasAttribute('aria-describedby')).to.equal(false);
    }
    // Still one tab stop for the whole feed.
    expect(rows(list).filter((row) => row.tabIndex === 0)).to.have.length(1);
    // Once the view rests there, its page is asked for, and the feed is busy until it is in.
    await waitUntil(() => mock.backend.requestsFor('listOrders').length === 2, 'the page was not asked for', {
      timeout: 5000,
    });
    await waitUntil(() => feed(list).getAttribute('aria-busy') === 'true', 'the feed is not busy');
    await expect(list).to.be.accessible();
    release();
    await waitUntil(() => placeholders(list).length === 0, 'the placeholders stayed', { timeout: 5000 });
    expect(feed(list).getAttribute('aria-busy')).to.equal('false');
  });

  it('reaches the last order with End in a few requests, and focuses it', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    const [first] = await untilRows(list);
    first!.focus();
    await sendKeys({ press: 'End' });
    const last = ordersAt(TOTAL - 1, 1)[0]!;
    await waitUntil(
      () => (deepActiveElement() as HTMLElement | null)?.getAttribute('aria-label') === `Order ${last.number}`,
      'End did not reach and focus the last order',
      { timeout: 5000 },
    );
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.getAttribute('aria-posinset')).to.equal(String(TOTAL));
    expect(text(focused.querySelector('[part="order-number"]'))).to.equal(last.number);
    const view = feed(list).getBoundingClientRect();
    expect(focused.getBoundingClientRect().bottom).to.be.at.most(view.bottom + 1);
    // The first page and the last one, not 200.
    const queries = asked(mock);
    expect(queries).to.have.length.at.most(3);
    expect(queries.at(-1)!.get('offset')).to.equal(String(TOTAL - 50));
    expect(text($(list, '[part="summary"]'))).to.equal('10,000 orders');

    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => rowIndex(deepActiveElement()) === TOTAL - 2, 'Arrow Up did not move');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => rowIndex(deepActiveElement()) === 0, 'Home did not reach the first order');
    expect(feed(list).scrollTop).to.equal(0);
  });

  it('moves focus across a page not loaded yet with Page Down, onto the order once it is there', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    await list.focusOrder(list.loadedOrders[49]!.id);
    await sendKeys({ press: 'PageDown' });
    const next = ordersAt(50, 1)[0]!;
    await waitUntil(
      () => (deepActiveElement() as HTMLElement | null)?.getAttribute('aria-label') === `Order ${next.number}`,
      'focus did not reach the first order of the next page',
      { timeout: 5000 },
    );
    expect(rowIndex(deepActiveElement())).to.equal(50);
  });

  it('asks only for the page where the view rests when scrolled quickly past many', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    const end = feed(list).scrollHeight;
    // One position per frame, like a scrollbar dragged from top to bottom.
    for (let step = 1; step <= 20; step++) {
      scrollTo(list, (end * step) / 20);
      await nextFrame();
    }
    await waitUntil(
      () =>
        rowsInView(list, SHOWN).length > 0 && rowsInView(list, SHOWN).every((row) => !row.hasAttribute('aria-busy')),
      'the last orders did not load',
      { timeout: 5000 },
    );
    expect(rowIndex(rowsInView(list, SHOWN).at(-1)!)).to.equal(TOTAL - 1);
    // A handful at most (a frame slower than the wait on a busy machine), not one per position.
    expect(asked(mock)).to.have.length.at.most(6);
  });

  it('aborts the page of a place no longer in view', async () => {
    const signals: { offset: number | undefined; signal: AbortSignal }[] = [];
    const adapter: OrderAdapter = {
      ...mock.adapter,
      listOrders: (query: OrderQuery, init?: CallInit) => {
        signals.push({ offset: query.offset, signal: init!.signal! });
        return mock.adapter.listOrders(query, init);
      },
    };
    const list = await renderList(adapter, mock.backend.site('us'));
    await untilRows(list);
    const release = mock.scenario.holdNext('listOrders');
    scrollTo(list, feed(list).scrollHeight / 2);
    await waitUntil(() => mock.backend.requestsFor('listOrders').length === 2, 'the middle page was not asked for', {
      timeout: 5000,
    });
    scrollTo(list, feed(list).scrollHeight);
    await waitUntil(() => signals.length === 3, 'the last page was not asked for', { timeout: 5000 });
    release();
    expect(signals[1]!.signal.aborted).to.equal(true);
    expect(signals[2]!.offset).to.equal(TOTAL - 50);
    await waitUntil(
      () => rowsInView(list, SHOWN).every((row) => !row.hasAttribute('aria-busy')),
      'the end did not load',
      {
        timeout: 5000,
      },
    );
  });

  it('shows an order its page left out as a row saying so, in the place of the page it left', async () => {
    // The page at 5,000 has an order in a currency outside ISO 4217, which the adapter leaves out.
    mock.worker.use(
      http.get(`${mock.baseUrl}/sites/:siteId/orders`, ({ request }) => {
        if (!fromThisTest(request)) return HttpResponse.error();
        const query = new URL(request.url).searchParams;
        const offset = Number(query.get('offset') ?? 0);
        const page = mock.backend.listOrders('us', { offset, limit: Number(query.get('limit')) });
        const items = page.items.map((o, i) =>
          offset + i === 5_010 ? { ...o, total: { amount: o.total.amount, currency: 'ZZZ' } } : o,
        );
        return HttpResponse.json({ ...page, items });
      }),
    );
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    const [first, second] = await untilRows(list);
    const height = second!.getBoundingClientRect().top - first!.getBoundingClientRect().top;
    scrollTo(list, 5_040 * height);
    await waitUntil(
      () => rowsInView(list, SHOWN).length > 2 && rows(list).every((row) => !row.hasAttribute('aria-busy')),
      'the page did not load',
      { timeout: 5000 },
    );
    const left = rows(list).filter((row) => row.getAttribute('aria-label') === '1 order could not be shown');
    expect(left).to.have.length(1);
    expect(text(left[0]!)).to.equal('1 order could not be shown');
    expect(left[0]!.getAttribute('aria-posinset')).to.equal('5050');
    expect(text($(list, '[part="skipped-note"]'))).to.equal('1 order could not be shown');
    await expect(list).to.be.accessible();
  });

  it('keeps focus on its order when an order is put at the top', async () => {
    const list = await renderList(mock.adapter, mock.backend.site('us'));
    await untilRows(list);
    await waitUntil(() => feed(list).scrollHeight > 100_000, 'the feed does not span the count');
    const second = list.loadedOrders[1]!;
    await list.focusOrder(second.id);
    list.prependOrder({ ...second, id: 'ord-new', number: '99999' });
    await waitUntil(() => rowIndex(deepActiveElement()) === 2, 'focus did not go with its order');
    expect((deepActiveElement() as HTMLElement).getAttribute('aria-label')).to.equal(`Order ${second.number}`);
    expect(text(rows(list)[0]!.querySelector('[part="order-number"]'))).to.equal('99999');
    expect(text($(list, '[part="summary"]'))).to.equal('10,001 orders');
    expect(
      rows(list)
        .filter((row) => row.tabIndex === 0)
        .map(rowIndex),
    ).to.deep.equal([2]);
  });

  describe('with an adapter that pages by cursor only', () => {
    it('spans only the orders loaded, and End goes to the last of them', async () => {
      const { orderOffsets: _, ...cursorOnly } = mock.adapter;
      const list = await renderList({ ...cursorOnly, orderOffsets: false }, mock.backend.site('us'));
      const [first, second] = await untilRows(list);
      const height = second!.getBoundingClientRect().top - first!.getBoundingClientRect().top;
      expect(feed(list).scrollHeight).to.be.closeTo(50 * height, 2);
      expect(asked(mock)[0]!.has('offset')).to.equal(false);
      expect(text($(list, '[part="summary"]'))).to.equal('10,000 orders');
      expect(placeholders(list)).to.have.length(0);
      first!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => rowIndex(deepActiveElement()) === 49, 'End did not reach the last order loaded', {
        timeout: 5000,
      });
    });
  });
});
