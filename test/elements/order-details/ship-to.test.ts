/**
 * "Ship to" in Order Details: one of the customer's saved addresses, or another address typed for
 * this order (checked like the customer dialog's), saved to the customer only when "Save to
 * customer" is ticked; the rates and the totals asked again for it (the bodies the mock receives).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createRestAdapter } from '../../../src/adapter/rest-adapter.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import type { OrderDetailsChangeEvent } from '../../../src/events/order-details-change.js';
import { formatMoney } from '../../../src/model/money.js';
import type { AddressInput, CustomerInput, OrderDraft } from '../../../src/model/types.js';
import { $, $$, button, control, describeElement, errorOf, focusName, setValue, text } from '../../support/dom.js';
import { buildDraft, SITES } from '../../support/fixtures.js';
import { totals } from '../../support/harness/order-details-dialog.js';
import { useMockBackend } from '../../support/mock.js';
import { record, until } from '../../support/wait.js';

/** A request the mock received: its operation (by path) and its JSON body. */
interface Sent {
  path: string;
  body: { draft?: OrderDraft } & Partial<CustomerInput>;
}

const usd = (amount: number) => formatMoney({ amount, currency: 'USD' }, 'en-US');

const TORONTO: AddressInput = {
  name: 'Ada Lovelace',
  line1: '1 Front St W',
  city: 'Toronto',
  region: 'ON',
  postalCode: 'M5J 1E6',
  country: 'CA',
  isDefaultBilling: false,
  isDefaultShipping: false,
};

