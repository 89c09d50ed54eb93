/** This file registers only the builder's define module (see lazy-on-demand.test.ts). */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { renderBuilder } from '../../support/harness/builder-fixture.js';
import { withoutIdleTime } from '../../support/idle.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';
import { $ } from '../../support/dom.js';

describe('<offline-order-builder> loading the Order Details dialog ahead of the press', () => {
  const mock = useMockBackend();
  withoutIdleTime();

  after(() => sessionStorage.clear());

  it('loads the dialog when the pointer reaches "Edit Details", without opening it', async () => {
    const el = await renderBuilder(mock.adapter, { siteId: 'us' });
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
