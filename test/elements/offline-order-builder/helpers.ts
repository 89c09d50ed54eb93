/**
 * Small queries over the builder's shadow DOM for the builder and order list tests. They look
 * things up the way an agent finds them (roles, names, visible text) where that is practical.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';
import type { OrderList } from '../../../src/elements/order-list/order-list.js';
import '../../../src/define.js';

export function $<E extends Element = HTMLElement>(root: Element, selector: string): E | null {
  return (root.shadowRoot ?? root).querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return [...(root.shadowRoot ?? root).querySelectorAll<E>(selector)];
}

/** Visible text with runs of white space collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isShown(node: Element | null | undefined): boolean {
  if (!node) return false;
  return node.checkVisibility();
}

/** A builder in a box of a known size (the split view needs a height to fill). */
export async function renderBuilder(
  adapter: OrderAdapter,
  options: { siteId?: string; storageKey?: string; ordersHidden?: boolean } = {},
): Promise<OfflineOrderBuilder> {
  return fixture<OfflineOrderBuilder>(
    html`<offline-order-builder
      style="block-size: 640px; inline-size: 1100px"
      .adapter=${adapter}
      site-id=${options.siteId ?? ''}
      width-storage-key=${options.storageKey ?? ''}
      ?orders-hidden=${options.ordersHidden ?? false}
    ></offline-order-builder>`,
  );
}

export function orderList(builder: OfflineOrderBuilder): OrderList {
  const list = $<OrderList>(builder, 'oo-order-list');
  if (!list) throw new Error('No <oo-order-list> rendered');
  return list;
}

export function rows(list: OrderList): HTMLElement[] {
  return $$(list, 'article[part~="order-row"]');
}

export function liveRegion(root: Element): HTMLElement {
  const region = $(root, '[role="status"][aria-live="polite"]');
  if (!region) throw new Error('No polite live region');
  return region;
}

export async function untilRows(list: OrderList): Promise<HTMLElement[]> {
  await waitUntil(() => rows(list).length > 0, 'no order rows rendered');
  return rows(list);
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
