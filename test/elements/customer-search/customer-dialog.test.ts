import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { expectLeftToRight, RLO } from '../../support/bidi.js';
import { discardDialog, expectCloseButton } from '../../support/discard.js';
import { useMockBackend } from '../../support/mock.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, errorOf, fill, focused, focusName, getButton, press, text } from '../../support/dom.js';
import { field, openDialog, renderSearch, untilDialog } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';

describe('<customer-search> dialogs', function () {
  // Each test opens a dialog or two and fills a form: under load that can take longer than the default 10 s.
  this.timeout(30_000);
  const mock = useMockBackend();

  async function openCreate(el: CustomerSearch): Promise<HTMLDialogElement> {
    press(getButton(el.shadowRoot!, 'Create New Customer'));
    return untilDialog(el, 'Create Customer');
  }

  /** Opens "Edit Address" from `trigger` ("Add Address" or an address's "Edit"). */
  async function openAddress(el: CustomerSearch, trigger: HTMLButtonElement): Promise<HTMLDialogElement> {
    press(trigger);
    return untilDialog(el, 'Edit Address');
  }

  const ADDRESS = {
    Name: 'Mary Jackson',
    'Address line 1': '12 Analytical Way',
    City: 'Austin',
    'State/Province': 'TX',
    'Postal code': '78701',
  };

  /** Fills the address dialog with a valid US address (then `overrides`) and saves it. */
  async function addAddress(
    el: CustomerSearch,
    overrides: Record<string, string> = {},
    trigger = getButton(openDialog(el, 'Create Customer')!, 'Add Address'),
  ): Promise<HTMLDialogElement> {
    const dialog = await openAddress(el, trigger);
    for (const [label, value] of Object.entries({ ...ADDRESS, ...overrides })) await fill(field(dialog, label), value);
    return dialog;
  }

  async function save(dialog: HTMLDialogElement, el: CustomerSearch): Promise<void> {
    press(getButton(dialog, 'Save'));
    await el.updateComplete;
    await el.updateComplete;
  }

  /** A Create Customer dialog filled with a valid customer with one address (default billing and shipping). */
  async function validCustomer(el: CustomerSearch, values: Record<string, string> = {}): Promise<HTMLDialogElement> {
    const dialog = await openCreate(el);
    const all = {
      'First name': 'Mary',
      'Last name': 'Jackson',
      Email: 'mary.jackson@example.com',
      Mobile: '(757) 555-0199',
      ...values,
    };
    for (const [label, value] of Object.entries(all)) await fill(field(dialog, label), value);
    const address = await addAddress(el);
    await save(address, el);
    await waitUntil(() => !address.open, 'the address was not saved', WAIT);
    return dialog;
  }

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

  describe('Create Customer', () => {
    it('opens a modal dialog with focus on its first field; Escape closes it and focus returns to the button', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await openCreate(el);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(focused(field(dialog, 'First name')), focusName()).to.equal(true);
      expect([...dialog.querySelectorAll('label')].map(text)).to.include.members([
        'First name',
        'Last name',
        'Email',
        'Home',
        'Work',
        'Mobile',
      ]);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog', WAIT);
      expect(focused(getButton(el.shadowRoot!, 'Create New Customer')), focusName()).to.equal(true);
    });

    // Issue 9 item 7 changed this: with something typed, Cancel asks "Discard changes?" first.
    it('closes with Cancel (after "Discard" once something was typed), focus back on the button, nothing sent', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await openCreate(el);
      await fill(field(dialog, 'First name'), 'Mary');
      press(getButton(dialog, 'Cancel'));
      press(getButton(await discardDialog(el), 'Discard'));
      await waitUntil(() => !dialog.open, 'Cancel did not close the dialog', WAIT);
      expect(focused(getButton(el.shadowRoot!, 'Create New Customer')), focusName()).to.equal(true);
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
    });

    describe('closing with unsaved edits', () => {
      it('Escape asks "Discard changes?"; "Keep editing" returns to the field, with what was typed', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
        const dialog = await openCreate(el);
        const last = field(dialog, 'Last name');
        await fill(last, 'Jackson');
        await sendKeys({ press: 'Escape' });
        const ask = await discardDialog(el);
        expect(dialog.open).to.equal(true);
        expect(focused(getButton(ask, 'Keep editing')), focusName()).to.equal(true);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !$(el, '[role="alertdialog"]'), '"Keep editing" did not close the question', WAIT);
        expect(dialog.open).to.equal(true);
        expect(last.value).to.equal('Jackson');
        expect(focused(last), focusName()).to.equal(true);
        // Escape on the question is "Keep editing" too.
        await sendKeys({ press: 'Escape' });
        await discardDialog(el);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !$(el, '[role="alertdialog"]'), 'Escape did not close the question', WAIT);
        expect(dialog.open).to.equal(true);
        expect(focused(last), focusName()).to.equal(true);
      });

      it('"Close" (the word shown beside its ×) asks with edits and closes at once without', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
        let dialog = await openCreate(el);
        const close = expectCloseButton(dialog);
        await expect(el).to.be.accessible();
        press(close);
        await waitUntil(() => !dialog.open, '"Close" did not close the dialog', WAIT);
        expect($(el, '[role="alertdialog"]')).to.equal(null);
        expect(focused(getButton(el.shadowRoot!, 'Create New Customer')), focusName()).to.equal(true);

        dialog = await openCreate(el);
        await fill(field(dialog, 'Email'), 'mary@example.com');
        press(dialog.querySelector<HTMLButtonElement>('[part~="close-button"]')!);
        press(getButton(await discardDialog(el), 'Discard'));
        await waitUntil(() => !dialog.open, 'Discard did not close the dialog', WAIT);
        expect(focused(getButton(el.shadowRoot!, 'Create New Customer')), focusName()).to.equal(true);
        expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
        // Opened again, it starts empty.
        dialog = await openCreate(el);
        expect(field(dialog, 'Email').value).to.equal('');
      });

      it('Cancel without edits closes at once', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
        const dialog = await openCreate(el);
        press(getButton(dialog, 'Cancel'));
        await waitUntil(() => !dialog.open, 'Cancel did not close the dialog', WAIT);
        expect($(el, '[role="alertdialog"]')).to.equal(null);
      });

      it('"Edit Address" asks too, and Discard closes only it', async () => {
        const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
        const customer = await openCreate(el);
        const address = await openAddress(el, getButton(customer, 'Add Address'));
        expectCloseButton(address);
        await fill(field(address, 'City'), 'Austin');
        press(getButton(address, 'Cancel'));
        const ask = await discardDialog(el);
        await expect(el).to.be.accessible();
        press(getButton(ask, 'Discard'));
        await waitUntil(() => !address.open, 'Discard did not close Edit Address', WAIT);
        expect(customer.open).to.equal(true);
        expect(customer.querySelectorAll('[part~="address"]')).to.have.length(0);

        // Untouched, Escape closes it at once.
        await openAddress(el, getButton(customer, 'Add Address'));
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !openDialog(el, 'Edit Address'), 'Escape did not close Edit Address', WAIT);
        expect($(el, '[role="alertdialog"]')).to.equal(null);
        expect(customer.open).to.equal(true);
      });
    });

    it('names the countries in the page’s language, and starts a new address in the site’s country', async () => {
      // A French-speaking shop in Canada, in an English (US) admin page.
      const site = { ...SITES.ca, locale: 'fr-CA' };
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en-US"><customer-search .adapter=${mock.adapter} .site=${site}></customer-search></div>`,
      );
      const el = wrapper.querySelector<CustomerSearch>('customer-search')!;
      const dialog = await openCreate(el);
      const address = await openAddress(el, getButton(dialog, 'Add Address'));
      const country = field(address, 'Country') as unknown as HTMLSelectElement;
      expect(country.value).to.equal('CA');
      expect([...country.options].map((o) => text(o))).to.deep.equal(['United States', 'Canada']);
      await expect(el).to.be.accessible();
    });

    it('creates the customer with an address, selects them and fires customer-change', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await openCreate(el);
      for (const [label, value] of Object.entries({
        'First name': 'Mary',
        'Last name': 'Jackson',
        Email: 'mary@example.com',
        Home: '757 555 0199',
      })) {
        await fill(field(dialog, label), value);
      }
      const address = await openAddress(el, getButton(dialog, 'Add Address'));
      // A first address starts with the customer's name and the site's country, as both defaults.
      expect(field(address, 'Name').value).to.equal('Mary Jackson');
      expect((field(address, 'Country') as unknown as HTMLSelectElement).value).to.equal('US');
      expect(field(address, 'Use the same address for billing and shipping').checked).to.equal(true);
      await expect(el).to.be.accessible();
      for (const [label, value] of Object.entries(ADDRESS)) await fill(field(address, label), value);
      await save(address, el);
      await waitUntil(() => !address.open, 'the address dialog did not close', WAIT);
      expect(focused(getButton(dialog, 'Add Address')), focusName()).to.equal(true);
      expect(text($(el, '[part~="address"]'))).to.equal(
        'Mary Jackson, 12 Analytical Way, Austin, TX 78701, US Default billing · Default shipping Edit',
      );

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      await save(dialog, el);
      const { customer } = await changed;
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(1);
      expect(mock.backend.requestsFor('createCustomer')[0]!.url).to.equal('/api/v1/sites/us/customers');
      expect(customer).to.include({
        firstName: 'Mary',
        lastName: 'Jackson',
        email: 'mary@example.com',
        customerSetId: 'retail',
      });
      expect(customer?.phones).to.deep.equal({ home: '757 555 0199' });
      expect(customer?.addresses[0]).to.include({ city: 'Austin', isDefaultBilling: true, isDefaultShipping: true });
      expect(dialog.open).to.equal(false);
      expect(el.customer?.id).to.equal(customer?.id);
      expect(el.checkValidity()).to.equal(true);
      await waitUntil(() => focused($(el, '[part~="customer-name"]')), 'focus did not go to the new customer', WAIT);
    });

    it('takes several addresses; a new default billing address takes it from the first', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el);
      const second = await openAddress(el, getButton(dialog, 'Add Address'));
      expect(field(second, 'Default billing').checked).to.equal(false);
      for (const [label, value] of Object.entries({
        ...ADDRESS,
        'Address line 1': '1 Office Park',
        'Postal code': '78702',
      })) {
        await fill(field(second, label), value);
      }
      press(field(second, 'Default billing'));
      await save(second, el);
      await waitUntil(() => !second.open, 'the second address was not saved', WAIT);
      expect($$(el, '[part~="address"]').map((a) => text(a.querySelector('.text-muted')))).to.deep.equal([
        'Default shipping',
        'Default billing',
      ]);
      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      await save(dialog, el);
      const { customer } = await changed;
      expect(customer?.addresses.map((a) => [a.line1, a.isDefaultBilling, a.isDefaultShipping])).to.deep.equal([
        ['12 Analytical Way', false, true],
        ['1 Office Park', true, false],
      ]);
    });

    it('"Use the same address for billing and shipping" checks and unchecks both defaults', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      await openCreate(el);
      const address = await addAddress(el);
      const same = field(address, 'Use the same address for billing and shipping');
      same.click();
      await el.updateComplete;
      expect([field(address, 'Default billing').checked, field(address, 'Default shipping').checked]).to.deep.equal([
        false,
        false,
      ]);
      press(field(address, 'Default billing'));
      await el.updateComplete;
      expect(field(address, 'Use the same address for billing and shipping').checked).to.equal(false);
      same.click();
      await el.updateComplete;
      expect([field(address, 'Default billing').checked, field(address, 'Default shipping').checked]).to.deep.equal([
        true,
        true,
      ]);
    });
  });

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

  describe('adapter errors', () => {
    it('shows a duplicate email at the email field, and the agent can fix it', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el, { Email: 'ada.lovelace@example.com' });
      await save(dialog, el);
      const email = field(dialog, 'Email');
      await waitUntil(() => errorOf(email) !== '', 'no message at the email field', WAIT);
      expect(errorOf(email)).to.equal('A customer with this email already exists.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(email), focusName()).to.equal(true);
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(1);
      expect(text(dialog.querySelector('[part~="dialog-error"]'))).to.equal('The customer cannot be saved as entered.');
      await expect(el).to.be.accessible();

      await fill(email, 'mary.jackson@example.com');
      expect(errorOf(email)).to.equal('');
      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      await save(dialog, el);
      expect((await changed).customer?.email).to.equal('mary.jackson@example.com');
    });

    it('keeps everything typed when the network fails, and Retry saves it', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el);
      mock.scenario.failNext('createCustomer', 'network');
      await save(dialog, el);
      await waitUntil(() => dialog.querySelector('[part~="dialog-error"]'), 'no error shown', WAIT);
      expect(text(dialog.querySelector('[part~="dialog-error"]'))).to.equal(
        'Could not create the customer: the order service could not be reached. Check the connection and try again. Retry',
      );
      expect(dialog.querySelector('[part~="dialog-error"]')?.getAttribute('role')).to.equal('alert');
      expect(dialog.open).to.equal(true);
      expect(field(dialog, 'First name').value).to.equal('Mary');
      expect(field(dialog, 'Email').value).to.equal('mary.jackson@example.com');
      expect($$(el, '[part~="address"]')).to.have.length(1);
      await expect(el).to.be.accessible();

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      press(getButton(dialog, 'Retry'));
      expect((await changed).customer?.lastName).to.equal('Jackson');
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(2);
    });
  });

  describe('a create whose answer was lost', () => {
    it('offers the customer it created instead of "A customer with this email already exists", and chooses them', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el);
      // The backend creates Mary; the answer never arrives.
      mock.scenario.failNext('createCustomer', 'network', 1, { afterProcessing: true });
      await save(dialog, el);
      await waitUntil(() => dialog.querySelector('[part~="dialog-error"]'), 'no error shown', WAIT);
      const [created] = mock.backend.searchCustomers('us', 'mary.jackson@example.com');
      expect(created?.lastName).to.equal('Jackson');

      // Retry meets the duplicate email: the customer just created is looked up and offered.
      press(getButton(dialog, 'Retry'));
      await waitUntil(
        () => dialog.querySelector('[part~="created-notice"]'),
        'the created customer was not offered',
        WAIT,
      );
      const notice = dialog.querySelector('[part~="created-notice"]')!;
      expect(text(notice.querySelector('p'))).to.equal(
        'Mary Jackson (mary.jackson@example.com) was created by your earlier save; its answer was lost.',
      );
      expect(notice.getAttribute('role')).to.equal('status');
      expect(dialog.querySelector('[part~="dialog-error"]')).to.equal(null);
      expect(errorOf(field(dialog, 'Email'))).to.equal('');
      expect(focused(getButton(dialog, 'Use this customer')), focusName()).to.equal(true);
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(2);
      expect(mock.backend.requestsFor('searchCustomers').map((r) => r.url)).to.deep.equal([
        '/api/v1/sites/us/customers?q=mary.jackson%40example.com&limit=10',
      ]);
      await expect(el).to.be.accessible();

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      press(getButton(dialog, 'Use this customer'));
      const { customer } = await changed;
      expect(customer).to.deep.equal(created);
      expect(el.customer).to.deep.equal(created);
      await waitUntil(() => !dialog.open, 'the dialog stayed open', WAIT);
      expect(mock.backend.searchCustomers('us', 'mary.jackson@example.com')).to.have.length(1);
    });

    it('keeps "was created by your earlier save" in reading order after a name with an unterminated U+202E', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el, { 'First name': `${RLO}Mary` });
      mock.scenario.failNext('createCustomer', 'network', 1, { afterProcessing: true });
      await save(dialog, el);
      await waitUntil(() => dialog.querySelector('[part~="dialog-error"]'), 'no error shown', WAIT);
      press(getButton(dialog, 'Retry'));
      await waitUntil(
        () => dialog.querySelector('[part~="created-notice"]'),
        'the created customer was not offered',
        WAIT,
      );
      const message = dialog.querySelector('[part~="created-notice"] p')!;
      expect(message.textContent).to.equal(
        `\u2068${RLO}Mary Jackson\u2069 (mary.jackson@example.com) was created by your earlier save; its answer was lost.`,
      );
      expectLeftToRight(message, ' (mary.jackson@example.com) was created by your earlier save; its answer was lost.');
      await expect(el).to.be.accessible();
    });

    it('still says the email is taken when no create of it went missing', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      const dialog = await validCustomer(el, { Email: 'ada.lovelace@example.com' });
      await save(dialog, el);
      await waitUntil(() => errorOf(field(dialog, 'Email')) !== '', 'no message at the email field', WAIT);
      expect(errorOf(field(dialog, 'Email'))).to.equal('A customer with this email already exists.');
      expect(dialog.querySelector('[part~="created-notice"]')).to.equal(null);
      expect(mock.backend.requestsFor('searchCustomers')).to.have.length(0);
    });
  });

  describe('Edit customer', () => {
    it('fixes a customer who fails the rules: prefilled dialog, updateCustomer, customer-change', async () => {
      const [alan] = await mock.adapter.searchCustomers({ siteId: 'us', query: 'alan turing' });
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us, customer: alan! });
      expect(el.checkValidity()).to.equal(false);
      press(getButton(el.shadowRoot!, 'Edit customer'));
      const dialog = await untilDialog(el, 'Edit Customer');
      expect(field(dialog, 'First name').value).to.equal('Alan');
      expect(field(dialog, 'Email').value).to.equal('alan.turing@example.com');

      await fill(field(dialog, 'Home'), '(206) 555-0112');
      const address = await openAddress(el, getButton($(el, '[part~="address"]')!, 'Edit'));
      expect(field(address, 'Address line 1').value).to.equal('1912 Enigma Ln');
      press(field(address, 'Default shipping'));
      await save(address, el);
      await waitUntil(() => !address.open, 'the address was not saved', WAIT);

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      await save(dialog, el);
      const { customer } = await changed;
      expect(mock.backend.requestsFor('updateCustomer')).to.have.length(1);
      expect(mock.backend.requestsFor('updateCustomer')[0]!.url).to.equal('/api/v1/sites/us/customers/alan');
      expect(mock.backend.requestsFor('createCustomer')).to.have.length(0);
      expect(customer?.id).to.equal('alan');
      expect(customer?.phones).to.deep.equal({ home: '(206) 555-0112' });
      expect(customer?.addresses[0]).to.include({ id: 'alan-billing', isDefaultShipping: true });
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect($(el, '[part~="problems"]')).to.equal(null);
    });
  });

  describe('loading on demand', () => {
    let original: typeof window.requestIdleCallback;

    before(() => {
      original = window.requestIdleCallback;
      // Idle time never comes here: only the agent's gestures load the dialogs.
      window.requestIdleCallback = () => 0;
    });

    after(() => {
      window.requestIdleCallback = original;
    });

    it('opens "Create Customer" on the first press, with focus on First name and its styles', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      expect(el['dialogs']).to.equal(undefined);
      expect($$(el, 'dialog')).to.have.length(0);
      getButton(el.shadowRoot!, 'Create New Customer').click();
      const dialog = await untilDialog(el, 'Create Customer');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(focused(field(dialog, 'First name')), focusName()).to.equal(true);
      // The shared dialog frame and the dialogs' own rules came with them.
      expect(getComputedStyle(dialog).display).to.equal('grid');
      expect(getComputedStyle(dialog.querySelector('form')!).display).to.equal('grid');
      await expect(el).to.be.accessible();
    });

    it('loads the dialogs when the pointer or focus reaches a button that opens one', async () => {
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      getButton(el.shadowRoot!, 'Create New Customer').dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => $$(el, 'dialog').length === 2, 'the dialogs did not load on pointerenter', WAIT);
      expect($$<HTMLDialogElement>(el, 'dialog').some((d) => d.open)).to.equal(false);

      const other = await renderSearch({ adapter: mock.adapter, site: SITES.us });
      getButton(other.shadowRoot!, 'Create New Customer').focus();
      await waitUntil(() => $$(other, 'dialog').length === 2, 'the dialogs did not load on focus', WAIT);
    });
  });
});
