import { expect, waitUntil } from '@open-wc/testing';
import { buildDraft, CUSTOMERS } from '../support/fixtures.js';
import { formatMoney } from '../../src/model/money.js';
import { $, $$, getControl, setValue, text } from '../support/dom.js';
import { tab, workspace } from '../support/harness/offline-order-builder.js';
import { useMockBackend } from '../support/mock.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

describe('<offline-order-builder> Send payment link, in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();
  afterEach(() => sessionStorage.clear());

  it('offers the link, refuses an address, and says where the link went, in French', async () => {
    const el = await workspace(mock);
    await untilFrench();
    el.draft = buildDraft(mock.backend);
    // Priced: the summary shows the total as fr-CA writes it.
    const total = formatMoney(mock.backend.priceOrder('us', el.draft).total, 'fr-CA').replace(/\s+/g, ' ');
    await waitUntil(() => $$(el, '[part~="details-summary"] dd').some((dd) => text(dd) === total), 'not priced', WAIT);
    await waitUntil(() => tab(el, 'Paiements').getAttribute('aria-disabled') === 'false', 'no Payments tab', WAIT);
    tab(el, 'Paiements').click();
    const link = () => $<HTMLButtonElement>(el, '[part~="payment-link-button"]');
    await waitUntil(() => link(), 'no payment link button', WAIT);
    expect(text(link())).to.equal('Envoyer un lien de paiement');
    link()!.click();
    await waitUntil(() => $(el, '[part~="payment-link-form"]'), 'the form did not open', WAIT);
    await el.updateComplete;
    expect(text($(el, '[part~="payment-link-form"] legend'))).to.equal('Envoyer à');
    const field = getControl(el.shadowRoot!, 'Adresse courriel');
    setValue(field, 'ada@');
    $<HTMLButtonElement>(el, '[part~="payment-link-send-button"]')!.click();
    await waitUntil(() => $(el, '#payment-link-address-e'), 'the address was not refused', WAIT);
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();

    setValue(field, CUSTOMERS.ada.email);
    $<HTMLButtonElement>(el, '[part~="payment-link-send-button"]')!.click();
    await waitUntil(() => $(el, '[part~="payment-link-sent"]'), 'the link was not sent', WAIT);
    expect(text($(el, '[part~="payment-link-sent"]'))).to.equal(`Lien de paiement envoyé à ${CUSTOMERS.ada.email}.`);
    await expectNoEnglish(el, [CUSTOMERS.ada.email]);
  });
});
