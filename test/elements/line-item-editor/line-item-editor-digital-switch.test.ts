/**
 * A product offered both by email and shipped (a test-local "Gift Card" that can also be mailed as
 * a plastic card): switching a line to Email delivery in its edit row ("Change" under Fulfillment)
 * asks for the recipient before the line changes, and a recipient is kept when the line is switched
 * away and back.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { DraftLine } from '../../../src/model/types.js';
import { $, button, describeElement, errorOf, fill, focusName, getControl } from '../../support/dom.js';
import { PRODUCTS, SHIP, SITES } from '../../support/fixtures.js';
import { cells, fulfillment, renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { recordChanges, useEditorSuite } from './line-item-editor-support.js';

const GRACE = { email: 'grace@example.com', name: 'Grace Hopper', message: 'Congratulations!' };

/** The mock's adapter, whose Gift Card is also shipped (the tote's Direct Ship option beside its email delivery). */
function bothWays(adapter: OrderAdapter): OrderAdapter {
  return {
    ...adapter,
    async getFulfillmentOptions(request, init) {
      const own = await adapter.getFulfillmentOptions(request, init);
      if (request.productId !== PRODUCTS.giftCard.id) return own;
      const tote = { ...request, productId: PRODUCTS.canvasTote.id, variantId: null };
      const shipped = (await adapter.getFulfillmentOptions(tote, init)).filter((option) => option.kind === 'ship');
      return [...shipped, ...own];
    },
  };
}

/** A Gift Card line, shipped. */
function shippedGiftCard(): DraftLine {
  const { id, name, code, usd } = PRODUCTS.giftCard;
  return {
    id: 'gift',
    productId: id,
    variantId: null,
    productName: name,
    code,
    options: [],
    quantity: 1,
    fulfillment: SHIP,
    unitPrice: { amount: usd, currency: SITES.us.currency },
    adjustment: null,
    gift: false,
    giftMessage: '',
  };
}

async function openChange(el: LineItemEditor): Promise<void> {
  $<HTMLButtonElement>(el, '#fulfillment-gift')!.click();
  await fulfillment(el, 'Direct Ship');
}

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('a product offered by email and shipped', () => {
    it('asks for the recipient when a line is switched to Email delivery in its edit row, and keeps it', async () => {
      const el = await renderEditor(bothWays(mock.adapter), { lines: [shippedGiftCard()] });
      const events = recordChanges(el);
      await openChange(el);
      (await fulfillment(el, 'Email delivery')).click();
      // Not changed yet: the row asks who receives it, focused on "Recipient email".
      const email = await until(() => $<HTMLInputElement>(el, '#row-recipient-email'), 'no recipient asked');
      await until(() => focusName() === describeElement(email), 'focus not on the recipient email');
      expect(events).to.have.length(0);
      expect((await fulfillment(el, 'Email delivery')).checked).to.equal(true);
      await expect(el).to.be.accessible();

      // Save without a recipient: refused at the fields, the line unchanged.
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(errorOf(getControl(el, 'Recipient email'))).to.equal('Enter an email address.');
      await expect(el).to.be.accessible();

      await fill(getControl(el, 'Recipient email'), GRACE.email);
      await fill(getControl(el, 'Recipient name'), GRACE.name);
      await fill(getControl<HTMLInputElement>(el, 'Message'), GRACE.message);
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.lines[0]!.fulfillment).to.deep.equal({
        kind: 'digital',
        locationId: null,
        locationName: null,
        recipient: GRACE,
      });
      expect(cells(tableRows(el)[0]!)[1]).to.contain('Email to Grace Hopper (grace@example.com)');
      expect($(el, '#row-recipient-email')).to.equal(null);

      // Its edit row now offers Direct Ship again beside the recipient; switched to it, then back.
      await openChange(el);
      expect((await fulfillment(el, 'Email delivery')).checked).to.equal(true);
      expect(getControl(el, 'Recipient name').value).to.equal(GRACE.name);
      await expect(el).to.be.accessible();
      (await fulfillment(el, 'Direct Ship')).click();
      await el.updateComplete;
      expect(events).to.have.length(2);
      expect(events[1]!.lines[0]!.fulfillment).to.deep.equal(SHIP);

      await openChange(el);
      (await fulfillment(el, 'Email delivery')).click();
      await until(() => $(el, '#row-recipient-email'), 'no recipient asked');
      await el.updateComplete;
      // The recipient it had is filled in again.
      expect(getControl(el, 'Recipient email').value).to.equal(GRACE.email);
      expect(getControl<HTMLTextAreaElement>(el, 'Message').value).to.equal(GRACE.message);
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(events).to.have.length(3);
      expect(events[2]!.lines[0]!.fulfillment!.recipient).to.deep.equal(GRACE);
    });

    it('Cancel after choosing Email delivery leaves the line shipped', async () => {
      const el = await renderEditor(bothWays(mock.adapter), { lines: [shippedGiftCard()] });
      const events = recordChanges(el);
      await openChange(el);
      (await fulfillment(el, 'Email delivery')).click();
      await until(() => $(el, '#row-recipient-email'), 'no recipient asked');
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect($(el, '#row-recipient-email')).to.equal(null);
      expect(cells(tableRows(el)[0]!)[1]).to.contain('Direct Ship');
      await expect(el).to.be.accessible();
    });
  });
});
