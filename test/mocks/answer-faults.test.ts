import { expect } from '@open-wc/testing';
import { InvalidResponseError, ValidationError } from '../../src/adapter/errors.js';
import { useMockBackend } from '../support/mock.js';

/** What each broken answer of the scenario (mocks/scenario.ts `AnswerFault`) looks like to the REST adapter. */
describe('mock scenario: broken answers', () => {
  const mock = useMockBackend({ adapter: { retry: false } });

  const rejection = async (call: Promise<unknown>) => {
    try {
      await call;
    } catch (error) {
      return error;
    }
    throw new Error('the call did not fail');
  };

  it('a redirect is refused after one request, before the backend does anything', async () => {
    mock.scenario.failNext('createCustomer', 'redirect');
    const before = mock.backend.searchCustomers('us', 'Grace', 10).length;
    const error = await rejection(
      mock.adapter.createCustomer({
        siteId: 'us',
        customer: { firstName: 'Grace', lastName: 'Hopper', email: 'grace.h@example.com', phones: {}, addresses: [] },
      }),
    );
    expect(error).to.be.instanceOf(InvalidResponseError);
    expect(mock.backend.requestsFor('createCustomer')).to.have.length(1);
    expect(mock.backend.searchCustomers('us', 'Grace', 10)).to.have.length(before);
  });

  it('malformed JSON and an answer missing its required fields are invalid answers', async () => {
    mock.scenario.failNext('listPaymentTypes', 'malformed');
    expect(await rejection(mock.adapter.listPaymentTypes({ siteId: 'us' }))).to.be.instanceOf(InvalidResponseError);
    mock.scenario.failNext('listPaymentTypes', 'missing-fields');
    expect(await rejection(mock.adapter.listPaymentTypes({ siteId: 'us' }))).to.be.instanceOf(InvalidResponseError);
    // The fault is spent: the next call is answered.
    expect(await mock.adapter.listPaymentTypes({ siteId: 'us' })).to.not.be.empty;
  });

  it('values of the wrong kind: sites in currency "ZZZ" are left out and counted', async () => {
    mock.scenario.failNext('listSites', 'wrong-kind');
    const sites = await mock.adapter.listSites();
    expect(sites).to.have.length(0);
    expect(sites.skipped).to.equal(3);
  });

  it('a 400 carries the field errors it is given', async () => {
    mock.scenario.failNext('createCustomer', 400, 1, {
      errors: [{ path: 'email', code: 'taken', message: 'This email is already used.' }],
    });
    const error = await rejection(
      mock.adapter.createCustomer({
        siteId: 'us',
        customer: { firstName: 'Grace', lastName: 'Hopper', email: 'grace.h@example.com', phones: {}, addresses: [] },
      }),
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).problems).to.deep.equal([
      { path: 'email', code: 'taken', message: 'This email is already used.' },
    ]);
  });

  it('clearFaults drops the faults still queued', async () => {
    mock.scenario.failNext('listSites', 503, 5);
    mock.scenario.clearFaults('listSites');
    expect(await mock.adapter.listSites()).to.have.length(3);
  });
});
