import { expect } from '@open-wc/testing';
import type { KiboErrorBody } from '../../mocks/kibo/errors.js';
import { KIBO_SITE_IDS } from '../../mocks/kibo/shapes.js';
import { useKiboMock } from '../support/kibo-mock.js';

interface KiboListedOrder {
  id: string;
  orderNumber: number;
  siteId: number;
  submittedDate: string;
  customerAccountId: number | null;
  status: string;
  total: number;
  currencyCode: string;
  billingInfo: { billingContact: { firstName: string; lastNameOrSurname: string } };
  items: { quantity: number; product: { productCode: string; name: string } }[];
}

interface OrderCollection {
  items: KiboListedOrder[];
  startIndex: number;
  pageSize: number;
  pageCount: number;
  totalCount: number;
}

const filter = (text: string) => `filter=${encodeURIComponent(text)}`;

describe('Kibo-shaped mock: orders', () => {
  const kibo = useKiboMock({ backend: { seed: { orders: 120 } } });

  it("lists the site's orders newest first, paged by startIndex and pageSize", async () => {
    const ours = kibo.backend.listOrders('us', { limit: 10 });
    const { body: first } = await kibo.call<OrderCollection>(
      'getOrders',
      '/commerce/orders?pageSize=5&sortBy=submittedDate%20desc',
    );
    expect(first).to.include({ startIndex: 0, pageSize: 5, totalCount: ours.total });
    expect(first.pageCount).to.equal(Math.ceil(ours.total! / 5));
    const { body: second } = await kibo.call<OrderCollection>('getOrders', '/commerce/orders?startIndex=5&pageSize=5');
    const listed = [...first.items, ...second.items];
    expect(listed.map((o) => o.id)).to.deep.equal(ours.items.map((o) => o.id));
    const dates = listed.map((o) => Date.parse(o.submittedDate));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    for (const order of listed) expect(order.siteId).to.equal(KIBO_SITE_IDS['us']);
    const [newest] = ours.items;
    expect(listed[0]).to.include({ orderNumber: Number(newest!.number), currencyCode: 'USD' });
    expect(Math.round(listed[0]!.total * 100)).to.equal(newest!.total.amount);
    const contact = listed[0]!.billingInfo.billingContact;
    expect(`${contact.firstName} ${contact.lastNameOrSurname}`).to.equal(newest!.customerName);
  });

  it('filters by customer account and since a time (the duplicate look-up)', async () => {
    const all = kibo.backend.listOrders('us', { customerId: 'ada', limit: 200 });
    expect(all.items.length).to.be.greaterThan(0);
    const { body } = await kibo.call<OrderCollection>(
      'getOrders',
      `/commerce/orders?${filter('customerAccountId eq 1')}&pageSize=200`,
    );
    expect(body.items.map((o) => o.id)).to.deep.equal(all.items.map((o) => o.id));
    for (const order of body.items) expect(order.customerAccountId).to.equal(1);
    expect(body.items[0]!.billingInfo.billingContact).to.include({ firstName: 'Ada', lastNameOrSurname: 'Lovelace' });

    const since = all.items[0]!.createdAt;
    const { body: recent } = await kibo.call<OrderCollection>(
      'getOrders',
      `/commerce/orders?${filter(`customerAccountId eq 1 and submittedDate ge ${since}`)}`,
    );
    expect(recent.items.map((o) => o.id)).to.deep.equal(
      all.items.filter((o) => Date.parse(o.createdAt) >= Date.parse(since)).map((o) => o.id),
    );
  });

  it('answers an unreadable filter with a Kibo 400', async () => {
    const { status, body } = await kibo.call<KiboErrorBody>('getOrders', `/commerce/orders?${filter('total eq 5')}`, {
      expectError: true,
    });
    expect(status).to.equal(400);
    expect(body.errorCode).to.equal('MISSING_OR_INVALID_PARAMETER');
  });
});
