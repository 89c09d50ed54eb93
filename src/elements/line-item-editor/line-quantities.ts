/**
 * The quantity fields of `<line-item-editor>`'s table. What the agent types stays in the field. A
 * quantity is taken when the agent enters it (the field's `change`: leaving it, or Enter), never
 * key by key: typing "1.5" over 2, or "10" where 7 can be ordered, does not pass through 1. A
 * quantity entered and refused (not a whole number of at least 1, more than the fulfillment has on
 * hand and expected, a line total the order cannot hold) is marked invalid with the reason while
 * the draft keeps the line's last valid quantity; a valid one goes to the draft (the
 * `line-items-change` event and so the totals). While the agent types, the reason goes as soon as
 * the value is valid; a new one waits until the value is entered.
 *
 * A quantity entered before the line's stock is known (the lookup of a reopened dialog still under
 * way) is taken on the whole-number rule alone, and checked once the stock comes (`check`): one the
 * stock refuses goes back, in the draft, to the line's last valid quantity (the one before it), and
 * stays in the field, marked invalid with the reason.
 */
import { msg } from '../shared/localize.js';
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

/** What a field holds that the line does not: the text typed, and why it was refused ('' until entered, or once valid). */
interface Typed {
  text: string;
  reason: string;
}

export class LineQuantities implements ReactiveController {
  private typed = new Map<string, Typed>();
  /** Quantities taken before their line's stock was known: the text entered, and the quantity before it. */
  private unchecked = new Map<string, { text: string; valid: number }>();
  /**
   * How many times each field was entered or typed in: the field writes its own value, so a row
   * whose line and text look unchanged is rendered again after it (its `live` value put back).
   */
  private entries = new Map<string, number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LineQuantitiesOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A line that went (removed, or replaced by a host) takes its typing with it.
    const maps = [this.typed, this.unchecked, this.entries];
    if (maps.every((map) => !map.size)) return;
    const ids = new Set(this.options.lines().map((line) => line.id));
    for (const map of maps) for (const id of map.keys()) if (!ids.has(id)) map.delete(id);
    // The stock may have come (an update follows it): checked once this update is done.
    if (this.unchecked.size) queueMicrotask(() => this.check());
  }

  /**
   * A quantity taken before its line's stock was known, now that it is: one the stock refuses goes
   * back to the line's last valid quantity in the draft, and stays in the field with the reason.
   */
  private check(): void {
    for (const line of this.options.lines()) {
      const taken = this.unchecked.get(line.id);
      if (!taken || !this.options.inventoryOf(line)) continue;
      this.unchecked.delete(line.id);
      // The line changed since (a host, another entry): that quantity is no longer the one to check.
      const reason = line.quantity === Number(taken.text) && this.reasonFor(line, taken.text);
      if (!reason) continue;
      if (!this.typed.has(line.id)) this.typed.set(line.id, { text: taken.text, reason });
      // The draft's change brings the update that shows the field's reason.
      this.options.commit(line.id, taken.valid);
    }
  }

  /** Why a quantity typed for `line` is refused, or '' when it may be taken. */
  private reasonFor(line: DraftLine, text: string): string {
    const quantity = text.trim() === '' ? NaN : Number(text);
    const note = quantityNote(quantity, this.options.inventoryOf(line));
    if (note?.blocked) return note.message;
    return quantityFits(this.options.lines(), line.id, quantity) ? '' : msg('Enter a smaller quantity.');
  }

  /**
   * The field's `input`, `change` and `keydown` (Enter): the quantity entered (`change`, Enter) is
   * taken when valid, else kept in the field with the reason (an empty field too: it was left
   * so). Typing only takes the reason away once the value is valid, or updates one already shown.
   */
  handle(line: DraftLine, event: Event): void {
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    this.entries.set(line.id, this.revision(line) + 1);
    const text = (event.target as HTMLInputElement).value;
    const reason = this.reasonFor(line, text);
    if (event.type !== 'input' && !reason) {
      this.typed.delete(line.id);
      if (Number(text) === line.quantity) return this.host.requestUpdate();
      // Without its stock, the quantity is checked again when the stock comes (`check`).
      if (this.options.inventoryOf(line)) this.unchecked.delete(line.id);
      else this.unchecked.set(line.id, { text, valid: this.unchecked.get(line.id)?.valid ?? line.quantity });
      this.options.commit(line.id, Number(text));
    } else if (event.type !== 'input') {
      this.typed.set(line.id, { text, reason });
    } else {
      const shown = this.typed.get(line.id)?.reason;
      this.typed.set(line.id, { text, reason: reason && shown ? (text.trim() ? reason : shown) : '' });
    }
    this.host.requestUpdate();
  }

  /** Whether a field holds a quantity the line does not have: typed and not entered yet, or refused. */
  get pending(): boolean {
    return this.options.lines().some((line) => this.typed.has(line.id) && this.value(line) !== String(line.quantity));
  }

  /**
   * What the line's field shows: the text typed, or the line's quantity. Bind it with `live()`:
   * the text typed is the field's own value (while the agent types "-2", "-" reads as ""), so the
   * field is written only when it shows another line's quantity.
   */
  value(line: DraftLine): string {
    return this.typed.get(line.id)?.text ?? String(line.quantity);
  }

  /** How many times the line's field was entered or typed in (a row renders again after each). */
  revision(line: DraftLine): number {
    return this.entries.get(line.id) ?? 0;
  }

  /** Why what was typed in the line's field was refused, or ''. */
  reason(line: DraftLine): string {
    return this.typed.get(line.id)?.reason ?? '';
  }

  /** Fields holding a quantity that was refused, as problems at `lines.<id>.quantity`. */
  problems(): Problem[] {
    return this.options.lines().flatMap((line) => {
      const typed = this.typed.get(line.id);
      const message = typed && (typed.reason || this.reasonFor(line, typed.text));
      return message ? [{ path: `lines.${line.id}.quantity`, code: 'invalid-quantity', message }] : [];
    });
  }
}
