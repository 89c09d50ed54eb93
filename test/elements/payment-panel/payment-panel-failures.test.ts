/**
 * What the payment panel says when a call fails (issue 12, the fault matrix): the payment types,
 * the card and the balance each say first what could not be done, then the backend's words, which
 * may not name the call ("The requested resource does not exist."); what was typed stays.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { $, getButton, text } from '../../support/dom.js';
import {
  chooseType,
  control,
  errorAt,
  fill,
  fillCard,
  openForm,
  renderPanel,
  save,
} from '../../support/harness/payment-panel.js';
import { useMockBackend } from '../../support/mock.js';

const WAIT = { timeout: 5000 };

describe('<payment-panel> when a call fails', () => {
  const mock = useMockBackend({ adapter: { retry: { retries: 0 } } });

  it('says the payment types could not be loaded, before the backend’s words, and Retry loads them', async () => {
    mock.scenario.failNext('listPaymentTypes', 404);
    const el = await renderPanel({ adapter: mock.adapter });
    getButton(el, 'Add Payment').click();
    await waitUntil(() => $(el, '[part="form"] [role="alert"]'), 'no error shown', WAIT);
    const alert = $(el, '[part="form"] [role="alert"]')!;
    expect(text(alert)).to.equal('The payment types could not be loaded. The requested resource does not exist. Retry');
    await expect(el).to.be.accessible();
    getButton(alert, 'Retry').click();
    await waitUntil(() => $(el, 'select[name="type"]'), 'the payment types did not show', WAIT);
  });

  it('says the card was not added, before the backend’s words, keeping what was typed', async () => {
    mock.scenario.failNext('tokenizeCard', 404);
    const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fillCard(el);
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no error shown', WAIT);
    expect(text($(el, '[part="form-error"]'))).to.equal(
      'The card was not added. The requested resource does not exist.',
    );
    expect(control(el, 'Name on card').value).to.equal('Ada Lovelace');
    expect(control(el, 'Card number').value).to.equal('4111 1111 1111 1111');
    expect(control(el, 'Expiry (MM/YY)').value).to.equal('12/30');
    expect(control(el, 'Security code').value).to.equal('123');
    expect(el.payments).to.deep.equal([]);
  });

  it('keeps a decline in its own words', async () => {
    const el = await renderPanel({ adapter: mock.adapter, customer: mock.backend.findCustomer('ada')! });
    await openForm(el);
    fillCard(el, { number: '4000 0000 0000 0002' });
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no decline shown', WAIT);
    expect(text($(el, '[part="form-error"]'))).to.equal('The card was declined. Ask the shopper for another card.');
  });

  it('says the balance could not be checked, before the backend’s words, at the code', async () => {
    mock.scenario.failNext('checkBalance', 503, 1, { retryAfter: 0 });
    const el = await renderPanel({ adapter: mock.adapter });
    await openForm(el);
    await chooseType(el, 'Gift Card');
    fill(el, 'Code', 'GC-5000-0002');
    getButton(el, 'Check Balance').click();
    await waitUntil(() => errorAt(el, 'Code'), 'no error shown', WAIT);
    expect(errorAt(el, 'Code')).to.equal(
      'The balance could not be checked. The order service is unavailable. Try again in a moment.',
    );
    expect(control(el, 'Code').value).to.equal('GC-5000-0002');
    getButton(el, 'Check Balance').click();
    await waitUntil(() => text($(el, '[part="hint"]')) === 'Available balance: $100.00', 'no balance shown', WAIT);
    await save(el);
    expect(el.payments.map((payment) => [payment.kind, payment.amount.amount])).to.deep.equal([['gift-card', 10000]]);
  });
});
