import { expect } from '@open-wc/testing';
import { same } from '../../src/model/same.js';

describe('same (model): plain values compared as their JSON would be, key order aside', () => {
  it('says two drafts written in another key order are the same', () => {
    expect(same({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).to.equal(true);
  });

  it('tells apart what differs: a value, a key, an array item or its length, an array from an object', () => {
    expect(same({ a: 1 }, { a: 2 })).to.equal(false);
    expect(same({ a: 1 }, { b: 1 })).to.equal(false);
    expect(same({ a: 1 }, { a: 1, b: 2 })).to.equal(false);
    expect(same([1, 2], [2, 1])).to.equal(false);
    expect(same([1, 2], [1, 2, 3])).to.equal(false);
    expect(same([1], { 0: 1 })).to.equal(false);
    expect(same(null, {})).to.equal(false);
    expect(same('1', 1)).to.equal(false);
  });

  it('counts a key set to undefined as absent, as JSON does', () => {
    expect(same({ a: 1, shipTo: undefined }, { a: 1 })).to.equal(true);
    expect(same({ a: 1 }, { a: 1, shipTo: undefined })).to.equal(true);
  });

  it('takes the same object as the same without walking it (an adapter may hold cycles)', () => {
    const adapter: { self?: unknown } = {};
    adapter.self = adapter;
    expect(same([adapter, { id: 'us' }], [adapter, { id: 'us' }])).to.equal(true);
  });
});
