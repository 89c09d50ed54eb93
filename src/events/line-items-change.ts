import type { DraftLine } from '../model/types.js';

/**
 * Fired by `<line-item-editor>` on each edit of the agent: a line added, removed, its quantity,
 * fulfillment, price adjustment or gift message changed. Not fired when a host sets `lines`.
 */
export class LineItemsChangeEvent extends Event {
  static readonly eventName = 'line-items-change';

  /** Every line after the edit, in order. */
  readonly lines: DraftLine[];

  constructor(init: { lines: DraftLine[] }) {
    super(LineItemsChangeEvent.eventName, { bubbles: true, composed: true });
    this.lines = init.lines;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'line-items-change': LineItemsChangeEvent;
  }
}
