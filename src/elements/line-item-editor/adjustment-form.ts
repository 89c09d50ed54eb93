/**
 * The price adjustment form of `<line-item-editor>`, in the row below a line: "Amount off each" or
 * "New unit price", the amount and a reason, with "Apply", "Remove adjustment" (when the line has
 * one) and "Cancel", and why what was applied was refused. Above the host's `max-adjustment-percent`
 * it also asks for an "Approver code" and says why. The editor reads and applies it.
 */
import { msg } from '../shared/localize.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TEXT_LIMITS } from '../../model/limits.js';
import { formatMoneyForInput } from '../../model/money.js';
import type { DraftLine } from '../../model/types.js';
import { renderApprover } from '../shared/approver.js';
import { field } from '../shared/form.js';
import type { AdjustmentField } from './editor-parts.js';

/** What a line's edit row says: why its new fulfillment or its adjustment was refused, and the adjustment's field at fault. */
export interface LineNotes {
  fulfillment?: string;
  adjustment?: string;
  adjustmentField?: AdjustmentField;
  /** The limit (percent) the adjustment is above: set, the form asks for an approver's code and says why. */
  approval?: number;
}

export interface AdjustmentFormView {
  line: DraftLine;
  notes: LineNotes;
  locale: string;
  /** The host is being asked to approve the adjustment. */
  pending: boolean;
  /** The form's `submit` ("Apply"). */
  apply(event: SubmitEvent): void;
  /** "Remove adjustment". */
  remove(): void;
  cancel(): void;
}

/** A small button of the form. */
function button(label: string, onClick: () => void, type: 'button' | 'submit' = 'button', look = ''): TemplateResult {
  return html`<button class="button button--small ${look}" type=${type} @click=${onClick}>${label}</button>`;
}

/** "Amount" (described by the form's error) or "Reason" (required, limited). */
function renderInput(name: AdjustmentField, value: string, invalid?: boolean): TemplateResult {
  const amount = name === 'amount';
  return html`<input
    id="adjust-${name}"
    class="field__control"
    name=${name}
    ?required=${!amount}
    maxlength=${ifDefined(amount ? undefined : TEXT_LIMITS.adjustmentReason)}
    aria-invalid=${ifDefined(amount ? invalid : undefined)}
    aria-describedby=${ifDefined(amount ? 'adjust-error' : undefined)}
    .value=${value}
  />`;
}

export function renderAdjustmentForm(view: AdjustmentFormView): TemplateResult {
  const { line, notes, locale } = view;
  const { adjustment } = line;
  const amount = !adjustment
    ? ''
    : formatMoneyForInput(adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice, locale);
  const approver =
    notes.approval !== undefined &&
    renderApprover({
      id: 'adjust-approver',
      statusId: 'adjust-approval',
      describedBy: 'adjust-error',
      name: 'approverCode',
      invalid: notes.adjustmentField === 'approver',
      pending: view.pending,
      max: notes.approval,
      locale,
    });
  return html`<form class="row" novalidate @submit=${view.apply}>
    ${field(
      'adjust-kind',
      msg('Adjustment'),
      html`<select id="adjust-kind" class="field__control" name="kind">
        <option value="amount-off">${msg('Amount off each')}</option>
        <option value="unit-price" ?selected=${adjustment?.kind === 'unit-price'}>${msg('New unit price')}</option>
      </select>`,
    )}
    ${field('adjust-amount', msg('Amount'), renderInput('amount', amount, notes.adjustmentField === 'amount'))}
    ${field('adjust-reason', msg('Reason'), renderInput('reason', adjustment?.reason ?? ''))}
    ${approver ? html`${approver.field}${approver.status}` : nothing}
    ${button(msg('Apply'), () => undefined, 'submit', 'button--primary')}
    ${adjustment ? button(msg('Remove adjustment'), view.remove) : nothing} ${button(msg('Cancel'), view.cancel)}
    <p id="adjust-error" class="error" role="alert">${notes.adjustment}</p>
  </form>`;
}
