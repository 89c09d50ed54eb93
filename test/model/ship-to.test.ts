/**
 * Where the order ships (`shipTo`): another of the customer's addresses or a one-time one, without
 * changing the customer; kept, refreshed or dropped when the customer changes; checked like the
 * customer's addresses; carried through the draft's JSON; a cause of a new price.
 */
import { expect } from '@open-wc/testing';
import {
  addLine,
  createDraft,
  parseDraft,
  serializeDraft,
  setCustomer,
  setShipTo,
  shipToAddress,
} from '../../src/model/draft.js';
import { pricingCauses } from '../../src/model/pricing-diff.js';
import { validateOrderReadiness } from '../../src/model/validation.js';
import type { AddressInput } from '../../src/model/types.js';
import { ada, address, grace, LATER, NOW, pickupDowntown, toteLine, usSite } from './fixtures.js';
import { deepFreeze } from './draft-support.js';

const office = address({ id: 'addr-2', line1: '500 Office Park', isDefaultBilling: false, isDefaultShipping: false });
const toronto: AddressInput = {
  name: 'Ada Lovelace',
  line1: '1 Front St W',
  city: 'Toronto',
  region: 'ON',
  postalCode: 'M5J 1E6',
  country: 'CA',
  isDefaultBilling: false,
  isDefaultShipping: false,
};

function draftFor(customer = ada({ addresses: [address(), office] })) {
  const site = usSite;
  return deepFreeze(setCustomer(addLine(createDraft({ id: 'd', site, now: NOW }), toteLine(), NOW), customer, NOW));
}

describe('order draft: ship to', () => {
  it('ships to the customer’s default shipping address until another is set, and back with null', () => {
    const draft = draftFor();
    expect(draft).not.to.have.property('shipTo');
    expect(shipToAddress(draft)).to.deep.equal(address());
    const elsewhere = setShipTo(draft, office, LATER);
    expect(elsewhere.shipTo).to.deep.equal(office);
    expect(shipToAddress(elsewhere)).to.deep.equal(office);
    expect(elsewhere.updatedAt).to.equal(LATER.toISOString());
    // The customer's addresses and defaults stay as they were.
    expect(elsewhere.customer).to.equal(draft.customer);
    const back = setShipTo(elsewhere, null);
    expect(back).not.to.have.property('shipTo');
    expect(shipToAddress(back)).to.deep.equal(address());
  });

  it('keeps a one-time address and refreshes a saved one when the same customer is edited', () => {
    const oneTime = setShipTo(draftFor(), toronto);
    const edited = ada({ addresses: [address(), { ...office, line1: '501 Office Park' }] });
    expect(setCustomer(oneTime, edited).shipTo).to.deep.equal(toronto);
    const saved = setShipTo(draftFor(), office);
    expect(setCustomer(saved, edited).shipTo).to.deep.include({ id: 'addr-2', line1: '501 Office Park' });
    // The saved address removed from the customer: the default again.
    expect(setCustomer(saved, ada())).not.to.have.property('shipTo');
  });

  it('drops the address when another customer (or none) is chosen', () => {
    const oneTime = setShipTo(draftFor(), toronto);
    expect(setCustomer(oneTime, grace())).not.to.have.property('shipTo');
    expect(setCustomer(oneTime, null)).not.to.have.property('shipTo');
  });

  it('checks a one-time address like the customer’s addresses, when an item ships', () => {
    const bad = setShipTo(draftFor(), { ...toronto, line1: ' ', postalCode: '12345' });
    const problems = validateOrderReadiness(bad).filter((p) => p.path.startsWith('shipTo.'));
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['shipTo.line1', 'required'],
      ['shipTo.postalCode', 'invalid-postal-code'],
    ]);
    expect(validateOrderReadiness(setShipTo(draftFor(), toronto)).filter((p) => p.path.startsWith('shipTo'))).to.be
      .empty;
    const pickup = { ...bad, lines: bad.lines.map((l) => ({ ...l, fulfillment: pickupDowntown })) };
    expect(validateOrderReadiness(pickup).filter((p) => p.path.startsWith('shipTo'))).to.be.empty;
  });

  it('round-trips through the draft’s JSON (a one-time address has no id), and reads a draft without one', () => {
    const oneTime = setShipTo(draftFor(), toronto);
    expect(parseDraft(serializeDraft(oneTime))).to.deep.equal(oneTime);
    const saved = setShipTo(draftFor(), office);
    expect(parseDraft(serializeDraft(saved))).to.deep.equal(saved);
    const plain = draftFor();
    expect(parseDraft(serializeDraft(plain))).to.deep.equal(plain);
    expect(parseDraft(JSON.stringify({ ...plain, shipTo: null }))).not.to.have.property('shipTo');
    expect(() => parseDraft(JSON.stringify({ ...plain, shipTo: { ...toronto, city: 7 } }))).to.throw(/shipTo\.city/);
  });

  it('counts a new ship-to address as a cause of a new price', () => {
    const draft = draftFor();
    expect(pricingCauses(draft, setShipTo(draft, toronto))).to.deep.equal(['shipping-address']);
    expect(pricingCauses(draft, setShipTo(draft, address()))).to.deep.equal([]);
  });
});
