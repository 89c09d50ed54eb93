import type { DraftLine, OrderDraft } from './types.js';

/**
 * The draft as a pricing (or shipping rates) request carries it: what prices depend on, without what
 * they cannot (customer notes, gift messages, the personal message to the recipient of an item
 * delivered by email, payments), which need not travel with every edit: only the submit (and a saved
 * draft, a payment link) carries them. The shape stays an `OrderDraft`, with those fields empty.
 */
export function pricingDraft(draft: OrderDraft): OrderDraft {
  return {
    ...draft,
    customerNotes: '',
    giftMessage: '',
    payments: [],
    lines: draft.lines.map(pricingLine),
  };
}

/** A line without its gift message and its recipient's message (the same line when it has neither). */
function pricingLine(line: DraftLine): DraftLine {
  const fulfillment = line.fulfillment;
  const recipient = fulfillment?.recipient;
  if (!line.giftMessage && !recipient?.message) return line;
  return {
    ...line,
    giftMessage: '',
    ...(recipient?.message ? { fulfillment: { ...fulfillment!, recipient: { ...recipient, message: '' } } } : {}),
  };
}
