/**
 * What the mock backend's searches put first (mocks/search-rank.ts; the ranking README.md and
 * mocks/README.md ask of a host's backend): exact identifiers, whole name words, prefixes,
 * substrings, one typo; recent customers first; and the customers of other customer sets.
 */
import { expect } from '@open-wc/testing';
import { MockBackend } from '../../mocks/backend.js';
import { withinOneEdit } from '../../mocks/search-rank.js';
import type { CustomerInput } from '../../src/model/types.js';
import { PRODUCTS, VARIANTS, buildDraft } from '../support/fixtures.js';

const NOW = new Date('2026-06-15T15:00:00.000Z');

function person(firstName: string, lastName: string): CustomerInput {
  return {
    firstName,
    lastName,
    email: `${firstName}.${lastName}@example.test`.toLowerCase(),
    phones: { mobile: '(757) 555-0150' },
    addresses: [
      {
        name: `${firstName} ${lastName}`,
        line1: '1 Wind Tunnel Rd',
        city: 'Hampton',
        region: 'VA',
        postalCode: '23681',
        country: 'US',
        isDefaultBilling: true,
        isDefaultShipping: true,
      },
    ],
  };
}

describe('mock search ranking', () => {
  const backend = new MockBackend({ now: () => NOW });
  const names = (siteId: string, query: string, limit?: number) =>
    backend.searchCustomers(siteId, query, limit).map((c) => `${c.firstName} ${c.lastName}`);

  beforeEach(() => backend.reset());

  describe('customers', () => {
    it('lists Ada Lovelace first for "Ada" on the US Store, before the Adamses', () => {
      const found = names('us', 'Ada');
      expect(found[0]).to.equal('Ada Lovelace');
      expect(found.slice(1).length).to.be.greaterThan(0);
      for (const name of found.slice(1)) expect(name).to.match(/ Adams$/);
    });

    it('ranks a whole name word above a prefix, a prefix above a substring, a substring above a typo', () => {
      for (const [first, last] of [
        ['Myles', 'Hart'],
        ['Camiles', 'Day'],
        ['Milesworth', 'Kay'],
        ['Miles', 'Stone'],
      ] as const)
        backend.createCustomer('us', person(first, last));
      expect(names('us', 'miles')).to.deep.equal(['Miles Stone', 'Milesworth Kay', 'Camiles Day', 'Myles Hart']);
    });

    it('puts the customers who ordered most recently first within a rank, then orders by name', () => {
      const beta = backend.createCustomer('us', person('Quillon', 'Beta'));
      backend.createCustomer('us', person('Quillon', 'Alpha'));
      expect(names('us', 'quillon')).to.deep.equal(['Quillon Alpha', 'Quillon Beta']);
      backend.submitOrder('us', buildDraft(backend, { customerId: beta.id, now: NOW }), 'recent-1');
      expect(names('us', 'quillon')).to.deep.equal(['Quillon Beta', 'Quillon Alpha']);
    });

    it('orders the seeded customers of a rank by their latest order, newest first', () => {
      const latest = new Map<string, number>();
      for (const order of backend.seed.orders) {
        const at = Date.parse(order.createdAt);
        if (at > (latest.get(order.customerId) ?? 0)) latest.set(order.customerId, at);
      }
      const dates = backend.searchCustomers('us', 'smith', 100).map((c) => latest.get(c.id) ?? 0);
      expect(dates.length).to.be.greaterThan(5);
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    });

    it('finds a phone in any formatting, exactly, first', () => {
      for (const phone of ['(512) 555-0100', '512.555.0100', '512-555-0100', '+1 512 555 0100', '5125550100']) {
        expect(names('us', phone)[0], phone).to.equal('Ada Lovelace');
      }
      // Part of a phone still finds it (ranked as a part, not as the number).
      expect(names('us', '555-0100', 100)).to.include('Ada Lovelace');
    });

    it('finds an email and a customer number exactly, first', () => {
      expect(names('us', 'Katherine.Johnson@example.com')).to.deep.equal(['Katherine Johnson']);
      expect(names('us', 'c000004')).to.deep.equal(['Katherine Johnson']);
      // An exact email ranks above a customer whose name merely contains the words.
      const namesake = backend.createCustomer('us', { ...person('Ada', 'Lovelace'), email: 'ada2@example.test' });
      expect(backend.searchCustomers('us', 'ada2@example.test')[0]!.id).to.equal(namesake.id);
      expect(backend.searchCustomers('us', 'ada.lovelace@example.com')[0]!.id).to.equal('ada');
    });

    it('forgives one typo in a word of 5 letters or more ("Kathrine" finds Katherine Johnson)', () => {
      expect(names('us', 'Kathrine')).to.deep.equal(['Katherine Johnson']);
      expect(names('us', 'Kathrine Jonhson')).to.deep.equal(['Katherine Johnson']);
      expect(names('us', 'Lovelcae')).to.deep.equal(['Ada Lovelace']);
      expect(names('us', 'Lovlace')).to.deep.equal(['Ada Lovelace']);
      // Two typos are not forgiven.
      expect(names('us', 'Kathrinn')).to.deep.equal([]);
    });

    it('forgives no typo in a word under 5 letters', () => {
      expect(names('us', 'Adq')).to.deep.equal([]);
      expect(names('us', 'Aad Lovelace')).to.deep.equal([]);
    });

    it('names the matching customers of another customer set, only there', () => {
      expect(backend.searchCustomers('us', 'Grace Hopper')).to.deep.equal([]);
      expect(backend.customersElsewhere('us', 'Grace Hopper')).to.deep.equal([
        { name: 'Grace Hopper', customerSetName: 'Wholesale' },
      ]);
      expect(backend.customersElsewhere('us', 'Grace Hoper')[0]).to.deep.equal({
        name: 'Grace Hopper',
        customerSetName: 'Wholesale',
      });
      expect(backend.customersElsewhere('wholesale', 'Grace Hopper')).to.deep.equal([]);
      expect(backend.customersElsewhere('us', 'zzqx')).to.deep.equal([]);
      expect(backend.customersElsewhere('us', 'smith')).to.have.length.of.at.most(3);
    });
  });

  describe('one edit', () => {
    it('is an insertion, a deletion, a substitution or a transposition', () => {
      expect(withinOneEdit('kathrine', 'katherine')).to.equal(true);
      expect(withinOneEdit('katherine', 'kathrine')).to.equal(true);
      expect(withinOneEdit('katherina', 'katherine')).to.equal(true);
      expect(withinOneEdit('kahterine', 'katherine')).to.equal(true);
      expect(withinOneEdit('kahtreine', 'katherine')).to.equal(false);
      expect(withinOneEdit('kathrin', 'katherine')).to.equal(false);
    });
  });

  describe('products', () => {
    it('puts an exact product or variant code (SKU) first', () => {
      expect(backend.searchProducts('us', 'TRS-100')[0]!.id).to.equal(PRODUCTS.trailRunner.id);
      expect(backend.searchProducts('us', VARIANTS.trailRunner9Blue.code.toLowerCase())[0]!.id).to.equal(
        PRODUCTS.trailRunner.id,
      );
      expect(backend.searchProducts('us', 'IWB-300').map((p) => p.id)).to.deep.equal([PRODUCTS.waterBottle.id]);
    });

    it('ranks a whole name word above a prefix, a prefix above a substring', () => {
      const kinds = (query: string, ...patterns: RegExp[]) =>
        backend
          .searchProducts('us', query, { limit: 100 })
          .map((p) => patterns.findIndex((pattern) => pattern.test(p.name)));
      // "Camp Stove" (the word), then "Camping Chair" (a word it begins).
      const camp = kinds('camp', /\bCamp\b/, /\bCamping\b/);
      expect(camp).to.include.members([0, 1]);
      expect(camp).to.deep.equal([...camp].sort());
      // "Desk Lamp" (a word it begins), then "Classic …", "Flannel …" (inside a word).
      const la = kinds('la', /\bLa/, /la/i);
      expect(la).to.include.members([0, 1]);
      expect(la).to.deep.equal([...la].sort());
      expect(backend.searchProducts('us', 'tot')[0]!.name).to.equal('Canvas Tote Bag');
    });

    it('forgives one typo in a word of 5 letters or more, ranked last', () => {
      const found = backend.searchProducts('us', 'sneeker', { limit: 100 }).map((p) => p.name);
      expect(found.length).to.be.greaterThan(0);
      for (const name of found) expect(name).to.match(/Sneaker$/);
      expect(backend.searchProducts('us', 'totr')).to.deep.equal([]);
    });
  });
});
