/** Opening `<order-details-dialog>` on a draft, and reading its totals; its line items are `<line-item-editor>`'s. */
import { fixture, html } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDraft, Site } from '../../../src/model/types.js';
import { $, $$, text } from '../dom.js';
import { SITES } from '../fixtures.js';
import '../../../src/define.js';

/** The dialog, in a page of language `lang`, opened on `draft` (as the builder's "Edit Details" does). */
export async function openDetails(
  adapter: OrderAdapter,
  draft: OrderDraft,
  { site = SITES.us, lang = 'en-US' }: { site?: Site; lang?: string } = {},
): Promise<OrderDetailsDialog> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <order-details-dialog .adapter=${adapter} .site=${site}></order-details-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('order-details-dialog')!;
  await el.show(draft);
  return el;
}

/** The rows of the totals ("Subtotal" → "$24.99"), breakdown rows left out. */
export function totals(el: OrderDetailsDialog): Record<string, string> {
  return Object.fromEntries(
    $$(el, '[part~="total-row"]').map((row) => [...row.children].map((cell) => text(cell)) as [string, string]),
  );
}

/** The dialog's line items editor. */
export function lineEditor(el: OrderDetailsDialog): LineItemEditor {
  return $<LineItemEditor>(el, 'line-item-editor')!;
}
