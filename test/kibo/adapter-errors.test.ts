/**
 * The Kibo adapter's failures: retries of what is safe to repeat (a 409, a 500) with the token
 * asked for again before each attempt, Kibo's error bodies as typed errors with field paths where
 * Kibo names a field, and aborts. Card tokenization's own failures are in adapter-cards.test.ts.
 */
import { expect } from '@open-wc/testing';
import { ValidationError } from '../../src/adapter/errors.js';
import type { CustomerInput } from '../../src/model/types.js';
import type { FakeAnswer, RecordedRequest } from './fake-fetch.js';
import { operationOf } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { kiboWorld } from './kibo-world.js';

const grace: CustomerInput = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'ada@example.com',
  phones: {},
  addresses: [],
};

/** The tenant's calls answered; the others by `answer`. */
function withTenant(answer: (request: RecordedRequest, index: number) => FakeAnswer | Promise<FakeAnswer>) {
  return (request: RecordedRequest, index: number) => {
    const operation = operationOf(request);
    if (operation === 'getTenant') return { body: fx.tenant };
    if (operation === 'getCustomerSets') return { body: fx.customerSets };
    return answer(request, index);
  };
}

describe('Kibo adapter: errors', () => {
  it('retries a 409 and a 500 on a read, asking for the token again before every attempt', async () => {
    const statuses = [409, 500];
    const world = kiboWorld((request) =>
      operationOf(request) === 'getOrders' && statuses.length
        ? { status: statuses.shift()!, body: fx.kiboError('Busy', [], 'CONFLICT') }
        : { body: fx.orders },
    );
    const retries: number[] = [];
    const page = await world.adapter.listOrders({ siteId: '101' }, { onRetry: (attempt) => retries.push(attempt) });
    expect(page.items).to.have.length(2);
    expect(world.requests.map((r) => r.headers.authorization)).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
    ]);
    expect(world.tokens()).to.equal(3);
    expect(retries).to.deep.equal([2, 3]);
  });

  it('gives up after the retries with an UnavailableError an agent can act on', async () => {
    const world = kiboWorld(() => ({ status: 503, text: '<html>down</html>' }), { retry: { retries: 1 } });
    const error = await world.adapter.listSites().catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'unavailable');
    expect((error as Error).message).to.match(/^Could not load the sites: .*Try again/);
    // Two calls (tenant, customer sets), two attempts each.
    expect(world.requests).to.have.length(4);
  });

  it('turns a 400 with items into a ValidationError with the fields Kibo names, never retried', async () => {
    const world = kiboWorld(
      withTenant(() => ({
        status: 400,
        body: fx.kiboError('Validation failed', [
          {
            errorCode: 'MISSING_OR_INVALID_PARAMETER',
            message: 'EmailAddress is not valid.',
            applicationName: 'Customer',
            additionalErrorData: [{ name: 'PropertyName', value: 'EmailAddress' }],
          },
          { errorCode: 'MISSING_OR_INVALID_PARAMETER', message: 'The lastName is required.' },
          { errorCode: 'VALIDATION_ERROR', message: 'Something else is wrong.' },
        ]),
      })),
    );
    const error = await world.adapter.createCustomer({ siteId: '101', customer: grace }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    const validation = error as ValidationError;
    expect(validation.status).to.equal(400);
    expect(validation.problems).to.deep.equal([
      { path: 'email', code: 'missing-or-invalid-parameter', message: 'EmailAddress is not valid.' },
      { path: 'lastName', code: 'missing-or-invalid-parameter', message: 'The lastName is required.' },
      { path: '', code: 'validation-error', message: 'Something else is wrong.' },
    ]);
    expect(validation.message).to.equal(
      'Could not create the customer: EmailAddress is not valid. The lastName is required. Something else is wrong.',
    );
    expect(world.requests.filter((r) => operationOf(r) === 'addAccount')).to.have.length(1);
  });

  it('reads a duplicate email (a 409 VALIDATION_CONFLICT) as a ValidationError at "email", not a conflict to retry', async () => {
    const world = kiboWorld(
      withTenant(() => ({
        status: 409,
        body: fx.kiboError('Validation Error: EmailAddress ada@example.com is already in use by another account.'),
      })),
    );
    const error = await world.adapter.createCustomer({ siteId: '101', customer: grace }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).at('email')).to.have.length(1);
    expect(world.requests.filter((r) => operationOf(r) === 'addAccount')).to.have.length(1);
  });

  it('scrubs a card number Kibo echoes in an error', async () => {
    const world = kiboWorld(
      withTenant(() => ({ status: 400, body: fx.kiboError('Card 4111 1111 1111 1111 refused') })),
    );
    const error = (await world.adapter
      .createCustomer({ siteId: '101', customer: grace })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error.message).not.to.include('4111 1111');
    expect(error.problems[0]!.message).to.include('•••• 1111');
  });

  it('says to sign in again on a 401, without retrying', async () => {
    const world = kiboWorld(() => ({ status: 401, text: '' }));
    const error = await world.adapter.listOrders({ siteId: '101' }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'invalid-response');
    expect((error as Error).message).to.include('Sign in again');
    expect(world.requests).to.have.length(1);
  });

  it('fails with an UnavailableError when no token can be had, sending nothing', async () => {
    const world = kiboWorld(() => ({ body: fx.orders }), {
      getAccessToken: () => Promise.reject(new Error('session expired')),
      retry: false,
    });
    const error = await world.adapter.listOrders({ siteId: '101' }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'unavailable');
    expect(world.requests).to.have.length(0);
  });

  it('refuses an answer that is not Kibo’s (not JSON, or not an order page)', async () => {
    const notJson = kiboWorld(() => ({ text: 'hello' }));
    expect(await notJson.adapter.listOrders({ siteId: '101' }).catch((e: unknown) => e)).to.have.property(
      'kind',
      'invalid-response',
    );
    const world = kiboWorld(withTenant(() => ({ body: { ...fx.tshirt, price: { price: 'free' } } })));
    const error = await world.adapter.getProduct({ siteId: '101', productId: 'TSHIRT' }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'invalid-response');
    expect((error as Error).message).to.include('price.price');
  });

  it('refuses a tenant answer without its sites, for the sites and for every call that needs a site', async () => {
    const world = kiboWorld((request) =>
      operationOf(request) === 'getTenant' ? { text: '{"id":100,"sites":"none"}' } : { body: fx.customerSets },
    );
    expect(await world.adapter.listSites().catch((e: unknown) => e)).to.have.property('kind', 'invalid-response');
    const error = await world.adapter.searchProducts({ siteId: '101', query: 'mug' }).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'invalid-response');
  });

  it('rejects with the caller’s AbortError when aborted mid-call, and does not retry', async () => {
    const controller = new AbortController();
    let reached!: () => void;
    const inFlight = new Promise<void>((resolve) => (reached = resolve));
    const world = kiboWorld(
      () =>
        new Promise<FakeAnswer>(() => {
          reached();
        }),
      { timeoutMs: 0 },
    );
    // The fake never answers: only the abort ends the call.
    const fetchAborts = world.adapter
      .listOrders({ siteId: '101' }, { signal: controller.signal })
      .catch((e: unknown) => e);
    await inFlight;
    controller.abort();
    const error = await fetchAborts;
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(world.requests).to.have.length(1);
  });
});
