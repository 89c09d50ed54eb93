/**
 * An order of items delivered by email only (issue 16: the Gift Card): no shipping method is
 * needed, its read-back and its success view say who receives each item, and it is submitted with
 * the recipients.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MockProblem } from '../../../mocks/problem.js';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { Fulfillment, OrderDraft } from '../../../src/model/types.js';
import { $, button, control, text } from '../../support/dom.js';
import { buildDraft, PRODUCTS } from '../../support/fixtures.js';
import {
  confirm,
  openConfirmation,
  readBack,
  renderBuilder,
  submitButton,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { openDetails } from '../../support/harness/order-details-dialog.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

const EMAIL_TO_ADA: Fulfillment = {
  kind: 'digital',
  locationId: null,
  locationName: null,
  recipient: { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' },
};

describe('<offline-order-builder> an order delivered by email', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  const giftCards = (fulfillment: Fulfillment = EMAIL_TO_ADA) =>
    buildDraft(mock.backend, { lines: [{ productId: PRODUCTS.giftCard.id, quantity: 2, fulfillment }] });

  it('needs no shipping method, reads the recipient back, and submits the order with it', async () => {
    const sent: OrderDraft[] = [];
    const adapter: OrderAdapter = {
      ...mock.adapter,
      submitOrder: (request, init) => {
        sent.push(request.draft);
        return mock.adapter.submitOrder(request, init);
      },
    };
    const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, '[part~="submit-button"]'), 'the new order did not show', WAIT);
    const draft = giftCards();
    expect(draft.shippingMethodId).to.equal(null);
    el.draft = draft;
    await untilPriced(el, mock);
    expect(submitButton(el).getAttribute('aria-disabled')).not.to.equal('true');

    await openConfirmation(el);
    const rows = Object.fromEntries(readBack(el));
    expect(rows['Items']).to.equal('2 × Gift Card: Email to Ada Lovelace (ada@example.com), $50.00.');
    expect(rows['Shipping Method']).to.equal(undefined);
    await expect(el).to.be.accessible();

    await confirm(el);
    await waitUntil(() => $(el, '[part~="success"]'), 'the order was not submitted', { timeout: 8000 });
    expect(text($(el, '[part~="success"]'))).to.contain('Email to Ada Lovelace (ada@example.com)');
    expect(sent).to.have.length(1);
    expect(sent[0]!.lines[0]!.fulfillment).to.deep.equal(EMAIL_TO_ADA);
    expect(sent[0]!.shippingMethodId).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is priced without shipping: the Gift Cards and their tax only', () => {
    const pricing = mock.backend.priceOrder('us', giftCards());
    expect(pricing.subtotal.amount).to.equal(2 * PRODUCTS.giftCard.usd);
    expect(pricing.shipping.amount).to.equal(0);
    expect(pricing.handling.amount).to.equal(0);
  });

  it('is refused by the backend without its recipient, at the line', () => {
    const { lines, ...rest } = giftCards({ kind: 'digital', locationId: null, locationName: null });
    const draft = { ...rest, lines };
    let problem: MockProblem | undefined;
    try {
      mock.backend.submitOrder('us', draft, 'key-no-recipient');
    } catch (error) {
      problem = error as MockProblem;
    }
    expect(problem?.status).to.equal(422);
    expect(problem?.errors?.map((e) => [e.path, e.code])).to.deep.equal([
      [`lines.${lines[0]!.id}.fulfillment.recipient.email`, 'recipient-required'],
    ]);
  });

  describe('Order Details', () => {
    it('asks no shipping method, shows the line’s email delivery, and saves', async () => {
      const el = await openDetails(mock.adapter, giftCards());
      await waitUntil(() => $(el, 'line-item-editor'), 'no line items', WAIT);
      const editor = $(el, 'line-item-editor')!;
      await waitUntil(() => text($(editor, 'tbody')).includes('Email to Ada Lovelace'), 'no email delivery', WAIT);
      expect(control(el, 'Shipping Method')).to.equal(null);
      await expect(el).to.be.accessible();
      const saved = new Promise((resolve) => el.addEventListener('order-details-change', resolve, { once: true }));
      button(el, 'Save')!.click();
      await saved;
      expect(el.open).to.equal(false);
    });
  });
});
