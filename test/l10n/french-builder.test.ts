import { expect, waitUntil } from '@open-wc/testing';
import { buildDraft } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import type { MockHandle } from '../support/mock.js';
import type { OrderDraft } from '../../src/model/types.js';
import { formatMoney } from '../../src/model/money.js';
import {
  confirm,
  confirmDialog,
  fullDraft,
  openConfirmation,
  readBack,
  renderBuilder,
  workspace,
} from '../support/harness/offline-order-builder.js';
import { orderList, untilRows } from '../support/harness/order-list.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

/** The text of the builder's shadow root, white space collapsed (no-break spaces included). */
const pageText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

/** The builder with `draft` opened and priced, in French: the summary shows the total as fr-CA writes it. */
async function withDraft(mock: MockHandle, draft: OrderDraft, options: { ordersHidden?: boolean } = {}) {
  const el = await workspace(mock, { siteId: draft.siteId ?? 'us', ...options });
  el.draft = draft;
  const total = formatMoney(mock.backend.priceOrder(draft.siteId!, draft).total, 'fr-CA').replace(/\s+/g, ' ');
  await waitUntil(
    () => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === total),
    `the summary total did not become ${total}`,
    WAIT,
  );
  return el;
}

describe('<offline-order-builder> in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();
  afterEach(() => sessionStorage.clear());

  it('asks for a site in French, with no English left', async () => {
    const el = await renderBuilder(mock.adapter);
    await untilFrench();
    await waitUntil(() => text(el.shadowRoot!.querySelector('h2, h1')).includes('site'), 'no site picker', WAIT);
    await el.updateComplete;
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('shows the empty new order in French, the orders list too', async () => {
    const el = await workspace(mock, { ordersHidden: false });
    await untilFrench();
    await untilRows(orderList(el));
    expect(text($(el, '[part~="submit-button"]'))).to.equal('Soumettre la commande');
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('shows an order with its customer, items, details and payments in French; money as 1 234,56 $', async () => {
    const el = await withDraft(mock, fullDraft(mock.backend), { ordersHidden: false });
    await untilFrench();
    await el.updateComplete;
    await expectNoEnglish(el);
    expect(pageText(el)).to.match(/Total\d+,\d\d \$ US/);
    expect(el.locale).to.equal('fr-CA');
    expect(formatMoney({ amount: 123456, currency: 'CAD' }, el.locale)).to.equal('1\u00a0234,56\u00a0$');
    await expect(el).to.be.accessible();
  });

  it('reads the order back in French before submitting, then says it was submitted', async () => {
    const el = await withDraft(mock, fullDraft(mock.backend));
    await untilFrench();
    await openConfirmation(el);
    await waitUntil(() => readBack(el).some(([label]) => label === 'Devise'), 'no read-back in French', WAIT);
    expect(text($(el, '#confirm-title'))).to.equal('Soumettre cette commande?');
    expect(readBack(el).find(([label]) => label === 'Devise')?.[1]).to.match(
      /^Montants en dollars des États-Unis \(USD\)\.$/,
    );
    // Each item, then how it is fulfilled, after a no-break space and a colon ("1 × Canvas Tote Bag : Expédition directe").
    const items = $$(confirmDialog(el)!, 'li').filter((li) => li.textContent!.includes('×'));
    expect(items).to.not.be.empty;
    for (const item of items) expect(item.textContent).to.match(/×[^:]*\S\u00a0:\s/);
    const notes = ['Call on arrival', 'Enjoy the trails!', 'Happy birthday, Grace!'];
    await expectNoEnglish(el, notes);
    await expect(el).to.be.accessible();
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    await el.updateComplete;
    expect(text($(el, '[part~="success"]'))).to.match(/^Commande \S+ soumise/);
    await expectNoEnglish(el, notes);
    await expect(el).to.be.accessible();
  });

  it('names what blocks the submission in French (the model’s problems, by id)', async () => {
    const el = await withDraft(
      mock,
      buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: null }] }),
    );
    await untilFrench();
    await openConfirmation(el);
    await waitUntil(
      () => pageText(el).includes('Choisissez le mode d’exécution de cet article.'),
      `no problem: ${pageText(el)}`,
      WAIT,
    );
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('says in French that the sites could not be loaded', async () => {
    mock.scenario.failNext('listSites', 503, 10, { retryAfter: 0 });
    const el = await renderBuilder(mock.adapter);
    await untilFrench();
    await waitUntil(() => pageText(el).includes('Les sites n’ont pas pu être chargés.'), 'no error', {
      timeout: 10_000,
    });
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('lists the keyboard shortcuts in French', async () => {
    const el = await workspace(mock);
    await untilFrench();
    $<HTMLButtonElement>(el, '[part~="shortcuts-button"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="shortcuts-button"]'))).to.equal('Raccourcis clavier');
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });
});
