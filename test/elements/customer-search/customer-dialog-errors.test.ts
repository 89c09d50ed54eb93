import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { expectLeftToRight, RLO } from '../../support/bidi.js';
import { SITES } from '../../support/fixtures.js';
import { $$, errorOf, fill, focused, focusName, getButton, press, text } from '../../support/dom.js';
import { field, renderSearch } from '../../support/harness/customer-search.js';
import { WAIT } from '../../support/wait.js';
import { useDialogsSuite, save, validCustomer } from './customer-dialog-support.js';

describe('<customer-search> dialogs', function () {
  const mock = useDialogsSuite(this);

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
      expect(text(dialog.querySelector('[part~="dialog-error"]'))).to.equal(
        'Saving the customer failed. The customer cannot be saved as entered.',
      );
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
        'Saving the customer failed. Could not create the customer: the order service could not be reached. Check the connection and try again. Retry',
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
});
