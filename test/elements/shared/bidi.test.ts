/**
 * Long and bidirectional adapter text (issue 9, item 29): a 2,000-character site name, 10,000-
 * character unbroken names and addresses, a 3,000-character product name, and an unterminated
 * U+202E RIGHT-TO-LEFT OVERRIDE in a first name. The layout holds (nothing wider than its
 * container, the buttons in view) and the text is isolated (it never reorders its neighbours).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { CustomerSearch } from '../../../src/elements/customer-search/customer-search.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import { isolate } from '../../../src/elements/shared/bidi.js';
import type { Customer, OrderSummary } from '../../../src/model/types.js';
import { buildDraft, SHIP } from '../../support/fixtures.js';
import { overflowing } from '../../support/geometry.js';
import { useMockBackend } from '../../support/mock.js';
import { $, $$, text } from '../../support/dom.js';
import { orderList, untilRows } from '../../support/harness/order-list.js';
import '../../../src/define.js';
import { WAIT } from '../../support/wait.js';

const RLO = '\u202E';
const long = (n: number, seed = 'x') => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

/** The visual left edge of each character of a text node, in order. */
function charLefts(node: Text): number[] {
  const range = document.createRange();
  return [...node.data].map((_, i) => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  });
}

/** Whether `node` is bidi-isolated from its neighbours: in a `<bdi>`, or in an element that is `unicode-bidi: isolate`. */
function isolated(node: Element): boolean {
  return !!node.closest('bdi') || getComputedStyle(node).unicodeBidi === 'isolate';
}

