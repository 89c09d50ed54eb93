/**
 * What the `<line-item-editor>` test files share (line-item-editor-*.test.ts): each suite's setup,
 * lines a host would set, recording line-items-change, and configuring the 9 Blue Trail Runner.
 * Driving the editor itself is test/support/harness/line-item-editor.ts.
 */
import { resetMouse } from '@web/test-runner-commands';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { LineItemsChangeEvent } from '../../../src/events/line-items-change.js';
import { addLine, createDraft } from '../../../src/model/draft.js';
import type { DraftLine } from '../../../src/model/types.js';
import { button, text } from '../../support/dom.js';
import { LOCATIONS, pickupAt, PRODUCTS, SHIP, SITES, VARIANTS } from '../../support/fixtures.js';
import { configure, pickProduct } from '../../support/harness/line-item-editor.js';
import { type MockHandle, useMockBackend } from '../../support/mock.js';
import { record, until } from '../../support/wait.js';

/** Each file's setup: the mock backend, and the mouse put back after every test (some hover). */
export function useEditorSuite(): MockHandle {
  const mock = useMockBackend();

  afterEach(() => resetMouse());

  return mock;
}

/** Lines as a host would set them: a tote shipped and a 9 Blue shoe picked up downtown. */
export function someLines(): DraftLine[] {
  let d = createDraft({ site: SITES.us });
  d = addLine(d, {
    id: 'tote',
    productId: PRODUCTS.canvasTote.id,
    productName: PRODUCTS.canvasTote.name,
    code: PRODUCTS.canvasTote.code,
    quantity: 2,
    fulfillment: SHIP,
    unitPrice: { amount: PRODUCTS.canvasTote.usd, currency: 'USD' },
  });
  d = addLine(d, {
    id: 'shoe',
    productId: PRODUCTS.trailRunner.id,
    variantId: VARIANTS.trailRunner9Blue.id,
    productName: PRODUCTS.trailRunner.name,
    code: VARIANTS.trailRunner9Blue.code,
    options: [
      { name: 'Size', value: '9' },
      { name: 'Color', value: 'Blue' },
    ],
    fulfillment: pickupAt(LOCATIONS.downtown),
    unitPrice: { amount: PRODUCTS.trailRunner.usd, currency: 'USD' },
  });
  return d.lines;
}

/** Records the line-items-change events an element fires from now on. */
export function recordChanges(el: LineItemEditor): LineItemsChangeEvent[] {
  return record<LineItemsChangeEvent>(el, 'line-items-change');
}

/** Picks the 9 Blue Trail Runner and saves the configuration. */
export async function configureNineBlue(el: LineItemEditor): Promise<void> {
  await pickProduct(el, PRODUCTS.trailRunner.name);
  const dialog = await configure(el, VARIANTS.trailRunner9Blue.options);
  await until(() => text(dialog).includes('In stock'), 'the variant did not resolve');
  button(dialog, 'Save')!.click();
  await el.updateComplete;
}
