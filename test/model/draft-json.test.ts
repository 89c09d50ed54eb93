import { expect } from '@open-wc/testing';
import {
  changeSite,
  createDraft,
  DraftParseError,
  findLine,
  parseDraft,
  serializeDraft,
  setLineQuantity,
} from '../../src/model/draft.js';
import type { OrderDraft } from '../../src/model/types.js';
import { caSite, LATER, NOW } from './fixtures.js';
import { fullDraft } from './draft-support.js';

describe('order draft', () => {
  describe('JSON', () => {
    it('round-trips a full draft unchanged', () => {
      const d = fullDraft();
      const text = serializeDraft(d);
      expect(parseDraft(text)).to.deep.equal(d);
      expect(serializeDraft(parseDraft(text))).to.equal(text);
    });

    it('round-trips an empty draft and one waiting for re-pricing', () => {
      const empty = createDraft({ id: 'e', now: NOW });
      expect(parseDraft(serializeDraft(empty))).to.deep.equal(empty);
      const stale = changeSite(fullDraft(), caSite, LATER).draft;
      expect(parseDraft(serializeDraft(stale))).to.deep.equal(stale);
    });

    it('drops an injected card number and security code from a payment, in both directions', () => {
      const json = JSON.parse(serializeDraft(fullDraft()));
      json.payments[0].number = '4111111111111111';
      json.payments[0].securityCode = '737';
      json.payments[0].card.number = '4111111111111111';
      json.payments[0].card.securityCode = '737';
      json.payments[0].card.nameOnCard = 'Ada Lovelace';
      const parsed = parseDraft(JSON.stringify(json));
      expect(parsed.payments[0]).to.deep.equal(fullDraft().payments[0]);
      expect(Object.keys(parsed.payments[0]!.card!).sort()).to.deep.equal([
        'brand',
        'expiryMonth',
        'expiryYear',
        'last4',
        'token',
      ]);

      const written = serializeDraft(json as OrderDraft);
      expect(written).not.to.contain('4111111111111111');
      expect(written).not.to.contain('737');
      expect(written).not.to.contain('securityCode');
    });

    it('drops unknown fields anywhere', () => {
      const json = JSON.parse(serializeDraft(fullDraft()));
      json.debug = true;
      json.customer.password = 'x';
      json.customer.addresses[0].geo = { lat: 1 };
      json.lines[0].internalCost = 3;
      const parsed = parseDraft(JSON.stringify(json));
      expect(parsed).to.deep.equal(fullDraft());
    });

    // These tests corrupt arbitrary parts of the stored JSON on purpose: untyped access is the point.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type StoredJson = Record<string, any>;
    const broken = (mutate: (json: StoredJson) => void): string => {
      const json = JSON.parse(serializeDraft(fullDraft()));
      mutate(json);
      return JSON.stringify(json);
    };
    const parseError = (text: string): DraftParseError => {
      try {
        parseDraft(text);
      } catch (error) {
        expect(error).to.be.instanceOf(DraftParseError);
        return error as DraftParseError;
      }
      throw new Error('parseDraft accepted malformed text');
    };

    it('refuses text that is not JSON', () => {
      const error = parseError('{"schema":1,');
      expect(error.message).to.equal('The draft is not JSON.');
      expect(error.path).to.equal('');
      expect(error.cause).to.be.instanceOf(SyntaxError);
      expect(parseError('[]').message).to.equal('The draft is malformed at its top level: expected an object.');
      expect(parseError('null').path).to.equal('');
    });

    it('refuses an unknown schema', () => {
      const error = parseError(broken((j) => (j.schema = 2)));
      expect(error.path).to.equal('schema');
      expect(error.message).to.equal('The draft has schema 2; this version reads schema 1.');
      expect(parseError(broken((j) => delete j.schema)).path).to.equal('schema');
    });

    it('locates every malformed field', () => {
      const cases: [(j: StoredJson) => void, string, RegExp][] = [
        [(j) => (j.id = 7), 'id', /expected a string/],
        [(j) => (j.currency = 'ZZZ'), 'currency', /ISO 4217/],
        [(j) => (j.siteId = undefined), 'siteId', /string/],
        [(j) => (j.createdAt = 'yesterday'), 'createdAt', /ISO timestamp/],
        [(j) => (j.customer = 'ada'), 'customer', /object/],
        [(j) => (j.customer.phones = null), 'customer.phones', /object/],
        [(j) => (j.customer.phones.home = 5125550100), 'customer.phones.home', /string/],
        [
          (j) => (j.customer.addresses[0].isDefaultBilling = 'yes'),
          'customer.addresses.0.isDefaultBilling',
          /true or false/,
        ],
        [(j) => (j.customer.addresses[0].line2 = 3), 'customer.addresses.0.line2', /string/],
        [(j) => (j.lines = {}), 'lines', /array/],
        [(j) => (j.lines[1].quantity = '2'), 'lines.1.quantity', /number/],
        [(j) => (j.lines[0].unitPrice.amount = 22.5), 'lines.0.unitPrice.amount', /integer/],
        [(j) => (j.lines[0].unitPrice.currency = 'usd'), 'lines.0.unitPrice.currency', /ISO 4217/],
        [
          (j) => (j.lines[0].fulfillment.kind = 'teleport'),
          'lines.0.fulfillment.kind',
          /one of ship, pickup, delivery/,
        ],
        [(j) => (j.lines[0].options = [{ name: 'Size' }]), 'lines.0.options.0.value', /string/],
        [(j) => (j.lines[1].adjustment.kind = 'free'), 'lines.1.adjustment.kind', /amount-off, unit-price/],
        [(j) => (j.lines[0].needsRepricing = 'no'), 'lines.0.needsRepricing', /true or false/],
        [(j) => (j.coupons = ['SAVE10', 5]), 'coupons.1', /string/],
        [(j) => (j.orderAdjustment.basisPoints = 2.5), 'orderAdjustment.basisPoints', /integer/],
        [(j) => (j.shippingAdjustment.kind = 'percent'), 'shippingAdjustment.kind', /one of amount/],
        [(j) => (j.payments[0].kind = 'bitcoin'), 'payments.0.kind', /one of/],
        [(j) => (j.payments[0].card.brand = 'acme'), 'payments.0.card.brand', /one of/],
        [(j) => (j.payments[0].card.expiryMonth = 13), 'payments.0.card.expiryMonth', /month from 1 to 12/],
        [(j) => (j.payments[0].card.last4 = '41111111'), 'payments.0.card.last4', /four digits/],
        [(j) => (j.payments[1].fields = { a: 1 }), 'payments.1.fields.a', /string/],
      ];
      for (const [mutate, path, message] of cases) {
        const error = parseError(broken(mutate));
        expect(error.path, path).to.equal(path);
        expect(error.message, path).to.match(message);
        expect(error.message, path).to.contain(`at ${path}:`);
      }
    });

    it('keeps a quantity being typed, such as 0 or 1.5, for validation to judge', () => {
      const d = setLineQuantity(fullDraft(), 'line-tote', 1.5, LATER);
      expect(findLine(parseDraft(serializeDraft(d)), 'line-tote')?.quantity).to.equal(1.5);
    });
  });
});
