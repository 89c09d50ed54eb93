/**
 * The tenant, customer sets and customer accounts of the Kibo-shaped mock (docs/KIBO.md:
 * `listSites`, `searchCustomers`, `createCustomer`, `updateCustomer`).
 *
 * `getAccounts` reads `q` (searched as our mock searches: name, email, customer number, phone),
 * `filter` (`customerSet eq 'retail'`, or `id eq 1`), `startIndex`, `pageSize` / `qLimit`. Without
 * a `customerSet` filter it searches the customer set of the call's site. `updateAccount`
 * replaces the contacts when the body sends `contacts`, and keeps them otherwise.
 */
import type { AddressInput, Customer, Site } from '../../src/model/types.js';
import { KiboError, fieldError, kiboBadParameter, kiboNotFound } from './errors.js';
import { intParam, type KiboCall, type KiboContext, type KiboRoute } from './route.js';
import {
  KIBO_TENANT_ID,
  contactIdOf,
  fromKiboAccount,
  fromKiboContact,
  kiboAccountPath,
  toKiboAccount,
  toKiboContact,
  toKiboCustomerSets,
  toKiboTenant,
  type KiboAccount,
  type KiboContact,
} from './shapes.js';

const MAX_PAGE_SIZE = 200;

function objectBody<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw kiboBadParameter('The request body must be a JSON object.');
  return body as T;
}

/** The clauses of a Kibo filter joined by `and`: `field op value` (quotes around the value optional). */
export function parseFilter(filter: string | null): { field: string; op: string; value: string }[] {
  if (!filter) return [];
  return filter.split(/\s+and\s+/i).map((clause) => {
    const match = /^\s*([\w.]+)\s+(eq|ne|gt|ge|lt|le|sw|cont)\s+(.+?)\s*$/i.exec(clause);
    if (!match)
      throw kiboBadParameter(`Invalid filter: ${clause.trim()}`, [fieldError('filter', 'Unreadable clause.')]);
    return { field: match[1]!, op: match[2]!.toLowerCase(), value: match[3]!.replace(/^'(.*)'$/, '$1') };
  });
}

function accountIdParam(call: KiboCall, name = 'accountId'): number {
  const raw = call.params[name] ?? '';
  if (!/^\d+$/.test(raw))
    throw kiboBadParameter(`Invalid ${name}: ${raw}`, [fieldError(name, 'Enter a whole number.')]);
  return Number(raw);
}

