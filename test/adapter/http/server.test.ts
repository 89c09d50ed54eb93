/**
 * The mock server's own promises (mocks/http, mocks/README.md "Over real HTTP"): its log keeps no
 * credentials or card data, a request of an earlier test takes nothing of the current one, control
 * calls it cannot do are refused with a reason, a reset ends what it holds, and instances do not
 * share a backend.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { UnavailableError } from '../../../src/adapter/errors.js';
import { TEST_CARDS } from '../../support/fixtures.js';
import { useHttpMock } from '../../support/http-mock.js';
import { MARY, card, rejection } from './support.js';

describe('the mock server over real HTTP', () => {
  const mock = useHttpMock();

  it('logs requests without their credentials, and a card without its number and security code', async () => {
    const adapter = mock.adapter({ headers: { Authorization: 'Bearer secret-token' } });
    await adapter.tokenizeCard({ siteId: 'us', card: card() });
    const [logged] = await mock.requests('tokenizeCard');
    expect(logged!.headers).not.to.have.property('authorization');
    expect(logged!.body).to.deep.include({ number: '[redacted]', securityCode: '[redacted]', expiryMonth: 12 });
    const everything = JSON.stringify(await mock.requests());
    expect(everything).not.to.contain(TEST_CARDS.visa);
    expect(everything).not.to.contain('secret-token');
  });

  it('refuses a request of an earlier test without a trace: the fault queued for this one waits', async () => {
    await mock.fail('listSites', { kind: 'status', status: 503, retryAfter: 0 });
    const stale = await rejection(fetch(`${mock.baseUrl}/sites`, { headers: { 'X-Mock-Epoch': '1' } }));
    expect(stale).to.be.instanceOf(TypeError);
    expect(await mock.requests()).to.deep.equal([]);
    const error = (await rejection(mock.adapter({ retry: false }).listSites())) as UnavailableError;
    expect(error.status).to.equal(503);
  });

  it('refuses a control call it cannot do, saying why', async () => {
    // @ts-expect-error: not an operation of the contract
    const unknown = await rejection(mock.fail('deleteEverything', { kind: 'reset' }));
    expect((unknown as Error).message).to.contain('"operationId" must be one of listSites');
    // @ts-expect-error: not a fault the server plays
    const kind = await rejection(mock.fail('listSites', { kind: 'explode' }));
    expect((kind as Error).message).to.contain('"fault.kind" must be one of');
    const huge = await rejection(mock.fail('listSites', { kind: 'oversized', bytes: 1e9 }));
    expect((huge as Error).message).to.contain('"bytes" must be a whole number from 1024 to 52428800');
  });

  it('answers a rewrite that names nothing with 500 and the reason, not with some other answer', async () => {
    await mock.fail('listSites', { kind: 'rewrite', ops: [{ op: 'delete', path: '/no/such/member' }] });
    const response = await fetch(`${mock.baseUrl}/sites`);
    expect(response.status).to.equal(500);
    expect(((await response.json()) as { error: string }).error).to.contain('"/no/such/member" names no member');
  });

  it('ends on reset what it holds: a held call goes on, a hanging one is dropped', async () => {
    const hold = await mock.hold('listSites');
    await mock.fail('listPriceLists', { kind: 'hang' });
    const adapter = mock.adapter({ timeoutMs: 0, retry: false }, { mark: false });
    const held = adapter.listSites();
    // Its rejection is taken now, so that it is never left unhandled while the held call is awaited.
    const hanging = rejection(adapter.listPriceLists({ siteId: 'us' }));
    await mock.waitForRequests('listSites', 1);
    await mock.waitForRequests('listPriceLists', 1);
    expect(await mock.status()).to.include({ holds: 1, pending: 1 });
    await mock.reset();
    expect(await held).to.have.length(3);
    expect(await hanging).to.be.instanceOf(UnavailableError);
    expect(await mock.status()).to.include({ holds: 0, pending: 0 });
    // The hold was released by the reset, not left to be released again.
    expect(await rejection(hold.release())).to.be.instanceOf(Error);
  });

  it('gives each instance its own backend: what one does, another does not see', async () => {
    const { url: root } = await executeServerCommand<{ url: string }, undefined>('mock-http:url');
    const made = await fetch(`${root}/__control/instances`, { method: 'POST' });
    const other = (await made.json()) as { url: string; apiUrl: string };
    try {
      expect(other.url).not.to.equal(mock.url);
      await mock.adapter().createCustomer({ siteId: 'us', customer: MARY });
      const search = (url: string) => fetch(`${url}/sites/us/customers?q=Mary%20Jackson`).then((r) => r.json());
      expect(((await search(mock.baseUrl)) as { items: unknown[] }).items).to.have.length(1);
      expect(((await search(other.apiUrl)) as { items: unknown[] }).items).to.have.length(0);
    } finally {
      await fetch(`${other.url}/__control`, { method: 'DELETE' });
    }
  });
});
