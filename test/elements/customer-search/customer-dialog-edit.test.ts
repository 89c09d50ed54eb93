import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { SITES } from '../../support/fixtures.js';
import { $, fill, getButton, press, text } from '../../support/dom.js';
import { field, renderSearch, untilDialog } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';
import { useDialogsSuite, openAddress, save } from './customer-dialog-support.js';

describe('<customer-search> dialogs', function () {
  const mock = useDialogsSuite(this);

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

    it("says saving the customer failed before a backend's words that do not say what failed, and Retry saves", async () => {
      const [ada] = await mock.adapter.searchCustomers({ siteId: 'us', query: 'ada lovelace' });
      const el = await renderSearch({ adapter: mock.adapter, site: SITES.us, customer: ada! });
      press(getButton(el.shadowRoot!, 'Edit customer'));
      const dialog = await untilDialog(el, 'Edit Customer');
      await fill(field(dialog, 'Mobile'), '(512) 555-0177');
      mock.scenario.failNext('updateCustomer', 404);
      await save(dialog, el);
      const error = () => text(dialog.querySelector('[part~="dialog-error"]'));
      await waitUntil(error, 'no error shown', WAIT);
      expect(error()).to.equal('Saving the customer failed. The requested resource does not exist. Retry');
      expect(field(dialog, 'Mobile').value).to.equal('(512) 555-0177');
      expect(el.customer).to.deep.equal(ada);
      await expect(el).to.be.accessible();

      const changed = oneEvent<CustomerChangeEvent>(el, 'customer-change');
      press(getButton(dialog, 'Retry'));
      expect((await changed).customer?.phones.mobile).to.equal('(512) 555-0177');
    });
  });
});
