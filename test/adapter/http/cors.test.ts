/**
 * Real CORS between the test page (web-test-runner's origin) and the mock server (another port,
 * another origin): what a host's adapter sends works, what the adapter reads is exposed, anything
 * else is refused the way a browser refuses it against a production server.
 */
import { expect } from '@open-wc/testing';
import { UnavailableError } from '../../../src/adapter/errors.js';
import { useHttpMock } from '../../support/http-mock.js';
import { draftOver, rejection } from './support.js';

describe('createRestAdapter over real HTTP: CORS', () => {
  const mock = useHttpMock();

  it('calls the server from another origin on this machine', () => {
    expect(new URL(mock.url).origin).not.to.equal(location.origin);
    expect(['localhost', '127.0.0.1']).to.include(location.hostname);
  });

  it("works for a host's adapter as it is: reads, a submit with its Idempotency-Key, Authorization", async () => {
    // No test mark on these requests: exactly the headers a host's adapter sends.
    const adapter = mock.adapter({ headers: { Authorization: 'Bearer host-token' } }, { mark: false });
    const draft = await draftOver(adapter);
    const order = await adapter.submitOrder({ draft, idempotencyKey: 'cors-1' });
    expect(order.idempotencyKey).to.equal('cors-1');
    const [sent] = await mock.requests('submitOrder');
    expect(sent!.headers['origin']).to.equal(location.origin);
    expect(sent!.headers['idempotency-key']).to.equal('cors-1');
    expect(sent!.headers).not.to.have.property('x-mock-epoch');
  });

  it('exposes Retry-After to the page (a header outside the CORS-safelisted ones)', async () => {
    await mock.fail('listSites', { kind: 'status', status: 503, retryAfter: 7 });
    const error = (await rejection(mock.adapter({ retry: false }, { mark: false }).listSites())) as UnavailableError;
    expect(error).to.be.instanceOf(UnavailableError);
    expect(error.retryAfterMs).to.equal(7000);
  });

  it('answers a preflight from a loopback origin with the methods and headers the adapter uses', async () => {
    const answer = await mock.probe('/api/v1/sites/us/orders', {
      method: 'OPTIONS',
      headers: {
        Origin: location.origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key,authorization',
      },
    });
    expect(answer.status).to.equal(204);
    expect(answer.headers['access-control-allow-origin']).to.equal(location.origin);
    const allowed = answer.headers['access-control-allow-headers']!.toLowerCase().split(/,\s*/);
    expect(allowed).to.include.members(['content-type', 'idempotency-key', 'authorization', 'accept']);
    expect(answer.headers['access-control-allow-methods']).to.contain('PUT');
  });

  it('fails the preflight of a header it does not allow: the request never reaches the API', async () => {
    const adapter = mock.adapter({ headers: { 'X-Tenant': 'acme' } }, { mark: false });
    const error = await rejection(adapter.listSites({ retry: false }));
    expect(error).to.be.instanceOf(UnavailableError);
    expect(await mock.requests()).to.deep.equal([]);
  });

  for (const origin of ['https://shop.example', 'http://192.168.1.20:8000', 'null']) {
    it(`refuses a page on another site (Origin ${origin}): 403 without CORS headers, nothing served`, async () => {
      const preflight = await mock.probe('/api/v1/sites', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      const read = await mock.probe('/api/v1/sites', { headers: { Origin: origin } });
      for (const answer of [preflight, read]) {
        expect(answer.status).to.equal(403);
        expect(answer.headers).not.to.have.property('access-control-allow-origin');
      }
      expect(await mock.requests()).to.deep.equal([]);
    });
  }
});
