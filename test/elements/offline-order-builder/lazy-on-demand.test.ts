/**
 * This file registers only the builder's define module (not src/define.js), so that the page
 * starts without the Order Details dialog and the payment panel, as a host's page does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/offline-order-builder.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { defaultDraftKey, saveDraft } from '../../../src/elements/offline-order-builder/draft-store.js';
import { buildDraft } from '../../support/fixtures.js';
import { renderBuilder } from '../../support/harness/builder-fixture.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';
import { $, button, deepActiveElement, text } from '../../support/dom.js';

/** A builder on `siteId` with nothing loaded on demand yet (idle time never comes here). */
async function builder(adapter: OrderAdapter, siteId = 'us'): Promise<OfflineOrderBuilder> {
  const el = await renderBuilder(adapter, { siteId, ordersHidden: true });
  await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
  return el;
}

describe('<offline-order-builder> loading on demand', () => {
  const mock = useMockBackend();
  const idle: (() => void)[] = [];
  let original: typeof window.requestIdleCallback;

  before(() => {
    original = window.requestIdleCallback;
    // Idle time never comes in this test: only the agent's actions load anything.
    window.requestIdleCallback = (callback: IdleRequestCallback) =>
      idle.push(() => callback({} as IdleDeadline)) as number;
  });

  // No draft of another test is offered back.
  beforeEach(() => sessionStorage.clear());

  after(() => {
    window.requestIdleCallback = original;
    sessionStorage.clear();
  });

  it('loads the Order Details dialog when "Edit Details" is pressed, and the payment panel with the Payments tab', async () => {
    const el = await renderBuilder(mock.adapter, { siteId: 'us' });
    await waitUntil(() => $(el, '[part~="edit-details-button"]'), 'no Edit Details', WAIT);
    expect(customElements.get('customer-search')).not.to.equal(undefined);
    expect(customElements.get('oo-order-list')).not.to.equal(undefined);
    expect(customElements.get('order-details-dialog')).to.equal(undefined);
    expect(customElements.get('line-item-editor')).to.equal(undefined);
    expect(customElements.get('payment-panel')).to.equal(undefined);
    // Prefetching waits for the paint, then for idle time: the builder's, and <customer-search>'s for its dialogs.
    await waitUntil(() => idle.length === 2, 'the builder and the search did not ask for idle time', WAIT);
    expect(customElements.get('order-details-dialog')).to.equal(undefined);

    $<HTMLButtonElement>(el, '[part~="edit-details-button"]')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(
      () => customElements.get('order-details-dialog') && dialog.open,
      'Order Details did not open',
      WAIT,
    );
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
    const panel = $(el, 'payment-panel') as HTMLElement & {
      updateComplete: Promise<boolean>;
      customer: unknown;
      total: unknown;
    };
    await panel.updateComplete;
    // What the builder set before the panel was defined is there after the upgrade.
    expect((panel.customer as { id: string } | null)?.id).to.equal('ada');
    // The total the payments are taken against (the model's preview loads with the panel).
    await waitUntil(() => (panel.total as { amount: number } | null)?.amount, 'the panel got no total', WAIT);
    await waitUntil(() => panel.shadowRoot?.querySelector('[part~="add-button"]'), 'no Add Payment', WAIT);
  });

  it('opens the confirmation on the first press of "Submit Order", focus on its title, and shows the success view after it', async () => {
    const el = await builder(mock.adapter);
    expect(el['newOrder'].submission).to.equal(undefined);
    el.draft = buildDraft(mock.backend);
    await waitUntil(
      () => !$<HTMLButtonElement>(el, '[part~="submit-button"]')!.disabled,
      'Submit Order stayed disabled',
      WAIT,
    );
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    const dialog = await waitUntil(
      () => $<HTMLDialogElement>(el, '#confirm-dialog')?.open,
      'the confirmation did not open',
      WAIT,
    ).then(() => $<HTMLDialogElement>(el, '#confirm-dialog')!);
    expect(deepActiveElement()).to.equal($(el, '#confirm-title'));
    // Its styles came with it.
    expect(getComputedStyle(dialog.querySelector('.dialog__body')!).display).to.equal('grid');
    await expect(el).to.be.accessible();

    const confirm = $<HTMLButtonElement>(el, '[part~="confirm-button"]')!;
    await waitUntil(() => confirm.getAttribute('aria-disabled') === 'false', 'the totals did not come', WAIT);
    confirm.click();
    await waitUntil(() => $(el, '[part~="success"]'), 'no success view', WAIT);
    expect(text($(el, '#new-order-heading'))).to.match(/^Order \d+ submitted$/);
    expect(deepActiveElement()).to.equal($(el, '#new-order-heading'));
    expect(getComputedStyle($(el, '[part~="success"]')!).display).to.equal('grid');
  });

  it('asks "Change site?" on the first change of site, focus on "Cancel", then says what was cleared', async () => {
    const el = await builder(mock.adapter);
    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    expect(el['siteController'].notices).to.equal(undefined);
    const select = $<HTMLSelectElement>(el, '#site-select')!;
    select.value = 'wholesale';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const dialog = $<HTMLDialogElement>(el, '#site-dialog')!;
    await waitUntil(() => dialog.open, '"Change site?" did not open', WAIT);
    expect(text(dialog.querySelector('h2'))).to.equal('Change site?');
    expect([...dialog.querySelectorAll('li')].map(text)).to.include(
      'Customer Ada Lovelace: not in the Wholesale customer set',
    );
    expect(deepActiveElement()).to.equal(button(el, 'Cancel'));

    button(el, 'Change site')!.click();
    await waitUntil(() => $(el, '[part~="site-change-notice"]'), 'no notice of what was cleared', WAIT);
    expect(el.siteId).to.equal('wholesale');
    expect(getComputedStyle($(el, '[part~="site-change-notice"]')!).display).to.equal('flex');
  });

  it('shows "Restored unsaved order" for a stored draft without waiting for idle time', async () => {
    const draft = buildDraft(mock.backend);
    saveDraft(sessionStorage, defaultDraftKey('us'), draft);
    const el = await builder(mock.adapter);
    await waitUntil(() => $(el, '[part~="restored-notice"]'), 'no restored notice', WAIT);
    expect(text($(el, '[part~="restored-notice"] p'))).to.match(/^Restored unsaved order from /);
    expect(el.draft).to.deep.equal(draft);
    await expect(el).to.be.accessible();
  });
});
