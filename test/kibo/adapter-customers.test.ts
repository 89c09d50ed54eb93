/**
 * The Kibo adapter creating and editing customers: the account and its contacts as Kibo's
 * definitions have them (every request body validated), and what the agent gets back.
 */
import { expect } from '@open-wc/testing';
import type { CustomerInput } from '../../src/model/types.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf, route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const grace: CustomerInput = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'grace@example.com',
  phones: { mobile: '512-555-0142' },
  addresses: [
    {
      name: 'Grace Hopper',
      line1: '5 Compiler Ct',
      city: 'Arlington',
      region: 'VA',
      postalCode: '22201',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: true,
    },
  ],
};

function tenantOr(request: RecordedRequest, answer: () => FakeAnswer): FakeAnswer {
  const operation = operationOf(request);
  if (operation === 'getTenant') return { body: fx.tenant };
  if (operation === 'getCustomerSets') return { body: fx.customerSets };
  return answer();
}

describe('Kibo adapter: customers', () => {
  it('creates an account in the site’s customer set, with a contact per address (Billing/Shipping, primary)', async () => {
    let created: unknown;
    const world = kiboWorld((request) =>
      tenantOr(request, () => {
        const body = request.body as Record<string, unknown>;
        created = {
          ...body,
          id: 1042,
          isAnonymous: false,
          isLocked: false,
          isActive: true,
          acceptsMarketing: false,
          hasExternalPassword: false,
          taxExempt: false,
          migrationRequired: false,
          contacts: (body.contacts as Record<string, unknown>[]).map((c, i) => ({ ...c, id: 50 + i, accountId: 1042 })),
        };
        return { body: created };
      }),
    );
    const customer = await world.adapter.createCustomer({ siteId: '101', customer: grace });
    const post = world.requests.at(-1)!;
    expect(post.method).to.equal('POST');
    expect(route(post)).to.deep.equal({ path: '/commerce/customer/accounts', query: { responseGroups: 'Contacts' } });
    expect(post.headers['x-vol-site']).to.equal('101');
    expect(post.headers['content-type']).to.equal('application/json');
    expect(post.body).to.deep.equal({
      customerSet: 'retail',
      firstName: 'Grace',
      lastName: 'Hopper',
      emailAddress: 'grace@example.com',
      contacts: [
        {
          email: 'grace@example.com',
          firstName: 'Grace',
          lastNameOrSurname: 'Hopper',
          phoneNumbers: { home: null, work: null, mobile: '512-555-0142' },
          address: {
            address1: '5 Compiler Ct',
            address2: null,
            cityOrTown: 'Arlington',
            stateOrProvince: 'VA',
            postalOrZipCode: '22201',
            countryCode: 'US',
          },
          types: [
            { name: 'Billing', isPrimary: true },
            { name: 'Shipping', isPrimary: true },
          ],
        },
      ],
    });
    expect(customer).to.deep.include({ id: '1042', customerSetId: 'retail', email: 'grace@example.com' });
    expect(customer.phones).to.deep.equal({ mobile: '512-555-0142' });
    expect(customer.addresses[0]).to.deep.include({ id: '50', line1: '5 Compiler Ct', isDefaultBilling: true });
    expectSchemaTrue(world);
  });

  it('edits an account: its names and email, then each contact updated, added or deleted, then reads it back', async () => {
    // Ada keeps her first address (edited), loses the second, gains a third.
    const edited: CustomerInput = {
      firstName: 'Ada',
      lastName: 'King',
      email: 'ada.king@example.com',
      phones: { home: '512-555-0100' },
      addresses: [
        {
          id: '11',
          name: 'Ada King',
          line1: '12 Analytical Way',
          city: 'Austin',
          region: 'TX',
          postalCode: '78701',
          country: 'US',
          isDefaultBilling: true,
          isDefaultShipping: false,
        },
        {
          name: 'Ada King',
          line1: '3 Difference St',
          city: 'Houston',
          region: 'TX',
          postalCode: '77002',
          country: 'US',
          isDefaultBilling: false,
          isDefaultShipping: true,
        },
      ],
    };
    const after = { ...fx.ada, lastName: 'King', emailAddress: 'ada.king@example.com', contacts: [fx.adaContacts[0]] };
    let reads = 0;
    const world = kiboWorld((request) =>
      tenantOr(request, () => {
        const operation = operationOf(request);
        if (operation === 'getAccount') return { body: reads++ === 0 ? fx.ada : after };
        if (operation === 'deleteAccountContact') return { status: 200 };
        return { body: { ...(request.body as object), id: 13, accountId: 1001 } };
      }),
    );
    const customer = await world.adapter.updateCustomer({ siteId: '101', customerId: '1001', customer: edited });
    expect(world.requests.map((r) => `${r.method} ${route(r).path}`)).to.deep.equal([
      'GET /commerce/customer/accounts/1001',
      'PUT /commerce/customer/accounts/1001',
      'PUT /commerce/customer/accounts/1001/contacts/11',
      'POST /commerce/customer/accounts/1001/contacts',
      'DELETE /commerce/customer/accounts/1001/contacts/12',
      'GET /commerce/customer/accounts/1001',
    ]);
    for (const request of world.requests) expect(request.headers['x-vol-site']).to.equal('101');
    expect(world.requests[1]!.body).to.deep.equal({
      id: 1001,
      customerSet: 'retail',
      firstName: 'Ada',
      lastName: 'King',
      emailAddress: 'ada.king@example.com',
    });
    expect(world.requests[2]!.body).to.deep.include({
      id: 11,
      accountId: 1001,
      firstName: 'Ada',
      lastNameOrSurname: 'King',
      phoneNumbers: { home: '512-555-0100', work: null, mobile: null },
      types: [
        { name: 'Billing', isPrimary: true },
        { name: 'Shipping', isPrimary: false },
      ],
    });
    expect(world.requests[3]!.body).to.deep.include({
      address: {
        address1: '3 Difference St',
        address2: null,
        cityOrTown: 'Houston',
        stateOrProvince: 'TX',
        postalOrZipCode: '77002',
        countryCode: 'US',
      },
    });
    expect(customer).to.deep.include({ lastName: 'King', email: 'ada.king@example.com' });
    expectSchemaTrue(world);
  });

  it('resumes an interrupted edit without adding an address twice: a new address already saved is updated', async () => {
    const saved = {
      ...fx.adaContacts[1]!,
      id: 13,
      firstName: 'Ada',
      lastNameOrSurname: 'Lovelace',
    };
    const account = { ...fx.ada, contacts: [fx.adaContacts[0], saved] };
    const world = kiboWorld((request) =>
      tenantOr(request, () => (operationOf(request) === 'getAccount' ? { body: account } : { body: request.body })),
    );
    const second = fx.adaContacts[1]!.address;
    await world.adapter.updateCustomer({
      siteId: '101',
      customerId: '1001',
      customer: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        phones: {},
        addresses: [
          {
            // No id: added by the save that was interrupted.
            name: 'Ada Lovelace',
            line1: second.address1,
            city: second.cityOrTown,
            region: second.stateOrProvince,
            postalCode: second.postalOrZipCode,
            country: second.countryCode,
            isDefaultBilling: true,
            isDefaultShipping: true,
          },
        ],
      },
    });
    expect(world.requests.map((r) => `${r.method} ${route(r).path}`)).to.deep.equal([
      'GET /commerce/customer/accounts/1001',
      'PUT /commerce/customer/accounts/1001',
      'PUT /commerce/customer/accounts/1001/contacts/13',
      'DELETE /commerce/customer/accounts/1001/contacts/11',
      'GET /commerce/customer/accounts/1001',
    ]);
    expectSchemaTrue(world);
  });
});
