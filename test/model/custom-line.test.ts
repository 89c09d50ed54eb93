import { expect } from '@open-wc/testing';
import { isCustomLine, readCustomItem } from '../../src/model/custom-line.js';
import { MAX_ORDER_AMOUNT } from '../../src/model/amount-limits.js';
import { addLine, createDraft, parseDraft, serializeDraft } from '../../src/model/draft.js';
import { TEXT_LIMITS } from '../../src/model/limits.js';
import type { DraftLine } from '../../src/model/types.js';
import { usSite } from './fixtures.js';

const typed = (over: Partial<Parameters<typeof readCustomItem>[0]> = {}) => ({
  name: 'Engraving',
  unitPrice: '12.50',
  quantity: '3',
  taxable: true,
  ...over,
});

describe('readCustomItem', () => {
  it('reads a custom line: trimmed name, the price in minor units, the quantity, taxable; no product; Direct Ship', () => {
    const reading = readCustomItem(typed({ name: '  Engraving ', taxable: false }), 'USD', 'en-US', []);
    expect(reading).to.deep.equal({
      ok: true,
      line: {
        productId: '',
        variantId: null,
        productName: 'Engraving',
        code: '',
        quantity: 3,
        fulfillment: { kind: 'ship', locationId: null, locationName: null },
        unitPrice: { amount: 1250, currency: 'USD' },
        custom: { taxable: false },
      },
    });
  });

  it('reads the price in the locale’s conventions and the currency’s minor units', () => {
    const fr = readCustomItem(typed({ unitPrice: '1 234,50 $' }), 'CAD', 'fr-CA', []);
    expect(fr.ok && fr.line.unitPrice).to.deep.equal({ amount: 123450, currency: 'CAD' });
    const yen = readCustomItem(typed({ unitPrice: '1500' }), 'JPY', 'ja-JP', []);
    expect(yen.ok && yen.line.unitPrice).to.deep.equal({ amount: 1500, currency: 'JPY' });
    const fraction = readCustomItem(typed({ unitPrice: '15.5' }), 'JPY', 'ja-JP', []);
    expect(fraction).to.deep.equal({ ok: false, errors: { unitPrice: 'too-many-decimals' } });
  });

  it('refuses each field with its reason', () => {
    const errors = (over: Partial<Parameters<typeof readCustomItem>[0]>) => {
      const reading = readCustomItem(typed(over), 'USD', 'en-US', []);
      return reading.ok ? null : reading.errors;
    };
    expect(errors({ name: ' ', unitPrice: '', quantity: '' })).to.deep.equal({
      name: 'required',
      unitPrice: 'required',
      quantity: 'required',
    });
    expect(errors({ name: 'x'.repeat(TEXT_LIMITS.customItemName) })).to.equal(null);
    expect(errors({ name: 'x'.repeat(TEXT_LIMITS.customItemName + 1) })).to.deep.equal({ name: 'too-long' });
    expect(errors({ unitPrice: '0' })).to.deep.equal({ unitPrice: 'not-positive' });
    expect(errors({ unitPrice: '-1' })).to.deep.equal({ unitPrice: 'negative' });
    expect(errors({ unitPrice: 'ten' })).to.deep.equal({ unitPrice: 'invalid' });
    expect(errors({ quantity: '0' })).to.deep.equal({ quantity: 'not-positive' });
    expect(errors({ quantity: '1.5' })).to.deep.equal({ quantity: 'not-whole' });
    expect(errors({ quantity: '-2' })).to.deep.equal({ quantity: 'not-whole' });
    expect(errors({ quantity: '1e3' })).to.deep.equal({ quantity: 'not-whole' });
  });

  it('refuses a line whose total the order cannot hold beside its other lines', () => {
    const unit = Math.floor(MAX_ORDER_AMOUNT / 100) / 100;
    expect(readCustomItem(typed({ unitPrice: String(unit), quantity: '1' }), 'USD', 'en-US', []).ok).to.equal(true);
    expect(readCustomItem(typed({ unitPrice: String(unit), quantity: '200' }), 'USD', 'en-US', [])).to.deep.equal({
      ok: false,
      errors: { quantity: 'too-large' },
    });
  });
});

describe('a custom line in the draft', () => {
  it('is kept as custom through the draft’s edits and its JSON (session storage, the REST bodies)', () => {
    const reading = readCustomItem(typed({ taxable: false }), 'USD', 'en-US', []);
    if (!reading.ok) throw new Error('not read');
    const draft = addLine(createDraft({ site: usSite }), reading.line);
    const [line] = draft.lines as [DraftLine];
    expect(isCustomLine(line)).to.equal(true);
    expect(line.custom).to.deep.equal({ taxable: false });
    expect(parseDraft(serializeDraft(draft))).to.deep.equal(draft);
    const plain = JSON.parse(serializeDraft(draft));
    plain.lines[0].custom = { taxable: 'no' };
    expect(() => parseDraft(JSON.stringify(plain))).to.throw();
  });
});
