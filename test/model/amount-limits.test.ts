import { expect } from '@open-wc/testing';
import { lineFits, lineRoom, MAX_ORDER_AMOUNT, quantityFits } from '../../src/model/amount-limits.js';
import { addLine, createDraft, lineTotal, setLineAdjustment } from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { DraftLine, OrderDraft } from '../../src/model/types.js';
import { usSite } from './fixtures.js';

const usd = (amount: number) => money(amount, 'USD');

function draftWith(...lines: { id: string; price: number; quantity: number }[]): OrderDraft {
  let d = createDraft({ site: usSite });
  for (const { id, price, quantity } of lines) {
    d = addLine(d, {
      id,
      productId: id,
      productName: id,
      code: id,
      quantity,
      unitPrice: usd(price),
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
    });
  }
  return d;
}

describe('amount limits', () => {
  it('keeps the merchandise limit well inside the safe-integer range', () => {
    expect(Number.isSafeInteger(MAX_ORDER_AMOUNT * 9)).to.equal(true);
  });

  it('leaves a line what the other lines have not used', () => {
    const d = draftWith({ id: 'a', price: 2499, quantity: 2 }, { id: 'b', price: 1000, quantity: 3 });
    expect(lineRoom(d.lines, 'a')).to.equal(MAX_ORDER_AMOUNT - 3000);
    expect(lineRoom(d.lines, null)).to.equal(MAX_ORDER_AMOUNT - 3000 - 4998);
  });

  it('refuses a unit price whose line total (× quantity) would pass the limit', () => {
    const d = draftWith({ id: 'a', price: 2499, quantity: 5 });
    // The unit price, 90071992547409.91, five times.
    expect(lineFits(d.lines, 'a', Number.MAX_SAFE_INTEGER, 5)).to.equal(false);
    expect(lineFits(d.lines, 'a', MAX_ORDER_AMOUNT / 5, 5)).to.equal(true);
    expect(lineFits(d.lines, 'a', MAX_ORDER_AMOUNT / 5 + 1, 5)).to.equal(false);
  });

  it('refuses a line whose total would take the order past the limit with the other lines', () => {
    const d = draftWith({ id: 'a', price: MAX_ORDER_AMOUNT / 2, quantity: 1 });
    expect(lineFits(d.lines, null, MAX_ORDER_AMOUNT / 2, 1)).to.equal(true);
    expect(lineFits(d.lines, null, MAX_ORDER_AMOUNT / 2 + 1, 1)).to.equal(false);
  });

  it('refuses a quantity that would take an adjusted line total past the limit', () => {
    let d = draftWith({ id: 'a', price: 2499, quantity: 1 });
    d = setLineAdjustment(d, 'a', { kind: 'unit-price', unitPrice: usd(100_000_000_000_000), reason: 'Test' });
    expect(quantityFits(d.lines, 'a', 10)).to.equal(true);
    expect(quantityFits(d.lines, 'a', 11)).to.equal(false);
    // An amount off lowers the unit price: what is left counts.
    d = setLineAdjustment(d, 'a', { kind: 'amount-off', amount: usd(2000), reason: 'Test' });
    expect(quantityFits(d.lines, 'a', Math.floor(MAX_ORDER_AMOUNT / 499))).to.equal(true);
    expect(quantityFits(d.lines, 'a', Math.floor(MAX_ORDER_AMOUNT / 499) + 1)).to.equal(false);
  });

  it('measures a draft that already holds an amount out of range without throwing', () => {
    const line: DraftLine = {
      ...draftWith({ id: 'a', price: 1, quantity: 1 }).lines[0]!,
      unitPrice: usd(Number.MAX_SAFE_INTEGER),
      quantity: 5,
    };
    expect(() => lineTotal(line)).to.throw(RangeError);
    expect(lineRoom([line], null)).to.equal(0);
    expect(lineFits([line], null, 1, 1)).to.equal(false);
    expect(quantityFits([line], 'a', 1)).to.equal(false);
  });
});
