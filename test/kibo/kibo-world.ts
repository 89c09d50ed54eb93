/**
 * The Kibo adapter's test bench: the adapter over a fake `fetch` whose answers are checked against
 * Kibo's definitions, as are the requests the adapter sends (`validate.ts`): a fixture or a request
 * body that Kibo's schema refuses fails the test that made it.
 */
import { expect } from '@open-wc/testing';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { createKiboAdapter, type KiboAdapterOptions } from '../../src/kibo/index.js';
import { API, type FakeAnswer, type RecordedRequest, fakeFetch, operationOf } from './fake-fetch.js';
import { TENANT_ID, customerSets, tenant } from './fixtures.js';
import { describeErrors, validateRequest, validateResponse } from './validate.js';

export interface World {
  adapter: OrderAdapter;
  requests: RecordedRequest[];
  /** How many times the access token was asked for. */
  tokens: () => number;
  /** Every schema error met so far, by operation; empty when all bodies were Kibo's. */
  schemaErrors: string[];
}

/**
 * The adapter (retries without waiting, tokens "token-1", "token-2", … one per attempt) over a
 * fake Kibo answering `answer(request, index)`. 2xx bodies and request bodies are validated.
 */
export function kiboWorld(
  answer: (request: RecordedRequest, index: number) => FakeAnswer | Promise<FakeAnswer>,
  options: Partial<KiboAdapterOptions> = {},
): World {
  const schemaErrors: string[] = [];
  let tokens = 0;
  const fake = fakeFetch(async (request, index) => {
    const operation = operationOf(request);
    if (request.body !== undefined) {
      const errors = await validateRequest(operation, request.body);
      if (errors.length) schemaErrors.push(`${operation} request: ${describeErrors(errors)}`);
    }
    const reply = await answer(request, index);
    if (!(reply instanceof Error) && (reply.status ?? 200) < 300 && reply.text === undefined) {
      const errors = await validateResponse(operation, reply.status ?? 200, reply.body);
      if (errors.length) schemaErrors.push(`${operation} response: ${describeErrors(errors)}`);
    }
    return reply;
  });
  const adapter = createKiboAdapter({
    apiHost: API,
    tenantId: TENANT_ID,
    fetch: fake.fetch,
    getAccessToken: () => `token-${++tokens}`,
    random: () => 0,
    ...options,
  });
  return { adapter, requests: fake.requests, tokens: () => tokens, schemaErrors };
}

/**
 * A fake Kibo for one site-bound call: the tenant and its customer sets (what the adapter reads
 * first to know the site) from the fixtures, `answer` to the rest.
 */
export function siteAnswers(answer: FakeAnswer): (request: RecordedRequest) => FakeAnswer {
  return (request) => {
    const operation = operationOf(request);
    if (operation === 'getTenant') return { body: tenant };
    if (operation === 'getCustomerSets') return { body: customerSets };
    return answer;
  };
}

/** Asserts that every body met was valid against Kibo's definitions. */
export function expectSchemaTrue(world: World): void {
  expect(world.schemaErrors, world.schemaErrors.join('\n')).to.deep.equal([]);
}
