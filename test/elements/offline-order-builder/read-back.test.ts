/**
 * The confirmation's read-back of the lines' prices (reviewer's finding on issue 9, item 1): only
 * the answer for the draft as it is gives them; a line waiting for its new price list, or a draft
 * not priced yet, reads "Recalculating…", and a line whose total money cannot hold reads "Not
 * available" (never a throw while rendering).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderReadBack } from '../../../src/elements/offline-order-builder/read-back.js';
import { setPriceList } from '../../../src/model/draft.js';
import type { OrderDraft, Pricing } from '../../../src/model/types.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { text } from '../../support/dom.js';

describe('<offline-order-builder> read-back of the lines', () => {
  const mock = useMockBackend();

  async function items(draft: OrderDraft, pricing: Pricing | null): Promise<string> {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    render(renderReadBack(draft, pricing, 'en-US', ''), box);
    const dt = [...box.querySelectorAll('dt')].find((d) => text(d) === 'Items');
    return text(dt?.nextElementSibling);
  }

  it('reads the answer’s line total, and "Recalculating…" without an answer or while the line waits for its price list', async () => {
    const draft = buildDraft(mock.backend);
    const answer = mock.backend.priceOrder('us', draft);
    expect(await items(draft, answer)).to.equal('1 × Canvas Tote Bag: Direct Ship, $24.99.');
    expect(await items(draft, null)).to.equal('1 × Canvas Tote Bag: Direct Ship, Recalculating…');
    expect(await items(setPriceList(draft, 'employee'), answer)).to.equal(
      '1 × Canvas Tote Bag: Direct Ship, Recalculating…',
    );
  });

  it('reads "Not available" for a line the answer left out whose total money cannot hold', async () => {
    const draft = buildDraft(mock.backend);
    const line = draft.lines[0]!;
    const huge: OrderDraft = {
      ...draft,
      lines: [{ ...line, quantity: 5, unitPrice: { amount: 9_007_199_254_740_991, currency: 'USD' } }],
    };
    const answer = { ...mock.backend.priceOrder('us', draft), lines: [] };
    expect(await items(huge, answer)).to.equal('5 × Canvas Tote Bag: Direct Ship, Not available');
  });
});
