/** This file registers only the builder's define module (see lazy-on-demand.test.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';

describe('<offline-order-builder> prefetching', () => {
  const mock = useMockBackend();

  after(() => sessionStorage.clear());

  it('loads the dialog and the payment panel when the browser is idle after the new order shows', async () => {
    const el = await fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="block-size: 640px; inline-size: 1100px"
        .adapter=${mock.adapter}
        site-id="us"
      ></offline-order-builder>`,
    );
    await waitUntil(
      () => customElements.get('order-details-dialog') && customElements.get('payment-panel'),
      'the dialog and the panel were not prefetched',
      { timeout: 5000 },
    );
    expect(el.shadowRoot!.querySelector('order-details-dialog')).not.to.equal(null);
  });
});
