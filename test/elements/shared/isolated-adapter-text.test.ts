/**
 * Adapter text inside our own sentences is isolated (issue 9, item 29) and scrubbed of card digits
 * (item 26), in each element that composes a sentence around it: a coupon code in why it was
 * rejected and in the builder's notice that it was removed, a product name in "… cannot be
 * fulfilled here", a payment type's label in "… number", a discount's label in the read-back.
 * (The customer created by a lost save: customer-dialog-errors.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import { renderReadBack } from '../../../src/elements/offline-order-builder/read-back.js';
import { removedCouponsText, takePricing } from '../../../src/elements/offline-order-builder/repricing.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { addCoupon } from '../../../src/model/draft.js';
import type { CouponResult, Pricing } from '../../../src/model/types.js';
import { expectLeftToRight, RLO } from '../../support/bidi.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, control, text } from '../../support/dom.js';
import { fulfillment, fulfillmentNote, pickProduct, renderEditor } from '../../support/harness/line-item-editor.js';
import { chooseType, hasField, openForm, renderPanel } from '../../support/harness/payment-panel.js';
import { until } from '../../support/wait.js';

const CARD_MESSAGE = 'card 4111 1111 1111 1111 not eligible';

/** What the backend answers about two codes of ours: one needs a 200.00 subtotal, one echoes a card number. */
function rejected(c: CouponResult): CouponResult {
  if (c.code.startsWith(RLO))
    return {
      code: c.code,
      status: 'rejected',
      reason: 'minimum-not-met',
      minimumSubtotal: { amount: 20000, currency: 'USD' },
    };
  if (c.code === 'CARD') return { code: c.code, status: 'rejected', reason: 'not-applicable', message: CARD_MESSAGE };
  return c;
}

