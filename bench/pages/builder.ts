/**
 * Builder: define → first paint, i.e. from importing the define module (on demand, as a host's
 * page does) to the builder painted with its site chosen, the customer search and the first
 * orders shown; then Edit Details pressed at once → the Order Details dialog painted, its
 * on-demand module load included (the press comes before the builder's idle-time preload could
 * start). The floor: `floor-builder.ts`, a bare Lit element making the same loads, and its dialog.
 * This module imports neither lit nor the library, so both sides load them inside the timing.
 */
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { instantAdapter, SITE } from './data.js';
import { afterPaint, deepAll, now, until } from './measure.js';

export async function run(name: string): Promise<Record<string, number>> {
  const ours = name === 'ours';
  const adapter = instantAdapter();
  const start = now();
  if (ours) await import('../../src/define/offline-order-builder.js');
  else (await import('./floor-builder.js')).defineFloorBuilder();
  const element = document.createElement(ours ? 'offline-order-builder' : 'floor-builder') as HTMLElement & {
    adapter: OrderAdapter;
  };
  element.adapter = adapter;
  element.setAttribute('site-id', SITE.id);
  element.setAttribute('style', 'display: block; block-size: 640px; inline-size: 1100px');
  document.body.append(element);
  await until(
    () =>
      element.shadowRoot &&
      deepAll('article', element.shadowRoot).length > 0 &&
      deepAll('input[role="combobox"]', element.shadowRoot).length > 0,
    'the builder',
  );
  const firstPaintMs = (await afterPaint()) - start;

  const button = await until(() => {
    const found = deepAll<HTMLButtonElement>('[part~="edit-details-button"]', element.shadowRoot!)[0];
    return found && !found.disabled && found;
  }, 'Edit Details');
  const pressed = now();
  button.click();
  // Open, with its product search rendered (the page's second combobox, after the customer search).
  await until(() => deepAll('dialog[open]').length > 0 && deepAll('input[role="combobox"]').length >= 2, 'the dialog');
  const detailsMs = (await afterPaint()) - pressed;
  return { firstPaintMs, detailsMs };
}
