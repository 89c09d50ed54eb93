/**
 * "Add custom item" in French (fr-CA): the form, its errors, an amount typed the French way, and
 * the "Personnalisé" mark of the line; "Change site?" naming a custom line a change of currency removes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addLine } from '../../src/model/draft.js';
import { $, $$, button, errorOf, getControl, setValue, text } from '../support/dom.js';
import { buildDraft, SHIP } from '../support/fixtures.js';
import { renderEditor, tableRows } from '../support/harness/line-item-editor.js';
import { workspace } from '../support/harness/offline-order-builder.js';
import { useMockBackend } from '../support/mock.js';
import { until, WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

describe('"Add custom item" in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();

  it('asks, refuses and marks the custom line in French; reads "12,50" as $12.50', async () => {
    const el = await renderEditor(mock.adapter);
    await untilFrench();
    await el.updateComplete;
    button(el, 'Ajouter un article personnalisé')!.click();
    await el.updateComplete;
    const form = $<HTMLFormElement>(el, '[part~="custom-item-form"]')!;
    expect(getControl(form, 'Imposable').checked).to.equal(true);
    setValue(getControl(form, 'Quantité'), '0');
    button(form, 'Ajouter')!.click();
    await el.updateComplete;
    expect(errorOf(getControl(form, 'Nom'))).to.equal('Entrez le nom de l’article.');
    expect(errorOf(getControl(form, 'Prix unitaire'))).to.equal('Entrez un prix unitaire supérieur à zéro.');
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();

    setValue(getControl(form, 'Nom'), 'Gravure');
    setValue(getControl(form, 'Prix unitaire'), '12,50');
    setValue(getControl(form, 'Quantité'), '2');
    getControl(form, 'Imposable').checked = false;
    button(form, 'Ajouter')!.click();
    await until(() => el.lines.length === 1, 'the custom line was not added');
    expect(el.lines[0]).to.deep.include({ unitPrice: { amount: 1250, currency: 'USD' }, quantity: 2 });
    await el.updateComplete;
    expect(text(tableRows(el)[0]!.querySelector('[role="rowheader"]'))).to.equal('Gravure Personnalisé Non imposable');
    await expectNoEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('names in French the custom line that a change of site to another currency removes', async () => {
    const draft = addLine(buildDraft(mock.backend), {
      productId: '',
      productName: 'Gravure',
      code: '',
      quantity: 1,
      fulfillment: SHIP,
      unitPrice: { amount: 1000, currency: 'USD' },
      custom: { taxable: true },
    });
    const el = await workspace(mock);
    await untilFrench();
    el.draft = draft;
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#site-select')!;
    select.value = 'ca';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $<HTMLDialogElement>(el, '#site-dialog[open]'), 'no "Change site?"', WAIT);
    await el.updateComplete;
    expect($$(el, '#site-dialog li').map(text)).to.contain(
      'Articles personnalisés dont le prix est dans une autre devise, à ajouter de nouveau : Gravure',
    );
    await expectNoEnglish($(el, '#site-dialog')!);
    await expect(el).to.be.accessible();
  });
});
