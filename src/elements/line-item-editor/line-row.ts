/**
 * A line of `<line-item-editor>`'s table, and what decides whether it is rendered again. A table of
 * 1,000 lines re-renders only the rows whose inputs changed: each row's template is guarded by its
 * line (the model never mutates one: an edit makes a new object for the line it changes and keeps
 * the others), the locale, the words of the language, what its quantity field shows and says, and
 * whether its edit row is open. Everything a row shows comes from these inputs, so a row skipped
 * shows what rendering it again would.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatMoney } from '../../model/money.js';
import type { DraftLine } from '../../model/types.js';
import { fulfillmentLabel, optionsText, safeLineTotal } from './editor-parts.js';
import { adjustmentSummary, renderGiftCell, renderLineButton } from './line-cells.js';
import type { LinePart } from './line-cells.js';
import { renderProduct } from './editor-views.js';
import { renderCustomBadge } from '../shared/custom-badge.js';

/** The words every row shows, read once per render (not once per row). */
export interface RowWords {
  fulfillment: string;
  unitPrice: string;
  quantity: string;
  priceAdjustment: string;
  gift: string;
  total: string;
  change: string;
  notChosen: string;
  adjustPrice: string;
  edit: string;
  remove: string;
  recalculating: string;
  custom: string;
}

/**
 * The words of the language rendering now: `previous` itself when they are the same, so that the
 * object changes (and every row renders again) exactly when the language does.
 */
export function rowWords(previous?: RowWords): RowWords {
  const words: RowWords = {
    fulfillment: msg('Fulfillment'),
    unitPrice: msg('Unit price'),
    quantity: msg('Quantity'),
    priceAdjustment: msg('Price adjustment'),
    gift: msg('Gift'),
    total: msg('Total'),
    change: msg('Change'),
    notChosen: msg('Not chosen'),
    adjustPrice: msg('Adjust price'),
    edit: msg('Edit'),
    remove: msg('Remove'),
    recalculating: msg('Recalculating…'),
    // The words of a custom line's badge (shared/custom-badge.ts): rows render again when the language changes.
    custom: `${msg('Custom')} ${msg('Not taxable')}`,
  };
  const same = previous && (Object.keys(words) as (keyof RowWords)[]).every((key) => words[key] === previous[key]);
  return same ? previous : words;
}

/** What a row's quantity field shows: the text, what it says below it, and whether it is refused. */
export interface RowQuantity {
  value: string;
  note: string | undefined;
  blocked: boolean;
}

/** What a row's controls do. */
export interface RowActions {
  quantity(line: DraftLine, event: Event): void;
  open(line: DraftLine, part: LinePart): void;
  gift(line: DraftLine, gift: boolean, message: string): void;
  remove(line: DraftLine): void;
}

/** A row of the table: everything it shows comes from its arguments (see the module). */
export function renderLineRow(
  line: DraftLine,
  locale: string,
  words: RowWords,
  quantity: RowQuantity,
  actions: RowActions,
): TemplateResult {
  const { id, fulfillment, adjustment } = line;
  const total = safeLineTotal(line);
  // A price of the previous price list or site is never shown: the line waits for its new price.
  const stale = line.needsRepricing === true;
  const recalculating = html`<span class="text-muted">${words.recalculating}</span>`;
  const { value, note, blocked } = quantity;
  const handle = (event: Event) => actions.quantity(line, event);
  return html`<tr part="line-item" role="row">
    <th scope="row" role="rowheader" id="name-${id}"
      >${renderProduct(line, line.custom ? html`${line.productName} ${renderCustomBadge(line)}` : line.productName, optionsText(line.options), locale)}</th
    >
    <td role="cell" data-label=${words.fulfillment}
      >${fulfillment ? fulfillmentLabel(fulfillment) : html`<span class="error">${words.notChosen}</span>`}
      ${
        // A custom line ships with the order: no other fulfillment to choose.
        line.custom
          ? nothing
          : renderLineButton(line, 'fulfillment', words.change, () => actions.open(line, 'fulfillment'))
      }</td
    >
    <td role="cell" class="num" data-label=${words.unitPrice}
      >${stale ? recalculating : formatMoney(line.unitPrice, locale)}</td
    >
    <td role="cell" data-label=${words.quantity}
      ><input
        class="field__control quantity"
        type="number"
        min="1"
        data-path="lines.${id}.quantity"
        aria-labelledby="quantity-heading name-${id}"
        aria-describedby="note-${id}"
        aria-invalid=${blocked}
        .value=${live(value)}
        @input=${handle}
        @change=${handle}
        @keydown=${handle}
      /><p id="note-${id}" class=${blocked ? 'error' : 'warning'}>${note}</p></td
    >
    <td role="cell" data-label=${words.priceAdjustment}
      >${adjustment ? html`<span class="text-small">${adjustmentSummary(adjustment, locale)}</span>` : nothing}
      ${renderLineButton(line, 'adjustment', adjustment ? words.edit : words.adjustPrice, () =>
        actions.open(line, 'adjustment'),
      )}</td
    >
    <td role="cell" data-label=${words.gift}
      >${renderGiftCell(line, locale, (gift, message) => actions.gift(line, gift, message))}</td
    >
    <td role="cell" class="num" data-label=${words.total}
      >${stale ? recalculating : total ? formatMoney(total, locale) : '—'}</td
    >
    <td role="cell">${renderLineButton(line, 'remove', words.remove, () => actions.remove(line))}</td>
  </tr>`;
}
