/**
 * How `<line-item-editor>` looks up the stock of the lines it is given: in batches of at most
 * `FULFILLMENT_BATCH_LIMIT` items when the adapter can (one update per answered batch), item by
 * item otherwise (the answers shown together, not one re-render of every row per answer); what is
 * in flight is dropped when the site changes.
 */
import { expect } from '@open-wc/testing';
import { FULFILLMENT_BATCH_LIMIT, type FulfillmentItem, type OrderAdapter } from '../../../src/adapter/adapter.js';
import type { LineItemEditor } from '../../../src/elements/line-item-editor/line-item-editor.js';
import type { DraftLine, FulfillmentOption } from '../../../src/model/types.js';
import { SHIP, SITES } from '../../support/fixtures.js';
import { $, text } from '../../support/dom.js';
import { renderEditor, tableRows } from '../../support/harness/line-item-editor.js';
import { until } from '../../support/wait.js';
import { useEditorSuite } from './line-item-editor-support.js';

/** Direct Ship with `current` on hand and nothing expected. */
const shipWith = (current: number): FulfillmentOption[] => [
  {
    id: 'ship',
    kind: 'ship',
    locationId: null,
    locationName: null,
    inventory: { current, future: [] },
    available: true,
  },
];

/** `count` lines over `products` products (`p-0`…), shipped, 1 each unless `quantity` says otherwise. */
function manyLines(count: number, products: number, quantity: (i: number) => number = () => 1): DraftLine[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `line-${i}`,
    productId: `p-${i % products}`,
    variantId: null,
    productName: `Product ${i % products}`,
    code: `P-${i % products}`,
    options: [],
    quantity: quantity(i),
    fulfillment: SHIP,
    unitPrice: { amount: 1000, currency: 'USD' },
    adjustment: null,
    gift: false,
    giftMessage: '',
  }));
}

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Counts the element's updates (each one renders every row it renders) from now on. */
function countUpdates(el: LineItemEditor): { count: number } {
  const counter = { count: 0 };
  const target = el as unknown as { update(changed: Map<PropertyKey, unknown>): void };
  const update = target.update;
  target.update = function (this: LineItemEditor, changed) {
    counter.count += 1;
    update.call(this, changed);
  };
  return counter;
}

