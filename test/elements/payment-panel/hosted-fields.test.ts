/**
 * Hosted-fields mode end to end with the mock's fake provider: the card is keyed in the
 * provider's frame, tokenized by the frame, and the panel only ever receives the summary.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { money } from '../../../src/model/money.js';
import { connectHostedFields, hostedFieldsUrl } from '../../../mocks/hosted-fields.js';
import { useMockBackend } from '../../support/mock.js';
import { SITES } from '../../support/fixtures.js';
import { $, text } from '../../support/dom.js';
import { fill, hasField, openForm, paymentRows, save } from '../../support/harness/payment-panel.js';

describe('<payment-panel hosted-fields> with a provider frame', () => {
  const mock = useMockBackend();

  async function render(): Promise<{ el: PaymentPanel; frame: HTMLIFrameElement }> {
    const el = await fixture<PaymentPanel>(
      html`<payment-panel
        hosted-fields
        .adapter=${mock.adapter}
        .site=${SITES.us}
        .total=${money(10000, 'USD')}
        .customer=${mock.backend.findCustomer('ada')!}
      >
        <iframe slot="card-fields" title="Card details" src=${hostedFieldsUrl(mock.baseUrl, 'us')}></iframe>
      </payment-panel>`,
    );
    const frame = el.querySelector('iframe')!;
    el.tokenizeHosted = connectHostedFields(frame);
    await waitUntil(() => frame.contentDocument?.getElementById('number'), 'the provider frame did not load', {
      timeout: 5000,
    });
    return { el, frame };
  }

  function key(frame: HTMLIFrameElement, values: { number: string; expiry: string; code: string }): void {
    const doc = frame.contentDocument!;
    (doc.getElementById('number') as HTMLInputElement).value = values.number;
    (doc.getElementById('expiry') as HTMLInputElement).value = values.expiry;
    (doc.getElementById('code') as HTMLInputElement).value = values.code;
  }

  it('shows the provider’s fields in the form and adds the card it tokenizes', async () => {
    const { el, frame } = await render();
    await openForm(el);
    expect(hasField(el, 'Card number')).to.equal(false);
    expect(frame.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
    fill(el, 'Name on card', 'Ada Lovelace');
    key(frame, { number: '4111 1111 1111 1111', expiry: '12/30', code: '123' });
    await save(el);
    await waitUntil(() => el.payments.length === 1, 'no payment', { timeout: 5000 });
    await el.updateComplete;
    expect(paymentRows(el)).to.deep.equal(['Visa •••• 1111 $100.00']);
    expect(el.payments[0]!.card).to.include({ brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 });
    expect(mock.backend.requestsFor('tokenizeCard')).to.have.length(1);
    expect((frame.contentDocument!.getElementById('number') as HTMLInputElement).value).to.equal('');
    // The host page itself never held the number.
    expect(document.documentElement.outerHTML).not.to.contain('4111 1111 1111 1111');
    expect(el.shadowRoot!.innerHTML).not.to.contain('4111111111111111');
  });

  it('shows the provider’s decline in the form', async () => {
    const { el, frame } = await render();
    await openForm(el);
    fill(el, 'Name on card', 'Ada Lovelace');
    key(frame, { number: '4000000000000002', expiry: '12/30', code: '123' });
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no decline shown', { timeout: 5000 });
    expect(text($(el, '[part="form-error"]'))).to.equal('The card was declined. Ask the shopper for another card.');
    expect(el.payments).to.have.length(0);
  });

  it('shows the provider’s own refusal of the number in the form, as the panel has no number field', async () => {
    const { el, frame } = await render();
    await openForm(el);
    fill(el, 'Name on card', 'Ada Lovelace');
    key(frame, { number: '4111111111111112', expiry: '12/30', code: '123' });
    await save(el);
    await waitUntil(() => $(el, '[part="form-error"]'), 'no error shown', { timeout: 5000 });
    expect(text($(el, '[part="form-error"]'))).to.equal('The card was not added. The card number is not valid.');
  });
});
