import { expect } from '@open-wc/testing';
import {
  addCoupon,
  addLine,
  createDraft,
  removeCoupon,
  setCustomerNotes,
  setGiftMessage,
  setOrderAdjustment,
  setPriceList,
  setShippingAdjustment,
  setShippingMethod,
} from '../../src/model/draft.js';
import { money } from '../../src/model/money.js';
import { LATER, NOW, shoeLine, toteLine, usSite } from './fixtures.js';
import { usd, deepFreeze } from './draft-support.js';

describe('order draft', () => {
  describe('order details', () => {
    const base = () => deepFreeze(createDraft({ id: 'd', site: usSite, now: NOW }));

    it('sets and clears the shipping method', () => {
      const d = setShippingMethod(base(), '2-day', LATER);
      expect(d.shippingMethodId).to.equal('2-day');
      expect(setShippingMethod(d, null).shippingMethodId).to.equal(null);
    });

    it('adds coupons trimmed and upper-cased, without duplicates or blanks', () => {
      let d = addCoupon(base(), '  save10 ', LATER);
      d = addCoupon(d, 'FreeShip', LATER);
      expect(d.coupons).to.deep.equal(['SAVE10', 'FREESHIP']);
      expect(addCoupon(d, 'SAVE10')).to.equal(d);
      expect(addCoupon(d, ' Save10')).to.equal(d);
      expect(addCoupon(d, '   ')).to.equal(d);
    });

    it('removes coupons however they are typed', () => {
      const d = addCoupon(addCoupon(base(), 'SAVE10'), 'FREESHIP');
      expect(removeCoupon(d, ' save10', LATER).coupons).to.deep.equal(['FREESHIP']);
      expect(removeCoupon(d, 'EXPIRED')).to.equal(d);
    });

    it('keeps notes and the order gift message as typed', () => {
      expect(setCustomerNotes(base(), '  Call first ').customerNotes).to.equal('  Call first ');
      expect(setGiftMessage(base(), 'Happy holidays').giftMessage).to.equal('Happy holidays');
    });

    it('sets the price list and marks every line for re-pricing', () => {
      const withLines = addLine(addLine(base(), toteLine()), shoeLine());
      const d = setPriceList(withLines, 'employee', LATER);
      expect(d.priceListId).to.equal('employee');
      expect(d.lines.every((l) => l.needsRepricing === true)).to.equal(true);
      expect(setPriceList(d, 'employee')).to.equal(d);
      expect(setPriceList(d, null).priceListId).to.equal(null);
    });

    it('sets order adjustments by amount or percentage, with a reason', () => {
      let d = setOrderAdjustment(base(), { kind: 'amount', amount: usd(500), reason: 'Goodwill' }, LATER);
      expect(d.orderAdjustment).to.deep.equal({ kind: 'amount', amount: usd(500), reason: 'Goodwill' });
      d = setOrderAdjustment(d, { kind: 'percent', basisPoints: 1500, reason: 'Manager approval' });
      expect(d.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1500, reason: 'Manager approval' });
      expect(setOrderAdjustment(d, null).orderAdjustment).to.equal(null);
      expect(() => setOrderAdjustment(d, { kind: 'amount', amount: money(5, 'CAD'), reason: 'x' })).to.throw(
        RangeError,
      );
    });

    it('sets the shipping adjustment with a reason', () => {
      const d = setShippingAdjustment(
        base(),
        { kind: 'amount', amount: usd(795), reason: 'Free shipping promise' },
        LATER,
      );
      expect(d.shippingAdjustment).to.deep.equal({ kind: 'amount', amount: usd(795), reason: 'Free shipping promise' });
      expect(setShippingAdjustment(d, null).shippingAdjustment).to.equal(null);
      expect(() => setShippingAdjustment(d, { kind: 'amount', amount: money(5, 'JPY'), reason: 'x' })).to.throw(
        RangeError,
      );
    });
  });
});