/** Lets the tasks queued so far run, then a frame pass. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('<line-item-editor>', () => {
  const mock = useEditorSuite();

  describe('stock of the lines it is given', () => {
    describe('with an adapter that answers many items at once', () => {
      /** The adapter, with each batch held until the test answers it; single-item calls counted. */
      function batching() {
        const batches: { items: FulfillmentItem[]; signal?: AbortSignal; answer: (stock: number) => void }[] = [];
        const single: FulfillmentItem[] = [];
        const adapter: OrderAdapter = {
          ...mock.adapter,
          getFulfillmentOptions: (request, init) => {
            single.push(request);
            return mock.adapter.getFulfillmentOptions(request, init);
          },
          getFulfillmentOptionsBatch: (request, init) => {
            const held = deferred<(FulfillmentOption[] | null)[]>();
            batches.push({
              items: [...request.items],
              signal: init?.signal,
              answer: (stock) => held.resolve(request.items.map(() => shipWith(stock))),
            });
            return held.promise;
          },
        };
        return { adapter, batches, single };
      }

      it('asks for 1,000 lines of 250 products in 3 calls of at most 100 items, each product once, and no single-item call', async () => {
        const { adapter, batches, single } = batching();
        const el = await renderEditor(adapter, { lines: manyLines(1000, 250) });
        await until(() => batches.length === 3, 'the batches were not asked');
        expect(batches.map((b) => b.items.length)).to.deep.equal([FULFILLMENT_BATCH_LIMIT, 100, 50]);
        const asked = batches.flatMap((b) => b.items.map((item) => item.productId));
        expect(new Set(asked).size).to.equal(250);
        expect(asked).to.have.length(250);
        expect(single).to.deep.equal([]);
        for (const batch of batches) batch.answer(10);
        await el.stockComplete;
        // Renders ask nothing more: each product is looked up once.
        el.lines = [...el.lines];
        await el.updateComplete;
        expect(batches).to.have.length(3);
        expect(single).to.deep.equal([]);
      });

      it('updates once per answered batch, not once per item, and then checks the quantities against the stock', async () => {
        const { adapter, batches } = batching();
        // Line 0 wants 9 of p-0; line 1 wants 3 of p-1.
        const lines = manyLines(300, 150, (i) => (i === 0 ? 9 : i === 1 ? 3 : 1));
        const el = await renderEditor(adapter, { lines });
        await until(() => batches.length === 2, 'the batches were not asked');
        const updates = countUpdates(el);

        batches[1]!.answer(5);
        await nextFrame();
        await el.updateComplete;
        expect(updates.count).to.equal(1);
        // p-0 is in the first batch, not answered yet: unchecked.
        expect(text($(el, '#note-line-0'))).to.equal('');

        batches[0]!.answer(5);
        await el.stockComplete;
        await el.updateComplete;
        expect(updates.count).to.equal(2);
        expect(text($(el, '#note-line-0'))).to.equal('Only 5 can be ordered: 5 available now and 0 expected.');
        expect(text($(el, '#note-line-1'))).to.equal('');
        expect(el.quantityProblems().map((p) => p.path)).to.deep.equal(['lines.line-0.quantity']);
        expect(tableRows(el)).to.have.length(300);
      });

      it('keeps unknown the stock of an item the backend does not know, without asking again', async () => {
        let calls = 0;
        const adapter: OrderAdapter = {
          ...mock.adapter,
          getFulfillmentOptionsBatch: async (request) => {
            calls += 1;
            return request.items.map((item) => (item.productId === 'p-0' ? null : shipWith(1)));
          },
        };
        const el = await renderEditor(adapter, { lines: manyLines(2, 2, () => 4) });
        await el.stockComplete;
        await el.updateComplete;
        expect(text($(el, '#note-line-0'))).to.equal('');
        expect(text($(el, '#note-line-1'))).to.equal('Only 1 can be ordered: 1 available now and 0 expected.');
        el.lines = [...el.lines];
        await el.updateComplete;
        expect(calls).to.equal(1);
      });

      it('drops the batches in flight when the site changes, and asks the new site', async () => {
        const { adapter, batches } = batching();
        const el = await renderEditor(adapter, { lines: manyLines(2, 2, () => 4) });
        await until(() => batches.length === 1, 'the batch was not asked');
        el.site = SITES.ca;
        await el.updateComplete;
        expect(batches[0]!.signal?.aborted).to.equal(true);
        await until(() => batches.length === 2, 'the new site was not asked');
        // The old site's answer, come late, says nothing about the new site.
        batches[0]!.answer(1);
        await nextFrame();
        await el.updateComplete;
        expect(text($(el, '#note-line-0'))).to.equal('');
        batches[1]!.answer(2);
        await el.stockComplete;
        await el.updateComplete;
        expect(text($(el, '#note-line-0'))).to.equal('Only 2 can be ordered: 2 available now and 0 expected.');
      });
    });

    describe('with an adapter that answers one item at a time', () => {
      it('shows 100 answers come one by one in a few updates, not 100', async () => {
        const held: (() => void)[] = [];
        const adapter: OrderAdapter = {
          ...mock.adapter,
          getFulfillmentOptionsBatch: undefined,
          getFulfillmentOptions: () => {
            const answer = deferred<FulfillmentOption[]>();
            held.push(() => answer.resolve(shipWith(3)));
            return answer.promise;
          },
        };
        const el = await renderEditor(adapter, { lines: manyLines(100, 100, () => 4) });
        await until(() => held.length === 100, 'the items were not asked');
        const updates = countUpdates(el);
        // Each answer in a task of its own, as answers from the network come.
        for (const answer of held) setTimeout(answer);
        await el.stockComplete;
        await el.updateComplete;
        expect(text($(el, '#note-line-99'))).to.equal('Only 3 can be ordered: 3 available now and 0 expected.');
        expect(updates.count).to.be.within(1, 10);
      });
    });
  });
});
