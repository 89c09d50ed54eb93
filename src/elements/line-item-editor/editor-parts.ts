/**
 * Pieces of `<line-item-editor>` that need none of its state: labels, the quantity rules, a
 * line's total that never throws, and the inventory tooltip's keys. Apart so that the element's module
 * stays its template, its API and the wiring of its parts. The Order Details dialog uses
 * `errorText`, `field` and `renderTask` too (re-exported by the element's module).
 */
import { msg, str } from '@lit/localize';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { isAdapterError } from '../../adapter/errors.js';
import { lineFits } from '../../model/amount-limits.js';
import { lineTotal } from '../../model/draft.js';
import type { DraftLine, Fulfillment, Inventory, Money } from '../../model/types.js';

/** An adapter error's message, fit to show; a generic one for anything else. */
export function errorText(error: unknown): string {
  return isAdapterError(error) ? error.message : msg('Something went wrong. Try again.');
}

/** A labelled field: the label is the control's accessible name. */
export function field(id: string, label: unknown, control: unknown): TemplateResult {
  return html`<div class="field"><label class="field__label" for=${id}>${label}</label>${control}</div>`;
}

/** Loading, or the error with "Retry", of a task; `done` renders its value. */
export function renderTask<R>(task: Task<ReadonlyArray<unknown>, R>, done: (value: R) => unknown): unknown {
  return task.render({
    pending: () => html`<p class="notice notice--inline"><span class="spinner"></span>${msg('Loading…')}</p>`,
    error: (e) =>
      html`<p class="error" role="alert">
        ${errorText(e)} <button class="button button--small" type="button" @click=${() => task.run()}>${msg('Retry')}</button>
      </p>`,
    complete: done,
  });
}

/** "Direct Ship", "Pickup: Downtown Store", "Delivery: Uptown Store". */
export function fulfillmentLabel(f: Fulfillment): string {
  const place = f.locationName;
  return f.kind === 'ship' ? msg('Direct Ship') : f.kind === 'pickup' ? msg(str`Pickup: ${place}`) : msg(str`Delivery: ${place}`);
}

export const optionsText = (options: { name: string; value: string }[]) => options.map((o) => `${o.name}: ${o.value}`).join(', ');

export const entries = (options: Record<string, string> = {}) => Object.entries(options).map(([name, value]) => ({ name, value }));

export const futureOf = (inventory: Inventory): number => inventory.future.reduce((n, f) => n + f.quantity, 0);

/** Whose stock: a variant's, or a simple product's. */
export const stockKey = (item: { productId: string; variantId: string | null }) => `${item.productId} ${item.variantId ?? ''}`;

/**
 * The quantity rules against the inventory of the chosen fulfillment: `[blocked, message]`, or
 * undefined when all is well. More than is on hand is a warning when expected stock covers it;
 * more than on hand and expected together is blocked. The same rules hold when an item is added,
 * when a line's quantity or fulfillment changes, and for lines the editor was given.
 */
export function quantityNote(quantity: number, inventory?: Inventory): [boolean, string] | undefined {
  if (!Number.isSafeInteger(quantity) || quantity < 1) return [true, msg('Enter a whole number of at least 1.')];
  if (!inventory) return undefined;
  const { current } = inventory;
  const future = futureOf(inventory);
  if (quantity > current + future) {
    return [true, msg(str`Only ${current + future} can be ordered: ${current} available now and ${future} expected.`)];
  }
  if (quantity <= current) return undefined;
  return [false, current > 0 ? msg(str`Only ${current} available now; the rest comes from expected stock.`) : msg('None available now: it comes from expected stock.')];
}

/** The quantity of an item being added against its option's stock, and against what the order can still hold. */
export function addNote(quantity: number, unitAmount: number, lines: readonly DraftLine[], inventory?: Inventory): [boolean, string] | undefined {
  return quantityNote(quantity, inventory) ?? (lineFits(lines, null, unitAmount, quantity) ? undefined : [true, msg('Enter a smaller quantity.')]);
}

/** A line's total, or null when it is out of the range money can hold (a host's line, say): never a throw while rendering. */
export function safeLineTotal(line: DraftLine): Money | null {
  try {
    return lineTotal(line);
  } catch {
    return null;
  }
}

/** Escape hides a tooltip (APG) without closing the dialog around the editor; leaving resets it. */
export function tipKey(e: KeyboardEvent): void {
  const tip = (e.currentTarget as HTMLElement).parentElement!.classList;
  if (e.key === 'Escape' && !tip.contains('tip--hidden')) {
    e.preventDefault();
    e.stopPropagation();
    tip.add('tip--hidden');
  }
}

export function tipReset(e: Event): void {
  (e.currentTarget as HTMLElement).classList.remove('tip--hidden');
}
