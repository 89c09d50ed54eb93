/**
 * Orders list: 10,000 orders. First paint (element created → rows painted), then the feed
 * scrolled from top to bottom in about 150 frames, one step per frame, and the worst and mean
 * rAF delta meanwhile. Ours: `<oo-order-list>` with the instant adapter, which serves pages at any
 * offset (the feed spans the 10,000 from the first page of 50 and loads the page the view rests on:
 * the end is reached when the last order is shown, not a placeholder); the peer: `@lit-labs/virtualizer`
 * given the same 10,000 orders at once, rendering the same fields, in the same 420 × 480 px box.
 */
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { css, html, LitElement } from 'lit';
import { OrderList } from '../../src/elements/order-list/order-list.js';
import type { OrderSummary } from '../../src/model/types.js';
import { instantAdapter, ORDER_COUNT, SITE } from './data.js';
import { orderRow, rowStyles } from './floors.js';
import { afterPaint, now, scrollThrough, timeUpdates, until } from './measure.js';

/** The peer: the virtualizer over all the orders, its host the scroller. */
export class VirtualOrders extends LitElement {
  static override properties = { orders: { attribute: false } };
  static override styles = [
    rowStyles,
    css`
      :host {
        display: block;
      }
      .feed {
        block-size: 100%;
        overflow: auto;
      }
    `,
  ];
  declare orders: OrderSummary[];

  constructor() {
    super();
    this.orders = [];
  }

  override render() {
    return html`<div class="feed" role="feed"
      >${virtualize({ items: this.orders, renderItem: orderRow, scroller: true })}</div
    >`;
  }
}

const SIZE = 'block-size: 480px; inline-size: 420px';

export async function run(name: string): Promise<Record<string, number>> {
  const adapter = instantAdapter();
  if (name === 'ours') {
    if (!customElements.get('oo-order-list')) customElements.define('oo-order-list', OrderList);
    const start = now();
    const list = document.createElement('oo-order-list') as OrderList;
    list.setAttribute('style', SIZE);
    list.adapter = adapter;
    list.site = SITE;
    document.body.append(list);
    await until(() => list.shadowRoot?.querySelector('article[part~="order-row"]'), 'the rows');
    const firstPaintMs = (await afterPaint()) - start;
    const feed = list.shadowRoot!.querySelector<HTMLElement>('[role="feed"]')!;
    const updates = timeUpdates(list);
    const lastShown = () =>
      !!list.shadowRoot!.querySelector(`article[aria-posinset="${ORDER_COUNT}"]:not([aria-busy])`);
    const scroll = await scrollThrough(feed, { done: lastShown });
    const { updates: scrollUpdates } = updates.stop();
    list.remove();
    return { firstPaintMs, ...scroll, pageLoads: adapter.log.calls['listOrders'] ?? 0, scrollUpdates };
  }
  if (!customElements.get('virtual-orders')) customElements.define('virtual-orders', VirtualOrders);
  const start = now();
  const element = document.createElement('virtual-orders') as VirtualOrders;
  element.setAttribute('style', SIZE);
  element.orders = (await adapter.listOrders({ siteId: SITE.id, limit: ORDER_COUNT })).items;
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('article'), 'the rows');
  const firstPaintMs = (await afterPaint()) - start;
  const feed = element.shadowRoot!.querySelector<HTMLElement>('.feed')!;
  const scroll = await scrollThrough(feed);
  element.remove();
  return { firstPaintMs, ...scroll, pageLoads: 1, scrollUpdates: 0 };
}
