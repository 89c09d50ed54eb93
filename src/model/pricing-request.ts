import type { OrderDraft } from './types.js';

/**
 * The draft as a pricing (or shipping rates) request carries it: what prices depend on, without what
 * they cannot (customer notes, gift messages, payments), which need not travel with every edit. The
 * shape stays an `OrderDraft`, with those fields empty.
 */
export function pricingDraft(draft: OrderDraft): OrderDraft {
  return {
    ...draft,
    customerNotes: '',
    giftMessage: '',
    payments: [],
    lines: draft.lines.map((line) => (line.giftMessage ? { ...line, giftMessage: '' } : line)),
  };
}
