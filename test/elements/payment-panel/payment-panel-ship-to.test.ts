/**
 * "Same as shipping address" when the order ships to another address (`shippingAddress`, the
 * builder's ship-to): it means that address, not the customer's default shipping address; and in
 * the builder, the order's ship-to address reaches the panel and the Order Details summary.
 */
import { expect } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { PaymentPanel } from '../../../src/elements/payment-panel/payment-panel.js';
import { setShipTo } from '../../../src/model/draft.js';
import type { AddressInput } from '../../../src/model/types.js';
import { $, $$, text } from '../../support/dom.js';
import { buildDraft } from '../../support/fixtures.js';
import { withDraft } from '../../support/harness/offline-order-builder.js';
import { control, fill, fillCard, hasField, openForm, renderPanel, save } from '../../support/harness/payment-panel.js';
import { useMockBackend } from '../../support/mock.js';
import { untilPayments } from './payment-panel-support.js';

/** A one-time address the order ships to (a friend's, for a gift). */
const OTTAWA: AddressInput = {
  name: 'Grace Hopper',
  line1: '12 Elgin St',
  city: 'Ottawa',
  region: 'ON',
  postalCode: 'K1P 1L5',
  country: 'CA',
  isDefaultBilling: false,
  isDefaultShipping: false,
};

const sameBox = (el: PaymentPanel) => $<HTMLInputElement>(el, '[part="billing-address"] input[type="checkbox"]')!;

describe('<payment-panel> with the order’s ship-to address', () => {
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  it('means the ship-to address by "Same as shipping address", and sends it as the billing address', async () => {
    const bodies: { billingAddress: AddressInput }[] = [];
    const adapter = createRestAdapter({
      baseUrl: mock.baseUrl,
      fetch: (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/card-tokens'))
          bodies.push(JSON.parse(String(init?.body)) as { billingAddress: AddressInput });
        return fetch(input, init);
      },
    });
    // Ada's default billing address is her default shipping address; this order ships elsewhere.
    const ada = mock.backend.findCustomer('ada')!;
    const el = await renderPanel({ adapter, customer: ada, shippingAddress: OTTAWA });
    await openForm(el);
    // Her billing address is not where this order ships: unticked, her billing address filled in.
    expect(sameBox(el).checked).to.equal(false);
    expect(control(el, 'City').value).to.equal('Austin');
    await expect(el).to.be.accessible();

    sameBox(el).click();
    await el.updateComplete;
    expect(hasField(el, 'City')).to.equal(false);
    expect(text($(el, '[part="billing-address"] p'))).to.equal('Grace Hopper, 12 Elgin St, Ottawa, ON, K1P 1L5, CA');
    await expect(el).to.be.accessible();
    fill(el, 'Amount', '50');
    fillCard(el);
    await save(el);
    await untilPayments(el, 1);
    expect(bodies[0]!.billingAddress).to.deep.include({ line1: '12 Elgin St', city: 'Ottawa', country: 'CA' });
  });

  it('is ticked when the order ships to the customer’s billing address, saved but not the default shipping one', async () => {
    const katherine = mock.backend.findCustomer('katherine')!;
    const billing = katherine.addresses.find((a) => a.isDefaultBilling)!;
    const el = await renderPanel({ adapter: mock.adapter, customer: katherine, shippingAddress: { ...billing } });
    await openForm(el);
    expect(sameBox(el).checked).to.equal(true);
    expect(text($(el, '[part="billing-address"] p'))).to.contain('1918 Orbit Rd');
    await expect(el).to.be.accessible();
  });

  describe('in <offline-order-builder>', function () {
    this.timeout(30_000);

    it('passes the ship-to address to the panel and shows it in the Order Details summary', async () => {
      const draft = buildDraft(mock.backend, { customerId: 'ada' });
      const el = await withDraft(mock, draft);
      const summary = () =>
        Object.fromEntries(
          $$(el, '[part~="details-summary"] div').map((d) => [
            text(d.querySelector('dt')),
            text(d.querySelector('dd')),
          ]),
        );
      // Shipping to the customer's default shipping address: the summary says which.
      expect(summary()['Ship to']).to.equal('Ada Lovelace, 1815 Analytical Engine Way, Austin, TX 78701, US');
      const panel = $<PaymentPanel>(el, 'payment-panel')!;
      expect(panel.shippingAddress).to.equal(null);

      el.draft = setShipTo(draft, OTTAWA);
      await el.updateComplete;
      expect(summary()['Ship to']).to.equal('Grace Hopper, 12 Elgin St, Ottawa, ON K1P 1L5, CA');
      // On a row of its own, as wide as the summary (not squeezed into a figure's column).
      const list = $(el, '[part~="details-summary"]')!;
      const shipTo = $$(el, '[part~="details-summary"] div').find((d) => text(d.querySelector('dt')) === 'Ship to')!;
      expect(shipTo.getBoundingClientRect().width).to.be.closeTo(list.getBoundingClientRect().width, 1);
      expect(panel.shippingAddress).to.deep.include({ line1: '12 Elgin St', city: 'Ottawa' });
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '#tab-payments')!.click();
      await openForm(panel);
      sameBox(panel).click();
      await panel.updateComplete;
      expect(text($(panel, '[part="billing-address"] p'))).to.contain('12 Elgin St');
      await expect(el).to.be.accessible();
    });
  });
});
