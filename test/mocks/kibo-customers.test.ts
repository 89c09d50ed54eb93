import { expect } from '@open-wc/testing';
import type { KiboAccount, KiboContact, KiboCustomerSet, KiboTenant } from '../../mocks/kibo/shapes.js';
import { KIBO_SITE_IDS, KIBO_TENANT_ID, contactIdOf } from '../../mocks/kibo/shapes.js';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface Collection<T> {
  items: T[];
  startIndex: number;
  pageSize: number;
  pageCount: number;
  totalCount: number;
}

const MARY: KiboAccount = {
  customerSet: 'retail',
  firstName: 'Mary',
  lastName: 'Jackson',
  emailAddress: 'mary.jackson@example.com',
  contacts: [
    {
      firstName: 'Mary',
      lastNameOrSurname: 'Jackson',
      email: 'mary.jackson@example.com',
      address: {
        address1: '100 NASA Pkwy',
        cityOrTown: 'Hampton',
        stateOrProvince: 'VA',
        postalOrZipCode: '23666',
        countryCode: 'US',
      },
      phoneNumbers: { home: '(757) 555-0100', work: '(757) 555-0150', mobile: '(757) 555-0199' },
      types: [
        { name: 'Billing', isPrimary: true },
        { name: 'Shipping', isPrimary: true },
      ],
    },
  ],
};

