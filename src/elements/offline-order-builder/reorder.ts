/**
 * "Reorder": a new draft from an existing order (`OrderRecord`): the same customer, and each line
 * with its options, quantity and fulfillment, checked against the catalog as it is now. A line
 * whose product or variant no longer exists, or that is out of stock for its fulfillment, is left
 * out and named; the others are priced afresh by the builder's normal repricing (each line is
 * marked `needsRepricing`, so the adapter's answer sets its unit price). Loaded with the side sheet.
 */
import type { OrderAdapter } from '../../adapter/adapter.js';
import { NotFoundError } from '../../adapter/errors.js';
import { addLine, createDraft, setCustomer, setLines } from '../../model/draft.js';
import type { FulfillmentOption, OrderDraft, OrderRecord, OrderRecordLine, Product, Site } from '../../model/types.js';

/** Why a line of the order was left out of the new draft. */
export type LeftOutReason = 'product-gone' | 'variant-gone' | 'out-of-stock';

/** A line left out: its product's name and options as the order had them, and why. */
export interface LeftOut {
  line: OrderRecordLine;
  reason: LeftOutReason;
}

/** What "Reorder" makes: the draft, and the lines left out of it. */
export interface Reorder {
  draft: OrderDraft;
  leftOut: LeftOut[];
}

/** Whether `option` is the line's fulfillment: the same kind, at the same location for a pickup or a delivery. */
function isFulfillmentOf(line: OrderRecordLine, option: FulfillmentOption): boolean {
  const f = line.fulfillment;
  if (!f || option.kind !== f.kind) return false;
  return f.kind === 'ship' || f.kind === 'digital' || option.locationId === f.locationId;
}

/** A line as the catalog has it now: the product, or why the line cannot be ordered again. */
async function check(
  adapter: OrderAdapter,
  siteId: string,
  line: OrderRecordLine,
  signal: AbortSignal,
): Promise<{ product: Product; fulfillmentAvailable: boolean } | LeftOutReason> {
  // A custom line of the order: no catalog product to order again (it is named as left out).
  if (!line.productId) return 'product-gone';
  let product: Product;
  try {
    product = await adapter.getProduct({ siteId, productId: line.productId }, { signal });
  } catch (error) {
    if (error instanceof NotFoundError) return 'product-gone';
    throw error;
  }
  if (line.variantId) {
    const variant = product.variants.find((v) => v.id === line.variantId);
    if (!variant) return 'variant-gone';
    if (!variant.inStock) return 'out-of-stock';
  }
  if (!line.fulfillment) return { product, fulfillmentAvailable: false };
  let options: FulfillmentOption[];
  try {
    options = await adapter.getFulfillmentOptions(
      { siteId, productId: line.productId, variantId: line.variantId },
      { signal },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return line.variantId ? 'variant-gone' : 'product-gone';
    throw error;
  }
  const option = options.find((o) => isFulfillmentOf(line, o));
  if (option && !option.available && option.unavailableReason === 'out-of-stock') return 'out-of-stock';
  // A fulfillment no longer offered (a location closed) leaves the line for the agent to fulfill again.
  return { product, fulfillmentAvailable: !!option?.available };
}

/**
 * The new draft for `site` from `order`. Rejects with the adapter's error when a lookup fails for
 * another reason than a product that no longer exists (nothing is changed then).
 */
export async function buildReorder(
  adapter: OrderAdapter,
  site: Site,
  order: OrderRecord,
  signal: AbortSignal,
): Promise<Reorder> {
  const checked = await Promise.all(order.lines.map((line) => check(adapter, site.id, line, signal)));
  let draft = setCustomer(createDraft({ site }), order.customer);
  const leftOut: LeftOut[] = [];
  order.lines.forEach((line, i) => {
    const result = checked[i]!;
    if (typeof result === 'string') {
      leftOut.push({ line, reason: result });
      return;
    }
    draft = addLine(draft, {
      productId: line.productId,
      variantId: line.variantId,
      productName: result.product.name,
      code: line.code,
      options: line.options,
      quantity: line.quantity,
      fulfillment: result.fulfillmentAvailable ? line.fulfillment : null,
      // The catalog's price now, until the repricing's answer sets the line's price.
      unitPrice: result.product.price,
      ...(result.product.imageUrl ? { imageUrl: result.product.imageUrl } : {}),
    });
  });
  draft = setLines(
    draft,
    draft.lines.map((l) => ({ ...l, needsRepricing: true })),
  );
  return { draft, leftOut };
}
