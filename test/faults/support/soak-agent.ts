/**
 * The agent's gestures on `<offline-order-builder>` in the submit soak, and what the agent reads
 * back: "Submit Order", the confirmation's "Submit Order", "Try again" and "Back", "Edit Details"
 * and its "Save", the success view. Each gesture waits for the state it leads to by polling the
 * rendered page finely (10 ms), never for a time: a thousand runs add up.
 */
import { waitUntil } from '@open-wc/testing';
import { MockBackend } from '../../../mocks/backend.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { hostLocale } from '../../../src/elements/shared/locale.js';
import { formatMoney } from '../../../src/model/money.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { confirmButton, confirmDialog, submitButton } from '../../support/harness/offline-order-builder.js';

/** How long a state may take: a run may meet timeouts of 2 s and a second of `Retry-After`, on a loaded machine. */
const POLL = { interval: 25, timeout: 30_000 };

/** What the confirmation says when an attempt's outcome is unknown (the order may exist). */
export const UNCONFIRMED =
  'We could not confirm whether the order was created. Try again: the same order is sent again and never created twice.';
/** What a tab whose draft went through another tab says when Submit Order is pressed. */
export const NOT_SENT = 'Not sent: this order was already submitted in another tab.';
/** The success note of an order found after a reload. */
export const BEFORE_RELOAD = 'This order was submitted before the page was reloaded.';

/** Waits until `predicate` holds (it may ask the backend: a promise is awaited). */
export function until(predicate: () => unknown, what: string): Promise<void> {
  return waitUntil(predicate, what, POLL);
}

/** What the builder shows about the submission: the success view, or the confirmation's error. */
export interface Shown {
  /** "Order N submitted": N, or null. */
  number: string | null;
  /** The success view's note ('' when none). */
  note: string;
  /** The confirmation's error, or null. */
  error: string | null;
  /** Whether the error offers "Try again". */
  retry: boolean;
  /** Whether the confirmation lists problems (the backend refused the order: not expected in the soak). */
  refused: boolean;
  busy: boolean;
}

export function shown(el: OfflineOrderBuilder): Shown {
  const heading = text($(el, '[part~="success"] h2'));
  const match = /^Order (\S+) submitted$/.exec(heading);
  const error = $(el, '[part~="submit-error"] p');
  return {
    number: match ? match[1]! : null,
    note: text($(el, '[part~="success-note"]')),
    error: error ? text(error) : null,
    retry: !!$(el, '[part~="try-again-button"]'),
    refused: !!$(el, '[part~="confirm-dialog"] [part~="problems"]'),
    busy: confirmButton(el)?.getAttribute('aria-busy') === 'true',
  };
}

/**
 * A backend on the seed, as every lane's starts: the runs' drafts and the totals to expect (the
 * soak's drafts are priced from the catalog alone, whatever the orders placed).
 */
export const SEED = new MockBackend();

/** Waits until the builder prices `draft` (the summary shows the backend's total). */
export async function priced(el: OfflineOrderBuilder, draft: OrderDraft): Promise<void> {
  const total = formatMoney(SEED.priceOrder(draft.siteId!, draft).total, hostLocale(el));
  await until(
    () => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === total),
    `the summary total did not become ${total}`,
  );
}

/** The host opens `draft` in the builder and it is priced. */
export async function open(el: OfflineOrderBuilder, draft: OrderDraft): Promise<void> {
  el.draft = draft;
  await priced(el, draft);
}

/** Presses "Submit Order" (`times` times) and waits for the confirmation, ready to be confirmed. */
export async function openConfirmation(el: OfflineOrderBuilder, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) submitButton(el).click();
  await until(
    () => confirmDialog(el)?.open && confirmButton(el)?.getAttribute('aria-disabled') === 'false',
    'the confirmation did not open with Submit Order enabled',
  );
}

/** Presses the confirmation's "Submit Order" `times` times in one go; resolves once the builder rendered it. */
export async function confirm(el: OfflineOrderBuilder, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) confirmButton(el).click();
  await el.updateComplete;
}

/** Waits until the submission is over: the success view, or an error (or problems) with nothing in flight. */
export async function settled(el: OfflineOrderBuilder): Promise<Shown> {
  let now = shown(el);
  await until(() => {
    now = shown(el);
    return now.number !== null || (!now.busy && (now.error !== null || now.refused));
  }, 'the submission did not end (no success, no error)').catch((error: Error) => {
    const dialog = confirmDialog(el);
    const state = `dialog ${dialog?.open ? 'open' : 'closed'}, Submit Order aria-disabled ${confirmButton(el)?.getAttribute('aria-disabled')}, busy ${now.busy}`;
    throw new Error(`${error.message} (${state})`);
  });
  return now;
}

/** Presses "Try again" (`times` times in one go). */
export async function tryAgain(el: OfflineOrderBuilder, times = 1): Promise<void> {
  const again = $<HTMLButtonElement>(el, '[part~="try-again-button"]')!;
  for (let i = 0; i < times; i++) again.click();
  await el.updateComplete;
}

/** Until the order shows as submitted: "Try again" while it is offered (at most `tries` times); says how often it was pressed. */
export async function retryUntilDone(el: OfflineOrderBuilder, tries = 10): Promise<Shown & { tries: number }> {
  let now = await settled(el);
  let pressed = 0;
  for (; pressed < tries && now.number === null && now.retry; pressed++) {
    await tryAgain(el);
    now = await settled(el);
  }
  return { ...now, tries: pressed };
}

/** "Back": the confirmation closes. */
export async function back(el: OfflineOrderBuilder): Promise<void> {
  button(el, 'Back')!.click();
  await until(() => !confirmDialog(el)?.open, 'the confirmation did not close');
}

/**
 * The agent changes the customer notes or the first line's quantity in "Edit Details" and saves;
 * resolves once the builder has the edited draft.
 */
export async function editDetails(el: OfflineOrderBuilder, edit: 'notes' | 'quantity', run: number): Promise<void> {
  const before = el.draft;
  button(el, 'Edit Details')!.click();
  let dialog: OrderDetailsDialog | null = null;
  await until(() => (dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')) && dialog.open, 'no Order Details');
  const details = dialog!;
  const line = before.lines[0]!;
  if (edit === 'notes') {
    const notes = control<HTMLTextAreaElement>(details, 'Customer notes')!;
    notes.value = `Edited after a lost answer (run ${run})`;
    notes.dispatchEvent(new Event('change'));
  } else {
    let quantity: HTMLInputElement | null = null;
    await until(() => {
      const editor = $(details, 'line-item-editor');
      quantity = editor && $<HTMLInputElement>(editor, `[data-path="lines.${line.id}.quantity"]`);
      return quantity;
    }, 'no quantity field');
    quantity!.value = String(line.quantity + 1);
    quantity!.dispatchEvent(new Event('change'));
  }
  await details.updateComplete;
  button(details, 'Save')!.click();
  await until(() => el.draft !== before && !details.open, 'the edit was not saved');
}

/** The draft kept in session storage under `key`, with the key of its pending attempt, or null. */
export function stored(key: string): { draft: OrderDraft; attemptKey?: string } | null {
  return JSON.parse(sessionStorage.getItem(key) ?? 'null') as { draft: OrderDraft; attemptKey?: string } | null;
}
