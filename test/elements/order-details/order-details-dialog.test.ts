import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDetailsChangeEvent } from '../../../src/events/order-details-change.js';
import { addCoupon, setPriceList } from '../../../src/model/draft.js';
import { formatMoney } from '../../../src/model/money.js';
import type { Money, OrderDraft } from '../../../src/model/types.js';
import { buildDraft, LOCATIONS, pickupAt, PRODUCTS, SITES, VARIANTS } from '../../support/fixtures.js';
import { discardDialog, expectCloseButton } from '../../support/discard.js';
import { useMockBackend } from '../../support/mock.js';
import { lineEditor, totals } from '../../support/harness/order-details-dialog.js';
import { $, $$, button, control, describeElement, focusName, text } from '../../support/dom.js';
import {
  cells,
  configure,
  fulfillment,
  namedButton,
  pickProduct,
  searchProducts,
  tableRows,
} from '../../support/harness/line-item-editor.js';
import { nextEvent, until } from '../../support/wait.js';

const usd = (m: Money) => formatMoney(m, 'en-US');

/** Waits until the totals are the adapter's answer for the draft being edited. */
async function settled(el: OrderDetailsDialog): Promise<Record<string, string>> {
  const expected = usd(mockTotal(el));
  await until(
    () => !$(el, '[aria-busy="true"]') && totals(el)['Total'] === expected,
    `the total did not become ${expected}`,
  );
  return totals(el);
}

let mockTotal: (el: OrderDetailsDialog) => Money;

/**
 * Waits until nothing is in flight: the rates and the totals are in. A test that ends with a
 * request in flight would leave it to be logged by the next test's backend.
 */
async function quiet(el: OrderDetailsDialog): Promise<void> {
  await until(
    () => control(el, 'Shipping Method') || !el.draft.lines.some((l) => l.fulfillment?.kind === 'ship'),
    'no rates',
  );
  await settled(el);
}

