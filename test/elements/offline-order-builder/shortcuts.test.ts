import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { buildDraft } from '../../support/fixtures.js';
import { expectSaidOnce } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, deepActiveElement, liveRegion, text } from '../../support/dom.js';
import { confirmDialog, tab, withDraft, workspace } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> keyboard shortcuts', function () {
  // Whole flows with axe checks: generous for a busy CI machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const help = (el: HTMLElement) => $(el, '#shortcuts')!;
  const helpButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part~="shortcuts-button"]')!;
  const searchInput = () => deepActiveElement()?.getAttribute('part') === 'search-input';

  it('Alt+Shift+C goes to Customer Search', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend, { customerId: null }));
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyC' });
    await waitUntil(searchInput, 'focus is not in Customer Search', WAIT);
  });

  it('Alt+Shift+D opens Edit Details, even from a text field', async () => {
    const el = await workspace(mock);
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyC' });
    await waitUntil(searchInput, 'focus is not in Customer Search', WAIT);
    await sendKeys({ press: 'Alt+Shift+KeyD' });
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => dialog.open, 'Order Details did not open', WAIT);
  });

  it('Alt+Shift+P switches to Payments with the payment form open, once the details are saved', async () => {
    const el = await workspace(mock);
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyP' });
    await el.updateComplete;
    expect(text(liveRegion(el))).to.equal('Save the order details first: payments open after that.');
    expect(tab(el, 'Payments').getAttribute('aria-selected')).to.equal('false');

    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyP' });
    // Ada's card: the name on card is hers already, so the form opens on "Card number".
    await waitUntil(() => deepActiveElement()?.id === 'f-number', 'the payment form did not open', WAIT);
    expect(tab(el, 'Payments').getAttribute('aria-selected')).to.equal('true');
  });

  it('Alt+Shift+S opens the confirmation when the order may be submitted, else says why', async () => {
    const el = await workspace(mock);
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyS' });
    await el.updateComplete;
    // Why not: the hint beside "Submit Order", read out with focus; in the page once, in a live region.
    const hint = $(el, '#submit-hint')!;
    expect(deepActiveElement()).to.equal(hint);
    expect(text(hint)).to.equal('Choose the customer to submit the order.');
    expect(expectSaidOnce('Choose the customer to submit the order.')).to.equal(hint);
    expect(text(liveRegion(el))).to.equal('');
    expect(confirmDialog(el)).to.equal(null);

    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyS' });
    await waitUntil(() => confirmDialog(el)?.open, 'the confirmation did not open', WAIT);
  });

  it('"?" opens the list of shortcuts outside text fields; Escape closes it', async () => {
    const el = await workspace(mock);
    const button = helpButton(el);
    expect(text(button)).to.equal('Keyboard shortcuts');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(help(el).matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // What it lists loads on demand (preloaded once the workspace shows): there once loaded.
    await waitUntil(() => $$(el, '#shortcuts dt').length, 'the list of shortcuts did not fill', WAIT);
    expect($$(el, '#shortcuts dt').map(text)).to.deep.equal([
      'Alt+Shift+C',
      'Alt+Shift+D',
      'Alt+Shift+P',
      'Alt+Shift+S',
      'Ctrl+Enter',
      'Alt+Shift+M',
      'Alt+Shift+O',
      '?',
    ]);
    expect($$(el, '#shortcuts dd').map(text)).to.deep.equal([
      'Go to Customer Search',
      'Edit Details',
      'Add Payment',
      'Submit Order',
      'In Order Details and Configure Product: Save',
      'In Order Details: go to Shipping Method',
      'In Order Details: go to Coupon code',
      'Show these shortcuts (outside text fields)',
    ]);
    await expect(el).to.be.accessible();
    // Again while it is open: it stays open.
    await sendKeys({ press: '?' });
    await el.updateComplete;
    expect(help(el).matches(':popover-open')).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(help(el).matches(':popover-open')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('"Keyboard shortcuts" opens and closes the list', async () => {
    const el = await workspace(mock);
    helpButton(el).click();
    await el.updateComplete;
    expect(help(el).matches(':popover-open')).to.equal(true);
    helpButton(el).click();
    await el.updateComplete;
    expect(help(el).matches(':popover-open')).to.equal(false);
  });

  it('leaves "?" to a text field', async () => {
    const el = await workspace(mock);
    helpButton(el).focus();
    await sendKeys({ press: 'Alt+Shift+KeyC' });
    await waitUntil(searchInput, 'focus is not in Customer Search', WAIT);
    await sendKeys({ type: '?' });
    await el.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('?');
    expect(help(el).matches(':popover-open')).to.equal(false);
  });
});
