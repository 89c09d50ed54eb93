/** Finding `<oo-order-list>` (alone or inside the builder) and its rows. */
import { waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import { $, $$ } from '../dom.js';
import '../../../src/define.js';

/** The order list the builder renders; throws when there is none. */
export function orderList(builder: OfflineOrderBuilder): OrderList {
  const list = $<OrderList>(builder, 'oo-order-list');
  if (!list) throw new Error('No <oo-order-list> rendered');
  return list;
}

export function rows(list: OrderList): HTMLElement[] {
  return $$(list, 'article[part~="order-row"]');
}

/** Waits until the list shows rows, and returns them. */
export async function untilRows(list: OrderList): Promise<HTMLElement[]> {
  await waitUntil(() => rows(list).length > 0, 'no order rows rendered');
  return rows(list);
}
