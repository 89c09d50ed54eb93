import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CallInit, OrderAdapter, OrderQuery } from '../../../src/adapter/adapter.js';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import { formatMoney } from '../../../src/model/money.js';
import { expectSaidOnce } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, deepActiveElement, liveRegion, text } from '../../support/dom.js';
import {
  feed,
  renderList,
  rowIndex,
  rows,
  rowsInView,
  scrollTo,
  scrollToEnd,
  scrollUntilRetry,
  untilRows,
} from '../../support/harness/order-list.js';

/**
 * Whether what the agent sees matches the scroll position: consecutive orders cover the whole
 * view, each row sits where its index puts it (index × row height from the top of the list), so
 * the scrollbar tells the place in the list.
 */
function viewMatchesScroll(list: OrderList): boolean {
  const element = feed(list);
  const view = element.getBoundingClientRect();
  const shown = rowsInView(list);
  if (shown.length < 2) return false;
  const height = shown[1]!.getBoundingClientRect().top - shown[0]!.getBoundingClientRect().top;
  const covered =
    shown[0]!.getBoundingClientRect().top <= view.top + 1 &&
    (shown.at(-1)!.getBoundingClientRect().bottom >= view.bottom - 1 ||
      rowIndex(shown.at(-1)!) === list.loadedOrders.length - 1);
  const placed = shown.every(
    (row, i) =>
      rowIndex(row) === rowIndex(shown[0]!) + i &&
      Math.abs(row.getBoundingClientRect().top - view.top + element.scrollTop - rowIndex(row) * height) < 1,
  );
  return covered && placed;
}

/**
 * Resolves in the frame after a resize of `element` has been observed, i.e. after the layout that
 * the list's own ResizeObserver (created before this one, so called before it) scheduled for that
 * frame: frames run in the order they were requested.
 */
function afterResizeObserved(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => resolve());
    });
    observer.observe(element, { box: 'border-box' });
  });
}

