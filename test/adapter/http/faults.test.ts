/**
 * The pieces of the mock server that need no socket (mocks/http/faults.ts, cors.ts): what a
 * rewrite, padding and cutting do to an answer, which origins count as this machine, and which
 * faults a control call may ask for.
 */
import { expect } from '@open-wc/testing';
import { isLoopbackOrigin } from '../../../mocks/http/cors.js';
import {
  ControlError,
  DEFAULT_OVERSIZED_BYTES,
  FaultQueue,
  applyRewrite,
  padded,
  parseFault,
  truncated,
} from '../../../mocks/http/faults.js';

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected it to throw');
}

describe('mock server faults', () => {
  describe('rewrite', () => {
    const answer = { items: [{ id: 'us', name: 'US Store', 'a/b': 1 }, { id: 'ca' }] };

    it('sets and deletes members and array elements at JSON pointers, leaving the original alone', () => {
      const rewritten = applyRewrite(answer, [
        { op: 'set', path: '/items/0/name', value: '<b>bold</b>' },
        { op: 'delete', path: '/items/0/a~1b' },
        { op: 'delete', path: '/items/1' },
        { op: 'set', path: '/items/-', value: { id: 'new' } },
        { op: 'set', path: '/extra', value: null },
      ]);
      expect(rewritten).to.deep.equal({ items: [{ id: 'us', name: '<b>bold</b>' }, { id: 'new' }], extra: null });
      expect(answer.items).to.have.length(2);
      expect(answer.items[0]!.name).to.equal('US Store');
    });

    it('replaces the whole answer at ""', () => {
      expect(applyRewrite(answer, [{ op: 'set', path: '', value: [] }])).to.deep.equal([]);
    });

    it('refuses a pointer that names nothing, saying which', () => {
      for (const path of ['/items/5/name', '/nope/x', '/items/0/missing']) {
        const error = thrown(() => applyRewrite(answer, [{ op: 'delete', path }]));
        expect(error).to.be.instanceOf(ControlError);
        expect(error.message).to.contain(`"${path}"`);
      }
    });
  });

  it('sets every member of a name, at any depth (set-every), without touching the answer it was given', () => {
    const answer = { total: { amount: 1, currency: 'USD' }, lines: [{ unitPrice: { currency: 'USD' } }], note: 'x' };
    expect(applyRewrite(answer, [{ op: 'set-every', key: 'currency', value: 'ZZZ' }])).to.deep.equal({
      total: { amount: 1, currency: 'ZZZ' },
      lines: [{ unitPrice: { currency: 'ZZZ' } }],
      note: 'x',
    });
    expect(answer.total.currency).to.equal('USD');
    expect(() => parseFault({ kind: 'rewrite', ops: [{ op: 'set-every', key: '', value: 1 }] }, 1000)).to.throw();
  });

  it('pads an answer to the size asked, still parsing to the same answer plus "padding"', () => {
    const text = JSON.stringify({ items: [{ id: 'us' }] });
    const big = padded(text, 100_000);
    expect(new TextEncoder().encode(big).length).to.be.within(99_990, 100_000);
    const { padding, ...rest } = JSON.parse(big) as { padding: string; items: unknown };
    expect(rest).to.deep.equal({ items: [{ id: 'us' }] });
    expect(padding).to.match(/^x+$/);
    expect(JSON.parse(padded('{}', 2048))).to.have.property('padding');
  });

  it('cuts an answer into JSON that does not parse', () => {
    for (const text of ['{}', '{"items":[]}', JSON.stringify({ items: [{ id: 'us', name: 'US Store' }] })]) {
      expect(() => JSON.parse(truncated(text))).to.throw(SyntaxError);
    }
  });

  it('takes loopback origins only', () => {
    const yes = ['http://localhost:8000', 'http://127.0.0.1:1', 'https://127.10.0.3', 'http://[::1]:9000'];
    const no = ['https://shop.example', 'http://192.168.1.20', 'null', 'file://', 'http://localhost.example.com', ''];
    expect(yes.filter((o) => !isLoopbackOrigin(o))).to.deep.equal([]);
    expect(no.filter((o) => isLoopbackOrigin(o))).to.deep.equal([]);
  });

  describe('a control call', () => {
    it('gets the defaults of what it leaves out', () => {
      expect(parseFault({ kind: 'oversized' }, 30_000)).to.deep.equal({
        kind: 'oversized',
        bytes: DEFAULT_OVERSIZED_BYTES,
      });
      expect(parseFault({ kind: 'reset' }, 30_000)).to.deep.equal({ kind: 'reset', at: 'before' });
      expect(parseFault({ kind: 'hang' }, 30_000)).to.deep.equal({ kind: 'hang', maxMs: 30_000 });
    });

    it('is refused beyond the bounds: no hang or slow body past maxHangMs, no body over 50 MB', () => {
      const refused = [
        { kind: 'hang', maxMs: 30_001 },
        { kind: 'slow', durationMs: 60_000 },
        { kind: 'slow', durationMs: 10, chunks: 1000 },
        { kind: 'oversized', bytes: 51 * 1024 * 1024 },
        { kind: 'redirect', status: 200, location: '/' },
        { kind: 'status', status: 204 },
        { kind: 'rewrite', ops: [] },
        { kind: 'rewrite', ops: [{ op: 'move', path: '/a' }] },
      ];
      for (const fault of refused)
        expect(() => parseFault(fault, 30_000), JSON.stringify(fault)).to.throw(ControlError);
    });

    it('queues faults per operation, first in first out, each for its number of calls', () => {
      const queue = new FaultQueue();
      queue.add('listSites', { kind: 'malformed' }, 2);
      queue.add('listSites', { kind: 'reset', at: 'before' });
      const kinds = [1, 2, 3, 4].map(() => queue.take('listSites')?.kind ?? null);
      expect(kinds).to.deep.equal(['malformed', 'malformed', 'reset', null]);
      expect(queue.take('getProduct')).to.equal(undefined);
      expect(() => queue.add('listSites', { kind: 'malformed' }, 0)).to.throw(ControlError);
    });
  });
});
