/**
 * A coupon's rejection is worded when it shows, in the page's language as it is then: said before
 * the page turned French (or before its catalogue loaded), it is said in French once it has.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { couponRejection } from '../../src/elements/shared/coupon-text.js';
import type { OrderDetailsDialog } from '../../src/elements/order-details/order-details-dialog.js';
import { addCoupon } from '../../src/model/draft.js';
import { $, button, control, text } from '../support/dom.js';
import { buildDraft } from '../support/fixtures.js';
import { workspace } from '../support/harness/offline-order-builder.js';
import { useMockBackend } from '../support/mock.js';
import { WAIT } from '../support/wait.js';
import { expectNoEnglish, untilFrench } from './french.js';

describe('coupon rejections in the page’s language, worded when shown', function () {
  this.timeout(30_000);
  const mock = useMockBackend();
  afterEach(() => {
    document.documentElement.lang = '';
    sessionStorage.clear();
  });

  const EXPIRED = { code: 'EXPIRED', status: 'rejected', reason: 'expired', message: 'Gone since May.' } as const;

  it('takes an element’s French locale as French before the page’s language switched (not the backend’s English)', () => {
    // This page has not turned French yet: the words are the source's until the catalogue is in.
    expect(couponRejection(EXPIRED, 'fr-CA')).to.equal('EXPIRED has expired.');
    expect(couponRejection(EXPIRED, 'en-US')).to.equal('Gone since May.');
  });

  it('says a coupon the builder removed in English in French once the page is', async () => {
    const el = await workspace(mock);
    el.draft = addCoupon(buildDraft(mock.backend), 'EXPIRED');
    const notice = () => text($(el, '[part~="coupon-notice"]'));
    await waitUntil(() => notice() === 'Coupon EXPIRED was removed: EXPIRED has expired.', notice(), WAIT);
    document.documentElement.lang = 'fr-CA';
    await untilFrench();
    await waitUntil(() => notice().startsWith('Le coupon'), `still: ${notice()}`, WAIT);
    expect(notice()).to.contain('a été retiré');
    await expectNoEnglish($(el, '[part~="coupon-notice"]')!);
    await expect(el).to.be.accessible();
  });

  it('says the Coupon code field’s refusal in French once the page is', async () => {
    const el = await workspace(mock);
    el.draft = buildDraft(mock.backend);
    await el.updateComplete;
    button(el, 'Edit Details')!.click();
    const dialog = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open', WAIT);
    const apply = () => {
      control(dialog, 'Coupon code')!.value = 'EXPIRED';
      button(dialog, 'Apply')!.click();
    };
    apply();
    await waitUntil(() => $(dialog, '[part~="coupon-rejected"]'), 'EXPIRED was not rejected', WAIT);
    apply();
    const error = () => text($(dialog, '[part~="coupon-error"]'));
    await waitUntil(() => error() === 'EXPIRED was not accepted: EXPIRED has expired.', error(), WAIT);
    document.documentElement.lang = 'fr-CA';
    await untilFrench();
    await waitUntil(() => error().includes('n’a pas été accepté'), `still: ${error()}`, WAIT);
    await expectNoEnglish($(dialog, '[part~="coupon-error"]')!);
    await expectNoEnglish($(dialog, '[part~="coupon-rejected"]')!);
    await expect(dialog).to.be.accessible();
  });
});
