import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, button, text } from '../support/dom.js';
import { buildDraft } from '../support/fixtures.js';
import { confirm, fullDraft, openConfirmation, workspace } from '../support/harness/offline-order-builder.js';
import { useMockBackend } from '../support/mock.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, pageInFrench, untilFrench } from './french.js';

describe('park and resume in French (fr-CA)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  pageInFrench();
  afterEach(() => sessionStorage.clear());

  // The backend's label of a saved draft is its data, in its own words.
  const LABELS = ['Ada Lovelace, 2 items'];

  it('"Enregistrer le brouillon", "Brouillon enregistré.", "Brouillons" with its list and "Supprimer ce brouillon?"', async () => {
    mock.backend.saveDraft('us', fullDraft(mock.backend));
    const el = await workspace(mock);
    await untilFrench();
    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    button(el, 'Enregistrer le brouillon')!.click();
    await waitUntil(() => text($(el, '[part~="draft-status"]')) === 'Brouillon enregistré.', 'not saved', WAIT);
    await expectNoEnglish(el);
    button(el, 'Brouillons')!.click();
    await waitUntil(() => $$(el, '[part~="draft"]').length === 2, 'Drafts did not list both', WAIT);
    expect($$(el, '#drafts-dialog thead th').map(text)).to.deep.equal(['Client', 'Articles', 'Total', 'Enregistré']);
    await expectNoEnglish(el, LABELS);
    const row = $$(el, '[part~="draft"]').find((r) => text(r).includes('2 articles'))!;
    button(row, 'Supprimer')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, '[part~="discard-dialog"]')?.open, 'nothing was asked', WAIT);
    expect(text($(el, '[part~="discard-dialog"] h2'))).to.equal('Supprimer ce brouillon?');
    await expectNoEnglish(el, LABELS);
    await expect(el).to.be.accessible();
  });

  it('says in French that the submitted order’s saved draft could not be deleted', async () => {
    mock.backend.saveDraft('us', fullDraft(mock.backend));
    mock.scenario.failNext('deleteDraft', 422);
    const el = await workspace(mock);
    await untilFrench();
    button(el, 'Brouillons')!.click();
    await waitUntil(() => $$(el, '[part~="draft"]').length === 1, 'Drafts did not list the draft', WAIT);
    button($$(el, '[part~="draft"]')[0]!, 'Reprendre')!.click();
    await waitUntil(() => el.draft.lines.length === 2, 'the draft was not resumed', WAIT);
    await openConfirmation(el);
    await confirm(el);
    const notice = () => text($(el, '[part~="saved-draft-notice"]'));
    await waitUntil(() => notice() !== '', 'nothing was said', WAIT);
    expect(notice()).to.equal(
      'La commande a été soumise, mais son brouillon enregistré n’a pas pu être supprimé : supprimez-le dans Brouillons.',
    );
    // The order's own notes are its data, in the shopper's words.
    await expectNoEnglish(el, [...LABELS, 'Call on arrival', 'Enjoy the trails!']);
    await expect(el).to.be.accessible();
  });
});
