import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CustomerSearch } from '../../src/elements/customer-search/customer-search.js';
import { addCoupon, setTaxExemption } from '../../src/model/draft-edits.js';
import { buildDraft, PRODUCTS, SITES } from '../support/fixtures.js';
import { useMockBackend } from '../support/mock.js';
import { $, $$, fill as fillField, getButton, getControl, press, text } from '../support/dom.js';
import { renderSearch, untilDialog } from '../support/harness/customer-search.js';
import {
  configureDialog,
  fulfillment,
  fulfillmentNote,
  pickProduct,
  renderEditor,
} from '../support/harness/line-item-editor.js';
import { fill, renderPanel, save } from '../support/harness/payment-panel.js';
import { openDetails } from '../support/harness/order-details-dialog.js';
import { fullDraft, workspace } from '../support/harness/offline-order-builder.js';
import { storedDraft } from '../support/stored-draft.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

/** Presses "Enregistrer" in `dialog` and lets the element render what followed. */
async function saveDialog(dialog: HTMLDialogElement, el: CustomerSearch): Promise<void> {
  press(getButton(dialog, 'Enregistrer'));
  await el.updateComplete;
  await el.updateComplete;
}

describe('the states not covered elsewhere, in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();
  afterEach(() => sessionStorage.clear());

  it('<customer-search>: a chosen customer’s phones read "Domicile : (512) 555-0100" (no-break space before the colon)', async () => {
    const el = await renderSearch({
      adapter: mock.adapter,
      site: SITES.us,
      customer: mock.backend.findCustomer('ada')!,
    });
    await untilFrench();
    await el.updateComplete;
    expect($(el, '[part~="customer-details"]')!.textContent).to.include('Domicile\u00a0: (512) 555-0100');
    await expectNoEnglish(el);
  });

  it('<customer-search>: the Create Customer dialog and its validation problems in French', async () => {
    const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
    await untilFrench();
    press(getButton(el.shadowRoot!, 'Créer un nouveau client'));
    const dialog = await untilDialog(el, 'Créer le client');
    await expectNoEnglish(el);
    await saveDialog(dialog, el);
    await waitUntil(() => $$(dialog, '[aria-invalid="true"]').length > 0, 'no problem shown', WAIT);
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
    expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
  });

  it('<customer-search>: the Edit Customer dialog of a customer missing details, in French', async () => {
    const [alan] = await mock.adapter.searchCustomers({ siteId: 'us', query: 'alan turing' });
    const el = await renderSearch({ adapter: mock.adapter, site: SITES.us, customer: alan! });
    await untilFrench();
    press(getButton(el.shadowRoot!, 'Modifier le client'));
    const dialog = await untilDialog(el, 'Modifier le client');
    await saveDialog(dialog, el);
    await waitUntil(() => /téléphone/.test(text(dialog)), `no phone problem: ${text(dialog)}`, WAIT);
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('<order-details-dialog>: "Livrer à", another address and its problems, "Enregistrer dans le dossier du client"', async () => {
    const el = await openDetails(mock.adapter, buildDraft(mock.backend), { lang: 'fr-CA' });
    await untilFrench();
    const radios = () => $$<HTMLInputElement>(el, '[part~="ship-to"] input[type="radio"]');
    await waitUntil(() => radios().length, 'no Ship to', WAIT);
    const other = radios().at(-1)!;
    other.click();
    await el.updateComplete;
    expect(text($(el, '[part~="ship-to"] legend'))).to.equal('Livrer à');
    expect(text(other.closest('label'))).to.equal('Une autre adresse');
    press(getButton(el.shadowRoot!, 'Enregistrer'));
    await waitUntil(() => $$(el, '[part~="ship-to-form"] [aria-invalid="true"]').length > 0, 'no problem shown', WAIT);
    expect(text($(el, '[part~="ship-to-form"]'))).to.include('Enregistrer dans le dossier du client');
    // The tax's label is the backend's ("US tax 8.25%").
    await expectNoEnglish(el, ['US tax']);
    await expect(el).to.be.accessible();
  });

  it('<line-item-editor>: the Configure Product dialog in French', async () => {
    const el = await renderEditor(mock.adapter);
    await untilFrench();
    await pickProduct(el, PRODUCTS.trailRunner.name);
    const dialog = await configureDialog(el);
    await waitUntil(() => /Configurer le produit/.test(text(dialog)), 'no French dialog', WAIT);
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('<line-item-editor>: the lines’ table fits its French labels where the English fits (no sideways scroll at 1100 px)', async () => {
    const draft = buildDraft(mock.backend, { lines: [{ productId: 'trail-runner' }, { productId: 'canvas-tote' }] });
    const el = await renderEditor(mock.adapter, { lines: draft.lines });
    el.style.display = 'block';
    el.style.inlineSize = '1100px';
    await untilFrench();
    await el.updateComplete;
    await waitUntil(
      () => /Inclure un message-cadeau/.test(text(el.shadowRoot as unknown as Element)),
      'not French',
      WAIT,
    );
    const scroll = $(el, '.scroll')!;
    expect($(el, 'table')!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(scroll.scrollWidth, 'the table is wider than its box').to.be.at.most(scroll.clientWidth);
  });

  it('<line-item-editor>: why an option cannot take the item, in French (not the backend’s English)', async () => {
    const el = await renderEditor(mock.adapter);
    await untilFrench();
    await pickProduct(el, PRODUCTS.waterBottle.name);
    const ship = await fulfillment(el, 'Expédition directe');
    expect(ship.disabled).to.equal(true);
    expect(fulfillmentNote(ship)).to.equal('En rupture de stock.');
    await expectNoEnglish(el);
  });

  it('<line-item-editor>: the Gift Card’s email delivery, its refused recipient and its line, in French', async () => {
    const el = await renderEditor(mock.adapter);
    await untilFrench();
    await pickProduct(el, PRODUCTS.giftCard.name);
    const option = await fulfillment(el, 'Livraison par courriel');
    expect(fulfillmentNote(option)).to.equal('Envoyé par courriel au destinataire');
    press(getButton(el.shadowRoot!, 'Ajouter'));
    await el.updateComplete;
    expect(text($(el, '#add-recipient-name-e'))).to.equal('Entrez le nom du destinataire.');
    await expectNoEnglish(el);
    await fillField(getControl(el, 'Courriel du destinataire'), 'ada@example.com');
    await fillField(getControl(el, 'Nom du destinataire'), 'Ada Lovelace');
    press(getButton(el.shadowRoot!, 'Ajouter'));
    await el.updateComplete;
    expect(text($(el, 'tbody'))).to.include('Par courriel à Ada Lovelace (ada@example.com)');
    await expectNoEnglish(el);
  });

  it('<order-details-dialog>: rejected coupons say why in French (not the backend’s English)', async () => {
    const draft = ['EXPIRED', 'NOPE'].reduce((d, code) => addCoupon(d, code), buildDraft(mock.backend));
    const el = await openDetails(mock.adapter, draft, { lang: 'fr-CA' });
    await untilFrench();
    await waitUntil(() => /est expiré/.test(text(el.shadowRoot as unknown as Element)), 'no rejection', WAIT);
    const page = text(el.shadowRoot as unknown as Element);
    expect(page).to.include('Le coupon EXPIRED est expiré.');
    expect(page).to.include('NOPE n’est pas un code de coupon valide.');
    await expectNoEnglish(el, ['US tax']);
    await expect(el).to.be.accessible();
  });

  it('<order-details-dialog>: Tax exempt, its certificate number and an order adjustment waiting for its approver, in French', async () => {
    const draft = setTaxExemption(buildDraft(mock.backend), { certificateNumber: 'EX-4471' });
    const el = await openDetails(mock.adapter, draft, { lang: 'fr-CA' });
    el.maxAdjustmentPercent = 10;
    await untilFrench();
    await waitUntil(() => /Certificat EX-4471/.test(text(el.shadowRoot as unknown as Element)), 'no exemption', WAIT);
    const amount = $<HTMLInputElement>(el, '#order-amount')!;
    amount.value = '5,00';
    amount.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const page = text(el.shadowRoot as unknown as Element);
    expect(page).to.include('Exonéré de taxes');
    expect(page).to.include('Numéro du certificat d’exemption');
    expect(page).to.include('Code d’approbation');
    await expectNoEnglish(el, ['US tax']);
    await expect(el).to.be.accessible();
  });

  it('<payment-panel>: a declined card and an unreachable tokenizer, in French', async () => {
    const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
    await untilFrench();
    getButton(el, 'Ajouter un paiement').click();
    await waitUntil(() => $(el, 'select[name="type"]'), 'the payment form did not show', WAIT);
    fill(el, 'Nom sur la carte', 'Ada Lovelace');
    fill(el, 'Numéro de carte', '4000 0000 0000 0002');
    fill(el, 'Expiration (MM/AA)', '12/30');
    fill(el, 'Code de sécurité', '123');
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no decline shown', { timeout: 5000 });
    expect(text($(el, '[part="form-error"]'))).to.match(/refusé/);
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();

    mock.scenario.failNext('tokenizeCard', 503);
    fill(el, 'Numéro de carte', '4111 1111 1111 1111');
    await save(el);
    const unreachable =
      'La carte n’a pas été ajoutée. Le service des commandes n’est pas disponible. Réessayez dans un moment.';
    await waitUntil(() => text($(el, '[part="form-error"]')) === unreachable, 'no tokenizer error', { timeout: 5000 });
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('<offline-order-builder>: the restored-draft notice in French', async () => {
    const first = await workspace(mock);
    first.draft = fullDraft(mock.backend);
    await waitUntil(() => storedDraft() !== null, 'the draft was not stored', WAIT);
    first.remove();
    const el = await workspace(mock);
    await untilFrench();
    await waitUntil(() => $(el, '[part~="restored-notice"]'), 'no restored notice', WAIT);
    await el.updateComplete;
    expect(text($(el, '[part~="restored-notice"] p'))).to.match(/^Commande non enregistrée de .+ restaurée$/);
    await expectNoEnglish(el, ['Call on arrival', 'Enjoy the trails!', 'Happy birthday, Grace!']);
    await expect(el).to.be.accessible();
  });

  it('<offline-order-builder>: the duplicate-order warning in French', async () => {
    const el = await workspace(mock);
    el.draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote' }] });
    await untilFrench();
    await waitUntil(() => $(el, '[part~="duplicate-warning"]'), 'no duplicate warning', WAIT);
    await el.updateComplete;
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });
});

describe('French from an element’s `locale` (no `lang` around it)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  it('marks the rendered content with lang="fr-CA" for assistive technology, and unmarks it when `locale` goes', async () => {
    const el = await fixture<CustomerSearch>(
      html`<customer-search locale="fr-CA" .adapter=${mock.adapter} .site=${SITES.us}></customer-search>`,
    );
    await waitUntil(() => /client/i.test(text(el.shadowRoot as unknown as Element)), 'not in French', WAIT);
    await el.updateComplete;
    expect(document.documentElement.lang).to.equal('');
    expect(el.hasAttribute('lang')).to.equal(false);
    const tops = [...el.shadowRoot!.children].filter((child) => child.tagName !== 'STYLE');
    expect(tops.length).to.be.greaterThan(0);
    for (const top of tops) expect(top.getAttribute('lang'), top.tagName).to.equal('fr-CA');
    // Every text the agent reads is inside a marked element.
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim()) expect(node.parentElement?.closest('[lang]')?.getAttribute('lang')).to.equal('fr-CA');
    }
    await expect(el).to.be.accessible();

    el.locale = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[lang]')).to.equal(null);
  });

  it('a `locale` in English marks the content "en" (inside a French page too)', async () => {
    const el = await fixture<CustomerSearch>(
      html`<div lang="fr-CA"
        ><customer-search locale="en-US" .adapter=${mock.adapter} .site=${SITES.us}></customer-search
      ></div>`,
    ).then((div) => div.querySelector('customer-search')!);
    await el.updateComplete;
    for (const top of el.shadowRoot!.children) expect(top.getAttribute('lang'), top.tagName).to.equal('en');
  });

  it('the builder with `locale` marks its content, and the elements inside it inherit the mark', async () => {
    const el = await fixture<HTMLElement>(
      html`<offline-order-builder
        locale="fr-CA"
        site-id="us"
        .adapter=${mock.adapter}
        orders-hidden
      ></offline-order-builder>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="submit-button"]'), 'no workspace', WAIT);
    await waitUntil(
      () => text(el.shadowRoot!.querySelector('[part~="submit-button"]')) === 'Soumettre la commande',
      'not French',
      WAIT,
    );
    const search = el.shadowRoot!.querySelector('customer-search')!;
    expect(search.closest('[lang]')?.getAttribute('lang')).to.equal('fr-CA');
    el.remove();
  });
});
