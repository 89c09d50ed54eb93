/**
 * The model's part of issue 16's tax exemption and order-level price overrides: `setTaxExemption`
 * (always with its certificate number; taxed again leaves no field), the exemption's JSON round
 * trip, and what an order or shipping adjustment takes off measured against the limit.
 */
import { expect } from '@open-wc/testing';
import { aboveLimit, amountShare, belowZero, orderAdjustmentShare } from '../../src/model/adjustment-limits.js';
import { createDraft, parseDraft, serializeDraft, setTaxExemption } from '../../src/model/draft.js';
import { LATER, NOW, usSite } from './fixtures.js';
import { deepFreeze, usd } from './draft-support.js';

describe('tax exemption', () => {
  const base = () => deepFreeze(createDraft({ id: 'd', site: usSite, now: NOW }));

  it('sets the exemption with its certificate number, trimmed', () => {
    const d = setTaxExemption(base(), { certificateNumber: '  EX-4471 ' }, LATER);
    expect(d.taxExemption).to.deep.equal({ certificateNumber: 'EX-4471' });
    expect(d.updatedAt).to.equal(LATER.toISOString());
  });

  it('taxes the order again for null or a blank number, leaving no field (a draft that never was exempt)', () => {
    const exempt = setTaxExemption(base(), { certificateNumber: 'EX-4471' });
    expect('taxExemption' in setTaxExemption(exempt, null)).to.equal(false);
    expect('taxExemption' in setTaxExemption(exempt, { certificateNumber: '   ' })).to.equal(false);
  });

  it('keeps the exemption through the JSON round trip, and reads a draft without one as taxed', () => {
    const exempt = setTaxExemption(base(), { certificateNumber: 'EX-4471' });
    expect(parseDraft(serializeDraft(exempt))).to.deep.equal(exempt);
    expect('taxExemption' in parseDraft(serializeDraft(base()))).to.equal(false);
    const text = JSON.stringify({ ...base(), taxExemption: { certificateNumber: 7 } });
    expect(() => parseDraft(text)).to.throw(/taxExemption\.certificateNumber/);
  });
});

describe('order and shipping adjustments against the limit', () => {
  it('measures an amount off against its base, capped at the base', () => {
    expect(amountShare(usd(400), usd(795))).to.deep.equal({ amount: usd(400), percent: 50.31 });
    expect(amountShare(usd(1000), usd(795))).to.deep.equal({ amount: usd(795), percent: 100 });
    expect(amountShare(usd(100), usd(0))).to.deep.equal({ amount: usd(0), percent: 0 });
  });

  it('measures an order adjustment as an amount or a percentage of the merchandise', () => {
    const amount = { kind: 'amount', amount: usd(500), reason: '' } as const;
    const percent = { kind: 'percent', basisPoints: 2500, reason: '' } as const;
    expect(orderAdjustmentShare(amount, usd(2499))).to.deep.equal({ amount: usd(500), percent: 20.01 });
    expect(orderAdjustmentShare(percent, usd(2499))).to.deep.equal({ amount: usd(625), percent: 25 });
    expect(aboveLimit(orderAdjustmentShare(percent, usd(2499)), 25)).to.equal(false);
    expect(aboveLimit(orderAdjustmentShare(percent, usd(2499)), 24.99)).to.equal(true);
  });

  it('says when an amount off would take the merchandise below zero', () => {
    expect(belowZero({ kind: 'amount', amount: usd(2500), reason: '' }, usd(2499))).to.equal(true);
    expect(belowZero({ kind: 'amount', amount: usd(2499), reason: '' }, usd(2499))).to.equal(false);
    expect(belowZero({ kind: 'percent', basisPoints: 10000, reason: '' }, usd(2499))).to.equal(false);
  });
});
