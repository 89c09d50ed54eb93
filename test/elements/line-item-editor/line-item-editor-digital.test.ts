import { expect } from '@open-wc/testing';
import { TEXT_LIMITS } from '../../../src/model/limits.js';
import type { DraftLine } from '../../../src/model/types.js';
import { $, button, describeElement, errorOf, fill, focusName, getControl, text } from '../../support/dom.js';
import { PRODUCTS, SITES } from '../../support/fixtures.js';
import {
  cells,
  fulfillment,
  fulfillmentNote,
  pickProduct,
  renderEditor,
  tableRows,
} from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { recordChanges, useEditorSuite } from './line-item-editor-support.js';

const ADA = { email: 'ada@example.com', name: 'Ada Lovelace', message: 'Happy birthday!' };

/** A Gift Card line as a host (or a restored draft) gives it. */
function giftCardLine(recipient = ADA): DraftLine {
  const { id, name, code, usd } = PRODUCTS.giftCard;
  return {
    id: 'gift',
    productId: id,
    variantId: null,
    productName: name,
    code,
    options: [],
    quantity: 1,
    fulfillment: { kind: 'digital', locationId: null, locationName: null, recipient },
    unitPrice: { amount: usd, currency: SITES.us.currency },
    adjustment: null,
    gift: false,
    giftMessage: '',
  };
}

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('email delivery (a Gift Card)', () => {
    it('offers Email delivery, chosen, and asks for the recipient, focused on "Recipient email"', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.giftCard.name);
      const email = await fulfillment(el, 'Email delivery');
      expect(email.checked).to.equal(true);
      expect(email.disabled).to.equal(false);
      expect(fulfillmentNote(email)).to.equal('Sent by email to the recipient');
      await until(() => focusName() === describeElement(getControl(el, 'Recipient email')), 'focus not on the email');
      expect(getControl(el, 'Recipient name').required).to.equal(true);
      expect(getControl(el, 'Recipient email').type).to.equal('email');
      const message = getControl<HTMLTextAreaElement>(el, 'Message');
      expect(message.maxLength).to.equal(TEXT_LIMITS.recipientMessage);
      expect(errorOf(message)).to.equal('Up to 500 characters');
      expect(text($(el, '[part="add-row"]'))).not.to.contain('cannot be fulfilled');
      await expect(el).to.be.accessible();
    });

    it('refuses Add without a recipient, says why at each field, and focuses the first', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.giftCard.name);
      await fulfillment(el, 'Email delivery');
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      const email = getControl(el, 'Recipient email');
      const name = getControl(el, 'Recipient name');
      expect(events.length).to.equal(0);
      expect(errorOf(email)).to.equal('Enter an email address.');
      expect(errorOf(name)).to.equal('Enter the recipient’s name.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(focusName()).to.equal(describeElement(email));
      await expect(el).to.be.accessible();

      await fill(email, 'ada@example');
      await fill(name, 'Ada Lovelace');
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(errorOf(email)).to.equal('Enter an email address like name@example.com.');
      expect(errorOf(name)).to.equal('');
      expect(name.getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('adds the Gift Card with its recipient, and the line shows "Email to …"', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.giftCard.name);
      await fulfillment(el, 'Email delivery');
      await fill(getControl(el, 'Recipient email'), ` ${ADA.email} `);
      await fill(getControl(el, 'Recipient name'), ADA.name);
      await fill(getControl<HTMLInputElement>(el, 'Message'), ADA.message);
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(1);
      const [line] = events[0]!.lines;
      expect(line!.fulfillment).to.deep.equal({
        kind: 'digital',
        locationId: null,
        locationName: null,
        recipient: ADA,
      });
      expect(line!.unitPrice).to.deep.equal({ amount: PRODUCTS.giftCard.usd, currency: 'USD' });
      const [row] = tableRows(el);
      expect(cells(row!)[1]).to.contain('Email to Ada Lovelace (ada@example.com)');
      expect($(el, '[part="add-row"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('adds any quantity: nothing is stocked', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.giftCard.name);
      await fulfillment(el, 'Email delivery');
      await fill(getControl(el, 'Quantity'), '5000');
      expect(text($(el, '#quantity-note'))).to.equal('');
      await fill(getControl(el, 'Recipient email'), ADA.email);
      await fill(getControl(el, 'Recipient name'), ADA.name);
      const events = recordChanges(el);
      button(el, 'Add')!.click();
      await el.updateComplete;
      expect(events[0]!.lines[0]!.quantity).to.equal(5000);
    });

    it('changes a line’s recipient from its edit row, and Cancel keeps it', async () => {
      const el = await renderEditor(mock.adapter, { lines: [giftCardLine()] });
      const [row] = tableRows(el);
      expect(cells(row!)[1]).to.contain('Email to Ada Lovelace (ada@example.com)');
      $<HTMLButtonElement>(el, '#fulfillment-gift')!.click();
      const email = await until(() => $<HTMLInputElement>(el, '#row-recipient-email'), 'no edit row');
      await el.updateComplete;
      expect(email.value).to.equal(ADA.email);
      expect(getControl(el, 'Recipient name').value).to.equal(ADA.name);
      expect(getControl<HTMLTextAreaElement>(el, 'Message').value).to.equal(ADA.message);
      expect(focusName()).to.equal(describeElement(email));
      await expect(el).to.be.accessible();

      const events = recordChanges(el);
      await fill(getControl(el, 'Recipient name'), '');
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(errorOf(getControl(el, 'Recipient name'))).to.equal('Enter the recipient’s name.');
      await expect(el).to.be.accessible();

      await fill(getControl(el, 'Recipient name'), 'Grace Hopper');
      await fill(email, 'grace@example.com');
      button(el, 'Save')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(1);
      expect(events[0]!.lines[0]!.fulfillment!.recipient).to.deep.equal({
        email: 'grace@example.com',
        name: 'Grace Hopper',
        message: ADA.message,
      });
      expect(cells(tableRows(el)[0]!)[1]).to.contain('Email to Grace Hopper (grace@example.com)');
      expect($(el, '#row-recipient-email')).to.equal(null);
      expect(focusName()).to.equal(describeElement($(el, '#fulfillment-gift')));

      $<HTMLButtonElement>(el, '#fulfillment-gift')!.click();
      await until(() => $(el, '#row-recipient-email'), 'no edit row');
      await fill(getControl(el, 'Recipient name'), 'Someone Else');
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(events.length).to.equal(1);
      expect(cells(tableRows(el)[0]!)[1]).to.contain('Email to Grace Hopper (grace@example.com)');
    });

    it('marks no quantity of an email delivery line beyond stock', async () => {
      const el = await renderEditor(mock.adapter, { lines: [{ ...giftCardLine(), quantity: 40 }] });
      await el.stockComplete;
      expect(el.quantityProblems()).to.deep.equal([]);
    });
  });
});
