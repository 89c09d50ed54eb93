/**
 * Memory: the page after 10,000 orders and 1,000 lines. Ours: `<oo-order-list>` scrolled from top
 * to bottom (it keeps the pages the view rested on) and `<line-item-editor>` with 1,000 lines, idle; the floor: the
 * virtualizer given the 10,000 orders and `<floor-lines>` with the 1,000 lines. The runner then
 * collects garbage and reads the JS heap and DOM node count over the DevTools protocol.
 */
import '../../src/define/line-item-editor.js';
import type { ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { OrderList } from '../../src/elements/order-list/order-list.js';
import type { DraftLine } from '../../src/model/types.js';
import { instantAdapter, LINE_COUNT, LINES, ORDER_COUNT, SITE } from './data.js';
import { defineFloors } from './floors.js';
import { quiet, scrollThrough, settled, until } from './measure.js';
import { VirtualOrders } from './orders.js';

// As in the orders rows. (`display: block` on the list, as this page first had, unmade its column
// layout: the feed grew to its content and every one of the 10,000 rows was rendered.)
const SIZE = 'block-size: 480px; inline-size: 420px';

export async function run(name: string): Promise<Record<string, number>> {
  const ours = name === 'ours';
  const adapter = instantAdapter();
  const calls = () => Object.values(adapter.log.calls).reduce((a, b) => a + b, 0);
  if (ours) {
    if (!customElements.get('oo-order-list')) customElements.define('oo-order-list', OrderList);
    const list = document.createElement('oo-order-list') as OrderList;
    list.setAttribute('style', SIZE);
    list.adapter = adapter;
    list.site = SITE;
    document.body.append(list);
    const feed = await until(() => list.shadowRoot?.querySelector<HTMLElement>('[role="feed"]'), 'the feed');
    // Scrolled top to bottom as in the orders rows: the list holds the pages the view rested on and
    // the last one (it spans the 10,000 with placeholders), not every page.
    const lastShown = () =>
      !!list.shadowRoot!.querySelector(`article[aria-posinset="${ORDER_COUNT}"]:not([aria-busy])`);
    await scrollThrough(feed, { done: lastShown });
  } else {
    defineFloors();
    if (!customElements.get('virtual-orders')) customElements.define('virtual-orders', VirtualOrders);
    const element = document.createElement('virtual-orders') as VirtualOrders;
    element.setAttribute('style', `display: block; ${SIZE}`);
    element.orders = (await adapter.listOrders({ siteId: SITE.id, limit: ORDER_COUNT })).items;
    document.body.append(element);
    const feed = await until(() => element.shadowRoot?.querySelector<HTMLElement>('.feed'), 'the feed');
    await scrollThrough(feed);
  }
  const editor = document.createElement(ours ? 'line-item-editor' : 'floor-lines') as ReactiveElement & {
    lines: DraftLine[];
    adapter?: OrderAdapter;
    site?: typeof SITE;
  };
  editor.adapter = adapter;
  editor.site = SITE;
  editor.lines = LINES;
  document.body.append(editor);
  await until(() => editor.shadowRoot?.querySelectorAll('tr[part~="line-item"]').length === LINE_COUNT, 'the lines');
  await quiet(calls, 100);
  await settled(editor);
  return {};
}
