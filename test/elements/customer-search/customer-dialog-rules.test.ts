import { expect, waitUntil } from '@open-wc/testing';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, errorOf, fill, focused, focusName, getButton, press, text } from '../../support/dom.js';
import { field, openDialog, renderSearch } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';
import {
  useDialogsSuite,
  openCreate,
  openAddress,
  ADDRESS,
  addAddress,
  save,
  validCustomer,
} from './customer-dialog-support.js';

describe('<customer-search> dialogs', function () {
  const mock = useDialogsSuite(this);

  /** Saves, and checks that `label`'s field shows `message`, is invalid, has focus, and nothing was sent. */
  async function expectRule(
    el: CustomerSearch,
    dialog: HTMLDialogElement,
    label: string,
    message: string,
  ): Promise<void> {
    await save(dialog, el);
    const control = field(dialog, label);
    await waitUntil(() => errorOf(control) !== '', `no message at "${label}"`, WAIT);
    expect(errorOf(control)).to.equal(message);
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(control), focusName()).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
  }

  /** Saves, and checks the message at the addresses, tied to "Add Address", which gets focus. */
  async function expectAddressesRule(el: CustomerSearch, dialog: HTMLDialogElement, message: string): Promise<void> {
    await save(dialog, el);
    const add = getButton(dialog, 'Add Address');
    await waitUntil(() => errorOf(add) !== '', 'no message at the addresses', WAIT);
    expect(errorOf(add)).to.equal(message);
    expect(focused(add), focusName()).to.equal(true);
    expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
  }

  describe('rules, at the field, before anything is sent', () => {
    let el: CustomerSearch;
    beforeEach(async () => {
      el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
    });

    it('requires a first name', async () => {
      const dialog = await validCustomer(el, { 'First name': '' });
      await expectRule(el, dialog, 'First name', 'Enter a first name.');
      await expect(el).to.be.accessible();
    });

    it('requires a last name', async () => {
      const dialog = await validCustomer(el, { 'Last name': '' });
      await expectRule(el, dialog, 'Last name', 'Enter a last name.');
    });

    it('requires an email address', async () => {
      const dialog = await validCustomer(el, { Email: '' });
      await expectRule(el, dialog, 'Email', 'Enter an email address.');
    });

    it('requires an email address that looks like one', async () => {
      const dialog = await validCustomer(el, { Email: 'mary@example' });
      await expectRule(el, dialog, 'Email', 'Enter an email address like name@example.com.');
    });

    it('requires at least one phone: home, work or mobile', async () => {
      const dialog = await validCustomer(el, { Mobile: '' });
      await expectRule(el, dialog, 'Home', 'Enter at least one phone number: home, work or mobile.');
      expect(errorOf(field(dialog, 'Mobile'))).to.equal('Enter at least one phone number: home, work or mobile.');
    });

    it('requires a plausible phone number', async () => {
      const dialog = await validCustomer(el, { Work: '555-01' });
      await expectRule(el, dialog, 'Work', 'Enter a phone number with 7 to 15 digits.');
    });

    it('requires an address', async () => {
      const dialog = await openCreate(el);
      for (const [label, value] of Object.entries({
        'First name': 'Mary',
        'Last name': 'Jackson',
        Email: 'm@example.com',
        Mobile: '7575550199',
      })) {
        await fill(field(dialog, label), value);
      }
      await expectAddressesRule(el, dialog, 'Add an address; it can be both the billing and the shipping address.');
    });

    it('requires a default billing address', async () => {
      const dialog = await validCustomer(el);
      const address = await openAddress(el, getButton($(el, '[part~="address"]')!, 'Edit'));
      press(field(address, 'Default billing'));
      await save(address, el);
      await expectAddressesRule(el, dialog, 'Choose a default billing address.');
    });

    it('requires a default shipping address', async () => {
      const dialog = await validCustomer(el);
      const address = await openAddress(el, getButton($(el, '[part~="address"]')!, 'Edit'));
      press(field(address, 'Default shipping'));
      await save(address, el);
      await expectAddressesRule(el, dialog, 'Choose a default shipping address.');
      await expect(el).to.be.accessible();
    });

    it('shows both missing defaults when an address is neither default billing nor shipping', async () => {
      const dialog = await validCustomer(el);
      const address = await openAddress(el, getButton($(el, '[part~="address"]')!, 'Edit'));
      press(field(address, 'Default billing'));
      press(field(address, 'Default shipping'));
      await el.updateComplete;
      expect(field(address, 'Use the same address for billing and shipping').checked).to.equal(false);
      await save(address, el);
      await waitUntil(() => !address.open, 'the address was not saved', WAIT);
      await save(dialog, el);
      const add = getButton(dialog, 'Add Address');
      await waitUntil(() => errorOf(add) !== '', 'no message at the addresses', WAIT);
      // Both messages are in the one element "Add Address" is described by, which has focus.
      const ids = add.getAttribute('aria-describedby')!.split(' ');
      expect(ids).to.have.length(1);
      const described = dialog.querySelector(`#${ids[0]}`)!;
      expect([...described.querySelectorAll('p')].map(text)).to.deep.equal([
        'Choose a default billing address.',
        'Choose a default shipping address.',
      ]);
      expect(described.classList.contains('field__error')).to.equal(true);
      expect(focused(add), focusName()).to.equal(true);
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    /** Fills an address with `overrides`, saves it, and checks the message at `label` in "Edit Address". */
    async function expectAddressRule(overrides: Record<string, string>, label: string, message: string): Promise<void> {
      await openCreate(el);
      const address = await addAddress(el, overrides);
      await save(address, el);
      const control = field(address, label);
      await waitUntil(() => errorOf(control) !== '', `no message at "${label}"`, WAIT);
      expect(errorOf(control)).to.equal(message);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(control), focusName()).to.equal(true);
      expect(address.open).to.equal(true);
      expect($$(el, '[part~="address"]')).to.have.length(0);
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
    }

    it('requires the name for an address', async () => {
      await expectAddressRule({ Name: '' }, 'Name', 'Enter the name for this address.');
      await expect(el).to.be.accessible();
    });

    it('requires the street address', async () => {
      await expectAddressRule({ 'Address line 1': '' }, 'Address line 1', 'Enter the street address.');
    });

    it('requires a city', async () => {
      await expectAddressRule({ City: '' }, 'City', 'Enter a city.');
    });

    it('requires a state or province', async () => {
      await expectAddressRule({ 'State/Province': '' }, 'State/Province', 'Enter a state, province or region.');
    });

    it('requires a ZIP code in the US', async () => {
      await expectAddressRule({ 'Postal code': '' }, 'Postal code', 'Enter a ZIP code.');
    });

    it('requires a US ZIP code to look like one', async () => {
      await expectAddressRule({ 'Postal code': '7870' }, 'Postal code', 'Enter a ZIP code like 12345 or 12345-6789.');
    });

    it('requires a Canadian postal code to look like one', async () => {
      await openCreate(el);
      const address = await openAddress(el, getButton(openDialog(el, 'Create Customer')!, 'Add Address'));
      const country = field(address, 'Country') as unknown as HTMLSelectElement;
      country.focus();
      country.value = 'CA';
      country.dispatchEvent(new Event('input', { bubbles: true }));
      for (const [label, value] of Object.entries({ ...ADDRESS, 'State/Province': 'ON', 'Postal code': 'M5S 1A' })) {
        await fill(field(address, label), value);
      }
      await save(address, el);
      const control = field(address, 'Postal code');
      await waitUntil(() => errorOf(control) !== '', 'no message at the postal code', WAIT);
      expect(errorOf(control)).to.equal('Enter a postal code like A1A 1A1.');
      expect(focused(control), focusName()).to.equal(true);
      await fill(control, 'M5S 1A8');
      await save(address, el);
      await waitUntil(() => !address.open, 'a valid Canadian address was refused', WAIT);
    });

    it('requires a plausible phone number for an address', async () => {
      await expectAddressRule({ Phone: '12' }, 'Phone', 'Enter a phone number with 7 to 15 digits.');
    });
  });
});
