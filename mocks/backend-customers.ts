/**
 * Customers of the mock backend: look-up, search (name, email, number, phone) within a site's
 * customer set, create and update with the model's validation plus a unique email per set.
 */
import type { Address, Customer, CustomerInput, Problem, Site } from '../src/model/types.js';
import { validateCustomer } from '../src/model/validation.js';
import type { MockState } from './backend-state.js';
import { badRequest, notFound, validationProblem } from './problem.js';
import { DEFAULT_SEARCH_LIMIT, digitsOf, fold, searchLimit } from './text.js';

/** What a customer is found by: folded name, email and number, and the digits of each phone. */
interface SearchFields {
  text: string;
  phones: string[];
}

/**
 * The backend's own check of a customer: the model's rules (the ones the Create Customer dialog
 * applies), so that a host that skips the dialog still gets the same field-addressed problems.
 * `prefix` is "" for the customer endpoints and "customer." when a submitted draft is checked.
 */
export function customerProblems(input: CustomerInput, prefix = ''): Problem[] {
  return validateCustomer(
    { ...input, phones: input.phones ?? {}, addresses: Array.isArray(input.addresses) ? input.addresses : [] },
    prefix,
  );
}

export class MockCustomers {
  private readonly searchText = new WeakMap<Customer, SearchFields>();

  constructor(private readonly state: MockState) {}

  /** Every customer as it is now (seeded, edited, created). Internal: not clones. */
  private all(): Customer[] {
    const seeded = this.state.data.customers.map((c) => this.state.customerOverrides.get(c.id) ?? c);
    const created = [...this.state.customerOverrides.values()].filter((c) => !this.isSeededCustomer(c.id));
    return [...seeded, ...created];
  }

  /** Every customer of every customer set as it is now (clones), for the Kibo-shaped handlers' account look-ups. */
  list(): Customer[] {
    return this.all().map((customer) => structuredClone(customer));
  }

  /** A customer by id, in any customer set; undefined when there is none. */
  find(customerId: string): Customer | undefined {
    const customer =
      this.state.customerOverrides.get(customerId) ?? this.state.data.customers.find((c) => c.id === customerId);
    return customer ? structuredClone(customer) : undefined;
  }

  private isSeededCustomer(id: string): boolean {
    return this.state.data.customers.some((c) => c.id === id);
  }

  private searchFields(customer: Customer): SearchFields {
    let fields = this.searchText.get(customer);
    if (!fields) {
      fields = {
        text: fold(`${customer.firstName} ${customer.lastName} ${customer.email} ${customer.customerNumber}`),
        phones: Object.values(customer.phones)
          .filter((p): p is string => !!p)
          .map(digitsOf),
      };
      this.searchText.set(customer, fields);
    }
    return fields;
  }

  /** Customers of the site's customer set whose name, email, number or phone matches. */
  search(siteId: string, query: string, limit = DEFAULT_SEARCH_LIMIT): Customer[] {
    const site = this.state.site(siteId);
    const folded = fold(query.trim());
    if (folded.length < 2) return [];
    const tokens = folded.split(/\s+/);
    const digits = digitsOf(folded);
    const phoneQuery = digits.length >= 3 && /^[\d\s()+.-]+$/.test(folded);
    const matches = this.all().filter((customer) => {
      if (customer.customerSetId !== site.customerSetId) return false;
      const fields = this.searchFields(customer);
      if (phoneQuery && fields.phones.some((phone) => phone.includes(digits))) return true;
      return tokens.every((token) => fields.text.includes(token));
    });
    const rank = (customer: Customer) =>
      fold(`${customer.firstName} ${customer.lastName}`).startsWith(folded) ||
      fold(customer.lastName).startsWith(folded)
        ? 0
        : 1;
    matches.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.lastName.localeCompare(b.lastName) ||
        a.firstName.localeCompare(b.firstName) ||
        a.id.localeCompare(b.id),
    );
    return matches.slice(0, searchLimit(limit)).map((customer) => structuredClone(customer));
  }

  private duplicateEmail(customerSetId: string, email: string, exceptId?: string): boolean {
    const wanted = email.trim().toLowerCase();
    return this.all().some(
      (c) => c.customerSetId === customerSetId && c.id !== exceptId && c.email.toLowerCase() === wanted,
    );
  }

  private checkCustomerInput(site: Site, input: CustomerInput, exceptId?: string): void {
    if (!input || typeof input !== 'object') throw badRequest('The body must be a customer.');
    const problems = customerProblems(input);
    if (input.email?.trim() && this.duplicateEmail(site.customerSetId, input.email, exceptId)) {
      problems.push({ path: 'email', code: 'duplicate', message: 'A customer with this email already exists.' });
    }
    if (problems.length > 0) throw validationProblem('The customer cannot be saved as entered.', problems);
  }

  private toAddresses(customerId: string, addresses: CustomerInput['addresses']): Address[] {
    let billing = false;
    let shipping = false;
    return addresses.map((a, index) => {
      // One default of each kind: the first one marked wins.
      const isDefaultBilling = a.isDefaultBilling && !billing;
      const isDefaultShipping = a.isDefaultShipping && !shipping;
      billing ||= isDefaultBilling;
      shipping ||= isDefaultShipping;
      const address: Address = {
        id: a.id ?? `${customerId}-addr-${index + 1}`,
        name: a.name.trim(),
        line1: a.line1.trim(),
        city: a.city.trim(),
        region: a.region.trim().toUpperCase(),
        postalCode: a.postalCode.trim().toUpperCase(),
        country: a.country.trim().toUpperCase(),
        isDefaultBilling,
        isDefaultShipping,
      };
      if (a.line2?.trim()) address.line2 = a.line2.trim();
      if (a.phone?.trim()) address.phone = a.phone.trim();
      return address;
    });
  }

  private toCustomer(id: string, customerNumber: string, customerSetId: string, input: CustomerInput): Customer {
    const phones: Customer['phones'] = {};
    for (const kind of ['home', 'work', 'mobile'] as const) {
      const value = input.phones[kind]?.trim();
      if (value) phones[kind] = value;
    }
    return {
      id,
      customerNumber,
      customerSetId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email.trim(),
      phones,
      addresses: this.toAddresses(id, input.addresses),
    };
  }

  create(siteId: string, input: CustomerInput): Customer {
    const site = this.state.site(siteId);
    this.checkCustomerInput(site, input);
    const number = this.state.nextCustomerNumber++;
    const customerNumber = `C${String(number).padStart(6, '0')}`;
    const customer = this.toCustomer(
      `cust-${String(number).padStart(6, '0')}`,
      customerNumber,
      site.customerSetId,
      input,
    );
    this.state.customerOverrides.set(customer.id, customer);
    this.state.persist();
    return structuredClone(customer);
  }

  update(siteId: string, customerId: string, input: CustomerInput): Customer {
    const site = this.state.site(siteId);
    const existing = this.find(customerId);
    if (!existing || existing.customerSetId !== site.customerSetId) {
      throw notFound(`There is no customer "${customerId}" on ${site.name}.`);
    }
    this.checkCustomerInput(site, input, customerId);
    const customer = this.toCustomer(existing.id, existing.customerNumber, existing.customerSetId, input);
    this.state.customerOverrides.set(customer.id, customer);
    this.state.persist();
    return structuredClone(customer);
  }
}
