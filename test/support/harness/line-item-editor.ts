/**
 * Driving `<line-item-editor>` as an agent does: the product search, the Configure Product dialog,
 * fulfillment options by label, the line items table. The details dialog's tests use it too.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { DraftLine, Site } from '../../../src/model/types.js';
import { $, $$, control, text } from '../dom.js';
import { SITES } from '../fixtures.js';
import { until } from '../wait.js';
import '../../../src/define.js';

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

/** The button whose accessible name is `name`: the texts of its aria-labelledby joined, else its own text. */
export function namedButton(root: Element, name: string): HTMLButtonElement | null {
  const shadow = root.shadowRoot!;
  const nameOf = (candidate: HTMLButtonElement) => {
    const ids = candidate.getAttribute('aria-labelledby');
    return ids
      ? ids
          .split(/\s+/)
          .map((id) => text(shadow.getElementById(id)))
          .join(' ')
      : text(candidate);
  };
  return $$<HTMLButtonElement>(root, 'button').find((candidate) => nameOf(candidate) === name) ?? null;
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
  const option = found.find((candidate) => text(candidate).includes(name));
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
  clone.querySelectorAll('[role="tooltip"]').forEach((tooltip) => tooltip.remove());
  return text(clone);
}

export function tableRows(editor: Element): HTMLTableRowElement[] {
  return $$<HTMLTableRowElement>(editor, 'tr[part~="line-item"]');
}

/** The text of each cell of a row of the line items table. */
export function cells(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => text(cell));
}
