import { expect } from '@open-wc/testing';
import { newId } from '../../src/model/ids.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('returns a random UUID without a prefix', () => {
    expect(newId()).to.match(UUID);
    expect(newId()).not.to.equal(newId());
  });

  it('puts the prefix and an underscore before the UUID', () => {
    const id = newId('line');
    expect(id.startsWith('line_')).to.equal(true);
    expect(id.slice('line_'.length)).to.match(UUID);
  });

  it('refuses a prefix that would break a problem path', () => {
    expect(() => newId('a.b')).to.throw(RangeError);
    expect(() => newId('a b')).to.throw(RangeError);
  });

  describe('outside a secure context (no crypto.randomUUID)', () => {
    beforeEach(() => {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    });
    afterEach(() => {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    });

    it('builds a version-4 UUID from getRandomValues', () => {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const ids = new Set(Array.from({ length: 50 }, () => newId('payment')));
      expect(ids.size).to.equal(50);
      for (const id of ids) expect(id.slice('payment_'.length)).to.match(UUID);
    });
  });
});
