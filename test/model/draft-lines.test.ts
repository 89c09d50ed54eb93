import { expect } from '@open-wc/testing';
import {
  addLine,
  anyLineShips,
  changeSite,
  createDraft,
  effectiveUnitPrice,
  findLine,
  lineTotal,
  needsRepricing,
  removeLine,
  repriceLines,
  setLineAdjustment,
  setLineFulfillment,
  setLineGift,
  setLineQuantity,
  setPriceList,
  updateLine,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import type { DraftLine } from '../../src/model/types.js';
import { caSite, directShip, LATER, NOW, pickupDowntown, shoeLine, toteLine, usSite } from './fixtures.js';
import { usd, deepFreeze } from './draft-support.js';

describe('order draft', () => {
  describe('lines', () => {
    const base = () => deepFreeze(createDraft({ id: 'd', site: usSite, now: NOW }));

    it('adds a line with defaults: quantity 1, no fulfillment, no adjustment, not a gift', () => {
      const d = addLine(
        base(),
        { productId: 'canvas-tote', productName: 'Canvas Tote Bag', code: 'TOTE-01', unitPrice: usd(2500) },
        LATER,
      );
      expect(d.lines).to.have.length(1);
      const [line] = d.lines as [DraftLine];
      expect(line.id).to.match(/^line_/);
      expect(line).to.deep.equal({
        id: line.id,
        productId: 'canvas-tote',
        variantId: null,
        productName: 'Canvas Tote Bag',
        code: 'TOTE-01',
        options: [],
        quantity: 1,
        fulfillment: null,
        unitPrice: usd(2500),
        adjustment: null,
        gift: false,
        giftMessage: '',
      });
      expect(d.updatedAt).to.equal(LATER.toISOString());
    });

    it('adds a configured line with its options, in order', () => {
      let d = addLine(base(), toteLine(), NOW);
      d = addLine(d, shoeLine({ quantity: 2, gift: true, giftMessage: 'Enjoy' }), NOW);
      expect(d.lines.map((l) => l.id)).to.deep.equal(['line-tote', 'line-shoe']);
      const shoe = findLine(d, 'line-shoe');
      expect(shoe?.variantId).to.equal('trail-runner-9-blue');
      expect(shoe?.options).to.deep.equal([
        { name: 'Size', value: '9' },
        { name: 'Color', value: 'Blue' },
      ]);
      expect(shoe?.quantity).to.equal(2);
      expect(shoe?.fulfillment).to.deep.equal(pickupDowntown);
      expect(shoe?.gift).to.equal(true);
      expect(shoe?.giftMessage).to.equal('Enjoy');
    });

    it('refuses a price in another currency, a duplicate id, or a quantity that cannot be stored', () => {
      expect(() => addLine(base(), toteLine({ unitPrice: money(2500, 'CAD') }))).to.throw(
        RangeError,
        'The unit price is in CAD; the draft is in USD',
      );
      expect(() =>
        addLine(base(), toteLine({ adjustment: { kind: 'amount-off', amount: money(1, 'JPY'), reason: 'x' } })),
      ).to.throw(RangeError, /line adjustment is in JPY/);
      expect(() => addLine(base(), toteLine({ unitPrice: { amount: 1.5, currency: 'USD' } }))).to.throw(RangeError);
      const d = addLine(base(), toteLine());
      expect(() => addLine(d, toteLine())).to.throw(RangeError, /already has a line line-tote/);
      expect(() => addLine(base(), toteLine({ quantity: Number.NaN }))).to.throw(RangeError, /finite/);
    });

    it('updates fields of one line, never its id', () => {
      let d = addLine(addLine(base(), toteLine()), shoeLine());
      d = updateLine(d, 'line-tote', { quantity: 4, code: 'TOTE-02', id: 'hijack' } as Partial<DraftLine>, LATER);
      expect(findLine(d, 'line-tote')?.quantity).to.equal(4);
      expect(findLine(d, 'line-tote')?.code).to.equal('TOTE-02');
      expect(findLine(d, 'hijack')).to.equal(undefined);
      expect(findLine(d, 'line-shoe')?.quantity).to.equal(1);
      expect(() => updateLine(d, 'line-tote', { unitPrice: money(1, 'CAD') })).to.throw(RangeError);
      expect(() => updateLine(d, 'line-tote', { quantity: Infinity })).to.throw(RangeError);
    });

    it('returns the same draft for a line that is gone', () => {
      const d = addLine(base(), toteLine());
      expect(updateLine(d, 'nope', { quantity: 2 })).to.equal(d);
      expect(removeLine(d, 'nope')).to.equal(d);
      expect(setLineQuantity(d, 'nope', 2)).to.equal(d);
    });

    it('removes a line', () => {
      const d = removeLine(addLine(addLine(base(), toteLine()), shoeLine()), 'line-tote', LATER);
      expect(d.lines.map((l) => l.id)).to.deep.equal(['line-shoe']);
    });

    it('sets the quantity as typed (validation judges it)', () => {
      const d = addLine(base(), toteLine());
      expect(findLine(setLineQuantity(d, 'line-tote', 3), 'line-tote')?.quantity).to.equal(3);
      expect(findLine(setLineQuantity(d, 'line-tote', 0), 'line-tote')?.quantity).to.equal(0);
      expect(() => setLineQuantity(d, 'line-tote', Number.NaN)).to.throw(RangeError);
    });

    it('sets and clears the fulfillment', () => {
      let d = addLine(base(), toteLine({ fulfillment: null }));
      d = setLineFulfillment(d, 'line-tote', pickupDowntown, LATER);
      expect(findLine(d, 'line-tote')?.fulfillment).to.deep.equal(pickupDowntown);
      d = setLineFulfillment(d, 'line-tote', null, LATER);
      expect(findLine(d, 'line-tote')?.fulfillment).to.equal(null);
    });

    it('sets and removes a line adjustment with its reason', () => {
      let d = addLine(base(), toteLine());
      d = setLineAdjustment(d, 'line-tote', { kind: 'unit-price', unitPrice: usd(2000), reason: 'Price match' }, LATER);
      expect(findLine(d, 'line-tote')?.adjustment).to.deep.equal({
        kind: 'unit-price',
        unitPrice: usd(2000),
        reason: 'Price match',
      });
      expect(() =>
        setLineAdjustment(d, 'line-tote', { kind: 'unit-price', unitPrice: money(2000, 'CAD'), reason: 'x' }),
      ).to.throw(RangeError);
      d = setLineAdjustment(d, 'line-tote', null, LATER);
      expect(findLine(d, 'line-tote')?.adjustment).to.equal(null);
    });

    it('marks a line as a gift with its message, and drops the message when unmarked', () => {
      let d = addLine(base(), toteLine());
      d = setLineGift(d, 'line-tote', true, 'For you', LATER);
      expect(findLine(d, 'line-tote')).to.deep.include({ gift: true, giftMessage: 'For you' });
      d = setLineGift(d, 'line-tote', false, 'For you', LATER);
      expect(findLine(d, 'line-tote')).to.deep.include({ gift: false, giftMessage: '' });
      d = setLineGift(d, 'line-tote', true);
      expect(findLine(d, 'line-tote')).to.deep.include({ gift: true, giftMessage: '' });
      expect(
        findLine(addLine(base(), toteLine({ gift: false, giftMessage: 'stray' })), 'line-tote')?.giftMessage,
      ).to.equal('');
    });

    it('reprices lines and clears their mark; unknown ids are ignored', () => {
      let d = addLine(addLine(base(), toteLine()), shoeLine());
      d = setPriceList(d, 'vip', NOW);
      expect(needsRepricing(d)).to.equal(true);
      d = repriceLines(d, { 'line-tote': usd(2250), 'line-gone': usd(1) }, LATER);
      expect(findLine(d, 'line-tote')?.unitPrice).to.deep.equal(usd(2250));
      expect(findLine(d, 'line-tote')).not.to.have.property('needsRepricing');
      expect(findLine(d, 'line-shoe')?.needsRepricing).to.equal(true);
      d = repriceLines(d, { 'line-shoe': usd(10800) }, LATER);
      expect(needsRepricing(d)).to.equal(false);
      expect(repriceLines(d, { 'line-gone': usd(1) })).to.equal(d);
      expect(() => repriceLines(d, { 'line-tote': money(1, 'CAD') })).to.throw(RangeError);
    });

    it('reprices lines in the new currency after a change of site', () => {
      let d = changeSite(addLine(base(), toteLine()), caSite, NOW).draft;
      d = repriceLines(d, { 'line-tote': money(3400, 'CAD') }, LATER);
      expect(findLine(d, 'line-tote')?.unitPrice).to.deep.equal(money(3400, 'CAD'));
      expect(needsRepricing(d)).to.equal(false);
    });

    it('tells whether any line ships', () => {
      const d = addLine(base(), shoeLine());
      expect(anyLineShips(d)).to.equal(false);
      expect(anyLineShips(addLine(d, toteLine({ fulfillment: directShip })))).to.equal(true);
      expect(
        anyLineShips(
          addLine(
            d,
            toteLine({ fulfillment: { kind: 'delivery', locationId: 'uptown', locationName: 'Uptown Store' } }),
          ),
        ),
      ).to.equal(false);
    });
  });

  describe('line prices', () => {
    const line = (overrides: Partial<DraftLine> = {}): DraftLine => ({
      id: 'l',
      productId: 'p',
      variantId: null,
      productName: 'P',
      code: 'P',
      options: [],
      quantity: 3,
      fulfillment: directShip,
      unitPrice: usd(2500),
      adjustment: null,
      gift: false,
      giftMessage: '',
      ...overrides,
    });

    it('without an adjustment: the unit price', () => {
      expect(effectiveUnitPrice(line())).to.deep.equal(usd(2500));
      expect(lineTotal(line())).to.deep.equal(usd(7500));
    });

    it('with an amount off each unit', () => {
      const l = line({ adjustment: { kind: 'amount-off', amount: usd(499), reason: 'Damaged' } });
      expect(effectiveUnitPrice(l)).to.deep.equal(usd(2001));
      expect(lineTotal(l)).to.deep.equal(usd(6003));
    });

    it('with a new unit price', () => {
      const l = line({ adjustment: { kind: 'unit-price', unitPrice: usd(1999), reason: 'Price match' } });
      expect(effectiveUnitPrice(l)).to.deep.equal(usd(1999));
      expect(lineTotal(l)).to.deep.equal(usd(5997));
    });

    it('never below zero', () => {
      expect(
        effectiveUnitPrice(line({ adjustment: { kind: 'amount-off', amount: usd(9999), reason: 'x' } })),
      ).to.deep.equal(usd(0));
      expect(
        effectiveUnitPrice(line({ adjustment: { kind: 'unit-price', unitPrice: usd(-5), reason: 'x' } })),
      ).to.deep.equal(usd(0));
    });

    it('counts a quantity still being typed as zero', () => {
      expect(lineTotal(line({ quantity: 0 }))).to.deep.equal(usd(0));
      expect(lineTotal(line({ quantity: -2 }))).to.deep.equal(usd(0));
      expect(lineTotal(line({ quantity: 1.5 }))).to.deep.equal(usd(0));
    });

    it('in JPY and KWD', () => {
      expect(lineTotal(line({ unitPrice: money(1200, 'JPY'), quantity: 2 }))).to.deep.equal(money(2400, 'JPY'));
      expect(lineTotal(line({ unitPrice: money(1500, 'KWD'), quantity: 3 }))).to.deep.equal(money(4500, 'KWD'));
    });
  });
});
