// Property-based tests of the draft's JSON round trip (fast-check): any draft the edits can build
// survives serialize/parse unchanged, fields it does not know (a card number) never ride along, and
// parsing anything else, JSON or not, ends in a DraftParseError, never another exception.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addLine,
  addPayment,
  DraftParseError,
  parseDraft,
  serializeDraft,
  setLineQuantity,
  setOrderAdjustment,
  updateLine,
} from '../../../src/model/draft.js';
import { money } from '../../../src/model/money.js';
import type { OrderDraft } from '../../../src/model/types.js';
import { draftArb } from './draft-arbitraries.js';

const NOW = new Date('2026-11-26T12:00:00.000Z');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Any JSON value, up to two levels deep. */
const jsonValueArb = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

/** `parseDraft(text)`, or the DraftParseError it threw; any other exception fails the property. */
function parseOrRefuse(text: string): OrderDraft | DraftParseError {
  try {
    return parseDraft(text);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(DraftParseError);
    expect((error as DraftParseError).path).to.be.a('string');
    return error as DraftParseError;
  }
}

/** Every object inside `value` (itself included), with the path of keys that reaches it. */
function objectsIn(value: Json, path: (string | number)[] = []): { path: (string | number)[]; object: object }[] {
  if (typeof value !== 'object' || value === null) return [];
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => objectsIn(item, [...path, i]))
    : Object.entries(value).flatMap(([key, item]) => objectsIn(item, [...path, key]));
  return Array.isArray(value) ? children : [{ path, object: value }, ...children];
}

/** The objects of a draft's JSON whose keys are fixed: all but a payment's `fields`, whose keys are the backend's. */
function knownShapes(json: Json): { path: (string | number)[]; object: object }[] {
  return objectsIn(json).filter(({ path }) => path[path.length - 1] !== 'fields');
}

/** Every place inside `value` that holds a value: [container, key] pairs. */
function slotsIn(value: Json): [Json[] | { [key: string]: Json }, string | number][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[value, key] as [typeof value, string | number], ...slotsIn(item)]);
}

