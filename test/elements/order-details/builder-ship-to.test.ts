/**
 * Ship to another address in the builder: chosen in Order Details and saved through the builder's
 * one draft write path, priced again by the builder with the address (the body the mock receives),
 * submitted with it, and said in the confirmation's read-back and the success view.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { DraftChangeEvent } from '../../../src/events/draft-change.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { $, $$, button, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import {
  confirm,
  openConfirmation,
  readBack,
  renderBuilder,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { record, until, WAIT } from '../../support/wait.js';

const ORBIT_RD = 'Katherine Johnson, 1918 Orbit Rd, Hampton, VA 23666, US';

describe('<offline-order-builder> Ship to', function () {
  // A whole flow with axe checks: generous for a busy machine.
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('saves another address through Order Details: priced again with it, submitted with it, read back', async () => {
    const sent: { path: string; draft?: OrderDraft }[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { draft?: OrderDraft }) : {};
      sent.push({ path: new URL(String(input), location.origin).pathname, draft: body.draft });
      return globalThis.fetch(input, init);
    };
    const el = await renderBuilder(createRestAdapter({ baseUrl: mock.baseUrl, fetch }), {
      siteId: 'us',
      ordersHidden: true,
    });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    el.draft = buildDraft(mock.backend, { customerId: 'katherine' });
    await untilPriced(el, mock);
    const changes = record<DraftChangeEvent>(el, 'draft-change');

    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await until(() => dialog.open, 'the dialog did not open');
    const radio = await until(
      () => $$<HTMLInputElement>(dialog, '[part~="ship-to"] input').find((r) => text(r.closest('label')) === ORBIT_RD),
      'no saved address',
    );
    radio.click();
    await dialog.updateComplete;
    const mark = sent.length;
    button(dialog, 'Save')!.click();
    await until(() => !dialog.open, 'the details were not saved');

    expect(el.draft.shipTo).to.deep.include({ id: 'katherine-billing', line1: '1918 Orbit Rd' });
    expect(changes.at(-1)!.draft.shipTo?.id).to.equal('katherine-billing');
    // The builder's own pricing of the saved draft carries the address.
    await until(
      () => sent.slice(mark).some((s) => s.path.endsWith('/pricing') && s.draft?.shipTo?.id === 'katherine-billing'),
      'the builder did not price the new address',
    );
    await untilPriced(el, mock);

    await openConfirmation(el);
    expect(readBack(el)).to.deep.include(['Ship to', ORBIT_RD]);
    await expect(el).to.be.accessible();
    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    const submitted = sent.find((s) => s.path.endsWith('/orders') && s.draft);
    expect(submitted!.draft!.shipTo).to.deep.include({ id: 'katherine-billing' });
    expect(text($(el, '[part~="success"] [part~="read-back-ship-to"]'))).to.equal(ORBIT_RD);
    await expect(el).to.be.accessible();
  });
});
