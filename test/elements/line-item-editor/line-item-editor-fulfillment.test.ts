import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { PRODUCTS, VARIANTS } from '../../support/fixtures.js';
import { $, $$, button, describeElement, focusName, text } from '../../support/dom.js';
import { fulfillment, fulfillmentNote, pickProduct, renderEditor } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { useEditorSuite, recordChanges, configureNineBlue } from './line-item-editor-support.js';

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('fulfillment', () => {
    it('lists Direct Ship, each store for pickup and Delivery, with the inventory of each', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const labels = [
        'Direct Ship',
        'Pickup: Downtown Store',
        'Pickup: Airport Kiosk',
        'Pickup: Uptown Store',
        'Delivery: Uptown Store',
      ];
      const notes = [];
      for (const label of labels) notes.push(fulfillmentNote(await fulfillment(el, label)));
      expect(notes).to.deep.equal(['240 available', '18 available', '6 available', '12 available', '12 available']);
      expect(text($(el, 'fieldset legend'))).to.equal('Fulfillment');
      await expect(el).to.be.accessible();
    });

    it('says the fulfillment options could not be loaded, and Retry loads them', async () => {
      mock.scenario.failNext('getFulfillmentOptions', 503, 4, { retryAfter: 0 });
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.canvasTote.name);
      const alert = await until(() => $(el, '[part="add-row"] [role="alert"]'), 'no failure shown');
      expect(text(alert)).to.equal(
        'The fulfillment options could not be loaded. The order service is unavailable. Try again in a moment. Retry',
      );
      await expect(el).to.be.accessible();

      button(alert, 'Retry')!.click();
      expect(fulfillmentNote(await fulfillment(el, 'Direct Ship'))).to.equal('240 available');
    });

    it('disables the options an item cannot use, with the reason', async () => {
      const el = await renderEditor(mock.adapter);
      await pickProduct(el, PRODUCTS.waterBottle.name);
      const ship = await fulfillment(el, 'Direct Ship');
      expect(ship.disabled).to.equal(true);
      expect(fulfillmentNote(ship)).to.equal('Out of stock at the warehouse, and none expected.');
      expect((await fulfillment(el, 'Pickup: Downtown Store')).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    // Issue 9 item 17: the Gift Card used to list every option disabled, each with its reason, beside an enabled "Add".
    // It is delivered by email now (issue 16); a backend that refuses every option for it stands in.
    it('says once that no option can fulfil the Gift Card, and disables Add with that reason', async () => {
      const el = await renderEditor(refusingEverything(mock.adapter));
      await pickProduct(el, PRODUCTS.giftCard.name);
      const message = 'Gift Card cannot be fulfilled here: no fulfillment option is available.';
      const add = await until(() => button(el, 'Add'), 'no Add');
      expect(
        $$(el, '[part="add-row"] *').filter((n) => n.children.length === 0 && text(n) === message).length,
      ).to.equal(1);
      expect(text($(el, '[part="add-row"]')).split(message)).to.have.length(2);
      expect($$(el, 'input[type="radio"]').length).to.equal(0);
      expect(add.getAttribute('aria-disabled')).to.equal('true');
      expect(text($(el, `#${add.getAttribute('aria-describedby')}`))).to.equal(message);
      await expect(el).to.be.accessible();

      const events = recordChanges(el);
      add.click();
      await el.updateComplete;
      expect(events.length).to.equal(0);
      expect(text($(el, '[part="add-row"]'))).not.to.contain('Choose how this item is fulfilled.');
    });

    it('underlines stock that includes expected units and shows the breakdown on hover', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      const ship = await fulfillment(el, 'Direct Ship');
      expect(fulfillmentNote(ship)).to.equal('0 available + 7 expected');
      expect(fulfillmentNote(await fulfillment(el, 'Pickup: Downtown Store'))).to.equal('3 available');
      const future = $<HTMLElement>(el, '.future')!;
      expect(getComputedStyle(future).textDecorationLine).to.equal('underline');
      const tooltip = $(el, `#${future.getAttribute('aria-describedby')}`)!;
      expect(tooltip.getAttribute('role')).to.equal('tooltip');
      expect(tooltip.checkVisibility()).to.equal(false);

      const box = future.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
      await until(() => tooltip.checkVisibility(), 'the breakdown did not show on hover');
      const [first, second] = mock.backend
        .getFulfillmentOptions('us', PRODUCTS.trailRunner.id, VARIANTS.trailRunner9Blue.id)[0]!
        .inventory.future.map((f) =>
          new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(f.expectedDate)),
        );
      expect(tooltip.innerText.split('\n')).to.deep.equal([
        '0 available now',
        `2 expected ${first}`,
        `5 expected ${second}`,
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows the breakdown on keyboard focus, and Escape hides it', async () => {
      const el = await renderEditor(mock.adapter);
      await configureNineBlue(el);
      const ship = await fulfillment(el, 'Direct Ship');
      ship.focus();
      await sendKeys({ press: 'Tab' });
      const future = $<HTMLElement>(el, '.future')!;
      expect(focusName()).to.equal(describeElement(future));
      const tooltip = $(el, '[role="tooltip"]')!;
      expect(tooltip.checkVisibility()).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(tooltip.checkVisibility()).to.equal(false);
      expect(focusName()).to.equal(describeElement(future));
    });
  });
});

/** An adapter whose fulfillment options are all refused ("not-supported"). */
function refusingEverything(adapter: OrderAdapter): OrderAdapter {
  return {
    ...adapter,
    getFulfillmentOptions: async (request, init) =>
      (await adapter.getFulfillmentOptions(request, init)).map((o) => ({
        ...o,
        available: false,
        unavailableReason: 'not-supported' as const,
        unavailableMessage: 'Not offered.',
      })),
  };
}
