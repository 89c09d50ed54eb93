/**
 * This file registers only the builder's define module (not src/define.js), so that the page
 * starts without the Order Details dialog and the payment panel, as a host's page does.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';

const WAIT = { timeout: 5000 };
const $ = <E extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);

describe('<offline-order-builder> loading on demand', () => {
  const mock = useMockBackend();
  const idle: (() => void)[] = [];
  let original: typeof window.requestIdleCallback;

  before(() => {
    original = window.requestIdleCallback;
    // Idle time never comes in this test: only the agent's actions load anything.
    window.requestIdleCallback = (callback: IdleRequestCallback) => idle.push(() => callback({} as IdleDeadline)) as number;
  });

  after(() => {
    window.requestIdleCallback = original;
    sessionStorage.clear();
  });

  it('loads the Order Details dialog when "Edit Details" is pressed, and the payment panel with the Payments tab', async () => {
    const el = await fixture<OfflineOrderBuilder>(html`<offline-order-builder
      style="block-size: 640px; inline-size: 1100px"
      .adapter=${mock.adapter}
      site-id="us"
    ></offline-order-builder>`);
    await waitUntil(() => $(el, '[part~="edit-details-button"]'), 'no Edit Details', WAIT);
    expect(customElements.get('customer-search')).not.to.equal(undefined);
    expect(customElements.get('oo-order-list')).not.to.equal(undefined);
    expect(customElements.get('order-details-dialog')).to.equal(undefined);
    expect(customElements.get('line-item-editor')).to.equal(undefined);
    expect(customElements.get('payment-panel')).to.equal(undefined);
    // Prefetching waits for idle time.
    expect(idle).to.have.length(1);

    $<HTMLButtonElement>(el, '[part~="edit-details-button"]')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => customElements.get('order-details-dialog') && dialog.open, 'Order Details did not open', WAIT);
    // Upgraded after the builder rendered it, the dialog still gets the adapter and the site.
    expect(dialog.adapter).to.equal(mock.adapter);
    expect(dialog.site?.id).to.equal('us');
    expect(customElements.get('line-item-editor')).not.to.equal(undefined);
    dialog.close();
    expect(customElements.get('payment-panel')).to.equal(undefined);

    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#tab-payments')!.click();
    await waitUntil(() => customElements.get('payment-panel'), 'the payment panel did not load', WAIT);
    const panel = $(el, 'payment-panel') as HTMLElement & { updateComplete: Promise<boolean>; customer: unknown };
    await panel.updateComplete;
    // What the builder set before the panel was defined is there after the upgrade.
    expect((panel.customer as { id: string } | null)?.id).to.equal('ada');
    await waitUntil(() => panel.shadowRoot?.querySelector('[part~="add-button"]'), 'no Add Payment', WAIT);
  });
});
