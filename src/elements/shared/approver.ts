/**
 * What price overrides within limits show wherever an adjustment needs an approver (a line's in
 * `<line-item-editor>`, the order's and the shipping's in Order Details): the "Approver code" field
 * (a credential: a password field, never kept) with why it is asked for, and the words of a refusal.
 */
import { msg, str } from './localize.js';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { field } from './form.js';

export interface ApproverView {
  /** The field's id, and its status region's. */
  id: string;
  statusId: string;
  /** Ids of other descriptions (the error) after the status. */
  describedBy: string;
  /** The form field name (the line's form reads it), if any. */
  name?: string;
  invalid: boolean;
  /** The host is being asked. */
  pending: boolean;
  /** The limit, in percent, and the locale to say it in. */
  max: number;
  locale: string;
  keydown?: (event: KeyboardEvent) => void;
}

/** "Approver code", and the status region that says why it is asked for or that the approver is being asked. */
export function renderApprover(view: ApproverView): { field: TemplateResult; status: TemplateResult } {
  return {
    field: field(
      view.id,
      msg('Approver code'),
      html`<input
        id=${view.id}
        class="field__control"
        name=${view.name ?? view.id}
        type="password"
        autocomplete="off"
        required
        aria-invalid=${view.invalid}
        aria-describedby="${view.statusId} ${view.describedBy}"
        @keydown=${view.keydown}
      />`,
    ),
    status: html`<p id=${view.statusId} class="text-small" role="status">
      ${
        view.pending
          ? msg('Asking the approver…')
          : msg(
              str`Above the ${view.max.toLocaleString(view.locale)}% an agent may give: an approver's code is needed.`,
            )
      }
    </p>`,
  };
}

/** Why an override was refused: the host's reason, else that nobody approved it (null) or the approver refused. */
export function refusal(verdict: string | null | undefined): string {
  return (
    verdict ??
    (verdict === null ? msg('An approver must approve this adjustment.') : msg('The approver refused this adjustment.'))
  );
}
