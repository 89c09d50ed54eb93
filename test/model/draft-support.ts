/**
 * What the order draft's test files share (draft-*.test.ts): dollars, deep freezing, a card payment
 * and a draft with a bit of everything. The sites, customers and lines are ./fixtures.ts.
 */
import {
  addCoupon,
  addLine,
  addPayment,
  createDraft,
  repriceLines,
  setCustomer,
  setCustomerNotes,
  setGiftMessage,
  setLineGift,
  setOrderAdjustment,
  setPriceList,
  setShippingAdjustment,
  setShippingMethod,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { OrderDraft, Payment } from '../../src/model/types.js';
import { ada, NOW, shoeLine, toteLine, usSite } from './fixtures.js';

/** `amount` cents in US dollars. */
export const usd = (amount: number) => money(amount, 'USD');

/** Freezes a value deeply, so that an edit that mutated its input would throw (modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A Visa card payment of $50.00, with `overrides`. */
export const cardPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: 'pay-card',
  typeId: 'credit-card',
  kind: 'credit-card',
  amount: usd(5000),
  card: { token: 'tok_visa_1111', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 },
  ...overrides,
});

/** A draft with a bit of everything, frozen. */
export function fullDraft(): OrderDraft {
  let d = createDraft({ id: 'draft-1', now: NOW, site: usSite });
  d = setCustomer(d, ada(), NOW);
  d = addLine(d, toteLine({ quantity: 2, imageUrl: 'https://img.example/tote.png' }), NOW);
  d = addLine(d, shoeLine({ adjustment: { kind: 'amount-off', amount: usd(1000), reason: 'Scuffed box' } }), NOW);
  d = setLineGift(d, 'line-shoe', true, 'Happy birthday!', NOW);
  d = setShippingMethod(d, 'ground', NOW);
  d = addCoupon(d, 'save10', NOW);
  d = setCustomerNotes(d, 'Leave at the back door', NOW);
  d = setGiftMessage(d, 'With love', NOW);
  d = setPriceList(d, 'vip', NOW);
  d = repriceLines(d, { 'line-tote': usd(2250), 'line-shoe': usd(10800) }, NOW);
  d = setOrderAdjustment(d, { kind: 'percent', basisPoints: 500, reason: 'Loyal customer' }, NOW);
  d = setShippingAdjustment(d, { kind: 'amount', amount: usd(300), reason: 'Late delivery last time' }, NOW);
  d = addPayment(d, cardPayment(), NOW);
  d = addPayment(d, { id: 'pay-check', typeId: 'check', kind: 'check', amount: usd(1000), reference: '1024' }, NOW);
  return deepFreeze(d);
}
