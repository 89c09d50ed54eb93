/**
 * Typeahead: the adapter's answer resolves → the options are painted. Ours: `<customer-search>`
 * and the product search of `<line-item-editor>`, typed into as an agent does (the field's value
 * and an `input` event); the floor: `<floor-list>` given the same answer. The clock starts when
 * the adapter's promise is resolved (`AdapterLog.at`), so the search's debounce is not counted.
 */
import '../../src/define/customer-search.js';
import '../../src/define/line-item-editor.js';
import type { ReactiveElement } from 'lit';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { instantAdapter, OPTION_COUNT, SITE } from './data.js';
import { defineFloors, type FloorList } from './floors.js';
import { afterPaint, deep, keepFramesTicking, median, now, quiet, timeUpdates, until } from './measure.js';

/** Queries that each find at least OPTION_COUNT customers (every email has "example") and products ("sku"). */
const CUSTOMER_QUERIES = ['ex', 'xa', 'am', 'mp', 'pl', 'le', 'exa', 'amp'];
const PRODUCT_QUERIES = ['sk', 'ku', 'sku', 'sku-', 'ku-', 'sku-0', 'u-0', 'ku-0'];
const SAMPLES = 10;
/** The combobox's debounce (ComboboxController's default). */
const DEBOUNCE_MS = 250;
/**
 * Each sample starts at another moment of a frame (the same moments for ours and the floor): a
 * query typed a fixed time after a paint would have its answer land at the same point of a frame
 * every time, and the figure would say more about that point than about the work.
 */
/** Styles and lays out the page now (in the task that rendered the options) and says when that was done. */
function layOut(options: readonly HTMLElement[]): number {
  options.at(-1)!.getBoundingClientRect();
  return now();
}

const phase = (sample: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, (sample * 7) % 17));

type Kind = 'customer' | 'product';
interface Figures {
  /** From the answer to the options rendered, styled and laid out (in the task that rendered them). */
  times: number[];
  /** Median from the answer to the next frame painted (rAF fence): frame phase included. */
  paintMs: number;
  /** Searches sent beyond one per query. */
  extraCalls: number;
  /** Median updates of the element, and time in its `update()`, from the query typed to the options painted. */
  updates?: number;
  updateMs?: number;
}

async function ours(kind: Kind): Promise<Figures> {
  const adapter = instantAdapter();
  const element = document.createElement(
    kind === 'customer' ? 'customer-search' : 'line-item-editor',
  ) as HTMLElement & {
    adapter: OrderAdapter;
    site: typeof SITE;
  };
  element.adapter = adapter;
  element.site = SITE;
  element.style.inlineSize = '1000px';
  document.body.append(element);
  await quiet(() => Object.values(adapter.log.calls).reduce((a, b) => a + b, 0), 50);
  const box = deep<HTMLInputElement>('input[role="combobox"]', element.shadowRoot!);
  const method = kind === 'customer' ? 'searchCustomers' : 'searchProducts';
  const queries = kind === 'customer' ? CUSTOMER_QUERIES : PRODUCT_QUERIES;
  // The listbox is in the page (hidden) before any query: its options are read there, as the floor's
  // are read in its shadow root, not by walking the whole element at each check.
  const listbox = deep('[role="listbox"]', element.shadowRoot!);
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const times: number[] = [];
  let extraCalls = 0;
  const paints: number[] = [];
  const updates: number[] = [];
  const updateMs: number[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    await phase(i);
    box.focus();
    box.value = queries[i % queries.length]!;
    const calls = adapter.log.calls[method] ?? 0;
    const timing = timeUpdates(element as unknown as ReactiveElement);
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const shown = await until(
      () => (adapter.log.calls[method] ?? 0) > calls && options().length >= OPTION_COUNT && options(),
      'the options',
    );
    const laidOut = layOut(shown);
    const painted = await afterPaint();
    const { updates: u, updateMs: ms } = timing.stop();
    if (i > 0) {
      updates.push(u);
      updateMs.push(ms);
    }
    // From the first answer to this query: a search that asked twice is timed from its first answer.
    if (i > 0) {
      times.push(laidOut - adapter.log.at[method]![calls]!);
      paints.push(painted - adapter.log.at[method]![calls]!);
    }
    extraCalls += (adapter.log.calls[method] ?? 0) - calls - 1;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => options().length === 0, 'the options to go');
    await afterPaint();
  }
  element.remove();
  return { times, extraCalls, updates: median(updates), updateMs: median(updateMs), paintMs: median(paints) };
}

async function floor(kind: Kind): Promise<Figures> {
  defineFloors();
  const adapter = instantAdapter();
  const element = document.createElement('floor-list') as FloorList;
  document.body.append(element);
  await element.updateComplete;
  const queries = kind === 'customer' ? CUSTOMER_QUERIES : PRODUCT_QUERIES;
  const times: number[] = [];
  const paints: number[] = [];
  const updates: number[] = [];
  const updateMs: number[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const query = { siteId: SITE.id, query: queries[i % queries.length]!, limit: OPTION_COUNT };
    // Asked from a timer, as ours asks once its debounce is over: the answer then comes at any
    // moment of a frame, as ours does, not just after the previous paint.
    await phase(i);
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
    const answer = kind === 'customer' ? adapter.searchCustomers(query) : adapter.searchProducts(query);
    const start = adapter.log.at[kind === 'customer' ? 'searchCustomers' : 'searchProducts']!.at(-1)!;
    const timing = timeUpdates(element);
    element.options = await answer;
    const shown = await until(() => {
      const found = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
      return found.length >= OPTION_COUNT && found;
    }, 'the options');
    const laidOut = layOut(shown);
    const painted = await afterPaint();
    const { updates: u, updateMs: ms } = timing.stop();
    if (i > 0) {
      times.push(laidOut - start);
      paints.push(painted - start);
      updates.push(u);
      updateMs.push(ms);
    }
    element.options = [];
    await element.updateComplete;
    await afterPaint();
  }
  element.remove();
  return { times, extraCalls: 0, updates: median(updates), updateMs: median(updateMs), paintMs: median(paints) };
}

export async function run(name: string): Promise<Record<string, number>> {
  const [side, kind] = name.split(':') as ['ours' | 'floor', Kind];
  const ticking = keepFramesTicking();
  try {
    const { times, ...rest } = side === 'ours' ? await ours(kind) : await floor(kind);
    return { shownMs: median(times), ...rest };
  } finally {
    ticking.stop();
  }
}
