/**
 * Builder: define → first paint, i.e. from importing the define module (on demand, as a host's
 * page does) to the builder painted with its site chosen, the customer search and the first
 * orders shown; then Edit Details pressed at once → the Order Details dialog painted, its
 * on-demand module load included (the press comes before the builder's idle-time preload could
 * start). The floor: `floor-builder.ts`, a bare Lit element making the same loads, and its dialog.
 * This module imports neither lit nor the library, so both sides load them inside the timing.
 * The ":idle" runs press Edit Details as an agent does, a moment after the page shows: one second
 * after the first paint, then at the next idle time (the builder's idle-time preload has had its
 * chance); their figure is `detailsIdleMs`, and `firstPaintMs` is measured as in the other runs.
 */
import type { OrderAdapter } from '../../src/adapter/adapter.js';
import { instantAdapter, SITE } from './data.js';
import { afterPaint, deepAll, now, until } from './measure.js';

/** One second, then the next idle time: when an agent who has just seen the page presses something. */
const agentMoment = () => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve()), 1000));

export async function run(name: string): Promise<Record<string, number>> {
  const [side, when] = name.split(':');
  const ours = side === 'ours';
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
  if (when === 'idle') await agentMoment();

  const button = await until(() => {
    const found = deepAll<HTMLButtonElement>('[part~="edit-details-button"]', element.shadowRoot!)[0];
    return found && !found.disabled && found;
  }, 'Edit Details');
  const pressed = now();
  button.click();
  // Open, with its product search rendered (the page's second combobox, after the customer search).
  await until(() => deepAll('dialog[open]').length > 0 && deepAll('input[role="combobox"]').length >= 2, 'the dialog');
  const detailsMs = (await afterPaint()) - pressed;
  return when === 'idle' ? { firstPaintMs, detailsIdleMs: detailsMs } : { firstPaintMs, detailsMs };
}