describe('draft JSON properties (fast-check)', () => {
  it('gives back every draft the edits can build, deep-equal, and writes it back to the same text', () => {
    fc.assert(
      fc.property(draftArb, ({ draft }) => {
        const text = serializeDraft(draft);
        const back = parseDraft(text);
        expect(back).to.deep.equal(draft);
        expect(serializeDraft(back)).to.equal(text);
      }),
    );
  });

  it('stores any number an edit takes so that it reads back the same, or refuses it with a RangeError', () => {
    // The numbers an agent types (a quantity, basis points) reach the draft as numbers; JSON has no
    // NaN nor Infinity, and writes −0 as 0.
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, Number.NaN, Infinity, -Infinity, 0.5, 2 ** 53, -(2 ** 53), Number.MIN_VALUE),
    );
    const where = fc.constantFrom('set-quantity', 'update-line', 'add-line', 'percent');
    fc.assert(
      fc.property(draftArb, anyNumber, where, ({ draft }, value, edit) => {
        const line = draft.lines[0];
        let edited: OrderDraft;
        try {
          if (edit === 'set-quantity') edited = line ? setLineQuantity(draft, line.id, value, NOW) : draft;
          else if (edit === 'update-line') edited = line ? updateLine(draft, line.id, { quantity: value }, NOW) : draft;
          else if (edit === 'add-line') {
            const unitPrice = money(100, draft.currency as string);
            edited = addLine(
              draft,
              { id: 'new', productId: 'p', productName: 'P', code: 'P', unitPrice, quantity: value },
              NOW,
            );
          } else edited = setOrderAdjustment(draft, { kind: 'percent', basisPoints: value, reason: 'Loyalty' }, NOW);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(RangeError);
          return;
        }
        expect(parseDraft(serializeDraft(edited))).to.deep.equal(edited);
      }),
    );
  });

  it('keeps a payment’s custom fields whatever the backend names them, and reads them back', () => {
    // The names come from the backend's payment type (`PaymentField.name`): any text.
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 10 }),
      fc.constantFrom('__proto__', 'constructor', 'toString'),
    );
    fc.assert(
      fc.property(draftArb, fc.dictionary(name, fc.string({ maxLength: 10 }), { maxKeys: 4 }), ({ draft }, fields) => {
        const given = Object.entries(fields);
        const amount = money(1, draft.currency as string);
        const edited = addPayment(draft, { id: 'custom', typeId: 'terms', kind: 'other', amount, fields }, NOW);
        const kept = edited.payments.find((p) => p.id === 'custom')!.fields!;
        expect(Object.entries(kept)).to.deep.equal(given);
        expect(Object.entries(parseDraft(serializeDraft(edited)).payments.at(-1)!.fields!)).to.deep.equal(given);
      }),
    );
  });

  it('drops fields it does not know, wherever they are, and gives back the same draft', () => {
    const withExtras = draftArb.chain(({ draft }) => {
      const json = JSON.parse(serializeDraft(draft)) as Json;
      const objects = knownShapes(json);
      return fc.tuple(
        fc.constant(draft),
        fc.constant(json),
        fc.array(
          fc.tuple(
            fc.nat({ max: objects.length - 1 }),
            fc.constantFrom('cardNumber', 'securityCode', 'number', 'cvv', 'extra', 'toJSON'),
            jsonValueArb,
          ),
          { minLength: 1, maxLength: 4 },
        ),
      );
    });
    fc.assert(
      fc.property(withExtras, ([draft, json, extras]) => {
        const objects = knownShapes(json);
        for (const [index, key, value] of extras) {
          const target = objects[index]!.object as Record<string, unknown>;
          if (!Object.hasOwn(target, key)) target[key] = value;
        }
        const back = parseDraft(JSON.stringify(json));
        expect(back).to.deep.equal(draft);
        for (const [, key] of extras) expect(serializeDraft(back)).not.to.include(`"${key}"`);
      }),
    );
  });

  it('refuses any text that is not a draft with a DraftParseError, never another exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.constantFrom('', 'null', '{}', '[]', '{"schema":1}'),
        ),
        (text) => {
          const parsed = parseOrRefuse(text);
          if (!(parsed instanceof DraftParseError)) expect(parseDraft(serializeDraft(parsed))).to.deep.equal(parsed);
        },
      ),
    );
  });

  it('refuses a draft with any one value replaced by any JSON value, or reads a draft that round-trips', () => {
    const damaged = draftArb.chain(({ draft }) => {
      const json = JSON.parse(serializeDraft(draft)) as Json;
      const slots = slotsIn(json);
      return fc.tuple(
        fc.constant(json),
        fc.nat({ max: slots.length - 1 }),
        fc.oneof(
          jsonValueArb,
          fc.constantFrom<Json>(null, '', 0, -0, 1.5, -1, 2 ** 53, 1e308, 'ZZZ', 'usd', [], {}, true),
        ),
      );
    });
    fc.assert(
      fc.property(damaged, ([json, index, value]) => {
        const [container, key] = slotsIn(json)[index]!;
        (container as Record<string | number, Json>)[key] = value;
        const parsed = parseOrRefuse(JSON.stringify(json));
        if (parsed instanceof DraftParseError) return;
        // What it reads is a draft: it round-trips, with money a safe integer in a known currency.
        const text = serializeDraft(parsed);
        expect(parseDraft(text)).to.deep.equal(parsed);
        expect(serializeDraft(parseDraft(text))).to.equal(text);
      }),
    );
  });

  it('refuses arbitrary objects handed in as a draft with a DraftParseError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.object({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
          fc.anything({ maxDepth: 2, withBigInt: false }),
        ),
        (value) => {
          let text: string | undefined;
          try {
            text = JSON.stringify(value);
          } catch {
            return; // Not JSON at all (a cycle, a BigInt): nothing to hand in.
          }
          parseOrRefuse(text ?? 'undefined');
        },
      ),
    );
  });
});
