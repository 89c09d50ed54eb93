/**
 * When the draft cannot be priced, the workspace's summary says why and offers Retry (found by the
 * fault matrix of issue 12: it used to say only "Total: Not available", and the agent had to open
 * Order Details or edit the draft to try again).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { buildDraft } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, text } from '../../support/dom.js';
import { untilPriced, workspace } from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

function total(el: OfflineOrderBuilder): string {
  const dt = $$(el, '[part~="details-summary"] dt').find((d) => text(d) === 'Total');
  return text(dt?.nextElementSibling);
}

describe('<offline-order-builder> a draft that cannot be priced', function () {
  this.timeout(30_000);
  const mock = useMockBackend({ adapter: { retry: false } });

  afterEach(() => sessionStorage.clear());

  it('says why under the summary, with Retry, and keeps the draft; Retry prices it once the backend answers', async () => {
    const el = await workspace(mock);
    mock.scenario.failNext('priceOrder', 503, 1, { retryAfter: 0 });
    const draft = buildDraft(mock.backend);
    el.draft = draft;
    await waitUntil(() => $(el, '[part~="pricing-error"]'), 'no pricing error shown', WAIT);
    expect(total(el)).to.equal('Not available');
    const error = $(el, '[part~="pricing-error"]')!;
    expect(text(error)).to.equal(
      'The total could not be calculated. The order service is unavailable. Try again in a moment. Retry',
    );
    // Said in the summary's live region.
    expect(error.closest('[role="status"]')).to.not.equal(null);
    expect(el.draft).to.deep.equal(draft);
    await expect(el).to.be.accessible();

    const retry = $<HTMLButtonElement>(el, '[part~="pricing-retry-button"]')!;
    expect(text(retry)).to.equal('Retry');
    retry.click();
    await untilPriced(el, mock);
    expect($(el, '[part~="pricing-error"]')).to.equal(null);
    expect(mock.backend.requestsFor('priceOrder').length).to.be.greaterThan(1);
  });
});
