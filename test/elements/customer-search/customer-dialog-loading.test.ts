import { expect, waitUntil } from '@open-wc/testing';
import { SITES } from '../../support/fixtures.js';
import { $$, focused, focusName, getButton } from '../../support/dom.js';
import { field, renderSearch, untilDialog } from '../../support/harness/customer-search.js';
import { withoutIdleTime } from '../../support/idle.js';
import { WAIT } from '../../support/wait.js';
import { useDialogsSuite } from './customer-dialog-support.js';

describe('<customer-search> dialogs', function () {
  const mock = useDialogsSuite(this);

  describe('loading on demand', () => {
    withoutIdleTime();

    it('opens "Create Customer" on the first press, with focus on First name and its styles', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      expect(el['dialogs']).to.equal(undefined);
      expect($$(el, 'dialog')).to.have.length(0);
      getButton(el.shadowRoot!, 'Create New Customer').click();
      const dialog = await untilDialog(el, 'Create Customer');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(focused(field(dialog, 'First name')), focusName()).to.equal(true);
      // The shared dialog frame and the dialogs' own rules came with them.
      expect(getComputedStyle(dialog).display).to.equal('grid');
      expect(getComputedStyle(dialog.querySelector('form')!).display).to.equal('grid');
      await expect(el).to.be.accessible();
    });

    it('loads the dialogs when the pointer or focus reaches a button that opens one', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      getButton(el.shadowRoot!, 'Create New Customer').dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => $$(el, 'dialog').length === 2, 'the dialogs did not load on pointerenter', WAIT);
      expect($$<HTMLDialogElement>(el, 'dialog').some((d) => d.open)).to.equal(false);

      const other = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      getButton(other.shadowRoot!, 'Create New Customer').focus();
      await waitUntil(() => $$(other, 'dialog').length === 2, 'the dialogs did not load on focus', WAIT);
    });
  });
});
