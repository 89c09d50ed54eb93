/**
 * `getOrder` of the Kibo adapter against the Kibo-shaped mock (mocks/kibo/, through MSW): an order
 * of the list that the Kibo mock did not build itself (Ada's seeded order) read in full, as the
 * Kibo demo's side sheet reads it: customer, lines with their price, totals, payments by last four;
 * Kibo's answer checked against its definitions.
 */
import { expect } from '@open-wc/testing';
import { NotFoundError } from '../../src/adapter/errors.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { CUSTOMERS, PRODUCTS } from '../support/fixtures.js';
import { kiboOnMock, useKiboMock } from '../support/kibo-mock.js';
import { describeErrors, validateResponse } from './validate.js';

const US = String(KIBO_SITE_IDS['us']);

describe('Kibo adapter on the Kibo-shaped mock: an order read in full', () => {
  useKiboMock();

  it('reads Ada’s seeded order 10539 with its line, totals and card by last four', async () => {
    const answers: unknown[] = [];
    const adapter = kiboOnMock(({ url, answer }) => {
      if (/\/commerce\/orders\/[^/?]+$/.test(url.split('?')[0]!)) answers.push(answer);
    });
    const [ada] = await adapter.searchCustomers({ siteId: US, query: CUSTOMERS.ada.name });
    const page = await adapter.listOrders({ siteId: US, customerId: ada!.id, limit: 5 });
    const listed = page.items.find((o) => o.number === '10539')!;
    const order = await adapter.getOrder!({ siteId: US, orderId: listed.id });
    expect(order).to.deep.include({ id: listed.id, number: '10539', status: 'new' });
    expect(order.customer.email).to.equal(CUSTOMERS.ada.email);
    expect(order.lines.map((l) => [l.productName, l.productId, l.quantity])).to.deep.equal([
      [PRODUCTS.canvasTote.name, PRODUCTS.canvasTote.code, 1],
    ]);
    expect(order.lines[0]!.unitPrice.amount).to.be.greaterThan(0);
    expect(order.total).to.deep.equal(listed.total);
    expect(order.payments).to.have.length(1);
    expect(order.payments[0]!.last4).to.match(/^\d{4}$/);
    expect(answers).to.have.length(1);
    const errors = await validateResponse('getOrder', 200, answers[0]);
    expect(errors, describeErrors(errors)).to.deep.equal([]);
    // An order the site does not have: not found.
    const missing = await adapter.getOrder!({ siteId: US, orderId: 'ord-1' }).catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(NotFoundError);
  });
});
