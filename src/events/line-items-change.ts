import type { DraftLine } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<line-item-editor>` on each edit of the agent: a line added, removed, its quantity,
 * fulfillment, price adjustment or gift message changed. `lines` is every line after the edit, in
 * order. Not fired when a host sets `lines`.
 */
export class LineItemsChangeEvent extends OrderEvent<{ lines: DraftLine[] }> {
  static readonly eventName = 'line-items-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'line-items-change': LineItemsChangeEvent;
  }
}
