import { expect } from '@open-wc/testing';
import {
  addCoupon,
  addLine,
  addPayment,
  changeSite,
  createDraft,
  customerName,
  defaultBillingAddress,
  defaultShippingAddress,
  findLine,
  isCustomerOfSite,
  removeCoupon,
  removeLine,
  removePayment,
  repriceLines,
  setCustomer,
  setCustomerNotes,
  setGiftMessage,
  setLineAdjustment,
  setLineFulfillment,
  setLineGift,
  setLineQuantity,
  setOrderAdjustment,
  setPaymentAmount,
  setPriceList,
  setShippingAdjustment,
  setShippingMethod,
  setSite,
  updateLine,
} from '../../src/model/draft.js';
import { ada, address, caSite, grace, LATER, NOW, pickupDowntown, usSite, wholesaleSite } from './fixtures.js';
import { usd, deepFreeze, fullDraft } from './draft-support.js';

describe('order draft', () => {
  describe('createDraft', () => {
    it('starts empty, with schema 1, a generated id and both timestamps', () => {
      const d = createDraft({ now: NOW });
      expect(d).to.deep.include({
        schema: 1,
        siteId: null,
        currency: null,
        customer: null,
        lines: [],
        shippingMethodId: null,
        coupons: [],
        customerNotes: '',
        giftMessage: '',
        priceListId: null,
        orderAdjustment: null,
        shippingAdjustment: null,
        payments: [],
        createdAt: '2026-11-26T12:00:00.000Z',
        updatedAt: '2026-11-26T12:00:00.000Z',
      });
      expect(d.id).to.match(/^draft_/);
      expect(createDraft().id).not.to.equal(createDraft().id);
    });

    it('takes an id and a site with its currency', () => {
      const d = createDraft({ id: 'd-1', site: caSite, now: NOW });
      expect(d.id).to.equal('d-1');
      expect(d.siteId).to.equal('ca');
      expect(d.currency).to.equal('CAD');
    });
  });

  describe('edits are pure', () => {
    it('return a new draft, leave the input untouched, and stamp updatedAt', () => {
      const before = fullDraft();
      const snapshot = JSON.stringify(before);
      const after = setCustomerNotes(before, 'Ring twice', LATER);
      expect(after).not.to.equal(before);
      expect(after.customerNotes).to.equal('Ring twice');
      expect(after.updatedAt).to.equal(LATER.toISOString());
      expect(after.createdAt).to.equal(before.createdAt);
      expect(JSON.stringify(before)).to.equal(snapshot);
    });

    it('never mutate a deeply frozen draft', () => {
      const d = fullDraft();
      expect(() => {
        setSite(d, caSite, LATER);
        setCustomer(d, null, LATER);
        updateLine(d, 'line-tote', { quantity: 5 }, LATER);
        removeLine(d, 'line-tote', LATER);
        setLineQuantity(d, 'line-tote', 3, LATER);
        setLineFulfillment(d, 'line-tote', pickupDowntown, LATER);
        setLineAdjustment(d, 'line-tote', null, LATER);
        setLineGift(d, 'line-tote', true, 'Hi', LATER);
        repriceLines(d, { 'line-tote': usd(1) }, LATER);
        setShippingMethod(d, '2-day', LATER);
        addCoupon(d, 'FREESHIP', LATER);
        removeCoupon(d, 'SAVE10', LATER);
        setPriceList(d, null, LATER);
        setOrderAdjustment(d, null, LATER);
        setShippingAdjustment(d, null, LATER);
        addPayment(d, { typeId: 'check', kind: 'check', amount: usd(1) }, LATER);
        removePayment(d, 'pay-card', LATER);
        setPaymentAmount(d, 'pay-card', usd(1), LATER);
      }).not.to.throw();
    });

    it('default `now` to the current time', () => {
      const d = setGiftMessage(createDraft({ now: NOW }), 'Hi');
      expect(Date.parse(d.updatedAt)).to.be.greaterThan(NOW.getTime());
    });
  });

  describe('site', () => {
    it('sets the first site and its currency without clearing anything', () => {
      const d = deepFreeze(createDraft({ now: NOW }));
      const { draft, cleared } = changeSite(d, usSite, LATER);
      expect(cleared).to.deep.equal([]);
      expect(draft.siteId).to.equal('us');
      expect(draft.currency).to.equal('USD');
      expect(draft.updatedAt).to.equal(LATER.toISOString());
    });

    it('changes nothing when the same site is chosen again', () => {
      const d = fullDraft();
      const result = changeSite(d, usSite, LATER);
      expect(result.draft).to.equal(d);
      expect(result.cleared).to.deep.equal([]);
    });

    it('to a site of the same customer set and another currency: keeps the customer, clears the rest and says so', () => {
      const { draft, cleared } = changeSite(fullDraft(), caSite, LATER);
      expect(cleared).to.deep.equal([
        { kind: 'shipping-method', label: 'ground' },
        { kind: 'price-list', label: 'vip' },
        { kind: 'payments', label: 'Visa ending 1111, Check 1024' },
        { kind: 'prices', label: '2 items' },
        { kind: 'adjustments', label: 'Scuffed box, Late delivery last time' },
      ]);
      expect(draft.siteId).to.equal('ca');
      expect(draft.currency).to.equal('CAD');
      expect(draft.customer?.id).to.equal('ada');
      expect(draft.shippingMethodId).to.equal(null);
      expect(draft.priceListId).to.equal(null);
      expect(draft.payments).to.deep.equal([]);
      expect(draft.lines.map((l) => l.needsRepricing)).to.deep.equal([true, true]);
      expect(findLine(draft, 'line-shoe')?.adjustment).to.equal(null);
      expect(draft.shippingAdjustment).to.equal(null);
      // A percentage is not money: it still applies in the new currency.
      expect(draft.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 500, reason: 'Loyal customer' });
      // What the agent chose stays.
      expect(draft.coupons).to.deep.equal(['SAVE10']);
      expect(draft.customerNotes).to.equal('Leave at the back door');
      expect(findLine(draft, 'line-shoe')?.giftMessage).to.equal('Happy birthday!');
      expect(findLine(draft, 'line-tote')?.quantity).to.equal(2);
    });

    it('to a site of another customer set and the same currency: clears the customer, keeps adjustments', () => {
      const { draft, cleared } = changeSite(fullDraft(), wholesaleSite, LATER);
      expect(cleared.map((c) => c.kind)).to.deep.equal([
        'customer',
        'shipping-method',
        'price-list',
        'payments',
        'prices',
      ]);
      expect(cleared[0]).to.deep.equal({ kind: 'customer', label: 'Ada Lovelace' });
      expect(draft.customer).to.equal(null);
      expect(findLine(draft, 'line-shoe')?.adjustment?.reason).to.equal('Scuffed box');
      expect(draft.shippingAdjustment?.reason).to.equal('Late delivery last time');
    });

    it('clears an order amount adjustment in the old currency', () => {
      let d = createDraft({ site: usSite, now: NOW });
      d = setOrderAdjustment(d, { kind: 'amount', amount: usd(500), reason: 'Goodwill' }, NOW);
      const { draft, cleared } = changeSite(d, caSite, LATER);
      expect(draft.orderAdjustment).to.equal(null);
      expect(cleared).to.deep.equal([{ kind: 'adjustments', label: 'Goodwill' }]);
    });

    it('removes a custom line priced in the old currency, names it, and keeps the catalog lines to be repriced', () => {
      const engraving = {
        id: 'line-engraving',
        productId: '',
        productName: 'Engraving',
        code: '',
        quantity: 2,
        fulfillment: { kind: 'ship' as const, locationId: null, locationName: null },
        unitPrice: usd(1000),
        custom: { taxable: false },
      };
      const d = addLine(fullDraft(), engraving, NOW);
      const { draft, cleared } = changeSite(d, caSite, LATER);
      expect(draft.lines.map((l) => l.id)).to.deep.equal(['line-tote', 'line-shoe']);
      expect(draft.lines.every((l) => l.needsRepricing)).to.equal(true);
      expect(cleared.filter((c) => c.kind === 'prices' || c.kind === 'custom-lines')).to.deep.equal([
        { kind: 'prices', label: '2 items' },
        { kind: 'custom-lines', label: 'Engraving' },
      ]);

      // Only custom lines: nothing left to reprice.
      const only = addLine(createDraft({ site: usSite, now: NOW }), engraving, NOW);
      const moved = changeSite(only, caSite, LATER);
      expect(moved.draft.lines).to.deep.equal([]);
      expect(moved.cleared).to.deep.equal([{ kind: 'custom-lines', label: 'Engraving' }]);

      // The same currency: the custom line stays, at the agent's price.
      const kept = changeSite(d, wholesaleSite, LATER).draft;
      expect(findLine(kept, 'line-engraving')?.unitPrice).to.deep.equal(usd(1000));
    });

    it('setSite applies the same change without the report', () => {
      const d = setSite(fullDraft(), wholesaleSite, LATER);
      expect(d.customer).to.equal(null);
      expect(d.siteId).to.equal('wholesale');
    });

    it('tells whether a customer belongs to a site’s customer set', () => {
      expect(isCustomerOfSite(ada(), usSite)).to.equal(true);
      expect(isCustomerOfSite(ada(), caSite)).to.equal(true);
      expect(isCustomerOfSite(grace(), usSite)).to.equal(false);
      expect(isCustomerOfSite(grace(), wholesaleSite)).to.equal(true);
    });
  });

  describe('customer', () => {
    it('sets and removes the customer', () => {
      const d = setCustomer(createDraft({ site: usSite, now: NOW }), ada(), LATER);
      expect(d.customer?.id).to.equal('ada');
      expect(setCustomer(d, null, LATER).customer).to.equal(null);
    });

    it('finds the default billing and shipping addresses', () => {
      const billing = address({ id: 'bill', isDefaultBilling: true, isDefaultShipping: false });
      const shipping = address({ id: 'ship', isDefaultBilling: false, isDefaultShipping: true });
      const customer = ada({ addresses: [billing, shipping] });
      expect(defaultBillingAddress(customer)?.id).to.equal('bill');
      expect(defaultShippingAddress(customer)?.id).to.equal('ship');
      const one = ada();
      expect(defaultBillingAddress(one)).to.equal(defaultShippingAddress(one));
      expect(defaultBillingAddress(ada({ addresses: [] }))).to.equal(null);
      expect(defaultShippingAddress(ada({ addresses: [billing] }))).to.equal(null);
    });

    it('names the customer, falling back to the email', () => {
      expect(customerName(ada())).to.equal('Ada Lovelace');
      expect(customerName(ada({ firstName: ' Ada ', lastName: '' }))).to.equal('Ada');
      expect(customerName(ada({ firstName: '', lastName: '' }))).to.equal('ada@example.com');
    });
  });
});
