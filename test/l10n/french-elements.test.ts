import { expect, waitUntil } from '@open-wc/testing';
import { buildDraft, CUSTOMERS, SITES } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';
import { $, getButton, text } from '../support/dom.js';
import { renderSearch, search, status } from '../support/harness/customer-search.js';
import { renderEditor, searchProducts } from '../support/harness/line-item-editor.js';
import { renderPanel, save } from '../support/harness/payment-panel.js';
import { openDetails } from '../support/harness/order-details-dialog.js';
import { renderList, untilRows } from '../support/harness/order-list.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

describe('the elements alone in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();

  describe('<customer-search>', () => {
    it('lists results, says when none match and when the search failed, in French', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      await untilFrench();
      await el.updateComplete;
      await expectNoEnglish(el);
      await search(el, 'Lovelace');
      await waitUntil(() => status(el) === '1 client trouvé.', `status: ${status(el)}`, WAIT);
      await expectNoEnglish(el);
      await expect(el).to.be.accessible();
      await search(el, 'zzzz');
      await waitUntil(() => status(el) === 'Aucun client trouvé.', `status: ${status(el)}`, WAIT);
      await expectNoEnglish(el);
      mock.scenario.failNext('searchCustomers', 503, 10, { retryAfter: 0 });
      await search(el, 'grace');
      await waitUntil(() => /a échoué/.test(text(el.shadowRoot as unknown as Element)), 'no error', WAIT);
      await expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('names a chosen customer’s missing details in French (the model’s problems)', async () => {
      const customer = { ...mock.backend.findCustomer(CUSTOMERS.ada.id)!, phones: {} };
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us, customer });
      await untilFrench();
      await el.updateComplete;
      expect(text($(el, '[part~="problems"]'))).to.equal(
        'Entrez au moins un numéro de téléphone : domicile, travail ou cellulaire.',
      );
      await expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });
  });

  it('<line-item-editor>: product search and the table in French', async () => {
    const draft = buildDraft(mock.backend);
    const el = await renderEditor(mock.adapter, { lines: draft.lines });
    await untilFrench();
    await el.updateComplete;
    await expectNoEnglish(el);
    await searchProducts(el, 'tote');
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('<payment-panel>: the form, its errors and the balance in French', async () => {
    const el = await renderPanel({ adapter: mock.adapter });
    await untilFrench();
    await el.updateComplete;
    await expectNoEnglish(el);
    getButton(el, 'Ajouter un paiement').click();
    await waitUntil(() => $(el, 'select[name="type"]'), 'the payment form did not show', WAIT);
    await el.updateComplete;
    await expectNoEnglish(el);
    await save(el);
    await el.updateComplete;
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('<payment-panel>: the amount the total filled in after a save found it empty, in French', async () => {
    const el = await renderPanel({ adapter: mock.adapter, totalStatus: 'pending' });
    await untilFrench();
    getButton(el, 'Ajouter un paiement').click();
    await waitUntil(() => $(el, 'select[name="type"]'), 'the payment form did not show', WAIT);
    await save(el);
    el.totalStatus = 'ready';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Rempli avec le solde dû : vérifiez-le et appuyez sur Enregistrer.');
    await expectNoEnglish(el);
  });

  it('<order-details-dialog>: every section and the totals in French', async () => {
    const el = await openDetails(mock.adapter, buildDraft(mock.backend), { lang: 'fr-CA' });
    await untilFrench();
    await waitUntil(() => /Sous-total/.test(el.shadowRoot!.textContent ?? ''), 'no totals', WAIT);
    // The tax's label is the backend's ("US tax 8.25%").
    await expectNoEnglish(el, ['US tax']);
    await expect(el).to.be.accessible();
  });

  it('<oo-order-list>: the orders in French', async () => {
    const el = await renderList(mock.adapter, SITES.us);
    await untilFrench();
    await untilRows(el);
    await el.updateComplete;
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });
});
