/**
 * The builder's layout at the sizes agents meet (issue 9, items 10 and 11): a window zoomed to
 * 200% (700×450 and 960×540 CSS px), a narrow window (800×900) and the 320 CSS px of WCAG 1.4.10.
 * Geometry as the agent sees it: what is under the pointer, what is inside the visible box.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderDetailsDialog } from '../../../src/elements/order-details/order-details-dialog.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { describeHit, reachable, sidewaysScrollers } from '../../support/geometry.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, button, isShown, text } from '../../support/dom.js';
import {
  confirmDialog,
  fullDraft,
  openConfirmation,
  untilPriced,
} from '../../support/harness/offline-order-builder.js';
import { WAIT } from '../../support/wait.js';

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Asserts that nothing of the page, the builder or anything in it scrolls or spills sideways. */
function expectNoSidewaysScroll(el: OfflineOrderBuilder): void {
  const page = document.documentElement;
  expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
  expect(el.scrollWidth, 'the builder scrolls sideways').to.be.at.most(el.clientWidth);
  expect(sidewaysScrollers(el)).to.deep.equal([]);
}

/** Asserts that an open dialog lies within the viewport and does not scroll sideways. */
function expectFits(dialog: HTMLDialogElement | null | undefined, name: string): void {
  expect(dialog?.open, `${name} is not open`).to.equal(true);
  const box = dialog!.getBoundingClientRect();
  expect(box.left, `${name}: left`).to.be.at.least(0);
  expect(box.top, `${name}: top`).to.be.at.least(0);
  expect(box.right, `${name}: right`).to.be.at.most(window.innerWidth);
  expect(box.bottom, `${name}: bottom`).to.be.at.most(window.innerHeight);
  expect(dialog!.scrollWidth, `${name} scrolls sideways`).to.be.at.most(dialog!.clientWidth);
  expect(sidewaysScrollers(dialog!), `${name}: inner sideways scrolling`).to.deep.equal([]);
}

function customerInput(el: OfflineOrderBuilder): HTMLInputElement {
  return $<CustomerSearch>(el, 'customer-search')!.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
}

