/**
 * The price adjustment form's "Apply" for `<line-item-editor>`, with price overrides within limits:
 * an adjustment above the host's `max-adjustment-percent` needs an approver's code; with one, the
 * editor asks the host through a cancelable `override-approval` event and applies the adjustment
 * only when the host approves. The code goes into that event only: never into the lines, the
 * element's state or a log, and its field is emptied when the approval is refused.
 */
import { msg, str } from '../shared/localize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OverrideApprovalEvent } from '../../events/override-approval.js';
import { aboveLimit, lineAdjustmentShare } from '../../model/adjustment-limits.js';
import type { DraftLine, LineAdjustment } from '../../model/types.js';
import type { LineNotes } from './adjustment-form.js';
import { readAdjustment } from './editor-parts.js';
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

/** Why an approver's code is needed, in words. */
export function approvalNeeded(maxPercent: number, locale: string): string {
  const max = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(maxPercent);
  return msg(str`Above the ${max}% an agent may give: an approver's code is needed.`);
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

  hostConnected(): void {}

  /** The form's `submit`: applies its adjustment, asks for approval above the limit, or says why not. */
  submit(line: DraftLine, event: SubmitEvent): void {
    event.preventDefault();
    if (this.pending) return;
    const { host, actions } = this;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = readAdjustment(data, line, host.lines, host.locale);
    if (!('adjustment' in read)) {
      actions.refuse(line.id, { adjustment: read.message, adjustmentField: read.field }, read.field);
      return;
    }
    const max = host.maxAdjustmentPercent;
    if (max === null || !aboveLimit(lineAdjustmentShare(line, read.adjustment), max)) {
      actions.apply(line.id, read.adjustment);
      return;
    }
    const approverCode = String(data.get('approverCode') ?? '').trim();
    const refuse = (message: string) =>
      actions.refuse(
        line.id,
        { approval: approvalNeeded(max, host.locale), adjustment: message, adjustmentField: 'approver' },
        'approver',
      );
    if (!approverCode) {
      // First "Apply" above the limit: the code's field appears, saying why; then it is required.
      refuse(data.has('approverCode') ? msg("Enter the approver's code.") : '');
      return;
    }
    void this.ask(line, read.adjustment, approverCode, max).then((outcome) => {
      if (outcome === true) {
        actions.apply(line.id, read.adjustment);
        return;
      }
      const code = form.elements.namedItem('approverCode') as HTMLInputElement | null;
      if (code) code.value = '';
      refuse(outcome);
    });
  }

  /** Asks the host; true when approved, else why not (the host's reason, or the default). */
  private async ask(line: DraftLine, adjustment: LineAdjustment, approverCode: string, maxPercent: number) {
    const share = lineAdjustmentShare(line, adjustment);
    const event = new OverrideApprovalEvent({
      kind: 'line',
      lineId: line.id,
      lineName: line.productName,
      amount: share.amount,
      percent: share.percent,
      maxPercent,
      approverCode,
    });
    this.pending = line.id;
    this.host.requestUpdate();
    try {
      // Documented by the editor's @fires tag.
      this.host.dispatchEvent(event);
      const verdict = await event.verdict();
      if (verdict.approved) return true;
      return (
        verdict.reason ??
        (verdict.unanswered
          ? msg('No approver answered: an approver must approve this adjustment.')
          : msg('The approver did not approve this adjustment.'))
      );
    } finally {
      this.pending = null;
      this.host.requestUpdate();
    }
  }
}
