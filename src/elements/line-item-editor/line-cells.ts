/**
 * Cells of a line in `<line-item-editor>`'s table that need none of the editor's state: the
 * line's buttons, its price adjustment in words, and its gift message.
 */
import { msg, str } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { TEXT_LIMITS } from '../../model/limits.js';
import { formatMoney } from '../../model/money.js';
import type { DraftLine, Fulfillment, LineAdjustment } from '../../model/types.js';
import { limitHint } from '../shared/text-limit.js';

/** The part of a line that the row below it edits (also the key of the button that opens it). */
export type LinePart = 'fulfillment' | 'adjustment';

/** The id of the fulfillment option a line's fulfillment is: "ship", "digital", or "<kind>:<location id>". */
export const fulfillmentOptionId = (fulfillment: Fulfillment): string =>
  fulfillment.kind === 'ship' || fulfillment.kind === 'digital'
    ? fulfillment.kind
    : `${fulfillment.kind}:${fulfillment.locationId}`;

/** The selector of a problem path's control (`lines.<id>.quantity`, …): each carries its path in `data-path`. */
export const controlOf = (path: string) => `[data-path="${path}"]`;

/** A button of a line, named by its label and the product: "Remove Canvas Tote Bag". */
export function renderLineButton(
  line: DraftLine,
  key: LinePart | 'remove',
  label: string,
  onClick: () => void,
): TemplateResult {
  const { id } = line;
  return html`<button
    class="button button--quiet button--small"
    type="button"
    id="${key}-${id}"
    data-path="lines.${id}.${key}"
    aria-labelledby="${key}-${id} name-${id}"
    @click=${onClick}
    >${label}</button
  >`;
}

/** "$2.00 off each: Damaged box", "New unit price $20.00: Price match". */
export function adjustmentSummary(adjustment: LineAdjustment, locale: string): string {
  return adjustment.kind === 'amount-off'
    ? msg(str`${formatMoney(adjustment.amount, locale)} off each: ${adjustment.reason}`)
    : msg(str`New unit price ${formatMoney(adjustment.unitPrice, locale)}: ${adjustment.reason}`);
}

/** "Include gift message" and, when checked, the message; `change` gets both as edited. */
export function renderGiftCell(
  line: DraftLine,
  locale: string,
  change: (gift: boolean, message: string) => void,
): TemplateResult {
  const { id } = line;
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const text = (event: Event) => (event.target as HTMLTextAreaElement).value;
  return html`<label class="check"
      ><input
        type="checkbox"
        .checked=${line.gift}
        @change=${(event: Event) => change(checked(event), line.giftMessage)}
      />${msg('Include gift message')}</label
    >${
      line.gift
        ? html`<label class="field text-small"
              >${msg('Gift message')}
              <textarea
                class="field__control"
                maxlength=${TEXT_LIMITS.lineGiftMessage}
                aria-describedby="gift-limit-${id}"
                .value=${line.giftMessage}
                @change=${(event: Event) => change(true, text(event))}
              ></textarea></label
            >${limitHint(`gift-limit-${id}`, TEXT_LIMITS.lineGiftMessage, locale)}`
        : nothing
    }`;
}
