/**
 * Customers of the mock backend: look-up, search (name, email, number, phone) within a site's
 * customer set, create and update with the model's validation plus a unique email per set.
 *
 * The search ranks (search-rank.ts): an exact customer number, email or phone (in any formatting:
 * "(512) 555-0142", "512.555.0142", "+1 512 555 0142") first; then whole first or last names, then
 * names a word begins, then any part of a name, email, number or phone, then names with one typo
 * (in query words of 5 letters or more). Within a rank, recent customers first: by the date of
 * their latest order on any site (seeded or submitted); customers without an order last; then by
 * last and first name. A search with no result on the site also finds the few customers of other
 * customer sets that match (`elsewhere`), for the hint "Grace Hopper is a customer of Wholesale".
 */
import type {
  Address,
  Customer,
  CustomerElsewhere,
  CustomerInput,
  OrderSummary,
  Problem,
  Site,
} from '../src/model/types.js';
import { validateCustomer } from '../src/model/validation.js';
import type { MockState } from './backend-state.js';
import { badRequest, notFound, validationProblem } from './problem.js';
import { IDENTIFIER, SUBSTRING, nameWords, queryWords, rankWords, type SearchText } from './search-rank.js';
import { DEFAULT_SEARCH_LIMIT, digitsOf, fold, searchLimit } from './text.js';

/** What a customer is found by: folded name words, name, email and number, and the digits of each phone. */
interface SearchFields extends SearchText {
  email: string;
  number: string;
  phones: string[];
}

/** The most customers of other customer sets a search names. */
export const ELSEWHERE_MAX = 3;

/** The national number of a phone's digits: a North American "+1" dropped, so that any formatting compares equal. */
function phoneDigits(text: string): string {
  const digits = digitsOf(text);
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** What a query is searched with. */
interface Query {
  folded: string;
  words: string[];
  /** The national digits of a query made of phone characters only (3 digits or more), else "". */
  phone: string;
}

/** `latest` with, for each customer of `orders`, the date of their latest order (ms) when later. */
function latestOrders(latest: Map<string, number>, orders: readonly OrderSummary[]): Map<string, number> {
  for (const { customerId, createdAt } of orders) {
    const at = Date.parse(createdAt);
    if (at > (latest.get(customerId) ?? -Infinity)) latest.set(customerId, at);
  }
  return latest;
}

/** A customer found: its rank (loosest match, sum of the words' matches) and when it last ordered. */
interface Found {
  customer: Customer;
  loosest: number;
  sum: number;
  recent: number;
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
  /** When each customer last ordered among the seeded orders, per seed (a `reset()` dates a new one). */
  private readonly lastOrderedSeed = new WeakMap<object, Map<string, number>>();

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
      const email = fold(customer.email);
      const number = fold(customer.customerNumber);
      fields = {
        words: nameWords(fold(`${customer.firstName} ${customer.lastName}`)),
        text: fold(`${customer.firstName} ${customer.lastName} ${email} ${number}`),
        email,
        number,
        phones: Object.values(customer.phones)
          .filter((p): p is string => !!p)
          .map(phoneDigits),
      };
      this.searchText.set(customer, fields);
    }
    return fields;
  }

  /** How `customer` matches `query`: undefined when it does not. */
  private match(customer: Customer, query: Query): [number, number] | undefined {
    const fields = this.searchFields(customer);
    const { folded, phone } = query;
    if (folded === fields.email || folded === fields.number) return [IDENTIFIER, IDENTIFIER];
    if (phone && fields.phones.includes(phone)) return [IDENTIFIER, IDENTIFIER];
    if (phone.length >= 3 && fields.phones.some((p) => p.includes(phone))) return [SUBSTRING, SUBSTRING];
    return rankWords(query.words, fields);
  }

  /**
   * When each customer last ordered (ms), from the seeded orders (once per seed) and the submitted
   * ones; a customer without an order is absent.
   */
  private lastOrdered(): Map<string, number> {
    const { orders } = this.state.data;
    let seeded = this.lastOrderedSeed.get(orders);
    if (!seeded) this.lastOrderedSeed.set(orders, (seeded = latestOrders(new Map(), orders)));
    const submitted = this.state.submittedOrders;
    return submitted.length === 0 ? seeded : latestOrders(new Map(seeded), submitted);
  }

  /** The customers `inSet` keeps that match `text`, best first; none for a query under 2 characters. */
  private ranked(text: string, inSet: (customerSetId: string) => boolean): Customer[] {
    const folded = fold(text.trim());
    if (folded.length < 2) return [];
    const phone = /^[\d\s()+.-]+$/.test(folded) ? phoneDigits(folded) : '';
    const query: Query = { folded, words: queryWords(folded), phone };
    const lastOrdered = this.lastOrdered();
    const found: Found[] = [];
    for (const customer of this.all()) {
      if (!inSet(customer.customerSetId)) continue;
      const rank = this.match(customer, query);
      if (rank) found.push({ customer, loosest: rank[0], sum: rank[1], recent: lastOrdered.get(customer.id) ?? 0 });
    }
    found.sort(
      (a, b) =>
        a.loosest - b.loosest ||
        a.sum - b.sum ||
        b.recent - a.recent ||
        a.customer.lastName.localeCompare(b.customer.lastName) ||
        a.customer.firstName.localeCompare(b.customer.firstName) ||
        a.customer.id.localeCompare(b.customer.id),
    );
    return found.map(({ customer }) => customer);
  }

  /** Customers of the site's customer set whose name, email, number or phone matches, best first. */
  search(siteId: string, query: string, limit = DEFAULT_SEARCH_LIMIT): Customer[] {
    const { customerSetId } = this.state.site(siteId);
    return this.ranked(query, (set) => set === customerSetId)
      .slice(0, searchLimit(limit))
      .map((customer) => structuredClone(customer));
  }

  /**
   * The few customers of the backend's other customer sets that match (at most `ELSEWHERE_MAX`),
   * by name and the name of their set, best first: what a search with no result on the site says.
   * A customer set that no site of the backend carries is not named.
   */
  elsewhere(siteId: string, query: string): CustomerElsewhere[] {
    const { customerSetId } = this.state.site(siteId);
    const setNames = new Map(this.state.data.sites.map((site) => [site.customerSetId, site.customerSetName]));
    return this.ranked(query, (set) => set !== customerSetId && setNames.has(set))
      .slice(0, ELSEWHERE_MAX)
      .map((c) => ({ name: `${c.firstName} ${c.lastName}`, customerSetName: setNames.get(c.customerSetId)! }));
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
