import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { discardDialog, expectCloseButton } from '../../support/discard.js';
import { SITES } from '../../support/fixtures.js';
import { $, $$, fill, focused, focusName, getButton, press, text } from '../../support/dom.js';
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
});