describe('<offline-order-builder> layout at 200% zoom, narrow and 320 px (issue 9, items 10 and 11)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  /** A builder filling the width of the viewport, `height` tall (as a host page gives it). */
  async function builder(
    height: string,
    attrs: { ordersHidden?: boolean; width?: string } = {},
  ): Promise<OfflineOrderBuilder> {
    const el = await fixture<OfflineOrderBuilder>(
      html`<offline-order-builder
        style="display: flex; inline-size: ${attrs.width ?? '100%'}; block-size: ${height}; min-block-size: 0"
        .adapter=${mock.adapter}
        site-id="us"
        ?orders-hidden=${attrs.ordersHidden ?? false}
      ></offline-order-builder>`,
    );
    await waitUntil(
      () => $(el, '[part~="submit-button"]') && $(el, 'customer-search')?.shadowRoot?.querySelector('input'),
      'no new order',
      WAIT,
    );
    return el;
  }

  async function showOrders(el: OfflineOrderBuilder): Promise<void> {
    const toggle = $<HTMLButtonElement>(el, '[part~="toggle-orders-button"]')!;
    if (text(toggle) === 'Show orders') toggle.click();
    await waitUntil(() => isShown($(el, '#orders-pane')), 'the orders did not show', WAIT);
  }

  describe('at 700×450 (a 1400×900 window at 200%)', () => {
    it('keeps Customer Search clickable: the footer does not cover the order when the pane is short', async () => {
      await setViewport({ width: 700, height: 450 });
      // The demo's page gave the builder ~290 px; with the orders shown the hint wraps most.
      const el = await builder('290px');
      await showOrders(el);
      const input = customerInput(el);
      input.scrollIntoView({ block: 'nearest' });
      await waitUntil(() => reachable(input), `Customer Search is covered by ${describeHit(input)}`, WAIT);
      const footer = $(el, '[part~="footer"]')!.getBoundingClientRect();
      expect(intersects(footer, $(el, '[part~="section-customer"]')!.getBoundingClientRect())).to.equal(false);

      // Scrolled to the end, the footer with "Submit Order" is there, below the order.
      const pane = $(el, '[part~="new-order"]')!;
      pane.scrollTop = pane.scrollHeight;
      await waitUntil(() => reachable($(el, '[part~="submit-button"]')!), 'Submit Order is not reachable', WAIT);
      for (const section of $$(el, '[part~="section"]').filter(isShown)) {
        expect(
          intersects($(el, '[part~="footer"]')!.getBoundingClientRect(), section.getBoundingClientRect()),
        ).to.equal(false);
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('at 700×450, in a dialog', () => {
    it("keeps a field that gets focus clear of the dialog's footer (Create Customer, Tab to Mobile)", async () => {
      await setViewport({ width: 700, height: 450 });
      const el = await builder('auto');
      const search = $<CustomerSearch>(el, 'customer-search')!;
      button(search, 'Create New Customer')!.click();
      const dialog = () => $$<HTMLDialogElement>(search, 'dialog').find((d) => d.open);
      await waitUntil(() => dialog()?.querySelector('#work'), 'Create Customer did not open', WAIT);
      dialog()!.querySelector<HTMLInputElement>('#work')!.focus();
      await sendKeys({ press: 'Tab' });
      const mobile = dialog()!.querySelector<HTMLInputElement>('#mobile')!;
      expect(search.shadowRoot!.activeElement).to.equal(mobile);
      const footer = dialog()!.querySelector('.footer')!.getBoundingClientRect();
      expect(mobile.getBoundingClientRect().bottom).to.be.at.most(footer.top);
      expect(reachable(mobile)).to.equal(true);
    });
  });

  describe('at 960×540 (a 1920×1080 window at 200%)', () => {
    it('keeps the footer small and its hint on few lines, and Customer Search clear of it', async () => {
      await setViewport({ width: 960, height: 540 });
      // The demo's page gave the builder 694 × 383 px, beside its navigation.
      const el = await builder('383px', { width: '694px' });
      await showOrders(el);
      const pane = $(el, '[part~="new-order"]')!.getBoundingClientRect();
      const footer = $(el, '[part~="footer"]')!;
      const hint = $(el, '#submit-hint')!;
      const line = parseFloat(getComputedStyle(hint).lineHeight);
      // Not one word a line: at most two lines of hint.
      expect(hint.getBoundingClientRect().height).to.be.at.most(line * 2 + 1);
      // A footer that stays in view takes at most a quarter of the pane; else it scrolls with the order.
      if (getComputedStyle(footer).position === 'sticky')
        expect(footer.getBoundingClientRect().height).to.be.at.most(pane.height / 4);
      const input = customerInput(el);
      input.scrollIntoView({ block: 'nearest' });
      await waitUntil(() => reachable(input), 'Customer Search is covered', WAIT);
    });

    it('keeps what gets focus clear of a footer that stays in view', async () => {
      await setViewport({ width: 960, height: 540 });
      const el = await builder('900px', { ordersHidden: true });
      const footer = $(el, '[part~="footer"]')!;
      const pane = $(el, '[part~="new-order"]')!;
      // Sticky is also the footer's position before the first measure: wait for the measured room.
      await waitUntil(
        () =>
          getComputedStyle(footer).position === 'sticky' &&
          parseFloat(getComputedStyle(pane).scrollPaddingBlockEnd) > 0,
        'the footer of a tall pane is not sticky',
        WAIT,
      );
      // The room kept at the end of the pane for the footer, so that scrolling to a control leaves it visible.
      expect(parseFloat(getComputedStyle(pane).scrollPaddingBlockEnd)).to.be.closeTo(
        footer.getBoundingClientRect().height,
        1,
      );
    });
  });

  describe('at every width from 700 to 1300 px', () => {
    // Review of issue 9, items 10 and 11: at 870 to 970 px (960×540 is a 1920×1080 window at 200%)
    // the stacked line overflowed its table by up to 20 px, "Include gift message" cut at the edge.
    it('reflows the line table of Order Details with nothing cut off or scrolling sideways', async function () {
      this.timeout(120_000);
      await setViewport({ width: 960, height: 540 });
      const el = await builder('auto');
      el.draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] });
      await untilPriced(el, mock);
      button(el, 'Edit Details')!.click();
      const details = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(() => details.open && $(details, 'line-item-editor'), 'Order Details did not open', WAIT);
      const editor = $<LineItemEditor>(details, 'line-item-editor')!;
      await waitUntil(() => $(editor, 'tr[part~="line-item"]'), 'no line', WAIT);
      const dialog = $<HTMLDialogElement>(details, 'dialog')!;
      const table = $(editor, '.scroll')!;
      const cut: string[] = [];
      const sweep = async (step: number) => {
        for (let width = 700; width <= 1300; width += step) await check(width);
      };
      const check = async (width: number) => {
        await setViewport({ width, height: 540 });
        await nextFrame();
        if (table.scrollWidth > table.clientWidth)
          cut.push(`${width}: the line table is ${table.scrollWidth} px wide in ${table.clientWidth}`);
        const room = table.getBoundingClientRect();
        const box = dialog.getBoundingClientRect();
        for (const control of $$(editor, 'tr input, tr button, tr label, tr select, tr textarea')) {
          const r = control.getBoundingClientRect();
          if (r.right > Math.min(room.right, box.right) + 0.5 || r.left < Math.max(room.left, box.left) - 0.5) {
            cut.push(
              `${width}: "${text(control) || control.localName}" [${r.left}, ${r.right}] outside [${room.left}, ${room.right}]`,
            );
          }
        }
        for (const scroller of sidewaysScrollers(dialog)) cut.push(`${width}: ${scroller}`);
      };
      await sweep(10);
      expect(cut).to.deep.equal([]);

      // With a gift message and the price adjustment form open under the line.
      $(editor, 'tr[part~="line-item"] input[type="checkbox"]')!.click();
      await waitUntil(() => $(editor, 'tr[part~="line-item"] textarea'), 'no gift message field', WAIT);
      $$<HTMLButtonElement>(editor, 'tr button')
        .find((b) => text(b) === 'Adjust price')!
        .click();
      await waitUntil(() => $(editor, '#adjust-amount'), 'no price adjustment form', WAIT);
      await sweep(30);
      expect(cut).to.deep.equal([]);
      await expect(details).to.be.accessible();
    });
  });

  describe('at 320×640 (WCAG 1.4.10 reflow)', () => {
    it('never scrolls sideways: the new order, the orders shown, a chosen customer', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await builder('auto');
      expectNoSidewaysScroll(el);
      expect(
        reachable(customerInput(el)) || (customerInput(el).scrollIntoView(), reachable(customerInput(el))),
      ).to.equal(true);

      el.draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] });
      await untilPriced(el, mock);
      expectNoSidewaysScroll(el);
      await showOrders(el);
      expectNoSidewaysScroll(el);
      await expect(el).to.be.accessible();
    });

    it('fits Order Details and Configure Product in the viewport, scrolling inside', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await builder('auto');
      el.draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] });
      await untilPriced(el, mock);
      button(el, 'Edit Details')!.click();
      const details = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(() => details.open && $(details, 'line-item-editor'), 'Order Details did not open', WAIT);
      const editor = $<LineItemEditor>(details, 'line-item-editor')!;
      await waitUntil(() => $(editor, 'tr[part~="line-item"]'), 'no line', WAIT);
      expectFits($<HTMLDialogElement>(details, 'dialog'), 'Order Details');

      const search = $<HTMLInputElement>(editor, '[role="combobox"]')!;
      search.value = 'Trail';
      search.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await waitUntil(
        () => $$(editor, '[role="option"]').some((o) => text(o).includes('Trail Runner Shoe')),
        'no Trail Runner Shoe',
        WAIT,
      );
      $$(editor, '[role="option"]')
        .find((o) => text(o).includes('Trail Runner Shoe'))!
        .click();
      await waitUntil(() => $<HTMLDialogElement>(editor, 'dialog[open]'), 'Configure Product did not open', WAIT);
      expectFits($<HTMLDialogElement>(editor, 'dialog[open]'), 'Configure Product');
    });

    it('fits Create Customer and Edit Address in the viewport', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await builder('auto');
      const search = $<CustomerSearch>(el, 'customer-search')!;
      const dialogNamed = (name: string) =>
        $$<HTMLDialogElement>(search, 'dialog').find(
          (d) => d.open && text(search.shadowRoot!.getElementById(d.getAttribute('aria-labelledby')!)) === name,
        );
      button(search, 'Create New Customer')!.click();
      await waitUntil(() => dialogNamed('Create Customer'), 'Create Customer did not open', WAIT);
      expectFits(dialogNamed('Create Customer'), 'Create Customer');
      button(dialogNamed('Create Customer')!, 'Add Address')!.click();
      await waitUntil(() => dialogNamed('Edit Address'), 'Edit Address did not open', WAIT);
      expectFits(dialogNamed('Edit Address'), 'Edit Address');
    });

    it('fits the confirmation and "Change site?" in the viewport', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await builder('auto');
      el.draft = fullDraft(mock.backend);
      await untilPriced(el, mock);
      await openConfirmation(el);
      await waitUntil(() => $(el, '[part~="read-back-total"]'), 'no read-back', WAIT);
      expectFits(confirmDialog(el), 'the confirmation');
      button(el, 'Back')!.click();
      await waitUntil(() => !confirmDialog(el)!.open, 'the confirmation did not close', WAIT);

      const select = $<HTMLSelectElement>(el, '#site-select')!;
      select.value = 'wholesale';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => $<HTMLDialogElement>(el, '#site-dialog')!.open, '"Change site?" did not open', WAIT);
      expectFits($<HTMLDialogElement>(el, '#site-dialog'), 'Change site?');
      button(el, 'Cancel')!.click();
    });
  });

  describe('at 1280×800 (a laptop, the orders shown)', () => {
    it('keeps Submit Order and "Save draft" together on one row, an empty status taking no room', async () => {
      await setViewport({ width: 1280, height: 800 });
      // As the demo's page gives it, beside its navigation.
      const el = await builder('760px', { width: '1016px' });
      await showOrders(el);
      await waitUntil(() => $(el, '[part~="save-draft-button"]'), 'no "Save draft"', WAIT);
      const box = (part: string) => $(el, `[part~="${part}"]`)!.getBoundingClientRect();
      const submit = box('submit-button');
      expect(box('save-draft-button').top, '"Save draft" wrapped onto a row of its own').to.equal(submit.top);
      expect(box('save-draft-button').left).to.be.above(submit.right);
      expect(text($(el, '#submit-hint')!)).to.equal('Choose the customer to submit the order.');
      expect(box('draft-status').height, 'the empty "Save draft" status takes room').to.equal(0);
      // At most two rows: the shortcuts and the hint, then the buttons.
      expect(box('footer').height).to.be.below(submit.height * 2 + 48);
      await expect(el).to.be.accessible();

      // Nothing blocks Submit Order: the empty hint keeps no room, one row for the shortcuts and the buttons.
      el.draft = fullDraft(mock.backend);
      await untilPriced(el, mock);
      await waitUntil(() => text($(el, '#submit-hint')!) === '', 'Submit Order is still blocked', WAIT);
      const shortcuts = box('shortcuts-button');
      const ready = box('submit-button');
      expect(shortcuts.top, '"Keyboard shortcuts" is on a row above the buttons').to.be.below(ready.bottom);
      expect(shortcuts.bottom).to.be.above(ready.top);
      expect(box('save-draft-button').top).to.equal(ready.top);
      await expect(el).to.be.accessible();
    });
  });

  describe('at 800×900 (item 11)', () => {
    it('starts with the orders collapsed, and "Show orders" brings them back', async () => {
      await setViewport({ width: 800, height: 900 });
      const el = await builder('880px');
      const toggle = $<HTMLButtonElement>(el, '[part~="toggle-orders-button"]')!;
      await waitUntil(() => el.ordersHidden, 'the orders were not collapsed', WAIT);
      await el.updateComplete;
      expect(text(toggle)).to.equal('Show orders');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown($(el, '#orders-pane'))).to.equal(false);
      // The order has the width: nothing of the list above it.
      const order = $(el, '[part~="new-order"]')!.getBoundingClientRect();
      expect(order.top - el.getBoundingClientRect().top).to.be.lessThan(100);
      expect(order.height).to.be.greaterThan(600);
      await expect(el).to.be.accessible();

      toggle.click();
      await waitUntil(() => isShown($(el, '#orders-pane')), 'the orders did not show', WAIT);
      expect(text(toggle)).to.equal('Hide orders');
      expect(el.ordersHidden).to.equal(false);

      // The agent's choice holds when the builder is made narrower. A builder nobody chose for,
      // resized with it, says when the default has been applied: it collapses its orders.
      const other = await builder('880px', { width: '1100px' });
      await waitUntil(() => isShown($(other, '#orders-pane')), 'the orders of a wide builder are not shown', WAIT);
      el.style.inlineSize = other.style.inlineSize = '700px';
      await waitUntil(() => other.ordersHidden, 'the builder nobody chose for did not collapse its orders', WAIT);
      await el.updateComplete;
      expect(el.ordersHidden).to.equal(false);
      expect(isShown($(el, '#orders-pane'))).to.equal(true);
    });

    it('shows the orders again when the builder grows wide, unless the host or the agent chose', async () => {
      await setViewport({ width: 1280, height: 900 });
      const el = await builder('640px', { width: '700px' });
      await waitUntil(() => el.ordersHidden, 'the orders were not collapsed', WAIT);
      // The host chose: orders-hidden on a narrow builder.
      const hidden = await builder('640px', { width: '700px', ordersHidden: true });
      expect(hidden.ordersHidden).to.equal(true);

      // Both grow wide: the default shows the orders of the one nobody chose for, and only its.
      el.style.inlineSize = hidden.style.inlineSize = '1100px';
      await waitUntil(() => !el.ordersHidden && isShown($(el, '#orders-pane')), 'the orders did not come back', WAIT);
      await hidden.updateComplete;
      expect(hidden.ordersHidden).to.equal(true);
      expect(isShown($(hidden, '#orders-pane'))).to.equal(false);
    });

    it('reflows the line table in Order Details: Gift, Total and Remove inside the dialog', async () => {
      await setViewport({ width: 800, height: 900 });
      const el = await builder('880px');
      el.draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] });
      await untilPriced(el, mock);
      button(el, 'Edit Details')!.click();
      const details = $<OrderDetailsDialog>(el, 'order-details-dialog')!;
      await waitUntil(() => details.open && $(details, 'line-item-editor'), 'Order Details did not open', WAIT);
      const editor = $<LineItemEditor>(details, 'line-item-editor')!;
      await waitUntil(() => $(editor, 'tr[part~="line-item"]'), 'no line', WAIT);
      const dialog = $<HTMLDialogElement>(details, 'dialog')!;
      const box = dialog.getBoundingClientRect();
      const row = $(editor, 'tr[part~="line-item"]')!;
      const gift = row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      const total = row.querySelector('td:nth-last-of-type(2)')!;
      const remove = [...row.querySelectorAll('button')].find((b) => text(b) === 'Remove')!;
      for (const [name, node] of [
        ['Gift', gift],
        ['Total', total],
        ['Remove', remove],
      ] as const) {
        const r = node.getBoundingClientRect();
        expect(r.left, `${name} left`).to.be.at.least(box.left);
        expect(r.right, `${name} right`).to.be.at.most(box.right);
      }
      expect(text(total)).to.equal('$24.99');
      // Each cell says what it is, as the column header did.
      expect(getComputedStyle(total, '::before').content).to.include('Total');
      expectFits(dialog, 'Order Details');
      await expect(details).to.be.accessible();
    });
  });
});
