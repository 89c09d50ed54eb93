/**
 * The coupon area and the shipping adjustment of Order Details (issue 9, items 2, 5, 13 and 14):
 * rejected codes are shown with their reason where they were entered and are not the order's; a
 * minimum reads as money; a code applied twice is refused at the field; a shipping adjustment that
 * takes off less than asked says why.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDraft, Site } from '../../../src/model/types.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { openDetails } from '../../support/harness/order-details-dialog.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { namedButton } from '../../support/harness/line-item-editor.js';
import { nextEvent, until } from '../../support/wait.js';

/** Each entered code as shown: "SAVE10 Accepted: -$2.50 Remove". */
function coupons(el: OrderDetailsDialog): string[] {
  return $$(el, '[part~="coupons"] li').map((li) => text(li));
}

/** The error shown at "Coupon code" (through its aria-describedby), or ''. */
function couponError(el: OrderDetailsDialog): string {
  const input = control(el, 'Coupon code')!;
  const id = input.getAttribute('aria-describedby');
  return input.getAttribute('aria-invalid') === 'true' && id ? text($(el, `#${id}`)) : '';
}

describe('<order-details-dialog> coupons and the shipping adjustment', function () {
  this.timeout(20_000);
  const mock = useMockBackend();

  async function open(
    draft: OrderDraft = buildDraft(mock.backend),
    site: Site = SITES.us,
    lang = 'en-US',
  ): Promise<OrderDetailsDialog> {
    return openDetails(mock.adapter, draft, { site, lang });
  }

  /** Waits until the dialog shows the answer for its draft (nothing "Checking…", the totals in). */
  async function settled(el: OrderDetailsDialog): Promise<void> {
    await until(() => $(el, '[part~="totals"]') && !$(el, '[aria-busy="true"]') && $(el, '.total'), 'not priced');
    await until(() => !coupons(el).some((c) => c.includes('Checking…')), 'a code is still being checked');
  }

  async function apply(el: OrderDetailsDialog, code: string): Promise<void> {
    control(el, 'Coupon code')!.value = code;
    button(el, 'Apply')!.click();
    await el.updateComplete;
  }

  async function setShippingAdjustment(el: OrderDetailsDialog, amount: string): Promise<void> {
    const fieldset = $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === 'Shipping adjustment')!;
    fieldset.querySelector<HTMLInputElement>('#shipping-amount')!.value = amount;
    const reason = fieldset.querySelector<HTMLInputElement>('#shipping-reason')!;
    reason.value = 'Late delivery';
    reason.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  /** The note at the shipping adjustment, tied to its Amount field. */
  function shippingNote(el: OrderDetailsDialog): string {
    const input = $<HTMLInputElement>(el, '#shipping-amount')!;
    const id = input.getAttribute('aria-describedby');
    return id ? text($(el, `#${id}`)) : '';
  }

  describe('rejected codes (item 2)', () => {
    it('keeps only the accepted codes as the order’s, and shows each rejected one with its reason and Remove', async () => {
      const el = await open();
      for (const code of ['EXPIRED', 'FREESHIP', 'BIGSPENDER', 'SAVE10', 'NOSUCHCODE']) await apply(el, code);
      await settled(el);
      expect(coupons(el)).to.deep.equal([
        'EXPIRED Rejected: EXPIRED has expired. Remove',
        'FREESHIP Accepted: -$7.95 Remove',
        'BIGSPENDER Rejected: BIGSPENDER needs a subtotal of at least $200.00. Remove',
        'SAVE10 Accepted: -$2.50 Remove',
        'NOSUCHCODE Rejected: NOSUCHCODE is not a valid coupon code. Remove',
      ]);
      expect(el.draft.coupons).to.deep.equal(['FREESHIP', 'SAVE10']);
      expect($$(el, '[part~="coupon-rejected"]')).to.have.length(3);
      await expect(el).to.be.accessible();

      // Removing a rejected code takes it off the list; the order's coupons stay.
      namedButton(el, 'Remove EXPIRED')!.click();
      await el.updateComplete;
      expect(coupons(el).map((c) => c.split(' ')[0])).to.deep.equal(['FREESHIP', 'BIGSPENDER', 'SAVE10', 'NOSUCHCODE']);
      expect(el.draft.coupons).to.deep.equal(['FREESHIP', 'SAVE10']);

      // Save gives the order with its accepted coupons only.
      const saved = nextEvent(el, 'order-details-change');
      button(el, 'Save')!.click();
      expect((await saved).draft.coupons).to.deep.equal(['FREESHIP', 'SAVE10']);
    });

    it('takes a rejected code back into the order once the order meets it (BIGSPENDER at a 200.00 subtotal)', async () => {
      const el = await open();
      await apply(el, 'BIGSPENDER');
      await settled(el);
      expect(el.draft.coupons).to.deep.equal([]);
      const quantity = $<HTMLInputElement>($<LineItemEditor>(el, 'line-item-editor')!, 'input[type="number"]')!;
      quantity.value = '10';
      quantity.dispatchEvent(new Event('change'));
      await until(() => el.draft.coupons.includes('BIGSPENDER'), 'BIGSPENDER did not come back into the order');
      await settled(el);
      expect(coupons(el)).to.deep.equal(['BIGSPENDER Accepted: -$20.00 Remove']);
    });
  });

  describe('the minimum of BIGSPENDER as money (item 5)', () => {
    it('reads "$200.00" on the US Store and "CA$200.00" on the Canada Store in an English (US) page', async () => {
      const us = await open();
      await apply(us, 'BIGSPENDER');
      await settled(us);
      expect(coupons(us)).to.deep.equal([
        'BIGSPENDER Rejected: BIGSPENDER needs a subtotal of at least $200.00. Remove',
      ]);

      const ca = await open(buildDraft(mock.backend, { siteId: 'ca' }), SITES.ca);
      await apply(ca, 'BIGSPENDER');
      await settled(ca);
      expect(coupons(ca)).to.deep.equal([
        'BIGSPENDER Rejected: BIGSPENDER needs a subtotal of at least CA$200.00. Remove',
      ]);
      await expect(ca).to.be.accessible();
    });
  });

  describe('a code applied twice (item 13)', () => {
    it('says "SAVE10 is already applied" at the field, whatever the case, and keeps what was typed', async () => {
      const el = await open();
      await apply(el, 'SAVE10');
      await settled(el);
      for (const typed of ['SAVE10', 'save10']) {
        await apply(el, typed);
        expect(couponError(el), typed).to.equal('SAVE10 is already applied');
        expect(control(el, 'Coupon code')!.value, typed).to.equal(typed);
        expect(el.draft.coupons, typed).to.deep.equal(['SAVE10']);
        expect(coupons(el), typed).to.have.length(1);
      }
      await expect(el).to.be.accessible();
      // Typing clears the message.
      const input = control(el, 'Coupon code')!;
      input.value = 'FREESHIP';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(couponError(el)).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('the coupon area for assistive technology (review of items 2 and 13)', () => {
    it('announces why a code was not applied: an alert in the page before it speaks, tied to the field', async () => {
      const el = await open();
      await apply(el, 'SAVE10');
      await settled(el);
      const input = control(el, 'Coupon code')!;
      const region = $(el, '[part~="coupon-error"]')!;
      expect(region.getAttribute('role')).to.equal('alert');
      expect(text(region)).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.hasAttribute('aria-describedby')).to.equal(false);

      // Enter in the field (the form's submit) with the code applied already: the alert speaks.
      input.value = 'SAVE10';
      input.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part~="coupon-error"]')).to.equal(region);
      expect(text(region)).to.equal('SAVE10 is already applied');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal(region.id);
      await expect(el).to.be.accessible();
    });

    it('names each "Remove" by its code, a code with spaces too', async () => {
      const el = await open();
      await apply(el, 'SUMMER SALE');
      await apply(el, 'SAVE10');
      await settled(el);
      expect(coupons(el)).to.deep.equal([
        'SUMMER SALE Rejected: SUMMER SALE is not a valid coupon code. Remove',
        'SAVE10 Accepted: -$2.50 Remove',
      ]);
      const remove = namedButton(el, 'Remove SUMMER SALE');
      expect(remove, 'no button named "Remove SUMMER SALE"').to.not.equal(null);
      expect(namedButton(el, 'Remove SAVE10')).to.not.equal(null);
      await expect(el).to.be.accessible();
      remove!.click();
      await el.updateComplete;
      await settled(el);
      expect(coupons(el)).to.deep.equal(['SAVE10 Accepted: -$2.50 Remove']);
      expect(namedButton(el, 'Remove SAVE10')).to.not.equal(null);
    });
  });

  describe('a shipping adjustment that changes nothing (item 14)', () => {
    it('says shipping is already free after FREESHIP', async () => {
      const el = await open();
      await apply(el, 'FREESHIP');
      await settled(el);
      await setShippingAdjustment(el, '2.00');
      await settled(el);
      await until(() => shippingNote(el), 'no note at the shipping adjustment');
      expect(shippingNote(el)).to.equal('Shipping is already free: this adjustment has no effect.');
      expect($(el, '#shipping-note')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      // Without FREESHIP the adjustment takes effect: no note.
      namedButton(el, 'Remove FREESHIP')!.click();
      await el.updateComplete;
      await settled(el);
      await until(() => shippingNote(el) === '', 'the note stayed');
    });

    it('says the adjustment is capped at the shipping left to pay', async () => {
      const el = await open();
      await settled(el);
      await setShippingAdjustment(el, '10.00');
      await settled(el);
      await until(() => shippingNote(el), 'no note at the shipping adjustment');
      expect(shippingNote(el)).to.equal('Capped at $7.95: that is all the shipping left to pay.');
    });
  });
});
