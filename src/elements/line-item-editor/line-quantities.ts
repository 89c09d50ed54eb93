/**
 * The quantity fields of `<line-item-editor>`'s table. What the agent types stays in the field:
 * a quantity that is refused (not a whole number of at least 1, more than the fulfillment has on
 * hand and expected, a line total the order cannot hold) is marked invalid with the reason while
 * the draft keeps the line's last valid quantity; a valid one is taken at once (the draft, the
 * `line-items-change` event and so the totals) and the reason goes.
 */
import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quantityFits } from '../../model/amount-limits.js';
import type { DraftLine, Inventory, Problem } from '../../model/types.js';
import { quantityNote } from './editor-parts.js';

export interface LineQuantitiesOptions {
  lines(): readonly DraftLine[];
  /** The inventory behind a line's fulfillment, when known. */
  inventoryOf(line: DraftLine): Inventory | undefined;
  /** Takes a valid quantity into the line. */
  commit(lineId: string, quantity: number): void;
}

/** What a field holds that the line does not: the text typed, and why it was refused ('' while typing). */
interface Typed {
  text: string;
  reason: string;
}

export class LineQuantities implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly o: LineQuantitiesOptions;
  private typed = new Map<string, Typed>();

  constructor(host: ReactiveControllerHost, options: LineQuantitiesOptions) {
    this.host = host;
    this.o = options;
    host.addController(this);
  }

  hostUpdate(): void {
    // A line that went (removed, or replaced by a host) takes its typing with it.
    const ids = new Set(this.o.lines().map((l) => l.id));
    for (const id of this.typed.keys()) if (!ids.has(id)) this.typed.delete(id);
  }

  /** Why a quantity typed for `line` is refused, or '' when it may be taken. */
  private reasonFor(line: DraftLine, text: string): string {
    const quantity = text.trim() === '' ? NaN : Number(text);
    const note = quantityNote(quantity, this.o.inventoryOf(line));
    if (note?.[0]) return note[1];
    return quantityFits(this.o.lines(), line.id, quantity) ? '' : msg('Enter a smaller quantity.');
  }

  /**
   * The field's `input` and `change`: a valid quantity is taken at once; any other is kept in the
   * field with the reason (an empty field only once it is left, while the agent may be retyping).
   */
  handle(line: DraftLine, input: HTMLInputElement, event: Event): void {
    const text = input.value;
    const reason = this.reasonFor(line, text);
    if (!reason) {
      this.typed.delete(line.id);
      if (Number(text) !== line.quantity) this.o.commit(line.id, Number(text));
    } else {
      this.typed.set(line.id, { text, reason: text.trim() === '' && event.type === 'input' ? '' : reason });
    }
    this.host.requestUpdate();
  }

  /**
   * What the line's field shows: the text typed, or the line's quantity. Bind it with `live()`:
   * the text typed is the field's own value (while the agent types "-2", "-" reads as ""), so the
   * field is written only when it shows another line's quantity.
   */
  value(line: DraftLine): string {
    return this.typed.get(line.id)?.text ?? String(line.quantity);
  }

  /** Why what was typed in the line's field was refused, or ''. */
  reason(line: DraftLine): string {
    return this.typed.get(line.id)?.reason ?? '';
  }

  /** Fields holding a quantity that was refused, as problems at `lines.<id>.quantity`. */
  problems(): Problem[] {
    return this.o.lines().flatMap((line) => {
      const typed = this.typed.get(line.id);
      const message = typed && (typed.reason || this.reasonFor(line, typed.text));
      return message ? [{ path: `lines.${line.id}.quantity`, code: 'invalid-quantity', message }] : [];
    });
  }
}
