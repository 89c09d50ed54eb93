/**
 * The control endpoint's reads that the submit soak over HTTP relies on (mocks/README.md, "Over
 * real HTTP"): the log read from a point on, what the backend holds for a key (its order, whether
 * a request with it is still being served, the order's lines), what is left on a balance, and a
 * hang that comes after the order was placed.
 */
import { expect } from '@open-wc/testing';
import type { RequestLogAnswer, SubmissionAnswer } from '../../../mocks/http/protocol.js';
import { TimeoutError, UnavailableError } from '../../../src/adapter/errors.js';
import type { Balance } from '../../../src/model/types.js';
import { controlCall, useHttpMock } from '../../support/http-mock.js';
import { draftOver, rejection } from './support.js';

describe('the mock server’s control endpoint over real HTTP', () => {
  const mock = useHttpMock();
  const control = <T>(path: string) => controlCall<T>(mock.url, 'GET', path);

  it('reads the log from a point on: `since` a seq, and `last` the latest seq', async () => {
    const adapter = mock.adapter();
    await adapter.listSites();
    const { last } = await control<RequestLogAnswer>(`/requests?since=${Number.MAX_SAFE_INTEGER}`);
    const [first] = await mock.requests('listSites');
    expect(last).to.equal(first!.seq);
    await adapter.listSites();
    await adapter.listPriceLists({ siteId: 'us' });
    const since = await control<RequestLogAnswer>(`/requests?operationId=listSites&since=${last}`);
    expect(since.entries.map((e) => [e.operationId, e.seq])).to.deep.equal([['listSites', last + 1]]);
    expect(since.last).to.equal(last + 2);
    const refused = await rejection(control('/requests?since=-1'));
    expect((refused as Error).message).to.contain('"since" must be a whole number');
  });

  it('says what it holds for a key: in flight while held, then the order and its lines', async () => {
    const adapter = mock.adapter();
    const draft = await draftOver(adapter);
    const none = await control<SubmissionAnswer>('/submissions/state-key');
    expect(none).to.deep.equal({ order: null, inFlight: false, summary: null });
    const hold = await mock.hold('submitOrder');
    const submitted = adapter.submitOrder({
      draft: { ...draft, lines: [{ ...draft.lines[0]!, quantity: 3 }] },
      idempotencyKey: 'state-key',
    });
    await mock.waitForRequests('submitOrder', 1);
    expect(await control<SubmissionAnswer>('/submissions/state-key')).to.include({ order: null, inFlight: true });
    await hold.release();
    const order = await submitted;
    const held = await control<SubmissionAnswer>('/submissions/state-key?siteId=us');
    expect(held.inFlight).to.equal(false);
    expect(held.order).to.deep.equal(order);
    expect(held.summary).to.include({ number: order.number });
    expect(held.summary!.items.map((item) => item.quantity)).to.deep.equal([3]);
  });

  it('holds a call, then drops it unserved when asked (`then: "reset"`): no order, the key free again', async () => {
    const adapter = mock.adapter({ retry: false });
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    const hold = await mock.hold('submitOrder', 'reset');
    const submitted = rejection(adapter.submitOrder({ draft, idempotencyKey: 'held-lost' }));
    await mock.waitForRequests('submitOrder', 1);
    expect(await control<SubmissionAnswer>('/submissions/held-lost')).to.include({ inFlight: true });
    await hold.release();
    expect(await submitted).to.be.instanceOf(UnavailableError);
    expect(await control<SubmissionAnswer>('/submissions/held-lost')).to.include({ order: null, inFlight: false });
    expect(await mock.orderCount('us')).to.equal(before);
    const refused = await rejection(controlCall(mock.url, 'POST', '/holds', { operationId: 'submitOrder', then: 'x' }));
    expect((refused as Error).message).to.contain('"then" must be "reset"');
  });

  it('says what is left on a store credit or gift card, and spends it once per order', async () => {
    const left = async () => (await control<Balance>('/balances/store-credit/SC-ADA-0001?siteId=us')).available.amount;
    const start = await left();
    expect(start).to.equal(4000);
    const adapter = mock.adapter();
    let draft = await draftOver(adapter);
    const credit = { typeId: 'store-credit', kind: 'store-credit', reference: 'SC-ADA-0001' } as const;
    draft = { ...draft, payments: [{ ...credit, id: 'p1', amount: { amount: 250, currency: 'USD' } }] };
    await mock.fail('submitOrder', { kind: 'status', status: 503, retryAfter: 0, afterProcessing: true });
    await adapter.submitOrder({ draft, idempotencyKey: 'spend-once' });
    expect(await left()).to.equal(start - 250);
    const unknown = await rejection(control('/balances/store-credit/NOPE?siteId=us'));
    expect(unknown).to.be.instanceOf(Error);
  });

  it('plays a hang after the order was placed: the client gives up, the order exists under its key', async () => {
    const adapter = mock.adapter({ timeoutMs: 300, retry: false });
    const draft = await draftOver(adapter);
    const before = await mock.orderCount('us');
    await mock.fail('submitOrder', { kind: 'hang', maxMs: 5000, afterProcessing: true });
    const error = await rejection(adapter.submitOrder({ draft, idempotencyKey: 'hung-after' }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(await mock.submission('hung-after')).to.include({ idempotencyKey: 'hung-after' });
    expect(await mock.orderCount('us')).to.equal(before + 1);
    const [logged] = await mock.requests('submitOrder');
    expect(logged!.fault).to.equal('hang');
  });
});
