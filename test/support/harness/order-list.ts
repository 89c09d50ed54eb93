/** Finding `<oo-order-list>` (alone or inside the builder) and its rows. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import type { Site } from '../../../src/model/types.js';
import { $, $$ } from '../dom.js';
import '../../../src/define.js';

/** The list alone, in a box of a known size, showing `site`'s orders `pageSize` at a time (default 50). */
export async function renderList(adapter: OrderAdapter, site: Site, pageSize?: number): Promise<OrderList> {
  return fixture<OrderList>(
    html`<oo-order-list
      style="block-size: 480px; inline-size: 420px"
      .adapter=${adapter}
      .site=${site}
      page-size=${pageSize ?? 50}
    ></oo-order-list>`,
  );
}

/** The list's scrolling feed; throws when there is none. */
export function feed(list: OrderList): HTMLElement {
  const element = $(list, '[role="feed"]');
  if (!element) throw new Error('No feed rendered');
  return element;
}

/** Scrolls the feed to `top` px, as an agent does with the wheel or the scrollbar. */
export function scrollTo(list: OrderList, top: number): void {
  const element = feed(list);
  element.scrollTop = top;
  element.dispatchEvent(new Event('scroll'));
}

/** Scrolls the feed to its end, as an agent does with the wheel or the scrollbar. */
export function scrollToEnd(list: OrderList): void {
  scrollTo(list, feed(list).scrollHeight);
}

/** The order list the builder renders; throws when there is none. */
export function orderList(builder: OfflineOrderBuilder): OrderList {
  const list = $<OrderList>(builder, 'oo-order-list');
  if (!list) throw new Error('No <oo-order-list> rendered');
  return list;
}

export function rows(list: OrderList): HTMLElement[] {
  return $$(list, 'article[part~="order-row"]');
}

/** A row's place in the list (its `data-index`), NaN for none. */
export function rowIndex(row: Element | null): number {
  return Number((row as HTMLElement | null)?.dataset['index'] ?? NaN);
}

/** The rendered rows that the feed shows, at least partly (more than `margin` px of them). */
export function rowsInView(list: OrderList, margin = 0): HTMLElement[] {
  const view = feed(list).getBoundingClientRect();
  return rows(list).filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > view.top + margin && box.top < view.bottom - margin;
  });
}

/** Waits until the list shows rows, and returns them. */
export async function untilRows(list: OrderList): Promise<HTMLElement[]> {
  await waitUntil(() => rows(list).length > 0, 'no order rows rendered');
  return rows(list);
}

/** Keeps scrolling to the end until the footer offers Retry (a page failed), and returns that button. */
export async function scrollUntilRetry(list: OrderList): Promise<HTMLButtonElement> {
  const retry = () => $<HTMLButtonElement>(list, '[part="footer"] [part="retry-button"]');
  await waitUntil(
    () => {
      scrollToEnd(list);
      return retry();
    },
    'no retry',
    { timeout: 10_000 },
  );
  return retry()!;
}
