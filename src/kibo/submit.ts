/**
 * What the submit sequence and `findOrder` share (docs/KIBO.md, `submitOrder`): our idempotency
 * key stamped on the order's `externalId` with a prefix of ours (so that it is never mistaken for
 * another system's external id), and the placed order read back as our `SubmittedOrder`.
 */
import { DecodeError } from '../adapter/decode.js';
import type * as model from '../model/types.js';
import { amount, orderStatus } from './decode.js';
import type * as kibo from './kibo-types.js';
import { isObject } from './read.js';

/** The prefix of our idempotency keys in an order's `externalId`. */
export const EXTERNAL_ID_PREFIX = 'ooe:';

export const externalIdOf = (idempotencyKey: string) => `${EXTERNAL_ID_PREFIX}${idempotencyKey}`;

/**
 * A text value in a Kibo `filter`, in single quotes (a quote inside doubled): the form the mock
 * documents for text (`customerSet eq 'retail'`); without them a value with a space would end
 * the clause. Numbers and dates go unquoted.
 */
export const filterText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * A placed order (one with an order number and a submitted date) as our `SubmittedOrder`; null for
 * an order not submitted yet. `amountRemainingForPayment` is what the shopper still owes.
 */
export function submittedOrder(value: unknown, path = ''): model.SubmittedOrder | null {
  if (!isObject(value)) throw new DecodeError(path, 'an object');
  const o = value as Partial<Record<keyof kibo.KiboOrder, unknown>>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (typeof o.submittedDate !== 'string' || !o.submittedDate || !Number.isSafeInteger(o.orderNumber)) return null;
  if (typeof o.id !== 'string' || !o.id) throw new DecodeError(at('id'), 'a string');
  const currency = o.currencyCode;
  if (typeof currency !== 'string') throw new DecodeError(at('currencyCode'), 'a currency code');
  const externalId = typeof o.externalId === 'string' ? o.externalId : '';
  return {
    id: o.id,
    number: String(o.orderNumber),
    status: orderStatus(o.status, o.fulfillmentStatus),
    createdAt: o.submittedDate,
    total: amount(o.total, currency, at('total')),
    balanceDue: amount(o.amountRemainingForPayment, currency, at('amountRemainingForPayment')),
    ...(externalId.startsWith(EXTERNAL_ID_PREFIX)
      ? { idempotencyKey: externalId.slice(EXTERNAL_ID_PREFIX.length) }
      : {}),
  };
}

/**
 * The submitted order of a key among a page of orders (`OrderCollection`): the one whose
 * `externalId` is the key's (a filter Kibo did not apply cannot answer another order), or null.
 */
export function orderOfKey(value: unknown, idempotencyKey: string): model.SubmittedOrder | null {
  if (!isObject(value)) throw new DecodeError('', 'an object');
  const items = (value as Partial<Record<keyof kibo.KiboOrderCollection, unknown>>).items;
  const found = (Array.isArray(items) ? items : []).find(
    (item) => isObject(item) && item.externalId === externalIdOf(idempotencyKey),
  );
  return found === undefined ? null : submittedOrder(found, 'items[0]');
}
