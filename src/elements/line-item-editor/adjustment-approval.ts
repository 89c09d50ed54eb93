/**
 * The price adjustment form's "Apply" for `<line-item-editor>`, with price overrides within limits:
 * an adjustment above the host's `max-adjustment-percent` needs an approver's code; with one, the
 * editor asks the host through a cancelable `override-approval` event and applies the adjustment
 * only when the host approves. The code goes into that event only: never into the lines, the
 * element's state or a log, and its field is emptied when the approval is refused.
 */
import { msg } from '../shared/localize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OverrideApprovalEvent, overrideVerdict } from '../../events/override-approval.js';
import { aboveLimit, lineAdjustmentShare } from '../../model/adjustment-limits.js';
import type { DraftLine, LineAdjustment } from '../../model/types.js';
import type { LineNotes } from './adjustment-form.js';
import { readAdjustment } from './editor-parts.js';
import { refusal } from '../shared/approver.js';
import type { AdjustmentField } from './editor-parts.js';

/** What the editor gives the form: its lines, locale and limit. */
export interface ApprovalHost extends ReactiveControllerHost, HTMLElement {
  readonly lines: DraftLine[];
  readonly locale: string;
  readonly maxAdjustmentPercent: number | null;
}

/** What becomes of an adjustment: applied to the line, or refused with notes at one of its fields. */
export interface ApprovalActions {
  apply(lineId: string, adjustment: LineAdjustment): void;
  refuse(lineId: string, notes: LineNotes, field: AdjustmentField): void;
}

export class AdjustmentApproval implements ReactiveController {
  /** The id of the line whose override the host is being asked to approve (its "Apply" waits). */
  pending: string | null = null;

  constructor(
    private readonly host: ApprovalHost,
    private readonly actions: ApprovalActions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pending = null;
  }

  /** The form's `submit`: applies its adjustment, asks for approval above the limit, or says why not. */
  async submit(line: DraftLine, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.pending) return;
    const { host, actions } = this;
    const { id } = line;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = readAdjustment(data, line, host.lines, host.locale);
    if (!('adjustment' in read))
      return actions.refuse(id, { adjustment: read.message, adjustmentField: read.field }, read.field);
    const { adjustment } = read;
    const max = host.maxAdjustmentPercent;
    const share = lineAdjustmentShare(line, adjustment);
    if (!aboveLimit(share, max)) return actions.apply(id, adjustment);
    const approverCode = (data.get('approverCode') as string | null)?.trim();
    // The first "Apply" above the limit shows the code's field, saying why; then a code is required.
    let message = data.has('approverCode') ? msg("Enter the approver's code.") : '';
    if (approverCode) {
      const event = new OverrideApprovalEvent({
        kind: 'line',
        lineId: id,
        lineName: line.productName,
        ...share,
        maxPercent: max!,
        approverCode,
      });
      this.pending = id;
      host.requestUpdate();
      // Documented by the editor's @fires tag.
      host.dispatchEvent(event);
      const verdict = await overrideVerdict(event);
      this.pending = null;
      host.requestUpdate();
      if (verdict === true) return actions.apply(id, adjustment);
      (form.elements.namedItem('approverCode') as HTMLInputElement).value = '';
      message = refusal(verdict);
    }
    actions.refuse(
      id,
      {
        approval: max!,
        adjustment: message,
        adjustmentField: 'approver',
      },
      'approver',
    );
  }
}
