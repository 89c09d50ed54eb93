import type { OrderDraft } from '../model/types.js';

/**
 * Fired by `<offline-order-builder>` after every change the agent makes to the draft, so that a
 * host can keep drafts on its side. Not fired when a host sets `draft`. The draft never holds a
 * card number or security code.
 */
export class DraftChangeEvent extends Event {
  static readonly eventName = 'draft-change';

  readonly draft: OrderDraft;

  constructor(init: { draft: OrderDraft }) {
    super(DraftChangeEvent.eventName, { bubbles: true, composed: true });
    this.draft = init.draft;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'draft-change': DraftChangeEvent;
  }
}
