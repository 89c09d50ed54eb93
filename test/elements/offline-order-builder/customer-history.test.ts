import { expect, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { hostLocale } from '../../../src/elements/shared/locale.js';
import { CustomerChangeEvent } from '../../../src/events/customer-change.js';
import { formatMoney } from '../../../src/model/money.js';
import type { LastOrderedItem } from '../../../src/model/types.js';
import { $, $$, text } from '../../support/dom.js';
import { buildDraft, LOCATIONS, pickupAt, VARIANTS } from '../../support/fixtures.js';
import { renderBuilder, untilPriced } from '../../support/harness/offline-order-builder.js';
import { useMockBackend } from '../../support/mock.js';
import { WAIT } from '../../support/wait.js';

describe('<offline-order-builder> the chosen customer’s last orders and last ordered items', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(() => sessionStorage.clear());

  async function builder(adapter: OrderAdapter = mock.adapter): Promise<OfflineOrderBuilder> {
    const el = await renderBuilder(adapter, { siteId: 'us', ordersHidden: true });
    await waitUntil(() => $(el, 'customer-search'), 'the new order did not show', WAIT);
    return el;
  }

  /** The agent chooses `customerId` in the Customer Search (the event it fires). */
  function choose(el: OfflineOrderBuilder, customerId: string): void {
    const customer = mock.backend.findCustomer(customerId)!;
    $<CustomerSearch>(el, 'customer-search')!.dispatchEvent(new CustomerChangeEvent(customer));
  }

  const orderRows = (el: HTMLElement) => $$(el, '[part~="last-order"]');
  const itemRows = (el: HTMLElement) => $$(el, '[part~="last-item"]');
  const addButton = (el: HTMLElement, name: string) =>
    $$<HTMLButtonElement>(el, '[part~="quick-add-button"]').find((b) => b.getAttribute('aria-label') === name);
  const status = (el: HTMLElement) => text($(el, '[part~="quick-add-status"]'));
  /** The `listOrders` requests for the customer's orders. */
  const askedFor = (customerId: string) =>
    mock.backend.requestsFor('listOrders').filter((r) => r.url.includes(`customerId=${customerId}`));
  const itemsHeading = (el: HTMLElement) => $$(el, 'h4').find((h) => text(h) === 'Last ordered items');

  describe('for Ada Lovelace', () => {
    it('shows her last orders (number, date, total, status) and her last ordered items, after her card', async () => {
      const el = await builder();
      choose(el, 'ada');
      await waitUntil(() => orderRows(el).length && itemRows(el).length, 'no history shown', WAIT);

      // The seed's orders of Ada on the US Store, newest first: at most 3 asked for.
      const orders = mock.backend.listOrders('us', { customerId: 'ada', limit: 3 }).items;
      expect(orders.map((o) => o.number)).to.deep.equal(['10539', '8957']);
      const locale = hostLocale(el);
      expect(orderRows(el).map(text)).to.have.length(2);
      orders.forEach((order, i) => {
        const row = text(orderRows(el)[i]);
        expect(row).to.contain(`Order ${order.number}`);
        expect(row).to.contain(formatMoney(order.total, locale));
        expect(row).to.contain(order.status === 'new' ? 'New' : 'Completed');
      });
      // One read of her latest orders (the duplicate warning's too): the card shows the first 3.
      expect(askedFor('ada')).to.have.length(1);

      // Her items, distinct, the most recent first; each "Add" names its item.
      expect(itemsHeading(el)).to.exist;
      expect(itemRows(el).map((row) => text(row.querySelector('bdi')))).to.deep.equal([
        'Canvas Tote Bag',
        'Recycled Slip-On',
        'Classic Camp Stove',
      ]);
      expect(text(itemRows(el)[1])).to.contain('Size: 9 · Color: White · Direct Ship');
      const names = $$(el, '[part~="quick-add-button"]').map((b) => [text(b), b.getAttribute('aria-label')]);
      expect(names).to.deep.equal([
        ['Add', 'Add Canvas Tote Bag'],
        ['Add', 'Add Recycled Slip-On, 9, White'],
        ['Add', 'Add Classic Camp Stove'],
      ]);

      // After the customer's card and its controls: no Tab stop before them.
      const search = $(el, 'customer-search')!;
      const history = $(el, '[part~="customer-history"]')!;
      expect(search.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();
    });

    it('adds an item again with its product, options and fulfillment, and the line is priced', async () => {
      // Ada's newest order: a Canvas Tote Bag picked up at the Downtown Store.
      const draft = buildDraft(mock.backend, {
        lines: [{ productId: 'canvas-tote', fulfillment: pickupAt(LOCATIONS.downtown) }],
        shippingMethodId: null,
      });
      mock.backend.submitOrder('us', draft, 'history-1');
      const el = await builder();
      choose(el, 'ada');
      await waitUntil(() => addButton(el, 'Add Recycled Slip-On, 9, White'), 'no items', WAIT);
      const pricedBefore = mock.backend.requestsFor('priceOrder').length;

      addButton(el, 'Add Canvas Tote Bag')!.click();
      await waitUntil(() => el.draft.lines.length === 1, 'the tote was not added', WAIT);
      await waitUntil(() => status(el).includes('added to the order'), 'not said', WAIT);
      addButton(el, 'Add Recycled Slip-On, 9, White')!.click();
      await waitUntil(() => el.draft.lines.length === 2, 'the slip-on was not added', WAIT);

      const [tote, slipOn] = el.draft.lines;
      expect(tote).to.include({ productId: 'canvas-tote', variantId: null, code: 'CTB-200', quantity: 1 });
      expect(tote!.fulfillment).to.deep.equal({
        kind: 'pickup',
        locationId: 'downtown',
        locationName: 'Downtown Store',
      });
      expect(slipOn).to.include({ productId: 'p-0203', variantId: 'p-0203-9-white', code: 'FW-1203-09-WHI' });
      expect(slipOn!.options).to.deep.equal([
        { name: 'Size', value: '9' },
        { name: 'Color', value: 'White' },
      ]);
      expect(slipOn!.fulfillment).to.deep.equal({ kind: 'ship', locationId: null, locationName: null });
      expect(status(el)).to.contain('Recycled Slip-On added to the order.');

      // Priced fresh by the usual repricing.
      await untilPriced(el, mock);
      expect(mock.backend.requestsFor('priceOrder').length).to.be.greaterThan(pricedBefore);
      await expect(el).to.be.accessible();
    });
  });

  it('reads her history again for her next order: the order just placed is listed, the last "Add" no longer said', async () => {
    const el = await builder();
    choose(el, 'ada');
    await waitUntil(() => addButton(el, 'Add Canvas Tote Bag'), 'no items', WAIT);
    addButton(el, 'Add Canvas Tote Bag')!.click();
    await waitUntil(() => status(el).includes('added to the order'), 'not said', WAIT);
    expect(orderRows(el).map(text).join(' ')).not.to.contain('10542');

    // The order is placed; the next order for Ada starts.
    const placed = mock.backend.submitOrder('us', buildDraft(mock.backend), 'history-next').order;
    el.draft = buildDraft(mock.backend);
    await waitUntil(
      () => text(orderRows(el)[0]).includes(`Order ${placed.number}`),
      'the order just placed is not listed',
      WAIT,
    );
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says an item that is no longer sold or stocked instead of adding it', async () => {
    const item = (productId: string, productName: string, variantId: string | null): LastOrderedItem => ({
      productId,
      variantId,
      productName,
      code: 'X',
      options: variantId ? [{ name: 'Size', value: '12' }] : [],
      fulfillment: { kind: 'ship', locationId: null, locationName: null },
      orderedAt: new Date().toISOString(),
    });
    const adapter: OrderAdapter = {
      ...mock.adapter,
      listLastOrderedItems: async () => [
        item('discontinued', 'Old Lantern', null),
        item('trail-runner', 'Trail Runner Shoe', VARIANTS.trailRunner12Red.id),
      ],
    };
    const el = await builder(adapter);
    choose(el, 'ada');
    await waitUntil(() => addButton(el, 'Add Old Lantern'), 'no items', WAIT);

    addButton(el, 'Add Old Lantern')!.click();
    await waitUntil(() => status(el) === 'Old Lantern is no longer available.', 'not said', WAIT);
    expect($(el, '[part~="quick-add-status"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();

    // Out of stock everywhere, nothing expected: not added either.
    addButton(el, 'Add Trail Runner Shoe, 12')!.click();
    await waitUntil(() => status(el) === 'Trail Runner Shoe is no longer available.', 'not said', WAIT);
    expect(el.draft.lines).to.have.length(0);
  });

  it('asks for the chosen customer’s orders once: her card and the duplicate warning share the answer', async () => {
    const el = await builder();
    el.draft = buildDraft(mock.backend, { customerId: null, lines: [{ productId: 'canvas-tote' }] });
    choose(el, 'ada');
    await waitUntil(() => orderRows(el).length === 2, 'no last orders', WAIT);
    await waitUntil(() => $(el, '[part~="duplicate-warning"]'), 'no duplicate warning', WAIT);
    await untilPriced(el, mock);
    expect(askedFor('ada')).to.have.length(1);

    // Another customer: one more.
    choose(el, 'katherine');
    await waitUntil(() => askedFor('katherine').length, 'Katherine’s orders were not asked for', WAIT);
    await waitUntil(() => !text($(el, '[part~="customer-history"]')).includes('Loading…'), 'still loading', WAIT);
    expect(askedFor('katherine')).to.have.length(1);
    expect(askedFor('ada')).to.have.length(1);
  });

  it('hides the list without listLastOrderedItems (the last orders still show)', async () => {
    const adapter: OrderAdapter = { ...mock.adapter, listLastOrderedItems: undefined };
    const el = await builder(adapter);
    choose(el, 'ada');
    await waitUntil(() => orderRows(el).length === 2, 'no last orders', WAIT);
    expect(itemsHeading(el)).to.equal(undefined);
    expect($(el, '[part~="quick-add-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('aborts the reads for the customer before and shows the new customer’s', async () => {
    const signals: AbortSignal[] = [];
    const held = (init?: { signal?: AbortSignal }) => {
      signals.push(init!.signal!);
      return new Promise<never>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    };
    const adapter: OrderAdapter = {
      ...mock.adapter,
      listOrders: (query, init) => (query.customerId === 'ada' ? held(init) : mock.adapter.listOrders(query, init)),
      listLastOrderedItems: (request, init) =>
        request.customerId === 'ada' ? held(init) : mock.adapter.listLastOrderedItems!(request, init),
    };
    const el = await builder(adapter);
    choose(el, 'ada');
    await waitUntil(() => signals.length === 2, 'Ada’s history was not asked for', WAIT);
    expect(text($(el, '[part~="customer-history"]'))).to.contain('Loading…');
    await expect(el).to.be.accessible();

    choose(el, 'katherine');
    await waitUntil(() => signals.every((s) => s.aborted), 'Ada’s reads were not aborted', WAIT);
    const katherine = mock.backend.listOrders('us', { customerId: 'katherine', limit: 3 }).items;
    await waitUntil(() => orderRows(el).length === katherine.length, 'Katherine’s orders not shown', WAIT);
    expect(text(orderRows(el)[0])).to.contain(`Order ${katherine[0]!.number}`);
    const items = mock.backend.listLastOrderedItems('us', 'katherine', 5);
    await waitUntil(() => itemRows(el).length === items.length, 'Katherine’s items not shown', WAIT);
    expect(text(itemRows(el)[0]!.querySelector('bdi'))).to.equal(items[0]!.productName);
  });
});