export function customerRoutes(context: KiboContext): KiboRoute[] {
  const { backend } = context;

  const account = (accountId: number): Customer => {
    const customer = context.customerByAccountId(accountId);
    if (!customer) throw kiboNotFound(`customer account ${accountId}`, 'Customer');
    return customer;
  };

  /** A site of the customer's set, for the backend's site-scoped customer calls. */
  const siteOfSet = (customerSetId: string): Site => {
    const site = backend.listSites().find((s) => s.customerSetId === customerSetId);
    if (!site)
      throw new KiboError({
        status: 400,
        message: `Unknown customer set: ${customerSetId}`,
        items: [fieldError('customerSet', 'No such customer set.')],
        applicationName: 'Customer',
      });
    return site;
  };

  const contactOf = (customer: Customer, contactId: number) => {
    const address = customer.addresses.find((a) => contactIdOf(a.id) === contactId);
    if (!address) throw kiboNotFound(`contact ${contactId} of customer account ${accountIdOf(customer)}`, 'Customer');
    return address;
  };

  const accountIdOf = (customer: Customer) => toKiboAccount(customer).id ?? 0;

  /** Saves a customer's addresses as given, keeping the rest of the customer. */
  const saveAddresses = (customer: Customer, addresses: AddressInput[]) =>
    backend.updateCustomer(siteOfSet(customer.customerSetId).id, customer.id, {
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      phones: customer.phones,
      addresses,
    });

  /** The other addresses lose a primary type the saved contact takes (Kibo has one primary contact of each type). */
  const yieldPrimary = (addresses: Customer['addresses'], saved: AddressInput, exceptId?: string): AddressInput[] =>
    addresses
      .filter((a) => a.id !== exceptId)
      .map((a) => ({
        ...a,
        isDefaultBilling: a.isDefaultBilling && !saved.isDefaultBilling,
        isDefaultShipping: a.isDefaultShipping && !saved.isDefaultShipping,
      }));

  return [
    {
      method: 'get',
      path: '/platform/tenants/:tenantId',
      operationId: 'getTenant',
      application: 'Tenant',
      run: ({ params }) => {
        if (params['tenantId'] !== String(KIBO_TENANT_ID)) throw kiboNotFound(`tenant ${params['tenantId']}`, 'Tenant');
        return { body: toKiboTenant(backend.listSites(), backend.seed.siteCountries) };
      },
    },
    {
      method: 'get',
      path: '/commerce/customer/customerSets',
      operationId: 'getCustomerSets',
      application: 'Customer',
      run: ({ query }) => {
        const sets = toKiboCustomerSets(backend.listSites());
        const startIndex = intParam(query, 'startIndex', 0);
        const pageSize = intParam(query, 'pageSize', 20, 1);
        return {
          body: {
            items: sets.slice(startIndex, startIndex + pageSize),
            startIndex,
            pageSize,
            pageCount: Math.ceil(sets.length / pageSize),
            totalCount: sets.length,
          },
        };
      },
    },
    {
      method: 'get',
      path: '/commerce/customer/accounts',
      operationId: 'getAccounts',
      application: 'Customer',
      run: (call) => {
        const { query } = call;
        const clauses = parseFilter(query.get('filter'));
        const setClause = clauses.find((c) => c.field === 'customerSet' && c.op === 'eq');
        const idClause = clauses.find((c) => c.field === 'id' && c.op === 'eq');
        const customerSetId = setClause?.value ?? call.site().customerSetId;
        const startIndex = intParam(query, 'startIndex', 0);
        const pageSize = Math.min(intParam(query, 'pageSize', intParam(query, 'qLimit', 20, 1), 1), MAX_PAGE_SIZE);
        const q = (query.get('q') ?? '').trim();
        let found: Customer[];
        if (idClause) {
          const one = context.customerByAccountId(Number(idClause.value));
          found = one && one.customerSetId === customerSetId ? [one] : [];
        } else if (q) {
          found = backend.searchCustomers(siteOfSet(customerSetId).id, q, MAX_PAGE_SIZE);
        } else {
          found = backend.listCustomers().filter((c) => c.customerSetId === customerSetId);
        }
        return {
          body: {
            items: found.slice(startIndex, startIndex + pageSize).map(toKiboAccount),
            startIndex,
            pageSize,
            pageCount: Math.ceil(found.length / pageSize),
            totalCount: found.length,
          },
        };
      },
    },
    {
      method: 'post',
      path: '/commerce/customer/accounts',
      operationId: 'addAccount',
      application: 'Customer',
      fieldPath: kiboAccountPath,
      run: (call) => {
        const body = objectBody<KiboAccount>(call.body);
        const site = body.customerSet ? siteOfSet(body.customerSet) : call.site();
        const created = backend.createCustomer(site.id, fromKiboAccount(body));
        return { body: toKiboAccount(created) };
      },
    },
    {
      method: 'get',
      path: '/commerce/customer/accounts/:accountId',
      operationId: 'getAccount',
      application: 'Customer',
      run: (call) => ({ body: toKiboAccount(account(accountIdParam(call))) }),
    },
    {
      method: 'put',
      path: '/commerce/customer/accounts/:accountId',
      operationId: 'updateAccount',
      application: 'Customer',
      fieldPath: kiboAccountPath,
      run: (call) => {
        const existing = account(accountIdParam(call));
        const body = objectBody<KiboAccount>(call.body);
        const updated = backend.updateCustomer(
          siteOfSet(existing.customerSetId).id,
          existing.id,
          fromKiboAccount(body, existing),
        );
        return { body: toKiboAccount(updated) };
      },
    },
    {
      method: 'post',
      path: '/commerce/customer/accounts/:accountId/contacts',
      operationId: 'addAccountContact',
      application: 'Customer',
      fieldPath: (path) => kiboAccountPath(path).replace(/^contacts\[\d+\]\.?/, ''),
      run: (call) => {
        const existing = account(accountIdParam(call));
        const contact = fromKiboContact({ ...objectBody<KiboContact>(call.body), id: null });
        const before = new Set(existing.addresses.map((a) => a.id));
        const updated = saveAddresses(existing, [...yieldPrimary(existing.addresses, contact), contact]);
        const added =
          updated.addresses.find((a) => !before.has(a.id)) ?? updated.addresses[updated.addresses.length - 1]!;
        return { body: toKiboContact(updated, added) };
      },
    },
    {
      method: 'put',
      path: '/commerce/customer/accounts/:accountId/contacts/:contactId',
      operationId: 'updateAccountContact',
      application: 'Customer',
      fieldPath: (path) => kiboAccountPath(path).replace(/^contacts\[\d+\]\.?/, ''),
      run: (call) => {
        const existing = account(accountIdParam(call));
        const target = contactOf(existing, accountIdParam(call, 'contactId'));
        const input = fromKiboContact(objectBody<KiboContact>(call.body));
        const updated = saveAddresses(
          existing,
          existing.addresses.map((a) =>
            a.id === target.id ? { ...input, id: target.id } : yieldPrimary([a], input)[0]!,
          ),
        );
        return {
          body: toKiboContact(
            updated,
            updated.addresses.find((a) => a.id === target.id)!,
          ),
        };
      },
    },
    {
      method: 'delete',
      path: '/commerce/customer/accounts/:accountId/contacts/:contactId',
      operationId: 'deleteAccountContact',
      application: 'Customer',
      run: (call) => {
        const existing = account(accountIdParam(call));
        const target = contactOf(existing, accountIdParam(call, 'contactId'));
        // Our model needs a default billing and shipping address: the first one left takes a default the deleted one had.
        const left = existing.addresses.filter((a) => a.id !== target.id);
        saveAddresses(
          existing,
          left.map((a, index) => ({
            ...a,
            isDefaultBilling: a.isDefaultBilling || (index === 0 && target.isDefaultBilling),
            isDefaultShipping: a.isDefaultShipping || (index === 0 && target.isDefaultShipping),
          })),
        );
        return { status: 200 };
      },
    },
  ];
}
