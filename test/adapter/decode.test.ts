import { expect } from '@open-wc/testing';
import * as d from '../../src/adapter/decode.js';
import { zeroPricing } from '../support/pricing.js';

function decodeError(run: () => unknown): d.DecodeError {
  try {
    run();
  } catch (error) {
    if (error instanceof d.DecodeError) return error;
    throw error;
  }
  throw new Error('expected a DecodeError');
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('response decoders', () => {
  describe('money', () => {
    it('accepts integer minor units with a 3-letter currency', () => {
      expect(d.money({ amount: 1999, currency: 'USD' }, 'price')).to.deep.equal({ amount: 1999, currency: 'USD' });
      expect(d.money({ amount: -500, currency: 'KWD' }, 'price')).to.deep.equal({ amount: -500, currency: 'KWD' });
    });

    it('refuses a decimal amount', () => {
      const error = decodeError(() => d.money({ amount: 19.99, currency: 'USD' }, 'price'));
      expect(error.path).to.equal('price.amount');
      expect(error.message).to.equal('price.amount should be an integer');
    });

    it('refuses an amount beyond the safe integers, or given as a string', () => {
      expect(decodeError(() => d.money(usd(2 ** 53), 'total')).path).to.equal('total.amount');
      expect(decodeError(() => d.money({ amount: '1999', currency: 'USD' }, 'total')).path).to.equal('total.amount');
    });

    it('refuses a currency that is not 3 upper-case letters', () => {
      for (const currency of ['usd', 'US', 'USDX', 840]) {
        const error = decodeError(() => d.money({ amount: 1, currency }, 'rate'));
        expect(error.message).to.equal('rate.currency should be a 3-letter ISO 4217 currency code');
      }
    });

    it('refuses a currency outside the ISO 4217 table, which cannot be formatted', () => {
      for (const currency of ['ZZZ', 'XAU', 'XXX']) {
        expect(decodeError(() => d.money({ amount: 1, currency }, 'total')).path).to.equal('total.currency');
      }
      expect(d.money({ amount: 1, currency: 'JPY' }, 'total')).to.deep.equal({ amount: 1, currency: 'JPY' });
    });
  });

  describe('locales', () => {
    it('accepts the locales Intl reads', () => {
      for (const tag of ['en-US', 'fr-CA', 'de', 'zh-Hant-TW']) expect(d.locale(tag, 'locale')).to.equal(tag);
    });

    it('refuses one Intl would throw on', () => {
      for (const tag of ['not a locale!!', '', 'en_US!', 42]) {
        expect(decodeError(() => d.locale(tag, 'items[0].locale')).message).to.equal(
          'items[0].locale should be a locale such as en-US',
        );
      }
    });
  });

  describe('objects', () => {
    const site = {
      id: 'us',
      name: 'US Store',
      currency: 'USD',
      locale: 'en-US',
      customerSetId: 'retail',
      customerSetName: 'Retail',
    };

    it('names the missing field with its path', () => {
      const { customerSetName: _omitted, ...partial } = site;
      const error = decodeError(() => d.items(d.site)({ items: [site, partial] }, ''));
      expect(error.message).to.equal('items[1].customerSetName should be present');
    });

    it('copies only the fields the domain knows', () => {
      const [decoded] = d.items(d.site)({ items: [{ ...site, internalFlag: true }] }, '');
      expect(decoded).to.deep.equal(site);
    });

    it('reads null in an optional field as absent', () => {
      const method = d.shippingMethod({ id: 'ground', name: 'Ground', rate: usd(795), description: null }, '');
      expect(method).to.deep.equal({ id: 'ground', name: 'Ground', rate: usd(795) });
      expect('description' in method).to.equal(false);
    });

    it("reads a shipping method's optional isDefault, and refuses one that is not a boolean", () => {
      const method = d.shippingMethod({ id: 'ground', name: 'Ground', rate: usd(795), isDefault: true }, '');
      expect(method).to.deep.equal({ id: 'ground', name: 'Ground', rate: usd(795), isDefault: true });
      const error = decodeError(() => d.shippingMethod({ id: 'g', name: 'G', rate: usd(1), isDefault: 'yes' }, ''));
      expect(error.message).to.equal('isDefault should be true or false');
    });

    it('checks optional fields when present', () => {
      const error = decodeError(() => d.shippingMethod({ id: 'g', name: 'G', rate: usd(1), description: 7 }, ''));
      expect(error.message).to.equal('description should be a string');
    });

    it('refuses a list where an object is expected, and an object where a list is', () => {
      expect(decodeError(() => d.site([site], 'site')).message).to.equal('site should be an object');
      expect(decodeError(() => d.items(d.site)({ items: site }, '')).message).to.equal('items should be a list');
      expect(decodeError(() => d.site(null, '')).message).to.equal('the answer should be an object');
    });

    it('refuses a value outside an enumeration', () => {
      const error = decodeError(() =>
        d.submittedOrder(
          {
            id: 'o1',
            number: '10001',
            status: 'lost',
            createdAt: '2026-01-01T00:00:00Z',
            total: usd(1),
            balanceDue: usd(0),
          },
          '',
        ),
      );
      expect(error.message).to.equal(
        'status should be one of new, open, shipped, completed, cancelled, awaiting-payment',
      );
    });

    it('checks a map of option values', () => {
      const variant = { id: 'v', productId: 'p', code: 'C', options: { Size: '9' }, price: usd(1), inStock: true };
      expect(d.variant(variant, '').options).to.deep.equal({ Size: '9' });
      expect(decodeError(() => d.variant({ ...variant, options: { Size: 9 } }, '')).path).to.equal('options.Size');
      expect(decodeError(() => d.variant({ ...variant, options: null }, '')).path).to.equal('options');
    });

    it('accepts null where the domain allows it (Direct Ship has no location)', () => {
      const option = d.fulfillmentOption(
        {
          id: 'ship',
          kind: 'ship',
          locationId: null,
          locationName: null,
          inventory: { current: 3, future: [{ quantity: 5, expectedDate: '2026-12-15' }] },
          available: true,
        },
        '',
      );
      expect(option.locationId).to.equal(null);
      expect(option.inventory.future[0]!.quantity).to.equal(5);
    });

    it('requires the last four digits of a card to be four digits', () => {
      const card = { token: 't', brand: 'visa', last4: '1111', expiryMonth: 12, expiryYear: 2030 };
      expect(d.cardSummary(card, '')).to.deep.equal(card);
      expect(decodeError(() => d.cardSummary({ ...card, last4: '4111111111111111' }, '')).message).to.equal(
        'last4 should be the last four digits',
      );
    });

    it('leaves out the sites that cannot be used, and counts them', () => {
      const bad = [
        { ...site, id: 'zzz', currency: 'ZZZ' },
        { ...site, id: 'babel', locale: 'not a locale!!' },
        { ...site, id: 'half', name: undefined },
      ];
      const sites = d.listed(d.site)({ items: [bad[0], site, ...bad.slice(1)] }, '');
      expect(sites.map((s) => s.id)).to.deep.equal(['us']);
      expect(sites.skipped).to.equal(3);
      expect(d.listed(d.site)({ items: [site] }, '').skipped).to.equal(undefined);
      // The envelope itself must still be right.
      expect(decodeError(() => d.listed(d.site)({ items: site }, '')).message).to.equal('items should be a list');
    });

    it('leaves out the customers and products that cannot be used, and counts them', () => {
      const product = { id: 'p', code: 'P', name: 'P', type: 'simple', price: usd(100) };
      const products = d.listed(d.productSummary)(
        { items: [product, { ...product, price: { amount: 1, currency: 'ZZZ' } }] },
        '',
      );
      expect(products).to.have.length(1);
      expect(products.skipped).to.equal(1);
      const customers = d.listed(d.customer)({ items: [{ id: 'c' }, null] }, '');
      expect(customers).to.have.length(0);
      expect(customers.skipped).to.equal(2);
    });

    describe('a customer search', () => {
      const hint = (name: unknown, customerSetName: unknown = 'Wholesale') => ({ name, customerSetName });

      it('keeps the customers of other customer sets it names (elsewhere), copying only their two names', () => {
        const found = d.foundCustomers(
          { items: [], elsewhere: [{ ...hint('Grace Hopper'), id: 'grace', email: 'grace@example.com' }] },
          '',
        );
        expect(found).to.have.length(0);
        expect(found.elsewhere).to.deep.equal([{ name: 'Grace Hopper', customerSetName: 'Wholesale' }]);
        expect(d.foundCustomers({ items: [] }, '').elsewhere).to.equal(undefined);
        expect(d.foundCustomers({ items: [], elsewhere: null }, '').elsewhere).to.equal(undefined);
      });

      it('drops the entries that are not two non-blank names of at most 200 characters, and keeps 3 at most', () => {
        const found = d.foundCustomers(
          {
            items: [],
            elsewhere: [
              null,
              'Grace Hopper',
              hint(42),
              hint('Grace Hopper', null),
              hint('   '),
              hint('x'.repeat(201)),
              hint('Grace Hopper', { toString: 'Wholesale' }),
              hint('A\u202eB <b>1</b>'),
              hint('Barbara Liskov'),
              hint('Alan Kay', 'B2B'),
              hint('Edsger Dijkstra'),
            ],
          },
          '',
        );
        expect(found.elsewhere).to.deep.equal([
          hint('A\u202eB <b>1</b>'),
          hint('Barbara Liskov'),
          hint('Alan Kay', 'B2B'),
        ]);
      });

      it('ignores an elsewhere that is not a list, and still answers the customers', () => {
        for (const elsewhere of ['Grace Hopper', 3, { name: 'Grace Hopper', customerSetName: 'Wholesale' }, true]) {
          const found = d.foundCustomers({ items: [{ id: 'c' }], elsewhere }, '');
          expect(found.elsewhere).to.equal(undefined);
          expect(found.skipped).to.equal(1);
        }
        expect(decodeError(() => d.foundCustomers({ elsewhere: [] }, '')).message).to.equal('items should be present');
      });
    });

    it('leaves out the orders of a page that cannot be used, and counts them on the page', () => {
      const order = {
        id: 'o1',
        number: '10001',
        siteId: 'us',
        createdAt: '2026-01-01T00:00:00Z',
        customerId: 'ada',
        customerName: 'Ada Lovelace',
        status: 'new',
        total: usd(100),
        items: [],
      };
      const page = d.orderPage(
        {
          items: [
            order,
            { ...order, id: 'o2', total: { amount: 1, currency: 'ZZZ' } },
            { ...order, id: 'o3', status: 'lost' },
          ],
          nextCursor: 'c2',
        },
        '',
      );
      expect(page.items.map((o) => o.id)).to.deep.equal(['o1']);
      expect(page.skipped).to.equal(2);
      expect(page.nextCursor).to.equal('c2');
      expect('skipped' in d.orderPage({ items: [order], nextCursor: null }, '')).to.equal(false);
    });

    it('decodes a page with a null cursor on the last page', () => {
      expect(d.orderPage({ items: [], nextCursor: null, total: 0 }, '')).to.deep.equal({
        items: [],
        nextCursor: null,
        total: 0,
      });
      expect(decodeError(() => d.orderPage({ items: [] }, '')).message).to.equal('nextCursor should be present');
    });

    it('keeps the minimum subtotal of a coupon rejected as minimum-not-met, as money', () => {
      const pricing = zeroPricing({
        coupons: [
          {
            code: 'BIGSPENDER',
            status: 'rejected',
            reason: 'minimum-not-met',
            message: 'm',
            minimumSubtotal: usd(20000),
          },
        ],
      });
      expect(d.pricing(pricing, '').coupons[0]!.minimumSubtotal).to.deep.equal(usd(20000));
      const bad = { ...pricing, coupons: [{ ...pricing.coupons[0], minimumSubtotal: '200.00' }] };
      expect(decodeError(() => d.pricing(bad, '')).message).to.equal('coupons[0].minimumSubtotal should be an object');
    });

    it('refuses a pricing answer with an amount in another currency than its own (issue 9: a CAD line on the US site)', () => {
      const zero = usd(0);
      const line = { lineId: 'l1', unitPrice: usd(2499), adjustedUnitPrice: usd(2499), total: usd(2499) };
      const pricing = {
        currency: 'USD',
        lines: [line],
        subtotal: usd(2499),
        discounts: [{ label: 'SAVE10', code: 'SAVE10', amount: usd(250) }],
        coupons: [{ code: 'SAVE10', status: 'accepted', discount: usd(250) }],
        orderAdjustment: zero,
        shipping: zero,
        shippingAdjustment: zero,
        shippingBreakdown: [],
        handling: zero,
        handlingBreakdown: [],
        tax: zero,
        taxBreakdown: [{ label: 'Tax', amount: zero, lineId: 'l1' }],
        duty: zero,
        dutyBreakdown: [],
        total: usd(2249),
      };
      expect(d.pricing(pricing, '').lines[0]!.unitPrice).to.deep.equal(usd(2499));
      const cad = { amount: 2499, currency: 'CAD' };
      const cases: [unknown, string][] = [
        [{ ...pricing, lines: [{ ...line, unitPrice: cad }] }, 'lines[0].unitPrice.currency'],
        [{ ...pricing, lines: [{ ...line, total: cad }] }, 'lines[0].total.currency'],
        [{ ...pricing, total: cad }, 'total.currency'],
        [{ ...pricing, discounts: [{ label: 'SAVE10', amount: cad }] }, 'discounts[0].amount.currency'],
        [
          { ...pricing, coupons: [{ code: 'SAVE10', status: 'accepted', discount: cad }] },
          'coupons[0].discount.currency',
        ],
        [{ ...pricing, taxBreakdown: [{ label: 'Tax', amount: cad }] }, 'taxBreakdown[0].amount.currency'],
        // The whole answer in CAD but one amount in USD: refused alike.
        [{ ...pricing, currency: 'CAD' }, 'lines[0].unitPrice.currency'],
      ];
      for (const [answer, path] of cases) {
        const error = decodeError(() => d.pricing(answer, ''));
        expect(error.path, path).to.equal(path);
        expect(error.message).to.match(/the currency of the answer$/);
      }
      expect(decodeError(() => d.pricing({ ...pricing, currency: 'ZZZ' }, '')).path).to.equal('currency');
      expect(decodeError(() => d.pricing([], 'pricing')).message).to.equal('pricing should be an object');
    });
  });
});
