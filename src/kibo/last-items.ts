/**
 * `listLastOrderedItems` over Kibo: the customer's orders (`GET /commerce/orders`, newest first)
 * read for their items: `product.productCode` (our product id), `product.variationProductCode` (our
 * variant id and the code), `product.options` (name and value), and the item's `fulfillmentMethod`
 * with `fulfillmentLocationCode`. One item per product and variant, from its latest order. An item
 * or order that cannot be read is passed over: the list is a courtesy, never a reason to fail.
 */
import type { Fulfillment, FulfillmentKind, LastOrderedItem, LineOption } from '../model/types.js';
import type { KiboOrder, KiboOrderItem } from './kibo-types.js';

/** How many of the customer's latest orders are read for their items. */
export const LAST_ORDERS_READ = 20;

const KINDS: Record<string, FulfillmentKind> = { Ship: 'ship', Pickup: 'pickup', Delivery: 'delivery' };

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const objects = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];

function fulfillmentOf(item: KiboOrderItem): Fulfillment | null {
  const kind = KINDS[String(item.fulfillmentMethod)];
  if (!kind) return null;
  if (kind === 'ship') return { kind, locationId: null, locationName: null };
  const code = item.fulfillmentLocationCode;
  return isText(code) ? { kind, locationId: code, locationName: null } : null;
}

function optionsOf(product: Record<string, unknown>): LineOption[] {
  return objects(product.options).flatMap((o) => {
    const value = isText(o.stringValue) ? o.stringValue : o.value;
    const text = typeof value === 'number' ? String(value) : value;
    return isText(o.name) && isText(text) ? [{ name: o.name, value: text }] : [];
  });
}

/** The distinct items of an `OrderCollection`'s orders (newest first), at most `limit`. */
export function lastOrderedItems(value: unknown, limit: number): LastOrderedItem[] {
  const orders = objects((value as { items?: unknown } | null)?.items) as KiboOrder[];
  const found: LastOrderedItem[] = [];
  const seen = new Set<string>();
  for (const order of orders) {
    const orderedAt = order.submittedDate ?? order.auditInfo?.createDate;
    if (order.orderNumber === undefined || order.orderNumber === null || !isText(orderedAt)) continue;
    for (const item of objects(order.items) as KiboOrderItem[]) {
      const product = (item.product ?? {}) as Record<string, unknown>;
      const { productCode, variationProductCode: variant, name } = product;
      const key = `${String(productCode)}|${isText(variant) ? variant : ''}`;
      if (!isText(productCode) || seen.has(key) || found.length >= limit) continue;
      seen.add(key);
      found.push({
        productId: productCode,
        variantId: isText(variant) ? variant : null,
        productName: isText(name) ? name : productCode,
        code: isText(variant) ? variant : productCode,
        options: optionsOf(product),
        fulfillment: fulfillmentOf(item),
        orderedAt,
      });
    }
  }
  return found;
}
