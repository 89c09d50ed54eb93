/** This file registers only the builder's define module (see lazy-on-demand.test.ts). */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import { renderBuilder } from '../../support/harness/builder-fixture.js';
import { useMockBackend } from '../../support/mock.js';

describe('<offline-order-builder> prefetching', () => {
  const mock = useMockBackend();

  after(() => sessionStorage.clear());

  it('loads the dialog and the payment panel when the browser is idle after the new order shows', async () => {
    const el = await renderBuilder(mock.adapter, { siteId: 'us' });
    await waitUntil(
      () => customElements.get('order-details-dialog') && customElements.get('payment-panel'),
      'the dialog and the panel were not prefetched',
      { timeout: 5000 },
    );
    expect(el.shadowRoot!.querySelector('order-details-dialog')).not.to.equal(null);
  });
});
