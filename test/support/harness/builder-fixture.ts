/**
 * `<offline-order-builder>` rendered in a box of a known size. This module registers no element:
 * a test file imports the define modules it wants (every element through the harness beside it,
 * or only the builder's, to see what loads on demand).
 */
import { fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { OrderAdapter } from '../../../src/adapter/adapter.js';
import type { OfflineOrderBuilder } from '../../../src/elements/offline-order-builder/offline-order-builder.js';

/** A builder in a box of a known size (the split view needs a height to fill). */
export async function renderBuilder(
  adapter: OrderAdapter,
  options: { siteId?: string; storageKey?: string; ordersHidden?: boolean; draftKey?: string; orderUrl?: string } = {},
): Promise<OfflineOrderBuilder> {
  return fixture<OfflineOrderBuilder>(
    html`<offline-order-builder
      style="block-size: 640px; inline-size: 1100px"
      .adapter=${adapter}
      site-id=${options.siteId ?? ''}
      width-storage-key=${options.storageKey ?? ''}
      draft-key=${options.draftKey ?? nothing}
      order-url=${options.orderUrl ?? nothing}
      ?orders-hidden=${options.ordersHidden ?? false}
    ></offline-order-builder>`,
  );
}
