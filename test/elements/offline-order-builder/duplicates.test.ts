import { expect, waitUntil } from '@open-wc/testing';
import { buildDraft } from '../../support/fixtures.js';
import { liveRegionOf } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { $, deepActiveElement, text } from '../../support/dom.js';
import { untilPriced, withDraft, renderBuilder } from '../../support/harness/offline-order-builder.js';
import { orderList } from '../../support/harness/order-list.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> duplicate warning', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  /** Ada's order of the last 24 hours (the seed's third newest US order: one Canvas Tote Bag). */
  function adasRecentOrder() {
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
    const [order] = mock.backend.listOrders('us', { customerId: 'ada', since }).items;
    return order!;
  }

  const warning = (el: HTMLElement) => $(el, '[part~="duplicate-warning"]');

  it('names Ada’s recent order of a Canvas Tote Bag, and the link focuses it in the orders list', async () => {
    const order = adasRecentOrder();
    const el = await withDraft(mock, buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote' }] }));
    await waitUntil(() => warning(el), 'no duplicate warning', WAIT);

    // Ada's latest orders are read once: her card shows the first 3 of the same answer.
    const asked = mock.backend.requestsFor('listOrders').filter((r) => r.url.includes('customerId=ada'));
    expect(asked).to.have.length(1);
    const item = warning(el)!.querySelector('li')!;
    expect(text(item)).to.contain(
      `Possible duplicate: Ada Lovelace ordered Canvas Tote Bag in the last 24 hours (order ${order.number},`,
    );
    // In a live region there before it (review of issue 9, C).
    expect(liveRegionOf(warning(el))!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    await waitUntil(() => orderList(el).loadedOrders.length > 0, 'no orders loaded', WAIT);
    const link = item.querySelector<HTMLButtonElement>('[part~="duplicate-link"]')!;
    expect(text(link)).to.equal(`View order ${order.number}`);
    link.click();
    await waitUntil(
      () => deepActiveElement()?.getAttribute('aria-label') === `Order ${order.number}`,
      'the order row was not focused',
      WAIT,
    );
  });

  it('links to the order with the order-url a host sets', async () => {
    const order = adasRecentOrder();
    const el = await renderBuilder(mock.adapter, { siteId: 'us', orderUrl: '#/orders/{number}?id={id}' });
    await waitUntil(() => el.site, 'no site', WAIT);
    el.draft = buildDraft(mock.backend);
    await waitUntil(() => warning(el), 'no duplicate warning', WAIT);
    const link = $<HTMLAnchorElement>(el, 'a[part~="duplicate-link"]')!;
    expect(link.getAttribute('href')).to.equal(`#/orders/${order.number}?id=${encodeURIComponent(order.id)}`);
    expect(text(link)).to.equal(`View order ${order.number}`);
  });

  it('gives no link to a javascript: URL', async () => {
    const el = await renderBuilder(mock.adapter, { siteId: 'us', orderUrl: 'javascript:alert({id})' });
    await waitUntil(() => el.site, 'no site', WAIT);
    el.draft = buildDraft(mock.backend);
    await waitUntil(() => warning(el), 'no duplicate warning', WAIT);
    expect($(el, 'a[part~="duplicate-link"]')).to.equal(null);
    expect($(el, 'button[part~="duplicate-link"]')).not.to.equal(null);
  });

  it('says nothing of her orders older than 24 hours', async () => {
    // A product of one of Ada's older orders that her order of the last 24 hours does not have.
    const recent = adasRecentOrder();
    const older = mock.backend
      .listOrders('us', { customerId: 'ada' })
      .items.filter((o) => Date.parse(o.createdAt) < Date.parse(recent.createdAt));
    const line = older
      .flatMap((o) => mock.backend.seed.orderDetails.get(o.id)!.lines)
      .find((l) => !recent.items.some((i) => i.productId === l.productId));
    expect(line).to.exist;
    const { productId, variantId } = line!;
    const el = await withDraft(mock, buildDraft(mock.backend, { lines: [{ productId, variantId }] }));
    await waitUntil(() => $(el, '[part~="last-order"]'), 'her last orders were not shown', WAIT);
    await el.updateComplete;
    // Its text when shown (chai would print the element itself at length).
    expect(warning(el) && text(warning(el))).to.equal(null);
  });

  it('says nothing when her recent order shares no product with this one', async () => {
    const el = await withDraft(mock, buildDraft(mock.backend, { lines: [{ productId: 'water-bottle' }] }));
    await waitUntil(
      () => mock.backend.requestsFor('listOrders').some((r) => r.url.includes('customerId=ada')),
      'not asked',
      WAIT,
    );
    await untilPriced(el, mock);
    await el.updateComplete;
    expect(warning(el)).to.equal(null);
  });
});
