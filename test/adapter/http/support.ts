/**
 * What the tests over real HTTP share: drafts built as the elements build them (from the adapter's
 * answers), a card and a new customer, and a helper for rejections.
 */
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { addLine, createDraft, setCustomer, setShippingMethod } from '../../../src/model/draft.js';
import type { CardDetails, CustomerInput, OrderDraft } from '../../../src/model/types.js';
import { CUSTOMERS, SHIP, TEST_CARDS } from '../../support/fixtures.js';
import { newCustomer } from '../rest-adapter-support.js';

/** A customer the seed does not have (Retail, US): the REST adapter suite's own. */
export const MARY: CustomerInput = newCustomer;

/**
 * A draft from the adapter's answers (the site, the customer found by a search, the product
 * loaded) with the model's pure edits. Defaults: site "us", Ada, one Canvas Tote Bag by Direct
 * Ship, Ground.
 */
export async function draftOver(
  adapter: OrderAdapter,
  spec: { siteId?: string; customer?: { id: string; name: string }; productId?: string } = {},
): Promise<OrderDraft> {
  const siteId = spec.siteId ?? 'us';
  const customerSpec = spec.customer ?? CUSTOMERS.ada;
  const now = new Date();
  const site = (await adapter.listSites()).find((s) => s.id === siteId)!;
  const found = await adapter.searchCustomers({ siteId, query: customerSpec.name });
  const customer = found.find((c) => c.id === customerSpec.id)!;
  const product = await adapter.getProduct({ siteId, productId: spec.productId ?? 'canvas-tote' });
  let draft = setCustomer(createDraft({ site, now }), customer, now);
  draft = addLine(
    draft,
    {
      productId: product.id,
      variantId: null,
      productName: product.name,
      code: product.code,
      options: [],
      quantity: 1,
      fulfillment: SHIP,
      unitPrice: product.price,
    },
    now,
  );
  return setShippingMethod(draft, 'ground', now);
}

/** A card the mock tokenizes (Visa 4111…), or the given number. */
export function card(number: string = TEST_CARDS.visa): CardDetails {
  return { number, expiryMonth: 12, expiryYear: 2099, securityCode: '123', nameOnCard: 'Ada Lovelace' };
}

/** The error a call rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