describe('long and bidirectional adapter text (issue 9, item 29)', function () {
  this.timeout(30_000);
  const mock = useMockBackend();

  afterEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 800, height: 600 });
  });

  describe('isolate()', () => {
    it('returns left-to-right text as it is', () => {
      expect(isolate('US Store')).to.equal('US Store');
      expect(isolate('')).to.equal('');
    });

    it('wraps right-to-left text and bidi controls in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', () => {
      expect(isolate(`${RLO}Ada`)).to.equal(`\u2068${RLO}Ada\u2069`);
      expect(isolate('דוד כהן')).to.equal('\u2068דוד כהן\u2069');
      expect(isolate('متجر')).to.equal('\u2068متجر\u2069');
    });

    it('drops a stray POP DIRECTIONAL ISOLATE that would end the isolation early, and closes open ones', () => {
      expect(isolate(`a\u2069${RLO}b`)).to.equal(`\u2068a${RLO}b\u2069`);
      expect(isolate('\u2067abc')).to.equal('\u2068\u2067abc\u2069\u2069');
    });
  });

  describe('<customer-search>', () => {
    function customer(patch: Partial<Customer>): Customer {
      const ada = mock.backend.findCustomer('ada')!;
      return { ...ada, ...patch };
    }

    async function card(c: Customer): Promise<CustomerSearch> {
      const el = await fixture<CustomerSearch>(
        html`<customer-search style="display: block; inline-size: 100%" .customer=${c}></customer-search>`,
      );
      await waitUntil(() => $(el, '[part~="customer"]'), 'no customer card', WAIT);
      return el;
    }

    it('keeps "C000001" in reading order beside a first name with an unterminated U+202E', async () => {
      const el = await card(customer({ firstName: `${RLO}Ada`, lastName: 'Lovelace' }));
      const name = $(el, '[part~="customer-name"]')!;
      const number = [...name.querySelectorAll('span')].find((s) => text(s) === 'C000001')!;
      expect(isolated(number)).to.equal(true);
      const nameText = name.querySelector('bdi');
      expect(text(nameText)).to.equal(`${RLO}Ada Lovelace`);
      // Rendered left to right: C, 0, …, 1, and the number after the name.
      const lefts = charLefts(number.firstChild as Text);
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
      expect(number.getBoundingClientRect().left).to.be.greaterThan(nameText!.getBoundingClientRect().right - 1);
      await expect(el).to.be.accessible();
    });

    it('fits a 10,000-character unbroken name, email and address in the card, its buttons in view', async () => {
      await setViewport({ width: 800, height: 600 });
      const huge = long(10_000, 'W');
      const ada = mock.backend.findCustomer('ada')!;
      const addresses = ada.addresses.map((a) => ({ ...a, line1: long(10_000, 'Analytical') }));
      const el = await card(customer({ firstName: huge, email: `${huge}@example.com`, addresses }));
      expect(overflowing(el)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      for (const name of ['Edit customer', 'Change customer']) {
        const button = $$(el, 'button').find((b) => text(b) === name)!;
        const box = button.getBoundingClientRect();
        expect(box.left, name).to.be.at.least(0);
        expect(box.right, name).to.be.at.most(window.innerWidth);
        expect(box.bottom, name).to.be.at.most(window.innerHeight);
      }
      // The name may be cut short on screen: its full text is on hover and for assistive technology.
      const name = $(el, '[part~="customer-name"]')!;
      expect(name.title).to.equal(`${huge} Lovelace`);
      expect(text(name.querySelector('bdi'))).to.equal(`${huge} Lovelace`);
    });

    it('isolates each detail of a search option (email · phone · city)', async () => {
      const evil = customer({ email: `${RLO}ada@example.com` });
      const adapter: OrderAdapter = { ...mock.adapter, searchCustomers: async () => [evil] };
      const el = await fixture<CustomerSearch>(
        html`<customer-search .adapter=${adapter} site-id="us"></customer-search>`,
      );
      const input = await waitUntil(() => $<HTMLInputElement>(el, 'input[role="combobox"]'), 'no input', WAIT).then(
        () => $<HTMLInputElement>(el, 'input[role="combobox"]')!,
      );
      input.focus();
      input.value = 'ada';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await waitUntil(() => $(el, '[part~="option-details"]'), 'no option', WAIT);
      const details = $(el, '[part~="option-details"]')!;
      const email = [...details.querySelectorAll('bdi')].find((b) => text(b).includes('ada@example.com'));
      expect(email, 'the email is not in a <bdi>').to.not.equal(undefined);
      const phone = [...details.querySelectorAll('bdi')].find((b) => text(b).includes('555'))!;
      expect(isolated(phone)).to.equal(true);
      const lefts = charLefts(phone.firstChild as Text);
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
    });
  });

  describe('<offline-order-builder>', () => {
    /** The mock's adapter with the US Store renamed and, optionally, other answers patched. */
    function adapter(siteName: string, patch: Partial<OrderAdapter> = {}, sites: 'one' | 'all' = 'all'): OrderAdapter {
      return {
        ...mock.adapter,
        listSites: async (init) => {
          const all = await mock.adapter.listSites(init);
          const renamed = all.map((s) => (s.id === 'us' ? { ...s, name: siteName } : s));
          return sites === 'one' ? renamed.filter((s) => s.id === 'us') : renamed;
        },
        ...patch,
      };
    }

    async function builder(a: OrderAdapter, width = '100%', siteId = 'us'): Promise<OfflineOrderBuilder> {
      const el = await fixture<OfflineOrderBuilder>(
        html`<offline-order-builder
          style="display: flex; block-size: 640px; inline-size: ${width}"
          .adapter=${a}
          site-id=${siteId}
        ></offline-order-builder>`,
      );
      await waitUntil(
        () => $(el, siteId ? '[part~="submit-button"]' : '#site-picker-select'),
        'no new order or site picker',
        WAIT,
      );
      return el;
    }

    it('does not scroll the page sideways for a 2,000-character site name (site picker and header)', async () => {
      await setViewport({ width: 1280, height: 800 });
      const name = long(2000, 'Store');
      const picker = await builder(adapter(name), '100%', '');
      expect($<HTMLSelectElement>(picker, '#site-picker-select')!.getBoundingClientRect().right).to.be.at.most(
        picker.getBoundingClientRect().right,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(overflowing(picker)).to.deep.equal([]);

      const el = await builder(adapter(name));
      const select = $<HTMLSelectElement>(el, '#site-select')!;
      expect(select.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(overflowing(el)).to.deep.equal([]);

      const single = await builder(adapter(name, {}, 'one'));
      const shown = $(single, '[part~="site-name"]')!;
      expect(text(shown)).to.equal(`${name} (USD)`);
      expect(single.scrollWidth).to.be.at.most(single.clientWidth);
      expect(overflowing(single)).to.deep.equal([]);
    });

    it('keeps "(USD)" after a site name with an unterminated U+202E', async () => {
      const el = await builder(adapter(`${RLO}Evil Store`, {}, 'one'));
      const shown = $(el, '[part~="site-name"]')!;
      expect(isolated(shown)).to.equal(true);
      // The name is isolated inside the label: "(USD)" reads left to right after it.
      expect(shown.textContent!.trim()).to.equal(`\u2068${RLO}Evil Store\u2069 (USD)`);
      const node = [...shown.childNodes].find((n): n is Text => n instanceof Text && n.data.includes('(USD)'))!;
      const at = node.data.indexOf('(USD)');
      const lefts = charLefts(node).slice(at, at + 5);
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
      await expect(el).to.be.accessible();
    });

    it('keeps the orders list in reading order and one line a row, with the full name on hover', async () => {
      const order = (number: string, customerName: string): OrderSummary => ({
        id: `ord-${number}`,
        number,
        siteId: 'us',
        createdAt: new Date().toISOString(),
        customerId: 'ada',
        customerName,
        status: 'new',
        total: { amount: 1000, currency: 'USD' },
        items: [],
      });
      const el = await builder(adapter('US Store'), '1100px');
      const list = orderList(el);
      await untilRows(list);
      const huge = long(2000, 'Name');
      list.prependOrder(order('99998', huge));
      list.prependOrder(order('99999', `${RLO}Ada Lovelace`));
      await waitUntil(
        () => $$(list, '[part~="order-row"]').length > 2 && text($(list, '[part~="order-number"]')) === '99999',
        'not prepended',
        WAIT,
      );
      const [first, second, third] = $$(list, '[part~="order-row"]') as [HTMLElement, HTMLElement, HTMLElement];
      for (const part of ['order-number', 'order-customer', 'order-date', 'order-status', 'order-total']) {
        expect(isolated(first.querySelector(`[part~="${part}"]`)!), part).to.equal(true);
      }
      // What follows the overriding name in the row reads left to right: its date, status and total.
      // Each part is a block of its own there (a bidi paragraph of its own) as well as isolated:
      // this holds the outcome whichever keeps it; the isolation itself is asserted above.
      for (const part of ['order-date', 'order-status', 'order-total']) {
        const node = [...first.querySelector(`[part~="${part}"]`)!.childNodes].find(
          (n): n is Text => n instanceof Text && n.data.trim() !== '',
        )!;
        const lefts = charLefts(node).filter((_, i) => node.data[i]!.trim());
        expect(lefts, part).to.deep.equal([...lefts].sort((a, b) => a - b));
      }
      // The row with the long name is as tall as the others, its name cut short on screen only.
      expect(second.getBoundingClientRect().height).to.be.closeTo(third.getBoundingClientRect().height, 1);
      const name = second.querySelector<HTMLElement>('[part~="order-customer"]')!;
      expect(name.title).to.equal(huge);
      expect(text(name)).to.equal(huge);
      expect(overflowing(list)).to.deep.equal([]);
    });
  });

  describe('<line-item-editor>', () => {
    it('keeps the columns of a line with a 3,000-character product name inside the editor', async () => {
      await setViewport({ width: 1280, height: 800 });
      const draft = buildDraft(mock.backend, { lines: [{ productId: 'canvas-tote', fulfillment: SHIP }] });
      const lines = draft.lines.map((l) => ({ ...l, productName: long(3000, 'Canvas') }));
      const site = (await mock.adapter.listSites()).find((s) => s.id === 'us')!;
      const el = await fixture<LineItemEditor>(
        html`<line-item-editor
          style="display: block; inline-size: 1100px"
          .adapter=${mock.adapter}
          .site=${site}
          .lines=${lines}
        ></line-item-editor>`,
      );
      await waitUntil(() => $(el, 'tr[part~="line-item"]'), 'no line', WAIT);
      const box = el.getBoundingClientRect();
      const row = $(el, 'tr[part~="line-item"]')!;
      for (const cell of row.querySelectorAll('td')) {
        const r = cell.getBoundingClientRect();
        expect(r.left, text(cell)).to.be.at.least(box.left - 1);
        expect(r.right, text(cell)).to.be.at.most(box.right + 1);
      }
      expect($(el, '.scroll')!.scrollWidth).to.be.at.most($(el, '.scroll')!.clientWidth);
      const name = row.querySelector('th b')!;
      expect(isolated(name)).to.equal(true);
      expect(text(name)).to.equal(lines[0]!.productName);
      await expect(el).to.be.accessible();
    });
  });
});
