/**
 * Submitting once over real HTTP (mocks/http): an answer lost after the order was placed is resumed
 * by the same idempotency key, and a submission still in flight answers 409 to its twin. The orders
 * are counted in the backend, through the control endpoint.
 */
import { expect } from '@open-wc/testing';
import { ConflictError, UnavailableError } from '../../../src/adapter/errors.js';
import { useHttpMock } from '../../support/http-mock.js';
import { draftOver, rejection } from './support.js';

describe('createRestAdapter over real HTTP: submitting once', () => {
  const mock = useHttpMock();

  it('retries a submit whose answer was cut off after the order was placed: the same key, one order', async () => {
    const adapter = mock.adapter();
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    await mock.fail('submitOrder', { kind: 'reset', at: 'mid-body' });
    const order = await adapter.submitOrder({ draft, idempotencyKey: 'lost-mid-body' });
    const requests = await mock.requests('submitOrder');
    expect(requests.map((r) => [r.fault, r.headers['idempotency-key']])).to.deep.equal([
      ['reset', 'lost-mid-body'],
      [null, 'lost-mid-body'],
    ]);
    expect(await mock.submission('lost-mid-body')).to.deep.equal(order);
    expect(await mock.orderCount('us')).to.equal(before + 1);
  });

  it('resumes a submit whose answer never came, by its key: findOrder finds it, a resubmit answers it', async () => {
    const adapter = mock.adapter();
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    await mock.fail('submitOrder', { kind: 'reset', at: 'after-processing' });
    const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'lost-answer' }, { retry: false }));
    expect(error).to.be.instanceOf(UnavailableError);
    // The caller (the builder) asks what became of the key before anything else.
    const found = await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'lost-answer' });
    expect(found).to.deep.equal(await mock.submission('lost-answer'));
    const again = await adapter.submitOrder({ draft, idempotencyKey: 'lost-answer' });
    expect(again).to.deep.equal(found);
    expect(await mock.orderCount('us')).to.equal(before + 1);
  });

  it('retries a 503 that came after the order was placed: one order', async () => {
    const adapter = mock.adapter();
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    await mock.fail('submitOrder', { kind: 'status', status: 503, retryAfter: 0, afterProcessing: true });
    const order = await adapter.submitOrder({ draft, idempotencyKey: 'lost-503' });
    expect(await mock.requests('submitOrder')).to.have.length(2);
    expect(await mock.submission('lost-503')).to.deep.equal(order);
    expect(await mock.orderCount('us')).to.equal(before + 1);
  });

  it('answers 409 for a key still in flight, then the one order once it is released', async () => {
    const adapter = mock.adapter();
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    const hold = await mock.hold('submitOrder');
    const submitted = adapter.submitOrder({ draft, idempotencyKey: 'held' });
    await mock.waitForRequests('submitOrder', 1);
    const meanwhile = await rejection(
      mock.adapter({ retry: false }).findOrder!({ siteId: 'us', idempotencyKey: 'held' }),
    );
    expect(meanwhile).to.be.instanceOf(ConflictError);
    await hold.release();
    const order = await submitted;
    expect(await adapter.findOrder!({ siteId: 'us', idempotencyKey: 'held' })).to.deep.equal(order);
    expect(await mock.orderCount('us')).to.equal(before + 1);
  });
});