describe('<order-details-dialog>', () => {
  const mock = useMockBackend();
  mockTotal = (el) => mock.backend.priceOrder('us', el.draft).total;

  async function open(
    draft: OrderDraft = buildDraft(mock.backend),
  ): Promise<{ el: OrderDetailsDialog; opener: HTMLButtonElement }> {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button type="button">Edit Details</button>
        <order-details-dialog .adapter=${mock.adapter} .site=${SITES.us}></order-details-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('order-details-dialog')!;
    const opener = wrapper.querySelector('button')!;
    opener.focus();
    await el.show(draft);
    return { el, opener };
  }

  function recordSaves(el: OrderDetailsDialog): OrderDetailsChangeEvent[] {
    const events: OrderDetailsChangeEvent[] = [];
    el.addEventListener('order-details-change', (e) => events.push(e));
    return events;
  }

  async function addCouponCode(el: OrderDetailsDialog, code: string): Promise<void> {
    control(el, 'Coupon code')!.value = code;
    button(el, 'Apply')!.click();
    await el.updateComplete;
  }

  describe('opening and closing', () => {
    it('opens a modal "Order Details" with the line items, focus inside', async () => {
      const { el } = await open();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(text($(el, 'h2'))).to.equal('Order Details');
      expect(el.open).to.equal(true);
      expect(tableRows(lineEditor(el)).map((r) => cells(r)[0])).to.deep.equal(['Canvas Tote Bag CTB-200']);
      expect(dialog.contains(el.shadowRoot!.activeElement) || el.shadowRoot!.activeElement === lineEditor(el)).to.equal(
        true,
      );
      await quiet(el);
      await expect(el).to.be.accessible();
    });

    // Issue 9 item 7 changed this and the next test: with edits, closing asks "Discard changes?" first.
    it('Cancel (then "Discard") restores what was there before opening and returns focus to the opener', async () => {
      const draft = buildDraft(mock.backend);
      const { el, opener } = await open(draft);
      const saves = recordSaves(el);
      await addCouponCode(el, 'SAVE10');
      await quiet(el);
      control<HTMLTextAreaElement>(el, 'Customer notes')!.value = 'Call first';
      control<HTMLTextAreaElement>(el, 'Customer notes')!.dispatchEvent(new Event('change'));
      expect(el.draft.coupons).to.deep.equal(['SAVE10']);
      button(el, 'Cancel')!.click();
      button(await discardDialog(el), 'Discard')!.click();
      await until(() => !el.open, 'Discard did not close the dialog');
      expect(el.open).to.equal(false);
      expect(el.draft).to.equal(draft);
      expect(saves).to.have.length(0);
      expect(focusName()).to.equal(describeElement(opener));

      await el.show(draft);
      expect(control(el, 'Customer notes')!.value).to.equal('');
      expect($$(el, '[part="coupons"] li')).to.have.length(0);
    });

    it('Escape closes like Cancel', async () => {
      const draft = buildDraft(mock.backend);
      const { el, opener } = await open(draft);
      await addCouponCode(el, 'SAVE10');
      await quiet(el);
      control(el, 'Customer notes')!.focus();
      await sendKeys({ press: 'Escape' });
      button(await discardDialog(el), 'Discard')!.click();
      await until(() => !el.open, 'Discard did not close the dialog');
      expect(el.draft).to.equal(draft);
      expect(focusName()).to.equal(describeElement(opener));
    });
  });

  describe('inside the dialog', () => {
    it('Escape on an inventory breakdown hides it and keeps the dialog open', async () => {
      const { el } = await open();
      const ed = lineEditor(el);
      await pickProduct(ed, 'Trail Runner Shoe');
      const picker = await configure(ed, { Size: '9', Color: 'Blue' });
      await until(() => text(picker).includes('In stock'), 'the variant did not resolve');
      button(picker, 'Save')!.click();
      const future = await until(() => $<HTMLElement>(ed, '.future'), 'no expected stock');
      future.focus();
      const tooltip = $(ed, '[role="tooltip"]')!;
      expect(tooltip.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(tooltip.checkVisibility()).to.equal(false);
      expect(el.open).to.equal(true);
      // Issue 9 item 16: the next Escape drops the item being added (the dialog stays), the one after closes the untouched dialog.
      await sendKeys({ press: 'Escape' });
      await ed.updateComplete;
      expect($(ed, '[part="add-row"]') === null, 'the item is still there').to.equal(true);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !el.open, 'Escape did not close the untouched dialog');
    });
  });

  describe('closing with unsaved edits', () => {
    /** Adds a Canvas Tote Bag shipped, from "Name" with the keyboard. */
    async function addTote(el: OrderDetailsDialog): Promise<void> {
      const ed = lineEditor(el);
      await pickProduct(ed, 'Canvas Tote Bag');
      (await fulfillment(ed, 'Direct Ship')).click();
      const changed = nextEvent(ed, 'line-items-change');
      button(ed, 'Add')!.click();
      await changed;
      await el.updateComplete;
    }

    it('asks on the third Escape in Name after a line was added; "Keep editing" returns to Name and keeps the line', async () => {
      const { el } = await open();
      await addTote(el);
      expect(el.draft.lines).to.have.length(2);
      const ed = lineEditor(el);
      // Escape closes the suggestions, then clears Name, then would close the dialog: it asks.
      await searchProducts(ed, 'Tote');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(control(ed, 'Name')!.value).to.equal('');
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      const ask = await discardDialog(el);
      expect(el.open).to.equal(true);
      expect(ask.getAttribute('aria-modal')).to.equal('true');
      expect(text(el.shadowRoot!.getElementById(ask.getAttribute('aria-describedby')!))).to.equal(
        'The changes made here are not saved yet.',
      );
      await quiet(el);
      await expect(el).to.be.accessible();
      button(ask, 'Keep editing')!.click();
      await until(() => !$(el, '[role="alertdialog"]'), 'the question stayed');
      expect(el.open).to.equal(true);
      expect(focusName()).to.equal(describeElement(control(ed, 'Name')));
      expect(el.draft.lines).to.have.length(2);
      expect(tableRows(ed)).to.have.length(2);
    });

    it('"Close" (the word shown beside its ×) asks with edits; "Discard" drops them and returns focus to the opener', async () => {
      const draft = buildDraft(mock.backend);
      const { el, opener } = await open(draft);
      const saves = recordSaves(el);
      await addTote(el);
      const close = expectCloseButton($(el, 'dialog')!);
      close.click();
      button(await discardDialog(el), 'Discard')!.click();
      await until(() => !el.open, 'Discard did not close the dialog');
      expect(el.draft).to.equal(draft);
      expect(saves).to.have.length(0);
      expect(focusName()).to.equal(describeElement(opener));
    });

    it('does not ask when only answers changed the draft: a unit price the backend differs on, a code it rejects', async () => {
      // The tote at 19.99 in the draft (24.99 at the backend), and EXPIRED among its coupons.
      const base = buildDraft(mock.backend);
      const draft = addCoupon(
        { ...base, lines: base.lines.map((l) => ({ ...l, unitPrice: { amount: 1999, currency: 'USD' } })) },
        'EXPIRED',
      );
      const { el, opener } = await open(draft);
      for (const how of ['Escape', 'Cancel', 'Close']) {
        await until(
          () => el.draft.lines[0]!.unitPrice.amount === 2499 && el.draft.coupons.length === 0,
          'the answer was not taken in',
        );
        await quiet(el);
        if (how === 'Escape') {
          control(el, 'Customer notes')!.focus();
          await sendKeys({ press: 'Escape' });
        } else if (how === 'Cancel') button(el, 'Cancel')!.click();
        else $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
        await until(() => !el.open, `${how} did not close the dialog the agent did not change`);
        expect($(el, '[role="alertdialog"]') === null, `${how} asked`).to.equal(true);
        expect(el.draft).to.equal(draft);
        opener.focus();
        await el.show(draft);
      }
      await quiet(el);
    });

    it('asks when a quantity typed in the table was refused, or not entered yet, and "Keep editing" keeps it', async () => {
      const { el } = await open();
      await quiet(el);
      const ed = lineEditor(el);
      const quantity = $<HTMLInputElement>(ed, 'input[type="number"]')!;
      quantity.focus();
      quantity.select();
      await sendKeys({ type: '0' });
      await sendKeys({ press: 'Enter' });
      await ed.updateComplete;
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      expect(el.draft.lines[0]!.quantity).to.equal(1);
      control(el, 'Customer notes')!.focus();
      await sendKeys({ press: 'Escape' });
      button(await discardDialog(el), 'Keep editing')!.click();
      await until(() => !$(el, '[role="alertdialog"]'), 'the question stayed');
      expect(el.open).to.equal(true);
      expect(quantity.value).to.equal('0');

      // A valid quantity typed and not entered yet (Escape in its field) would be lost too.
      quantity.focus();
      quantity.select();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'Escape' });
      button(await discardDialog(el), 'Discard')!.click();
      await until(() => !el.open, 'Discard did not close the dialog');
    });

    it('Escape, Cancel and "Close" close at once without edits', async () => {
      const { el, opener } = await open();
      await quiet(el);
      for (const how of ['Escape', 'Cancel', 'Close']) {
        if (how === 'Escape') {
          control(el, 'Customer notes')!.focus();
          await sendKeys({ press: 'Escape' });
        } else if (how === 'Cancel') button(el, 'Cancel')!.click();
        else $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
        await until(() => !el.open, `${how} did not close the untouched dialog`);
        expect($(el, '[role="alertdialog"]') === null, `${how} asked`).to.equal(true);
        expect(focusName()).to.equal(describeElement(opener));
        opener.focus();
        await el.show(el.draft);
        await quiet(el);
      }
    });
  });

  describe('Shipping Method', () => {
    it('lists the rates the adapter gives for the draft, below the line items', async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      const select = await until(() => control<HTMLSelectElement>(el, 'Shipping Method'), 'no Shipping Method');
      expect([...select.options].map((o) => text(o))).to.deep.equal([
        'Choose a shipping method',
        'Ground · $7.95',
        '2-Day · $14.95',
        'Overnight · $29.95',
      ]);
      expect(lineEditor(el).compareDocumentPosition(select) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(mock.backend.requestsFor('getShippingMethods')).to.have.length(1);
      select.value = '2-day';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft.shippingMethodId).to.equal('2-day');
      const shown = await settled(el);
      expect(shown['Shipping']).to.equal('$14.95');
      await expect(el).to.be.accessible();
    });

    it('asks for the rates again when the lines change', async () => {
      const { el } = await open();
      await until(() => control(el, 'Shipping Method'), 'no Shipping Method');
      const quantity = $<HTMLInputElement>(lineEditor(el), 'input[type="number"]')!;
      quantity.value = '3';
      quantity.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await until(() => mock.backend.requestsFor('getShippingMethods').length === 2, 'the rates were not asked again');
    });

    it('clears a method that no longer applies, with a message, when nothing ships any more', async () => {
      const { el } = await open();
      await until(() => control(el, 'Shipping Method'), 'no Shipping Method');
      const lineId = el.draft.lines[0]!.id;
      $<HTMLButtonElement>(lineEditor(el), `[data-path="lines.${lineId}.fulfillment"]`)!.click();
      (await fulfillment(lineEditor(el), 'Pickup: Downtown Store')).click();
      await until(() => el.draft.shippingMethodId === null, 'the method was not cleared');
      await el.updateComplete;
      expect(control(el, 'Shipping Method')).to.equal(null);
      expect(text($(el, '.warning[role="status"]'))).to.equal('Ground no longer applies and was cleared.');
      await expect(el).to.be.accessible();
    });
  });

  describe('coupons', () => {
    it('shows an accepted coupon with its discount, and the totals take it', async () => {
      const { el } = await open();
      await settled(el);
      await addCouponCode(el, ' save10 ');
      expect(el.draft.coupons).to.deep.equal(['SAVE10']);
      const shown = await settled(el);
      const discount = mock.backend.priceOrder('us', el.draft).discounts[0]!.amount;
      expect(text($(el, '[part="coupons"] li'))).to.equal(`SAVE10 Accepted: -${usd(discount)} Remove`);
      expect(shown['Coupon SAVE10']).to.equal(`-${usd(discount)}`);
      expect(text($(el, '.totals [role="status"]'))).to.include(`-${usd(discount)} coupon SAVE10`);
      await expect(el).to.be.accessible();
    });

    it('shows a rejected coupon with the adapter’s reason', async () => {
      const { el } = await open();
      await addCouponCode(el, 'EXPIRED');
      await addCouponCode(el, 'BIGSPENDER');
      await settled(el);
      expect($$(el, '[part="coupons"] li').map((li) => text(li))).to.deep.equal([
        'EXPIRED Rejected: EXPIRED has expired. Remove',
        'BIGSPENDER Rejected: BIGSPENDER needs a subtotal of at least $200.00. Remove',
      ]);
      await expect(el).to.be.accessible();
    });

    it('removes a coupon', async () => {
      const { el } = await open(addCoupon(buildDraft(mock.backend), 'SAVE10'));
      const remove = namedButton(el, 'Remove SAVE10')!;
      expect(text(remove)).to.equal('Remove');
      remove.click();
      await el.updateComplete;
      expect(el.draft.coupons).to.deep.equal([]);
    });
  });

  describe('price list', () => {
    it('lists the adapter’s price lists; changing it re-prices the lines', async () => {
      const { el } = await open(
        buildDraft(mock.backend, {
          lines: [
            {
              productId: PRODUCTS.trailRunner.id,
              variantId: VARIANTS.trailRunner9Blue.id,
              fulfillment: pickupAt(LOCATIONS.downtown),
            },
          ],
        }),
      );
      const select = await until(() => control<HTMLSelectElement>(el, 'Price list'), 'no price lists');
      expect([...select.options].map((o) => text(o))).to.deep.equal(['List prices', 'VIP', 'Employee']);
      select.value = 'vip';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await until(
        () => el.draft.lines[0]!.unitPrice.amount === 8099 && !el.draft.lines[0]!.needsRepricing,
        'not re-priced',
      );
      await lineEditor(el).updateComplete;
      expect(cells(tableRows(lineEditor(el))[0]!)[2]).to.equal('$80.99');
      expect(el.draft.priceListId).to.equal('vip');
      await settled(el);
    });
  });

  describe('totals', () => {
    it('shows the adapter’s figures, each of shipping, handling, tax and duty expanding to its breakdown', async () => {
      const draft = buildDraft(mock.backend, {
        lines: [
          { productId: PRODUCTS.canvasTote.id, quantity: 2 },
          { productId: PRODUCTS.waterBottle.id, fulfillment: pickupAt(LOCATIONS.uptown) },
        ],
      });
      const { el } = await open(draft);
      const shown = await settled(el);
      const p = mock.backend.priceOrder('us', draft);
      expect(shown).to.deep.equal({
        Subtotal: usd(p.subtotal),
        Shipping: usd(p.shipping),
        Handling: usd(p.handling),
        Tax: usd(p.tax),
        Duty: usd(p.duty),
        Total: usd(p.total),
      });
      const tax = $$<HTMLDetailsElement>(el, 'details').find((d) =>
        text(d.querySelector('summary')).startsWith('Tax'),
      )!;
      expect(tax.open).to.equal(false);
      tax.querySelector('summary')!.click();
      expect(tax.open).to.equal(true);
      expect($$(tax, 'li').map((li) => text(li))).to.deep.equal(
        p.taxBreakdown.map((b) => `${b.label} ${usd(b.amount)}`),
      );
      await expect(el).to.be.accessible();
    });

    it('expands shipping, handling and duty to their breakdowns too, for an order shipped to Canada', async () => {
      // Frederick ships to Toronto: the shoe shipped pays Canadian tax and duty; the bottle picked up
      // in Austin pays its handling.
      const draft = buildDraft(mock.backend, {
        customerId: 'frederick',
        lines: [
          { productId: PRODUCTS.trailRunner.id, variantId: VARIANTS.trailRunner10Black.id, quantity: 2 },
          { productId: PRODUCTS.waterBottle.id, quantity: 3, fulfillment: pickupAt(LOCATIONS.uptown) },
        ],
      });
      const { el } = await open(draft);
      await settled(el);
      const p = mock.backend.priceOrder('us', draft);
      const breakdowns = {
        Shipping: p.shippingBreakdown,
        Handling: p.handlingBreakdown,
        Tax: p.taxBreakdown,
        Duty: p.dutyBreakdown,
      };
      for (const [label, items] of Object.entries(breakdowns)) {
        expect(items, label).not.to.be.empty;
        const details = $$<HTMLDetailsElement>(el, 'details').find((d) =>
          text(d.querySelector('summary')).startsWith(label),
        )!;
        expect(text(details.querySelector('summary')), label).to.equal(
          `${label} ${usd(p[label.toLowerCase() as 'tax'])}`,
        );
        expect(details.open, label).to.equal(false);
        details.querySelector('summary')!.click();
        expect(details.open, label).to.equal(true);
        expect(
          $$(details, 'li').map((li) => text(li)),
          label,
        ).to.deep.equal(items.map((b) => `${b.label} ${usd(b.amount)}`));
      }
      expect($$(el, 'details li').map((li) => text(li))).to.include.members([
        'Trail Runner Shoe: Canada duty 6% $10.80',
        'Insulated Water Bottle: handling $4.50',
        'Ground $7.95',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says it is recalculating while the answer is in flight', async () => {
      const release = mock.scenario.holdNext('priceOrder');
      const { el } = await open();
      await until(() => $(el, '.totals[aria-busy="true"]'), 'not busy');
      expect(text($(el, '.totals [role="status"]'))).to.equal('Recalculating…');
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(text($(el, '.totals [role="status"]'))).to.equal('');
    });

    it('drops a stale answer that arrives after a newer one', async () => {
      const release = mock.scenario.holdNext('priceOrder');
      const { el } = await open();
      await until(() => mock.backend.requestsFor('priceOrder').length === 1, 'not asked');
      await addCouponCode(el, 'SAVE10');
      const shown = await settled(el);
      release();
      await el.updateComplete;
      expect(totals(el)).to.deep.equal(shown);
      expect(shown['Coupon SAVE10']).to.match(/^-\$/);
    });

    it('shows an error with Retry when the draft cannot be priced', async () => {
      mock.scenario.failNext('priceOrder', 422);
      const { el } = await open();
      const alert = await until(() => $(el, '.totals [role="alert"]'), 'no error');
      expect(text(alert)).to.include('Retry');
      await expect(el).to.be.accessible();
      button(alert, 'Retry')!.click();
      await settled(el);
    });
  });

  describe('notes, gift message and adjustments', () => {
    it('takes an order adjustment in percent and a shipping adjustment, each with its reason', async () => {
      const { el } = await open();
      await settled(el);
      control<HTMLSelectElement>(el, 'Type')!.value = 'percent';
      const amounts = $$<HTMLInputElement>(el, 'input[id$="-amount"]');
      const reasons = $$<HTMLInputElement>(el, 'input[id$="-reason"]');
      amounts[0]!.value = '10';
      reasons[0]!.value = 'Loyal customer';
      reasons[0]!.dispatchEvent(new Event('change'));
      amounts[1]!.value = '2.00';
      reasons[1]!.value = 'Late delivery';
      reasons[1]!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1000, reason: 'Loyal customer' });
      expect(el.draft.shippingAdjustment).to.deep.equal({
        kind: 'amount',
        amount: { amount: 200, currency: 'USD' },
        reason: 'Late delivery',
      });
      const shown = await settled(el);
      const p = mock.backend.priceOrder('us', el.draft);
      expect(shown['Order adjustment']).to.equal(`-${usd(p.orderAdjustment)}`);
      expect(shown['Shipping adjustment']).to.equal('-$2.00');
      await expect(el).to.be.accessible();
    });

    it('writes a percentage in the page’s locale and reads it back the same', async () => {
      // The page's language, not the site's, is the agent's (issue 9, item 5).
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de-DE">
          <order-details-dialog .adapter=${mock.adapter} .site=${SITES.us}></order-details-dialog>
        </div>`,
      );
      const el = wrapper.querySelector('order-details-dialog')!;
      await el.show({
        ...buildDraft(mock.backend),
        orderAdjustment: { kind: 'percent', basisPoints: 1250, reason: 'Stammkunde' },
      });
      const amount = $<HTMLInputElement>(el, '#order-amount')!;
      expect(amount.value).to.equal('12,5');
      // Any change reads the fields again: the same 12.5 %, not 125 % nor an error.
      const reason = $<HTMLInputElement>(el, '#order-reason')!;
      reason.value = 'Treuer Kunde';
      reason.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('');
      expect(el.draft.orderAdjustment).to.deep.equal({ kind: 'percent', basisPoints: 1250, reason: 'Treuer Kunde' });
      await until(() => !$(el, '[aria-busy="true"]') && totals(el)['Order adjustment'], 'not priced');
    });

    it('says when an adjustment is not an amount', async () => {
      const { el } = await open();
      const amount = $<HTMLInputElement>(el, '#shipping-amount')!;
      amount.value = 'lots';
      amount.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('Enter an amount, like 10.00.');
      expect(el.draft.shippingAdjustment).to.equal(null);
    });

    it('refuses an adjustment amount beyond what an order can hold, at its field, and keeps rendering', async () => {
      const { el } = await open();
      for (const key of ['order', 'shipping']) {
        const amount = $<HTMLInputElement>(el, `#${key}-amount`)!;
        amount.value = '90071992547409.91';
        amount.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(text(amount.closest('fieldset')!.querySelector('p.error'))).to.equal('Enter a smaller amount.');
      }
      expect(el.draft.orderAdjustment === null && el.draft.shippingAdjustment === null).to.equal(true);
      await settled(el);
      await expect(el).to.be.accessible();
      // Save lists them instead of saving.
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.include('Enter a smaller amount.');
      expect(el.open).to.equal(true);
    });

    it('keeps customer notes and the order gift message', async () => {
      const { el } = await open();
      const notes = control<HTMLTextAreaElement>(el, 'Customer notes')!;
      notes.value = 'Ring the bell twice';
      notes.dispatchEvent(new Event('change'));
      const gift = control<HTMLTextAreaElement>(el, 'Order gift message')!;
      gift.value = 'Congratulations!';
      gift.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.draft).to.deep.include({ customerNotes: 'Ring the bell twice', giftMessage: 'Congratulations!' });
    });
  });

  describe('Save', () => {
    it('refuses a shipped item without a shipping method: lists the problem and focuses the select', async () => {
      const { el } = await open(buildDraft(mock.backend, { shippingMethodId: null }));
      await until(() => control(el, 'Shipping Method'), 'no Shipping Method');
      const saves = recordSaves(el);
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect(saves).to.have.length(0);
      expect(el.open).to.equal(true);
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Choose a shipping method for the items that ship.',
      ]);
      expect(focusName()).to.equal(describeElement(control(el, 'Shipping Method')));
      expect(control(el, 'Shipping Method')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('refuses an item without a fulfillment and an adjustment without a reason, focusing the first', async () => {
      const draft = buildDraft(mock.backend, {
        lines: [{ productId: PRODUCTS.canvasTote.id, fulfillment: null }],
        shippingMethodId: null,
      });
      const { el } = await open({
        ...draft,
        shippingAdjustment: { kind: 'amount', amount: { amount: 100, currency: 'USD' }, reason: '' },
      });
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Canvas Tote Bag: Choose how this item is fulfilled.',
        'Enter a reason for the shipping adjustment.',
      ]);
      const lineId = draft.lines[0]!.id;
      expect(focusName()).to.equal(describeElement($(lineEditor(el), `[data-path="lines.${lineId}.fulfillment"]`)));
    });

    it('refuses a quantity beyond the stock of its fulfillment, focusing it', async () => {
      // 10 totes to pick up at the Airport Kiosk, which has 6 (a draft restored from earlier, say).
      const draft = buildDraft(mock.backend, {
        lines: [{ productId: PRODUCTS.canvasTote.id, quantity: 10, fulfillment: pickupAt(LOCATIONS.airport) }],
      });
      const { el } = await open(draft);
      const saves = recordSaves(el);
      // At once: the stock of the line is still being looked up, and Save waits for it.
      button(el, 'Save')!.click();
      await until(() => $(el, '[part="problems"]'), 'no problems listed');
      expect(saves).to.have.length(0);
      expect(el.open).to.equal(true);
      expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
        'Canvas Tote Bag: Only 6 can be ordered: 6 available now and 0 expected.',
      ]);
      const quantity = $<HTMLInputElement>(lineEditor(el), `[data-path="lines.${draft.lines[0]!.id}.quantity"]`)!;
      expect(focusName()).to.equal(describeElement(quantity));
      expect(quantity.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      quantity.value = '6';
      quantity.dispatchEvent(new Event('change'));
      const saved = nextEvent(el, 'order-details-change');
      button(el, 'Save')!.click();
      expect((await saved).draft.lines[0]!.quantity).to.equal(6);
    });

    it('closes and fires order-details-change with the draft as edited', async () => {
      const { el, opener } = await open();
      await addCouponCode(el, 'SAVE10');
      const saved = nextEvent(el, 'order-details-change');
      button(el, 'Save')!.click();
      const event = await saved;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.draft.coupons).to.deep.equal(['SAVE10']);
      expect(event.draft.shippingMethodId).to.equal('ground');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.draft).to.equal(event.draft);
      expect(focusName()).to.equal(describeElement(opener));
    });
  });

  it('re-prices the lines when opened on a draft whose price list changed', async () => {
    const { el } = await open(setPriceList(buildDraft(mock.backend), 'employee'));
    await until(() => el.draft.lines[0]!.unitPrice.amount === 1749, 'not re-priced');
  });
});
