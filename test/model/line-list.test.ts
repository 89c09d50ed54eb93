import { expect } from '@open-wc/testing';
import { createDraft, setLines } from '../../src/model/draft.js';
import {
  addLineEdit,
  lineGiftEdit,
  lineQuantityEdit,
  removeLineEdit,
  updateLineEdit,
} from '../../src/model/line-list.js';
import { money } from '../../src/model/money.js';

const tote = { id: 'l1', productId: 'p1', productName: 'Canvas Tote Bag', code: 'TOTE', unitPrice: money(2500, 'USD') };

describe('line list edits', () => {
  it('add, change and remove a line on the lines alone', () => {
    const added = addLineEdit(tote)([], 'USD');
    expect(added.map((l) => [l.id, l.quantity, l.gift])).to.deep.equal([['l1', 1, false]]);
    const three = lineQuantityEdit('l1', 3)(added, 'USD');
    expect(three[0]!.quantity).to.equal(3);
    expect(added[0]!.quantity, 'the list given is not changed').to.equal(1);
    expect(lineGiftEdit('l1', false, 'Hi')(three, 'USD')[0]!.giftMessage).to.equal('');
    expect(removeLineEdit('l1')(three, 'USD')).to.deep.equal([]);
  });

  it('returns the list given for a line that is no longer there', () => {
    const lines = addLineEdit(tote)([], 'USD');
    expect(removeLineEdit('gone')(lines, 'USD')).to.equal(lines);
    expect(updateLineEdit('gone', { quantity: 2 })(lines, 'USD')).to.equal(lines);
  });

  it('refuses money in another currency and a quantity JSON cannot hold', () => {
    expect(() => addLineEdit(tote)([], 'EUR')).to.throw(RangeError);
    expect(() => lineQuantityEdit('l1', Number.NaN)).to.throw(RangeError);
    expect(addLineEdit(tote)([], null), 'no currency yet: any').to.have.length(1);
  });

  it('setLines takes the lines an editor edited into the draft', () => {
    const draft = createDraft();
    const lines = addLineEdit(tote)([], null);
    const next = setLines(draft, lines, new Date('2026-01-02T00:00:00Z'));
    expect(next.lines).to.deep.equal(lines);
    expect(next.updatedAt).to.equal('2026-01-02T00:00:00.000Z');
  });
});
