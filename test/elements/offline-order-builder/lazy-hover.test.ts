/** This file registers only the builder's define module (see lazy-on-demand.test.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';
import { $ } from '../../support/dom.js';

describe('<offline-order-builder> loading the Order Details dialog ahead of the press', () => {
  const mock = useMockBackend();
  let original: typeof window.requestIdleCallback;

  before(() => {
    original = window.requestIdleCallback;
    // Idle time never comes here: only the agent's gestures load anything.
    window.requestIdleCallback = () => 0;
  });

  after(() => {
    window.requestIdleCallback = original;
    sessionStorage.clear();
  });

  it('loads the dialog when the pointer reaches "Edit Details", without opening it', async () => {
    const el = await fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${mock.adapter}
        site-id="us"
      ></offline-order-builder>`,
    );
    await waitUntil(() => $(el, '[part~="edit-details-button"]'), 'no Edit Details', WAIT);
    const edit = $<HTMLButtonElement>(el, '[part~="edit-details-button"]')!;
    expect(customElements.get('order-details-dialog')).to.equal(undefined);
    edit.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => customElements.get('order-details-dialog'), 'the dialog did not load', WAIT);
    expect($<OrderDetailsDialog>(el, 'order-details-dialog')!.open).to.equal(false);
    // The press then opens it at once, with what it had before.
    edit.click();
    await waitUntil(() => $<OrderDetailsDialog>(el, 'order-details-dialog')!.open, 'Order Details did not open', WAIT);
  });
});
