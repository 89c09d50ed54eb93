/**
 * Driving `<offline-order-builder>` as an agent does (buttons by name, tabs by role), and the drafts
 * the flow tests start from, built with the model's edits over the seed.
 */
import { waitUntil } from '@open-wc/testing';
import type { MockBackend } from '../../../mocks/backend.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { hostLocale } from '../../../src/elements/shared/locale.js';
import { addPayment, setCustomerNotes, setGiftMessage, setLineGift } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import type { CardSummary, OrderDraft } from '../../../src/model/types.js';
import { $, $$, text } from '../dom.js';
import { buildDraft, LOCATIONS, pickupAt, SHIP, VARIANTS } from '../fixtures.js';
import type { MockHandle } from '../mock.js';
import { WAIT } from '../wait.js';
import '../../../src/define.js';
import { renderBuilder } from './builder-fixture.js';

// In a module of its own, which registers no element: the files that see what loads on demand render with it too.
export { renderBuilder };

export const VISA: CardSummary = {
  token: 'tok_visa1111',
  brand: 'visa',
  last4: '1111',
  expiryMonth: 12,
  expiryYear: 2030,
};

export function tab(el: OfflineOrderBuilder, name: string): HTMLElement {
  const found = $$(el, '[role="tab"]').find((t) => text(t) === name);
  if (!found) throw new Error(`No tab "${name}"`);
  return found;
}

export function submitButton(el: OfflineOrderBuilder): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part~="submit-button"]')!;
}

export function confirmDialog(el: OfflineOrderBuilder): HTMLDialogElement | null {
  return $<HTMLDialogElement>(el, '#confirm-dialog');
}

export function confirmButton(el: OfflineOrderBuilder): HTMLButtonElement {
  return $<HTMLButtonElement>(el, '[part~="confirm-button"]')!;
}

/** The read-back as label → value pairs, in order. */
export function readBack(el: OfflineOrderBuilder): [string, string][] {
  return $$(el, '[part~="read-back"] > dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
}

/**
 * The builder on the US Store with its workspace shown; the orders pane hidden unless a test looks
 * at it (fewer nodes for axe to check).
 */
export async function workspace(
  mock: MockHandle,
  options: { siteId?: string; ordersHidden?: boolean } = {},
): Promise<OfflineOrderBuilder> {
  const el = await renderBuilder(mock.adapter, {
    siteId: options.siteId ?? 'us',
    ordersHidden: options.ordersHidden ?? true,
  });
  await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
  return el;
}

/** Waits until the builder's pricing of its draft is in (the summary shows the adapter's total). */
export async function untilPriced(el: OfflineOrderBuilder, mock: MockHandle): Promise<void> {
  // In the page's locale, as the builder formats (see `hostLocale`).
  const total = formatMoney(mock.backend.priceOrder(el.draft.siteId!, el.draft).total, hostLocale(el));
  await waitUntil(
    () => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === total),
    `the summary total did not become ${total}`,
    WAIT,
  );
}

/** The builder on the US Store with `draft` opened (as a host would) and priced. */
export async function withDraft(
  mock: MockHandle,
  draft: OrderDraft,
  options: { ordersHidden?: boolean } = {},
): Promise<OfflineOrderBuilder> {
  const el = await workspace(mock, { siteId: draft.siteId ?? 'us', ...options });
  el.draft = draft;
  await untilPriced(el, mock);
  return el;
}

/** Presses "Submit Order" and waits for the confirmation with its figures. */
export async function openConfirmation(el: OfflineOrderBuilder): Promise<HTMLDialogElement> {
  submitButton(el).click();
  await waitUntil(
    () => confirmDialog(el)?.open && $(el, '[part~="back-button"]'),
    'the confirmation did not open',
    WAIT,
  );
  return confirmDialog(el)!;
}

/** Presses the confirmation's "Submit Order" once it may be pressed (the totals are in). */
export async function confirm(el: OfflineOrderBuilder): Promise<void> {
  await waitUntil(
    () => confirmButton(el)?.getAttribute('aria-disabled') === 'false',
    'Submit Order stayed disabled',
    WAIT,
  );
  confirmButton(el).click();
}

/**
 * The order the e2e procedure builds: Ada; a Trail Runner Shoe Size 9 Blue by Direct Ship; a Canvas
 * Tote Bag picked up at the Downtown Store as a gift; Ground; a note and an order gift message;
 * $50.00 on a Visa ending 1111.
 */
export function fullDraft(backend: MockBackend): OrderDraft {
  let draft = buildDraft(backend, {
    lines: [
      { productId: 'trail-runner', variantId: VARIANTS.trailRunner9Blue.id, fulfillment: SHIP },
      { productId: 'canvas-tote', fulfillment: pickupAt(LOCATIONS.downtown) },
    ],
  });
  draft = setLineGift(draft, draft.lines[1]!.id, true, 'Happy birthday, Grace!');
  draft = setCustomerNotes(draft, 'Call on arrival');
  draft = setGiftMessage(draft, 'Enjoy the trails!');
  return addPayment(draft, {
    typeId: 'credit-card',
    kind: 'credit-card',
    amount: { amount: 5000, currency: 'USD' },
    card: VISA,
  });
}
