/**
 * What Order Details says when a read fails (issue 12, the fault matrix): the shipping methods, the
 * price lists and the total each say first what could not be done, then the backend's words (which
 * may not name the call: "The requested resource does not exist."), with a Retry that brings them.
 */
import { expect } from '@open-wc/testing';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { $, button, control, text } from '../../support/dom.js';
import { until } from '../../support/wait.js';
import { quiet, useDialogSuite } from './order-details-dialog-support.js';

/** The alert shown in place of the field labelled by `id`. */
const alertOf = (el: OrderDetailsDialog, id: string) => $(el, `label[for="${id}"] ~ [role="alert"]`);

describe('<order-details-dialog> when a read fails', function () {
  this.timeout(20_000);
  const { mock, open } = useDialogSuite();

  it('says the shipping methods could not be loaded, before the backend’s words, and Retry loads them', async () => {
    mock.scenario.failNext('getShippingMethods', 404, 4);
    const { el } = await open();
    const alert = await until(() => alertOf(el, 'shipping-method'), 'no error at Shipping Method');
    expect(text(alert)).to.equal(
      'The shipping methods could not be loaded. The requested resource does not exist. Retry',
    );
    await expect(el).to.be.accessible();
    mock.scenario.clearFaults();
    button(alert, 'Retry')!.click();
    const select = await until(() => control<HTMLSelectElement>(el, 'Shipping Method'), 'no shipping methods');
    expect(select.value).to.equal('ground');
    await quiet(el);
  });

  it('says the price lists could not be loaded, before the backend’s words, and Retry loads them', async () => {
    mock.scenario.failNext('listPriceLists', 503, 4, { retryAfter: 0 });
    const { el } = await open();
    const alert = await until(() => alertOf(el, 'price-list'), 'no error at Price list');
    expect(text(alert)).to.equal(
      'The price lists could not be loaded. The order service is unavailable. Try again in a moment. Retry',
    );
    mock.scenario.clearFaults();
    button(alert, 'Retry')!.click();
    const select = await until(() => control<HTMLSelectElement>(el, 'Price list'), 'no price lists');
    expect([...select.options].map((option) => text(option))).to.deep.equal(['List prices', 'VIP', 'Employee']);
    await quiet(el);
  });

  it('says the total could not be calculated, before the backend’s words', async () => {
    mock.scenario.failNext('priceOrder', 409, 4, { retryAfter: 0 });
    const { el } = await open();
    const alert = await until(() => $(el, '[part~="totals"] [role="alert"]'), 'no error in the totals');
    expect(text(alert)).to.equal(
      'The total could not be calculated. The request conflicts with another one in progress. Try again in a moment. Retry',
    );
    mock.scenario.clearFaults();
    button(alert, 'Retry')!.click();
    await quiet(el);
  });
});
