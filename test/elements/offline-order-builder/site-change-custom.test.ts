/**
 * A custom line on a change of site to another currency: its unit price is the agent's, typed in
 * the old currency, which no backend reprices; "Change site?" names it among what the change
 * clears, and the change takes it out (the catalog lines stay, to be repriced), said in the notice.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { addLine } from '../../../src/model/draft.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, text } from '../../support/dom.js';
import { untilPriced, withDraft } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> a custom line on a change of currency', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  function pick(el: OfflineOrderBuilder, siteId: string): void {
    const select = $<HTMLSelectElement>(el, '#site-select')!;
    select.value = siteId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('names the custom line in "Change site?", and the change removes it and says so', async () => {
    const draft = addLine(buildDraft(mock.backend), {
      id: 'engraving',
      productId: '',
      productName: 'Engraving',
      code: '',
      quantity: 1,
      fulfillment: SHIP,
      unitPrice: { amount: 1000, currency: 'USD' },
      custom: { taxable: true },
    });
    const el = await withDraft(mock, draft);
    pick(el, 'ca');
    await waitUntil(() => $<HTMLDialogElement>(el, '#site-dialog')?.open, '"Change site?" did not open', WAIT);
    const said = 'Custom items priced in another currency, to be added again: Engraving';
    expect($$(el, '#site-dialog li').map(text)).to.deep.equal([
      'Shipping method Ground',
      'Prices of 1 item, to be recalculated',
      said,
    ]);
    await expect(el).to.be.accessible();

    button(el, 'Change site')!.click();
    await waitUntil(() => el.draft.siteId === 'ca', 'the site did not change', WAIT);
    expect(el.draft.currency).to.equal('CAD');
    expect(el.draft.lines.map((line) => line.productName)).to.deep.equal(['Canvas Tote Bag']);
    await el.updateComplete;
    const notice = $(el, '[part~="site-change-notice"]')!;
    expect([...notice.querySelectorAll('li')].map(text)).to.contain(said);
    // The tote is priced in Canadian dollars; no old-currency price is left in the draft.
    await untilPriced(el, mock);
    expect(el.draft.lines.map((line) => line.unitPrice.currency)).to.deep.equal(['CAD']);
    await expect(el).to.be.accessible();
  });
});
