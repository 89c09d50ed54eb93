/**
 * Queries over <line-item-editor> and <order-details-dialog> the way an agent finds things: by
 * label, role and visible text. Shared by the editor and the details dialog tests.
 */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { DraftLine, Site } from '../../../src/model/types.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, text } from '../offline-order-builder/helpers.js';
import '../../../src/define.js';

export { $, $$, deepActiveElement, text } from '../offline-order-builder/helpers.js';

const WAIT = { timeout: 5000 };

export function until<T>(find: () => T | null | undefined | false, message: string): Promise<T> {
  let found: T | null | undefined | false;
  return waitUntil(() => (found = find()), message, WAIT).then(() => found as T);
}

export async function renderEditor(
  adapter: OrderAdapter,
  options: { lines?: DraftLine[]; site?: Site; priceListId?: string | null } = {},
): Promise<LineItemEditor> {
  return fixture<LineItemEditor>(
    html`<line-item-editor
      style="inline-size: 1100px"
      .adapter=${adapter}
      .site=${options.site ?? SITES.us}
      .lines=${options.lines ?? []}
      .priceListId=${options.priceListId ?? null}
    ></line-item-editor>`,
  );
}

/** The control labelled `label` (by `for`, or nested in its label) in `root`'s shadow root. */
export function control<E extends HTMLElement = HTMLInputElement>(root: Element, label: string | RegExp): E | null {
  for (const l of $$<HTMLLabelElement>(root, 'label')) {
    const name = text(l);
    if (typeof label === 'string' ? name === label : label.test(name)) return (l.control as E | null) ?? null;
  }
  return null;
}

export function button(root: Element, name: string | RegExp): HTMLButtonElement | null {
  return (
    $$<HTMLButtonElement>(root, 'button').find((b) =>
      typeof name === 'string' ? text(b) === name : name.test(text(b)),
    ) ?? null
  );
}

/** The button whose accessible name is `name`: the texts of its aria-labelledby joined, else its own text. */
export function namedButton(root: Element, name: string): HTMLButtonElement | null {
  const shadow = root.shadowRoot!;
  const nameOf = (b: HTMLButtonElement) => {
    const ids = b.getAttribute('aria-labelledby');
    return ids
      ? ids
          .split(/\s+/)
          .map((id) => text(shadow.getElementById(id)))
          .join(' ')
      : text(b);
  };
  return $$<HTMLButtonElement>(root, 'button').find((b) => nameOf(b) === name) ?? null;
}

export function options(editor: Element): HTMLElement[] {
  return $$(editor, '[role="option"]');
}

/** Types into the product search with the keyboard and waits for suggestions. */
export async function searchProducts(editor: LineItemEditor, query: string): Promise<HTMLElement[]> {
  const input = $<HTMLInputElement>(editor, '[role="combobox"]')!;
  input.focus();
  input.select();
  await sendKeys({ type: query });
  return until(() => options(editor).length > 0 && options(editor), `no products for "${query}"`);
}

/** Picks a product by its visible name from the suggestions. */
export async function pickProduct(editor: LineItemEditor, name: string): Promise<void> {
  const found = await searchProducts(editor, name);
  const option = found.find((o) => text(o).includes(name));
  if (!option) throw new Error(`No suggestion "${name}"`);
  option.click();
  await editor.updateComplete;
}

/** The "Configure Product" dialog, once open. */
export function configureDialog(editor: Element): Promise<HTMLDialogElement> {
  return until(() => $<HTMLDialogElement>(editor, 'dialog[open]'), 'the Configure Product dialog did not open');
}

/** Chooses options in the open Configure Product dialog and waits for the resolved variant. */
export async function configure(editor: LineItemEditor, choice: Record<string, string>): Promise<HTMLDialogElement> {
  const dialog = await configureDialog(editor);
  for (const [name, value] of Object.entries(choice)) {
    const select = control<HTMLSelectElement>(dialog, new RegExp(`^${name}\\b`))!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
  }
  return dialog;
}

/** The radio of a fulfillment option by its label ("Direct Ship", "Pickup: Downtown Store"). */
export async function fulfillment(editor: LineItemEditor, label: string): Promise<HTMLInputElement> {
  return until(() => control(editor, label), `no fulfillment option "${label}"`);
}

/** The note beside a fulfillment option: its inventory, or why it is unavailable. */
export function fulfillmentNote(radio: HTMLInputElement): string {
  const id = radio.getAttribute('aria-describedby')!;
  const note = (radio.getRootNode() as ShadowRoot).getElementById(id)!;
  // The tooltip inside the note is not part of what is shown beside the option.
  const clone = note.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[role="tooltip"]').forEach((t) => t.remove());
  return text(clone);
}

export function tableRows(editor: Element): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(editor, 'tr[part~="line-item"]');
}

/** The text of each cell of a row of the line items table. */
export function cells(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((c) => text(c));
}

/** A short description of an element (tag, id, label or text), for readable focus assertions. */
export function describeElement(node: Element | null | undefined): string {
  if (!node) return '(none)';
  const label = (node as HTMLInputElement).labels?.[0];
  return `${node.localName}${node.id ? `#${node.id}` : ''} "${text(label ?? node).slice(0, 40)}"`;
}

/** What has focus, described (see `describeElement`). */
export function focused(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return describeElement(active);
}

/** The next event of `type` from `target`, typed as the library declares it. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}
