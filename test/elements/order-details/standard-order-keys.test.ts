/**
 * The standard order's Order Details by keyboard alone (issue 15): from Enter on "Edit Details" to
 * the dialog saved, a Trail Runner Shoe size 10, Black, Direct Ship, quantity 1, Ground; every
 * navigation or command key counted apart from the characters typed, and focus never on the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { $, button, deepActiveElement, describeElement, focusName } from '../../support/dom.js';
import { workspace } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

/** Inside Order Details, for the standard order: what the measure found after this change. */
const MOST_KEYS = 10;

describe('<offline-order-builder> the standard order in Order Details, by keyboard', () => {
  const mock = useMockBackend();

  beforeEach(() => sessionStorage.clear());

  it(`takes at most ${MOST_KEYS} navigation and command keys, focus never on the page`, async () => {
    const el = await workspace(mock);
    el.draft = buildDraft(mock.backend, { lines: [] });
    await el.updateComplete;
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    const keys: string[] = [];
    let typed = 0;
    const press = async (key: string) => {
      keys.push(key);
      await sendKeys({ press: key });
      expect(deepActiveElement(), `focus on the page after ${key}`).to.not.equal(document.body);
    };
    const type = async (text: string) => {
      typed += text.length;
      await sendKeys({ type: text });
    };
    const focusOn = (what: RegExp) =>
      waitUntil(() => what.test(focusName()), `focus is not on ${what} but on ${focusName()}`, WAIT);

    button(el, 'Edit Details')!.focus();
    await press('Enter');
    await focusOn(/"Name"$/);
    await type('Trail Runner');
    const editor = $(dialog, 'line-item-editor')!;
    await waitUntil(() => $(editor, '[role="option"]'), 'no products', WAIT);
    do await press('ArrowDown');
    while (!/Trail Runner Shoe/.test($(editor, '[role="option"][aria-selected="true"]')?.textContent ?? ''));
    await press('Enter');
    // Configure Product: Size, Color, then Ctrl+Enter.
    await focusOn(/^select#option-0/);
    await type('10');
    await press('Tab');
    await type('Bla');
    await press('Control+Enter');
    // Two options can take the shoe: focus on the first, Direct Ship, to choose it.
    await focusOn(/"Direct Ship"$/);
    await press('Space');
    await press('Tab');
    await focusOn(/"Quantity"$/);
    await press('Tab');
    await focusOn(/"Add"$/);
    await press('Enter');
    await focusOn(/"Name"$/);
    // Ground, the site's default, is already chosen and priced: Ctrl+Enter saves.
    await waitUntil(() => dialog.draft.shippingMethodId === 'ground', 'Ground was not preselected', WAIT);
    await press('Control+Enter');
    await waitUntil(() => !dialog.open, 'the details were not saved', WAIT);
    await focusOn(/^button#tab-payments/);

    const [line] = el.draft.lines;
    expect(el.draft.lines).to.have.length(1);
    expect(line).to.deep.include({ productName: 'Trail Runner Shoe', quantity: 1, fulfillment: SHIP });
    expect(line!.options).to.deep.equal([
      { name: 'Size', value: '10' },
      { name: 'Color', value: 'Black' },
    ]);
    expect(el.draft.shippingMethodId).to.equal('ground');
    // Measured: Enter, ArrowDown, Enter, Tab, Control+Enter, Space, Tab, Tab, Enter, Control+Enter; 17 typed.
    expect(keys.length, `${keys.join(', ')}; ${typed} characters typed`).to.be.at.most(MOST_KEYS);
    expect(focusName()).to.equal(describeElement($(el, '#tab-payments')));
  });
});
