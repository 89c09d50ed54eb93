/**
 * The Kibo adapter finding the order of an idempotency key: the order whose `externalId` carries
 * the key (with our prefix), once it is submitted.
 */
import { expect } from '@open-wc/testing';
import { route } from './fake-fetch.js';
import * as fx from './fixtures.js';
import { expectSchemaTrue, kiboWorld } from './kibo-world.js';

const placed = {
  ...fx.orders.items[0]!,
  id: 'o-9',
  orderNumber: 10009,
  status: 'Submitted',
  externalId: 'ooe:key-1',
  total: 42.5,
  amountRemainingForPayment: 12.5,
};

const page = (items: unknown[]) => ({ startIndex: 0, pageSize: 1, pageCount: 1, totalCount: items.length, items });

describe('Kibo adapter: findOrder', () => {
  it('finds the submitted order of a key by its externalId', async () => {
    const world = kiboWorld(() => ({ body: page([placed]) }));
    const order = await world.adapter.findOrder!({ siteId: '101', idempotencyKey: 'key-1' });
    const list = world.requests[0]!;
    expect(route(list)).to.deep.equal({
      path: '/commerce/orders',
      query: { filter: "externalId eq 'ooe:key-1'", pageSize: '1' },
    });
    expect(list.headers['x-vol-site']).to.equal('101');
    expect(order).to.deep.equal({
      id: 'o-9',
      number: '10009',
      status: 'new',
      createdAt: '2026-11-30T15:00:00Z',
      total: { amount: 4250, currency: 'USD' },
      balanceDue: { amount: 1250, currency: 'USD' },
      idempotencyKey: 'key-1',
    });
    expectSchemaTrue(world);
  });

  it('answers null for no order, another key’s order, and an order not submitted yet', async () => {
    for (const items of [[], [{ ...placed, externalId: 'ooe:key-2' }], [{ ...placed, submittedDate: null }]]) {
      const world = kiboWorld(() => ({ body: page(items) }));
      expect(await world.adapter.findOrder!({ siteId: '101', idempotencyKey: 'key-1' })).to.equal(null);
      expectSchemaTrue(world);
    }
  });
});
