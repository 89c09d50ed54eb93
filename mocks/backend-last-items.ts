/**
 * `listLastOrderedItems` of the mock backend: the items a customer ordered on a site, worked out
 * from their orders (submitted, then seeded; newest first), one per product and variant with the
 * fulfillment of its latest order, the most recent first.
 */
import type { LastOrderedItem } from '../src/model/types.js';
import type { MockCustomers } from './backend-customers.js';
import type { MockState } from './backend-state.js';
import { badRequest, notFound } from './problem.js';

export const DEFAULT_LAST_ITEMS = 10;
export const MAX_LAST_ITEMS = 50;

export function lastOrderedItems(
  state: MockState,
  customers: MockCustomers,
  request: { siteId: string; customerId: string; limit?: number },
): LastOrderedItem[] {
  const site = state.site(request.siteId);
  const limit = request.limit ?? DEFAULT_LAST_ITEMS;
  if (!Number.isInteger(limit) || limit < 1) {
    throw badRequest('The number of items must be a whole number of at least 1.', [
      { path: 'limit', code: 'invalid', message: 'Enter a whole number of at least 1.' },
    ]);
  }
  if (customers.find(request.customerId)?.customerSetId !== site.customerSetId)
    throw notFound('There is no such customer on this site.');
  const orders = [
    ...state.submittedOrders.filter((o) => o.siteId === site.id),
    ...state.seededOrdersBySite.get(site.id)!,
  ].filter((o) => o.customerId === request.customerId);
  const items: LastOrderedItem[] = [];
  const seen = new Set<string>();
  for (const order of orders) {
    // A submitted order's lines are in its record; a seeded one's, in what it was priced from.
    const lines = state.orderRecords.get(order.id)?.lines ?? state.data.orderDetails.get(order.id)?.lines ?? [];
    for (const line of lines) {
      const key = `${line.productId}|${line.variantId ?? ''}`;
      const product = state.data.productById.get(line.productId);
      if (seen.has(key) || !product) continue;
      seen.add(key);
      const variant = product.variants.find((v) => v.id === line.variantId);
      items.push({
        productId: product.id,
        variantId: variant?.id ?? null,
        productName: product.name,
        code: variant?.code ?? product.code,
        options: product.options
          .filter((o) => variant?.options[o.name] !== undefined)
          .map((o) => ({ name: o.name, value: variant!.options[o.name]! })),
        fulfillment: line.fulfillment ? { ...line.fulfillment } : null,
        orderedAt: order.createdAt,
      });
      if (items.length === Math.min(limit, MAX_LAST_ITEMS)) return items;
    }
  }
  return items;
}