describe('adapter text in our sentences: isolated, and scrubbed of card digits', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  function pricingAdapter(): OrderAdapter {
    return {
      ...mock.adapter,
      priceOrder: async (request, init) => {
        const p = await mock.adapter.priceOrder(request, init);
        return { ...p, coupons: p.coupons.map(rejected) };
      },
    };
  }

  describe('<order-details-dialog> coupons', () => {
    async function open(): Promise<OrderDetailsDialog> {
      const el = await fixture<OrderDetailsDialog>(
        html`<order-details-dialog .adapter=${pricingAdapter()} .site=${SITES.us}></order-details-dialog>`,
      );
      await el.show(buildDraft(mock.backend));
      return el;
    }

    async function apply(el: OrderDetailsDialog, code: string): Promise<void> {
      control(el, 'Coupon code')!.value = code;
      button(el, 'Apply')!.click();
      await el.updateComplete;
    }

    const row = (el: OrderDetailsDialog, code: string) =>
      $$(el, '[part~="coupon"]').find((li) => text(li.querySelector('b')) === code);

    it('keeps "needs a subtotal of at least $200.00" in reading order after a code with an unterminated U+202E', async () => {
      const el = await open();
      const code = `${RLO}BIG`;
      await apply(el, code);
      const li = await until(
        () => row(el, code)?.matches('[part~="coupon-rejected"]') && row(el, code),
        'the code was not rejected',
      );
      expect(text(li)).to.include(`Rejected: \u2068${code}\u2069 needs a subtotal of at least $200.00.`);
      expectLeftToRight(li, ' needs a subtotal of at least $200.00.');

      // Applied again: "… was not accepted: …" at the field, in reading order too.
      await apply(el, code);
      const error = $(el, '[part~="coupon-error"]')!;
      expect(text(error)).to.equal(
        `\u2068${code}\u2069 was not accepted: \u2068${code}\u2069 needs a subtotal of at least $200.00.`,
      );
      expectLeftToRight(error, ' was not accepted: ');
      await expect(el).to.be.accessible();
    });

    it('shows a rejection message that echoes a card number without its digits', async () => {
      const el = await open();
      await apply(el, 'CARD');
      const li = await until(
        () => row(el, 'CARD')?.matches('[part~="coupon-rejected"]') && row(el, 'CARD'),
        'the code was not rejected',
      );
      expect(text(li)).to.include('Rejected: card •••• 1111 not eligible');
      expect(el.shadowRoot!.textContent).to.not.include('4111');
    });
  });

  describe('<offline-order-builder> notice of a coupon removed by an answer (repricing.ts)', () => {
    it('keeps "was removed" in reading order after the code, and scrubs the card digits of the reason', async () => {
      const draft = addCoupon(addCoupon(buildDraft(mock.backend), `${RLO}BIG`), 'CARD');
      const answer = await mock.adapter.priceOrder({ draft });
      const pricing: Pricing = { ...answer, coupons: answer.coupons.map(rejected) };
      const { draft: kept, rejected: removed } = takePricing(draft, pricing);
      const notice = removedCouponsText(removed, 'en-US');
      expect(kept.coupons).to.deep.equal([]);
      expect(notice).to.equal(
        `Coupon \u2068${RLO}BIG\u2069 was removed: \u2068${RLO}BIG\u2069 needs a subtotal of at least $200.00. Coupon CARD was removed: card •••• 1111 not eligible`,
      );
      const shown = await fixture<HTMLParagraphElement>(html`<p>${notice}</p>`);
      expectLeftToRight(shown, ' was removed: ');
    });
  });

  describe('<offline-order-builder> read-back', () => {
    it('isolates the label of a discount without a code', async () => {
      const draft = buildDraft(mock.backend);
      const answer = await mock.adapter.priceOrder({ draft });
      const label = `${RLO}Loyalty`;
      const pricing: Pricing = { ...answer, discounts: [{ label, amount: { amount: 500, currency: 'USD' } }] };
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      render(renderReadBack(draft, pricing, 'en-US', 'Ground'), host);
      const term = [...host.querySelectorAll('dt')].find((dt) => dt.textContent!.includes('Loyalty'))!;
      expect(term.textContent).to.equal(`\u2068${label}\u2069`);
      expect(text(term.nextElementSibling)).to.equal('-$5.00');
    });
  });

  describe('<line-item-editor>', () => {
    it('keeps "cannot be fulfilled here" in reading order after a product name with an unterminated U+202E', async () => {
      const name = `${RLO}Gift Card`;
      const adapter: OrderAdapter = {
        ...mock.adapter,
        searchProducts: async (request, init) =>
          (await mock.adapter.searchProducts(request, init)).map((p) => (p.id === 'gift-card' ? { ...p, name } : p)),
        // Delivered by email in the mock: a backend that refuses it every option stands in.
        getFulfillmentOptions: async (request, init) =>
          (await mock.adapter.getFulfillmentOptions(request, init)).map((o) => ({ ...o, available: false })),
      };
      const el = await renderEditor(adapter);
      await pickProduct(el, 'Gift Card');
      const none = await until(() => $(el, '#add-none'), 'no "cannot be fulfilled here"');
      expect(text(none)).to.equal(`\u2068${name}\u2069 cannot be fulfilled here: no fulfillment option is available.`);
      expectLeftToRight(none, ' cannot be fulfilled here: ');
      await expect(el).to.be.accessible();
    });

    it('shows why an option is unavailable without the card digits the message echoes', async () => {
      const adapter: OrderAdapter = {
        ...mock.adapter,
        getFulfillmentOptions: async (request, init) =>
          (await mock.adapter.getFulfillmentOptions(request, init)).map((o) =>
            o.kind === 'ship' ? { ...o, available: false, unavailableMessage: CARD_MESSAGE } : o,
          ),
      };
      const el: LineItemEditor = await renderEditor(adapter);
      await pickProduct(el, 'Canvas Tote Bag');
      const ship = await fulfillment(el, 'Direct Ship');
      expect(ship.disabled).to.equal(true);
      expect(fulfillmentNote(ship)).to.equal('card •••• 1111 not eligible');
      expect(el.shadowRoot!.textContent).to.not.include('4111');
    });
  });

  describe('<payment-panel>', () => {
    it('keeps " number" in reading order after a check type label with an unterminated U+202E', async () => {
      const label = `${RLO}Cheque`;
      const adapter: OrderAdapter = {
        ...mock.adapter,
        listPaymentTypes: async (request, init) =>
          (await mock.adapter.listPaymentTypes(request, init)).map((t) => (t.kind === 'check' ? { ...t, label } : t)),
      };
      const el = await renderPanel({ adapter });
      await openForm(el);
      await chooseType(el, label);
      expect(hasField(el, `\u2068${label}\u2069 number`)).to.equal(true);
      const field = $$(el, 'label[for]').find((l) => text(l).endsWith(' number'))!;
      expectLeftToRight(field, ' number');
      await expect(el).to.be.accessible();
    });
  });
});
