/**
 * What the REST adapter's suites share (test/adapter/rest-suites/, run by rest-adapter-*.test.ts
 * over MSW and rest-adapter-*-http.test.ts over real HTTP): each suite's setup over the contract
 * check, and the errors, cards and customers their tests use.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import type { RestAdapterOptions } from '../../src/adapter/rest-adapter.js';
import type { CardDetails, Customer, CustomerInput } from '../../src/model/types.js';
import { type Contract, createContract, operationIds } from './contract.js';
import type { RestTransport } from './rest-adapter-transport.js';

/** What an error exposes anywhere a host might put it: message, JSON, string form. */
export function everythingIn(error: unknown): string {
  const e = error as Error;
  return [e.message, String(e), JSON.stringify(e), JSON.stringify((e as { problems?: unknown }).problems ?? null)].join(
    '\n',
  );
}

/** The error `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** Card details for `tokenizeCard`: `number` with a valid expiry, security code and name. */
export function card(number: string, overrides: Partial<CardDetails> = {}): CardDetails {
  return { number, expiryMonth: 12, expiryYear: 2099, securityCode: '123', nameOnCard: 'Ada Lovelace', ...overrides };
}

/** A customer's details as createCustomer and updateCustomer take them. */
export function inputOf(customer: Customer): CustomerInput {
  const { firstName, lastName, email, phones, addresses } = customer;
  return { firstName, lastName, email, phones: { ...phones }, addresses: addresses.map((a) => ({ ...a })) };
}

/** A customer the fixtures do not have, valid for createCustomer. */
export const newCustomer: CustomerInput = {
  firstName: 'Mary',
  lastName: 'Jackson',
  email: 'mary.jackson@example.com',
  phones: { mobile: '(757) 555-0142' },
  addresses: [
    {
      name: 'Mary Jackson',
      line1: '1 Langley Blvd',
      city: 'Hampton',
      region: 'VA',
      postalCode: '23681',
      country: 'US',
      isDefaultBilling: true,
      isDefaultShipping: true,
    },
  ],
};

export interface ContractSuite<T extends RestTransport = RestTransport> {
  transport: T;
  contract: Contract;
  /** An adapter over the transport through the contract check, without backoff delays. */
  restAdapter(options?: Partial<RestAdapterOptions>): OrderAdapter;
  /** An adapter outside the contract check: for the deliberately broken answers. */
  plainAdapter(): OrderAdapter;
}

/**
 * Each file's setup, inside its `describe`: the transport (whose hooks `over()` registers), and a
 * contract check of every exchange. Every exchange of these suites (except the deliberately broken
 * answers, through `plainAdapter()`) goes through the contract check against api/openapi.yaml.
 * With `everyOperation`, an operation of the document that the file's tests never had answered 2xx
 * fails the suite.
 */
export function useContractSuite<T extends RestTransport>(
  over: () => T,
  { everyOperation = false } = {},
): ContractSuite<T> {
  const transport = over();
  const contract = createContract();

  function restAdapter(options: Partial<RestAdapterOptions> = {}): OrderAdapter {
    return transport.adapter({ fetch: contract.fetch, ...options });
  }

  let allPassed = true;

  afterEach(async function () {
    const violations = await contract.settle();
    if (this.currentTest?.state !== 'passed' || violations.length > 0) allPassed = false;
    expect(violations, `exchanges that break api/openapi.yaml:\n${violations.join('\n')}\n`).to.deep.equal([]);
  });

  if (everyOperation) {
    after(async () => {
      // Only meaningful when every test ran through; otherwise their own failures say more.
      if (!allPassed) return;
      // A new operation in the document without a successful exchange here fails the suite.
      const missing = (await operationIds()).filter((id) => !contract.exercised.has(id));
      expect(missing.join(', '), 'operations of api/openapi.yaml never answered 2xx in these tests').to.equal('');
    });
  }

  return { transport, contract, restAdapter, plainAdapter: () => transport.adapter() };
}