describe('<order-details-dialog> Ship to', () => {
  const mock = useMockBackend();
  let sent: Sent[];

  async function open(customerId = 'ada'): Promise<OrderDetailsDialog> {
    sent = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : {};
      sent.push({ path: new URL(String(input), location.origin).pathname, body });
      return globalThis.fetch(input, init);
    };
    const adapter = createRestAdapter({ baseUrl: mock.baseUrl, fetch });
    const wrapper = await fixture<HTMLElement>(
      html`<div><order-details-dialog .adapter=${adapter} .site=${SITES.us}></order-details-dialog></div>`,
    );
    const el = wrapper.querySelector('order-details-dialog')!;
    await el.show(buildDraft(mock.backend, { customerId }));
    await until(() => control(el, 'Shipping Method'), 'no rates');
    return el;
  }

  const radios = (el: OrderDetailsDialog) => $$<HTMLInputElement>(el, '[part~="ship-to"] input[type="radio"]');
  const label = (radio: HTMLInputElement) => text(radio.closest('label'));
  const checked = (el: OrderDetailsDialog) => label(radios(el).find((r) => r.checked)!);
  const requests = (kind: 'pricing' | 'shipping-methods' | 'customers') => sent.filter((s) => s.path.includes(kind));
  const lastShipTo = (kind: 'pricing' | 'shipping-methods') => requests(kind).at(-1)?.body.draft?.shipTo;

  async function choose(el: OrderDetailsDialog, name: RegExp): Promise<void> {
    const radio = radios(el).find((r) => name.test(label(r)))!;
    radio.click();
    await el.updateComplete;
  }

  /** Fills the one-time address (each field's `change`, as leaving it does). */
  async function type(el: OrderDetailsDialog, address: Partial<AddressInput>): Promise<void> {
    const labels: Partial<Record<keyof AddressInput, string>> = {
      name: 'Name',
      line1: 'Address line 1',
      city: 'City',
      region: 'State/Province',
      postalCode: 'Postal code',
    };
    for (const [key, name] of Object.entries(labels)) {
      const value = address[key as keyof AddressInput];
      if (typeof value === 'string') setValue(control(el, name)!, value, { change: true });
    }
    if (address.country) {
      const country = control<HTMLSelectElement>(el, 'Country')!;
      country.value = address.country;
      country.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await el.updateComplete;
  }

  async function save(el: OrderDetailsDialog): Promise<OrderDetailsChangeEvent[]> {
    const saves = record<OrderDetailsChangeEvent>(el, 'order-details-change');
    button(el, 'Save')!.click();
    return saves;
  }

  it('lists the customer’s saved addresses, one line each, the default chosen, and "Another address"', async () => {
    const el = await open('katherine');
    const fieldset = $(el, '[part~="ship-to"]')!;
    expect(text(fieldset.querySelector('legend'))).to.equal('Ship to');
    expect(radios(el).map(label)).to.deep.equal([
      'Katherine Johnson, 1918 Orbit Rd, Hampton, VA 23666, US',
      'Katherine Johnson, 1962 Friendship Ave, Newport News, VA 23601, US · Default shipping',
      'Another address',
    ]);
    expect(checked(el)).to.match(/^Katherine Johnson, 1962 Friendship Ave/);
    expect($(el, '[part~="ship-to-form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('ships to another saved address: rates and totals asked again for it, saved with it, the customer unchanged', async () => {
    const el = await open('katherine');
    const customer = el.draft.customer;
    await choose(el, /1918 Orbit Rd/);
    await until(() => lastShipTo('shipping-methods')?.id === 'katherine-billing', 'no rates for the address');
    await until(() => lastShipTo('pricing')?.id === 'katherine-billing', 'no pricing for the address');
    expect(lastShipTo('pricing')).to.deep.include({ line1: '1918 Orbit Rd', postalCode: '23666' });
    const saves = await save(el);
    await until(() => saves.length, 'not saved');
    expect(saves[0]!.draft.shipTo).to.deep.include({ id: 'katherine-billing', line1: '1918 Orbit Rd' });
    expect(saves[0]!.draft.customer).to.deep.equal(customer);
    expect(requests('customers')).to.have.length(0);
  });

  it('choosing the default shipping address again leaves no other address in the draft', async () => {
    const el = await open('katherine');
    await choose(el, /1918 Orbit Rd/);
    await choose(el, /Default shipping/);
    expect(el.draft).not.to.have.property('shipTo');
  });

  it('checks another address as the customer dialog does: problems at their fields, the first focused', async () => {
    const el = await open();
    await choose(el, /^Another address$/);
    expect(checked(el)).to.equal('Another address');
    // What is known: the customer's name and the site's country.
    expect(control(el, 'Name')!.value).to.equal('Ada Lovelace');
    expect(control<HTMLSelectElement>(el, 'Country')!.value).to.equal('US');
    expect(control(el, 'Save to customer')!.checked).to.equal(false);
    await expect(el).to.be.accessible();
    const saves = await save(el);
    await until(() => $(el, '[part="problems"]'), 'no problems listed');
    expect($$(el, '[part="problems"] li').map((li) => text(li))).to.deep.equal([
      'Enter the street address.',
      'Enter a city.',
      'Enter a state, province or region.',
      'Enter a ZIP code.',
    ]);
    const street = control(el, 'Address line 1')!;
    // Once the rates for the address are in (the dialog focuses a problem's field then).
    await until(() => focusName() === describeElement(street), `focus on ${focusName()}`);
    expect(street.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(street)).to.equal('Enter the street address.');
    expect(errorOf(control(el, 'Postal code')!)).to.equal('Enter a ZIP code.');
    expect(control(el, 'Name')!.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
    // Fixed field by field, its error goes as it changes.
    await type(el, { line1: '1 Front St W' });
    expect(errorOf(control(el, 'Address line 1')!)).to.equal('');
    await type(el, { postalCode: 'M5J' });
    expect(errorOf(control(el, 'Postal code')!)).to.equal('Enter a ZIP code like 12345 or 12345-6789.');
    expect(saves).to.have.length(0);
    expect(el.open).to.equal(true);
  });

  it('prices a one-time address where it is (Canada: tax and duty), and saves it without a customer call when unticked', async () => {
    const el = await open();
    const atHome = mock.backend.priceOrder('us', el.draft);
    await choose(el, /^Another address$/);
    await type(el, TORONTO);
    await until(() => lastShipTo('pricing')?.country === 'CA', 'no pricing for the address');
    expect(lastShipTo('shipping-methods')).to.deep.equal(TORONTO);
    const abroad = mock.backend.priceOrder('us', el.draft);
    expect(abroad.tax.amount).to.be.above(atHome.tax.amount);
    await until(() => totals(el)['Tax'] === usd(abroad.tax.amount), 'the tax is not Canada’s');
    await expect(el).to.be.accessible();
    const saves = await save(el);
    await until(() => saves.length, 'not saved');
    expect(saves[0]!.draft.shipTo).to.deep.equal(TORONTO);
    expect(saves[0]!.draft.customer!.addresses).to.have.length(1);
    expect(requests('customers')).to.have.length(0);
    expect(mock.backend.findCustomer('ada')!.addresses).to.have.length(1);
  });

  it('ticked "Save to customer" adds the address to the customer, not as a default, and ships to it', async () => {
    const el = await open();
    const home = el.draft.customer!.addresses[0]!;
    await choose(el, /^Another address$/);
    await type(el, TORONTO);
    control(el, 'Save to customer')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const saves = await save(el);
    // Pressed again while the address is on its way: added once.
    button(el, 'Save')!.click();
    await until(() => saves.length, 'not saved');
    expect(requests('customers')).to.have.length(1);
    const [update] = requests('customers');
    expect(update!.path).to.equal('/api/v1/sites/us/customers/ada');
    expect(update!.body.addresses).to.deep.equal([home, TORONTO]);
    const { customer, shipTo } = saves[0]!.draft;
    expect(customer!.addresses).to.have.length(2);
    expect(customer!.addresses.find((a) => a.isDefaultShipping)!.id).to.equal(home.id);
    const added = customer!.addresses.find((a) => a.id !== home.id)!;
    expect(added).to.deep.include({ line1: '1 Front St W', isDefaultBilling: false, isDefaultShipping: false });
    expect(shipTo).to.deep.equal(added);
    expect(mock.backend.findCustomer('ada')!.addresses).to.have.length(2);
  });

  it('a failed save to the customer keeps the dialog open, says why, and focuses "Save to customer"', async () => {
    const el = await open();
    await choose(el, /^Another address$/);
    await type(el, TORONTO);
    control(el, 'Save to customer')!.click();
    mock.scenario.failNext('updateCustomer', 503);
    const saves = await save(el);
    await until(() => $(el, '[part~="ship-to-error"]'), 'no error');
    expect(text($(el, '[part~="ship-to-error"]'))).to.match(/^The address could not be saved to the customer\./);
    expect(focusName()).to.equal(describeElement(control(el, 'Save to customer')));
    expect(saves).to.have.length(0);
    expect(el.open).to.equal(true);
    expect(el.draft.shipTo).to.deep.equal(TORONTO);
    await expect(el).to.be.accessible();
  });

  it('is operated by keyboard: the arrows choose an address, Tab reaches the form, Space ticks', async () => {
    const el = await open('katherine');
    radios(el)
      .find((r) => r.checked)!
      .focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(checked(el)).to.match(/1918 Orbit Rd/);
    expect(el.draft.shipTo?.id).to.equal('katherine-billing');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checked(el)).to.equal('Another address');
    await sendKeys({ press: 'Tab' });
    expect(focusName()).to.equal(describeElement(control(el, 'Name')));
    control(el, 'Save to customer')!.focus();
    await sendKeys({ press: 'Space' });
    expect(control(el, 'Save to customer')!.checked).to.equal(true);
  });
});
