import type { OrderDraft } from '../model/types.js';
import { OrderEvent } from './order-event.js';

/**
 * Fired by `<offline-order-builder>` after every change the agent makes to the draft (`draft`), so
 * that a host can keep drafts on its side. Not fired when a host sets `draft`. The draft never holds
 * a card number or security code.
 */
export class DraftChangeEvent extends OrderEvent<{ draft: OrderDraft }> {
  static readonly eventName = 'draft-change';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'draft-change': DraftChangeEvent;
  }
}
