/**
 * The order's rules: lines, order-level adjustments, readiness to submit, payments. Re-exported by
 * `validation.ts`; apart so that a page showing the builder loads them with the dialogs and the
 * confirmation that run them.
 */
import { validateRecipient } from './digital.js';
import { anyLineShips } from './draft-core.js';
import { add, compare, isMoney, zero } from './money.js';
import type { DraftLine, Money, OrderDraft, Problem } from './types.js';
import { blank, problem, validateAddress, validateCustomer } from './validation-customer.js';

// ---------------------------------------------------------------------------------------------
// Lines

/**
 * A line's price adjustment: its reason is required (`reason-required`) and its amount may not be
 * negative (`invalid-amount`), at `lines.<lineId>.adjustment`.
 */
export function validateLineAdjustment(line: DraftLine): Problem[] {
  const { adjustment } = line;
  if (!adjustment) return [];
  const path = `lines.${line.id}.adjustment`;
  const problems: Problem[] = [];
  const amount = adjustment.kind === 'amount-off' ? adjustment.amount : adjustment.unitPrice;
  if (amount.amount < 0) problems.push(problem(path, 'invalid-amount', 'Enter an amount of zero or more.'));
  if (blank(adjustment.reason))
    problems.push(problem(path, 'reason-required', 'Enter a reason for the price adjustment.'));
  return problems;
}

/**
 * A line: its quantity a whole number (`integer-quantity`) of at least 1 (`min-quantity`) at
 * `lines.<lineId>.quantity`; its fulfillment chosen (`required` at `lines.<lineId>.fulfillment`),
 * with its recipient when it is delivered by email (`validateRecipient` at
 * `lines.<lineId>.fulfillment.recipient.`); and its price adjustment (see `validateLineAdjustment`).
 */
export function validateLine(line: DraftLine): Problem[] {
  const problems: Problem[] = [];
  const quantityPath = `lines.${line.id}.quantity`;
  if (!Number.isSafeInteger(line.quantity)) {
    problems.push(problem(quantityPath, 'integer-quantity', 'Enter a whole number of items.'));
  } else if (line.quantity < 1) {
    problems.push(problem(quantityPath, 'min-quantity', 'Enter a quantity of at least 1.'));
  }
  if (!line.fulfillment) {
    problems.push(problem(`lines.${line.id}.fulfillment`, 'required', 'Choose how this item is fulfilled.'));
  } else if (line.fulfillment.kind === 'digital') {
    problems.push(...validateRecipient(line.fulfillment.recipient, `lines.${line.id}.fulfillment.recipient.`));
  }
  problems.push(...validateLineAdjustment(line));
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Order

/**
 * The order adjustment: a reason (`reason-required`), an amount above zero (`min-amount`), or a
 * percentage from 0.01% to 100% (`invalid-percent`), at `orderAdjustment`.
 */
export function validateOrderAdjustment(draft: OrderDraft): Problem[] {
  const adjustment = draft.orderAdjustment;
  if (!adjustment) return [];
  const problems: Problem[] = [];
  if (adjustment.kind === 'amount' && adjustment.amount.amount <= 0) {
    problems.push(problem('orderAdjustment', 'min-amount', 'Enter an amount greater than zero.'));
  }
  if (
    adjustment.kind === 'percent' &&
    (!Number.isSafeInteger(adjustment.basisPoints) || adjustment.basisPoints < 1 || adjustment.basisPoints > 10_000)
  ) {
    problems.push(problem('orderAdjustment', 'invalid-percent', 'Enter a percentage from 0.01% to 100%.'));
  }
  if (blank(adjustment.reason)) {
    problems.push(problem('orderAdjustment', 'reason-required', 'Enter a reason for the order adjustment.'));
  }
  return problems;
}

/** The shipping adjustment: an amount above zero (`min-amount`) and a reason (`reason-required`), at `shippingAdjustment`. */
export function validateShippingAdjustment(draft: OrderDraft): Problem[] {
  const adjustment = draft.shippingAdjustment;
  if (!adjustment) return [];
  const problems: Problem[] = [];
  if (adjustment.amount.amount <= 0) {
    problems.push(problem('shippingAdjustment', 'min-amount', 'Enter an amount greater than zero.'));
  }
  if (blank(adjustment.reason)) {
    problems.push(problem('shippingAdjustment', 'reason-required', 'Enter a reason for the shipping adjustment.'));
  }
  return problems;
}

/**
 * Whether the draft may be submitted (payment is optional): a site (`required` at `siteId`); a
 * customer (`required` at `customer`) who passes every customer rule (paths prefixed `customer.`);
 * at least one line (`no-lines` at `lines`), each valid; a shipping method when any line ships
 * (`required` at `shippingMethodId`); another address to ship to (`shipTo`), when any line ships, valid as the customer's
 * addresses are (`validateAddress`, paths `shipTo.line1` etc.); and valid adjustments.
 */
export function validateOrderReadiness(draft: OrderDraft): Problem[] {
  const problems: Problem[] = [];
  if (draft.siteId === null) problems.push(problem('siteId', 'required', 'Choose a site.'));
  if (draft.customer === null) {
    problems.push(problem('customer', 'required', 'Find or create the customer for this order.'));
  } else {
    problems.push(...validateCustomer(draft.customer, 'customer.'));
  }
  if (draft.lines.length === 0) problems.push(problem('lines', 'no-lines', 'Add at least one item.'));
  problems.push(...draft.lines.flatMap(validateLine));
  if (anyLineShips(draft) && draft.shippingMethodId === null) {
    problems.push(problem('shippingMethodId', 'required', 'Choose a shipping method for the items that ship.'));
  }
  // Another address to ship to (for the items that ship): the customer's addresses' rules, at `shipTo.line1` etc.
  if (draft.shipTo && anyLineShips(draft)) problems.push(...validateAddress(draft.shipTo, 'shipTo'));
  problems.push(...validateOrderAdjustment(draft), ...validateShippingAdjustment(draft));
  return problems;
}

/**
 * The payments against the order total: each in the order's currency (`currency-mismatch`) and
 * above zero (`min-amount`), at `payments.<paymentId>.amount`; together not more than the total
 * (`payments-exceed-total` at `payments`). Less than the total is fine: the rest is the balance due.
 */
export function validatePayments(draft: Pick<OrderDraft, 'payments'>, total: Money): Problem[] {
  const problems: Problem[] = [];
  let paid = zero(total.currency);
  for (const payment of draft.payments) {
    const path = `payments.${payment.id}.amount`;
    if (!isMoney(payment.amount) || payment.amount.currency !== total.currency) {
      problems.push(
        problem(
          path,
          'currency-mismatch',
          `This payment is in ${payment.amount.currency}; the order is in ${total.currency}.`,
        ),
      );
      continue;
    }
    if (payment.amount.amount <= 0) {
      problems.push(problem(path, 'min-amount', 'Enter an amount greater than zero.'));
      continue;
    }
    paid = add(paid, payment.amount);
  }
  if (compare(paid, total) > 0) {
    problems.push(problem('payments', 'payments-exceed-total', 'The payments add up to more than the order total.'));
  }
  return problems;
}