describe('<oo-order-list>', () => {
  const mock = useMockBackend();

  describe('listing', () => {
    it('lists the site’s orders newest first with number, date, customer, status and total', async () => {
      const site = mock.backend.site('us');
      const list = await renderList(mock.adapter, site);
      const rendered = await untilRows(list);
      const expected = mock.backend.listOrders('us', { limit: 50 }).items;

      const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
      const statusLabels = {
        new: 'New',
        open: 'Open',
        shipped: 'Shipped',
        completed: 'Completed',
        cancelled: 'Cancelled',
        'awaiting-payment': 'Payment link sent',
      };
      rendered.slice(0, 5).forEach((row, i) => {
        const order = expected[i]!;
        expect(text(row.querySelector('[part="order-number"]'))).to.equal(order.number);
        expect(text(row.querySelector('[part="order-customer"]'))).to.equal(order.customerName);
        expect(text(row.querySelector('[part="order-date"]'))).to.equal(dates.format(new Date(order.createdAt)));
        expect(text(row.querySelector('[part="order-status"]'))).to.equal(statusLabels[order.status]);
        expect(text(row.querySelector('[part="order-total"]'))).to.equal(formatMoney(order.total, 'en-US'));
      });
      const times = list.loadedOrders.map((o) => Date.parse(o.createdAt));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      expect(text($(list, '[part="summary"]'))).to.equal(
        `${new Intl.NumberFormat('en-US').format(mock.backend.listOrders('us').total!)} orders`,
      );
    });

    it('is a feed of articles named by order number, with their place among all orders', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      const [first, second] = await untilRows(list);
      const total = mock.backend.listOrders('us').total!;

      expect(feed(list).getAttribute('aria-label')).to.equal('Orders');
      expect(first!.tagName).to.equal('ARTICLE');
      expect(first!.getAttribute('aria-label')).to.equal(`Order ${list.loadedOrders[0]!.number}`);
      expect(first!.getAttribute('aria-posinset')).to.equal('1');
      expect(second!.getAttribute('aria-posinset')).to.equal('2');
      expect(first!.getAttribute('aria-setsize')).to.equal(String(total));
      const description = first!
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text($(list, `#${id}`)))
        .join(' ');
      expect(description).to.contain(list.loadedOrders[0]!.customerName);
      expect(description).to.contain(formatMoney(list.loadedOrders[0]!.total, 'en-US'));
      // One tab stop for the whole feed.
      expect(rows(list).filter((row) => row.tabIndex === 0)).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('formats dates and money in the page’s locale and the site’s currency', async () => {
      // Canadian dollars in an English (US) page read "CA$" (issue 9, item 5); the dates are the page's.
      document.documentElement.lang = 'en-US';
      try {
        const list = await renderList(mock.adapter, mock.backend.site('ca'));
        const [first] = await untilRows(list);
        const order = list.loadedOrders[0]!;
        expect(order.total.currency).to.equal('CAD');
        expect(text(first!.querySelector('[part="order-total"]'))).to.equal(formatMoney(order.total, 'en-US'));
        expect(text(first!.querySelector('[part="order-total"]'))).to.match(/^CA\$\d/);
        expect(text(first!.querySelector('[part="order-date"]'))).to.equal(
          new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(order.createdAt),
          ),
        );
        document.documentElement.lang = 'en-CA';
        list.requestUpdate();
        await list.updateComplete;
        expect(text(first!.querySelector('[part="order-total"]'))).to.equal(formatMoney(order.total, 'en-CA'));
      } finally {
        document.documentElement.lang = '';
      }
    });
  });

  describe('long text', () => {
    it('shows the order number and customer whole in the row with focus, cut short with an ellipsis elsewhere', async () => {
      const site = mock.backend.site('us');
      const list = await renderList(mock.adapter, site);
      await untilRows(list);
      const number = `${'9'.repeat(120)}-${'7'.repeat(120)}`;
      const name = 'Maximiliana Wolfeschlegelsteinhausenbergerdorff '.repeat(12).trim();
      const [newest] = list.loadedOrders;
      list.prependOrder({ ...newest!, id: 'ord-long', number, customerName: name });
      await waitUntil(() => text(rows(list)[0]?.querySelector('[part="order-number"]')) === number, 'not prepended');
      const [row, next, after] = rows(list) as [HTMLElement, HTMLElement, HTMLElement];
      const fits = (part: string) => {
        const node = row.querySelector<HTMLElement>(`[part="${part}"]`)!;
        return node.scrollWidth <= node.clientWidth;
      };
      const height = next.getBoundingClientRect().height;
      expect(fits('order-number'), 'the number is not cut short').to.equal(false);
      expect(fits('order-customer'), 'the customer is not cut short').to.equal(false);
      expect(row.getBoundingClientRect().height).to.be.closeTo(height, 1);

      await list.focusOrder('ord-long');
      expect(deepActiveElement()).to.equal(row);
      await waitUntil(
        () => fits('order-number') && fits('order-customer'),
        'the number or the customer is still cut short with focus',
      );
      expect(text(row.querySelector('[part="order-number"]'))).to.equal(number);
      expect(text(row.querySelector('[part="order-customer"]'))).to.equal(name);
      // Its accessible name and description have the whole text.
      expect(row.getAttribute('aria-label')).to.equal(`Order ${number}`);
      const described = row
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(list.shadowRoot!.getElementById(id)));
      expect(described[0]).to.contain(name);
      // Only the row with focus grows: the others keep their height and places.
      expect(next.getBoundingClientRect().height).to.be.closeTo(height, 1);
      expect(after.getBoundingClientRect().top - next.getBoundingClientRect().top).to.be.closeTo(height, 1);
      // The rows out of the DOM are still stood for at the height of a row without focus, once the
      // list has laid itself out again for the grown row.
      await afterResizeObserved(row);
      const grown = row.getBoundingClientRect().height - height;
      expect(grown).to.be.greaterThan(height);
      expect(feed(list).scrollHeight).to.be.closeTo(list.loadedOrders.length * height + grown, 2);
      await expect(list).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => deepActiveElement() === next, 'focus did not move to the next order');
      await waitUntil(() => !fits('order-customer'), 'the customer is still shown whole once focus left the row');
      expect(row.getBoundingClientRect().height).to.be.closeTo(height, 1);
    });
  });

  describe('paging', () => {
    it('asks for the next page with the cursor as the agent scrolls near the end', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      const first = mock.backend.requestsFor('listOrders');
      expect(first).to.have.length(1);
      expect(first[0]!.url).to.equal('/api/v1/sites/us/orders?limit=50');
      expect(list.loadedOrders).to.have.length(50);

      scrollToEnd(list);
      await waitUntil(() => list.loadedOrders.length === 100, 'the second page did not load', { timeout: 5000 });

      const requests = mock.backend.requestsFor('listOrders');
      expect(requests).to.have.length(2);
      const url = new URL(requests[1]!.url, location.origin);
      expect(url.searchParams.get('cursor')).to.equal('50');
      expect(url.searchParams.get('limit')).to.equal('50');
      const expected = mock.backend.listOrders('us', { cursor: '50', limit: 50 }).items;
      expect(list.loadedOrders.slice(50).map((o) => o.id)).to.deep.equal(expected.map((o) => o.id));
      await waitUntil(
        () => {
          scrollToEnd(list);
          return rows(list).some((row) => rowIndex(row) >= 50);
        },
        'rows of the second page not rendered',
        { timeout: 5000 },
      );
    });

    it('says "Loading more orders…" while the next page loads', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      // Held until released, so the loading state lasts as long as the test looks at it.
      const release = mock.scenario.holdNext('listOrders');

      // Said once, by a live region that was there before it.
      const regions = $$(list, '[role="status"]');
      scrollToEnd(list);
      await waitUntil(() => $(list, '[part="footer"]'), 'no loading footer', { timeout: 5000 });
      expect(text($(list, '[part="footer"]'))).to.equal('Loading more orders…');
      expect(regions).to.include(expectSaidOnce('Loading more orders…'));
      expect(feed(list).getAttribute('aria-busy')).to.equal('true');
      await expect(list).to.be.accessible();

      release();
      await waitUntil(() => list.loadedOrders.length === 100, 'the next page did not load', { timeout: 5000 });
      expect(feed(list).getAttribute('aria-busy')).to.equal('false');
      expect($(list, '[part="footer"]')).to.equal(null);
    });

    it('shows an error with Retry when the next page fails, and loads it on Retry', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      mock.scenario.failNext('listOrders', 503, 4, { retryAfter: 0 });
      const regions = $$(list, '[role="status"]');

      await scrollUntilRetry(list);
      expect(text($(list, '[part="footer"] .notice__title'))).to.equal('More orders could not be loaded.');
      expect(regions).to.include(expectSaidOnce('More orders could not be loaded.'));
      expect(list.loadedOrders).to.have.length(50);
      await expect(list).to.be.accessible();

      $<HTMLButtonElement>(list, '[part="retry-button"]')!.click();
      await waitUntil(() => list.loadedOrders.length === 100, 'the page did not load on Retry', { timeout: 5000 });
      expect(
        new URL(mock.backend.requestsFor('listOrders').at(-1)!.url, location.origin).searchParams.get('cursor'),
      ).to.equal('50');
    });

    it('does not ask for a failed page again until Retry, however the agent scrolls', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      mock.scenario.failNext('listOrders', 503, 4, { retryAfter: 0 });
      await scrollUntilRetry(list);
      const asked = mock.backend.requestsFor('listOrders').length;

      scrollTo(list, 0);
      await nextFrame();
      scrollToEnd(list);
      await nextFrame();
      await nextFrame();

      expect(mock.backend.requestsFor('listOrders')).to.have.length(asked);
      expect($(list, '[part="footer"] [part="retry-button"]')).to.not.equal(null);
      expect(list.loadedOrders).to.have.length(50);
    });

    describe('with 10,000 orders', () => {
      const many = useMockBackend({ backend: { seed: { siteIds: ['us'], orders: 10_000 } } });

      it('keeps only the rows in view in the DOM while thousands are loaded', async function () {
        // Fifteen pages of 200 through the worker: generous for a busy CI machine.
        this.timeout(30_000);
        const list = await renderList(many.adapter, many.backend.site('us'), 200);
        await untilRows(list);
        expect(list.loadedOrders).to.have.length(200);

        while (list.loadedOrders.length < 3000) {
          const loaded = list.loadedOrders.length;
          // Like an agent who keeps scrolling: the end moves down as the new rows are laid out.
          await waitUntil(
            () => {
              scrollToEnd(list);
              return list.loadedOrders.length > loaded;
            },
            `stuck at ${loaded} orders after ${many.backend.requestsFor('listOrders').length} requests`,
            { timeout: 5000 },
          );
        }

        expect(rows(list).length).to.be.greaterThan(0);
        expect(rows(list).length).to.be.lessThan(40);
        expect(rows(list)[0]!.getAttribute('aria-setsize')).to.equal('10000');
        expect(text($(list, '[part="summary"]'))).to.equal('10,000 orders');
        // The rows in the DOM are the ones at the end, where the agent scrolled to.
        expect(Math.max(...rows(list).map(rowIndex))).to.be.greaterThan(2500);
      });
    });
  });

  describe('scrolling', () => {
    it('shows the orders at the scroll position in the middle of a long list, with few rows in the DOM', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'), 200);
      await untilRows(list);

      scrollTo(list, feed(list).scrollHeight / 2);
      await waitUntil(() => viewMatchesScroll(list), 'the rows in view do not match the scroll position', {
        timeout: 5000,
      });
      const shown = rowsInView(list).map(rowIndex);
      expect(shown[0]).to.be.within(80, 110);
      expect(text(rowsInView(list)[0]!.querySelector('[part="order-number"]'))).to.equal(
        list.loadedOrders[shown[0]!]!.number,
      );
      expect(rows(list).length).to.be.lessThan(40);
      await expect(list).to.be.accessible();
    });

    it('keeps the rows that stay in view (the same elements) as the list scrolls', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'), 200);
      await untilRows(list);
      scrollTo(list, 2000);
      await waitUntil(() => viewMatchesScroll(list), 'not scrolled', { timeout: 5000 });
      const kept = rowsInView(list).at(-1)!;
      const index = rowIndex(kept);
      const firstRendered = rowIndex(rows(list)[0]!);

      scrollTo(list, 2000 + kept.getBoundingClientRect().height * 2);
      await waitUntil(() => rowIndex(rows(list)[0]!) > firstRendered, 'the rendered rows did not move', {
        timeout: 5000,
      });
      expect(kept.isConnected).to.equal(true);
      expect(rowIndex(kept)).to.equal(index);
      expect(rows(list).find((row) => rowIndex(row) === index)).to.equal(kept);
    });

    it('re-measures the rows when a partner’s theming changes their height', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'), 200);
      const [row] = await untilRows(list);
      const before = row!.getBoundingClientRect().height;
      scrollTo(list, 3000);
      await waitUntil(() => viewMatchesScroll(list), 'not scrolled', { timeout: 5000 });

      // Only the rows grow (the feed keeps its size), and the agent does not scroll.
      const theme = document.createElement('style');
      theme.textContent = 'oo-order-list.roomy::part(order-row) { padding-block: 1.5rem; }';
      document.head.append(theme);
      try {
        list.classList.add('roomy');
        await waitUntil(
          () => rows(list)[0]!.getBoundingClientRect().height > before && viewMatchesScroll(list),
          'the rows in view do not match the scroll position after the theme changed',
          { timeout: 5000 },
        );
      } finally {
        theme.remove();
      }
    });
  });

  describe('keyboard', () => {
    it('enters the feed with Tab and moves between orders with arrows, Page Up/Down, Home and End', async () => {
      const before = document.createElement('button');
      before.textContent = 'Before';
      document.body.prepend(before);
      try {
        const list = await renderList(mock.adapter, mock.backend.site('us'));
        await untilRows(list);
        before.focus();

        await sendKeys({ press: 'Tab' });
        expect(rowIndex(deepActiveElement())).to.equal(0);

        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 1);
        await sendKeys({ press: 'PageDown' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 2);
        await sendKeys({ press: 'ArrowUp' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 1);
        await sendKeys({ press: 'PageUp' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 0);
        await sendKeys({ press: 'ArrowUp' });
        expect(rowIndex(deepActiveElement())).to.equal(0);

        const last = list.loadedOrders.length - 1;
        await sendKeys({ press: 'End' });
        await waitUntil(() => rowIndex(deepActiveElement()) === last, 'End did not reach the last order');
        await sendKeys({ press: 'Home' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 0, 'Home did not reach the first order');

        // The focused row is the feed's only tab stop, and Shift+Tab leaves the feed.
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => rowIndex(deepActiveElement()) === 1);
        expect(
          rows(list)
            .filter((row) => row.tabIndex === 0)
            .map(rowIndex),
        ).to.deep.equal([1]);
        await sendKeys({ press: 'Shift+Tab' });
        expect(deepActiveElement()).to.equal(before);
      } finally {
        before.remove();
      }
    });
  });

  describe('keyboard with orders outside the rendered rows', () => {
    it('renders the order focus moves to and scrolls it into view', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'), 200);
      const [first] = await untilRows(list);
      const last = list.loadedOrders.length - 1;
      expect(rows(list).some((row) => rowIndex(row) === last)).to.equal(false);
      first!.focus();

      await sendKeys({ press: 'End' });
      await waitUntil(() => rowIndex(deepActiveElement()) === last, 'End did not reach the last order', {
        timeout: 5000,
      });
      const focused = deepActiveElement() as HTMLElement;
      const view = feed(list).getBoundingClientRect();
      expect(focused.getBoundingClientRect().top).to.be.at.least(view.top - 1);
      expect(focused.getBoundingClientRect().bottom).to.be.at.most(view.bottom + 1);
      expect(focused.getAttribute('aria-posinset')).to.equal(String(last + 1));
      expect(rows(list).length).to.be.lessThan(40);

      await sendKeys({ press: 'Home' });
      await waitUntil(() => rowIndex(deepActiveElement()) === 0, 'Home did not reach the first order', {
        timeout: 5000,
      });
      expect(feed(list).scrollTop).to.equal(0);
    });
  });

  describe('states', () => {
    it('announces and shows the loading state', async () => {
      const release = mock.scenario.holdNext('listOrders');
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await waitUntil(() => $(list, '[part="loading"]'), 'no loading notice', { timeout: 5000 });
      expect(text($(list, '[part="loading"]'))).to.equal('Loading orders…');
      expectSaidOnce('Loading orders…');
      await expect(list).to.be.accessible();
      release();
      await untilRows(list);
    });

    it('shows and announces the error with Retry when the orders cannot be loaded, and loads them on Retry', async () => {
      mock.scenario.failNext('listOrders', 503, 4, { retryAfter: 0 });
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      const regions = $$(list, '[role="status"]');
      await waitUntil(() => $(list, '[part="error"]'), 'no error', { timeout: 5000 });

      expect(text($(list, '[part="error"] .notice__title'))).to.equal('The orders could not be loaded.');
      expect(text($(list, '[part="error"] .notice__text'))).to.not.equal('');
      expect(regions).to.include(expectSaidOnce('The orders could not be loaded.'));
      expect(list.loadedOrders).to.have.length(0);
      await expect(list).to.be.accessible();

      $<HTMLButtonElement>(list, '[part="retry-button"]')!.click();
      await untilRows(list);
      // Focus lands on the first order instead of being lost with the Retry button.
      await waitUntil(() => rowIndex(deepActiveElement()) === 0, 'focus not on the first order');
    });

    describe('for a site without orders', () => {
      const empty = useMockBackend({ backend: { seed: { siteIds: ['us'], emptyOrders: true } } });

      it('says "No orders yet for this site"', async () => {
        const list = await renderList(empty.adapter, empty.backend.site('us'));
        await waitUntil(() => $(list, '[part="empty"]'));
        expect(text($(list, '[part="empty"] .notice__title'))).to.equal('No orders yet for this site');
        expectSaidOnce('No orders yet for this site');
        expect($(list, '[role="feed"]')).to.equal(null);
        await expect(list).to.be.accessible();
      });

      it('shows a prepended order instead of the empty state', async () => {
        const list = await renderList(empty.adapter, empty.backend.site('us'));
        await waitUntil(() => $(list, '[part="empty"]'));
        list.prependOrder({
          id: 'ord-1',
          number: '10542',
          siteId: 'us',
          createdAt: new Date().toISOString(),
          customerId: 'ada',
          customerName: 'Ada Lovelace',
          status: 'new',
          total: { amount: 4599, currency: 'USD' },
          items: [],
        });
        const [row] = await untilRows(list);
        expect(text(row!.querySelector('[part="order-number"]'))).to.equal('10542');
        expect(text($(list, '[part="summary"]'))).to.equal('1 order');
        expect($(list, '[part="empty"]')).to.equal(null);
      });
    });
  });

  describe('changing site', () => {
    it('aborts the request for the previous site and never shows its late answer', async () => {
      const signals: AbortSignal[] = [];
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listOrders: (query: OrderQuery, init?: CallInit) => {
          if (init?.signal) signals.push(init.signal);
          return mock.adapter.listOrders(query, init);
        },
      };
      // The first site's answer is held, so it is still in flight when the site changes.
      const release = mock.scenario.holdNext('listOrders');
      const list = await renderList(adapter, mock.backend.site('us'));
      // Held at the mock (not only sent): an abort before the mock saw it would leave no request.
      await waitUntil(() => signals.length === 1 && mock.backend.requestsFor('listOrders').length === 1);

      list.site = mock.backend.site('ca');
      release();
      await untilRows(list);

      expect(signals).to.have.length(2);
      expect(signals[0]!.aborted).to.equal(true);
      expect(signals[1]!.aborted).to.equal(false);
      expect(list.loadedOrders.every((o) => o.siteId === 'ca')).to.equal(true);
      expect(mock.backend.requestsFor('listOrders').map((r) => r.url.split('?')[0])).to.deep.equal([
        '/api/v1/sites/us/orders',
        '/api/v1/sites/ca/orders',
      ]);
    });

    it('empties and stops loading when the site is taken away, and loads afresh on reload()', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);

      list.site = undefined;
      await list.updateComplete;
      expect(rows(list)).to.have.length(0);
      expect(list.loadedOrders).to.have.length(0);
      expect(text(liveRegion(list))).to.equal('');

      list.site = mock.backend.site('us');
      await untilRows(list);
      await list.reload();
      expect(list.loadedOrders).to.have.length(50);
      expect(mock.backend.requestsFor('listOrders')).to.have.length(3);
    });

    it('does not reload when the same site is set again', async () => {
      const list = await renderList(mock.adapter, mock.backend.site('us'));
      await untilRows(list);
      list.site = { ...mock.backend.site('us') };
      await list.updateComplete;
      expect(mock.backend.requestsFor('listOrders').map((r) => r.url)).to.deep.equal([
        '/api/v1/sites/us/orders?limit=50',
      ]);
    });
  });
});
