/**
 * Typeahead: the adapter's answer resolves → the options are painted. Ours: `<customer-search>`
 * and the product search of `<line-item-editor>`, typed into as an agent does (the field's value
 * and an `input` event); the floor: `<floor-list>` given the same answer. The clock starts when
 * the adapter's promise is resolved (`AdapterLog.at`), so the search's debounce is not counted.
 */
import '../../src/define/customer-search.js';
import '../../src/define/line-item-editor.js';
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { instantAdapter, OPTION_COUNT, SITE } from './data.js';
import { defineFloors, type FloorList } from './floors.js';
import { afterPaint, deep, deepAll, median, quiet, until } from './measure.js';

/** Queries that each find at least OPTION_COUNT customers (every email has "example") and products ("sku"). */
const CUSTOMER_QUERIES = ['ex', 'xa', 'am', 'mp', 'pl', 'le', 'exa', 'amp'];
const PRODUCT_QUERIES = ['sk', 'ku', 'sku', 'sku-', 'ku-', 'sku-0', 'u-0', 'k'];
const SAMPLES = 6;

type Kind = 'customer' | 'product';

async function ours(kind: Kind): Promise<number[]> {
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
  const options = () => deepAll('[role="option"]', element.shadowRoot!);
  const times: number[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    box.focus();
    box.value = queries[i % queries.length]!;
    const calls = adapter.log.calls[method] ?? 0;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => (adapter.log.calls[method] ?? 0) > calls && options().length >= OPTION_COUNT, 'the options');
    const painted = await afterPaint();
    if (i > 0) times.push(painted - adapter.log.at[method]!);
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => options().length === 0, 'the options to go');
    await afterPaint();
  }
  element.remove();
  return times;
}

async function floor(kind: Kind): Promise<number[]> {
  defineFloors();
  const adapter = instantAdapter();
  const element = document.createElement('floor-list') as FloorList;
  document.body.append(element);
  await element.updateComplete;
  const queries = kind === 'customer' ? CUSTOMER_QUERIES : PRODUCT_QUERIES;
  const times: number[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const query = { siteId: SITE.id, query: queries[i % queries.length]!, limit: OPTION_COUNT };
    const answer = kind === 'customer' ? adapter.searchCustomers(query) : adapter.searchProducts(query);
    const start = adapter.log.at[kind === 'customer' ? 'searchCustomers' : 'searchProducts']!;
    element.options = await answer;
    await until(() => element.shadowRoot!.querySelectorAll('[role="option"]').length >= OPTION_COUNT, 'the options');
    const painted = await afterPaint();
    if (i > 0) times.push(painted - start);
    element.options = [];
    await element.updateComplete;
    await afterPaint();
  }
  element.remove();
  return times;
}

export async function run(name: string): Promise<Record<string, number>> {
  const [side, kind] = name.split(':') as ['ours' | 'floor', Kind];
  const times = side === 'ours' ? await ours(kind) : await floor(kind);
  return { paintMs: median(times) };
}
