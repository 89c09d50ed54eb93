import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { SiteChangeEvent } from '../../../src/events/site-change.js';
import { formatMoney } from '../../../src/model/money.js';
import { expectSaidOnce } from '../../support/live.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, deepActiveElement, isShown, liveRegion, text } from '../../support/dom.js';
import { renderBuilder } from '../../support/harness/offline-order-builder.js';
import { orderList, rows, untilRows } from '../../support/harness/order-list.js';

function sitePickerSelect(el: OfflineOrderBuilder): HTMLSelectElement | null {
  return $<HTMLSelectElement>(el, '#site-picker-select');
}

async function untilPicker(el: OfflineOrderBuilder): Promise<HTMLSelectElement> {
  await waitUntil(() => sitePickerSelect(el), 'the site picker did not show');
  return sitePickerSelect(el)!;
}

async function untilWorkspace(el: OfflineOrderBuilder): Promise<void> {
  await waitUntil(() => $(el, '[part="split-view"]'), 'the split view did not show');
}

/** Records the site-change events an element fires from now on. */
function recordSiteChanges(el: OfflineOrderBuilder): SiteChangeEvent[] {
  const events: SiteChangeEvent[] = [];
  el.addEventListener('site-change', (event) => events.push(event));
  return events;
}

describe('<offline-order-builder>', () => {
  const mock = useMockBackend();

  afterEach(async () => {
    sessionStorage.clear();
    await resetMouse();
  });

  describe('with several sites', () => {
    it('shows the site picker first: a "Site" select listing every site, and nothing else yet', async () => {
      const el = await renderBuilder(mock.adapter);
      const select = await untilPicker(el);

      const label = $<HTMLLabelElement>(el, 'label[for="site-picker-select"]');
      expect(text(label)).to.equal('Site');
      expect([...select.options].map((o) => o.text)).to.deep.equal([
        'Select a site',
        'US Store (USD)',
        'Canada Store (CAD)',
        'Wholesale (USD)',
      ]);
      expect(text($(el, '[part="continue-button"]'))).to.equal('Continue');
      expect($(el, 'oo-order-list')).to.equal(null);
      expect($(el, '[part="split-view"]')).to.equal(null);
      expect(mock.backend.requestsFor('listOrders')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('announces that the sites are loading in a polite live region', async () => {
      const release = mock.scenario.holdNext('listSites');
      const el = await renderBuilder(mock.adapter);
      await waitUntil(() => $(el, '[part="sites-loading"]'), 'no loading notice', { timeout: 5000 });
      expect(text($(el, '[part="sites-loading"]'))).to.equal('Loading sites…');
      const region = expectSaidOnce('Loading sites…');
      expect(region.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      release();
      await untilPicker(el);
      // The region stays (for what it will say), silent.
      expect(text(region)).to.equal('');
      expect(region.isConnected).to.equal(true);
      expect(text(liveRegion(el))).to.equal('');
    });

    it('fires site-change when the agent picks a site, and shows that site’s orders', async () => {
      const el = await renderBuilder(mock.adapter);
      const select = await untilPicker(el);
      const events = recordSiteChanges(el);

      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(select.value).to.equal('ca');
      expect(events).to.have.length(0);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part="continue-button"]'));
      const changed = oneEvent<SiteChangeEvent>(el, 'site-change');
      await sendKeys({ press: 'Enter' });
      const event = await changed;

      expect(event.site.id).to.equal('ca');
      expect(event.site.name).to.equal('Canada Store');
      expect(event.previousSite).to.equal(null);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(el.siteId).to.equal('ca');
      expect(el.getAttribute('site-id')).to.equal('ca');
      expect(el.site?.id).to.equal('ca');

      const list = orderList(el);
      const [first] = await untilRows(list);
      const expected = mock.backend.listOrders('ca', { limit: 1 }).items[0]!;
      expect(text(first!.querySelector('[part="order-number"]'))).to.equal(expected.number);
      // In the page's locale (the test browser's, English (US)) with the site's currency: "CA$" (issue 9, item 5).
      expect(text(first!.querySelector('[part="order-total"]'))).to.equal(formatMoney(expected.total, 'en-US'));
      expect(mock.backend.requestsFor('listOrders')[0]!.url).to.match(/^\/api\/v1\/sites\/ca\/orders\?/);
      // Focus moves on to the new order rather than being lost with the picker.
      expect(deepActiveElement()?.id).to.equal('new-order-heading');
      expect(events).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('asks for a site when Continue is pressed without one', async () => {
      const el = await renderBuilder(mock.adapter);
      const select = await untilPicker(el);
      const events = recordSiteChanges(el);

      $<HTMLButtonElement>(el, '[part="continue-button"]')!.click();
      await el.updateComplete;

      expect(text($(el, '#site-picker-error'))).to.equal('Select a site to continue.');
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(select.getAttribute('aria-describedby')).to.equal('site-picker-error');
      expect(deepActiveElement()).to.equal(select);
      expect(events).to.have.length(0);
      expect($(el, '[part="split-view"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens the site a host preselects with site-id, without a picker and without site-change', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'wholesale' });
      const events = recordSiteChanges(el);
      await untilWorkspace(el);

      expect(sitePickerSelect(el)).to.equal(null);
      expect(el.site?.name).to.equal('Wholesale');
      const headerSelect = $<HTMLSelectElement>(el, '#site-select')!;
      expect(headerSelect.value).to.equal('wholesale');
      await untilRows(orderList(el));
      expect(mock.backend.requestsFor('listOrders')[0]!.url).to.contain('/sites/wholesale/orders');
      expect(events).to.have.length(0);
    });

    it('switches site without site-change when the host sets siteId', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      const events = recordSiteChanges(el);
      await untilWorkspace(el);
      await untilRows(orderList(el));

      el.siteId = 'ca';
      await waitUntil(() => mock.backend.requestsFor('listOrders').some((r) => r.url.includes('/sites/ca/')));
      await el.updateComplete;
      expect(el.site?.id).to.equal('ca');
      expect($<HTMLSelectElement>(el, '#site-select')!.value).to.equal('ca');
      expect(events).to.have.length(0);
    });

    it('lets the agent change the site in the header, firing site-change with the previous site', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      await untilRows(orderList(el));
      const headerSelect = $<HTMLSelectElement>(el, '#site-select')!;
      expect(text($(el, 'label[for="site-select"]'))).to.equal('Site');

      headerSelect.value = 'wholesale';
      const changed = oneEvent<SiteChangeEvent>(el, 'site-change');
      headerSelect.dispatchEvent(new Event('change', { bubbles: true }));
      const event = await changed;

      expect(event.site.id).to.equal('wholesale');
      expect(event.previousSite?.id).to.equal('us');
      await waitUntil(() => mock.backend.requestsFor('listOrders').some((r) => r.url.includes('/sites/wholesale/')));
      const expected = mock.backend.listOrders('wholesale', { limit: 1 }).items[0]!;
      await waitUntil(() => text(rows(orderList(el))[0]?.querySelector('[part="order-number"]')) === expected.number);
      await expect(el).to.be.accessible();
    });

    it('keeps the current site when confirmSiteChange declines', async () => {
      class GuardedBuilder extends (customElements.get('offline-order-builder') as typeof OfflineOrderBuilder) {
        protected override confirmSiteChange(): boolean {
          return false;
        }
      }
      customElements.define('guarded-order-builder', GuardedBuilder);
      const el = document.createElement('guarded-order-builder') as OfflineOrderBuilder;
      el.adapter = mock.adapter;
      el.siteId = 'us';
      document.body.append(el);
      try {
        await untilWorkspace(el);
        const events = recordSiteChanges(el);
        const headerSelect = $<HTMLSelectElement>(el, '#site-select')!;
        headerSelect.value = 'ca';
        headerSelect.dispatchEvent(new Event('change', { bubbles: true }));
        await waitUntil(() => headerSelect.value === 'us', 'the select did not go back to the current site');
        expect(el.siteId).to.equal('us');
        expect(events).to.have.length(0);
      } finally {
        el.remove();
      }
    });
  });

  describe('with one site', () => {
    const one = useMockBackend({ backend: { seed: { siteIds: ['us'] } } });

    it('picks the only site: no picker, no site-change, and its orders are listed', async () => {
      const el = await renderBuilder(one.adapter);
      const events = recordSiteChanges(el);
      await untilWorkspace(el);

      expect(sitePickerSelect(el)).to.equal(null);
      expect($(el, '#site-select')).to.equal(null);
      expect($(el, 'select')).to.equal(null);
      expect(text($(el, '[part="site-name"]'))).to.equal('US Store (USD)');
      expect(el.siteId).to.equal('us');
      await untilRows(orderList(el));
      expect(events).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the adapter lists no site', () => {
    const none = useMockBackend({ backend: { seed: { siteIds: [] } } });

    it('says that no site is available, and shows neither picker nor orders', async () => {
      const el = await renderBuilder(none.adapter);
      await waitUntil(() => text($(el, '.notice__title')) === 'No sites are available.', 'not shown');
      expectSaidOnce('No sites are available.');
      expect($(el, 'select')).to.equal(null);
      expect($(el, 'oo-order-list')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the sites cannot be loaded', () => {
    it('shows and announces the error, and loads the sites again on Retry', async () => {
      // More failures than the adapter's retries, so the error reaches the element.
      mock.scenario.failNext('listSites', 503, 4, { retryAfter: 0 });
      const el = await renderBuilder(mock.adapter);
      await waitUntil(() => $(el, '[part="sites-error"]'), 'no error shown', { timeout: 5000 });

      expect(text($(el, '[part="sites-error"] .notice__title'))).to.equal('The sites could not be loaded.');
      expectSaidOnce('The sites could not be loaded.');
      const retry = $<HTMLButtonElement>(el, '[part="retry-button"]')!;
      expect(text(retry)).to.equal('Retry');
      await expect(el).to.be.accessible();

      retry.click();
      const select = await untilPicker(el);
      expect(deepActiveElement()).to.equal(select);
      expect(mock.backend.requestsFor('listSites')).to.have.length(5);
    });
  });

  describe('new order area', () => {
    it('has the "New Order" heading, the Customer section, then the tabs Order Details and Payments', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);

      const area = $(el, '[part="new-order"]')!;
      expect(area.tagName).to.equal('SECTION');
      expect(text(area.querySelector('h2'))).to.equal('New Order');
      const customer = $(el, 'section[part~="section-customer"]')!;
      expect(text(customer.querySelector('h3'))).to.equal('Customer');
      expect(customer.getAttribute('aria-labelledby')).to.equal(customer.querySelector('h3')!.id);
      expect(customer.querySelector('customer-search')).not.to.equal(null);
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map(text)).to.deep.equal(['Order Details', 'Payments']);
      const panels = $$(el, '[role="tabpanel"]');
      expect(panels.map((p) => p.getAttribute('aria-labelledby'))).to.deep.equal(tabs.map((t) => t.id));
      expect(panels.map((p) => text(p.querySelector('h3')))).to.deep.equal(['Order Details', 'Payments']);
      expect(panels[0]!.querySelector('[part~="edit-details-button"]')).not.to.equal(null);
      expect(panels[1]!.querySelector('payment-panel')).not.to.equal(null);
      expect(text($(el, '[part~="submit-button"]'))).to.equal('Submit Order');
    });
  });

  describe('splitter', () => {
    function splitter(el: OfflineOrderBuilder): HTMLElement {
      return $(el, '[role="separator"]')!;
    }
    function paneWidth(el: OfflineOrderBuilder): number {
      return $(el, '#orders-pane')!.getBoundingClientRect().width;
    }

    it('is a focusable vertical window splitter that controls the orders pane and is named "Orders"', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);

      expect(sep.tabIndex).to.equal(0);
      expect(sep.getAttribute('aria-orientation')).to.equal('vertical');
      expect(sep.getAttribute('aria-controls')).to.equal('orders-pane');
      expect(text($(el, `#${sep.getAttribute('aria-labelledby')}`))).to.equal('Orders');
      expect(sep.getAttribute('aria-valuenow')).to.equal('35');
      // Collapsed is a value (0): the open pane's minimum is 20%, reached on the way (issue 9, item 18).
      expect(sep.getAttribute('aria-valuemin')).to.equal('0');
      expect(sep.getAttribute('aria-valuemax')).to.equal('70');
      expect(sep.getAttribute('aria-valuetext')).to.equal('35%');
      expect(el.ordersWidth).to.equal(35);
      await expect(el).to.be.accessible();
    });

    it('resizes the orders pane with the Left and Right arrow keys', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);
      const before = paneWidth(el);

      sep.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('40');
      const wider = paneWidth(el);
      expect(wider).to.be.greaterThan(before);

      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('30');
      expect(paneWidth(el)).to.be.lessThan(before);
      // The width is a share of the split view: 30% of it, give or take a pixel.
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect().width;
      expect(Math.abs(paneWidth(el) - split * 0.3)).to.be.lessThan(2);
    });

    /** The orders list is collapsed: the pane hidden, the toggle offering "Show orders", the splitter at 0 and still there. */
    function expectCollapsed(el: OfflineOrderBuilder, sep: HTMLElement): void {
      expect(sep.getAttribute('aria-valuenow')).to.equal('0');
      expect(sep.getAttribute('aria-valuetext')).to.equal('0%');
      expect(isShown($(el, '#orders-pane'))).to.equal(false);
      expect(el.ordersHidden).to.equal(true);
      expect(el.hasAttribute('orders-hidden')).to.equal(true);
      expect(el.ordersWidth).to.equal(0);
      expect(text($(el, '[part="toggle-orders-button"]'))).to.equal('Show orders');
      expect(isShown(sep)).to.equal(true);
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect();
      expect(sep.getBoundingClientRect().left).to.be.closeTo(split.left, 1);
    }

    it('goes to the maximum with End, and Home collapses the orders list (issue 9, item 18)', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);

      sep.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('70');
      const widest = paneWidth(el);
      expect(widest).to.be.greaterThan(0);

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expectCollapsed(el, sep);
      expect(deepActiveElement()).to.equal(sep);
      await expect(el).to.be.accessible();

      // The bounds hold: more presses do not go past them.
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('0');

      // End brings the list back at the maximum.
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('70');
      expect(el.ordersHidden).to.equal(false);
      expect(paneWidth(el)).to.be.closeTo(widest, 1);
    });

    it('collapses the list with Left arrows past 20%, and Right brings it back at 20% (issue 9, item 18)', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);

      sep.focus();
      for (const expected of ['30', '25', '20']) {
        await sendKeys({ press: 'ArrowLeft' });
        await el.updateComplete;
        expect(sep.getAttribute('aria-valuenow')).to.equal(expected);
        expect(el.ordersHidden).to.equal(false);
      }
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expectCollapsed(el, sep);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('20');
      expect(el.ordersHidden).to.equal(false);
      expect(isShown($(el, '#orders-pane'))).to.equal(true);
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect().width;
      expect(Math.abs(paneWidth(el) - split * 0.2)).to.be.lessThan(2);
    });

    it('collapses the list with Enter and restores its width with the next Enter', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);

      sep.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const width = paneWidth(el);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectCollapsed(el, sep);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('40');
      expect(el.ordersHidden).to.equal(false);
      expect(paneWidth(el)).to.be.closeTo(width, 1);
    });

    it('brings a list collapsed by the splitter back with "Show orders", at the width it had (issue 9, item 18)', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);

      sep.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expectCollapsed(el, sep);

      const toggle = $<HTMLButtonElement>(el, '[part="toggle-orders-button"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text(toggle)).to.equal('Hide orders');
      expect(isShown($(el, '#orders-pane'))).to.equal(true);
      expect(sep.getAttribute('aria-valuenow')).to.equal('40');
      expect(el.ordersWidth).to.equal(40);

      // And "Hide orders" collapses it: the splitter says so, and Enter on it brings the list back.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectCollapsed(el, sep);
      sep.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sep.getAttribute('aria-valuenow')).to.equal('40');
      expect(text(toggle)).to.equal('Hide orders');
    });

    it('resizes the pane when dragged with the pointer', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect();
      const box = sep.getBoundingClientRect();
      const y = Math.round(box.top + box.height / 2);

      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(split.left + split.width * 0.5), y] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;

      expect(sep.getAttribute('aria-valuenow')).to.equal('50');
      expect(Math.abs(paneWidth(el) - split.width * 0.5)).to.be.lessThan(2);
    });

    it('collapses the list when dragged to the edge, and a drag away brings it back (issue 9, item 18)', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const sep = splitter(el);
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect();
      const drag = async (x: number): Promise<void> => {
        const box = sep.getBoundingClientRect();
        const y = Math.round(box.top + box.height / 2);
        await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [Math.round(x), y] });
        await sendMouse({ type: 'up' });
        await el.updateComplete;
      };

      await drag(split.left + 2);
      expectCollapsed(el, sep);
      await expect(el).to.be.accessible();

      await drag(split.left + split.width * 0.3);
      expect(sep.getAttribute('aria-valuenow')).to.equal('30');
      expect(el.ordersHidden).to.equal(false);
      expect(Math.abs(paneWidth(el) - split.width * 0.3)).to.be.lessThan(2);
    });

    it('keeps the width in sessionStorage under width-storage-key', async () => {
      const first = await renderBuilder(mock.adapter, { siteId: 'us', storageKey: 'test:orders-width' });
      await untilWorkspace(first);
      splitter(first).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(sessionStorage.getItem('test:orders-width')).to.equal('40');
      first.remove();

      const second = await renderBuilder(mock.adapter, { siteId: 'us', storageKey: 'test:orders-width' });
      await untilWorkspace(second);
      expect(splitter(second).getAttribute('aria-valuenow')).to.equal('40');
    });
  });

  describe('hide and show orders', () => {
    it('hides the orders pane with "Hide orders" and brings it back with "Show orders"', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      await untilRows(orderList(el));
      const toggle = $<HTMLButtonElement>(el, '[part="toggle-orders-button"]')!;
      const pane = $(el, '#orders-pane')!;

      expect(text(toggle)).to.equal('Hide orders');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('orders-pane');
      expect(isShown(pane)).to.equal(true);

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      expect(text(toggle)).to.equal('Show orders');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(pane.hidden).to.equal(true);
      expect(isShown(pane)).to.equal(false);
      expect(el.ordersHidden).to.equal(true);
      expect(el.hasAttribute('orders-hidden')).to.equal(true);
      expect(deepActiveElement()).to.equal(toggle);
      // The new order takes the whole width but the splitter's, which stays at the edge to bring the
      // list back (issue 9, item 18: it was hidden with the list), announcing 0.
      const sep = $(el, '[role="separator"]')!;
      expect(sep.getAttribute('aria-valuenow')).to.equal('0');
      const split = $(el, '[part="split-view"]')!.getBoundingClientRect().width;
      expect($(el, '[part="new-order"]')!.getBoundingClientRect().width).to.be.closeTo(
        split - sep.getBoundingClientRect().width,
        1,
      );
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text(toggle)).to.equal('Hide orders');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(pane)).to.equal(true);
      // The list kept its orders while hidden: nothing was asked again.
      expect(mock.backend.requestsFor('listOrders')).to.have.length(1);
      expect(rows(orderList(el)).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('prependOrder()', () => {
    it('puts a new order of the site at the top of the list, and ignores one of another site', async () => {
      const el = await renderBuilder(mock.adapter, { siteId: 'us' });
      await untilWorkspace(el);
      const list = orderList(el);
      await untilRows(list);
      const order = {
        id: 'ord-new',
        number: '99999',
        siteId: 'us',
        createdAt: new Date().toISOString(),
        customerId: 'ada',
        customerName: 'Ada Lovelace',
        status: 'new' as const,
        total: { amount: 12345, currency: 'USD' },
        items: [],
      };

      el.prependOrder({ ...order, id: 'ord-other', number: '88888', siteId: 'ca' });
      el.prependOrder(order);
      await list.updateComplete;
      await waitUntil(() => text(rows(list)[0]?.querySelector('[part="order-number"]')) === '99999');
      expect(text(rows(list)[0]!.querySelector('[part="order-total"]'))).to.equal('$123.45');
      expect(list.loadedOrders.some((o) => o.number === '88888')).to.equal(false);
    });
  });
});