describe('Kibo-shaped mock: tenant and customers', () => {
  const kibo = useKiboMock();

  it('answers the tenant with the sites of our mock, and their customer sets', async () => {
    const { body: tenant } = await kibo.call<KiboTenant>('getTenant', `/platform/tenants/${KIBO_TENANT_ID}`, {
      site: null,
    });
    expect(tenant.sites.map((s) => [s.id, s.name, s.currencyCode, s.localeCode])).to.deep.equal([
      [KIBO_SITE_IDS['us'], 'US Store', 'USD', 'en-US'],
      [KIBO_SITE_IDS['ca'], 'Canada Store', 'CAD', 'en-CA'],
      [KIBO_SITE_IDS['wholesale'], 'Wholesale', 'USD', 'en-US'],
    ]);

    const { body: sets } = await kibo.call<Collection<KiboCustomerSet>>(
      'getCustomerSets',
      '/commerce/customer/customerSets',
    );
    expect(sets.items.map((s) => [s.code, s.name, s.isDefault, s.sites.map((x) => x.siteId)])).to.deep.equal([
      ['retail', 'Retail', true, [KIBO_SITE_IDS['us'], KIBO_SITE_IDS['ca']]],
      ['wholesale', 'Wholesale', false, [KIBO_SITE_IDS['wholesale']]],
    ]);
  });

  it('answers an unknown tenant with a Kibo 404', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('getTenant', '/platform/tenants/1', { expectError: true });
    expect(status).to.equal(404);
    expect(body.errorCode).to.equal('ITEM_NOT_FOUND');
    expect(body.message).to.match(/tenant 1/);
    expect(body.items).to.deep.equal([]);
  });

  it('finds Ada Lovelace in the US Store customer set, with her contact typed Billing and Shipping', async () => {
    const { body } = await kibo.call<Collection<KiboAccount>>(
      'getAccounts',
      `/commerce/customer/accounts?q=Lovelace&filter=${encodeURIComponent("customerSet eq 'retail'")}&pageSize=5`,
    );
    expect(body.totalCount).to.equal(1);
    const ada = body.items[0]!;
    expect(ada).to.include({ id: 1, firstName: 'Ada', lastName: 'Lovelace', customerSet: 'retail' });
    expect(ada.emailAddress).to.equal('ada.lovelace@example.com');
    expect(ada.contacts).to.have.length(1);
    expect(ada.contacts![0]!.address).to.include({ address1: '1815 Analytical Engine Way', countryCode: 'US' });
    expect(ada.contacts![0]!.phoneNumbers).to.deep.equal({ home: '(512) 555-0100' });
    expect(ada.contacts![0]!.types).to.deep.equal([
      { name: 'Billing', isPrimary: true },
      { name: 'Shipping', isPrimary: true },
    ]);
  });

  it('searches the customer set of the call site when no filter names one', async () => {
    const retail = await kibo.call<Collection<KiboAccount>>('getAccounts', '/commerce/customer/accounts?q=Lovelace', {
      site: 'ca',
    });
    expect(retail.body.items.map((a) => a.lastName)).to.deep.equal(['Lovelace']);
    const wholesale = await kibo.call<Collection<KiboAccount>>(
      'getAccounts',
      '/commerce/customer/accounts?q=Lovelace',
      {
        site: 'wholesale',
      },
    );
    expect(wholesale.body.items).to.deep.equal([]);
  });

  it('ranks as our mock does: Ada Lovelace first for "Ada", Katherine Johnson for "Kathrine"', async () => {
    const ada = await kibo.call<Collection<KiboAccount>>(
      'getAccounts',
      '/commerce/customer/accounts?q=Ada&pageSize=5',
      {
        site: 'us',
      },
    );
    expect(ada.body.items.map((a) => `${a.firstName} ${a.lastName}`)).to.deep.equal(
      kibo.backend.searchCustomers('us', 'Ada', 5).map((c) => `${c.firstName} ${c.lastName}`),
    );
    expect(ada.body.items[0]!.lastName).to.equal('Lovelace');
    const typo = await kibo.call<Collection<KiboAccount>>('getAccounts', '/commerce/customer/accounts?q=Kathrine', {
      site: 'us',
    });
    expect(typo.body.items.map((a) => a.lastName)).to.deep.equal(['Johnson']);
  });

  it('refuses a site-scoped call without a site', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('getAccounts', '/commerce/customer/accounts?q=Ada', {
      site: null,
      expectError: true,
    });
    expect(status).to.equal(400);
    expect(body.errorCode).to.equal('MISSING_OR_INVALID_PARAMETER');
  });

  it('creates an account with its contact and phones, found afterwards by our backend too', async () => {
    const { body: created } = await kibo.call<KiboAccount>('addAccount', '/commerce/customer/accounts', { body: MARY });
    expect(created.id).to.be.a('number');
    expect(created.contacts![0]!.phoneNumbers).to.deep.equal(MARY.contacts![0]!.phoneNumbers);
    const ours = kibo.backend.searchCustomers('us', 'Mary Jackson');
    expect(ours.map((c) => [c.email, c.phones])).to.deep.equal([
      ['mary.jackson@example.com', { home: '(757) 555-0100', work: '(757) 555-0150', mobile: '(757) 555-0199' }],
    ]);
    expect(ours[0]!.addresses[0]).to.include({
      line1: '100 NASA Pkwy',
      isDefaultBilling: true,
      isDefaultShipping: true,
    });

    const { body: read } = await kibo.call<KiboAccount>('getAccount', `/commerce/customer/accounts/${created.id}`);
    expect(read).to.deep.equal(created);
  });

  it('refuses a duplicate email with a Kibo validation error naming emailAddress', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('addAccount', '/commerce/customer/accounts', {
      body: { ...MARY, emailAddress: 'ada.lovelace@example.com' },
      expectError: true,
    });
    expect(status).to.be.oneOf([400, 409]);
    expect(body.errorCode).to.equal('VALIDATION_CONFLICT');
    expect(body.items.flatMap((i) => i.additionalErrorData.map((d) => d.value))).to.include('emailAddress');
  });

  it('updates an account and adds, edits and deletes its contacts', async () => {
    const { body: ada } = await kibo.call<KiboAccount>('getAccount', '/commerce/customer/accounts/1');
    const { body: renamed } = await kibo.call<KiboAccount>('updateAccount', '/commerce/customer/accounts/1', {
      method: 'PUT',
      body: { ...ada, lastName: 'King', contacts: undefined },
    });
    expect(renamed.lastName).to.equal('King');
    expect(renamed.contacts).to.deep.equal(ada.contacts);

    const work: KiboContact = {
      firstName: 'Ada',
      lastNameOrSurname: 'King',
      address: {
        address1: '12 St James Sq',
        cityOrTown: 'Austin',
        stateOrProvince: 'TX',
        postalOrZipCode: '78702',
        countryCode: 'US',
      },
      phoneNumbers: { work: '(512) 555-0111' },
      types: [
        { name: 'Billing', isPrimary: false },
        { name: 'Shipping', isPrimary: false },
      ],
    };
    const { body: added } = await kibo.call<KiboContact>(
      'addAccountContact',
      '/commerce/customer/accounts/1/contacts',
      {
        body: work,
      },
    );
    expect(added.id).to.be.a('number');
    expect(added.address).to.include({ address1: '12 St James Sq' });

    const { body: edited } = await kibo.call<KiboContact>(
      'updateAccountContact',
      `/commerce/customer/accounts/1/contacts/${added.id}`,
      { method: 'PUT', body: { ...work, types: [{ name: 'Shipping', isPrimary: true }] } },
    );
    expect(edited.id).to.equal(added.id);
    expect(edited.types).to.deep.include({ name: 'Shipping', isPrimary: true });
    const [customer] = kibo.backend.searchCustomers('us', 'C000001');
    expect(customer!.addresses.filter((a) => a.isDefaultShipping).map((a) => a.line1)).to.deep.equal([
      '12 St James Sq',
    ]);

    await kibo.call('deleteAccountContact', `/commerce/customer/accounts/1/contacts/${contactIdOf('ada-home')}`, {
      method: 'DELETE',
    });
    const { body: after } = await kibo.call<KiboAccount>('getAccount', '/commerce/customer/accounts/1');
    expect(after.contacts!.map((c) => c.id)).to.deep.equal([added.id]);
  });

  it('answers an unknown account with a Kibo 404', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('getAccount', '/commerce/customer/accounts/999999', {
      expectError: true,
    });
    expect(status).to.equal(404);
    expect(body).to.include({ errorCode: 'ITEM_NOT_FOUND', applicationName: 'Customer' });
  });

  it('answers a fault of the scenario as a Kibo error with Retry-After', async () => {
    kibo.scenario.failNext('getAccounts', 503, 1, { retryAfter: 0 });
    const { status, body, response } = await kibo.call<KiboErrorBody>(
      'getAccounts',
      '/commerce/customer/accounts?q=Ada',
      {
        expectError: true,
      },
    );
    expect(status).to.equal(503);
    expect(body.errorCode).to.equal('SERVICE_UNAVAILABLE');
    expect(response.headers.get('Retry-After')).to.equal('0');
    expect(kibo.backend.requestsFor('getAccounts')).to.have.length(1);
  });
});
